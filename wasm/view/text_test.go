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
