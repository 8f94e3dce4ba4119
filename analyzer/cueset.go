package analyzer

import "strings"

// cueSet finds whether a text holds one of a list of words, ignoring case:
// what strings.Contains(strings.ToLower(s), w) reports for some word w, in
// one pass over s, without a lower-case copy, and looking at each byte only
// for the words that start with it. The words are ASCII, in lower case.
type cueSet struct {
	words []string               // by first byte
	at    [129]uint16            // words[at[c]:at[c+1]] start with byte c
	pairs [128 * 256 / 64]uint64 // a bit per ASCII byte and byte after it, in lower case, that a word starts with (see mayStart)
}

// newCueSet returns the cueSet of words, which must be ASCII, in lower case
// and not empty.
func newCueSet(words []string) *cueSet {
	cs := &cueSet{words: make([]string, len(words))}
	for _, w := range words {
		if len(w) < 2 || strings.ToLower(w) != w {
			panic("analyzer: cue " + w + " is shorter than two bytes or not in lower case")
		}
		for i := 0; i < len(w); i++ {
			if w[i] >= 0x80 {
				panic("analyzer: cue " + w + " is not ASCII")
			}
		}
		cs.at[w[0]+1]++
		b := int(w[0])<<8 | int(w[1])
		cs.pairs[b>>6] |= 1 << (b & 63)
	}
	for c := 1; c < len(cs.at); c++ {
		cs.at[c] += cs.at[c-1]
	}
	// Place the words by first byte, in their order otherwise (no sort:
	// the page links one sorting routine, sort.Sort's, and not reflect's
	// swapper).
	next := cs.at
	for _, w := range words {
		cs.words[next[w[0]]] = w
		next[w[0]]++
	}
	return cs
}

// in reports whether s holds one of the words, ignoring case. A byte beyond
// ASCII matches no byte of a word, as in the lower-case copy, where the
// letters beyond ASCII stay beyond it; but for the two whose lower case is
// ASCII (K, the Kelvin sign, and İ), for which it asks strings.ToLower.
func (cs *cueSet) in(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			if c == 0xC4 && strings.HasPrefix(s[i+1:], "\xB0") || c == 0xE2 && strings.HasPrefix(s[i+1:], "\x84\xAA") {
				return cs.inLower(strings.ToLower(s))
			}
			continue
		}
		if cs.mayStart(s, i) && cs.startsAt(s, i) {
			return true
		}
	}
	return false
}

// startsPart reports whether s holds one of the words where a part of it
// begins: not right after an ASCII letter ("opt" in "/opt-out" and "optout.",
// not in "adopt"). s is ASCII, as web addresses are.
func (cs *cueSet) startsPart(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || !cs.mayStart(s, i) || i > 0 && s[i-1]|0x20 >= 'a' && s[i-1]|0x20 <= 'z' {
			continue
		}
		if cs.startsAt(s, i) {
			return true
		}
	}
	return false
}

// mayStart reports whether a word may start at s[i], an ASCII byte: one
// starts with its byte and the next, in lower case. Most places start
// none, and this rules them out without a call.
func (cs *cueSet) mayStart(s string, i int) bool {
	if i+1 >= len(s) {
		return false // the words are two bytes or more
	}
	b := int(lowerASCII[s[i]])<<8 | int(lowerASCII[s[i+1]])
	return cs.pairs[b>>6]&(1<<(b&63)) != 0
}

// lowerASCII maps the ASCII capital letters to lower case and every other
// byte to itself.
var lowerASCII = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// startsAt reports whether one of the words starts at s[i], an ASCII byte,
// in any case.
func (cs *cueSet) startsAt(s string, i int) bool {
	c := s[i]
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	for _, w := range cs.words[cs.at[c]:cs.at[c+1]] {
		if hasPrefixLower(s[i:], w) {
			return true
		}
	}
	return false
}

// inLower is in for a text already in lower case.
func (cs *cueSet) inLower(s string) bool {
	for _, w := range cs.words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// hasPrefixLower reports whether s starts with w, an ASCII word in lower
// case, ignoring the case of s's ASCII letters.
func hasPrefixLower(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for k := 1; k < len(w); k++ { // w[0] is the byte that chose w
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}
