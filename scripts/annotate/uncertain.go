package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"sort"
	"strings"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/analyzer/model"
)

// uncertainty scores sentences with a sentence model for an uncertainty
// draw: how near the named heads' scores lie to their thresholds.
type uncertainty struct {
	m     *model.Model
	heads []int
}

// loadUncertainty reads the model at path (the shipped one,
// analyzer/weights/en.bin, by default) and finds the heads named in the
// comma-separated list (a bare name is a category).
func loadUncertainty(path, names string) (*uncertainty, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m, err := model.Load(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	u := &uncertainty{m: m}
	for _, h := range strings.Split(names, ",") {
		if !strings.Contains(h, ":") {
			h = model.Category + h
		}
		i := m.Head(h)
		if i < 0 {
			return nil, fmt.Errorf("-heads: the model has no head %q", h)
		}
		u.heads = append(u.heads, i)
	}
	return u, nil
}

// candidates scores the units of text in pool as the analyzer's model pass
// reads them (analyzer.ModelInputs: words, heading, list intro and the
// rules' reading), leaving out those the model does not read.
func (u *uncertainty) candidates(text string, pool []work) []candidate {
	inputs := map[analyzer.Span]*model.Input{}
	ins := analyzer.ModelInputs(text)
	for i := range ins {
		inputs[ins[i].Span] = &ins[i].Input
	}
	var out []candidate
	var scores []int32
	for _, w := range pool {
		in := inputs[analyzer.Span{Start: w.Start, End: w.End}]
		if in == nil {
			continue
		}
		scores = u.m.Scores(model.Hashes(in, nil), scores)
		out = append(out, candidate{work: w, margin: u.margin(scores)})
	}
	return out
}

// margin is the distance, in log-odds, of the nearest of the heads' scores
// from that head's threshold.
func (u *uncertainty) margin(scores []int32) float64 {
	best := math.Inf(1)
	for _, h := range u.heads {
		best = min(best, math.Abs(float64(scores[h]-u.m.Threshold[h]))/u.m.Scale)
	}
	return best
}

// candidate is a unit that may be drawn, with its margin (uncertainty.margin).
type candidate struct {
	work
	margin float64
}

// drawUncertain picks n of cands: first round(n*share) uniformly at random,
// so that the labels keep representing the corpus, then the rest by
// uncertainty, smallest margin first (ties in random order); a policy (a
// work's File) gives at most maxPer in all, so that no policy dominates. The
// picks come back in the order drawn; r makes the draw deterministic.
func drawUncertain(cands []candidate, n int, share float64, maxPer int, r *rand.Rand) []candidate {
	pool := append([]candidate(nil), cands...)
	r.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	var out []candidate
	taken := make([]bool, len(pool))
	per := map[string]int{}
	take := func(order []int, upto int) {
		for _, i := range order {
			if len(out) >= upto {
				return
			}
			if taken[i] || per[pool[i].File] >= maxPer {
				continue
			}
			taken[i] = true
			per[pool[i].File]++
			out = append(out, pool[i])
		}
	}
	order := make([]int, len(pool))
	for i := range order {
		order[i] = i
	}
	take(order, min(n, int(math.Round(float64(n)*share))))
	sort.SliceStable(order, func(a, b int) bool { return pool[order[a]].margin < pool[order[b]].margin })
	take(order, n)
	return out
}
