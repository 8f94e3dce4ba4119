package model

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer/internal/text"
)

// Input is what the model reads of one sentence.
type Input struct {
	Text    string   // the sentence
	Heading string   // its section heading, or ""
	Intro   string   // for a list item, the sentence introducing the list, or ""
	Block   string   // "heading", "paragraph" or "list-item"
	Rules   []string // the rules that matched in the sentence ("datatype.email", "cue.collect"), and "negated" marks
}

// Feature kinds.
const (
	KindWord    uint8 = iota // a word of the sentence
	KindPair                 // two words in a row
	KindHeading              // a word of the heading
	KindIntro                // a word of the list intro
	KindRule                 // a rule that matched
	KindShape                // the block kind, a final colon or question mark, the length
)

var kindPrefix = [...]string{KindWord: "w|", KindPair: "p|", KindHeading: "h|", KindIntro: "i|", KindRule: "r|", KindShape: "s|"}

// Feature is one binary feature of an input: its hash, and where it comes
// from, so that a decision can be explained in the reader's words. Start and
// End are byte offsets into the string the kind reads (Text, Heading or
// Intro); for a rule, Start indexes Input.Rules.
type Feature struct {
	Hash       uint32
	Kind       uint8
	Start, End int32
}

// shapes are the names of the shape features.
var shapes = [...]string{"block=heading", "block=paragraph", "block=list-item", "ends=:", "ends=?", "len<6", "len<16", "len>=40", "bias"}

const (
	shapeHeading = iota
	shapeParagraph
	shapeListItem
	shapeColon
	shapeQuestion
	shapeTiny
	shapeShort
	shapeLong
	shapeBias
)

// Features appends the features of in to dst, in the order of the text,
// with where each comes from. A feature that occurs twice (a word said
// twice) is there twice: its weight counts twice, in training as in use.
// Hashes gives the same hashes faster, without the spans.
func Features(in *Input, dst []Feature) []Feature {
	prev, prevStart := startHash, int32(0)
	n := 0
	for h, s, e := nextWordHash(in.Text, 0, KindWord); e >= 0; h, s, e = nextWordHash(in.Text, e, KindWord) {
		dst = append(dst, Feature{h, KindWord, int32(s), int32(e)}, Feature{pairHash(prev, h), KindPair, prevStart, int32(e)})
		prev, prevStart = h, int32(s)
		n++
	}
	if n > 0 {
		dst = append(dst, Feature{pairHash(prev, endHash), KindPair, prevStart, int32(len(in.Text))})
	}
	for _, c := range [...]struct {
		kind uint8
		text string
	}{{KindHeading, in.Heading}, {KindIntro, in.Intro}} {
		for h, s, e := nextWordHash(c.text, 0, c.kind); e >= 0; h, s, e = nextWordHash(c.text, e, c.kind) {
			dst = append(dst, Feature{h, c.kind, int32(s), int32(e)})
		}
	}
	for i, r := range in.Rules {
		dst = append(dst, Feature{RuleHash(r), KindRule, int32(i), int32(i)})
	}
	for _, k := range shapesOf(in.Block, in.Text, n) {
		if k >= 0 {
			dst = append(dst, Feature{shapeHash[k], KindShape, int32(k), int32(k)})
		}
	}
	return dst
}

// Hashes appends the hashes of the features of in to dst: those of
// Features, in the same order, without their spans.
func Hashes(in *Input, dst []uint32) []uint32 {
	dst, n := TextHashes(in.Text, dst)
	dst = ContextHashes(KindHeading, in.Heading, dst)
	dst = ContextHashes(KindIntro, in.Intro, dst)
	for _, r := range in.Rules {
		dst = append(dst, RuleHash(r))
	}
	return ShapeHashes(in.Block, in.Text, n, dst)
}

// TextHashes appends the hashes of the word and word-pair features of a
// sentence's text, and returns how many words it has.
func TextHashes(text string, dst []uint32) ([]uint32, int) {
	prev, n := startHash, 0
	for h, _, e := nextWordHash(text, 0, KindWord); e >= 0; h, _, e = nextWordHash(text, e, KindWord) {
		dst = append(dst, h, pairHash(prev, h))
		prev = h
		n++
	}
	if n > 0 {
		dst = append(dst, pairHash(prev, endHash))
	}
	return dst, n
}

// TextHashesAt is TextHashes that also appends to spans where each word
// starts and ends, two values a word, for WordFeatures.
func TextHashesAt(text string, dst []uint32, spans []int32) ([]uint32, int, []int32) {
	prev, n := startHash, 0
	for h, s, e := nextWordHash(text, 0, KindWord); e >= 0; h, s, e = nextWordHash(text, e, KindWord) {
		dst = append(dst, h, pairHash(prev, h))
		spans = append(spans, int32(s), int32(e))
		prev = h
		n++
	}
	if n > 0 {
		dst = append(dst, pairHash(prev, endHash))
	}
	return dst, n, spans
}

// TokenHashesAt is TextHashesAt for a sentence whose tokens are toks, s
// being the tokenized text from byte base on: a token the tokenizer flagged
// text.TokModelWord, its WordHash got from WordHash, gives its word's hash
// without the word being read again; the other words are read from s.
func TokenHashesAt(s string, base int32, toks []text.Token, dst []uint32, spans []int32) ([]uint32, int, []int32) {
	prev, n := startHash, 0
	pos, k := int32(0), 0 // where the last word ended; the first token not yet read
	for {
		// A run of flagged tokens, each the next word, when nothing lies
		// between the word before and the first: the word before ended
		// at or after the token before it (the flag says no letter lies
		// between that token and this one).
		if k < len(toks) && (k > 0 && toks[k-1].End-base <= pos || k == 0 && pos == 0 && toks[0].Start == base) {
			dst, spans = slices.Grow(dst, 2*(len(toks)-k)), slices.Grow(spans, 2*(len(toks)-k))
			var m int
			m, prev = tokenRun(toks[k:], base, prev, dst[len(dst):cap(dst)], spans[len(spans):cap(spans)])
			if m > 0 {
				dst, spans = dst[:len(dst)+2*m], spans[:len(spans)+2*m]
				k += m
				n += m
				pos = toks[k-1].End - base
			}
		}
		// Any other word is read from the text.
		h, ws, we := nextWordHash(s, int(pos), KindWord)
		if we < 0 {
			break
		}
		dst = append(dst, h, pairHash(prev, h))
		spans = append(spans, int32(ws), int32(we))
		prev, pos = h, int32(we)
		n++
		for k < len(toks) && toks[k].Start-base < pos {
			k++
		}
	}
	if n > 0 {
		dst = append(dst, pairHash(prev, endHash))
	}
	return dst, n, spans
}

// tokenRun writes the hashes and spans of the words of the flagged tokens
// that toks starts with into hs and spans (room for two values a token),
// as TokenHashesAt appends them, prev being the hash of the word before;
// it returns how many and the last one's hash. A loop of its own, so that
// its few values stay in registers; the slices cut to one length, and the
// second value of each pair written first, leave one bounds check a token
// where the loop tested three lengths.
func tokenRun(toks []text.Token, base int32, prev uint32, hs []uint32, spans []int32) (int, uint32) {
	n := min(len(toks), len(hs)/2, len(spans)/2)
	toks, hs, spans = toks[:n], hs[:2*n], spans[:2*n]
	m := 0
	for ; m < len(toks); m++ {
		t := &toks[m]
		if t.Flags&text.TokModelWord == 0 {
			break
		}
		h := t.WordHash
		hs[2*m+1], hs[2*m] = pairHash(prev, h), h
		spans[2*m+1], spans[2*m] = t.End-base, t.Start-base
		prev = h
	}
	return m, prev
}

// WordHash is the hash of the word feature of w, a word as the tokenizer
// reads it (in lower case; see text.Tokenizer.WordHash): what nextWordHash
// gives for the same word in a sentence.
func WordHash(w []byte) uint32 {
	// Most are plain: ASCII letters or digits of at most maxWord bytes,
	// what nextWordHash hashes in one pass (norm changes nothing of them
	// but the plural and a long number).
	h, digits := prefixHash[KindWord], true
	for _, c := range w {
		if lowerWord[c] != c || c == 0 || len(w) > maxWord {
			var buf [maxWord]byte
			return hashOf(KindWord, norm(string(w), buf[:0]))
		}
		digits = digits && c <= '9'
		h = (h ^ uint32(c)) * prime32
	}
	if n := len(w); n > 3 {
		h = foldPlain(h, KindWord, digits, w[n-1], w[n-2], w[n-3])
	}
	return h
}

// foldPlain folds hash h of a plain word (more than three ASCII letters or
// digits, in lower case, hashed from kind's prefix) as norm folds the word:
// a number is "0", and a plural loses its "s" ("parties" is "party"). last,
// prev and third are its last three bytes; digits says it is all digits.
func foldPlain(h uint32, kind uint8, digits bool, last, prev, third byte) uint32 {
	switch {
	case digits:
		return (prefixHash[kind] ^ '0') * prime32 // hashOf(kind, "0")
	case last == 's' && prev != 's' && prev != 'u' && prev != 'i':
		// The hash without the last letters is the hash with them,
		// undone: each FNV step multiplies by an odd number, which has
		// an inverse.
		h = (h * primeInverse32) ^ 's'
		if prev == 'e' && third == 'i' { // "parties" -> "party"
			h = (((h*primeInverse32)^'e')*primeInverse32 ^ 'i') ^ 'y'
			h *= prime32
		}
	}
	return h
}

// WordFeatures appends the word and word-pair features of text, those that
// Features gives first for an Input of text alone, from what TextHashesAt
// gave for it (hashes from its start, and spans): without hashing the
// words again.
func WordFeatures(text string, hashes []uint32, spans []int32, dst []Feature) []Feature {
	n := len(spans) / 2
	prevStart := int32(0)
	for i := range n {
		s, e := spans[2*i], spans[2*i+1]
		dst = append(dst, Feature{hashes[2*i], KindWord, s, e}, Feature{hashes[2*i+1], KindPair, prevStart, e})
		prevStart = s
	}
	if n > 0 {
		dst = append(dst, Feature{hashes[2*n], KindPair, prevStart, int32(len(text))})
	}
	return dst
}

// ContextHashes appends the hashes of the words of a heading (kind
// KindHeading) or list intro (KindIntro).
func ContextHashes(kind uint8, text string, dst []uint32) []uint32 {
	for h, _, e := nextWordHash(text, 0, kind); e >= 0; h, _, e = nextWordHash(text, e, kind) {
		dst = append(dst, h)
	}
	return dst
}

// nextWordHash returns the hash of the feature of kind for the first word
// of s at or after i, hashOf(kind, norm(word)), and where the word starts
// and ends (end -1 when there is none): the word nextWord finds. A word of
// ASCII letters and digits (with apostrophes and hyphens inside) of at most
// maxWord bytes, the commonest, is read and hashed in one pass, and so are
// the curly apostrophes and the punctuation beyond ASCII around it; any
// other word goes through nextWord and norm.
func nextWordHash(s string, i int, kind uint8) (uint32, int, int) {
	for i < len(s) {
		c := s[i]
		if lowerWord[c] != 0 {
			break // an ASCII letter or digit
		}
		if c < utf8.RuneSelf {
			i++ // not in a word: nextWord skips it too
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return slowWordHash(s, i, kind)
		}
		i += n
	}
	if i >= len(s) {
		return 0, -1, -1
	}
	j, h := lowerHash(s, i, prefixHash[kind])
	if j < len(s) && mayJoin[s[j]] {
		return joinedWordHash(s, i, j, h, kind) // it may go on after an apostrophe or hyphen
	}
	if j-i > maxWord {
		return longWordHash(s[i:j], kind), i, j // norm cuts it by its letters
	}
	// The word is s[i:j], each byte a letter or digit: plural needs its
	// last three in lower case at most.
	if j-i > 3 {
		h = foldPlain(h, kind, s[i] <= '9' && allDigits(s[i:j]), lowerWord[s[j-1]], lowerWord[s[j-2]], lowerWord[s[j-3]])
	}
	return h, i, j
}

// joinerAt returns the width of the apostrophe or hyphen at s[j], after
// a word's letters, when it joins what follows to the word (a letter), and
// 0 when the word ends at j; slow is true when a letter beyond ASCII
// follows, or is at j (the word is for nextWord and norm).
func joinerAt(s string, j int) (w int, slow bool) {
	c, w := s[j], 1
	if c >= utf8.RuneSelf {
		r, rn := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return 0, true
		}
		if r != '’' {
			return 0, false // punctuation beyond ASCII ends the word
		}
		w = rn
	} else if c != '\'' && c != '-' {
		return 0, false
	}
	if j+w >= len(s) {
		return 0, false
	}
	next := s[j+w]
	if next >= utf8.RuneSelf {
		if r, _ := utf8.DecodeRuneInString(s[j+w:]); unicode.IsLetter(r) {
			return 0, true
		}
		return 0, false
	}
	if !wordByte[next] || next >= '0' && next <= '9' {
		return 0, false
	}
	return w, false
}

// joinedWordHash is nextWordHash for an ASCII word at s[i] whose letters,
// s[i:j], h being their hash state from kind's prefix, are followed by an
// apostrophe, a hyphen or a byte beyond ASCII, which may join more letters
// to it ("don't", "opt-out", "don’t"). It hashes the letters after each
// joiner on from h, as norm drops the joiners, in the one pass that finds
// the word's end.
func joinedWordHash(s string, i, j int, h uint32, kind uint8) (uint32, int, int) {
	joiners := 0 // the bytes of the apostrophes and hyphens inside the word
	for j < len(s) {
		w, slow := joinerAt(s, j)
		if slow {
			return slowWordHash(s, i, kind) // a word beyond ASCII
		}
		if w == 0 {
			break
		}
		joiners += w
		j, h = lowerHash(s, j+w, h)
	}
	if j-i > maxWord {
		return longWordHash(s[i:j], kind), i, j // norm cuts it by its letters
	}
	// plural reads the last three of the word's letters (the joiners map
	// to 0); a word with a joiner is no number (a letter follows each).
	if j-i-joiners > 3 {
		var last [3]byte
		for k, m := j-1, 0; m < 3; k-- {
			if c := lowerWord[s[k]]; c != 0 {
				last[m] = c
				m++
			}
		}
		h = foldPlain(h, kind, joiners == 0 && s[i] <= '9' && allDigits(s[i:j]), last[0], last[1], last[2])
	}
	return h, i, j
}

// lowerHash goes on with hash state h (see hashOf) over the ASCII letters
// and digits of s from j on, in lower case, and returns where they end and
// the new state. It is the commonest loop of nextWordHash, kept apart so
// that its few values stay in registers.
func lowerHash(s string, j int, h uint32) (int, uint32) {
	for ; j < len(s); j++ {
		c := lowerWord[s[j]]
		if c == 0 {
			break
		}
		h = (h ^ uint32(c)) * prime32
	}
	return j, h
}

// lowerWord maps the ASCII letters and digits to themselves in lower case,
// and every other byte to 0.
var lowerWord = func() (t [256]byte) {
	for c := range utf8.RuneSelf {
		if wordByte[c] {
			t[c] = byte(unicode.ToLower(rune(c)))
		}
	}
	return t
}()

// mayJoin marks the bytes after a word's ASCII letters that may join more
// to it: an apostrophe, a hyphen, and any byte beyond ASCII.
var mayJoin = func() (t [256]bool) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	t['\''], t['-'] = true, true
	return t
}()

// allDigits reports whether s holds only ASCII digits.
func allDigits[T string | []byte](s T) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// longWordHash is hashOf(kind, norm(w)) for a word w of more than maxWord
// bytes whose letters and digits are ASCII, with apostrophes (' or ’) or
// hyphens between them: norm keeps its first maxWord letters and digits in
// lower case, and reads it as a number when those and the next one are all
// digits. (Such words, web addresses' parts and file names of 25 bytes or
// more, took 3,500 instructions each through nextWord and norm.)
func longWordHash(w string, kind uint8) uint32 {
	var buf [maxWord]byte
	n, digits := 0, true
	for i := 0; i < len(w); i++ {
		c := lowerWord[w[i]]
		if c == 0 {
			continue // a joiner, or a byte of one
		}
		digits = digits && c <= '9'
		if n == len(buf) {
			break
		}
		buf[n] = c
		n++
	}
	return hashOf(kind, plural(buf[:n], digits))
}

// slowWordHash is nextWordHash through nextWord and norm.
func slowWordHash(s string, i int, kind uint8) (uint32, int, int) {
	start, end := nextWord(s, i)
	if start < 0 {
		return 0, -1, -1
	}
	var buf [maxWord]byte
	return hashOf(kind, norm(s[start:end], buf[:0])), start, end
}

// RuleHash is the hash of the feature of a rule or rule reading r.
func RuleHash(r string) uint32 {
	h := prefixHash[KindRule]
	for i := 0; i < len(r); i++ {
		h = (h ^ uint32(r[i])) * prime32
	}
	return h
}

// ShapeHashes appends the hashes of the shape features of a sentence: its
// block kind, a final colon or question mark, its length in words.
func ShapeHashes(block, text string, words int, dst []uint32) []uint32 {
	for _, k := range shapesOf(block, text, words) {
		if k >= 0 {
			dst = append(dst, shapeHash[k])
		}
	}
	return dst
}

// shapesOf returns the shape features of a sentence, -1 where one is absent.
func shapesOf(block, text string, words int) [4]int {
	out := [4]int{shapeParagraph, -1, -1, shapeBias}
	switch block {
	case "heading":
		out[0] = shapeHeading
	case "list-item":
		out[0] = shapeListItem
	}
	if last := lastRune(text); last == ':' {
		out[1] = shapeColon
	} else if last == '?' {
		out[1] = shapeQuestion
	}
	switch {
	case words < 6:
		out[2] = shapeTiny
	case words < 16:
		out[2] = shapeShort
	case words >= 40:
		out[2] = shapeLong
	}
	return out
}

// shapeHash holds the hash of each shape feature.
var shapeHash = func() (t [len(shapes)]uint32) {
	for i, s := range shapes {
		t[i] = hashOf(KindShape, []byte(s))
	}
	return t
}()

// startHash and endHash stand for the start and the end of a sentence in
// the word pairs that open and close it.
var (
	startHash = hashOf(KindPair, []byte("^"))
	endHash   = hashOf(KindPair, []byte("$"))
)

// pairHash is the hash of the pair of words whose own hashes are a and b:
// a mix of the two (murmur3's finaliser), so a pair costs no second pass
// over its letters.
func pairHash(a, b uint32) uint32 {
	h := a*0x9e3779b1 ^ b ^ 0x5bd1e995
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}

// Name returns the feature in words: the word or words it reads, or the
// rule or shape it names.
func (f Feature) Name(in *Input) string {
	switch f.Kind {
	case KindWord, KindPair:
		return in.Text[f.Start:f.End]
	case KindHeading:
		return "heading: " + in.Heading[f.Start:f.End]
	case KindIntro:
		return "list intro: " + in.Intro[f.Start:f.End]
	case KindRule:
		return "rule " + in.Rules[f.Start]
	}
	return shapes[f.Start]
}

// maxWord bounds the bytes of a normalised word; longer words are cut.
const maxWord = 24

// wordByte classes the ASCII bytes: 1 for letters and digits.
var wordByte = func() (t [utf8.RuneSelf]bool) {
	for c := '0'; c <= 'z'; c++ {
		t[c] = c <= '9' || c >= 'a' || c >= 'A' && c <= 'Z'
	}
	return t
}()

// nextWord returns the byte span of the first word of s at or after i: a run
// of letters and digits, with apostrophes inside ("don't") and hyphens
// between letters ("opt-out"); start is -1 when there is none.
func nextWord(s string, i int) (start, end int) {
	start = -1
	for i < len(s) {
		r, n := rune(s[i]), 1
		var inWord bool
		if r < utf8.RuneSelf {
			inWord = wordByte[r]
		} else {
			r, n = utf8.DecodeRuneInString(s[i:])
			inWord = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if !inWord && start >= 0 && (r == '\'' || r == '’' || r == '-') && i+n < len(s) {
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			inWord = next < utf8.RuneSelf && wordByte[next] && !(next >= '0' && next <= '9') || next >= utf8.RuneSelf && unicode.IsLetter(next)
		}
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			return start, i
		}
		i += n
	}
	return start, len(s)
}

// norm writes the normalised form of word w into buf: lower case, without
// apostrophes and hyphens ("Don't" and "dont", "opt-out" and "optout" are
// one), a long number as "0", and a plural "s" dropped.
func norm(w string, buf []byte) []byte {
	digits := true
	ascii := len(w) <= maxWord
	for i := 0; i < len(w) && ascii; i++ {
		ascii = w[i] < utf8.RuneSelf
	}
	if ascii { // most words: no decoding
		for i := 0; i < len(w); i++ {
			c := w[i]
			switch {
			case c == '\'' || c == '-':
				continue
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			}
			digits = digits && c >= '0' && c <= '9'
			buf = append(buf, c)
		}
		return plural(buf, digits)
	}
	for _, r := range w {
		if r == '\'' || r == '’' || r == '-' {
			continue
		}
		digits = digits && unicode.IsDigit(r)
		r = unicode.ToLower(r)
		if len(buf)+utf8.RuneLen(r) > maxWord {
			break
		}
		buf = utf8.AppendRune(buf, r)
	}
	return plural(buf, digits)
}

// plural finishes norm: a long number is "0", a plural "s" goes.
func plural(buf []byte, digits bool) []byte {
	switch n := len(buf); {
	case digits && n > 3:
		return append(buf[:0], '0')
	case n > 3 && buf[n-1] == 's' && buf[n-2] != 's' && buf[n-2] != 'u' && buf[n-2] != 'i':
		if buf[n-2] == 'e' && buf[n-3] == 'i' {
			return append(buf[:n-3], 'y') // "parties" -> "party"
		}
		return buf[:n-1]
	}
	return buf
}

// lastRune returns the last rune of s that is neither a space nor a
// Markdown emphasis mark ('*', '_'), or 0. An ASCII byte, the commonest
// end, is read without decoding.
func lastRune(s string) rune {
	for len(s) > 0 {
		if c := s[len(s)-1]; c < utf8.RuneSelf {
			switch c {
			case ' ', '\t', '\n', '\v', '\f', '\r', '*', '_': // the ASCII spaces of unicode.IsSpace, and the marks
				s = s[:len(s)-1]
				continue
			}
			return rune(c)
		}
		r, n := utf8.DecodeLastRuneInString(s)
		if !unicode.IsSpace(r) && r != '*' && r != '_' {
			return r
		}
		s = s[:len(s)-n]
	}
	return 0
}

// FNV-1a, 32 bits; primeInverse32 is prime32's inverse modulo 2^32.
const (
	offset32       = 2166136261
	prime32        = 16777619
	primeInverse32 = 0x359c449b
)

// prefixHash is the hash state after each kind's prefix.
var prefixHash = func() (t [len(kindPrefix)]uint32) {
	for k, p := range kindPrefix {
		h := uint32(offset32)
		for i := 0; i < len(p); i++ {
			h = (h ^ uint32(p[i])) * prime32
		}
		t[k] = h
	}
	return t
}()

func hashOf(kind uint8, b []byte) uint32 {
	h := prefixHash[kind]
	for _, c := range b {
		h = (h ^ uint32(c)) * prime32
	}
	return h
}
