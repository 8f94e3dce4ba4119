package classes

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLowerIs compares lowerIs with strings.ToLower and ==, and checks what
// lowerIs rests on: the Kelvin sign and U+0130 are the only runes beyond ASCII that
// lower to ASCII.
func TestLowerIs(t *testing.T) {
	for _, w := range []string{"request", "Request", "REQUESTS", "requests", "reques", "requesT", "rEquest\u212a", "identity", "IDENTITY", "verify", "Verify", "ver\u0130fy", "\u212arequest", "", "x", "véRify", "identit\u00ff", "re@uest", "re`uest", "rEqUeSt", "re\x11uest"} {
		for _, target := range []string{"request", "requests", "verify", "identity"} {
			if got, want := lowerIs(w, target), strings.ToLower(w) == target; got != want {
				t.Errorf("lowerIs(%q, %q) = %v, want %v", w, target, got, want)
			}
		}
	}
	for r := rune(utf8.RuneSelf); r <= utf8.MaxRune; r++ {
		l := strings.ToLower(string(r))
		ascii := true
		for i := 0; i < len(l); i++ {
			ascii = ascii && l[i] < utf8.RuneSelf
		}
		if ascii && r != '\u212a' && r != '\u0130' {
			t.Errorf("%U lowers to ASCII %q", r, l)
		}
	}
	for c := 0; c < 256; c++ {
		for _, tc := range "abcdefghijlmnopqrstuvwxyz" {
			if got, want := lowerIs(string(rune(c))[:1], string(tc)), strings.ToLower(string([]byte{byte(c)})) == string(tc); got != want {
				t.Errorf("lowerIs(%#x, %q) = %v, want %v", c, tc, got, want)
			}
		}
	}
}
