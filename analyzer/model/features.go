package model

import (
	"unicode"
	"unicode/utf8"
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

// Features appends the features of in to dst, in the order of the text. A
// feature that occurs twice (a word said twice) is there twice: its weight
// counts twice, in training as in use.
func Features(in *Input, dst []Feature) []Feature {
	var buf, prev [maxWord]byte
	np := copy(prev[:], "^")
	prevStart := int32(0)
	n := 0
	for s, e := range words(in.Text) {
		w := norm(in.Text[s:e], buf[:0])
		dst = append(dst, Feature{hashOf(KindWord, w), KindWord, int32(s), int32(e)})
		dst = append(dst, Feature{hashPair(prev[:np], w), KindPair, prevStart, int32(e)})
		np, prevStart = copy(prev[:], w), int32(s)
		n++
	}
	if n > 0 {
		dst = append(dst, Feature{hashPair(prev[:np], []byte("$")), KindPair, prevStart, int32(len(in.Text))})
	}
	for s, e := range words(in.Heading) {
		dst = append(dst, Feature{hashOf(KindHeading, norm(in.Heading[s:e], buf[:0])), KindHeading, int32(s), int32(e)})
	}
	for s, e := range words(in.Intro) {
		dst = append(dst, Feature{hashOf(KindIntro, norm(in.Intro[s:e], buf[:0])), KindIntro, int32(s), int32(e)})
	}
	for i, r := range in.Rules {
		dst = append(dst, Feature{hashOf(KindRule, []byte(r)), KindRule, int32(i), int32(i)})
	}
	shape := func(k int) {
		dst = append(dst, Feature{hashOf(KindShape, []byte(shapes[k])), KindShape, int32(k), int32(k)})
	}
	switch in.Block {
	case "heading":
		shape(shapeHeading)
	case "list-item":
		shape(shapeListItem)
	default:
		shape(shapeParagraph)
	}
	if last := lastRune(in.Text); last == ':' {
		shape(shapeColon)
	} else if last == '?' {
		shape(shapeQuestion)
	}
	switch {
	case n < 6:
		shape(shapeTiny)
	case n < 16:
		shape(shapeShort)
	case n >= 40:
		shape(shapeLong)
	}
	shape(shapeBias)
	return dst
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

// words yields the byte spans of the words of s: runs of letters and digits,
// with apostrophes inside ("don't") and hyphens between letters ("opt-out").
func words(s string) func(yield func(int, int) bool) {
	return func(yield func(int, int) bool) {
		start := -1
		for i := 0; i < len(s); {
			r, n := rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(s[i:])
			}
			inWord := unicode.IsLetter(r) || unicode.IsDigit(r)
			if !inWord && start >= 0 && (r == '\'' || r == '’' || r == '-') && i+n < len(s) {
				next, _ := utf8.DecodeRuneInString(s[i+n:])
				inWord = unicode.IsLetter(next)
			}
			switch {
			case inWord && start < 0:
				start = i
			case !inWord && start >= 0:
				if !yield(start, i) {
					return
				}
				start = -1
			}
			i += n
		}
		if start >= 0 {
			yield(start, len(s))
		}
	}
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

func lastRune(s string) rune {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		if !unicode.IsSpace(r) && r != '*' && r != '_' {
			return r
		}
		s = s[:len(s)-n]
	}
	return 0
}

// FNV-1a, 32 bits.
const (
	offset32 = 2166136261
	prime32  = 16777619
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

func hashPair(a, b []byte) uint32 {
	h := hashOf(KindPair, a)
	h = (h ^ ' ') * prime32
	for _, c := range b {
		h = (h ^ uint32(c)) * prime32
	}
	return h
}
