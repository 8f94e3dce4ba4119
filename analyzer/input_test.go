package analyzer

import (
	"strings"
	"testing"
	"unicode/utf8"
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

// TestPlainRun checks plainRun, sixteen or eight bytes at a time, against plainByte
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
		for n := 0; n < 40; n++ {
			s := strings.Repeat(base, 2)[:n+17] + string([]byte{byte(c)}) + "tail text here"
			for i := 0; i <= len(s); i++ {
				if got, want := plainRun(s, i), ref(s, i); got != want {
					t.Fatalf("plainRun(%q, %d) = %d, want %d", s, i, got, want)
				}
			}
		}
	}
}

// TestInvalidUTF8Notice: checkInput tells of invalid UTF-8 exactly when the
// text is not valid, whether it read the whole text rune by rune (64 KiB or
// less) or only its first 64 KiB; a rune cut at the text's end is invalid,
// one cut at the sample's end is not.
func TestInvalidUTF8Notice(t *testing.T) {
	long := strings.Repeat("We collect your email address. ", 64<<10/31+1)
	cut := strings.Repeat("x", 64<<10-1) + "é and more text"
	for _, text := range []string{
		"We collect your name.", "We collect your name\xff.", "We collect your name é", "We collect your name \xc3",
		"plain \x7f text é ü", long, long + "\xff", "\xff" + long, cut, cut + "\xc3", cut[:64<<10],
	} {
		var r Report
		if !checkInput(text, &r) {
			t.Fatalf("%.30q: refused", text)
		}
		got := false
		for _, n := range r.Notices {
			got = got || n.ID == "invalid-utf8"
		}
		if want := !utf8.ValidString(text); got != want {
			t.Errorf("%.30q (%d bytes): invalid-utf8 notice %v, want %v", text, len(text), got, want)
		}
	}
}
