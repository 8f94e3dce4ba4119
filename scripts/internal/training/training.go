// Package training turns the project's sentence annotations (annotations/)
// into examples for the sentence model, trains models on them and tunes the
// thresholds the analyzer weighs rules and model with. `make model` (the
// command scripts/model) and `make eval` (scripts/eval) share it, so the
// model that ships and the models cross-validation scores are made the same
// way. It never ships.
package training

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/analyzer/model"
)

// Label is one line of an annotation file: a sentence named by its file and
// byte span, and what it states (see annotations/README.md).
type Label struct {
	File       string   `json:"file"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Statement  string   `json:"statement"`
	Categories []string `json:"categories"`
	DataTypes  []string `json:"dataTypes,omitempty"`
	Rights     []string `json:"rights,omitempty"`
	Recipients []string `json:"recipients,omitempty"`
	Purposes   []string `json:"purposes,omitempty"`
	Sources    []string `json:"sources,omitempty"`
	Sale       string   `json:"sale,omitempty"`
}

// Key names the sentence of l: file:start:end.
func (l *Label) Key() string { return fmt.Sprintf("%s:%d:%d", l.File, l.Start, l.End) }

// Heads are the labels a model learns, in the order of model.Labels.
func (l *Label) Heads() []string {
	var out []string
	if l.Statement == "practice" {
		out = append(out, model.Statement+"practice")
	}
	for _, g := range []struct {
		prefix string
		ids    []string
	}{{model.Category, l.Categories}, {model.DataType, l.DataTypes}, {model.Right, l.Rights}, {model.Recipient, l.Recipients},
		{model.Purpose, l.Purposes}, {model.Source, l.Sources}} {
		for _, id := range g.ids {
			out = append(out, g.prefix+id)
		}
	}
	if l.Sale != "" {
		out = append(out, model.Sale+l.Sale)
	}
	return out
}

// ReadLabels reads one annotation file.
func ReadLabels(path string) ([]Label, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []Label
	for n, line := range bytes.Split(b, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var l Label
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&l); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n+1, err)
		}
		out = append(out, l)
	}
	return out, nil
}

// Sentence is one annotated sentence, read as the analyzer reads it.
type Sentence struct {
	File   string // TOSBack file name
	Group  int    // policy family (see Families): folds never split one
	Span   analyzer.Span
	Input  model.Input
	Hashes []uint32 // its features
	Yes    []int    // the heads (indices into model.Labels) it is labelled with
	Rules  []string // what the rules found in it alone: "cat:<category>", "right:<id>", ...
}

// Data is the annotated sentences, ready to train on.
type Data struct {
	Heads     []string // the heads to learn, a selection of model.Labels()
	Sentences []Sentence
	Files     []string // the annotation files read, for the manifest
}

// Shipped are the heads of the model that ships: those the analyzer weighs
// its findings with (the practice categories, the reader's rights, the
// kinds of recipient and the purposes).
func Shipped() []string {
	var out []string
	for _, h := range model.Labels() {
		if weighed(h) {
			out = append(out, h)
		}
	}
	return out
}

// weighed reports whether the analyzer weighs the rules' findings with head
// h: it may drop what the rules found there, and add what they missed.
func weighed(h string) bool {
	for _, p := range []string{model.Category, model.Right, model.Recipient, model.Purpose} {
		if strings.HasPrefix(h, p) {
			return true
		}
	}
	return false
}

// Load reads the annotation files of dir (annotations/tosback-*.jsonl) and
// reads each labelled TOSBack policy of corpus with the analyzer, for a model
// of the given heads.
func Load(dir, corpus string, heads []string) (*Data, error) {
	names, err := filepath.Glob(filepath.Join(dir, "tosback-*.jsonl"))
	if err != nil || len(names) == 0 {
		return nil, fmt.Errorf("no annotation files in %s", dir)
	}
	sort.Strings(names)
	d := &Data{Heads: heads, Files: names}
	head := map[string]int{}
	for i, h := range d.Heads {
		head[h] = i
	}
	byFile := map[string][]Label{}
	var files []string
	for _, n := range names {
		ls, err := ReadLabels(n)
		if err != nil {
			return nil, err
		}
		for _, l := range ls {
			if byFile[l.File] == nil {
				files = append(files, l.File)
			}
			byFile[l.File] = append(byFile[l.File], l)
		}
	}
	sort.Strings(files)
	groups, err := Families(corpus, files)
	if err != nil {
		return nil, err
	}
	for _, file := range files {
		b, err := os.ReadFile(filepath.Join(corpus, "tosback", file))
		if err != nil {
			return nil, err
		}
		text := string(b)
		inputs := map[analyzer.Span]model.Input{}
		for _, in := range analyzer.ModelInputs(text) {
			inputs[in.Span] = in.Input
		}
		found := rulesBySentence(analyzer.Analyze(text, analyzer.WithModel(nil)))
		seen := map[analyzer.Span]bool{}
		for _, l := range byFile[file] {
			sp := analyzer.Span{Start: l.Start, End: l.End}
			in, ok := inputs[sp]
			if !ok {
				return nil, fmt.Errorf("%s [%d:%d]: not a sentence of the analyzer (annotations out of step with analyzer.Units?)", file, l.Start, l.End)
			}
			if seen[sp] {
				continue
			}
			seen[sp] = true
			s := Sentence{File: file, Group: groups[file], Span: sp, Input: in, Rules: found[sp]}
			s.Hashes = model.Hashes(&in, nil)
			for _, h := range l.Heads() {
				if i, ok := head[h]; ok {
					s.Yes = append(s.Yes, i)
				}
			}
			d.Sentences = append(d.Sentences, s)
		}
	}
	return d, nil
}

// rulesBySentence lists, for each sentence of r, the heads the findings of
// the rules speak to: their categories, rights, recipients and (as the
// report groups them) purposes.
func rulesBySentence(r *analyzer.Report) map[analyzer.Span][]string {
	out := map[analyzer.Span][]string{}
	for _, p := range r.Purposes {
		for _, i := range p.Evidence {
			s := r.Findings[i].Sentence
			out[s] = append(out[s], model.Purpose+p.ID)
		}
	}
	for _, f := range r.Findings {
		out[f.Sentence] = append(out[f.Sentence], model.Category+f.Category)
		switch {
		case f.Kind == "right":
			out[f.Sentence] = append(out[f.Sentence], model.Right+f.ID)
		case f.Kind == "share" && slices.Contains(model.Recipients, f.ID):
			out[f.Sentence] = append(out[f.Sentence], model.Recipient+f.ID)
		}
	}
	return out
}

// Families numbers the policy families of TOSBack files: files whose names
// differ only in punctuation ("123-greetings", "123greetings"), and files
// that share most of their sentences, are one family, so that
// cross-validation never trains on one and scores the other.
func Families(corpus string, files []string) (map[string]int, error) {
	parent := make([]int, len(files))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		if parent[i] != i {
			parent[i] = find(parent[i])
		}
		return parent[i]
	}
	union := func(a, b int) { parent[find(a)] = find(b) }
	byName := map[string]int{}
	sents := make([]map[uint64]bool, len(files))
	holders := map[uint64][]int{}
	for i, f := range files {
		key := NameKey(f)
		if j, ok := byName[key]; ok {
			union(i, j)
		}
		byName[key] = i
		b, err := os.ReadFile(filepath.Join(corpus, "tosback", f))
		if err != nil {
			return nil, err
		}
		text := string(b)
		sents[i] = map[uint64]bool{}
		for _, u := range analyzer.Units(text) {
			s := text[u.Start:u.End]
			if len(s) < 60 {
				continue
			}
			h := fnv.New64a()
			h.Write([]byte(s))
			k := h.Sum64()
			if !sents[i][k] {
				sents[i][k] = true
				holders[k] = append(holders[k], i)
			}
		}
	}
	shared := map[[2]int]int{}
	for _, hs := range holders {
		if len(hs) > 8 { // boilerplate many policies share
			continue
		}
		for a := range hs {
			for b := a + 1; b < len(hs); b++ {
				shared[[2]int{hs[a], hs[b]}]++
			}
		}
	}
	for p, n := range shared {
		if small := min(len(sents[p[0]]), len(sents[p[1]])); small > 0 && 2*n >= small {
			union(p[0], p[1])
		}
	}
	// A family is numbered by its first file, whatever order the unions
	// came in (map order), so the folds are the same on every run.
	first := map[int]int{}
	for i := range files {
		if _, ok := first[find(i)]; !ok {
			first[find(i)] = i
		}
	}
	out := map[string]int{}
	for i, f := range files {
		out[f] = first[find(i)]
	}
	return out, nil
}

// NameKey is a policy's name reduced for matching: lower case letters and
// digits of its file or domain name, without the extension.
func NameKey(name string) string {
	name = strings.TrimSuffix(strings.ToLower(filepath.Base(name)), ".md")
	var b strings.Builder
	for _, r := range name {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Fold returns the fold (of k) of family g: the same for every file of it.
func Fold(g, k int) int {
	h := fnv.New32a()
	fmt.Fprint(h, g)
	return int(h.Sum32() % uint32(k))
}

// Options are the training settings of the shipped model.
var Options = model.TrainOptions{Alpha: 0.2, Beta: 1, L1: 12, L2: 1, Epochs: 12, Seed: 1}

// Train fits a model on the sentences for which keep is true (all when keep
// is nil).
func (d *Data) Train(keep func(*Sentence) bool) *model.Trained {
	var exs []model.Example
	for i := range d.Sentences {
		s := &d.Sentences[i]
		if keep == nil || keep(s) {
			exs = append(exs, model.Example{Features: s.Hashes, Yes: s.Yes})
		}
	}
	return model.Train(d.Heads, exs, Options)
}

// MinWeight is the smallest weight, in log-odds, the shipped model keeps:
// smaller ones change few decisions and cost a look-up's work each time
// their (often common) feature occurs.
var MinWeight = 0.1

// Model trains on the sentences for which keep is true (see Train) and
// returns the integer model the analyzer reads, deciding at thresholds th.
// A head that never decides at th (it never adds, and its floor rules
// nothing out) is left out of the model: the analyzer reads a head it does
// not find as one that never decides, and every head costs work in every
// sentence.
func (d *Data) Model(keep func(*Sentence) bool, th Thresholds) *model.Model {
	t := d.Train(keep)
	t.Prune(MinWeight)
	var heads []int
	for h := range t.Heads {
		if th.Yes[h] <= 1 || th.Floor[h] > 0 {
			heads = append(heads, h)
		}
	}
	t = t.Only(heads)
	yes, floor := make([]float64, len(heads)), make([]float64, len(heads))
	for i, h := range heads {
		yes[i], floor[i] = th.Yes[h], th.Floor[h]
	}
	return t.Quantize(yes, floor)
}

// CrossValidate returns, for each sentence, each head's probability from a
// model trained on the other folds (k folds by policy family).
func (d *Data) CrossValidate(k int) [][]float64 {
	out := make([][]float64, len(d.Sentences))
	for f := 0; f < k; f++ {
		t := d.Train(func(s *Sentence) bool { return Fold(s.Group, k) != f })
		for i := range d.Sentences {
			if s := &d.Sentences[i]; Fold(s.Group, k) == f {
				out[i] = t.Predict(s.Hashes)
			}
		}
	}
	return out
}

// AddPrecision is the least precision the findings the model adds on its
// own (where no rule found the category or right) must have in
// cross-validation: they are shown as evidence, so a head adds only from a
// probability where it is right this often.
const AddPrecision = 0.75

// ItemAddPrecision is AddPrecision for a recipient or a purpose: the model
// can only quote the whole sentence for it, which says less of who gets
// data or what for than the rules' words do, so it adds one only where it
// is surer.
const ItemAddPrecision = 0.85

// CategoryAddFrom is the least probability from which the model adds a
// category on its own. The annotations overstate how often such additions
// are right: the sample holds about twice the policies' share of sentences
// with a rare category's words, and a whole sentence quoted for a category
// is weaker evidence than the rules' words. On policies it never read, the
// additions at the thresholds the annotations chose (0.45 to 0.65) were
// right 122 times in 313 (OPP-115, cross-validated; first-party collection
// 76 in 168, user access 15 in 46, policy change 3 in 26) and first-party
// collection 71 times in 176 on MAPP: too rarely for evidence, whatever F1
// the sample gives them.
const CategoryAddFrom = 0.7

// DropPrecision is the least share of the rules' findings the model drops
// that must be wrong in cross-validation: a floor rules out a finding only
// where it is this sure.
var DropPrecision = 0.85

// FloorSlack is how much cross-validated F1 a lower floor may cost and
// still be chosen over a higher one (see Tune).
var FloorSlack = 0.002

// Thresholds are the probabilities the analyzer weighs with, per head.
type Thresholds struct {
	Yes, Floor []float64
	F1         []float64 // the cross-validated F1 of the head's decisions at these thresholds
}

// Pair is one head's thresholds: the model adds from Yes on and, for a
// weighed head, drops the rules' finding below Floor.
type Pair struct{ Yes, Floor float64 }

// ManifestPairs reads the thresholds of each head of the model manifest at
// path (analyzer/weights/en.json), by head name. An unreadable file gives
// os.ReadFile's error, so that a caller can tell a missing one.
func ManifestPairs(path string) (map[string]Pair, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m struct {
		Heads []struct {
			Head       string `json:"head"`
			Yes, Floor float64
		} `json:"heads"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	pairs := make(map[string]Pair, len(m.Heads))
	for _, h := range m.Heads {
		pairs[h.Head] = Pair{Yes: h.Yes, Floor: h.Floor}
	}
	return pairs, nil
}

// Candidate is a pair of thresholds tried for a head and what its decisions
// do in cross-validation: the counts of the decisions (true and false
// positives, false negatives), of what the model adds on its own (right,
// wrong) and of the rules' findings it drops (rightly, wrongly). OK is
// false where the additions or the drops are right too rarely (see
// AddPrecision and DropPrecision): such a pair is never chosen anew. Near
// is true where they fall short by no more than the counts' sampling error
// (one standard error of the share): a head's previous pair that is Near
// stays (see Tune).
type Candidate struct {
	Pair
	F1                                             float64
	TP, FP, FN, AddTP, AddFP, DropRight, DropWrong int
	OK, Near                                       bool
}

var (
	tuneFloors = []float64{0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5}
	tuneYeses  = []float64{0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1.01}
)

// check reports whether c's additions and drops, for head name, are right
// often enough. What the model adds on its own is shown as evidence: it
// must be right at least AddPrecision (a recipient or a purpose:
// ItemAddPrecision) of the time. What it drops of the rules' findings must
// be wrong at least DropPrecision of the time.
//
// near reports the same with each least share lowered by its standard
// error over the decisions counted, sqrt(least*(1-least)/n): a share that
// falls short by less cannot be told from one that meets it.
func (c *Candidate) check(name string) (ok, near bool) {
	least := AddPrecision
	if strings.HasPrefix(name, model.Recipient) || strings.HasPrefix(name, model.Purpose) {
		least = ItemAddPrecision
	}
	meets := func(right, n int, least, slack float64) bool {
		if n == 0 {
			return true
		}
		return float64(right) >= (least-slack*math.Sqrt(least*(1-least)/float64(n)))*float64(n)
	}
	adds, drops := c.AddTP+c.AddFP, c.DropRight+c.DropWrong
	ok = meets(c.AddTP, adds, least, 0) && meets(c.DropRight, drops, DropPrecision, 0)
	near = meets(c.AddTP, adds, least, 1) && meets(c.DropRight, drops, DropPrecision, 1)
	return ok, near
}

// Candidates returns the pairs of thresholds tried for head h, given
// cross-validated probabilities p, in the order tried (floor, then yes).
func (d *Data) Candidates(h int, p [][]float64) []Candidate {
	name := d.Heads[h]
	weighs := weighed(name)
	fls := tuneFloors
	if !weighs {
		fls = tuneFloors[:1]
	}
	var out []Candidate
	for _, fl := range fls {
		for _, y := range tuneYeses {
			if strings.HasPrefix(name, model.Category) && y < CategoryAddFrom {
				continue
			}
			c := Candidate{Pair: Pair{Yes: y, Floor: fl}}
			for i := range d.Sentences {
				s := &d.Sentences[i]
				gold := slices.Contains(s.Yes, h)
				rule := weighs && slices.Contains(s.Rules, name)
				got := rule && p[i][h] >= fl || p[i][h] >= y
				switch {
				case got && gold:
					c.TP++
				case got:
					c.FP++
				case gold:
					c.FN++
				}
				if got && !rule {
					if gold {
						c.AddTP++
					} else {
						c.AddFP++
					}
				}
				if rule && !got {
					if gold {
						c.DropWrong++
					} else {
						c.DropRight++
					}
				}
			}
			if c.TP > 0 {
				c.F1 = 2 * float64(c.TP) / float64(2*c.TP+c.FP+c.FN)
			}
			c.OK, c.Near = c.check(name)
			out = append(out, c)
		}
	}
	return out
}

// Tune picks each head's thresholds from cross-validated probabilities p.
// For a category (and a right) the decision is the analyzer's: what the
// rules found there stays unless the model is sure it is not so (below the
// floor), and the model adds it when sure (from the yes threshold on); the
// pair with the best F1 wins. Other heads only get the yes threshold with
// the best F1 of their own.
//
// Pairs within FloorSlack of the best F1 are ties: cross-validation cannot
// tell them apart. Of the ties, a head keeps its previous pair (prev, the
// shipped manifest's, by head name; nil or a head it lacks: none), so that a
// retrain moves a threshold only when cross-validation says the move is
// worth more than the slack, or the previous pair breaks a constraint by
// more than the counts' sampling error (Candidate.Near: 49 additions right
// of 67, 73%, is no evidence that a pair once right 75% of the time no
// longer is); otherwise the lowest floor wins (then the best F1, then the
// first tried).
func (d *Data) Tune(p [][]float64, prev map[string]Pair) Thresholds {
	H := len(d.Heads)
	t := Thresholds{Yes: make([]float64, H), Floor: make([]float64, H), F1: make([]float64, H)}
	for h, name := range d.Heads {
		cands := d.Candidates(h, p)
		best := -1.0
		for _, c := range cands {
			if c.OK {
				best = max(best, c.F1)
			}
		}
		// The rules' findings carry their exact words, and a floor raised
		// for a gain the cross-validation cannot tell from noise drops
		// them for nothing; a threshold moved for such a gain changes what
		// readers are shown for nothing. (The best pair itself qualifies:
		// one is chosen.)
		chosen := -1
		old, hasOld := prev[name]
		for i, c := range cands { // the previous pair, if it ties and meets the constraints, or nearly
			if hasOld && c.Pair == old && c.Near && c.F1 > 0 && c.F1 >= best-FloorSlack {
				chosen = i
				break
			}
		}
		if chosen < 0 && best <= 0 { // too few examples to learn from: the head never decides
			t.Yes[h], t.Floor[h] = 1.01, 0
			continue
		}
		if chosen < 0 { // of the ties, the lowest floor
			for i, c := range cands {
				if !c.OK || c.F1 < best-FloorSlack {
					continue
				}
				if chosen < 0 || c.Floor < cands[chosen].Floor || c.Floor == cands[chosen].Floor && c.F1 > cands[chosen].F1+1e-9 {
					chosen = i
				}
			}
		}
		c := cands[chosen]
		t.Yes[h], t.Floor[h], t.F1[h] = c.Yes, c.Floor, c.F1
	}
	return t
}

// Nested tells how well Tune's picks hold on sentences they were not picked
// on: for each of the k folds by policy family, it tunes each head on the
// other folds' cross-validated probabilities p (with the previous pairs
// prev, as Tune) and counts the decisions of the pair it picks on the fold
// left out. It returns, per head, the counts summed over the folds (Pair is
// that of the last fold; OK is whether the additions and drops met their
// least precision on the folds left out).
func (d *Data) Nested(p [][]float64, k int, prev map[string]Pair) []Candidate {
	sum := make([]Candidate, len(d.Heads))
	for f := 0; f < k; f++ {
		tune, test := &Data{Heads: d.Heads}, &Data{Heads: d.Heads}
		var pt, ps [][]float64
		for i, s := range d.Sentences {
			if Fold(s.Group, k) == f {
				test.Sentences, ps = append(test.Sentences, s), append(ps, p[i])
			} else {
				tune.Sentences, pt = append(tune.Sentences, s), append(pt, p[i])
			}
		}
		th := tune.Tune(pt, prev)
		for h := range d.Heads {
			pick := Pair{Yes: th.Yes[h], Floor: th.Floor[h]}
			for _, c := range test.Candidates(h, ps) {
				if c.Pair == pick {
					t := &sum[h]
					t.Pair = pick
					t.TP, t.FP, t.FN = t.TP+c.TP, t.FP+c.FP, t.FN+c.FN
					t.AddTP, t.AddFP, t.DropRight, t.DropWrong = t.AddTP+c.AddTP, t.AddFP+c.AddFP, t.DropRight+c.DropRight, t.DropWrong+c.DropWrong
				}
			}
		}
	}
	for h := range sum {
		c := &sum[h]
		_, _, c.F1 = PRF(c.TP, c.FP, c.FN)
		c.OK, c.Near = c.check(d.Heads[h])
	}
	return sum
}

// Encode writes v as indented JSON, for manifests.
func Encode(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// PRF is precision, recall and F1 of tp true positives, fp false positives
// and fn false negatives (0 where undefined), as make eval and
// scripts/annotate report them.
func PRF(tp, fp, fn int) (p, r, f float64) {
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
