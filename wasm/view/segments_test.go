package view

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer"
)

// h is a highlight of one finding.
func h(kind string, s, e int, findings ...int) Highlight {
	return Highlight{Kind: kind, Start: s, End: e, Findings: findings}
}

func TestSegments(t *testing.T) {
	all := func(*Highlight) bool { return true }
	tests := []struct {
		name string
		text string
		hs   []Highlight
		show func(*Highlight) bool
		want []Segment
	}{
		{"empty text", "", nil, all, nil},
		{"no highlights", "abc", nil, all, []Segment{{0, 3, nil, -1}}},
		{"one in middle", "abcdef", []Highlight{h("collect", 2, 4, 0)}, all,
			[]Segment{{0, 2, nil, -1}, {2, 4, []int{0}, 0}, {4, 6, nil, -1}}},
		{"whole text", "abc", []Highlight{h("collect", 0, 3, 0)}, all,
			[]Segment{{0, 3, []int{0}, 0}}},
		{"nested, shortest first", "abcdefgh", []Highlight{h("share", 0, 8, 0), h("collect", 2, 4, 1)}, all,
			[]Segment{{0, 2, []int{0}, 0}, {2, 4, []int{1, 0}, 1}, {4, 8, []int{0}, 0}}},
		{"marked before unmarked", "abcdefgh", []Highlight{h("share", 0, 8, 0), h("", 2, 4, 1)}, all,
			[]Segment{{0, 2, []int{0}, 0}, {2, 4, []int{0, 1}, 0}, {4, 8, []int{0}, 0}}},
		{"overlap", "abcdefgh", []Highlight{h("share", 1, 5, 0), h("collect", 3, 7, 1)}, all,
			[]Segment{{0, 1, nil, -1}, {1, 3, []int{0}, 0}, {3, 5, []int{0, 1}, 0}, {5, 7, []int{1}, 1}, {7, 8, nil, -1}}},
		{"adjacent", "abcd", []Highlight{h("a", 0, 2, 0), h("b", 2, 4, 1)}, all,
			[]Segment{{0, 2, []int{0}, 0}, {2, 4, []int{1}, 1}}},
		{"merged findings", "abcdefgh", []Highlight{h("children", 1, 7, 0, 1, 2)}, all,
			[]Segment{{0, 1, nil, -1}, {1, 7, []int{0, 1, 2}, 0}, {7, 8, nil, -1}}},
		{"bad spans ignored", "abcd", []Highlight{h("a", -1, 2, 0), h("b", 3, 9, 1), h("c", 2, 2, 2), h("d", 3, 1, 3)}, all,
			[]Segment{{0, 4, nil, -1}}},
		{"filtered", "abcd", []Highlight{h("collect", 0, 2, 0), h("share", 1, 3, 1)},
			func(h *Highlight) bool { return h.Kind != "collect" },
			[]Segment{{0, 1, nil, -1}, {1, 3, []int{1}, 1}, {3, 4, nil, -1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Segments(tt.text, tt.hs, tt.show)
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("Segments = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestHighlights checks that the findings of one kind and negation in one
// statement make one highlight, that other kinds, negations and sentences
// stay apart, that findings the page does not mark and findings in
// headings stay unmarked, and that the result is in text order.
func TestHighlights(t *testing.T) {
	s1, s2, head := analyzer.Span{Start: 0, End: 40}, analyzer.Span{Start: 40, End: 80}, analyzer.Span{Start: 80, End: 95}
	f := func(kind string, s, e int, sent analyzer.Span, neg bool) analyzer.Finding {
		return analyzer.Finding{Kind: kind, Start: s, End: e, Sentence: sent, Negated: neg}
	}
	findings := []analyzer.Finding{
		f("children", 2, 10, s1, false),    // 0 "children"
		f("practice", 11, 12, s1, false),   // 1 not a highlight kind: unmarked, between two of a kind
		f("children", 20, 35, s1, false),   // 2 "under the age of 13": the same statement
		f("collect", 12, 18, s1, false),    // 3 another kind, inside the merged span
		f("share", 42, 50, s2, false),      // 4
		f("share", 60, 70, s2, true),       // 5 negated: apart
		f("share", 72, 78, s2, false),      // 6 merges with 4 across 5
		f("children", 82, 90, head, false), // 7 in a heading: unmarked
		f("contact", 52, 58, s2, false),    // 8 not a highlight kind: unmarked
		f("collect", 5, 3, s1, false),      // 9 bad span: dropped
	}
	got := Highlights(findings, []analyzer.Span{head})
	want := []Highlight{
		{Kind: "children", Start: 2, End: 35, Findings: []int{0, 2}},
		{Start: 11, End: 12, Findings: []int{1}},
		{Kind: "collect", Start: 12, End: 18, Findings: []int{3}},
		{Kind: "share", Start: 42, End: 78, Findings: []int{4, 6}},
		{Start: 52, End: 58, Findings: []int{8}},
		{Kind: "share", Negated: true, Start: 60, End: 70, Findings: []int{5}},
		{Start: 82, End: 90, Findings: []int{7}},
	}
	for i := range got {
		got[i].sentence = analyzer.Span{}
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Highlights:\n got %+v\nwant %+v", got, want)
	}
	if c := Counts(got); !reflect.DeepEqual(c, map[string]int{"children": 1, "collect": 1, "share": 2}) {
		t.Errorf("Counts = %v", c)
	}
}

func FuzzSegments(f *testing.F) {
	f.Add("we collect your email", 3, 10, 5, 15)
	f.Add("", 0, 0, 0, 0)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		hs := []Highlight{h("collect", s1, e1, 0), h("", s2, e2, 1)}
		segs := Segments(text, hs, func(*Highlight) bool { return true })
		pos := 0
		for _, s := range segs {
			if s.Start != pos || s.End <= s.Start {
				t.Fatalf("segments %v do not tile the text", segs)
			}
			for _, i := range s.Findings {
				if hs[i].Start > s.Start || hs[i].End < s.End {
					t.Fatalf("segment %v claims finding %d outside its span", s, i)
				}
			}
			pos = s.End
		}
		if pos != len(text) {
			t.Fatalf("segments end at %d, text has %d bytes", pos, len(text))
		}
	})
}

func TestBlocks(t *testing.T) {
	all := func(*Highlight) bool { return true }
	tests := []struct {
		name        string
		text        string
		hs          []Highlight
		first, size int
		want        []int
	}{
		{"empty", "", nil, 4, 4, []int{0}},
		{"short", "one line", nil, 4, 4, []int{8}},
		{"after the line break past size", "line one\nline two\nline three\n", nil, 4, 4, []int{9, 18, 29}},
		{"a block per size", "a\nb\nc\nd\n", nil, 4, 4, []int{6, 8}},
		{"no cut inside a highlight", "ab\ncd\nef\n", []Highlight{h("collect", 1, 5, 0)}, 2, 2, []int{6, 9}},
		{"an unmarked finding counts", "ab\ncd\nef\n", []Highlight{h("", 1, 5, 0)}, 2, 2, []int{6, 9}},
		{"a highlight to the end", "ab\ncd", []Highlight{h("collect", 1, 5, 0)}, 1, 1, []int{5}},
		{"a highlight ending at the line break", "ab\ncd\n", []Highlight{h("collect", 0, 3, 0)}, 1, 1, []int{3, 6}},
		{"no line break at all", strings.Repeat("x", 20), nil, 4, 4, []int{20}},
		{"a shorter first block", "a\nb\nc\nd\ne\nf\n", nil, 1, 4, []int{2, 8, 12}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Blocks(tt.text, Segments(tt.text, tt.hs, all), tt.first, tt.size)
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("Blocks = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestHighlighted(t *testing.T) {
	for _, k := range Kinds {
		if !Highlighted(k.ID) {
			t.Errorf("Highlighted(%q) = false for a kind of Kinds", k.ID)
		}
	}
	for _, k := range []string{"", "contact", "practice", "legal-basis", "purpose", "source", "Collect", "collects", "shar"} {
		if _, ok := KindByID(k); Highlighted(k) != ok {
			t.Errorf("Highlighted(%q) = %v, not in Kinds", k, Highlighted(k))
		}
	}
}

func TestSortKeys(t *testing.T) {
	for _, n := range []int{0, 1, 2, 15, 16, 17, 31, 32, 33, 100, 1000} {
		keys := make([]uint64, n)
		x := uint64(n)*2654435761 + 1
		for i := range keys {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
			keys[i] = x % uint64(n/2+1) << 32 // duplicates
			keys[i] |= uint64(i)
		}
		want := slices.Clone(keys)
		slices.Sort(want)
		sortKeys(keys)
		if !slices.Equal(keys, want) {
			t.Fatalf("sortKeys of %d keys: not sorted", n)
		}
	}
}
