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
// ("e-mail" is one word; an apostrophe splits "l'adresse"), its byte span
// and its folded form.
type Word struct {
	Start, End int
	Fold       string
}

// Words appends to dst the words of s, their spans offset by base. No word
// folds to "".
func Words(s string, base int, dst []Word) []Word {
	start := -1
	for i := 0; i < len(s); {
		c, n := rune(s[i]), 1
		if c >= utf8.RuneSelf {
			c, n = utf8.DecodeRuneInString(s[i:])
		}
		if isWordRune(c) {
			if start < 0 {
				start = i
			}
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

func isWordRune(c rune) bool {
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c)
}

// Fold returns word in lower case with the diacritics of Latin letters
// removed ("Données" is "donnees", "Löschung" "loschung"), "ß" as "ss",
// and Cyrillic lower-cased with "ё" as "е".
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
	var b strings.Builder
	b.Grow(len(word))
	for _, c := range word {
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
