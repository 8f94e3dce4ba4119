package sentence

import (
	"math/rand/v2"
	"testing"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// TestWordSetsOf holds wordSetsOf, which gathers the bits in locals, to the
// answers of wordSetsSlow, one table word at a time, on random tables and
// token runs, ids past the tables' ends and negative ones included.
func TestWordSetsOf(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	lx := &lexicon.Lexicon{Tables: lexicon.Tables{WordSets: make([]lexicon.WordBits, 50), Grammar: make([]lexicon.GrammarBits, 40)}}
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
