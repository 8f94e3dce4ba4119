//go:build !reportjson

package analyzer

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestFindingJSON compares finding, which writes the parts a rule fixes from
// its slots, with findingAll, the generated writer, over the seeds'
// findings written twice (the second time from the slots), strings at other
// addresses with the same bytes, and strings that need escapes.
func TestFindingJSON(t *testing.T) {
	var fs []Finding
	for _, path := range corpusFiles(t, "seeds", "*.txt") {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		fs = append(fs, Analyze(string(b)).Findings...)
	}
	odd := Finding{Kind: "share", ID: `a"b`, Category: "x<y", Rule: "r\u2028", Explanation: "e&f", Text: "t\n", Condition: "if <b>"}
	fs = append(fs, odd, odd, Finding{}, Finding{})
	for i := range fs[:min(len(fs), 50)] {
		f := fs[i]
		f.Kind, f.ID, f.Rule = strings.Clone(f.Kind), strings.Clone(f.ID), strings.Clone(f.Rule)
		fs = append(fs, f)
	}
	var w, all jsonWriter
	for round := range 2 {
		for i := range fs {
			w.B, all.B = w.B[:0], all.B[:0]
			w.finding(&fs[i])
			all.findingAll(&fs[i])
			if !bytes.Equal(w.B, all.B) {
				t.Fatalf("round %d, finding %d:\n got %s\nwant %s", round, i, w.B, all.B)
			}
		}
	}
}
