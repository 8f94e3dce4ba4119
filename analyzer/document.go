package analyzer

// word returns the lower-case ASCII form of a token of up to ten bytes, for
// the few grammar words the engine tests directly: the input itself when it
// has no capitals, else the vocabulary's copy or a new one. It is not
// inlined: its 65 call sites each carried a copy of the loop (47 KB of WASM).
//
//go:noinline
func (d *doc) word(k int) string {
	t := d.toks[k]
	if t.end-t.start > 10 {
		return ""
	}
	s := d.text[t.start:t.end]
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return d.lower(s) // "We", "You"
		}
	}
	return s // most words: the input itself, no copy
}

// lower returns s with its ASCII capitals made lower case: the vocabulary's
// copy when it has the word ("we", "you"), else a new one.
func (d *doc) lower(s string) string {
	var buf [10]byte
	n := copy(buf[:], s)
	for i := range n {
		if c := buf[i]; c >= 'A' && c <= 'Z' {
			buf[i] = c + 'a' - 'A'
		}
	}
	if w := d.lx.words.text(buf[:n]); w != "" {
		return w
	}
	return string(buf[:n])
}

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
