package analyzer

// inSet reports whether token k is in word set w (rules class "words").
func (d *doc) inSet(k int, w wordSet) bool {
	set := d.lx.sets[w]
	id := d.toks[k].id
	return int(id) < len(set) && set[id]
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
		return !d.isWord(k-1, gAbbreviations)
	}
	return false
}

// toReader reports whether h, a passing-on cue, has the reader as receiver
// ("a cookie is sent to you", "provided to you"): the company sends to the
// reader, it does not pass data on. to bounds the sentence.
func (d *doc) toReader(h hit, to int) bool {
	if int(h.to) >= to {
		return false
	}
	return d.isWord(int(h.to-1), gToWith) && d.isWord(int(h.to), gReaderObjects)
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

// doc is what the text and match passes make of the input: its tokens, the
// resolved hits of the rules over them, its blocks and sentences. It is
// read-only once analyze has built it.
type doc struct {
	text   string
	lx     *lexicon
	toks   []token
	hits   []hit
	blocks []block
	sents  []sentence
}

// isWord reports whether token k is one of the words of grammar set g, in
// any ASCII case.
func (d *doc) isWord(k int, g grammarSet) bool {
	set := &d.lx.grammar[g]
	t := &d.toks[k]
	if int(t.id) >= len(set.ids) || !set.ids[t.id] {
		return false // most tokens: not the stem of any of its words
	}
	s := d.text[t.start:t.end]
	for _, x := range set.words {
		if foldsTo(s, x) {
			return true
		}
	}
	return false
}

// foldsTo reports whether s, its ASCII capitals made lower case, is lower.
func foldsTo(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}
