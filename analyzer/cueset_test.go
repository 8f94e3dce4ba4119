package analyzer

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/internal/text"
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

// TestCueSetAtWordStart checks cueSet.atWordStart against the rubric's
// test of a cue written out: strings.Index over strings.ToLower of the
// text, at a place no ASCII letter stands before, on made-up texts with
// the letters whose lower case is ASCII among them.
func TestCueSetAtWordStart(t *testing.T) {
	cues := []string{"targeted", "interest-based", "soc 2", "ki", "review our security", "3 days"}
	cs := newCueSet(cues)
	pieces := []string{"Targeted", "UN", "un", "TARGETED", " ", "-", "interest", "-BASED", "\u212A", "\u0130", "ı", "K", "i",
		"SOC", "2", "soc2", "review", " OUR ", "security", "3", "days", "\xff", "é", "’", "(", "x"}
	want := func(s string) bool {
		low := strings.ToLower(s)
		for _, c := range cues {
			for from := 0; ; {
				k := strings.Index(low[from:], c)
				if k < 0 {
					break
				}
				if at := from + k; at == 0 || !text.IsASCIILetter(low[at-1]) {
					return true
				}
				from += k + 1
			}
		}
		return false
	}
	rng := rand.New(rand.NewSource(1))
	hits := 0
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := rng.Intn(10); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		w := want(s)
		if got := cs.atWordStart(s); got != w {
			t.Fatalf("atWordStart(%q) = %v, want %v", s, got, w)
		}
		if w {
			hits++
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{{"untargeted ads", false}, {"Targeted ads", true}, {"non-targeted", true}, {"\u212Ai", true}, {"a\u212Ai", false}, {"SOC 2 audits", true}} {
		if got := cs.atWordStart(c.s); got != c.want {
			t.Errorf("atWordStart(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	if hits < 1000 {
		t.Errorf("only %d of the made-up texts hold a cue: the test says little", hits)
	}
}
