package analyzer

import (
	"testing"

	"github.com/policylens/policylens/analyzer/internal/text"
)

// TestNumber checks the one reader of numbers written as words
// (lexicon.Number, NumberEnding): the value and the extent it reads from
// the first token, and where the number that ends at the last token starts.
func TestNumber(t *testing.T) {
	lx := rules()
	for _, tc := range []struct {
		in        string
		value     int
		end       int32 // tokens Number reads from the first
		fromLast  int32 // where NumberEnding says the number ending at the last token starts
		lastValue int
	}{
		{"thirty", 30, 1, 0, 30},
		{"twenty-four", 24, 2, 0, 24},
		{"twenty four", 24, 2, 0, 24},
		{"twenty, four", 20, 1, 1, 4},
		{"one hundred and eighty", 180, 4, 0, 180},
		{"one hundred eighty", 180, 3, 0, 180},
		{"two hundred", 200, 2, 0, 200},
		{"hundred", 100, 1, 0, 100},
		{"four five", 4, 1, 1, 5},
		{"ten two", 10, 1, 1, 2},
		{"thirty and", 30, 1, 1, -1},
		{"seven (7)", 7, 1, 0, 7},
		{"1 (one)", 1, 1, 0, 1},
		{"90", 90, 1, 0, 90},
		{"ninety (60)", 90, 1, 1, 60},
		{"days", -1, 0, 0, -1},
	} {
		tz := text.Tokenizer{Words: &lx.Words, Uncached: true}
		toks := tz.Tokenize(tc.in, nil)
		tok := func(i int32) *text.Token { return &toks[i] }
		n := int32(len(toks))
		if v, end := lx.Number(tok, 0, n); v != tc.value || end != tc.end {
			t.Errorf("Number(%q) = %d, %d; want %d, %d", tc.in, v, end, tc.value, tc.end)
		}
		if from, v := lx.NumberEnding(tok, 0, n-1); from != tc.fromLast || v != tc.lastValue {
			t.Errorf("NumberEnding(%q) = %d, %d; want %d, %d", tc.in, from, v, tc.fromLast, tc.lastValue)
		}
	}
}
