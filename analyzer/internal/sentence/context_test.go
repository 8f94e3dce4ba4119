package sentence

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/internal/text"
)

// itemLeadPattern is the regular expression itemLead is written out from:
// the tests hold the two to the same answers.
var itemLeadPattern = regexp.MustCompile(`^\s*(?:[*+•-]\s*)?(?:\\?\(?(?:[0-9]{1,3}(?:\.[0-9]{1,3})*|[A-Za-z])\\?[.)]?\s*)?$`)

func TestItemLead(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"", true}, {"  ", true}, {"* ", true}, {"- ", true}, {"• ", true},
		{"5. ", true}, {"6.3. ", true}, {"(A) ", true}, {"2) ", true}, {`5\. `, true}, {`\(b\) `, true},
		{"* 12.4.1 ", true}, {"a ", true},
		{"1234. ", false}, {"AB ", false}, {"( ", false}, {"We ", false}, {"1.. ", false}, {"** ", false},
	} {
		if got := itemLead(tt.s); got != tt.want {
			t.Errorf("itemLead(%q) = %v, want %v", tt.s, got, tt.want)
		}
		if got := itemLeadPattern.MatchString(tt.s); got != tt.want {
			t.Errorf("the pattern on %q = %v, want %v: the table is wrong", tt.s, got, tt.want)
		}
	}
}

func TestItemLeadAgreesWithItsPattern(t *testing.T) {
	const alphabet = " \t\n*+-•\\().)0123456789aZb."
	runes := []rune(alphabet)
	r := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		b := make([]rune, r.IntN(9))
		for i := range b {
			b[i] = runes[r.IntN(len(runes))]
		}
		s := string(b)
		if got, want := itemLead(s), itemLeadPattern.MatchString(s); got != want {
			t.Fatalf("itemLead(%q) = %v, the pattern says %v", s, got, want)
		}
	}
}

func FuzzItemLead(f *testing.F) {
	for _, s := range []string{"", "5. ", "6.3. ", "(A) ", `5\. `, "* 2) ", "1234."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := itemLead(s), itemLeadPattern.MatchString(s); got != want {
			t.Errorf("itemLead(%q) = %v, the pattern says %v", s, got, want)
		}
	})
}

// TestBoldMarks holds boldMarks to what it stands for, strings.Trim with
// its marks, on marks, bytes beyond ASCII and invalid UTF-8.
func TestBoldMarks(t *testing.T) {
	for _, s := range []string{"", "**", "* **", "•", "• **", "•*", "\xe2\x80", "\xe2", "a", "** a", "\xe2\x80\xa2x", "—", "_ _", "- ", "\u00a0", "\xff", "•••", "**Title** "} {
		if got, want := boldMarks(s), strings.Trim(s, "*_-+• ") == ""; got != want {
			t.Errorf("boldMarks(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCapitalisedShare compares capitalisedShare, which stops once it is
// sure, with a plain count over every pattern of capitals in short runs.
func TestCapitalisedShare(t *testing.T) {
	for n := 0; n <= 12; n++ {
		for bits := 0; bits < 1<<n; bits++ {
			toks := make([]text.Token, n)
			upper := 0
			for i := range toks {
				if bits&(1<<i) != 0 {
					toks[i].Flags = text.TokUpper
					upper++
				}
			}
			for _, pct := range []int{0, 25, 40, 50, 100} {
				if got, want := capitalisedShare(toks, pct), upper*100 >= n*pct; got != want {
					t.Fatalf("capitalisedShare(%b of %d, %d) = %v, want %v", bits, n, pct, got, want)
				}
			}
		}
	}
}
