package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/scripts/internal/training"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpus", "corpus folder")
	annotations := flag.String("annotations", "annotations", "the project's sentence annotations")
	manifest := flag.String("manifest", "analyzer/weights/en.json", "the shipped model's manifest (its thresholds)")
	flag.Float64Var(&training.MinWeight, "min-weight", training.MinWeight, "drop the model's weights smaller than this (log-odds), as make model does")
	quick := flag.Bool("quick", false, "skip cross-validation: score OPP-115 dev with the shipped analyzer, and ToS;DR")
	errs := flag.String("errors", "", "print false positives and negatives for this label, or these comma-separated labels (cross-validated OPP-115 and MAPP, in policy; TOSBack sentences; ToS;DR claims; \"outline\": every ToS;DR point read in outline that its report misses)")
	dumpTo := flag.String("dump", "", "write every scored unit's expected and found labels to this file (OPP-115 and MAPP segments, TOSBack sentences, ToS;DR points), one a line, to compare two runs with diff")
	flag.Parse()
	if *dumpTo != "" {
		f, err := os.Create(*dumpTo)
		if err != nil {
			fmt.Fprintln(os.Stderr, "eval:", err)
			os.Exit(1)
		}
		w := bufio.NewWriter(f)
		dump = w
		defer func() { w.Flush(); f.Close() }()
	}
	if _, err := os.Stat(filepath.Join(*corpus, "opp115")); err != nil {
		fmt.Fprintf(os.Stderr, "eval: the evaluation corpus is not in %s (set CORPUS=...)\n", *corpus)
		os.Exit(2)
	}
	if err := run(*corpus, *annotations, *manifest, *quick, *errs); err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(1)
	}
}

func run(corpus, annotations, manifest string, quick bool, errs string) error {
	t0 := time.Now()
	train, err := load(filepath.Join(corpus, "opp115", "train.jsonl"))
	if err != nil {
		return err
	}
	dev, err := load(filepath.Join(corpus, "opp115", "dev.jsonl"))
	if err != nil {
		return err
	}
	app, err := load(filepath.Join(corpus, "mapp", "train.jsonl"))
	if err != nil {
		return err
	}
	if !quick {
		var policies []string
		for _, segs := range [][]segment{train, dev, app} {
			for _, p := range byPolicy(segs) {
				policies = append(policies, p[0].Policy)
			}
		}
		cv, err := newCrossval(corpus, annotations, manifest, policies)
		if err != nil {
			return err
		}
		fmt.Printf("== Cross-validated: every policy scored by the rules and a sentence model that never read it (%d folds by company; %s)\n\n", folds, time.Since(t0).Round(time.Second))
		for _, c := range []struct {
			name     string
			segs     []segment
			cats     []string
			types    []string
			unscored []string
			untyped  []string
		}{{"OPP-115 train+dev", append(append([]segment{}, train...), dev...), categories, groups, nil, untyped}, {"MAPP train (app policies)", app, appCategories, appGroups, appUnscored, collectShareOnly}} {
			scored := englishSegments(c.segs) // one analysis a segment, for both readings
			for _, how := range []reading{alone, inPolicy} {
				compare(c.name, c.segs, scored, c.cats, c.types, c.unscored, c.untyped, how, cv, errs)
			}
		}
		fmt.Printf("== The project's TOSBack annotations, sentence by sentence\n\n")
		if err := evalSentences(cv, corpus, errs); err != nil {
			return err
		}
	}
	fmt.Printf("== OPP-115 dev with the shipped analyzer (dev was tuned on: compare with the cross-validated figures above)\n\n")
	for _, how := range []reading{alone, inPolicy} {
		cat, dt := newScore(categories), newScore(groups)
		for _, p := range byPolicy(dev) {
			for i, r := range reports(p, how) {
				cat.add(p[i].Categories, r.Categories)
				dt.add(p[i].DataTypes, dataGroups(r))
			}
		}
		fmt.Printf("%-28s categories micro %.3f macro %.3f | data types micro %.3f macro %.3f\n", how, cat.micro(), cat.macro(), dt.micro(), dt.macro())
	}
	fmt.Printf("\n== ToS;DR points: the report of each quote states its case's fact\n\n")
	if err := evalToSDR(corpus, func(s string) *analyzer.Report { return analyzer.Analyze(s) }, func(s string) *analyzer.Report { return analyzer.Analyze(s, analyzer.WithModel(nil)) }, errs); err != nil {
		return err
	}
	fmt.Printf("\n== Sale verdicts of TOSBack policies whose service ToS;DR marked \"does not sell\"\n\n")
	if err := evalSale(corpus, func(s string) *analyzer.Report { return analyzer.Analyze(s) }); err != nil {
		return err
	}
	fmt.Printf("\n(%s)\n", time.Since(t0).Round(time.Second))
	return nil
}

// compare scores segs read one way with the rules alone and with the rules
// and each policy's cross-validation model, and prints both, on the
// categories cats and the data type groups types. The data types
// whose ids are in unscored are scored as none of the corpus's types, and
// so is the data named only in findings of the categories untyped, under
// which the corpus records no data type. Only the segments whose keys
// english holds are scored (englishSegments).
func compare(name string, segs []segment, english map[string]bool, cats, types, unscored, untyped []string, how reading, cv *crossval, errs string) {
	var sc [2][2]*score // [rules, rules+model][categories, data types]
	for i := range sc {
		sc[i] = [2]*score{newScore(cats), newScore(types)}
	}
	// every[k] scores the data types on all fourteen ids, as the eval did
	// for MAPP before 6 December 2026, so that figures stay comparable.
	var every [2]*score
	if len(types) != len(groups) {
		every = [2]*score{newScore(groups), newScore(groups)}
	}
	var gates [2]gate // [categories, data types]: what the model drops and adds
	for _, p := range byPolicy(segs) {
		rules := make([][2][]string, len(p)) // each segment's categories and data types, rules alone
		for k, opt := range []analyzer.Option{analyzer.WithModel(nil), analyzer.WithModel(cv.modelFor(p[0].Policy))} {
			for i, r := range reports(p, how, opt) {
				if !english[segKey(p[i])] {
					continue
				}
				r = withoutCategories(withoutTypes(r, unscored), untyped)
				fpC, fnC := sc[k][0].add(p[i].Categories, r.Categories)
				fpD, fnD := sc[k][1].add(p[i].DataTypes, dataGroups(r))
				if k == 0 {
					rules[i] = [2][]string{r.Categories, dataGroups(r)}
				} else {
					gates[0].add(cats, p[i].Categories, rules[i][0], r.Categories)
					gates[1].add(types, p[i].DataTypes, rules[i][1], dataGroups(r))
				}
				if every[k] != nil {
					every[k].add(p[i].DataTypes, dataGroups(r))
				}
				if how == inPolicy {
					id := fmt.Sprintf("%s/%d", p[i].Policy, p[i].Segment)
					dumpUnit(fmt.Sprintf("%s%d cat", name, k), id, p[i].Categories, r.Categories)
					dumpUnit(fmt.Sprintf("%s%d dt", name, k), id, p[i].DataTypes, dataGroups(r))
				}
				if k == 1 && how == inPolicy && errs != "" {
					id := fmt.Sprintf("%s/%d", p[i].Policy, p[i].Segment)
					explainMiss(os.Stdout, id, p[i].Text, errs, fpC, fnC, r)
					explainMiss(os.Stdout, id, p[i].Text, errs, fpD, fnD, r)
				}
			}
		}
	}
	fmt.Printf("%s, %s (%d segments, %d of them not read in outline)\n", name, how, len(segs), len(english))
	for k, what := range []string{"rules alone", "rules + model"} {
		fmt.Printf("  %-14s categories micro %.3f macro %.3f | data types micro %.3f macro %.3f\n", what, sc[k][0].micro(), sc[k][0].macro(), sc[k][1].micro(), sc[k][1].macro())
	}
	if every[0] != nil {
		fmt.Printf("  data types on all %d ids (the scoring before 6 Dec 2026): rules alone micro %.3f macro %.3f | rules + model micro %.3f macro %.3f\n",
			len(groups), every[0].micro(), every[0].macro(), every[1].micro(), every[1].macro())
	}
	if how == inPolicy {
		fmt.Printf("  categories: %v\n  data types: %v\n", gates[0], gates[1])
		side(sc[0][0], sc[1][0])
		side(sc[0][1], sc[1][1])
	}
	fmt.Println()
}

// side prints two scores of the same labels side by side: F1 (precision,
// recall) of each label, as a compact table.
func side(a, b *score) {
	for _, l := range a.labels {
		pa, ra, fa := training.PRF(a.tp[l], a.fp[l], a.fn[l])
		pb, rb, fb := training.PRF(b.tp[l], b.fp[l], b.fn[l])
		fmt.Printf("    %-22s %5d  %.3f (%.2f %.2f) -> %.3f (%.2f %.2f)\n", l, a.tp[l]+a.fn[l], fa, pa, ra, fb, pb, rb)
	}
}

// dump, when set (-dump), receives each scored unit's expected and found
// labels, one unit a line.
var dump io.Writer

// dumpUnit writes one unit's expected and found labels to dump.
func dumpUnit(what, id string, want, got []string) {
	if dump == nil {
		return
	}
	w := append([]string{}, want...)
	g := append([]string{}, got...)
	sort.Strings(w)
	sort.Strings(g)
	fmt.Fprintf(dump, "%s %s want=%s got=%s\n", what, id, strings.Join(w, ","), strings.Join(g, ","))
}
