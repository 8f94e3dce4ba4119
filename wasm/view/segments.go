package view

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer"
)

// Segment is a run of the input [Start, End) covered by the same set of
// findings. Findings holds their indices, the primary (shortest, then
// earliest) first; it is empty for plain text.
type Segment struct {
	Start, End int
	Findings   []int
}

// Segments splits text into consecutive segments so that overlapping
// findings can be shown as non-overlapping <mark> elements. Only findings
// for which show returns true take part; findings with spans outside the
// text or empty spans are ignored. The segments cover the whole text.
func Segments(text string, findings []analyzer.Finding, show func(f *analyzer.Finding) bool) []Segment {
	type event struct {
		pos   int
		idx   int
		start bool
	}
	var events []event
	for i := range findings {
		f := &findings[i]
		if f.Start < 0 || f.End > len(text) || f.Start >= f.End || !show(f) {
			continue
		}
		events = append(events, event{f.Start, i, true}, event{f.End, i, false})
	}
	if len(events) == 0 {
		if text == "" {
			return nil
		}
		return []Segment{{0, len(text), nil}}
	}
	sort.Slice(events, func(a, b int) bool { return events[a].pos < events[b].pos })

	length := func(i int) int { return findings[i].End - findings[i].Start }
	var out []Segment
	active := map[int]bool{}
	pos := 0
	for e := 0; e < len(events); {
		at := events[e].pos
		if at > pos {
			out = append(out, Segment{pos, at, primaryFirst(active, length)})
			pos = at
		}
		for ; e < len(events) && events[e].pos == at; e++ {
			if events[e].start {
				active[events[e].idx] = true
			} else {
				delete(active, events[e].idx)
			}
		}
	}
	if pos < len(text) {
		out = append(out, Segment{pos, len(text), nil})
	}
	return out
}

// primaryFirst lists the active findings, shortest span first, then by index.
func primaryFirst(active map[int]bool, length func(int) int) []int {
	if len(active) == 0 {
		return nil
	}
	ids := make([]int, 0, len(active))
	for i := range active {
		ids = append(ids, i)
	}
	sort.Slice(ids, func(a, b int) bool {
		la, lb := length(ids[a]), length(ids[b])
		if la != lb {
			return la < lb
		}
		return ids[a] < ids[b]
	})
	return ids
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
