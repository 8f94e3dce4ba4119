package analyzer

// negatedVerb reports whether verb vi is negated, counting a negation carried
// over from a list's intro into the item's first clause.
func (vw *view) negatedVerb(vi int, c *sentenceContext) bool {
	if vw.negVerb[vi] {
		return true
	}
	h := vw.hits[vi]
	return c.introNeg && int(h.from) >= vw.own && vw.clause[h.from] == vw.clause[vw.own]
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
func (vw *view) keepCue(h hit) bool {
	return vw.isRule(h, rStore) && vw.in(h.from, wordsKeeping)
}

// governingVerb returns the index of the data verb hit that governs
// position p: the nearest one in p's clause, preferring one before p; -1
// when none.
func (vw *view) governingVerb(p int32) int {
	best, bestDist := -1, int32(1<<30)
	for _, vi := range vw.verbs {
		v := vw.hits[vi]
		if vw.clause[v.from] != vw.clause[p] || !vw.d.lx.dataVerb(vw.en(v)) {
			continue
		}
		d := p - v.to
		if v.from >= p {
			d = (v.from - p) * 3 // a verb after the noun governs it less often
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
		if !vw.isRule(w, rShare) || w.to > p || vw.clause[w.from] != vw.clause[p] {
			continue
		}
		// A bare "use" is no cue of its own ("you can use the site").
		if w.from >= 2 && vw.is(w.from-1, gAndOr) && vw.is(w.from-2, gUseForms) {
			return true
		}
		for _, ui := range vw.verbs {
			u := vw.hits[ui]
			if (vw.isRule(u, rCollect) || vw.isRule(u, rUse)) && u.to <= p && vw.clause[u.from] == vw.clause[p] &&
				(w.from >= u.to && w.from-u.to <= 3 || u.from >= w.to && u.from-w.to <= 3) {
				return true
			}
		}
	}
	return false
}

// sharedAfter reports whether a sharing verb with "it" or "them" as its
// object follows data hit h closely: "use your health information, and
// share it with others".
func (vw *view) sharedAfter(h hit) bool {
	for _, wi := range vw.verbs {
		w := vw.hits[wi]
		if !vw.isRule(w, rShare) || w.from < h.to || w.from-h.to > 3 || int(w.to) >= len(vw.toks) {
			continue
		}
		if vw.is(w.to, gItThem) {
			return true
		}
	}
	return false
}

// negatedNear reports whether a negator stands up to n words before p in its clause.
func (vw *view) negatedNear(p int32, n int32) bool {
	for i, h := range vw.hits {
		if h.from >= p {
			break
		}
		if vw.negAt[i] && vw.clause[h.from] == vw.clause[p] && p-h.to <= n {
			return true
		}
	}
	return false
}

// ownVerb returns where the verb of hit h starts: h itself when it is a
// data verb, else the closest one before it in its clause (or h when none).
func ownVerb(vw *view, h hit) int32 {
	if vw.d.lx.dataVerb(vw.en(h)) {
		return h.from
	}
	own := h.from
	for _, vi := range vw.verbs {
		v := vw.hits[vi]
		if vw.d.lx.dataVerb(vw.en(v)) && v.to <= h.from && vw.clause[v.from] == vw.clause[h.from] {
			own = v.from
		}
	}
	return own
}

// newSubject reports whether a subject ("we", "you", "they") starts a new
// statement after a comma within tokens [from, to).
func (vw *view) newSubject(from, to int32) bool {
	for p := from; p < to && int(p) < len(vw.toks); p++ {
		if vw.tok(p).sepBefore < sepComma {
			continue
		}
		if vw.is(p, gSubjects) {
			return true
		}
	}
	return false
}

// condition returns the byte span of the condition that qualifies hit h
// ("unless you specifically authorize it"): a condition clause right after
// h's clause, in it, or opening the sentence before it.
func (vw *view) condition(h hit) (int, int, bool) {
	hc := vw.clause[h.from]
	for _, g := range vw.hits {
		if int(g.from) < vw.own || !vw.isRule(g, rCondition) {
			continue
		}
		c := vw.clause[g.from]
		if !(c == hc || c == hc+1 || c == vw.clause[vw.own] && c+1 == hc) {
			continue
		}
		// "We only share what is needed, we never sell personal data":
		// "only" limits its own verb; after a new subject (", we") ahead of
		// h's verb it says nothing about h. ("If you ..., we collect" is
		// different: the if-clause is the condition of what follows.)
		if c == hc && g.from < h.from && vw.is(g.from, gOnly) && vw.newSubject(g.to, ownVerb(vw, h)) {
			continue
		}
		end := int(g.to)
		for end < len(vw.toks) && vw.clause[end] == c {
			end++
		}
		s := int(vw.tok(g.from).start)
		e := int(vw.tok(int32(end - 1)).end)
		if e-s > 200 {
			for q := end - 1; q > int(g.from); q-- {
				if int(vw.tok(int32(q)).end)-s <= 200 {
					e = int(vw.tok(int32(q)).end)
					break
				}
			}
		}
		return s, e, true
	}
	return 0, 0, false
}
