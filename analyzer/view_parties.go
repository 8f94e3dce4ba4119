package analyzer

import "iter"

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
		if h.from >= p || vw.clause[h.from] != vw.clause[p] {
			continue
		}
		switch {
		case vw.isRule(h, rWe):
			return partyWe
		case vw.isRule(h, rYou):
			if h.to-h.from == 1 && vw.is(h.from, gReader) {
				return partyReader
			}
		case vw.isRule(h, rUserPref) && vw.hasWord(h, gReader):
			// "If you do not provide information to us": the preference
			// cue holds the reader as its subject.
			return partyReader
		case vw.isRule(h, rOtherActor) || vw.en(h).cls == classRecipient:
			return partyThird
		}
	}
	return nobody
}

// ownClauseBefore yields the hits before token p in p's clause, in the
// sentence's own part (not its list intro), in order.
func (vw *view) ownClauseBefore(p int32) iter.Seq[hit] {
	return func(yield func(hit) bool) {
		for _, h := range vw.hits {
			if h.from >= p {
				return
			}
			if int(h.from) >= vw.own && vw.clause[h.from] == vw.clause[p] && !yield(h) {
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
		case vw.isRule(h, rWe) && vw.is(h.from, gWe):
			return false
		case (vw.isRule(h, rYou) || vw.isRule(h, rUserPref)) && vw.is(h.from, gReader):
			reader = true // "you", or "You may not" / "If you do not" as one cue
		case !reader && (vw.isRule(h, rOtherActor) || vw.en(h).cls == classRecipient):
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
		case vw.isRule(h, rWe) || vw.isRule(h, rYou) || vw.isRule(h, rUserPref):
			return false
		case vw.isRule(h, rOtherActor) || vw.en(h).cls == classRecipient:
			return true
		}
	}
	return false
}

// fromSource reports whether hit h is where data comes from: "from" stands
// shortly before it in its clause, with no "with" or "to" between.
func (vw *view) fromSource(h hit) bool {
	for p := h.from - 1; p >= int32(vw.own) && p >= h.from-12 && vw.clause[p] == vw.clause[h.from]; p-- {
		switch {
		case vw.is(p, gFrom):
			return true
		case vw.is(p, gToWith):
			return false
		}
	}
	return false
}

// toUs reports whether the reader's verb v passes data to the company: "us"
// follows it closely in its clause ("you share it with us"), or its "to"
// opens a purpose ("provide personal information to enhance your
// experience").
func (vw *view) toUs(v hit) bool {
	for p := v.to; p < v.to+8 && int(p) < len(vw.toks) && vw.clause[p] == vw.clause[v.from]; p++ {
		if vw.is(p, gUs) {
			return true
		}
	}
	// "you may be invited to provide personal information to enhance your
	// experience": the "to" opens a purpose, no one else receives.
	for _, g := range vw.hits {
		if g.from == v.to-1 && vw.isRule(g, rPurpose) {
			return true
		}
	}
	return false
}
