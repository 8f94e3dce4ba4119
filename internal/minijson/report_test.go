package minijson_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/internal/minijson"
)

// TestReportsMatchEncodingJSON checks the one type that matters most, the
// report, on real policies: both encodings, and decoding back.
func TestReportsMatchEncodingJSON(t *testing.T) {
	var texts []string
	seeds, _ := filepath.Glob("../../../shared/corpus/seeds/*.txt")
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	if fh, err := os.Open("../../../shared/corpus/opp115/dev.jsonl"); err == nil {
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() && len(texts) < 200 {
			var seg struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &seg) == nil {
				texts = append(texts, seg.Text)
			}
		}
		fh.Close()
	}
	if len(texts) == 0 {
		t.Skip("no corpus at ../shared/corpus")
	}
	texts = append(texts, "", strings.Repeat("\xff", 10), "<b>We sell your email & phone</b> \u2028 to advertisers.")
	for _, text := range texts {
		r := analyzer.Analyze(text)
		want, _ := json.Marshal(r)
		got, err := minijson.Marshal(r)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("report of %.60q: Marshal differs from encoding/json (%v)", text, err)
		}
		want, _ = json.MarshalIndent(r, "", "  ")
		got, _ = minijson.MarshalIndent(r, "", "  ")
		if !bytes.Equal(got, want) {
			t.Fatalf("report of %.60q: MarshalIndent differs from encoding/json", text)
		}
		var a, b analyzer.Report
		if err := json.Unmarshal(want, &a); err != nil {
			t.Fatal(err)
		}
		if err := minijson.Unmarshal(want, &b); err != nil || !reflect.DeepEqual(a, b) {
			t.Fatalf("report of %.60q: Unmarshal differs from encoding/json (%v)", text, err)
		}
	}
}
