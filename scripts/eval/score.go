package main

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/scripts/internal/training"
)

// categories are the nine scored OPP-115 practice categories ("other" is not scored).
var categories = []string{
	"first-party-collection", "third-party-sharing", "user-choice", "user-access",
	"data-retention", "data-security", "policy-change", "do-not-track", "specific-audiences",
}

// appCategories are the categories MAPP annotates.
var appCategories = categories[:2]

// appUnscored are the data types MAPP's annotators leave without a type:
// "your information", "information about you", "the information you
// provide" (about-you, the analyzer's vague type, which names no kind of
// data). In the MAPP segments labelled with a collection or sharing
// practice, those that name the reader's data only in such words carry
// its generic personal information type 8 times in 254 (3%), those that
// say "personal information" or "personal data" 365 times in 533 (68%):
// MAPP's generic type is data called personal, and the vague words are, in
// OPP-115's terms, unspecified information (which no corpus scores).
// OPP-115's annotators gave the same vague words its generic type in 29%
// of such segments (95 of 326), often enough that its scoring keeps them.
var appUnscored = []string{"about-you"}

// groups are the fourteen OPP-115 personal information types.
var groups = []string{
	"computer-info", "contact", "cookies-tracking", "demographic", "financial", "generic-personal",
	"health", "ip-device-ids", "location", "personal-identifier", "social-media", "survey",
	"online-activities", "user-profile",
}

// score counts true positives, false positives and false negatives per label.
type score struct {
	labels     []string
	tp, fp, fn map[string]int
}

func newScore(labels []string) *score {
	return &score{labels: labels, tp: map[string]int{}, fp: map[string]int{}, fn: map[string]int{}}
}

// add scores one unit and returns its false positives and negatives.
func (s *score) add(want, got []string) (fp, fn []string) {
	w, g := set(want), set(got)
	for _, l := range s.labels {
		switch {
		case w[l] && g[l]:
			s.tp[l]++
		case g[l]:
			s.fp[l]++
			fp = append(fp, l)
		case w[l]:
			s.fn[l]++
			fn = append(fn, l)
		}
	}
	return fp, fn
}

// micro and macro return the averaged F1s (macro over labels with support).
func (s *score) micro() float64 {
	var tp, fp, fn int
	for _, l := range s.labels {
		tp, fp, fn = tp+s.tp[l], fp+s.fp[l], fn+s.fn[l]
	}
	_, _, f := training.PRF(tp, fp, fn)
	return f
}

func (s *score) macro() float64 {
	sum, n := 0.0, 0
	for _, l := range s.labels {
		if s.tp[l]+s.fn[l] > 0 {
			_, _, f := training.PRF(s.tp[l], s.fp[l], s.fn[l])
			sum += f
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

func set(xs []string) map[string]bool {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// print writes the per-label table of s.
func (s *score) print(w io.Writer, title string) {
	fmt.Fprintf(w, "%s\n%-24s %9s %9s %9s %8s\n", title, "label", "precision", "recall", "F1", "support")
	var TP, FP, FN int
	for _, l := range s.labels {
		p, r, f := training.PRF(s.tp[l], s.fp[l], s.fn[l])
		fmt.Fprintf(w, "%-24s %9.3f %9.3f %9.3f %8d\n", l, p, r, f, s.tp[l]+s.fn[l])
		TP, FP, FN = TP+s.tp[l], FP+s.fp[l], FN+s.fn[l]
	}
	p, r, f := training.PRF(TP, FP, FN)
	fmt.Fprintf(w, "%-24s %9.3f %9.3f %9.3f %8d\n", "micro", p, r, f, TP+FN)
	fmt.Fprintf(w, "%-24s %9s %9s %9.3f\n\n", "macro", "", "", s.macro())
}

// withoutTypes returns r without the data types whose ids are in ids (r
// itself when there are none).
func withoutTypes(r *analyzer.Report, ids []string) *analyzer.Report {
	if len(ids) == 0 {
		return r
	}
	out := *r
	out.DataTypes = nil
	for _, d := range r.DataTypes {
		if !slices.Contains(ids, d.ID) {
			out.DataTypes = append(out.DataTypes, d)
		}
	}
	return &out
}

// dataGroups lists the data type groups of a report.
func dataGroups(r *analyzer.Report) []string {
	var out []string
	for _, d := range r.DataTypes {
		out = append(out, d.Group)
	}
	return out
}

// explainMiss prints one unit's errors on the labels of labels (one label,
// or several separated by commas), for rule work.
func explainMiss(w io.Writer, name, text, labels string, fp, fn []string, r *analyzer.Report) {
	want := strings.Split(labels, ",")
	for _, l := range fp {
		if slices.Contains(want, l) {
			fmt.Fprintf(w, "FP %s %s: %s\n   %s\n", l, name, evidence(r, l), clip(text))
		}
	}
	for _, l := range fn {
		if slices.Contains(want, l) {
			fmt.Fprintf(w, "FN %s %s: %s\n", l, name, clip(text))
		}
	}
}

func evidence(r *analyzer.Report, label string) string {
	var out []string
	for _, f := range r.Findings {
		if f.Category == label {
			out = append(out, f.Rule+"="+f.Text)
		}
	}
	for _, d := range r.DataTypes {
		if d.Group == label {
			for _, i := range d.Evidence {
				out = append(out, r.Findings[i].Rule+"="+r.Findings[i].Text)
			}
		}
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 400 {
		s = s[:400] + "..."
	}
	return s
}
