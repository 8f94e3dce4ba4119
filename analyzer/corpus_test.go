package analyzer

import (
	"os"
	"path/filepath"
	"testing"
)

// TestTosback analyses every policy of ../shared/corpus/tosback: no panic,
// valid spans, and a plausible report (some data types, no error notice).
func TestTosback(t *testing.T) {
	files := corpusFiles(t, "tosback", "*.md")
	empty := 0
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		r := Analyze(string(b))
		checkReport(t, string(b), r)
		for _, n := range r.Notices {
			if n.Level == "error" && n.ID != "not-english" {
				t.Errorf("%s: error notice %+v", filepath.Base(path), n)
			}
		}
		if len(r.DataTypes) == 0 {
			empty++
		}
	}
	// A handful of archived files are stubs or not policies; most must yield data types.
	if empty*20 > len(files) {
		t.Errorf("%d of %d policies gave no data types", empty, len(files))
	}
}
