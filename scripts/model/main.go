// Command model trains the sentence model that ships in the analyzer
// (`make model`): on the project's own sentence annotations of TOSBack
// policies (annotations/), read as the analyzer reads them. It
// cross-validates by policy family to pick the thresholds the analyzer weighs
// rules and model with, trains on every annotation, and writes the integer
// model and its manifest (what went in, the settings, the cross-validated
// figures) beside the rules. Where cross-validation cannot tell a head's
// previous thresholds (those of the manifest it overwrites) from the best,
// it keeps them (see training.Tune; -fresh tunes afresh). Given the same
// annotations, corpus, code and manifest it writes the same bytes, and run
// again on its own output it writes them again.
//
//	go run ./scripts/model [-corpus ../shared/corpus] [-annotations annotations] [-out analyzer/weights/en] [-fresh] [-explain head,...] [-nested]
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/policylens/policylens/scripts/internal/training"
)

// manifest is model.json: what the shipped model was made from.
type manifest struct {
	About       string            `json:"about"`
	License     string            `json:"license"`
	Annotations []fileSum         `json:"annotations"`
	Sentences   int               `json:"sentences"`
	Policies    int               `json:"policies"`
	Families    int               `json:"families"`
	Options     any               `json:"options"`
	Folds       int               `json:"folds"`
	Heads       []headManifest    `json:"heads"`
	Features    int               `json:"features"`
	Bytes       int               `json:"bytes"`
	SHA256      string            `json:"sha256"`
	Seconds     map[string]string `json:"-"`
}

type fileSum struct {
	File   string `json:"file"`
	SHA256 string `json:"sha256"`
}

type headManifest struct {
	Head       string  `json:"head"`
	Support    int     `json:"support"`
	Yes        float64 `json:"yes"`
	Floor      float64 `json:"floor,omitempty"`
	CrossValF1 float64 `json:"crossValidatedF1"`
}

const folds = 5

func main() {
	corpus := flag.String("corpus", "../shared/corpus", "corpus folder (TOSBack texts)")
	dir := flag.String("annotations", "annotations", "annotation folder")
	out := flag.String("out", "analyzer/weights/en", "the model's path without extension: .bin (the model) and .json (its manifest)")
	flag.Float64Var(&training.Options.L1, "l1", training.Options.L1, "L1 regularisation (more: fewer features)")
	flag.Float64Var(&training.Options.Alpha, "alpha", training.Options.Alpha, "learning rate")
	flag.Float64Var(&training.DropPrecision, "drop-precision", training.DropPrecision, "least precision of the model's drops")
	flag.IntVar(&training.Options.Epochs, "epochs", training.Options.Epochs, "passes over the data")
	fresh := flag.Bool("fresh", false, "tune every head afresh, ignoring the thresholds of the manifest at -out")
	explain := flag.String("explain", "", "comma-separated heads whose tried thresholds to print (to standard error)")
	nested := flag.Bool("nested", false, "print how each head's picked thresholds do on the folds they were not picked on (to standard error)")
	flag.Parse()
	if err := run(*corpus, *dir, *out, *fresh, *explain, *nested); err != nil {
		fmt.Fprintln(os.Stderr, "model:", err)
		os.Exit(1)
	}
}

func run(corpus, dir, out string, fresh bool, explain string, nested bool) error {
	if _, err := os.Stat(filepath.Join(corpus, "tosback")); err != nil {
		return fmt.Errorf("the TOSBack texts are not in %s (set CORPUS=...): %v", corpus, err)
	}
	t0 := time.Now()
	d, err := training.Load(dir, corpus, training.Shipped())
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "model: %d sentences read (%s); cross-validating (%d folds by policy family)\n", len(d.Sentences), time.Since(t0).Round(time.Second), folds)
	var prev map[string]training.Pair
	if !fresh {
		// (No manifest yet: every head is tuned afresh.)
		if prev, err = training.ManifestPairs(out + ".json"); err != nil && !os.IsNotExist(err) {
			return err
		}
	}
	p := d.CrossValidate(folds)
	th := d.Tune(p, prev)
	if prev != nil {
		fr := d.Tune(p, nil)
		for h, name := range d.Heads {
			if th.Yes[h] != fr.Yes[h] || th.Floor[h] != fr.Floor[h] {
				fmt.Fprintf(os.Stderr, "model: %s keeps yes %.2f floor %.2f (F1 %.4f); tuned afresh: yes %.2f floor %.2f (F1 %.4f)\n", name, th.Yes[h], th.Floor[h], th.F1[h], fr.Yes[h], fr.Floor[h], fr.F1[h])
			}
		}
	}
	for _, name := range strings.Split(explain, ",") {
		if h := slices.Index(d.Heads, name); h >= 0 {
			fmt.Fprintf(os.Stderr, "%s (previous %v, chosen yes %.2f floor %.2f)\n", name, prev[name], th.Yes[h], th.Floor[h])
			for _, c := range d.Candidates(h, p) {
				fmt.Fprintf(os.Stderr, "  yes %.2f floor %.2f F1 %.4f tp %d fp %d fn %d added %d/%d dropped right %d wrong %d ok %v\n",
					c.Yes, c.Floor, c.F1, c.TP, c.FP, c.FN, c.AddTP, c.AddTP+c.AddFP, c.DropRight, c.DropWrong, c.OK)
			}
		}
	}
	if nested {
		fmt.Fprintf(os.Stderr, "model: each head's thresholds picked on %d folds' cross-validation, scored on the fold left out (summed over the folds)\n", folds-1)
		ns := d.Nested(p, folds, prev)
		for h, name := range d.Heads {
			c, in := ns[h], d.Candidates(h, p)
			for _, a := range in {
				if a.Pair == (training.Pair{Yes: th.Yes[h], Floor: th.Floor[h]}) {
					fmt.Fprintf(os.Stderr, "  %-28s picked on all: F1 %.4f added %d/%d dropped right %d wrong %d | nested: F1 %.4f added %d/%d dropped right %d wrong %d ok %v\n",
						name, a.F1, a.AddTP, a.AddTP+a.AddFP, a.DropRight, a.DropWrong, c.F1, c.AddTP, c.AddTP+c.AddFP, c.DropRight, c.DropWrong, c.OK)
				}
			}
		}
	}
	fmt.Fprintf(os.Stderr, "model: training on all (%s)\n", time.Since(t0).Round(time.Second))
	m := d.Model(nil, th)
	b, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	sum := sha256.Sum256(b)
	mf := manifest{
		About:   "The sentence model of the PolicyLens analyzer (analyzer/model), made by `make model` (scripts/model). Trained only on the project's own annotations of TOSBack policies; no OPP-115, MAPP or ToS;DR data went in.",
		License: "Apache-2.0, as the project. The annotated texts are TOSBack's (Open Data Commons Attribution License 1.0, (c) ToS;DR / TOSBack contributors); the annotations store offsets only.",
		Options: training.Options, Folds: folds, Features: m.Features(), Bytes: len(b), SHA256: hex.EncodeToString(sum[:]),
		Sentences: len(d.Sentences),
	}
	files, fams := map[string]bool{}, map[int]bool{}
	support := make([]int, len(d.Heads))
	for _, s := range d.Sentences {
		files[s.File], fams[s.Group] = true, true
		for _, h := range s.Yes {
			support[h]++
		}
	}
	mf.Policies, mf.Families = len(files), len(fams)
	for _, f := range d.Files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		s := sha256.Sum256(b)
		mf.Annotations = append(mf.Annotations, fileSum{filepath.ToSlash(f), hex.EncodeToString(s[:])})
	}
	for h, name := range d.Heads {
		mf.Heads = append(mf.Heads, headManifest{Head: name, Support: support[h], Yes: th.Yes[h], Floor: th.Floor[h], CrossValF1: round3(th.F1[h])})
	}
	if err := os.WriteFile(out+".bin", b, 0o644); err != nil {
		return err
	}
	if err := training.Encode(out+".json", mf); err != nil {
		return err
	}
	fmt.Printf("model: %d sentences of %d policies (%d families); %d features, %d bytes; %s\n", mf.Sentences, mf.Policies, mf.Families, mf.Features, mf.Bytes, time.Since(t0).Round(time.Second))
	fmt.Printf("%-34s %7s %5s %5s %6s\n", "head", "support", "yes", "floor", "cv F1")
	for _, h := range mf.Heads {
		fmt.Printf("%-34s %7d %5.2f %5.2f %6.3f\n", h.Head, h.Support, h.Yes, h.Floor, h.CrossValF1)
	}
	return nil
}

func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }
