package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/policylens/policylens/analyzer"
)

// categories are the nine scored OPP-115 practice categories ("other" is not scored).
var categories = []string{
	"first-party-collection", "third-party-sharing", "user-choice", "user-access",
	"data-retention", "data-security", "policy-change", "do-not-track", "specific-audiences",
}

// groups are the fourteen OPP-115 personal information types.
var groups = []string{
	"computer-info", "contact", "cookies-tracking", "demographic", "financial", "generic-personal",
	"health", "ip-device-ids", "location", "personal-identifier", "social-media", "survey",
	"online-activities", "user-profile",
}

// segment is one line of an OPP-115 JSONL file.
type segment struct {
	Policy     string   `json:"policy"`
	Segment    int      `json:"segment"`
	Text       string   `json:"text"`
	Categories []string `json:"categories"`
	DataTypes  []string `json:"dataTypes"`

	report *analyzer.Report // in-policy mode: the part of the whole policy's report inside this segment
}

// inPolicy analyses each policy whole, its segments joined by blank lines as
// a reader would paste it, and gives each segment the part of the report
// whose evidence starts inside it.
func inPolicy(segs []segment) {
	for i := 0; i < len(segs); {
		j := i
		var text strings.Builder
		starts := []int{}
		for ; j < len(segs) && segs[j].Policy == segs[i].Policy; j++ {
			if j > i {
				text.WriteString("\n\n")
			}
			starts = append(starts, text.Len())
			text.WriteString(segs[j].Text)
		}
		starts = append(starts, text.Len())
		r := analyzer.Analyze(text.String())
		for k := i; k < j; k++ {
			segs[k].report = part(r, starts[k-i], starts[k-i+1])
		}
		i = j
	}
}

// part is the report of the findings of r that start in [start, end).
func part(r *analyzer.Report, start, end int) *analyzer.Report {
	out := &analyzer.Report{}
	index := map[int]int{}
	cats := map[string]bool{}
	for i, f := range r.Findings {
		if f.Start >= start && f.Start < end {
			index[i] = len(out.Findings)
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
	// location" with location); a report's data type lists only the
	// findings that support its claim as evidence.
	byID := map[string]int{}
	for k, f := range out.Findings {
		g := dataGroups()[f.ID]
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

// dataGroups maps each data type id to its group.
var dataGroups = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, d := range analyzer.IDs().DataTypes {
		m[d.ID] = d.Group
	}
	return m
})

func main() {
	corpus := flag.String("corpus", "../shared/corpus", "corpus folder")
	split := flag.String("split", "dev", "OPP-115 split: dev or train")
	errs := flag.String("errors", "", "print false positives and negatives for this label")
	tosdr := flag.Bool("tosdr", true, "also score ToS;DR points: does the report of each quote state its case's fact")
	sale := flag.Bool("sale", true, "also check the sale verdict of the TOSBack policies of services ToS;DR marked \"does not sell\"")
	mode := flag.String("mode", "both", "alone: analyse each segment by itself; in-policy: analyse each policy whole and score each segment by the findings inside it; both")
	flag.Parse()
	if *mode != "alone" && *mode != "in-policy" && *mode != "both" {
		fmt.Fprintln(os.Stderr, "eval: -mode must be alone, in-policy or both")
		os.Exit(2)
	}
	segs, err := load(filepath.Join(*corpus, "opp115", *split+".jsonl"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(1)
	}
	fmt.Printf("OPP-115 %s split: %d segments from %s\n", *split, len(segs), *corpus)
	if *mode != "in-policy" {
		fmt.Printf("\n== Each segment analysed alone (as segment classifiers are scored)\n\n")
		evaluate(segs, func(s segment) *analyzer.Report { return analyzer.Analyze(s.Text) }, *errs)
	}
	if *mode != "alone" {
		fmt.Printf("\n== Each segment scored within its whole policy (as a reader pastes it)\n\n")
		inPolicy(segs)
		evaluate(segs, func(s segment) *analyzer.Report { return s.report }, *errs)
	}
	if *tosdr {
		fmt.Printf("\n== ToS;DR points: the report of each quote states its case's fact\n\n")
		if err := evalToSDR(*corpus, func(s string) *analyzer.Report { return analyzer.Analyze(s) }, *errs); err != nil {
			fmt.Fprintln(os.Stderr, "eval:", err)
			os.Exit(1)
		}
	}
	if *sale {
		fmt.Printf("\n== Sale verdicts of TOSBack policies whose service ToS;DR marked \"does not sell\"\n\n")
		if err := evalSale(*corpus, func(s string) *analyzer.Report { return analyzer.Analyze(s) }); err != nil {
			fmt.Fprintln(os.Stderr, "eval:", err)
			os.Exit(1)
		}
	}
}

// evaluate scores the report of each segment and prints the tables.
func evaluate(segs []segment, analyse func(segment) *analyzer.Report, errs string) {
	cat, dt := newScore(categories), newScore(groups)
	for _, s := range segs {
		r := analyse(s)
		var gotDT []string
		for _, d := range r.DataTypes {
			gotDT = append(gotDT, d.Group)
		}
		fpC, fnC := cat.add(s.Categories, r.Categories)
		fpD, fnD := dt.add(s.DataTypes, gotDT)
		if errs != "" {
			report(s, errs, fpC, fnC, r)
			report(s, errs, fpD, fnD, r)
		}
	}
	cat.print(os.Stdout, "Practice categories")
	fmt.Println()
	dt.print(os.Stdout, "Data type groups")
}

func load(path string) ([]segment, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []segment
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var s segment
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		out = append(out, s)
	}
	return out, sc.Err()
}

// score counts true positives, false positives and false negatives per label.
type score struct {
	labels     []string
	tp, fp, fn map[string]int
}

func newScore(labels []string) *score {
	return &score{labels: labels, tp: map[string]int{}, fp: map[string]int{}, fn: map[string]int{}}
}

// add scores one segment and returns its false positives and negatives.
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

func set(xs []string) map[string]bool {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func prf(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func (s *score) print(w io.Writer, title string) {
	fmt.Fprintf(w, "%s\n%-24s %9s %9s %9s %8s\n", title, "label", "precision", "recall", "F1", "support")
	var TP, FP, FN int
	var macro float64
	n := 0
	for _, l := range s.labels {
		p, r, f := prf(s.tp[l], s.fp[l], s.fn[l])
		fmt.Fprintf(w, "%-24s %9.3f %9.3f %9.3f %8d\n", l, p, r, f, s.tp[l]+s.fn[l])
		TP, FP, FN = TP+s.tp[l], FP+s.fp[l], FN+s.fn[l]
		if s.tp[l]+s.fn[l] > 0 {
			macro += f
			n++
		}
	}
	p, r, f := prf(TP, FP, FN)
	fmt.Fprintf(w, "%-24s %9.3f %9.3f %9.3f %8d\n", "micro", p, r, f, TP+FN)
	fmt.Fprintf(w, "%-24s %9s %9s %9.3f   (over %d labels with support)\n", "macro", "", "", macro/float64(n), n)
}

// report prints one segment's error on label for rule tuning.
func report(s segment, label string, fp, fn []string, r *analyzer.Report) {
	for _, l := range fp {
		if l == label {
			fmt.Printf("FP %s/%d: %s\n", s.Policy, s.Segment, evidence(r, label))
			fmt.Printf("   %s\n", clip(s.Text))
		}
	}
	for _, l := range fn {
		if l == label {
			fmt.Printf("FN %s/%d: %s\n", s.Policy, s.Segment, clip(s.Text))
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
