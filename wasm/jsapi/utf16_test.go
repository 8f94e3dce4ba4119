package jsapi

import (
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// naiveUTF16 is the reference: the UTF-16 length of the runes that start
// before b and end at or before b.
func naiveUTF16(s string, b int) int {
	b = max(0, min(b, len(s)))
	n := 0
	for i := 0; i < b; {
		r, w := utf8.DecodeRuneInString(s[i:])
		if i+w > b {
			break
		}
		n += len(utf16.Encode([]rune{r}))
		i += w
	}
	return n
}

func TestUTF16(t *testing.T) {
	long := strings.Repeat("é😀a", 300) // runes straddle every checkpoint
	tests := []struct {
		name string
		s    string
		b    int
		want int
	}{
		{"empty", "", 0, 0},
		{"ascii", "hello", 3, 3},
		{"ascii end", "hello", 5, 5},
		{"clamp high", "hello", 99, 5},
		{"clamp low", "hello", -4, 0},
		{"two-byte", "héllo", 3, 2},
		{"astral", "a😀b", 5, 3},
		{"inside astral", "a😀b", 3, 1},
		{"inside two-byte", "é", 1, 0},
		{"invalid byte", "a\xffb", 2, 2},
		{"long mid", long, 7 * 300, naiveUTF16(long, 7*300)},
		{"long end", long, len(long), 4 * 300},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NewIndex(tt.s).UTF16(tt.b); got != tt.want {
				t.Errorf("UTF16(%q, %d) = %d, want %d", tt.s, tt.b, got, tt.want)
			}
		})
	}
}

func TestUTF16AllOffsets(t *testing.T) {
	s := strings.Repeat("ab€𝄞c\xe2\x82", 200)
	x := NewIndex(s)
	for b := 0; b <= len(s); b++ {
		if got, want := x.UTF16(b), naiveUTF16(s, b); got != want {
			t.Fatalf("UTF16(%d) = %d, want %d", b, got, want)
		}
	}
}

// TestUTF16LongASCII has runs of ASCII that the index and the cursor read
// eight bytes at a time, of every length about the checkpoints.
func TestUTF16LongASCII(t *testing.T) {
	var b strings.Builder
	for n := 0; n < 40; n++ {
		b.WriteString(strings.Repeat("a", n*n))
		b.WriteString([]string{"é", "😀", "\xff", "€"}[n%4])
	}
	b.WriteString(strings.Repeat("z", 300))
	for _, s := range []string{b.String(), strings.Repeat("q", 1000) + "é" + strings.Repeat("q", 1000)} {
		// naive[i] is naiveUTF16(s, i), worked out in one pass.
		naive := make([]int, len(s)+1)
		for i, units := 0, 0; i < len(s); {
			r, w := utf8.DecodeRuneInString(s[i:])
			for k := i; k < i+w; k++ {
				naive[k] = units
			}
			units += len(utf16.Encode([]rune{r}))
			i += w
			naive[i] = units
		}
		x := NewIndex(s)
		for i := 0; i <= len(s); i++ {
			if got, want := x.UTF16(i), naive[i]; got != want {
				t.Fatalf("UTF16(%d) = %d, want %d", i, got, want)
			}
		}
		for _, step := range []int{1, 5, 8, 9, 100, 256, 700} {
			c := x.Cursor()
			for i := 0; i <= len(s)+step; i += step {
				if got, want := c.UTF16(i), naive[min(i, len(s))]; got != want {
					t.Fatalf("step %d: Cursor.UTF16(%d) = %d, want %d", step, i, got, want)
				}
			}
		}
	}
}

func TestCursorAllOffsets(t *testing.T) {
	s := strings.Repeat("ab€𝄞c\xe2\x82", 200) + strings.Repeat("x", 700) + "€"
	x := NewIndex(s)
	for _, step := range []int{1, 2, 3, 7, 255, 256, 257, 1000} {
		c := x.Cursor()
		for b := -1; b <= len(s)+step; b += step {
			if got, want := c.UTF16(b), naiveUTF16(s, b); got != want {
				t.Fatalf("step %d: Cursor.UTF16(%d) = %d, want %d", step, b, got, want)
			}
		}
	}
}

func FuzzUTF16(f *testing.F) {
	for _, s := range []string{"", "plain", "héllo wörld", "😀😀😀", "\xff\xfe", strings.Repeat("ß", 300)} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, b int) {
		x := NewIndex(s)
		got := x.UTF16(b)
		if want := naiveUTF16(s, b); got != want {
			t.Fatalf("UTF16(%q, %d) = %d, want %d", s, b, got, want)
		}
		c := x.Cursor()
		for _, a := range []int{b / 3, b / 2, b, b + 1, len(s) - 1, b / 4} { // the last one goes back
			if got, want := c.UTF16(a), naiveUTF16(s, a); got != want {
				t.Fatalf("Cursor.UTF16(%q, %d) = %d, want %d", s, a, got, want)
			}
		}
		if utf8.ValidString(s) {
			// On valid text the whole string maps to its JavaScript length.
			if n := len(utf16.Encode([]rune(s))); x.UTF16(len(s)) != n {
				t.Fatalf("UTF16(len) = %d, want %d", x.UTF16(len(s)), n)
			}
		}
	})
}
