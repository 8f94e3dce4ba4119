package main

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/policylens/policylens/analyzer"
)

func TestPart(t *testing.T) {
	r := &analyzer.Report{
		Findings: []analyzer.Finding{
			{Kind: "collect", ID: "email", Category: "first-party-collection", Start: 2, End: 7},
			{Kind: "share", ID: "advertisers", Category: "third-party-sharing", Start: 12, End: 20},
			{Kind: "collect", ID: "email", Category: "first-party-collection", Start: 25, End: 30},
		},
		DataTypes: []analyzer.DataType{{ID: "email", Group: "contact", Evidence: []int{0, 2}}},
	}
	tests := []struct {
		start, end int
		cats       []string
		evidence   [][]int
	}{
		{0, 10, []string{"first-party-collection"}, [][]int{{0}}},
		{10, 24, []string{"third-party-sharing"}, nil},
		{24, 40, []string{"first-party-collection"}, [][]int{{0}}},
		{0, 40, []string{"first-party-collection", "third-party-sharing"}, [][]int{{0, 2}}},
		{7, 12, nil, nil}, // evidence that starts before the segment is not in it
	}
	for _, tt := range tests {
		p := part(r, tt.start, tt.end)
		if !reflect.DeepEqual(p.Categories, tt.cats) {
			t.Errorf("part(%d, %d) categories = %v, want %v", tt.start, tt.end, p.Categories, tt.cats)
		}
		var ev [][]int
		for _, d := range p.DataTypes {
			ev = append(ev, d.Evidence)
			for _, i := range d.Evidence {
				if f := p.Findings[i]; f.Start < tt.start || f.Start >= tt.end {
					t.Errorf("part(%d, %d) evidence %d points outside the segment", tt.start, tt.end, i)
				}
			}
		}
		if !reflect.DeepEqual(ev, tt.evidence) {
			t.Errorf("part(%d, %d) evidence = %v, want %v", tt.start, tt.end, ev, tt.evidence)
		}
	}
	if len(r.DataTypes[0].Evidence) != 2 || r.DataTypes[0].Evidence[1] != 2 {
		t.Errorf("part changed the report it reads: %v", r.DataTypes[0].Evidence)
	}
}

func TestQuoteText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Last updated: October&nbsp;2020", "Last updated: October\u00a02020"},
		{"<p>Effective:</p> <i>June</i> 12, 2020", "\nEffective:\n June 12, 2020"},
		{"Last Amended:&lt;/strong&gt. 25 May 2018&lt;/p", "Last Amended:. 25 May 2018"},
		{"p> <i>The policy was last updated: February 14, 2019</i", " The policy was last updated: February 14, 2019"},
		{"Cookies &amp. similar technologies<br/>We use them.", "Cookies &. similar technologies\nWe use them."},
		{"a < b and c > d", "a < b and c > d"},
		{"plain text", "plain text"},
		{`<a href="https://example.com/x">link</a> and <strong class="x">bold</strong>`, "link and bold"},
	}
	for _, tt := range tests {
		if got := quoteText(tt.in); got != tt.want {
			t.Errorf("quoteText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAnnotatedDataTypes(t *testing.T) {
	f := filepath.Join(t.TempDir(), "tosback-01.jsonl")
	lines := `{"file": "a.md", "start": 0, "end": 10, "statement": "practice", "categories": ["first-party-collection"], "dataTypes": ["contact", "location"]}
{"file": "a.md", "start": 10, "end": 20, "statement": "other", "categories": ["other"]}
{"file": "a.md", "start": 0, "end": 10, "statement": "practice", "categories": ["first-party-collection"], "dataTypes": ["health"]}
`
	if err := os.WriteFile(f, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := annotatedDataTypes([]string{f})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{"a.md:0:10": {"contact", "location"}, "a.md:10:20": nil}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("annotatedDataTypes = %v, want %v", got, want)
	}
}

// TestWithoutCategories drops the evidence of the given categories and the
// data types left with none, and leaves the report it reads as it was.
func TestWithoutCategories(t *testing.T) {
	r := &analyzer.Report{
		Findings:  []analyzer.Finding{{Category: "first-party-collection"}, {Category: "user-access"}, {Category: "other"}},
		DataTypes: []analyzer.DataType{{ID: "email", Evidence: []int{0, 1}}, {ID: "name", Evidence: []int{1, 2}}},
	}
	got := withoutCategories(r, []string{"user-access", "other"})
	if len(got.DataTypes) != 1 || got.DataTypes[0].ID != "email" || !reflect.DeepEqual(got.DataTypes[0].Evidence, []int{0}) {
		t.Errorf("withoutCategories = %+v", got.DataTypes)
	}
	if len(r.DataTypes) != 2 || len(r.DataTypes[0].Evidence) != 2 {
		t.Errorf("withoutCategories changed the report it reads: %+v", r.DataTypes)
	}
	if withoutCategories(r, nil) != r {
		t.Error("withoutCategories(r, nil) is not r")
	}
}

// A practice finding that names no data or purpose states its claim's
// "any", not a narrower claim; denied, it states none: a passing on of data
// the report cannot name ("we share information that we collect") states
// share:any, a collection of it ("we collect information when you use the
// site") collect:any, a statement of why data is used that names no purpose
// ("We use it for the following purposes:") purpose:any.
func TestUnnamedPractices(t *testing.T) {
	for _, tc := range []struct{ id, holds, narrower string }{
		{"share-unspecified", "share:any", ""},
		{"collect-unspecified", "collect:any", "collect:location"},
		{"purpose", "purpose:any", "purpose:marketing|advertising"},
	} {
		stated := &analyzer.Report{Findings: []analyzer.Finding{{Kind: "practice", ID: tc.id}}}
		if !claimHolds(stated, tc.holds) {
			t.Errorf("%s not held by a practice %s", tc.holds, tc.id)
		}
		if tc.narrower != "" && claimHolds(stated, tc.narrower) {
			t.Errorf("%s held by a practice %s, which names none", tc.narrower, tc.id)
		}
		negated := &analyzer.Report{Findings: []analyzer.Finding{{Kind: "practice", ID: tc.id, Negated: true}}}
		if claimHolds(negated, tc.holds) {
			t.Errorf("%s held by a denied practice %s", tc.holds, tc.id)
		}
	}
}

// An unnamed passing on in a denial's exception does not undo the denial's
// share:none.
func TestShareUnspecifiedInDenial(t *testing.T) {
	denied := &analyzer.Report{Findings: []analyzer.Finding{
		{Kind: "share", ID: "other-third-parties", Negated: true},
		{Kind: "practice", ID: "share-unspecified"},
	}}
	if !claimHolds(denied, "share:none") {
		t.Error("share:none undone by an unnamed passing on in the denial's exception")
	}
}

func TestGate(t *testing.T) {
	var g gate
	labels := []string{"a", "b", "c", "d"}
	g.add(labels, []string{"a", "c"}, []string{"a", "b", "x"}, []string{"c", "d"}) // drops a (held) and b; adds c (right) and d
	g.add(labels, nil, []string{"b"}, []string{"b"})
	if want := (gate{droppedHeld: 1, dropped: 2, addedRight: 1, added: 2}); g != want {
		t.Errorf("gate = %+v, want %+v", g, want)
	}
}
