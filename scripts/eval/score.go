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

// untyped are the practice categories under which OPP-115's scheme records
// no personal information type: its user access, data security, policy
// change, Do Not Track and "other" practices have none (collection,
// sharing, the reader's choices and retention do). Data that the analyzer
// names in a finding it files under one of them ("you may access the
// personal information we hold", "we encrypt your card number", "email
// us at ...", "for more on cookies see our cookie policy") is what a
// right, a measure or a pointer is about, which the corpus labels with no
// data type; it is scored as none. (Specific audiences has none either,
// but the analyzer files there what both corpora label as collecting:
// "we do not knowingly collect personal information from children".)
var untyped = []string{"user-access", "data-security", "policy-change", "do-not-track", "other"}

// collectShareOnly are the untyped categories of a corpus that types data
// only under collection and sharing: MAPP, whose two practices they are,
// and the project's TOSBack annotations, whose guide
// (../shared/corpus/ANNOTATION.md) gives data types to "sentences that
// state collection or sharing". They add the reader's choices ("you can
// disable cookies", "unsubscribe from our emails") and retention ("we keep
// your personal data as long as ..."), which OPP-115 types.
var collectShareOnly = append([]string{"user-choice", "data-retention"}, untyped...)

// groups are the fourteen OPP-115 personal information types.
var groups = []string{
	"computer-info", "contact", "cookies-tracking", "demographic", "financial", "generic-personal",
	"health", "ip-device-ids", "location", "personal-identifier", "social-media", "survey",
	"online-activities", "user-profile",
}

// appGroups are the data types MAPP's scheme has: the fourteen but user
// profile and survey data, which no MAPP segment carries (0 of 3,239; its
// data categories have neither, so the mapping onto the fourteen ids
// leaves them unused). The analyzer's "account information, username,
// password" (user profile) and "survey responses" named in a MAPP segment
// are scored as no type, as appCategories scores only MAPP's two
// categories, instead of as a false type the annotators could not give.
var appGroups = slices.DeleteFunc(slices.Clone(groups), func(g string) bool { return g == "user-profile" || g == "survey" })

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

// withoutCategories returns r with the data types whose evidence is only
// findings of the categories cats: each data type keeps the evidence of
// other categories, and those left with none are dropped (r itself when
// cats is empty).
func withoutCategories(r *analyzer.Report, cats []string) *analyzer.Report {
	if len(cats) == 0 {
		return r
	}
	out := *r
	out.DataTypes = nil
	for _, d := range r.DataTypes {
		var ev []int
		for _, i := range d.Evidence {
			if !slices.Contains(cats, r.Findings[i].Category) {
				ev = append(ev, i)
			}
		}
		if len(ev) > 0 {
			d.Evidence = ev
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

// explainMiss prints one unit's errors on the labels of errs (-errors: one
// label or several, comma-separated), for rule work.
func explainMiss(w io.Writer, name, text, errs string, fp, fn []string, r *analyzer.Report) {
	for _, l := range fp {
		if asked(errs, l) {
			fmt.Fprintf(w, "FP %s %s: %s\n   %s\n", l, name, evidence(r, l), clip(text))
		}
	}
	for _, l := range fn {
		if asked(errs, l) {
			fmt.Fprintf(w, "FN %s %s: %s\n", l, name, clip(text))
		}
	}
}

// asked tells whether label is one of the comma-separated labels of errs.
func asked(errs, label string) bool {
	return slices.Contains(strings.Split(errs, ","), label)
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

// gate counts, over scored units, the labels the sentence model takes from
// the rules' reading of a unit (dropped: the unit is labelled so, or not)
// and those it gives it (added: rightly or not), on a score's labels.
type gate struct{ droppedHeld, dropped, addedRight, added int }

// add counts one unit: its labels want, found by the rules alone and by the
// rules with the model.
func (g *gate) add(labels, want, rules, both []string) {
	w, r, b := set(want), set(rules), set(both)
	for _, l := range labels {
		switch {
		case r[l] && !b[l]:
			g.dropped++
			if w[l] {
				g.droppedHeld++
			}
		case b[l] && !r[l]:
			g.added++
			if w[l] {
				g.addedRight++
			}
		}
	}
}

// String says how often the model's drops and additions were right.
func (g gate) String() string {
	right := func(n, of int) float64 {
		if of == 0 {
			return 0
		}
		return 100 * float64(n) / float64(of)
	}
	return fmt.Sprintf("the model drops %d labels the rules found (%d the unit holds: %.0f%% of drops right) and adds %d (%.0f%% right)",
		g.dropped, g.droppedHeld, right(g.dropped-g.droppedHeld, g.dropped), g.added, right(g.addedRight, g.added))
}
