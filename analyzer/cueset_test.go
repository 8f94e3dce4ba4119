package analyzer

import (
	"math/rand"
	"strings"
	"testing"
)

// TestCueSet checks cueSet.in against strings.ToLower and strings.Contains
// on made-up texts, with the letters whose lower case is ASCII among them.
func TestCueSet(t *testing.T) {
	cs := newCueSet(contactCues)
	pieces := []string{"Contact", "CONTACT", "us", " ", "e-mail US", "\u212A", "clic", "\u0130", "ı", "K", "visit", "Visıt",
		"opt", "-", "out", "\xff", "é", "go", "TO", "\u212Aclick", "cl\u0130ck", "REQU", "EST", "’"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(8); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		want := false
		for _, c := range contactCues {
			want = want || strings.Contains(strings.ToLower(s), c)
		}
		if got := cs.in(s); got != want {
			t.Fatalf("in(%q) = %v, want %v", s, got, want)
		}
	}
}
