package main

import "testing"

// TestSameButLanguages checks that two reports count as the same but for
// the not-English notice's languages only where nothing else differs.
func TestSameButLanguages(t *testing.T) {
	n := func(langs, rest string) []byte {
		return []byte(`{"language":"unknown","notices":[{"id":"not-english","message":"This does not look like a privacy policy ` + notEnglishLead + langs + `."}]` + rest + `}`)
	}
	for _, c := range []struct {
		name string
		a, b []byte
		want bool
	}{
		{"a language added", n("English, French", ""), n("English, French, Korean", ""), true},
		{"the same", n("English", ""), n("English", ""), true},
		{"something else differs too", n("English", `,"words":3`), n("English, Korean", `,"words":4`), false},
		{"no such notice", []byte(`{"words":3}`), []byte(`{"words":4}`), false},
		{"the notice on one side only", n("English", ""), []byte(`{"language":"en"}`), false},
	} {
		if got := sameButLanguages(c.a, c.b); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
