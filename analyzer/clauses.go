package analyzer

// view is the read-only view of one sentence that the rule classes read: the
// token window it is read in (the tokens of an introducing sentence, for a
// list item, followed by the sentence's own), the hits over it, its clauses
// and negations. Its helpers take positions in that window.
type view struct {
	d       *doc
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

// word returns the lower-case form of the word at position p (see doc.word).
func (vw *view) word(p int32) string { return vw.d.word(vw.toks[p]) }

// in reports whether the word at position p is in word set w.
func (vw *view) in(p int32, w wordSet) bool { return vw.d.inSet(vw.toks[p], w) }

// tok returns the token at position p.
func (vw *view) tok(p int32) token { return vw.d.toks[vw.toks[p]] }

// en returns the rule entry that hit h matched.
func (vw *view) en(h hit) *entry { return &vw.es[h.ei] }

// isCue reports whether h is the cue id.
func (vw *view) isCue(h hit, id string) bool { e := vw.en(h); return e.cls == classCue && e.ID == id }

// isVerb reports whether a hit is a practice verb whose negation matters: a
// data verb, or one saying how Do Not Track is treated.
func (vw *view) isVerb(h hit) bool {
	e := vw.en(h)
	return dataVerb(e) || e.Class == "dnt" && e.ID == "respond"
}

// build lays out the tokens of sentence s of d (with its intro) and the hits
// over them, and works out clauses and negation.
func (vw *view) build(d *doc, s, intro *sentence) {
	vw.d = d
	vw.toks = vw.toks[:0]
	vw.hits = vw.hits[:0]
	vw.verbs = vw.verbs[:0]

	if intro != nil {
		for k := intro.tokFrom; k < intro.tokTo; k++ {
			vw.toks = append(vw.toks, k)
		}
		vw.appendHits(intro.tokFrom, intro.tokTo, 0)
	}
	vw.own = len(vw.toks)
	for k := s.tokFrom; k < s.tokTo; k++ {
		vw.toks = append(vw.toks, k)
	}
	vw.appendHits(s.tokFrom, s.tokTo, vw.own)

	// Clauses: a new clause starts at a semicolon, colon or dash, and at
	// words such as "but", "unless", "except".
	vw.clause = vw.clause[:0]
	var c int16
	hi := 0
	// The intro runs on into the first sentence of its item ("We may share
	// your information with: - Service providers"), not into a later one.
	vw.joined = intro != nil && s.tokFrom == vw.d.blocks[s.block].tokFrom
	for p, k := range vw.toks {
		if p > 0 && (vw.d.clauseBreak(k) || p == vw.own && intro != nil) && !(p == vw.own && vw.joined) {
			c++
		}
		for hi < len(vw.hits) && int(vw.hits[hi].from) < p {
			hi++
		}
		for j := hi; j < len(vw.hits) && int(vw.hits[j].from) == p; j++ {
			if p > 0 && (vw.isCue(vw.hits[j], "clause-break") || vw.isCue(vw.hits[j], "condition")) {
				// "Providers may only use it to ...": "only" before its
				// verb narrows the verb, it does not start a condition.
				if j+1 < len(vw.hits) && vw.hits[j+1].from == vw.hits[j].to && vw.isVerb(vw.hits[j+1]) && vw.d.word(k) == "only" {
					break
				}
				c++
				break
			}
		}
		vw.clause = append(vw.clause, c)
	}

	// Negators, and the verbs they negate: a verb is negated by a negator
	// up to six words before it in its clause, or by being listed right after
	// a negated verb ("do not sell, rent or trade").
	vw.negAt = vw.negAt[:0]
	vw.negVerb = vw.negVerb[:0]
	for _, h := range vw.hits {
		vw.negAt = append(vw.negAt, vw.isCue(h, "negation") && !vw.dntName(h))
		vw.negVerb = append(vw.negVerb, false)
	}
	// A verb is negated by a negator up to six words before it in its
	// clause, or by standing in a chain of negated verbs after one ("we do
	// not share it with a third party for free or by selling it"); a new
	// subject ("we", "you") ends the chain.
	lastNeg := -1
	chain := false
	for i, h := range vw.hits {
		if vw.negAt[i] {
			lastNeg, chain = i, true
			continue
		}
		if vw.isCue(h, "we") || vw.isCue(h, "you") {
			if lastNeg >= 0 && h.from-vw.hits[lastNeg].to > 1 {
				chain = false
			}
			continue
		}
		if !vw.isVerb(h) {
			continue
		}
		vw.verbs = append(vw.verbs, i)
		if lastNeg < 0 {
			continue
		}
		n := vw.hits[lastNeg]
		if vw.clause[n.from] != vw.clause[h.from] {
			chain = false
			continue
		}
		if h.from-n.to <= 6 || chain && h.from-n.to <= 20 {
			vw.negVerb[i] = true
		} else {
			chain = false
		}
	}
}

// dntName reports whether negation hit h is the "Not" of "Do Not Track"
// written as a name (capital N), which negates nothing.
func (vw *view) dntName(h hit) bool {
	p := int(h.from)
	if h.to-h.from != 1 || p == 0 || p+1 >= len(vw.toks) {
		return false
	}
	t := vw.tok(int32(p))
	return t.flags&tokUpper != 0 && vw.word(int32(p)) == "not" && vw.word(int32(p-1)) == "do" && vw.word(int32(p+1)) == "track"
}

// clauseBreak reports whether a new clause starts at token k: after a
// semicolon, colon or dash, or after a stop inside the sentence unless it
// ends an abbreviation ("names, etc.) will not be sold", "Acme Inc. will").
func (d *doc) clauseBreak(k int) bool {
	switch d.toks[k].sepBefore {
	case sepClause:
		return true
	case sepStop:
		p := d.toks[k-1]
		if abbreviation(d.text, p) {
			return false
		}
		switch d.word(k - 1) {
		case "etc", "inc", "ltd", "llc", "corp", "approx":
			return false
		}
		return true
	}
	return false
}

// appendHits copies the resolved hits over tokens [from,to) into vw, moving
// positions by base.
func (vw *view) appendHits(from, to, base int) {
	lo := vw.d.firstHit(from)
	for j := lo; j < len(vw.d.hits) && int(vw.d.hits[j].from) < to; j++ {
		h := vw.d.hits[j]
		if int(h.to) > to || h.ei == vw.d.lx.shareCue && vw.d.toReader(h, to) {
			continue
		}
		h.from = h.from - int32(from) + int32(base)
		h.to = h.to - int32(from) + int32(base)
		vw.hits = append(vw.hits, h)
	}
}

// toReader reports whether h, a passing-on cue, has the reader as receiver
// ("a cookie is sent to you", "provided to you"): the company sends to the
// reader, it does not pass data on. to bounds the sentence.
func (d *doc) toReader(h hit, to int) bool {
	if int(h.to) >= to {
		return false
	}
	if w := d.word(int(h.to - 1)); w != "to" && w != "with" {
		return false
	}
	w := d.word(int(h.to))
	return w == "you" || w == "yourself"
}

// firstHit returns the index of the first hit starting at or after token k.
func (d *doc) firstHit(k int) int {
	lo, hi := 0, len(d.hits)
	for lo < hi {
		m := (lo + hi) / 2
		if int(d.hits[m].from) < k {
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
func (vw *view) governingVerb(p int32) int {
	best, bestDist := -1, int32(1<<30)
	for _, vi := range vw.verbs {
		v := vw.hits[vi]
		if vw.clause[v.from] != vw.clause[p] || !dataVerb(vw.en(v)) {
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
		if vw.en(w).ID != "share" || w.to > p || vw.clause[w.from] != vw.clause[p] {
			continue
		}
		// A bare "use" is no cue of its own ("you can use the site").
		if w.from >= 2 && vw.hasWord(hit{from: w.from - 1, to: w.from}, "and", "or") &&
			vw.hasWord(hit{from: w.from - 2, to: w.from - 1}, "use", "uses", "used", "using") {
			return true
		}
		for _, ui := range vw.verbs {
			u := vw.hits[ui]
			if id := vw.en(u).ID; (id == "collect" || id == "use") && u.to <= p && vw.clause[u.from] == vw.clause[p] &&
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
		if vw.en(w).ID != "share" || w.from < h.to || w.from-h.to > 3 || int(w.to) >= len(vw.toks) {
			continue
		}
		if next := vw.word(w.to); next == "it" || next == "them" {
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

// dataVerb reports whether e is a verb that collects, uses, shares or sells
// data.
func dataVerb(e *entry) bool {
	return e.Class == "sale" || e.cls == classCue && (e.ID == "collect" || e.ID == "use" || e.ID == "share")
}

// ownVerb returns where the verb of hit h starts: h itself when it is a
// data verb, else the closest one before it in its clause (or h when none).
func ownVerb(vw *view, h hit) int32 {
	if dataVerb(vw.en(h)) {
		return h.from
	}
	own := h.from
	for _, vi := range vw.verbs {
		v := vw.hits[vi]
		if dataVerb(vw.en(v)) && v.to <= h.from && vw.clause[v.from] == vw.clause[h.from] {
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
		switch vw.word(p) {
		case "we", "you", "they":
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
		if int(g.from) < vw.own || !vw.isCue(g, "condition") {
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
		if c == hc && g.from < h.from && vw.word(g.from) == "only" && vw.newSubject(g.to, ownVerb(vw, h)) {
			continue
		}
		end := int(g.to)
		for end < len(vw.toks) && vw.clause[end] == c {
			end++
		}
		s := int(vw.tok(g.from).start)
		e := int(vw.tok(int32(end-1)).end)
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
