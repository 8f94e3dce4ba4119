package analyzer

import (
	"strings"

	"github.com/policylens/policylens/analyzer/internal/text"
)

// cueSet finds whether a text holds one of a list of words, ignoring case:
// what strings.Contains(strings.ToLower(s), w) reports for some word w, in
// one pass over s, without a lower-case copy, and looking at each byte only
// for the words that start with it. The words are ASCII, in lower case.
type cueSet struct {
	words []string    // by first byte
	at    [129]uint16 // words[at[c]:at[c+1]] start with byte c
	// pairs has a bit per byte and byte after it, in lower case, that a
	// word starts with, and for the first two bytes of İ and of the Kelvin
	// sign (see in): most places start none, and this rules them out
	// without a call.
	pairs [256 * 256 / 64]uint64
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
		cs.setPair(w[0], w[1])
	}
	cs.setPair(0xC4, 0xB0) // İ
	cs.setPair(0xE2, 0x84) // the Kelvin sign, E2 84 AA
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
	if len(s) < 2 {
		return false // the words are two bytes or more
	}
	// b holds the bytes at i-1 and i, in lower case: a byte is read once,
	// and a word is looked for at i-1 only when its pair is in pairs.
	b := uint16(lowerASCII[s[0]])
	for i := 1; i < len(s); i++ {
		b = b<<8 | uint16(lowerASCII[s[i]])
		if cs.pairs[b>>6]&(1<<(b&63)) == 0 {
			continue
		}
		if c := s[i-1]; c >= 0x80 {
			if c == 0xC4 || strings.HasPrefix(s[i+1:], "\xAA") { // İ or K (the pair's first two bytes are in pairs)
				return cs.inLower(strings.ToLower(s))
			}
			continue
		}
		if cs.startsAt(s, i-1) {
			return true
		}
	}
	return false
}

// atWordStart reports whether s holds one of the words, ignoring case,
// where no ASCII letter stands right before it ("untargeted ads" holds no
// "targeted"): what the rubric's cues look for (see rubricCueSets), in one
// pass over s without a lower-case copy. Where s holds İ or the Kelvin
// sign, whose lower case is ASCII, it asks strings.ToLower, as in does.
func (cs *cueSet) atWordStart(s string) bool {
	if len(s) < 2 {
		return false // the words are two bytes or more
	}
	b := uint16(lowerASCII[s[0]]) // the bytes at i-1 and i, as in in
	for i := 1; i < len(s); i++ {
		b = b<<8 | uint16(lowerASCII[s[i]])
		if cs.pairs[b>>6]&(1<<(b&63)) == 0 {
			continue
		}
		if c := s[i-1]; c >= 0x80 {
			if c == 0xC4 || strings.HasPrefix(s[i+1:], "\xAA") {
				return cs.atWordStartLower(strings.ToLower(s))
			}
			continue
		}
		if (i == 1 || !text.IsASCIILetter(s[i-2])) && cs.startsAt(s, i-1) {
			return true
		}
	}
	return false
}

// atWordStartLower is atWordStart for a text already in lower case.
func (cs *cueSet) atWordStartLower(s string) bool {
	for _, w := range cs.words {
		for from := 0; ; {
			k := strings.Index(s[from:], w)
			if k < 0 {
				break
			}
			if at := from + k; at == 0 || !text.IsASCIILetter(s[at-1]) {
				return true
			}
			from += k + 1
		}
	}
	return false
}

// lenAt returns the length of the longest of the words that s holds at i,
// ignoring case, or 0.
func (cs *cueSet) lenAt(s string, i int) int {
	c := s[i]
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	n := 0
	for _, w := range cs.words[cs.at[c]:cs.at[c+1]] {
		if len(w) > n && hasPrefixLower(s[i:], w) {
			n = len(w)
		}
	}
	return n
}

// wholePart reports whether s holds one of the words as a whole part of it:
// not right after nor right before an ASCII letter ("opt" in "/opt-out" and
// "/opt/", not in "adopt" nor "options"; "visit" in "please visit", not in
// "visitors"). Only ASCII letters bound a word: web addresses are ASCII,
// and a sentence's words next to other letters are rare.
func (cs *cueSet) wholePart(s string) bool {
	if len(s) < 2 {
		return false
	}
	b := uint16(lowerASCII[s[0]]) // the bytes at i-1 and i, as in in
	for i := 1; i < len(s); i++ {
		b = b<<8 | uint16(lowerASCII[s[i]])
		if cs.pairs[b>>6]&(1<<(b&63)) == 0 || s[i-1] >= 0x80 || i > 1 && s[i-2]|0x20 >= 'a' && s[i-2]|0x20 <= 'z' {
			continue
		}
		if n := cs.lenAt(s, i-1); n > 0 && (i-1+n == len(s) || !text.IsASCIILetter(s[i-1+n])) {
			return true
		}
	}
	return false
}

// wholePartBut is wholePart, where a word that starts one of not's longer
// words, ending a whole word, does not count ("contact" in "your contact
// information" when not holds "contact information").
func (cs *cueSet) wholePartBut(s string, not *cueSet) bool {
	if len(s) < 2 {
		return false
	}
	b := uint16(lowerASCII[s[0]])
	for i := 1; i < len(s); i++ {
		b = b<<8 | uint16(lowerASCII[s[i]])
		if cs.pairs[b>>6]&(1<<(b&63)) == 0 || s[i-1] >= 0x80 || i > 1 && s[i-2]|0x20 >= 'a' && s[i-2]|0x20 <= 'z' {
			continue
		}
		if n := cs.lenAt(s, i-1); n > 0 && (i-1+n == len(s) || !text.IsASCIILetter(s[i-1+n])) {
			if m := not.lenAt(s, i-1); m > n && (i-1+m == len(s) || !text.IsASCIILetter(s[i-1+m])) {
				continue
			}
			return true
		}
	}
	return false
}

// setPair sets the bit of bytes c and d in pairs.
func (cs *cueSet) setPair(c, d byte) {
	b := int(c)<<8 | int(d)
	cs.pairs[b>>6] |= 1 << (b & 63)
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
