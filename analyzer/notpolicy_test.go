package analyzer

import (
	"os"
	"path/filepath"
	"testing"
)

// TestNotAPolicy checks the not-a-policy notice: a text with no policy
// language gets it and no checklist of what it does not say; a policy, even
// a fragment of one, does not.
func TestNotAPolicy(t *testing.T) {
	tests := []struct {
		name, text string
		notPolicy  bool
	}{
		{"recipe", "Preheat the oven to 180 degrees, mix the flour and sugar, then bake.", true},
		{"story", "Once upon a time there was a little girl who lived in a village near the forest.", true},
		{"readme with an address", "Report bugs to bugs@example.org. Build the program with make, then run the tests from the top folder.", true},
		{"long text", "The quick brown fox jumps over the lazy dog and runs into the forest. The sun sets behind the hills. ", true},
		{"a statement", "We do not sell your data.", false},
		{"a title and date", "Privacy Policy (updated June 30, 2014)", false},
		{"a date line", "Last updated: May 1, 2020", false},
		{"a contact line", "If you have additional questions about your options, contact us.", false},
		{"an intro", "This Privacy Policy describes how we handle the information we collect and receive about users.", false},
		{"a list item", "f) You interact with other players (forums, chat rooms, our social media pages).", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(tt.text)
			checkReport(t, tt.text, r)
			if got := hasNotice(r, "not-a-policy"); got != tt.notPolicy {
				t.Fatalf("not-a-policy = %v, want %v (findings %+v)", got, tt.notPolicy, r.Findings)
			}
			if tt.notPolicy && len(r.Missing) > 0 {
				t.Fatalf("a text that is no policy lists what it does not say: %+v", r.Missing)
			}
			if !tt.notPolicy && len(r.Missing) == 0 {
				t.Fatal("a policy fragment lists nothing it does not say")
			}
		})
	}
}

// TestNotAPolicyCorpus checks that no seed or TOSBack policy gets the
// not-a-policy notice.
func TestNotAPolicyCorpus(t *testing.T) {
	var paths []string
	for _, sub := range [][2]string{{"seeds", "*.txt"}, {"tosback", "*.md"}} {
		paths = append(paths, corpusFiles(t, sub[0], sub[1])...)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if r := Analyze(string(b)); hasNotice(r, "not-a-policy") {
			t.Errorf("%s: not-a-policy", filepath.Base(p))
		}
	}
}

func hasNotice(r *Report, id string) bool {
	for _, n := range r.Notices {
		if n.ID == id {
			return true
		}
	}
	return false
}
