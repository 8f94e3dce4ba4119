package analyzer

import (
	"strings"
	"testing"
)

func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"", false},
		{"We collect <your> email <address>.", false},
		{"<p>One</p><p>two</p>", false},
		{"<p>One</p><p>two</p><br>", true},
		{"x < y and <div class=a><span>z</span><br></div>", true},
		{"<P>upper case</P><DIV><BR>", false},
		{"<<<<p>a<<br<<li", true},
		{"<a href=x>a</a> <a name=y> <li>", false},
	}
	for _, tt := range tests {
		if got := looksLikeHTML(tt.text); got != tt.want {
			t.Errorf("looksLikeHTML(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestPlainRun checks plainRun, eight bytes at a time, against plainByte
// byte by byte, on runs that end on every byte that is not plain, at every
// offset.
func TestPlainRun(t *testing.T) {
	ref := func(s string, i int) int {
		for i < len(s) && plainByte[s[i]] {
			i++
		}
		return i
	}
	base := "We collect your e-mail address.\nAnd\tyour name\r\n"
	for c := 0; c < 256; c++ {
		for n := 0; n < 20; n++ {
			s := strings.Repeat(base, 2)[:n+17] + string([]byte{byte(c)}) + "tail text here"
			for i := 0; i <= len(s); i++ {
				if got, want := plainRun(s, i), ref(s, i); got != want {
					t.Fatalf("plainRun(%q, %d) = %d, want %d", s, i, got, want)
				}
			}
		}
	}
}
