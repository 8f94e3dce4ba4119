package analyzer

import (
	"os"
	"path/filepath"
	"testing"
)

// corpusDir is ../shared/corpus relative to the repository, or $POLICYLENS_CORPUS.
func corpusDir(t testing.TB) string {
	t.Helper()
	if d := os.Getenv("POLICYLENS_CORPUS"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "shared", "corpus")
}

// corpusFiles lists files of a corpus folder; it skips the test only when
// the shared corpus is not beside the repository at all.
func corpusFiles(t testing.TB, sub, pattern string) []string {
	t.Helper()
	dir := filepath.Join(corpusDir(t), sub)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("corpus folder %s not found (tests read ../shared/corpus): %v", dir, err)
	}
	files, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil || len(files) == 0 {
		t.Fatalf("no %s files in %s: %v", pattern, dir, err)
	}
	return files
}

// checkReport verifies the invariants every report keeps: spans inside the
// input, text equal to the span, evidence indices valid.
func checkReport(t testing.TB, input string, r *Report) {
	t.Helper()
	for i, f := range r.Findings {
		if f.Start < 0 || f.End < f.Start || f.End > len(input) {
			t.Fatalf("finding %d (%s) span [%d,%d) outside input of %d bytes", i, f.Rule, f.Start, f.End, len(input))
		}
		if input[f.Start:f.End] != f.Text {
			t.Fatalf("finding %d (%s): text %q != input[%d:%d] %q", i, f.Rule, f.Text, f.Start, f.End, input[f.Start:f.End])
		}
		if f.Sentence.Start > f.Start || f.Sentence.End < f.End || f.Sentence.End > len(input) {
			t.Fatalf("finding %d (%s): sentence [%d,%d) does not hold [%d,%d)", i, f.Rule, f.Sentence.Start, f.Sentence.End, f.Start, f.End)
		}
		if f.Kind == "" || f.ID == "" || f.Rule == "" || f.Explanation == "" || f.Category == "" {
			t.Fatalf("finding %d incomplete: %+v", i, f)
		}
	}
	ev := func(where string, xs []int) {
		for _, x := range xs {
			if x < 0 || x >= len(r.Findings) {
				t.Fatalf("%s: evidence index %d out of range (%d findings)", where, x, len(r.Findings))
			}
		}
	}
	for _, d := range r.DataTypes {
		ev("dataType "+d.ID, d.Evidence)
		if len(d.Evidence) == 0 {
			t.Fatalf("dataType %s without evidence", d.ID)
		}
	}
	for _, x := range r.Sharing.Recipients {
		ev("recipient "+x.ID, x.Evidence)
	}
	ev("sale", r.Sharing.SaleEvidence)
	for _, x := range r.Rights {
		ev("right "+x.ID, x.Evidence)
	}
	for _, p := range r.Points {
		ev("point "+p.ID, p.Evidence)
		if len(p.Evidence) == 0 {
			t.Fatalf("point %s cites no evidence", p.ID)
		}
	}
	ev("retention", r.Retention.Evidence)
	ev("children", r.Children.Evidence)
	ev("dnt", r.DoNotTrack.Evidence)
	for _, b := range r.Blocks {
		if b.Start < 0 || b.End < b.Start || b.End > len(input) {
			t.Fatalf("block [%d,%d) outside input", b.Start, b.End)
		}
	}
}

// countFindings counts the findings of r with the given id.
func countFindings(r *Report, id string) int {
	n := 0
	for _, f := range r.Findings {
		if f.ID == id {
			n++
		}
	}
	return n
}

// analyzeRules analyses text with the rules alone, no sentence model: the
// table tests and rule cases test what the rules do, whatever model ships.
func analyzeRules(text string, opts ...Option) *Report {
	return Analyze(text, append(opts, WithModel(nil))...)
}
