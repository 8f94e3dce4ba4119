package sentence

import (
	"math/rand/v2"
	"testing"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
)

// TestFirstAtFrom compares firstAtFrom with FirstAt for every token, with
// every hint, over hits sorted by start, several of them at one token.
func TestFirstAtFrom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 40 {
		hs := make([]lexicon.Hit, n)
		from := int32(0)
		for i := range hs {
			from += int32(r.IntN(3))
			hs[i] = lexicon.Hit{From: from, To: from + 1}
		}
		for k := -1; k <= int(from)+2; k++ {
			want := FirstAt(hs, k)
			for hint := -1; hint <= n+1; hint++ {
				if got := firstAtFrom(hs, k, hint); got != want {
					t.Fatalf("%d hits, k %d, hint %d: firstAtFrom %d, FirstAt %d", n, k, hint, got, want)
				}
			}
		}
	}
}
