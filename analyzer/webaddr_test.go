package analyzer

import (
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/internal/text"
)

// TestNextWebAddress compares nextHTTP and nextWWW, which look for the
// colon and the dot, with the search they stand for: the next "http" that
// starts a web address (text.URLLen), and the next "www.".
func TestNextWebAddress(t *testing.T) {
	texts := []string{
		"see http://a.example or https://b.example, HTTPS://c.example and httpS://d.example",
		"xhttp://a.example http:/no http: no https:// hts://x www.a.example awww.b wwww.c www",
		"http://www.example.com/https://x www.http://y ://http s:// https:",
		"the share with which we will show http https httpss:// http://",
		"",
		"h",
		"www.",
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			wantHTTP, wantWWW := -2, -2
			for p := i; p < len(s); p++ {
				if strings.HasPrefix(s[p:], "http") && text.URLLen(s[p:]) > 0 {
					wantHTTP = p
					break
				}
			}
			if k := strings.Index(s[i:], "www."); k >= 0 {
				wantWWW = i + k
			}
			if got := nextHTTP(s, i); got != wantHTTP {
				t.Errorf("nextHTTP(%q, %d) = %d, want %d", s, i, got, wantHTTP)
			}
			if got := nextWWW(s, i); got != wantWWW {
				t.Errorf("nextWWW(%q, %d) = %d, want %d", s, i, got, wantWWW)
			}
		}
	}
}
