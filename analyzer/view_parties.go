package analyzer

import (
	"iter"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
)

// party is who acts: the company, the reader or a third party.
type party uint8

const (
	nobody party = iota
	partyWe
	partyReader
	partyThird
)

// actorBefore returns who acts for the verb at position p: the nearest
// party named before it in its clause, nobody if none.
func (vw *view) actorBefore(p int32) party {
	for i := len(vw.hits) - 1; i >= 0; i-- {
		h := vw.hits[i]
		if h.From >= p || vw.clause[h.From] != vw.clause[p] {
			continue
		}
		switch {
		case vw.isRule(h, lexicon.RWe):
			return partyWe
		case vw.isRule(h, lexicon.RYou):
			if h.To-h.From == 1 && vw.is(h.From, lexicon.GReader) {
				return partyReader
			}
		case vw.isRule(h, lexicon.RUserPref) && vw.hasWord(h, lexicon.GReader):
			// "If you do not provide information to us": the preference
			// cue holds the reader as its subject.
			return partyReader
		case vw.isRule(h, lexicon.ROtherActor) || vw.en(h).Cls == lexicon.ClassRecipient:
			return partyThird
		}
	}
	return nobody
}

// ownClauseBefore yields the hits before token p in p's clause, in the
// sentence's own part (not its list intro), in order.
func (vw *view) ownClauseBefore(p int32) iter.Seq[lexicon.Hit] {
	return func(yield func(lexicon.Hit) bool) {
		for _, h := range vw.hits {
			if h.From >= p {
				return
			}
			if int(h.From) >= vw.own && vw.clause[h.From] == vw.clause[p] && !yield(h) {
				return
			}
		}
	}
}

// readerActs reports whether the reader is the subject of the verb at p:
// "you" is the first party named in the sentence's own part of its clause,
// and "we" does not follow before p ("You may not ... trade, buy or sell
// user names", but not "If you ask, we will ...").
func (vw *view) readerActs(p int32) bool {
	reader := false
	for h := range vw.ownClauseBefore(p) {
		switch {
		case vw.isRule(h, lexicon.RWe) && vw.is(h.From, lexicon.GWe):
			return false
		case (vw.isRule(h, lexicon.RYou) || vw.isRule(h, lexicon.RUserPref)) && vw.is(h.From, lexicon.GReader):
			reader = true // "you", or "You may not" / "If you do not" as one cue
		case !reader && (vw.isRule(h, lexicon.ROtherActor) || vw.en(h).Cls == lexicon.ClassRecipient):
			return false
		}
	}
	return reader
}

// othersAct reports whether the first party named in the clause of p,
// before p, is a third party ("their", "advertisers"), not "we" or "you".
func (vw *view) othersAct(p int32) bool {
	for h := range vw.ownClauseBefore(p) {
		switch {
		case vw.isRule(h, lexicon.RWe) || vw.isRule(h, lexicon.RYou) || vw.isRule(h, lexicon.RUserPref):
			return false
		case vw.isRule(h, lexicon.ROtherActor) || vw.en(h).Cls == lexicon.ClassRecipient:
			return true
		}
	}
	return false
}

// fromSource reports whether hit h is where data comes from: "from" stands
// shortly before it in its clause, with no "with" or "to" between.
func (vw *view) fromSource(h lexicon.Hit) bool {
	for p := h.From - 1; p >= int32(vw.own) && p >= h.From-12 && vw.clause[p] == vw.clause[h.From]; p-- {
		switch {
		case vw.is(p, lexicon.GFrom):
			return true
		case vw.is(p, lexicon.GToWith):
			return false
		}
	}
	return false
}

// toUs reports whether the reader's verb v passes data to the company: "us"
// follows it closely in its clause ("you share it with us"), or its "to"
// opens a purpose ("provide personal information to enhance your
// experience").
func (vw *view) toUs(v lexicon.Hit) bool {
	for p := v.To; p < v.To+8 && int(p) < len(vw.toks) && vw.clause[p] == vw.clause[v.From]; p++ {
		if vw.is(p, lexicon.GUs) {
			return true
		}
	}
	// "you may be invited to provide personal information to enhance your
	// experience": the "to" opens a purpose, no one else receives.
	for _, g := range vw.hits {
		if g.From == v.To-1 && vw.isRule(g, lexicon.RPurpose) {
			return true
		}
	}
	return false
}
