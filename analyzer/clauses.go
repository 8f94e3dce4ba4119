package analyzer

// scope is the token window one sentence is read in: the tokens of an
// introducing sentence (for a list item) followed by the sentence's own.
type scope struct {
	toks    []int   // token indices, intro first
	own     int     // position in toks where the sentence's own tokens start
	clause  []int16 // clause number of each position
	hits    []hit   // resolved hits, positions rewritten into toks space
	es      []entry // the lexicon's entries, which hits index
	negAt   []bool  // hits[i] is a negator that counts
	verbs   []int   // indices into hits of verb cues (collect, use, share, sale)
	negVerb []bool  // hits[i] is a verb that is negated
	joined  bool    // the intro runs on into this sentence, the first of its list item
}

// priority orders rule classes for overlap resolution: a hit inside a longer
// hit of a higher class is dropped ("security" inside "social security
// number", "not" inside "do not track", "sale" inside "opt out of the sale").
func priority(e *entry) int8 {
	switch e.Class {
	case "dnt":
		// Only the signal's name outranks others ("not" inside "do not
		// track"); the verbs that say how it is treated ("honor", "change",
		// "process") mean that only in a sentence about it, so they give
		// way to everything else ("access, change, or remove your data").
		if e.ID != "signal" {
			return 1
		}
		return 6
	case "right":
		return 6
	case "recipient", "legal-basis", "transfer", "change", "children", "how":
		return 5
	case "datatype", "notice":
		return 4
	case "security", "sale", "retention", "audience", "fee":
		return 3
	case "practice":
		return 2
	case "cue":
		if e.ID == "negation" || e.ID == "condition" || e.ID == "clause-break" || e.ID == "meta" || e.ID == "advice" {
			return 0
		}
		return 1
	}
	return 1
}

// resolve drops hits that are covered by a longer hit of a higher class,
// and of overlapping hits of one class keeps the longest (leftmost first).
// Hits are sorted by start; no hit is longer than maxLen tokens, which
// bounds the window each hit is compared with.
func resolve(es []entry, hs []hit, maxLen int, out []hit) []hit {
	lo := 0
	for i, h := range hs {
		for lo < i && int(hs[lo].from) < int(h.from)-maxLen {
			lo++
		}
		if !dominated(es, hs, i, lo) {
			out = append(out, h)
		}
	}
	return out
}

// dominated reports whether another hit near hs[i] (from index lo on) wins over it.
func dominated(es []entry, hs []hit, i, lo int) bool {
	h := hs[i]
	he := &es[h.ei]
	ph, hc := he.prio, he.cls
	hCue := hc == classCue
	for j := lo; j < len(hs) && hs[j].from < h.to; j++ {
		g := hs[j]
		if j == i || g.to <= h.from {
			continue
		}
		ge := &es[g.ei]
		gc := ge.cls
		if gc == classHow && hc == classRight || gc == classRight && hc == classHow {
			continue // "browser settings" is both a right and how to use it
		}
		if gc == classNotice && hc == classPractice || gc == classPractice && hc == classNotice {
			continue // "ask for your consent": a choice, and how changes are announced
		}
		if gc == classRight && hc == classDatatype && ge.ID == "cookie-control" && he.Group == "cookies-tracking" {
			continue // "disable cookies": the reader's choice, over cookies the site sets
		}
		if gc == classRetention && hc == classDatatype {
			continue // "keep personal information as long as": keeping, and the data kept
		}
		if gc == classRetention && hc == classRetention && g.ei != h.ei {
			continue // "is saved indefinitely": keeping data, and for how long
		}
		pg := ge.prio
		same := gc == hc && (gc != classOther || ge.Class == he.Class)
		equal := g.from == h.from && g.to == h.to
		switch {
		case hCue && equal && gc == classRecipient && he.ID == "share" && ge.ID == "service-providers":
			// "on our behalf": service providers, and data passed to them
		case hCue && (gc == classDatatype || gc == classPractice) && (he.ID == "collect" || he.ID == "use"):
			// "information you provide" is a data type and a collecting verb;
			// "send you newsletters" a use of contact details and a purpose
		case equal:
			// Of two readings of the same words a weak one gives way
			// ("support" as a purpose and in "does not support Do Not Track").
			if g.weak != h.weak && (gc == classPractice || hc == classPractice) {
				if h.weak {
					return true
				}
				continue
			}
			if pg > ph || same && !hCue && j < i {
				return true
			}
		case hCue && gc == classDatatype:
			// "information you provide" is a data type and a collecting verb
		case g.from <= h.from && g.to >= h.to: // g strictly covers h
			// The longer phrase is the more specific reading: "internet
			// service provider" is a data type, not a service provider.
			if gc != classCue && !hCue || pg > ph || hCue && gc == classCue && pg >= ph {
				return true
			}
		case same && (hc == classDatatype || hc == classRecipient || hc == classRight): // partial overlap within one class
			// "contact information you provide", "anonymous information
			// about you": the specific data word names the data.
			if he.Vague != ge.Vague && (g.from < h.from || g.to > h.to) {
				if he.Vague {
					return true
				}
				continue
			}
			lg, lh := g.to-g.from, h.to-h.from
			if lg > lh || lg == lh && g.from < h.from {
				return true
			}
		}
	}
	return false
}

// en returns the rule entry that hit h matched.
func (sc *scope) en(h hit) *entry { return &sc.es[h.ei] }

// isCue reports whether h is the cue id.
func (sc *scope) isCue(h hit, id string) bool { e := sc.en(h); return e.cls == classCue && e.ID == id }

// isVerb reports whether a hit is a practice verb whose negation matters: a
// data verb, or one saying how Do Not Track is treated.
func (sc *scope) isVerb(h hit) bool {
	e := sc.en(h)
	return dataVerb(e) || e.Class == "dnt" && e.ID == "respond"
}

// buildScope lays out the tokens of sentence s (with its intro) and the hits
// over them, and works out clauses and negation.
func (a *analysis) buildScope(sc *scope, s, intro *sentence) {
	sc.toks = sc.toks[:0]
	sc.hits = sc.hits[:0]
	sc.verbs = sc.verbs[:0]

	if intro != nil {
		for k := intro.tokFrom; k < intro.tokTo; k++ {
			sc.toks = append(sc.toks, k)
		}
		a.appendHits(sc, intro.tokFrom, intro.tokTo, 0)
	}
	sc.own = len(sc.toks)
	for k := s.tokFrom; k < s.tokTo; k++ {
		sc.toks = append(sc.toks, k)
	}
	a.appendHits(sc, s.tokFrom, s.tokTo, sc.own)

	// Clauses: a new clause starts at a semicolon, colon or dash, and at
	// words such as "but", "unless", "except".
	sc.clause = sc.clause[:0]
	var c int16
	hi := 0
	// The intro runs on into the first sentence of its item ("We may share
	// your information with: - Service providers"), not into a later one.
	sc.joined = intro != nil && s.tokFrom == a.blocks[s.block].tokFrom
	for p, k := range sc.toks {
		if p > 0 && (a.clauseBreak(k) || p == sc.own && intro != nil) && !(p == sc.own && sc.joined) {
			c++
		}
		for hi < len(sc.hits) && int(sc.hits[hi].from) < p {
			hi++
		}
		for j := hi; j < len(sc.hits) && int(sc.hits[j].from) == p; j++ {
			if p > 0 && (sc.isCue(sc.hits[j], "clause-break") || sc.isCue(sc.hits[j], "condition")) {
				// "Providers may only use it to ...": "only" before its
				// verb narrows the verb, it does not start a condition.
				if j+1 < len(sc.hits) && sc.hits[j+1].from == sc.hits[j].to && sc.isVerb(sc.hits[j+1]) && a.word(k) == "only" {
					break
				}
				c++
				break
			}
		}
		sc.clause = append(sc.clause, c)
	}

	// Negators, and the verbs they negate: a verb is negated by a negator
	// up to six words before it in its clause, or by being listed right after
	// a negated verb ("do not sell, rent or trade").
	sc.negAt = sc.negAt[:0]
	sc.negVerb = sc.negVerb[:0]
	for _, h := range sc.hits {
		sc.negAt = append(sc.negAt, sc.isCue(h, "negation") && !a.dntName(sc, h))
		sc.negVerb = append(sc.negVerb, false)
	}
	// A verb is negated by a negator up to six words before it in its
	// clause, or by standing in a chain of negated verbs after one ("we do
	// not share it with a third party for free or by selling it"); a new
	// subject ("we", "you") ends the chain.
	lastNeg := -1
	chain := false
	for i, h := range sc.hits {
		if sc.negAt[i] {
			lastNeg, chain = i, true
			continue
		}
		if sc.isCue(h, "we") || sc.isCue(h, "you") {
			if lastNeg >= 0 && h.from-sc.hits[lastNeg].to > 1 {
				chain = false
			}
			continue
		}
		if !sc.isVerb(h) {
			continue
		}
		sc.verbs = append(sc.verbs, i)
		if lastNeg < 0 {
			continue
		}
		n := sc.hits[lastNeg]
		if sc.clause[n.from] != sc.clause[h.from] {
			chain = false
			continue
		}
		if h.from-n.to <= 6 || chain && h.from-n.to <= 20 {
			sc.negVerb[i] = true
		} else {
			chain = false
		}
	}
}

// dntName reports whether negation hit h is the "Not" of "Do Not Track"
// written as a name (capital N), which negates nothing.
func (a *analysis) dntName(sc *scope, h hit) bool {
	p := int(h.from)
	if h.to-h.from != 1 || p == 0 || p+1 >= len(sc.toks) {
		return false
	}
	t := a.toks[sc.toks[p]]
	return t.flags&tokUpper != 0 && a.word(sc.toks[p]) == "not" && a.word(sc.toks[p-1]) == "do" && a.word(sc.toks[p+1]) == "track"
}

// clauseBreak reports whether a new clause starts at token k: after a
// semicolon, colon or dash, or after a stop inside the sentence unless it
// ends an abbreviation ("names, etc.) will not be sold", "Acme Inc. will").
func (a *analysis) clauseBreak(k int) bool {
	switch a.toks[k].sepBefore {
	case sepClause:
		return true
	case sepStop:
		p := a.toks[k-1]
		if abbreviation(a.text, p) {
			return false
		}
		switch a.word(k - 1) {
		case "etc", "inc", "ltd", "llc", "corp", "approx":
			return false
		}
		return true
	}
	return false
}

// appendHits copies the resolved hits over tokens [from,to) into sc, moving
// positions by base.
func (a *analysis) appendHits(sc *scope, from, to, base int) {
	lo := a.firstHit(from)
	for j := lo; j < len(a.hits) && int(a.hits[j].from) < to; j++ {
		h := a.hits[j]
		if int(h.to) > to || h.ei == a.lx.shareCue && a.toReader(h, to) {
			continue
		}
		h.from = h.from - int32(from) + int32(base)
		h.to = h.to - int32(from) + int32(base)
		sc.hits = append(sc.hits, h)
	}
}

// toReader reports whether h, a passing-on cue, has the reader as receiver
// ("a cookie is sent to you", "provided to you"): the company sends to the
// reader, it does not pass data on. to bounds the sentence.
func (a *analysis) toReader(h hit, to int) bool {
	if int(h.to) >= to {
		return false
	}
	if w := a.word(int(h.to - 1)); w != "to" && w != "with" {
		return false
	}
	w := a.word(int(h.to))
	return w == "you" || w == "yourself"
}

// firstHit returns the index of the first hit starting at or after token k.
func (a *analysis) firstHit(k int) int {
	lo, hi := 0, len(a.hits)
	for lo < hi {
		m := (lo + hi) / 2
		if int(a.hits[m].from) < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// governingVerb returns the index of the data verb hit that governs
// position p: the nearest one in p's clause, preferring one before p; -1
// when none.
func (sc *scope) governingVerb(p int32) int {
	best, bestDist := -1, int32(1<<30)
	for _, vi := range sc.verbs {
		v := sc.hits[vi]
		if sc.clause[v.from] != sc.clause[p] || !dataVerb(sc.en(v)) {
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
func (a *analysis) coordinatedShare(sc *scope, p int32) bool {
	for _, wi := range sc.verbs {
		w := sc.hits[wi]
		if sc.en(w).ID != "share" || w.to > p || sc.clause[w.from] != sc.clause[p] {
			continue
		}
		// A bare "use" is no cue of its own ("you can use the site").
		if w.from >= 2 && a.hasWord(sc, hit{from: w.from - 1, to: w.from}, "and", "or") &&
			a.hasWord(sc, hit{from: w.from - 2, to: w.from - 1}, "use", "uses", "used", "using") {
			return true
		}
		for _, ui := range sc.verbs {
			u := sc.hits[ui]
			if id := sc.en(u).ID; (id == "collect" || id == "use") && u.to <= p && sc.clause[u.from] == sc.clause[p] &&
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
func (a *analysis) sharedAfter(sc *scope, h hit) bool {
	for _, wi := range sc.verbs {
		w := sc.hits[wi]
		if sc.en(w).ID != "share" || w.from < h.to || w.from-h.to > 3 || int(w.to) >= len(sc.toks) {
			continue
		}
		if next := a.word(sc.toks[w.to]); next == "it" || next == "them" {
			return true
		}
	}
	return false
}

// negatedNear reports whether a negator stands up to n words before p in its clause.
func (sc *scope) negatedNear(p int32, n int32) bool {
	for i, h := range sc.hits {
		if h.from >= p {
			break
		}
		if sc.negAt[i] && sc.clause[h.from] == sc.clause[p] && p-h.to <= n {
			return true
		}
	}
	return false
}

// dataVerb reports whether e is a verb that collects, uses, shares or sells
// data.
func dataVerb(e *entry) bool {
	return e.Class == "sale" || e.cls == classCue && (e.ID == "collect" || e.ID == "use" || e.ID == "share")
}

// ownVerb returns where the verb of hit h starts: h itself when it is a
// data verb, else the closest one before it in its clause (or h when none).
func ownVerb(sc *scope, h hit) int32 {
	if dataVerb(sc.en(h)) {
		return h.from
	}
	own := h.from
	for _, vi := range sc.verbs {
		v := sc.hits[vi]
		if dataVerb(sc.en(v)) && v.to <= h.from && sc.clause[v.from] == sc.clause[h.from] {
			own = v.from
		}
	}
	return own
}

// newSubject reports whether a subject ("we", "you", "they") starts a new
// statement after a comma within tokens [from, to).
func (a *analysis) newSubject(sc *scope, from, to int32) bool {
	for p := from; p < to && int(p) < len(sc.toks); p++ {
		if a.toks[sc.toks[p]].sepBefore < sepComma {
			continue
		}
		switch a.word(sc.toks[p]) {
		case "we", "you", "they":
			return true
		}
	}
	return false
}

// condition returns the byte span of the condition that qualifies hit h
// ("unless you specifically authorize it"): a condition clause right after
// h's clause, in it, or opening the sentence before it.
func (a *analysis) condition(sc *scope, h hit) (int, int, bool) {
	hc := sc.clause[h.from]
	for _, g := range sc.hits {
		if int(g.from) < sc.own || !sc.isCue(g, "condition") {
			continue
		}
		c := sc.clause[g.from]
		if !(c == hc || c == hc+1 || c == sc.clause[sc.own] && c+1 == hc) {
			continue
		}
		// "We only share what is needed, we never sell personal data":
		// "only" limits its own verb; after a new subject (", we") ahead of
		// h's verb it says nothing about h. ("If you ..., we collect" is
		// different: the if-clause is the condition of what follows.)
		if c == hc && g.from < h.from && a.word(sc.toks[g.from]) == "only" && a.newSubject(sc, g.to, ownVerb(sc, h)) {
			continue
		}
		end := int(g.to)
		for end < len(sc.toks) && sc.clause[end] == c {
			end++
		}
		s := int(a.toks[sc.toks[g.from]].start)
		e := int(a.toks[sc.toks[end-1]].end)
		if e-s > 200 {
			for q := end - 1; q > int(g.from); q-- {
				if int(a.toks[sc.toks[q]].end)-s <= 200 {
					e = int(a.toks[sc.toks[q]].end)
					break
				}
			}
		}
		return s, e, true
	}
	return 0, 0, false
}
