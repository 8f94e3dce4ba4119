// Package outline reads policies in languages the analyzer has no full
// rules for: cue files (one per language, analyzer/rules/outline/<code>.txt)
// name the words of data, recipients, rights and the other topics of a
// policy, and the words that tell the language apart. The package parses
// them, folds words (lower case, Latin diacritics removed) and matches the
// cue phrases over a sentence's words; the analyzer's outline pass makes
// findings of the matches. docs/outline.md describes the cue files.
package outline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word is a word of the input: a run of letters, digits and inner hyphens
// ("e-mail" is one word; an apostrophe splits "l'adresse"; digits and
// Hangul glued split: "3년" is "3" and "년"), or one
// character of Han, Hiragana or Katakana (Japanese and Chinese write no
// spaces between words, so that a cue "個人情報" is four words in a row),
// its byte span and its folded form.
type Word struct {
	Start, End int
	Fold       string
}

// Words appends to dst the words of s, their spans offset by base. No word
// folds to "".
func Words(s string, base int, dst []Word) []Word {
	start := -1
	var prev rune // the last rune of the word being read
	for i := 0; i < len(s); {
		c, n := rune(s[i]), 1
		if c >= utf8.RuneSelf {
			c, n = utf8.DecodeRuneInString(s[i:])
		}
		if isCJK(c) {
			// a character of a script written without spaces: a word
			// of its own
			if start >= 0 {
				dst = appendWord(dst, s, start, i, base)
				start = -1
			}
			dst = appendWord(dst, s, i, i+n, base)
			i += n
			continue
		}
		if isWordRune(c) {
			if start >= 0 && digitHangul(prev, c) {
				// digits glued to Hangul ("3년", "만14세", "제3자"):
				// words of their own, so that a number is read
				dst = appendWord(dst, s, start, i, base)
				start = -1
			}
			if start < 0 {
				start = i
			}
			prev = c
			i += n
			continue
		}
		if start >= 0 && (c == '-' || c == '‐' || c == '‑') && i+n < len(s) {
			// an inner hyphen: a word rune on both sides
			d, _ := utf8.DecodeRuneInString(s[i+n:])
			if isWordRune(d) {
				i += n
				continue
			}
		}
		if start >= 0 {
			dst = appendWord(dst, s, start, i, base)
			start = -1
		}
		i += n
	}
	if start >= 0 {
		dst = appendWord(dst, s, start, len(s), base)
	}
	return dst
}

// appendWord appends word s[start:end], unless it folds to nothing (a
// combining mark alone).
func appendWord(dst []Word, s string, start, end, base int) []Word {
	if f := Fold(s[start:end]); f != "" {
		dst = append(dst, Word{Start: base + start, End: base + end, Fold: f})
	}
	return dst
}

// isCJK reports whether c is a character of Han, Hiragana or Katakana
// (with the prolonged sound mark "ー" and the iteration marks, which are
// of no script of their own), each of which is a word.
func isCJK(c rune) bool {
	switch {
	case c < 0x2E80:
		return false
	case c == 0x30FC || c == 0xFF70 || c == 0x3005 || c == 0x309D || c == 0x309E || c == 0x30FD || c == 0x30FE:
		return true
	}
	return unicode.In(c, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// digitHangul reports whether a and b are an ASCII digit and a Hangul
// letter, in either order: Korean glues its counters and particles to
// numbers ("3년", "14세", "제3자에게"), which split there.
func digitHangul(a, b rune) bool {
	digit := func(c rune) bool { return c >= '0' && c <= '9' }
	return digit(a) && isHangul(b) || isHangul(a) && digit(b)
}

// isHangul reports whether c is a Hangul syllable or letter (jamo).
func isHangul(c rune) bool {
	return c >= 0xAC00 && c <= 0xD7A3 || c >= 0x1100 && c <= 0x11FF || c >= 0x3130 && c <= 0x318F
}

// IsIdeographic reports whether w, a word's folded form, is a character
// of Han, Hiragana or Katakana, or a word of Hangul: the words after the
// numbers of a date written year first ("2024年", "2024년", "1일부터").
func IsIdeographic(w string) bool {
	c, n := utf8.DecodeRuneInString(w)
	return n == len(w) && isCJK(c) || isHangul(c)
}

// IsKana reports whether c is a letter of Hiragana or Katakana (Japanese
// writes them; Chinese does not).
func IsKana(c rune) bool {
	return c >= 0x3040 && c < 0x3100 && c != 0x30FB || c >= 0xFF66 && c <= 0xFF9D
}

func isWordRune(c rune) bool {
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c)
}

// Fold returns word in lower case with the diacritics of Latin letters
// removed ("Données" is "donnees", "Löschung" "loschung"), "ß" as "ss",
// Cyrillic lower-cased with "ё" as "е", and the full-width forms of ASCII
// as ASCII ("ＩＰ" is "ip", "１２" "12").
func Fold(word string) string {
	plain := true
	for i := 0; i < len(word); i++ {
		if c := word[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			plain = false
			break
		}
	}
	if plain {
		return word
	}
	if c, n := utf8.DecodeRuneInString(word); n == len(word) && isCJK(c) {
		return word // a character of Han or kana: a word of its own, as it is
	}
	var b strings.Builder
	b.Grow(len(word))
	for _, c := range word {
		if c >= 0xFF01 && c <= 0xFF5E {
			c -= 0xFEE0 // a full-width form of ASCII
		}
		c = unicode.ToLower(c)
		switch {
		case c < utf8.RuneSelf:
			b.WriteRune(c)
		case c >= 0xC0 && c < 0x180:
			if s := latinFold[c-0xC0]; s != "" {
				b.WriteString(s)
			} else {
				b.WriteRune(c)
			}
		case c == 'ё':
			b.WriteRune('е')
		case unicode.Is(unicode.Mn, c):
			// a combining mark (a decomposed accent): dropped
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// latinFold holds the folded forms of the letters U+00C0 to U+017F (Latin-1
// Supplement and Latin Extended-A), lower case; "" keeps the letter.
var latinFold = func() (t [0xC0]string) {
	// the base letter of each letter from U+00C0 on, "." where there is none
	const bases = "aaaaaaaceeeeiiiidnooooo.ouuuuyts" + "aaaaaaaceeeeiiiidnooooo.ouuuuyty" + // Latin-1 Supplement
		"aaaaaa" + "cccccccc" + "dddd" + "eeeeeeeeee" + "gggggggg" + "hhhh" + "iiiiiiiiii" + "..jj" + "kkk" + // Latin Extended-A
		"llllllllll" + "nnnnnnnnn" + "oooooo" + ".." + "rrrrrr" + "ssssssss" + "tttttt" + "uuuuuuuuuuuu" + "ww" + "yyy" + "zzzzzz" + "s"
	for i := range len(bases) {
		if bases[i] != '.' {
			t[i] = bases[i : i+1]
		}
	}
	t[0xC6-0xC0], t[0xE6-0xC0] = "ae", "ae"
	t[0xDF-0xC0] = "ss"
	t[0xDE-0xC0], t[0xFE-0xC0] = "th", "th"
	t[0x132-0xC0], t[0x133-0xC0] = "ij", "ij"
	t[0x152-0xC0], t[0x153-0xC0] = "oe", "oe"
	return t
}()
