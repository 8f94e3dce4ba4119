package view

import "testing"

func TestCollapseSpace(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"word", "word"},
		{"  two\n\t words  ", " two words "},
		{"a\u00a0b", "a b"},
	} {
		if got := CollapseSpace(tt.in); got != tt.want {
			t.Errorf("CollapseSpace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTidyLines(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"\n\n  Title \n\n\n\n Body  text\n \n", "Title\n\nBody  text"},
		{"a\nb", "a\nb"},
	} {
		if got := TidyLines(tt.in); got != tt.want {
			t.Errorf("TidyLines(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzTidyLines(f *testing.F) {
	f.Add("  a \n\n\n b ")
	f.Fuzz(func(t *testing.T, s string) {
		out := TidyLines(CollapseSpace(s))
		if TidyLines(out) != out {
			t.Fatalf("TidyLines is not idempotent on %q", s)
		}
	})
}

func TestShorten(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"Privacy Policy", 80, "Privacy Policy"},
		{"Privacy Policy of Example Incorporated, Last Updated", 20, "Privacy Policy of…"},
		{"Überlangeswortohneleerzeichen", 10, "Überlanges…"},
	}
	for _, tt := range tests {
		if got := Shorten(tt.in, tt.n); got != tt.want {
			t.Errorf("Shorten(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestHighlightCount(t *testing.T) {
	for n, want := range map[int]string{0: "0 highlights", 1: "1 highlight", 2: "2 highlights", 29: "29 highlights", 1234: "1,234 highlights"} {
		if got := HighlightCount(n); got != want {
			t.Errorf("HighlightCount(%d) = %q, want %q", n, got, want)
		}
	}
}
