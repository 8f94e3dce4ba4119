package sentence

import (
	"math/rand/v2"
	"testing"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// TestWordSetsOf holds wordSetsOf, which ORs the rows' words in place, to
// the answers of wordSetsSlow, one table word at a time, on random tables
// (of a row for each id, as the lexicon's, where wordSetsOf takes its own
// path) and token runs, ids past the tables' ends and negative ones
// included.
func TestWordSetsOf(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	lx := &lexicon.Lexicon{Tables: lexicon.Tables{WordSets: make([]lexicon.WordBits, 50), Grammar: make([]lexicon.GrammarBits, 50)}}
	for i := range lx.WordSets {
		for j := range lx.WordSets[i] {
			lx.WordSets[i][j] = r.Uint64() & r.Uint64() & r.Uint64()
		}
	}
	for i := range lx.Grammar {
		for j := range lx.Grammar[i] {
			lx.Grammar[i][j] = r.Uint64() & r.Uint64() & r.Uint64()
		}
	}
	d := &Doc{Lexicon: lx, Toks: make([]text.Token, 200)}
	for i := range d.Toks {
		d.Toks[i].ID = int32(r.IntN(70)) - 5
	}
	for range 500 {
		from := r.IntN(len(d.Toks))
		to := from + r.IntN(len(d.Toks)-from+1)
		sets, gram := d.wordSetsOf(from, to)
		wantSets, wantGram := d.wordSetsSlow(from, to)
		if sets != wantSets || gram != wantGram {
			t.Fatalf("wordSetsOf(%d, %d) = %x, %x, want %x, %x", from, to, sets, gram, wantSets, wantGram)
		}
	}
}

// TestWordSetsFast fails when the word sets or the grammar sets outgrow
// what wordSetsOf ORs in place (fastSetWords words a row): every sentence
// view would then take wordSetsSlow, about three times the cost (round 29:
// 258 word sets, five words, made it 22.7 -> 73.8 M instructions over
// tb150). Raise fastSetWords, and add wordSetsOf's lines for the words.
func TestWordSetsFast(t *testing.T) {
	if n, m := len(lexicon.WordBits{}), len(lexicon.GrammarBits{}); n > fastSetWords || m > fastSetWords {
		t.Fatalf("rows of %d and %d words, wordSetsOf ORs %d in place", n, m, fastSetWords)
	}
}
