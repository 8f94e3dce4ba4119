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
//
// It runs on every analysis the page shows, in WebAssembly, where an
// allocation, a growing slice and a sort's calls through an interface cost
// most: the highlights are made in one slice, their findings in one array,
// and sorted by a key of where they start and the order they were made in.
func Highlights(findings []analyzer.Finding, headings []analyzer.Span) []Highlight {
	hs := make([]Highlight, 0, len(findings))
	// owner[i]: the highlight of finding i, -1 for none; counts[k]: the
	// findings of highlight k.
	buf := make([]int32, 2*len(findings))
	owner, counts := buf[:len(findings)], buf[len(findings):]
	n := 0 // findings in highlights
	for i := range findings {
		f := &findings[i]
		owner[i] = -1
		if f.Start < 0 || f.Start >= f.End {
			continue
		}
		n++
		if !Highlighted(f.Kind) || inSpans(headings, f.Start) {
			owner[i], counts[len(hs)] = int32(len(hs)), 1
			hs = append(hs, Highlight{Start: f.Start, End: f.End, sentence: f.Sentence})
			continue
		}
		merged := false
		// Findings come sentence by sentence: look back through this sentence's highlights only.
		for j := len(hs) - 1; j >= 0 && hs[j].sentence == f.Sentence; j-- {
			if h := &hs[j]; h.Kind == f.Kind && h.Negated == f.Negated {
				h.Start, h.End = min(h.Start, f.Start), max(h.End, f.End)
				owner[i] = int32(j)
				counts[j]++
				merged = true
				break
			}
		}
		if !merged {
			owner[i], counts[len(hs)] = int32(len(hs)), 1
			hs = append(hs, Highlight{Kind: f.Kind, Negated: f.Negated, Start: f.Start, End: f.End, sentence: f.Sentence})
		}
	}
	all := make([]int, n)
	at := 0
	for k := range hs {
		c := int(counts[k])
		hs[k].Findings = all[at : at : at+c]
		at += c
	}
	for i, k := range owner {
		if k >= 0 {
			h := &hs[k]
			h.Findings = append(h.Findings, i) // within its capacity: into all
		}
	}
	// By start, then by first finding: highlights are made in the order of
	// their first findings, so that is the order they were made in.
	sorted := true
	for k := 1; k < len(hs); k++ {
		if hs[k].Start < hs[k-1].Start {
			sorted = false
			break
		}
	}
	if !sorted {
		keys := make([]uint64, len(hs))
		for k := range hs {
			keys[k] = uint64(hs[k].Start)<<32 | uint64(k)
		}
		sortKeys(keys)
		// Highlight k goes to where its key is now: the permutation's
		// cycles are followed in place, each placed key marked done.
		const done = 1<<64 - 1
		for k := range keys {
			if keys[k] == done || int(uint32(keys[k])) == k {
				continue
			}
			h, j := hs[k], k
			for {
				from := int(uint32(keys[j]))
				keys[j] = done
				if from == k {
					hs[j] = h
					break
				}
				hs[j], j = hs[from], from
			}
		}
	}
	if len(hs) == 0 {
		return nil
	}
	return hs
}

// sortKeys sorts keys in increasing order: a merge sort of runs that
// insertion sort makes, without the calls of sort.Sort (each a call through
// an interface) or another instance of a generic sort in the page.
func sortKeys(keys []uint64) {
	const run = 16
	for from := 0; from < len(keys); from += run {
		r := keys[from:min(from+run, len(keys))]
		for i := 1; i < len(r); i++ {
			for j := i; j > 0 && r[j] < r[j-1]; j-- {
				r[j], r[j-1] = r[j-1], r[j]
			}
		}
	}
	if len(keys) <= run {
		return
	}
	src, dst := keys, make([]uint64, len(keys))
	for width := run; width < len(keys); width *= 2 {
		for lo := 0; lo < len(keys); lo += 2 * width {
			mid, hi := min(lo+width, len(keys)), min(lo+2*width, len(keys))
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if src[j] < src[i] {
					dst[k] = src[j]
					j++
				} else {
					dst[k] = src[i]
					i++
				}
				k++
			}
			k += copy(dst[k:], src[i:mid])
			copy(dst[k:], src[j:hi])
		}
		src, dst = dst, src
	}
	copy(keys, src)
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
	// Where each highlight starts and ends, as position<<32 | index<<1 |
	// 1 for a start, sorted by position: the order of the events at one
	// position changes nothing, as the highlights active between two
	// positions are put in order of primacy.
	events := make([]uint64, 0, 2*len(hs))
	n := 0 // findings in the highlights shown
	for i := range hs {
		h := &hs[i]
		if h.Start < 0 || h.End > len(text) || h.Start >= h.End || !show(h) {
			continue
		}
		events = append(events, uint64(h.Start)<<32|uint64(i)<<1|1, uint64(h.End)<<32|uint64(i)<<1)
		n += len(h.Findings)
	}
	if len(events) == 0 {
		if text == "" {
			return nil
		}
		return []Segment{{0, len(text), nil, -1}}
	}
	sortKeys(events)

	out := make([]Segment, 0, len(events)+1)
	fs := make([]int, 0, 2*n) // every segment's findings, back to back
	var active, order []int   // highlight indices, in the order they opened; and by primacy
	pos := 0
	for e := 0; e < len(events); {
		at := int(events[e] >> 32)
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
		for ; e < len(events) && int(events[e]>>32) == at; e++ {
			idx := int(uint32(events[e]) >> 1)
			if events[e]&1 != 0 {
				active = append(active, idx)
			} else if k := indexOf(active, idx); k >= 0 {
				active = append(active[:k], active[k+1:]...)
			}
		}
	}
	if pos < len(text) {
		out = append(out, Segment{pos, len(text), nil, -1})
	}
	return out
}

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

// Blocks returns where the page cuts text into blocks of about size bytes,
// the first of about first bytes (it builds and lays out a long text block
// by block, and the browser lays out a block near the screen whole): each
// cut is just after a line break, never inside a segment with findings, so
// that a highlight is never split and the blocks read as the text does.
// segs are the text's segments (Segments); the last cut is len(text).
func Blocks(text string, segs []Segment, first, size int) []int {
	var cuts []int
	from, si := first, 0
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
