package main

import (
	"strconv"
	"strings"
	"sync"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/scripts/internal/segments"
)

// segment is one line of an OPP-115 or MAPP JSONL file: a paragraph-sized
// unit of a policy and its labels.
type segment = segments.Segment

// load reads a JSONL file of segments.
var load = segments.Load

// reading is how a segment is read: alone, as segment classifiers are
// scored, or within its whole policy, as a reader pastes it.
type reading int

const (
	alone reading = iota
	inPolicy
)

func (r reading) String() string {
	if r == alone {
		return "each segment alone"
	}
	return "each segment in its policy"
}

// reports analyses the segments of one policy (all of segs are of one
// policy) and returns each segment's report: alone, or the part of the
// whole policy's report (its segments joined by blank lines) whose evidence
// starts inside it.
func reports(segs []segment, how reading, opts ...analyzer.Option) []*analyzer.Report {
	out := make([]*analyzer.Report, len(segs))
	if how == alone {
		for i, s := range segs {
			out[i] = analyzer.Analyze(s.Text, opts...)
		}
		return out
	}
	var text strings.Builder
	starts := []int{}
	for i, s := range segs {
		if i > 0 {
			text.WriteString("\n\n")
		}
		starts = append(starts, text.Len())
		text.WriteString(s.Text)
	}
	starts = append(starts, text.Len())
	r := analyzer.Analyze(text.String(), opts...)
	for i := range segs {
		out[i] = part(r, starts[i], starts[i+1])
	}
	return out
}

// byPolicy splits segments into runs of one policy each.
func byPolicy(segs []segment) [][]segment {
	var out [][]segment
	for i := 0; i < len(segs); {
		j := i
		for j < len(segs) && segs[j].Policy == segs[i].Policy {
			j++
		}
		out = append(out, segs[i:j])
		i = j
	}
	return out
}

// part is the report of the findings of r that start in [start, end).
func part(r *analyzer.Report, start, end int) *analyzer.Report {
	out := &analyzer.Report{}
	cats := map[string]bool{}
	for _, f := range r.Findings {
		if f.Start >= start && f.Start < end {
			out.Findings = append(out.Findings, f)
			cats[f.Category] = true
		}
	}
	for _, c := range categories {
		if cats[c] {
			out.Categories = append(out.Categories, c)
		}
	}
	// The data types of the segment are those of its collect and share
	// findings, denials included (OPP-115 labels "we do not collect your
	// location" with location): a report's data type lists as evidence only
	// the findings that support what it claims.
	byID := map[string]int{}
	for k, f := range out.Findings {
		g := groupOfDataType()[f.ID]
		if g == "" || f.Kind != "collect" && f.Kind != "share" {
			continue
		}
		j, ok := byID[f.ID]
		if !ok {
			j = len(out.DataTypes)
			byID[f.ID] = j
			out.DataTypes = append(out.DataTypes, analyzer.DataType{ID: f.ID, Group: g})
		}
		out.DataTypes[j].Evidence = append(out.DataTypes[j].Evidence, k)
	}
	return out
}

// groupOfDataType maps each data type id to its group.
var groupOfDataType = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, d := range analyzer.IDs().DataTypes {
		m[d.ID] = d.Group
	}
	return m
})

// segKey names a segment within its corpus.
func segKey(s segment) string { return s.Policy + "\x00" + strconv.Itoa(s.Segment) }

// englishSegments returns the keys of the segments the analyzer does not
// read in outline (docs/outline.md), each alone: English, or text it does
// not read at all. Both corpora annotate English text: MAPP's policies hold
// 172 segments the analyzer does not read as English (on 7 December 2026;
// 130 of them of one app's policy, much of it in French), every one without
// a label. Before the outline reader the analyzer read none of them, so they
// scored nothing; now its findings in the French ones would count against
// labels nobody wrote. The segments it reads in outline are left out of the
// scores, which leaves every figure of an analyzer that reads English only
// as it was.
func englishSegments(segs []segment) map[string]bool {
	out := make(map[string]bool, len(segs))
	for _, s := range segs {
		if l := analyzer.Analyze(s.Text).Language; l == "en" || l == "unknown" {
			out[segKey(s)] = true
		}
	}
	return out
}
