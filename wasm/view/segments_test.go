package view

import (
	"reflect"
	"testing"

	"github.com/policylens/policylens/analyzer"
)

func TestSegments(t *testing.T) {
	all := func(*analyzer.Finding) bool { return true }
	f := func(kind string, s, e int) analyzer.Finding { return analyzer.Finding{Kind: kind, Start: s, End: e} }
	tests := []struct {
		name     string
		text     string
		findings []analyzer.Finding
		show     func(*analyzer.Finding) bool
		want     []Segment
	}{
		{"empty text", "", nil, all, nil},
		{"no findings", "abc", nil, all, []Segment{{0, 3, nil}}},
		{"one in middle", "abcdef", []analyzer.Finding{f("collect", 2, 4)}, all,
			[]Segment{{0, 2, nil}, {2, 4, []int{0}}, {4, 6, nil}}},
		{"whole text", "abc", []analyzer.Finding{f("collect", 0, 3)}, all,
			[]Segment{{0, 3, []int{0}}}},
		{"nested, shortest first", "abcdefgh", []analyzer.Finding{f("share", 0, 8), f("collect", 2, 4)}, all,
			[]Segment{{0, 2, []int{0}}, {2, 4, []int{1, 0}}, {4, 8, []int{0}}}},
		{"overlap", "abcdefgh", []analyzer.Finding{f("share", 1, 5), f("collect", 3, 7)}, all,
			[]Segment{{0, 1, nil}, {1, 3, []int{0}}, {3, 5, []int{0, 1}}, {5, 7, []int{1}}, {7, 8, nil}}},
		{"adjacent", "abcd", []analyzer.Finding{f("a", 0, 2), f("b", 2, 4)}, all,
			[]Segment{{0, 2, []int{0}}, {2, 4, []int{1}}}},
		{"bad spans ignored", "abcd", []analyzer.Finding{f("a", -1, 2), f("b", 3, 9), f("c", 2, 2), f("d", 3, 1)}, all,
			[]Segment{{0, 4, nil}}},
		{"filtered", "abcd", []analyzer.Finding{f("collect", 0, 2), f("share", 1, 3)},
			func(f *analyzer.Finding) bool { return f.Kind != "collect" },
			[]Segment{{0, 1, nil}, {1, 3, []int{1}}, {3, 4, nil}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Segments(tt.text, tt.findings, tt.show)
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("Segments = %v, want %v", got, tt.want)
			}
		})
	}
}

func FuzzSegments(f *testing.F) {
	f.Add("we collect your email", 3, 10, 5, 15)
	f.Add("", 0, 0, 0, 0)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		fs := []analyzer.Finding{{Start: s1, End: e1}, {Start: s2, End: e2}}
		segs := Segments(text, fs, func(*analyzer.Finding) bool { return true })
		pos := 0
		for _, s := range segs {
			if s.Start != pos || s.End <= s.Start {
				t.Fatalf("segments %v do not tile the text", segs)
			}
			for _, i := range s.Findings {
				if fs[i].Start > s.Start || fs[i].End < s.End {
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

func TestCut(t *testing.T) {
	tests := []struct {
		text  string
		limit int
		want  int
	}{
		{"short", 10, 5},
		{"short", 5, 5},
		{"line one\nline two\n", 3, 9},
		{"ab😀cd", 3, 2}, // inside the emoji: back to its start
		{"abc", -1, 0},
	}
	for _, tt := range tests {
		if got := Cut(tt.text, tt.limit); got != tt.want {
			t.Errorf("Cut(%q, %d) = %d, want %d", tt.text, tt.limit, got, tt.want)
		}
	}
}
