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
	"github.com/policylens/policylens/internal/jsonw"
	"github.com/policylens/policylens/internal/minijson"
	"github.com/policylens/policylens/summary"
	"github.com/policylens/policylens/wasm/jsapi"
)

// TestReportsMatchEncodingJSON checks the one type that matters most, the
// report, on real policies (the corpus seeds and OPP-115 segments when
// ../shared/corpus is there, and testdata/policies): both encodings, and
// decoding back; and that the page's reflection-free code writes and reads
// the same (sameAsPage).
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
	policies, _ := filepath.Glob("../../testdata/policies/*.txt")
	for _, p := range policies {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	texts = append(texts, "", strings.Repeat("\xff", 10), "<b>We sell your email & phone</b> \u2028 to advertisers.")
	for _, text := range texts {
		r := analyzer.Analyze(text)
		sameAsPage(t, text, r)
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

// sameAsPage checks that what the page writes without reflection (the
// generated Report.AppendJSON, indented by jsonw.Indent for the download;
// Summary.AppendJSON) is what this package wrote before, and that the
// page's decoder reads it back as this package does.
func sameAsPage(t *testing.T, text string, r *analyzer.Report) {
	t.Helper()
	for _, r := range []*analyzer.Report{r, jsapi.ToUTF16(r, text)} {
		old, err := minijson.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		got, err := r.AppendJSON(nil)
		if err != nil || !bytes.Equal(got, old) {
			t.Fatalf("report of %.60q: AppendJSON differs from minijson.Marshal (%v)", text, err)
		}
		oldIndented, _ := minijson.MarshalIndent(r, "", "  ")
		if !bytes.Equal(jsonw.Indent(nil, got, "", "  "), oldIndented) {
			t.Fatalf("report of %.60q: jsonw.Indent of AppendJSON differs from minijson.MarshalIndent", text)
		}
		var a, b analyzer.Report
		if err := minijson.Unmarshal(old, &a); err != nil {
			t.Fatal(err)
		}
		if err := jsonw.Decode(old, b.DecodeJSON); err != nil || !reflect.DeepEqual(a, b) {
			t.Fatalf("report of %.60q: DecodeJSON differs from minijson.Unmarshal (%v)", text, err)
		}
	}
	s := summary.Of(r)
	if old, _ := minijson.Marshal(s); !bytes.Equal(s.AppendJSON(nil), old) {
		t.Fatalf("summary of %.60q: AppendJSON differs from minijson.Marshal", text)
	}
}
