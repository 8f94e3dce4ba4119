package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/policylens/policylens/analyzer"
)

// fields scores the report's purposes and sources against the sentence
// labels, sentence by sentence: a sentence gets a purpose (a source) when
// the report lists it with evidence in that sentence. Each label file
// weighs as much as its sentences; -files picks some by glob (the rounds:
// tosback-0[1-9]* and tosback-1* and tosback-2[01]* are round 1).
//
//	go run ./scripts/annotate fields [-corpus ../shared/corpus] [-files 'annotations/tosback-*.jsonl'] [-show purpose:advertising]
//
// -show prints the sentences of one label that the report and the labels
// disagree on: "+" the report only, "-" the labels only.
func fields(args []string) error {
	fs := flag.NewFlagSet("fields", flag.ExitOnError)
	corpus := fs.String("corpus", "../shared/corpus", "corpus folder")
	glob := fs.String("files", "annotations/tosback-*.jsonl", "label files")
	show := fs.String("show", "", "print the disagreements on one label: purpose:<id> or source:<id>")
	fs.Parse(args)
	paths, err := filepath.Glob(*glob)
	if err != nil || len(paths) == 0 {
		return fmt.Errorf("no label files match %q", *glob)
	}
	byFile := map[string][]label{}
	n := 0
	for _, p := range paths {
		ls, err := readLabels(p)
		if err != nil {
			return err
		}
		for _, l := range ls {
			byFile[l.File] = append(byFile[l.File], l)
			n++
		}
	}
	files := make([]string, 0, len(byFile))
	for f := range byFile {
		files = append(files, f)
	}
	sort.Strings(files)
	purposes := newScore([]string{"advertising", "marketing", "analytics", "personalization", "service", "security", "legal", "research", "other"})
	sources := newScore([]string{"social-networks", "data-brokers", "partners", "public", "other"})
	showKind, showID, _ := strings.Cut(*show, ":")
	for _, file := range files {
		b, err := os.ReadFile(filepath.Join(*corpus, "tosback", file))
		if err != nil {
			return err
		}
		text := string(b)
		r := analyzer.Analyze(text)
		gotP, gotS := bySentence(r)
		for _, l := range byFile[file] {
			span := analyzer.Span{Start: l.Start, End: l.End}
			purposes.add(l.Purposes, gotP[span], l.Key())
			sources.add(l.Sources, gotS[span], l.Key())
			if showKind != "" {
				want, got := l.Purposes, gotP[span]
				if showKind == "source" {
					want, got = l.Sources, gotS[span]
				}
				w, g := set(want...)[showID], set(got...)[showID]
				if w != g {
					mark := "-"
					if g {
						mark = "+"
					}
					fmt.Printf("%s %s: %s\n", mark, l.Key(), strings.Join(strings.Fields(text[l.Start:l.End]), " "))
				}
			}
		}
	}
	fmt.Printf("%d labelled sentences in %d policies (%d label files)\n\n", n, len(files), len(paths))
	purposes.print("purposes[] (gold = the labels, predicted = the report's evidence)")
	sources.print("sources[]")
	return nil
}

// bySentence returns, for each sentence span, the purposes and the sources
// that report r lists with evidence in it.
func bySentence(r *analyzer.Report) (purposes, sources map[analyzer.Span][]string) {
	purposes, sources = map[analyzer.Span][]string{}, map[analyzer.Span][]string{}
	for _, p := range r.Purposes {
		for _, i := range p.Evidence {
			s := r.Findings[i].Sentence
			purposes[s] = append(purposes[s], p.ID)
		}
	}
	for _, it := range r.Sources {
		for _, i := range it.Evidence {
			s := r.Findings[i].Sentence
			sources[s] = append(sources[s], it.ID)
		}
	}
	return purposes, sources
}
