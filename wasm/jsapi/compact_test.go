package jsapi

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/internal/jsonw"
)

func TestCompactRoundTrip(t *testing.T) {
	inputs := []string{
		"",
		"We collect your email address and share it with advertisers. We do not sell your data.",
		strings.Repeat("We keep logs for 30 days. You may delete your account. Ünïcode 😀.\n", 50),
		"We collect the following information:\n- your email address;\n- your phone number.\n",
	}
	for i, in := range inputs {
		want := analyzer.Analyze(in)
		b, err := EncodeCompact(want)
		if err != nil {
			t.Fatal(err)
		}
		var m compactMeta
		if err := json.Unmarshal(b.Meta, &m); err != nil {
			t.Fatal(err)
		}
		if meta, _ := json.Marshal(m); string(meta) != string(b.Meta) {
			t.Errorf("meta of %.40q is not what encoding/json writes:\n got %s\nwant %s", in, b.Meta, meta)
		}
		got, err := DecodeCompact(b, in, nil)
		if err != nil {
			t.Fatal(err)
		}
		if i == len(inputs)-1 && !hasIntro(want) {
			t.Errorf("no finding of %q has its list's intro: the round trip does not test it", in)
		}
		// The compact form carries what the report format does (what the
		// report's JSON holds), not the analyzer's own notes on findings.
		wantJSON, err := want.AppendJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		gotJSON, err := got.AppendJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		if string(gotJSON) != string(wantJSON) {
			t.Errorf("round trip of %.40q differs:\n got %s\nwant %s", in, gotJSON, wantJSON)
		}
	}
}

func FuzzDecodeCompact(f *testing.F) {
	in := "We collect your email address and share it with advertisers."
	b, _ := EncodeCompact(analyzer.Analyze(in))
	f.Add(b.Meta, b.Nums, in)
	f.Add([]byte(`{"report":{},"strings":["a"]}`), make([]byte, 44), "x")
	f.Add([]byte(`{"report":{},"strings":[]}`), make([]byte, 43), "xyz")
	f.Fuzz(func(t *testing.T, meta, nums []byte, input string) {
		var want, got compactMeta
		errWant, errGot := json.Unmarshal(meta, &want), jsonw.Decode(meta, got.DecodeJSON)
		if (errWant == nil) != (errGot == nil) || errWant == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("meta %q: read as %+v (error %v), encoding/json reads %+v (error %v)", meta, got, errGot, want, errWant)
		}
		r, err := DecodeCompact(Compact{meta, nums}, input, nil)
		if err != nil {
			return
		}
		for _, x := range r.Findings {
			if input[x.Start:x.End] != x.Text {
				t.Fatalf("finding text %q is not input[%d:%d]", x.Text, x.Start, x.End)
			}
		}
	})
}

// TestDecodeCompactPauses: a long report is decoded with pauses between
// hundreds of findings (and one after the rest of the report), to the same
// report.
func TestDecodeCompactPauses(t *testing.T) {
	in := strings.Repeat("We collect your email address and share it with advertisers.\n", 3000)
	r := analyzer.Analyze(in)
	c, err := EncodeCompact(r)
	if err != nil {
		t.Fatal(err)
	}
	pauses := 0
	got, err := DecodeCompact(c, in, func() { pauses++ })
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := DecodeCompact(c, in, nil)
	if want := 1 + len(r.Findings)/pauseEvery; pauses != want || want == 1 || !reflect.DeepEqual(got, plain) {
		t.Errorf("%d findings: %d pauses (want %d), same report %v", len(r.Findings), pauses, want, reflect.DeepEqual(got, plain))
	}
}

// hasIntro reports whether a finding of r carries its list's intro.
func hasIntro(r *analyzer.Report) bool {
	for _, f := range r.Findings {
		if f.Intro != (analyzer.Span{}) {
			return true
		}
	}
	return false
}
