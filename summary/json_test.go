package summary

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/policylens/policylens/analyzer"
)

// TestAppendJSON holds Summary.AppendJSON to encoding/json: on the sample,
// on summaries with every optional field set and unset, and on the
// summaries of the example policies and the corpus seeds.
func TestAppendJSON(t *testing.T) {
	same := func(name string, s Summary) {
		t.Helper()
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := s.AppendJSON([]byte("x")); string(got) != "x"+string(want) {
			t.Fatalf("%s: AppendJSON differs from encoding/json:\n got %s\nwant %s", name, got[1:], want)
		}
	}
	same("empty", Summary{})
	same("sample", Of(sample()))
	full := func(tone Tone) Summary {
		a := Answer{ID: "a<", Question: "q&", Answer: "\u2028", Option: "o", Tone: tone, Evidence: []int{1, -2}}
		return Summary{Stats: "s\"", Verdict: &Verdict{Score: "4.5", Word: "Fair", Tone: tone, Answers: []Answer{a, {}}, Rubric: []Answer{}, Credit: "c"},
			Sections: []Section{{ID: "x", Title: "t", Empty: "e", Groups: []Group{{ID: "g", Title: "gt", Items: []Item{
				{ID: "i", Text: "t\xff", Tone: tone, Label: "l", Details: []string{"d", ""}, Evidence: []int{}}, {}}}, {}, {Title: "only"}}}, {}}}
	}
	same("every field", full(Warn))
	s := full(Plain)
	s.Verdict.Score, s.Verdict.Word = "", "w"
	same("some fields", s)
	s.Verdict.Word = ""
	same("no score", s)
	files, _ := filepath.Glob("../testdata/policies/*.txt")
	seeds, _ := filepath.Glob("../../shared/corpus/seeds/*.txt")
	for _, p := range append(files, seeds...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		same(p, Of(analyzer.Analyze(string(b))))
	}
	if len(seeds) == 0 {
		t.Log("no corpus seeds at ../shared/corpus: only the example policies were compared")
	}
}
