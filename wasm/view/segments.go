package view

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer"
)

// Highlight is one run of text the page marks: the findings of one kind
// and negation in one statement, merged from the first to the last, so a
// statement reads as one highlight ("children under the age of 13", not
// three pieces). Kind is empty for a finding the page does not highlight
// (a legal basis, a contact, or any finding in a heading): it is still
// placed in the text, unmarked, so the summary can take the reader there.
type Highlight struct {
	Kind       string
	Negated    bool
	Start, End int
	Findings   []int // indices into the report's findings, in report order
	sentence   analyzer.Span
}

// Highlights groups a report's findings into highlights, in text order.
// Headings (sorted spans, such as a report's heading blocks) are never
// highlighted: a heading names a topic, it states no practice.
func Highlights(findings []analyzer.Finding, headings []analyzer.Span) []Highlight {
	var hs []Highlight
	for i := range findings {
		f := &findings[i]
		if f.Start < 0 || f.Start >= f.End {
			continue
		}
		if !Highlighted(f.Kind) || inSpans(headings, f.Start) {
			hs = append(hs, Highlight{Start: f.Start, End: f.End, Findings: []int{i}, sentence: f.Sentence})
			continue
		}
		merged := false
		// Findings come sentence by sentence: look back through this sentence's highlights only.
		for j := len(hs) - 1; j >= 0 && hs[j].sentence == f.Sentence; j-- {
			if h := &hs[j]; h.Kind == f.Kind && h.Negated == f.Negated {
				h.Start, h.End = min(h.Start, f.Start), max(h.End, f.End)
				h.Findings = append(h.Findings, i)
				merged = true
				break
			}
		}
		if !merged {
			hs = append(hs, Highlight{Kind: f.Kind, Negated: f.Negated, Start: f.Start, End: f.End, Findings: []int{i}, sentence: f.Sentence})
		}
	}
	sort.Slice(hs, func(a, b int) bool {
		if hs[a].Start != hs[b].Start {
			return hs[a].Start < hs[b].Start
		}
		return hs[a].Findings[0] < hs[b].Findings[0]
	})
	return hs
}

// inSpans reports whether pos lies in one of the sorted spans.
func inSpans(spans []analyzer.Span, pos int) bool {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].End > pos })
	return i < len(spans) && spans[i].Start <= pos
}

// Counts returns the number of highlights per kind, as the filters show them.
func Counts(hs []Highlight) map[string]int {
	c := make(map[string]int, len(Kinds))
	for _, h := range hs {
		if h.Kind != "" {
			c[h.Kind]++
		}
	}
	return c
}

// Segment is a run of the input [Start, End) covered by the same set of
// highlights. Findings lists the findings of those highlights, those of
// the primary highlight (marked before unmarked, then the shortest, then
// the earliest) first; it is empty for plain text. Primary is the index of
// the primary highlight, -1 for plain text.
type Segment struct {
	Start, End int
	Findings   []int
	Primary    int
}

// Segments splits text into consecutive segments so that overlapping
// highlights can be shown as non-overlapping elements. Only highlights for
// which show returns true take part; highlights with spans outside the
// text are ignored. The segments cover the whole text.
func Segments(text string, hs []Highlight, show func(h *Highlight) bool) []Segment {
	type event struct {
		pos   int
		idx   int
		start bool
	}
	var events []event
	for i := range hs {
		h := &hs[i]
		if h.Start < 0 || h.End > len(text) || h.Start >= h.End || !show(h) {
			continue
		}
		events = append(events, event{h.Start, i, true}, event{h.End, i, false})
	}
	if len(events) == 0 {
		if text == "" {
			return nil
		}
		return []Segment{{0, len(text), nil, -1}}
	}
	sort.Slice(events, func(a, b int) bool { return events[a].pos < events[b].pos })

	var out []Segment
	var active []int // highlight indices, in the order they opened
	pos := 0
	for e := 0; e < len(events); {
		at := events[e].pos
		if at > pos {
			out = append(out, segment(pos, at, hs, active))
			pos = at
		}
		for ; e < len(events) && events[e].pos == at; e++ {
			if events[e].start {
				active = append(active, events[e].idx)
			} else if k := indexOf(active, events[e].idx); k >= 0 {
				active = append(active[:k], active[k+1:]...)
			}
		}
	}
	if pos < len(text) {
		out = append(out, Segment{pos, len(text), nil, -1})
	}
	return out
}

// segment is [start, end) under the active highlights, primary first.
func segment(start, end int, hs []Highlight, active []int) Segment {
	if len(active) == 0 {
		return Segment{start, end, nil, -1}
	}
	order := append([]int(nil), active...)
	sort.Slice(order, func(a, b int) bool {
		ha, hb := &hs[order[a]], &hs[order[b]]
		if (ha.Kind == "") != (hb.Kind == "") {
			return ha.Kind != ""
		}
		if la, lb := ha.End-ha.Start, hb.End-hb.Start; la != lb {
			return la < lb
		}
		return order[a] < order[b]
	})
	var fs []int
	for _, i := range order {
		fs = append(fs, hs[i].Findings...)
	}
	return Segment{start, end, fs, order[0]}
}

func indexOf(xs []int, x int) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

// Cut returns where to cut text so that about limit bytes are shown: at the
// first line break at or after limit (looking at most 4 KB further), else at
// a rune boundary. It returns len(text) when the text is not longer.
func Cut(text string, limit int) int {
	if limit >= len(text) {
		return len(text)
	}
	limit = max(limit, 0)
	if i := strings.IndexByte(text[limit:min(len(text), limit+4096)], '\n'); i >= 0 {
		return limit + i + 1
	}
	for limit > 0 && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}
