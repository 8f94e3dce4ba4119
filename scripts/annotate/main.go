// Command annotate prepares and checks the project's own sentence
// annotations (see annotations/README.md).
//
//	go run ./scripts/annotate batches -out DIR [-per 8] [-extra 4] [-words w1,w2] [-size 250] [-seed 1] [-skip GLOBS]
//	go run ./scripts/annotate batches -by uncertainty -out DIR [-n 600] [-heads h1,h2] [-random 0.33] [-maxper 2] [-seed 1] [-skip GLOBS]
//	go run ./scripts/annotate calibrate -out DIR [-n 200] [-seed 1]
//	go run ./scripts/annotate check [FILE...]
//	go run ./scripts/annotate agree -labels FILE
//	go run ./scripts/annotate fields [-files GLOB] [-show purpose:ID]
//
// batches writes work files for annotators: TOSBack sentences (the
// analyzer's own units) with their heading and list intro, in batches of
// -size, to DIR, which must be outside the repository (the text may not be
// committed). With -by uncertainty it draws the sentences the shipped model
// is least sure of instead (drawUncertain). calibrate writes OPP-115 train segments for blind labelling
// and agree scores such labels against the gold. check validates label files.
// fields scores the report's purposes and sources against the labels.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/analyzer/model"
	"github.com/policylens/policylens/scripts/internal/segments"
	"github.com/policylens/policylens/scripts/internal/training"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch os.Args[1] {
	case "batches":
		err = batches(os.Args[2:])
	case "calibrate":
		err = calibrate(os.Args[2:])
	case "check":
		err = check(os.Args[2:])
	case "agree":
		err = agree(os.Args[2:])
	case "fields":
		err = fields(os.Args[2:])
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "annotate:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: annotate batches|calibrate|check|agree|fields [flags]")
	os.Exit(2)
}

// work is one item for an annotator: a unit and the context shown with it.
type work struct {
	ID      string `json:"id"`
	File    string `json:"file"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Block   string `json:"block"`
	Heading string `json:"heading,omitempty"`
	Intro   string `json:"intro,omitempty"`
	Text    string `json:"text"`
}

// rare are words of the categories a uniform sample sees too seldom.
var rare = []string{"retain", "retention", "keep", "delete", "track", "children", "child", "under 13", "change", "amend",
	"update this", "secur", "encrypt", "sell", "sale", "opt out", "opt-out", "unsubscribe", "access", "correct", "erase",
	"portab", "object", "restrict", "withdraw", "complain", "california", "european", "transfer", "breach", "broker"}

func batches(args []string) error {
	fs := flag.NewFlagSet("batches", flag.ExitOnError)
	corpus := fs.String("corpus", "../shared/corpus", "corpus folder")
	out := fs.String("out", "", "output folder (outside the repository)")
	per := fs.Int("per", 8, "sentences per policy, uniformly")
	extra := fs.Int("extra", 4, "further sentences per policy with words of rare categories")
	size := fs.Int("size", 250, "sentences per batch")
	seed := fs.Uint64("seed", 1, "random seed")
	skip := fs.String("skip", "", "label or work files whose units are left out (comma-separated globs)")
	words := fs.String("words", "", "words that pick the -extra sentences (comma-separated; default: those of the rare categories)")
	by := fs.String("by", "words", "how sentences are drawn: words (-per uniformly and -extra by -words, from each policy) or uncertainty (drawUncertain)")
	n := fs.Int("n", 600, "with -by uncertainty: sentences in all")
	heads := fs.String("heads", "first-party-collection,third-party-sharing", "with -by uncertainty: the model heads whose threshold the draw seeks (categories, or head names such as right:access)")
	share := fs.Float64("random", 1.0/3, "with -by uncertainty: the share of the sentences drawn uniformly")
	maxPer := fs.Int("maxper", 2, "with -by uncertainty: at most this many sentences from one policy")
	weights := fs.String("model", "analyzer/weights/en.bin", "with -by uncertainty: the sentence model that scores the sentences")
	fs.Parse(args)
	var sm *uncertainty
	switch *by {
	case "words":
	case "uncertainty":
		var err error
		if sm, err = loadUncertainty(*weights, *heads); err != nil {
			return err
		}
	default:
		return fmt.Errorf("-by %q: want words or uncertainty", *by)
	}
	picks := rare
	if *words != "" {
		picks = strings.Split(*words, ",")
	}
	if *out == "" {
		return fmt.Errorf("-out is required")
	}
	done := map[string]bool{}
	if *skip != "" {
		for _, g := range strings.Split(*skip, ",") {
			names, _ := filepath.Glob(g)
			for _, n := range names {
				b, err := os.ReadFile(n)
				if err != nil {
					return err
				}
				for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
					var l label // only its file and span are read
					if err := json.Unmarshal([]byte(line), &l); err != nil {
						return fmt.Errorf("%s: %v", n, err)
					}
					done[l.Key()] = true
				}
			}
		}
	}
	names, err := filepath.Glob(filepath.Join(*corpus, "tosback", "*.md"))
	if err != nil || len(names) == 0 {
		return fmt.Errorf("no TOSBack files in %s", *corpus)
	}
	sort.Strings(names)
	var all []work
	var cands []candidate
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		text := string(b)
		file := filepath.Base(name)
		var pool, rarePool []work
		for _, u := range analyzer.Units(text) {
			s := text[u.Start:u.End]
			if u.Contents || len(strings.Fields(s)) < 3 || len(s) > 1500 {
				continue
			}
			w := work{File: file, Start: u.Start, End: u.End, Block: u.Block, Text: s}
			if done[w.key()] {
				continue
			}
			if u.Heading != (analyzer.Span{}) {
				w.Heading = text[u.Heading.Start:u.Heading.End]
			}
			if u.Intro != (analyzer.Span{}) {
				w.Intro = text[u.Intro.Start:u.Intro.End]
			}
			pool = append(pool, w)
		}
		if sm != nil {
			cands = append(cands, sm.candidates(text, pool)...)
			continue
		}
		h := fnv.New64a()
		h.Write([]byte(file))
		r := rand.New(rand.NewPCG(*seed, h.Sum64()))
		r.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
		n := min(*per, len(pool))
		all = append(all, pool[:n]...)
		for _, w := range pool[n:] {
			low := strings.ToLower(w.Text)
			for _, k := range picks {
				if strings.Contains(low, k) {
					rarePool = append(rarePool, w)
					break
				}
			}
		}
		all = append(all, rarePool[:min(*extra, len(rarePool))]...)
	}
	if sm != nil {
		for _, c := range drawUncertain(cands, *n, *share, *maxPer, rand.New(rand.NewPCG(*seed, 11))) {
			all = append(all, c.work)
		}
	}
	r := rand.New(rand.NewPCG(*seed, 7))
	r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	for b := 0; b*(*size) < len(all); b++ {
		part := all[b*(*size) : min((b+1)*(*size), len(all))]
		path := filepath.Join(*out, fmt.Sprintf("batch-%02d.jsonl", b+1))
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		enc := json.NewEncoder(f)
		enc.SetEscapeHTML(false)
		for i := range part {
			part[i].ID = fmt.Sprintf("b%02d-%03d", b+1, i+1)
			enc.Encode(part[i])
		}
		f.Close()
	}
	fmt.Printf("%d sentences from %d policies in %d batches in %s\n", len(all), len(names), (len(all)+*size-1) / *size, *out)
	return nil
}

func (w work) key() string { return fmt.Sprintf("%s:%d:%d", w.File, w.Start, w.End) }

// label is one line of a label file (training.Label). Calibration labels
// name an OPP-115 segment as file "opp115/<policy>" with start = end = the
// segment number.
type label = training.Label

// Vocabularies of the label fields, the sentence model's (model.Labels).
var (
	statements  = set("practice", "heading", "advice", "definition", "navigation", "other")
	categories  = model.Categories[:]
	categorySet = set(append(categories, "other")...)
	groups      = model.DataTypes
	groupSet    = set(groups...)
	rightSet    = set(model.Rights...)
	recipSet    = set(model.Recipients...)
	purposeSet  = set(model.Purposes...)
	sourceSet   = set(model.Sources...)
	saleSet     = set(append(model.Sales, "")...)
)

func set(xs ...string) map[string]bool {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return m
}

var readLabels = training.ReadLabels

// check validates label files: known values, and for TOSBack labels a span
// that is one of the analyzer's units of that file.
func check(args []string) error {
	fs := flag.NewFlagSet("check", flag.ExitOnError)
	corpus := fs.String("corpus", "../shared/corpus", "corpus folder")
	fs.Parse(args)
	files := fs.Args()
	if len(files) == 0 {
		files, _ = filepath.Glob("annotations/*.jsonl")
	}
	units := map[string]map[analyzer.Span]bool{}
	total, bad := 0, 0
	seen := map[string]string{}
	for _, path := range files {
		ls, err := readLabels(path)
		if err != nil {
			return err
		}
		for i, l := range ls {
			var errs []string
			in := func(field string, vals []string, ok map[string]bool) {
				for _, v := range vals {
					if !ok[v] {
						errs = append(errs, fmt.Sprintf("%s %q", field, v))
					}
				}
			}
			in("statement", []string{l.Statement}, statements)
			in("category", l.Categories, categorySet)
			in("data type", l.DataTypes, groupSet)
			in("right", l.Rights, rightSet)
			in("recipient", l.Recipients, recipSet)
			in("purpose", l.Purposes, purposeSet)
			in("source", l.Sources, sourceSet)
			in("sale", []string{l.Sale}, saleSet)
			if len(l.Categories) == 0 {
				errs = append(errs, "no category (use other)")
			}
			if prev, ok := seen[l.Key()]; ok {
				errs = append(errs, "labelled twice (also in "+prev+")")
			}
			seen[l.Key()] = path
			if !strings.HasPrefix(l.File, "opp115/") {
				u, ok := units[l.File]
				if !ok {
					b, err := os.ReadFile(filepath.Join(*corpus, "tosback", l.File))
					if err != nil {
						return fmt.Errorf("%s: %v", path, err)
					}
					u = map[analyzer.Span]bool{}
					for _, x := range analyzer.Units(string(b)) {
						u[x.Span] = true
					}
					units[l.File] = u
				}
				if !u[analyzer.Span{Start: l.Start, End: l.End}] {
					errs = append(errs, "not a sentence of the analyzer")
				}
			}
			total++
			if len(errs) > 0 {
				bad++
				fmt.Printf("%s:%d %s: %s\n", path, i+1, l.Key(), strings.Join(errs, "; "))
			}
		}
	}
	fmt.Printf("%d labels in %d files, %d with problems\n", total, len(files), bad)
	if bad > 0 {
		return fmt.Errorf("%d labels with problems", bad)
	}
	return nil
}

// segment is one line of an OPP-115 JSONL file.
type segment = segments.Segment

// calibrate writes a sample of OPP-115 train segments, without their labels,
// for blind labelling.
func calibrate(args []string) error {
	fs := flag.NewFlagSet("calibrate", flag.ExitOnError)
	corpus := fs.String("corpus", "../shared/corpus", "corpus folder")
	out := fs.String("out", "", "output file (outside the repository)")
	n := fs.Int("n", 200, "segments")
	seed := fs.Uint64("seed", 1, "random seed")
	fs.Parse(args)
	if *out == "" {
		return fmt.Errorf("-out is required")
	}
	segs, err := segments.Load(filepath.Join(*corpus, "opp115", "train.jsonl"))
	if err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(*seed, 3))
	r.Shuffle(len(segs), func(i, j int) { segs[i], segs[j] = segs[j], segs[i] })
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	enc.SetEscapeHTML(false)
	for i, s := range segs[:min(*n, len(segs))] {
		enc.Encode(work{ID: fmt.Sprintf("c%03d", i+1), File: "opp115/" + s.Policy, Start: s.Segment, End: s.Segment, Block: "segment", Text: s.Text})
	}
	return nil
}

// agree scores calibration labels against the OPP-115 gold: per-label F1
// with our labels as predictions.
func agree(args []string) error {
	fs := flag.NewFlagSet("agree", flag.ExitOnError)
	corpus := fs.String("corpus", "../shared/corpus", "corpus folder")
	labels := fs.String("labels", "", "calibration label file")
	fs.Parse(args)
	ls, err := readLabels(*labels)
	if err != nil {
		return err
	}
	segs, err := segments.Load(filepath.Join(*corpus, "opp115", "train.jsonl"))
	if err != nil {
		return err
	}
	gold := map[string]segment{}
	for _, s := range segs {
		gold[fmt.Sprintf("opp115/%s:%d:%d", s.Policy, s.Segment, s.Segment)] = s
	}
	cat, dt := newScore(categories), newScore(groups)
	for _, l := range ls {
		g, ok := gold[l.Key()]
		if !ok {
			return fmt.Errorf("%s: no such OPP-115 train segment", l.Key())
		}
		cat.add(g.Categories, l.Categories, l.Key())
		dt.add(g.DataTypes, l.DataTypes, l.Key())
	}
	fmt.Printf("%d segments\n\n", len(ls))
	cat.print("Categories (gold = OPP-115, predicted = ours)")
	dt.print("Data types")
	return nil
}

type score struct {
	labels     []string
	tp, fp, fn map[string]int
	fps, fns   map[string][]string
}

func newScore(labels []string) *score {
	return &score{labels: labels, tp: map[string]int{}, fp: map[string]int{}, fn: map[string]int{}, fps: map[string][]string{}, fns: map[string][]string{}}
}

func (s *score) add(want, got []string, key string) {
	w, g := set(want...), set(got...)
	for _, l := range s.labels {
		switch {
		case w[l] && g[l]:
			s.tp[l]++
		case g[l]:
			s.fp[l]++
			s.fps[l] = append(s.fps[l], key)
		case w[l]:
			s.fn[l]++
			s.fns[l] = append(s.fns[l], key)
		}
	}
}

func (s *score) print(title string) {
	fmt.Printf("%s\n%-24s %9s %9s %9s %8s\n", title, "label", "precision", "recall", "F1", "support")
	var TP, FP, FN, n int
	var macro float64
	for _, l := range s.labels {
		p, r, f := training.PRF(s.tp[l], s.fp[l], s.fn[l])
		fmt.Printf("%-24s %9.3f %9.3f %9.3f %8d\n", l, p, r, f, s.tp[l]+s.fn[l])
		TP, FP, FN = TP+s.tp[l], FP+s.fp[l], FN+s.fn[l]
		if s.tp[l]+s.fn[l] > 0 {
			macro += f
			n++
		}
	}
	p, r, f := training.PRF(TP, FP, FN)
	fmt.Printf("%-24s %9.3f %9.3f %9.3f %8d\n", "micro", p, r, f, TP+FN)
	fmt.Printf("%-24s %9s %9s %9.3f\n", "macro", "", "", macro/float64(max(n, 1)))
	if os.Getenv("ANNOTATE_VERBOSE") != "" {
		for _, l := range s.labels {
			if len(s.fps[l]) > 0 {
				fmt.Printf("  ours only %s: %s\n", l, strings.Join(s.fps[l], " "))
			}
			if len(s.fns[l]) > 0 {
				fmt.Printf("  gold only %s: %s\n", l, strings.Join(s.fns[l], " "))
			}
		}
	}
	fmt.Println()
}
