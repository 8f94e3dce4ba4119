package text

import (
	"unicode"
	"unicode/utf8"
)

// apostropheSuffix reports whether s starts with the end of an English
// contraction or possessive ("t", "s", "ll", "re", "ve", "d", "m") followed by
// a non-letter.
func apostropheSuffix(s string) bool {
	for _, suf := range []string{"t", "s", "ll", "re", "ve", "d", "m"} {
		if len(s) >= len(suf) && s[:len(suf)] == suf {
			if len(s) == len(suf) {
				return true
			}
			r, _ := utf8.DecodeRuneInString(s[len(suf):])
			return !unicode.IsLetter(r)
		}
	}
	return false
}

// Stem reduces a lower-case word to a crude stem so that inflections meet:
// "parties" and "party" both give "parti", "shared", "sharing" and "shares"
// give "shar". Rules and text go through the same function, so the stems
// only have to agree, not be words. It rewrites b in place. "3rd" is read as
// "third" ("3rd parties", "3rd-party cookies").
func Stem(b []byte) []byte {
	n := len(b)
	if n == 3 && b[0] == '3' && b[1] == 'r' && b[2] == 'd' {
		return third
	}
	switch {
	case n > 4 && b[n-3] == 'i' && b[n-2] == 'e' && b[n-1] == 's':
		b[n-3] = 'y'
		n -= 2
	case n > 3 && b[n-1] == 's' && b[n-2] != 's' && b[n-2] != 'u' && b[n-2] != 'i' && !sException(b[:n]):
		n--
	}
	if cutMeetsNot(b[:n]) {
		return note
	}
	switch {
	case n > 5 && b[n-3] == 'i' && b[n-2] == 'n' && b[n-1] == 'g':
		if ingException(b[:n]) {
			return b[:n]
		}
		n -= 3
	case n > 4 && b[n-2] == 'e' && b[n-1] == 'd':
		n -= 2
	}
	if n > 4 && b[n-1] == 'e' {
		n--
	}
	if n > 2 && b[n-1] == 'y' && !isVowel(b[n-2]) {
		b[n-1] = 'i'
	}
	return b[:n]
}

// sException reports whether w is one of the few words whose final "s" is
// no plural and whose cut stem would meet another word the rules name:
// "https" (the encrypted protocol) is no plural of "http", whose "HTTP
// headers" and "HTTP requests" encrypt nothing.
func sException(w []byte) bool {
	return len(w) == 5 && string(w) == "https"
}

// ingException reports whether w is one of the few words whose "-ing" is
// no inflection and whose cut stem would meet another word the rules name:
// "incoming" mail is no "income", an "evening" is not "even". Porter's
// stemmers keep such lists of exceptions too.
func ingException(w []byte) bool {
	switch string(w) {
	case "incoming", "evening":
		return true
	}
	return false
}

// cutMeetsNot reports whether w is "noted" or "noting", whose cut stem
// would be "not": "As noted above, we share ..." denies nothing. They meet
// "note" instead.
func cutMeetsNot(w []byte) bool {
	switch string(w) {
	case "noted", "noting":
		return true
	}
	return false
}

// note is the stem of "noted" and "noting" (see cutMeetsNot).
var note = []byte("note")

// third is the stem of "3rd": the word it stands for.
var third = []byte("third")

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }
