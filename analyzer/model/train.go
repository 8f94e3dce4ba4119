package model

import (
	"math"
	"math/rand/v2"
	"slices"
)

// Example is one labelled input for training: the hashes of its features
// (Features(...)[i].Hash) and the heads that say yes.
type Example struct {
	Features []uint32
	Yes      []int // head indices
	Weight   float64
}

// TrainOptions are FTRL-Proximal's settings (McMahan et al., "Ad Click
// Prediction: a View from the Trenches", 2013) and the passes over the data.
type TrainOptions struct {
	Alpha, Beta float64 // per-coordinate learning rate: alpha / (beta + sqrt(sum of squared gradients))
	L1, L2      float64 // regularisation; L1 leaves most weights at exactly zero
	Epochs      int
	Seed        uint64 // the order of examples in each epoch
}

// DefaultTrainOptions are settings that suit a few thousand sentences.
var DefaultTrainOptions = TrainOptions{Alpha: 0.1, Beta: 1, L1: 1, L2: 1, Epochs: 12, Seed: 1}

// Trained is a model in floating point, as training leaves it: per head a
// bias and a weight per feature. Quantize makes the Model that ships.
type Trained struct {
	Heads   []string
	Bias    []float64
	Weights map[uint32][]float64 // feature hash -> weight per head
}

// Train fits one logistic regression per head on the examples, with
// FTRL-Proximal. The result depends only on its inputs (the order of
// examples comes from opt.Seed; products are rounded before they are added,
// so no platform fuses them differently).
func Train(heads []string, exs []Example, opt TrainOptions) *Trained {
	H := len(heads)
	index := map[uint32]int{}
	var hashes []uint32
	for _, ex := range exs {
		for _, h := range ex.Features {
			if _, ok := index[h]; !ok {
				index[h] = len(hashes)
				hashes = append(hashes, h)
			}
		}
	}
	z := make([]float64, (len(hashes)+1)*H) // the last row is the bias
	n := make([]float64, len(z))
	bias := len(hashes)
	weightOf := func(k int) float64 {
		zk := z[k]
		if math.Abs(zk) <= opt.L1 {
			return 0
		}
		sign := 1.0
		if zk < 0 {
			sign = -1
		}
		return -float64(zk-sign*opt.L1) / float64((opt.Beta+math.Sqrt(n[k]))/opt.Alpha+opt.L2)
	}
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rows := make([]int, 0, 64)
	yes := make([]bool, H)
	r := rand.New(rand.NewPCG(opt.Seed, 0x9e3779b97f4a7c15))
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, ei := range order {
			ex := &exs[ei]
			rows = rows[:0]
			for _, h := range ex.Features {
				rows = append(rows, index[h])
			}
			rows = append(rows, bias)
			clear(yes)
			for _, y := range ex.Yes {
				yes[y] = true
			}
			w := ex.Weight
			if w == 0 {
				w = 1
			}
			for hd := 0; hd < H; hd++ {
				var s float64
				for _, row := range rows {
					s += weightOf(row*H + hd)
				}
				p := 1 / (1 + math.Exp(-s))
				g := p
				if yes[hd] {
					g = p - 1
				}
				g = float64(g * w)
				for _, row := range rows {
					k := row*H + hd
					wk := weightOf(k)
					sigma := float64(math.Sqrt(n[k]+float64(g*g))-math.Sqrt(n[k])) / opt.Alpha
					z[k] += g - float64(sigma*wk)
					n[k] += float64(g * g)
				}
			}
		}
	}
	t := &Trained{Heads: slices.Clone(heads), Bias: make([]float64, H), Weights: map[uint32][]float64{}}
	for hd := range H {
		t.Bias[hd] = weightOf(bias*H + hd)
	}
	for i, h := range hashes {
		var ws []float64
		for hd := range H {
			if w := weightOf(i*H + hd); w != 0 {
				if ws == nil {
					ws = make([]float64, H)
				}
				ws[hd] = w
			}
		}
		if ws != nil {
			t.Weights[h] = ws
		}
	}
	return t
}

// Prune drops the weights smaller than min (in log-odds), and the features
// left with none.
func (t *Trained) Prune(min float64) {
	for h, ws := range t.Weights {
		any := false
		for i, w := range ws {
			if math.Abs(w) < min {
				ws[i] = 0
			} else if w != 0 {
				any = true
			}
		}
		if !any {
			delete(t.Weights, h)
		}
	}
}

// Only returns the model of t's heads heads (indices into t.Heads, in
// order), without the others' weights, and without the features left with
// none.
func (t *Trained) Only(heads []int) *Trained {
	out := &Trained{Weights: map[uint32][]float64{}}
	for _, h := range heads {
		out.Heads, out.Bias = append(out.Heads, t.Heads[h]), append(out.Bias, t.Bias[h])
	}
	for f, ws := range t.Weights {
		var kept []float64
		for i, h := range heads {
			if ws[h] != 0 {
				if kept == nil {
					kept = make([]float64, len(heads))
				}
				kept[i] = ws[h]
			}
		}
		if kept != nil {
			out.Weights[f] = kept
		}
	}
	return out
}

// Predict returns each head's probability for the feature hashes fs.
func (t *Trained) Predict(fs []uint32) []float64 {
	s := slices.Clone(t.Bias)
	for _, h := range fs {
		for hd, w := range t.Weights[h] {
			s[hd] += w
		}
	}
	for i := range s {
		s[i] = 1 / (1 + math.Exp(-s[i]))
	}
	return s
}

// Quantize turns t into integer weights, with each head saying yes from
// probability threshold[i] on (0.5 where threshold is nil) and sure of no
// below probability floor[i] (0.02 where floor is nil).
func (t *Trained) Quantize(threshold, floor []float64) *Model {
	maxW := 1e-9
	for _, ws := range t.Weights {
		for _, w := range ws {
			maxW = max(maxW, math.Abs(w))
		}
	}
	scale := min(1024, math.Floor(32767/maxW))
	m := &Model{Heads: slices.Clone(t.Heads), Scale: scale, head: map[string]int{}}
	for i, h := range t.Heads {
		m.head[h] = i
		m.Bias = append(m.Bias, int32(math.Round(t.Bias[i]*scale)))
		p, q := 0.5, 0.02
		if threshold != nil {
			p = threshold[i]
		}
		if floor != nil {
			q = floor[i]
		}
		m.Threshold = append(m.Threshold, logit(p, scale))
		m.Floor = append(m.Floor, logit(q, scale))
	}
	hashes := make([]uint32, 0, len(t.Weights))
	for h := range t.Weights {
		hashes = append(hashes, h)
	}
	slices.Sort(hashes)
	feats := make([]slot, 0, len(hashes))
	for _, h := range hashes {
		off := uint32(len(m.weights))
		for hd, w := range t.Weights[h] {
			if q := math.Round(w * scale); q != 0 {
				m.weights = append(m.weights, weight{uint16(hd), int16(q)})
			}
		}
		if end := uint32(len(m.weights)); end > off {
			feats = append(feats, slot{h, off<<8 | (end - off)})
		}
	}
	m.fill(feats)
	return m
}

// logit is the score at probability p, at scale.
func logit(p, scale float64) int32 {
	p = min(max(p, 1e-6), 1-1e-6)
	return int32(math.Round(math.Log(p/(1-p)) * scale))
}
