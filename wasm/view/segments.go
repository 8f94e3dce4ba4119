package view

import (
	"sort"
	"strings"

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
	sort.Sort(byStart(hs))
	return hs
}

// byStart orders highlights by where they start, then by their first
// finding. (sort.Sort, not slices.SortFunc: each type a generic sort is
// instantiated for adds kilobytes to the page's WASM.)
type byStart []Highlight

func (h byStart) Len() int      { return len(h) }
func (h byStart) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h byStart) Less(i, j int) bool {
	if h[i].Start != h[j].Start {
		return h[i].Start < h[j].Start
	}
	return h[i].Findings[0] < h[j].Findings[0]
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
	events := make(byPos, 0, 2*len(hs))
	n := 0 // findings in the highlights shown
	for i := range hs {
		h := &hs[i]
		if h.Start < 0 || h.End > len(text) || h.Start >= h.End || !show(h) {
			continue
		}
		events = append(events, event{h.Start, i, true}, event{h.End, i, false})
		n += len(h.Findings)
	}
	if len(events) == 0 {
		if text == "" {
			return nil
		}
		return []Segment{{0, len(text), nil, -1}}
	}
	sort.Sort(events)

	out := make([]Segment, 0, len(events)+1)
	fs := make([]int, 0, 2*n) // every segment's findings, back to back
	var active, order []int   // highlight indices, in the order they opened; and by primacy
	pos := 0
	for e := 0; e < len(events); {
		at := events[e].pos
		if at > pos {
			if len(active) == 0 {
				out = append(out, Segment{pos, at, nil, -1})
			} else {
				order = primacy(append(order[:0], active...), hs)
				from := len(fs)
				for _, i := range order {
					fs = append(fs, hs[i].Findings...)
				}
				out = append(out, Segment{pos, at, fs[from:len(fs):len(fs)], order[0]})
			}
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

// event is where a highlight starts or ends.
type event struct {
	pos   int
	idx   int
	start bool
}

// byPos orders events by position.
type byPos []event

func (e byPos) Len() int           { return len(e) }
func (e byPos) Swap(i, j int)      { e[i], e[j] = e[j], e[i] }
func (e byPos) Less(i, j int) bool { return e[i].pos < e[j].pos }

// primacy sorts highlight indices, the primary first: marked before
// unmarked, then the shortest, then the earliest. There are seldom more
// than two.
func primacy(order []int, hs []Highlight) []int {
	less := func(a, b int) bool {
		ha, hb := &hs[a], &hs[b]
		if (ha.Kind == "") != (hb.Kind == "") {
			return ha.Kind != ""
		}
		if la, lb := ha.End-ha.Start, hb.End-hb.Start; la != lb {
			return la < lb
		}
		return a < b
	}
	for i := 1; i < len(order); i++ {
		for j := i; j > 0 && less(order[j], order[j-1]); j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	return order
}

func indexOf(xs []int, x int) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

// Blocks returns where the page cuts text into blocks of about size bytes
// (it builds and lays out a long text block by block): each cut is just
// after a line break, never inside a segment with findings, so that a
// highlight is never split and the blocks read as the text does. segs are
// the text's segments (Segments); the last cut is len(text).
func Blocks(text string, segs []Segment, size int) []int {
	var cuts []int
	from, si := size, 0
	for from < len(text) {
		i := strings.IndexByte(text[from:], '\n')
		if i < 0 {
			break
		}
		cut := from + i + 1
		for si < len(segs) && segs[si].End <= cut {
			si++
		}
		if si < len(segs) && segs[si].Start < cut && len(segs[si].Findings) > 0 {
			from = segs[si].End // the line break is inside a highlight: after it
			continue
		}
		if cut < len(text) {
			cuts = append(cuts, cut)
		}
		from = cut + size
	}
	return append(cuts, len(text))
}
