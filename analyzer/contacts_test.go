package analyzer

import (
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/internal/text"
)

// TestWebAddresses checks webAddresses.next, called with ever larger
// offsets as contacts calls it, against a plain search from each offset.
func TestWebAddresses(t *testing.T) {
	for _, s := range []string{
		"",
		"no address here",
		"see https://example.com/privacy and www.example.org, or http://a.b/c",
		"www.first.com then shttp://no.com then https://x.y/z www.last.net",
		"httphttp://x.com wwww.y.com http:// www. https://ok.com/a?b=c",
	} {
		want := func(i int) int {
			for p := i; p < len(s); p++ {
				if (strings.HasPrefix(s[p:], "http") || strings.HasPrefix(s[p:], "www.")) &&
					(p == 0 || !text.IsASCIIAlnum(s[p-1])) && text.URLLen(s[p:]) > 0 {
					return p
				}
			}
			return -2
		}
		for step := 1; step <= 7; step += 3 {
			w := webAddresses{s: s, http: -1, www: -1}
			for i := 0; i < len(s); i += step {
				if got := w.next(i); got != want(i) {
					t.Fatalf("%q: next(%d) = %d, want %d", s, i, got, want(i))
				}
			}
		}
	}
}
