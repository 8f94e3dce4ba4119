package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
)

// breachClass judges what the policy says about telling the reader of a
// breach (rule class "breach", an aside class): a promise to notify in a
// sentence that names a breach ("we will notify you of a data breach within
// 72 hours"), and how soon. "We cannot guarantee security" promises
// nothing; "we will notify you of changes to this policy" is no breach.
type breachClass struct{}

func (*breachClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	switch {
	case c.Heading || c.Meta:
		return drop("breach/heading")
	case c.Instructs || c.Warning:
		return drop("breach/advice")
	case !namesBreach(vw):
		return drop("breach/no-breach")
	}
	if vw.IsRule(h, lexicon.RBreachDelay) {
		at, ok := delay(vw, h)
		if !ok || !notifies(vw) {
			return drop("breach/no-delay")
		}
		return verdict{decision: decision{Kind: "breach", ID: "within", Category: "data-security"}, Keep: true, Reason: "breach/delay", At: at}
	}
	// "you may notify us of a breach", "please alert us": the reader tells.
	if vw.ReaderActs(h.From) {
		return drop("breach/reader-notifies")
	}
	// "we may attempt to notify you", "we may seek to notify you": a
	// hedge, no promise to tell ("we will attempt to notify you" stays one).
	if hedgedNotice(vw, h) {
		return drop("breach/a-hedge")
	}
	f := decision{Kind: "breach", ID: "notify", Category: "data-security", Negated: vw.NegatedNear(h.From, 6) || c.IntroNeg}
	return kept("breach/notify", f)
}

// namesBreach reports whether the sentence names a breach of security (an
// aside hit of rule class "incident": "data breach", "unauthorized access
// to", "may have been compromised").
func namesBreach(vw *sentence.View) bool {
	for _, g := range vw.Aside {
		if vw.Entry(g).Class == "incident" {
			return true
		}
	}
	return false
}

// notifies reports whether the sentence has a promise to notify (an
// unnegated notify hit of the breach class).
func notifies(vw *sentence.View) bool {
	for _, g := range vw.Aside {
		if vw.IsRule(g, lexicon.RBreachDelay) || vw.Entry(g).Class != "breach" {
			continue
		}
		if !vw.NegatedNear(g.From, 6) && !vw.ReaderActs(g.From) {
			return true
		}
	}
	return false
}

// delay reads the period after "within" at hit h: a number (or "one"..
// "ninety") and a unit of time, "72 hours", "30 days".
func delay(vw *sentence.View, h lexicon.Hit) (Evidence, bool) {
	p := h.To
	if int(p)+1 >= len(vw.Toks) {
		return Evidence{}, false
	}
	v, end := vw.Number(p)
	if v <= 0 {
		return Evidence{}, false
	}
	end = vw.Doc.Lexicon.Restated(vw.Tok, p, end, int32(len(vw.Toks))) // "within thirty (30) days"
	for _, g := range vw.Hits {
		if g.From == end && vw.IsRule(g, lexicon.RPeriod) {
			return Evidence{From: p, To: g.To, N: v}, true
		}
	}
	return Evidence{}, false
}

// hedgedNotice reports whether the notice at h follows a verb of trying
// after a modal of possibility, and "to": "may attempt to notify", "might
// try to inform".
func hedgedNotice(vw *sentence.View, h lexicon.Hit) bool {
	q := h.From - 2 // the verb of trying, before "to"
	return q-1 >= int32(vw.Own) && vw.Is(h.From-1, lexicon.GTo) && vw.In(q, lexicon.WordsAttempting) && vw.In(q-1, lexicon.WordsHedgingModals)
}
