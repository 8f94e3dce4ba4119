package model

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer/internal/text"
)

// TestTokenHashes compares TokenHashesAt, which takes the hashes of plain
// words from their tokens, with TextHashesAt, which reads every word, over
// sentences of texts that hold what the tokenizer skips or joins
// differently from the model: web addresses, tags, links, hyphens,
// apostrophes, mojibake, letters beyond ASCII, long words and numbers.
func TestTokenHashes(t *testing.T) {
	texts := []string{
		"We share your EMAIL with 3 partners, e.g. ACME's 2nd-party Ads. Visit https://x.example/a-b or www.y.example now.",
		"don't donât don’t O'Brien COVID19 19COVID 42 12345 x l'été café naïve",
		"opt-out of third-party cookies - and data -driven ads; rock'n'roll '90s 90's x'9",
		"<p>We collect</p> your <b>name</b> and [email](mailto:a@b.example) address. <!-- note --> parties",
		"supercalifragilisticexpialidocious antidisestablishmentarianisms abcdefghijklmnopq addresses\n{ var x = function() { return 1; }; }\nWe keep logs.",
		"“Quoted” words — dashes – and ‘single’ quotes’ ends. Multiple\u00a0spaces\tand\ttabs.",
		"\xff bad bytes \xc3 here and â€™ mojibake â€œ too",
	}
	tb := text.NewVocabTable([]string{"", "we", "share", "data"})
	tz := text.Tokenizer{Words: &tb, WordHash: WordHash}
	for _, s := range texts {
		toks := tz.Tokenize(s, nil)
		// Every cut of the tokens into a sentence, as BuildStructure
		// makes them: from a token's start to at or past the last one's end.
		for from := range toks {
			for to := from + 1; to <= len(toks); to++ {
				for _, extra := range []int{0, 1, 3} {
					start, end := int(toks[from].Start), min(int(toks[to-1].End)+extra, len(s))
					if to < len(toks) {
						end = min(end, int(toks[to].Start))
					}
					sent := s[start:end]
					want, wn, wspans := TextHashesAt(sent, nil, nil)
					got, gn, gspans := TokenHashesAt(sent, int32(start), toks[from:to], nil, nil)
					if !slices.Equal(got, want) || gn != wn || !slices.Equal(gspans, wspans) {
						t.Fatalf("TokenHashesAt(%q) = %v %d %v, TextHashesAt: %v %d %v", sent, got, gn, gspans, want, wn, wspans)
					}
				}
			}
		}
	}
	for _, w := range []string{"a", "data", "parties", "cookies", "access", "status", "1234", "123", "abcdefghijklmnopqrstuvwxyz", "x'9"} {
		want, _, _ := nextWordHash(w, 0, KindWord)
		if got := WordHash([]byte(strings.ToLower(w))); got != want && !strings.Contains(w, "'") {
			t.Errorf("WordHash(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestLastRune checks lastRune's ASCII path against the rune-by-rune
// reading it stands for, on ends of spaces, marks, letters beyond ASCII and
// invalid bytes.
func TestLastRune(t *testing.T) {
	ref := func(s string) rune {
		for len(s) > 0 {
			r, n := utf8.DecodeLastRuneInString(s)
			if !unicode.IsSpace(r) && r != '*' && r != '_' {
				return r
			}
			s = s[:len(s)-n]
		}
		return 0
	}
	for _, s := range []string{"", " ", "Who we are:", "Why?**", "ends. \t\n", "__Title:__\r\n", "a\v\f", "**", "naïve", "x\u00a0", "y\u0085", "z\u2003 *", "é:\xff", "\xc3", "—_", "1"} {
		if got, want := lastRune(s), ref(s); got != want {
			t.Errorf("lastRune(%q) = %q, want %q", s, got, want)
		}
	}
}
