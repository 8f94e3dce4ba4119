package text

import (
	"math/rand"
	"strings"
	"testing"
)

// TestCodeLineCursor checks that Tokenizer.codeLine, asked at the start of
// a text and after each of its line breaks as Tokenize asks it, answers
// as CodeLine does, on lines of prose, code and marks in random order.
func TestCodeLineCursor(t *testing.T) {
	lines := []string{
		"", "We collect your name.", "x = 1", "var a = {b: 1};", "$(document).on('x', f);",
		`{ "@type": "Organization", "name": "A", "url": "b" }`, "a {", "= =", "{", "if (a) { b(); }",
		"Prices in euros (EUR) and so on", "function (a) { return a; }",
	}
	r := rand.New(rand.NewSource(1))
	for range 2000 {
		var b strings.Builder
		for k := r.Intn(8); k >= 0; k-- {
			b.WriteString(lines[r.Intn(len(lines))])
			if r.Intn(5) > 0 {
				b.WriteByte('\n')
			}
		}
		text := b.String()
		var tz Tokenizer
		tz.brace, tz.equals, tz.mark = -1, -1, -1 // as Tokenize starts
		for i := 0; ; {
			if got, want := tz.codeLine(text, i), CodeLine(text[i:]); got != want {
				t.Fatalf("codeLine(%q, %d) = %d, CodeLine says %d", text, i, got, want)
			}
			k := strings.IndexByte(text[i:], '\n')
			if k < 0 {
				break
			}
			i += k + 1
		}
	}
}
