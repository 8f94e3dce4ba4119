package analyzer

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// negatedVerb reports whether verb vi is negated, counting a negation carried
// over from a list's intro into the item's first clause.
func (vw *view) negatedVerb(vi int, c *sentenceContext) bool {
	if vw.negVerb[vi] {
		return true
	}
	h := vw.hits[vi]
	return c.introNeg && int(h.From) >= vw.own && vw.clause[h.From] == vw.clause[vw.own]
}

// keeps reports whether the sentence has a verb of keeping data.
func (vw *view) keeps() bool {
	for _, h := range vw.hits {
		if vw.keepCue(h) {
			return true
		}
	}
	return false
}

// keepCue reports whether h is a verb of keeping data ("we store", "kept"),
// not one of deleting it, which the same cue holds.
func (vw *view) keepCue(h lexicon.Hit) bool {
	return vw.isRule(h, lexicon.RStore) && vw.in(h.From, lexicon.WordsKeeping)
}

// governingVerb returns the index of the data verb hit that governs
// position p: the nearest one in p's clause, preferring one before p; -1
// when none.
func (vw *view) governingVerb(p int32) int {
	best, bestDist := -1, int32(1<<30)
	for _, vi := range vw.verbs {
		v := vw.hits[vi]
		if vw.clause[v.From] != vw.clause[p] || !vw.d.lx.DataVerb(vw.en(v)) {
			continue
		}
		d := p - v.To
		if v.From >= p {
			d = (v.From - p) * 3 // a verb after the noun governs it less often
		}
		if d < 0 {
			d = -d
		}
		if d < bestDist {
			best, bestDist = vi, d
		}
	}
	return best
}

// coordinatedShare reports whether a collecting or using verb and a sharing
// verb are joined before p in its clause ("we collect, use and disclose your
// information", "may use or disclose it"), not in different parts of the
// sentence ("may transfer information that we collect").
func (vw *view) coordinatedShare(p int32) bool {
	for _, wi := range vw.verbs {
		w := vw.hits[wi]
		if !vw.isRule(w, lexicon.RShare) || w.To > p || vw.clause[w.From] != vw.clause[p] {
			continue
		}
		// A bare "use" is no cue of its own ("you can use the site").
		if w.From >= 2 && vw.is(w.From-1, lexicon.GAndOr) && vw.is(w.From-2, lexicon.GUseForms) {
			return true
		}
		for _, ui := range vw.verbs {
			u := vw.hits[ui]
			if (vw.isRule(u, lexicon.RCollect) || vw.isRule(u, lexicon.RUse)) && u.To <= p && vw.clause[u.From] == vw.clause[p] &&
				(w.From >= u.To && w.From-u.To <= 3 || u.From >= w.To && u.From-w.To <= 3) {
				return true
			}
		}
	}
	return false
}

// sharedAfter reports whether a sharing verb with "it" or "them" as its
// object follows data hit h closely: "use your health information, and
// share it with others".
func (vw *view) sharedAfter(h lexicon.Hit) bool {
	for _, wi := range vw.verbs {
		w := vw.hits[wi]
		if !vw.isRule(w, lexicon.RShare) || w.From < h.To || w.From-h.To > 3 || int(w.To) >= len(vw.toks) {
			continue
		}
		if vw.is(w.To, lexicon.GItThem) {
			return true
		}
	}
	return false
}

// negatedNear reports whether a negator stands up to n words before p in its clause.
func (vw *view) negatedNear(p int32, n int32) bool {
	for i, h := range vw.hits {
		if h.From >= p {
			break
		}
		if vw.negAt[i] && vw.clause[h.From] == vw.clause[p] && p-h.To <= n {
			return true
		}
	}
	return false
}

// ownVerb returns where the verb of hit h starts: h itself when it is a
// data verb, else the closest one before it in its clause (or h when none).
func ownVerb(vw *view, h lexicon.Hit) int32 {
	if vw.d.lx.DataVerb(vw.en(h)) {
		return h.From
	}
	own := h.From
	for _, vi := range vw.verbs {
		v := vw.hits[vi]
		if vw.d.lx.DataVerb(vw.en(v)) && v.To <= h.From && vw.clause[v.From] == vw.clause[h.From] {
			own = v.From
		}
	}
	return own
}

// newSubject reports whether a subject ("we", "you", "they") starts a new
// statement after a comma within tokens [from, to).
func (vw *view) newSubject(from, to int32) bool {
	for p := from; p < to && int(p) < len(vw.toks); p++ {
		if vw.tok(p).SepBefore < text.SepComma {
			continue
		}
		if vw.is(p, lexicon.GSubjects) {
			return true
		}
	}
	return false
}

// condition returns the byte span of the condition that qualifies hit h
// ("unless you specifically authorize it"): a condition clause right after
// h's clause, in it, or opening the sentence before it.
func (vw *view) condition(h lexicon.Hit) (int, int, bool) {
	hc := vw.clause[h.From]
	for _, g := range vw.hits {
		if int(g.From) < vw.own || !vw.isRule(g, lexicon.RCondition) {
			continue
		}
		c := vw.clause[g.From]
		if !(c == hc || c == hc+1 || c == vw.clause[vw.own] && c+1 == hc) {
			continue
		}
		// "We only share what is needed, we never sell personal data":
		// "only" limits its own verb; after a new subject (", we") ahead of
		// h's verb it says nothing about h. ("If you ..., we collect" is
		// different: the if-clause is the condition of what follows.)
		if c == hc && g.From < h.From && vw.is(g.From, lexicon.GOnly) && vw.newSubject(g.To, ownVerb(vw, h)) {
			continue
		}
		end := int(g.To)
		for end < len(vw.toks) && vw.clause[end] == c {
			end++
		}
		s := int(vw.tok(g.From).Start)
		e := int(vw.tok(int32(end - 1)).End)
		if e-s > 200 {
			for q := end - 1; q > int(g.From); q-- {
				if int(vw.tok(int32(q)).End)-s <= 200 {
					e = int(vw.tok(int32(q)).End)
					break
				}
			}
		}
		return s, e, true
	}
	return 0, 0, false
}
