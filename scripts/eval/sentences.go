package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/analyzer/model"
	"github.com/policylens/policylens/scripts/internal/training"
)

// evalSentences scores the analyzer sentence by sentence against the
// project's own annotations of TOSBack policies, which no rule was tuned on:
// the rules alone, and the rules with a model trained on the other policy
// families (k folds), each policy read whole as a reader pastes it. A
// sentence's categories and rights are those of the findings in it; its data
// types are the groups of its collect and share findings, scored on every
// sentence as OPP-115's are on every segment (see part).
func evalSentences(cv *crossval, corpus string, errs string) error {
	d := cv.data
	type unit struct {
		file string
		span analyzer.Span
		yes  []string
		dt   []string
	}
	dts, err := annotatedDataTypes(d.Files)
	if err != nil {
		return err
	}
	byFile := map[string][]unit{}
	for _, s := range d.Sentences {
		var yes []string
		for _, h := range s.Yes {
			yes = append(yes, d.Heads[h])
		}
		byFile[s.File] = append(byFile[s.File], unit{s.File, s.Span, yes, dts[fmt.Sprintf("%s:%d:%d", s.File, s.Span.Start, s.Span.End)]})
	}
	files := make([]string, 0, len(byFile))
	group := map[string]int{}
	for _, s := range d.Sentences {
		group[s.File] = s.Group
	}
	for f := range byFile {
		files = append(files, f)
	}
	sort.Strings(files)
	var foldModels [folds]*model.Model
	for f := 0; f < folds; f++ {
		foldModels[f] = d.Model(func(s *training.Sentence) bool { return training.Fold(s.Group, folds) != f }, cv.th)
	}
	var rightIDs []string
	for _, r := range model.Rights {
		rightIDs = append(rightIDs, r)
	}
	scores := map[string][2]*score{}
	for _, kind := range []string{"categories", "rights", "data types"} {
		labels := categories
		if kind == "rights" {
			labels = rightIDs
		} else if kind == "data types" {
			labels = groups
		}
		scores[kind] = [2]*score{newScore(labels), newScore(labels)}
	}
	gates := map[string]*gate{"categories": {}, "rights": {}, "data types": {}} // what the model drops and adds
	for _, file := range files {
		b, err := os.ReadFile(filepath.Join(corpus, "tosback", file))
		if err != nil {
			return err
		}
		text := string(b)
		rules := map[analyzer.Span][3][]string{} // each sentence's categories, rights and data types, rules alone
		for k, opt := range []analyzer.Option{analyzer.WithModel(nil), analyzer.WithModel(foldModels[training.Fold(group[file], folds)])} {
			r := analyzer.Analyze(text, opt)
			cats, rights := map[analyzer.Span][]string{}, map[analyzer.Span][]string{}
			for _, f := range r.Findings {
				cats[f.Sentence] = append(cats[f.Sentence], f.Category)
				// A right denied ("you cannot opt out of service
				// messages") is none the report lists, nor one the
				// annotations give (annotations/README.md, rights).
				if f.Kind == "right" && !f.Negated {
					rights[f.Sentence] = append(rights[f.Sentence], f.ID)
				}
			}
			for _, u := range byFile[file] {
				var wantC, wantR []string
				for _, y := range u.yes {
					if c, ok := strings.CutPrefix(y, model.Category); ok {
						wantC = append(wantC, c)
					} else if r, ok := strings.CutPrefix(y, model.Right); ok {
						wantR = append(wantR, r)
					}
				}
				id := fmt.Sprintf("%s[%d:%d]", file, u.span.Start, u.span.End)
				fp, fn := scores["categories"][k].add(wantC, cats[u.span])
				fpR, fnR := scores["rights"][k].add(wantR, rights[u.span])
				p := withoutCategories(part(r, u.span.Start, u.span.End), collectShareOnly)
				gotD := dataGroups(p)
				fpD, fnD := scores["data types"][k].add(u.dt, gotD)
				if k == 0 {
					rules[u.span] = [3][]string{cats[u.span], rights[u.span], gotD}
				} else {
					r0 := rules[u.span]
					gates["categories"].add(categories, wantC, r0[0], cats[u.span])
					gates["rights"].add(rightIDs, wantR, r0[1], rights[u.span])
					gates["data types"].add(groups, u.dt, r0[2], gotD)
				}
				if k == 1 && errs != "" {
					explainMiss(os.Stdout, id, text[u.span.Start:u.span.End], errs, append(fp, fpR...), append(fn, fnR...), r)
					explainMiss(os.Stdout, id, text[u.span.Start:u.span.End], errs, fpD, fnD, p)
				}
				dumpUnit(fmt.Sprintf("tosback%d cat", k), id, wantC, dedup(cats[u.span]))
				dumpUnit(fmt.Sprintf("tosback%d right", k), id, wantR, dedup(rights[u.span]))
				dumpUnit(fmt.Sprintf("tosback%d dt", k), id, u.dt, dedup(gotD))
			}
		}
	}
	fmt.Printf("%d sentences of %d policies; %d-fold cross-validation by policy family\n\n", len(d.Sentences), len(files), folds)
	for _, kind := range []string{"categories", "rights", "data types"} {
		s := scores[kind]
		fmt.Printf("%-10s rules alone micro %.3f macro %.3f | rules + model micro %.3f macro %.3f\n", kind, s[0].micro(), s[0].macro(), s[1].micro(), s[1].macro())
	}
	for _, kind := range []string{"categories", "rights", "data types"} {
		fmt.Printf("%-10s %v\n", kind, *gates[kind])
	}
	fmt.Println()
	scores["categories"][1].print(os.Stdout, "Categories, rules + model")
	scores["rights"][1].print(os.Stdout, "Rights, rules + model")
	fmt.Println("Data types, rules alone -> rules + model: F1 (precision recall)")
	side(scores["data types"][0], scores["data types"][1])
	fmt.Println()
	return nil
}

// annotatedDataTypes reads the data types of the annotated sentences of the
// given annotation files, by file:start:end.
func annotatedDataTypes(files []string) (map[string][]string, error) {
	out := map[string][]string{}
	for _, f := range files {
		ls, err := training.ReadLabels(f)
		if err != nil {
			return nil, err
		}
		for _, l := range ls {
			if _, ok := out[l.Key()]; !ok {
				out[l.Key()] = l.DataTypes
			}
		}
	}
	return out, nil
}

// dedup returns the labels of ls once each.
func dedup(ls []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, l := range ls {
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return out
}
