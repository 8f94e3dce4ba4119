package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
)

// retentionClass judges what the policy says about keeping data (rule class
// "retention"); periods are read with their numbers (see periods).
type retentionClass struct{}

func (retentionClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	e := vw.Entry(h)
	lx := vw.Doc.Lexicon
	switch {
	case lx.Is(e, lexicon.RPeriod):
		return drop("retention/period-read-with-its-number")
	case lx.Is(e, lexicon.RAsNeeded), lx.Is(e, lexicon.RIndefinite):
		// A verb of keeping or deleting anywhere in the sentence: "We
		// may store the information we hold about you indefinitely",
		// "When we no longer need it, we delete it". 'Indefinitely'
		// needs one of keeping: "permanently deleted" is the opposite.
		if !c.Retain && !c.Store {
			return drop("retention/no-keeping-verb")
		}
		if lx.Is(e, lexicon.RIndefinite) && (!c.Retain && !vw.Keeps() || vw.NegatedNear(h.From, 3) || deletedNear(vw, h)) {
			return drop("retention/not-kept-indefinitely")
		}
	}
	// "the collection, use and retention of personal information": one
	// of a list of things done to data, named, not described.
	if h.To-h.From == 1 && vw.HasWord(h, lexicon.GKeepingNouns) && h.From >= 2 &&
		vw.Is(h.From-1, lexicon.GAndOr) && vw.Is(h.From-2, lexicon.GHandlingNouns) {
		return drop("retention/named-in-a-list")
	}
	f := finding(e, "retention", "data-retention")
	f.Negated = lx.Is(e, lexicon.RRetain) && vw.NegatedNear(h.From, 3)
	return kept("retention/stated", f)
}

// deletedNear reports whether a word of deleting stands within two words
// of h in its clause ("permanently deleted", "permanently de-identify").
func deletedNear(vw *sentence.View, h lexicon.Hit) bool {
	for p := max(h.From-2, int32(vw.Own)); p < h.To+2 && int(p) < len(vw.Toks); p++ {
		if p >= h.From && p < h.To || vw.Clause[p] != vw.Clause[h.From] {
			continue
		}
		if vw.In(p, lexicon.WordsDeleting) {
			return true
		}
	}
	return false
}

// Periods finds retention periods: a number (or "one".."twelve") followed by
// a time unit, in a sentence about keeping data.
func Periods(vw *sentence.View, c *sentence.Context, dst []Evidence) []Evidence {
	if !c.Retain && !c.Store {
		return dst
	}
	for _, h := range vw.Hits {
		if int(h.From) < vw.Own+1 || !vw.IsRule(h, lexicon.RPeriod) {
			continue
		}
		k := vw.Toks[h.From-1]
		if vw.Doc.Toks[k].Num <= 0 && !vw.Doc.IsWord(k, lexicon.GNumberWords) {
			continue
		}
		if !c.Retain {
			// Only a verb of keeping or deleting: the period must be how
			// long ("stores IP addresses for 90 days", "removes it after
			// 90 days"), not any number of days in the sentence ("we store
			// your request and respond within 30 days").
			before := int(h.From) >= vw.Own+2 && vw.Is(h.From-2, lexicon.GPeriodLead) // "for 90 days", "up to"
			after := int(h.To) < len(vw.Toks) && vw.Is(h.To, lexicon.GPeriodEnd)      // "30 days after"
			if !before && !after {
				continue
			}
		}
		dst = append(dst, Evidence{From: h.From - 1, To: h.To})
	}
	return dst
}
