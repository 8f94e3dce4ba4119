package analyzer

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
)

// childrenClass judges what the policy says about children (rule class
// "children"); the minimum age is read from the numbers (see age).
type childrenClass struct{}

func (childrenClass) judge(vw *view, c *sentenceContext, i int, h lexicon.Hit) verdict {
	return kept("children/named", finding(vw.en(h), "children", "specific-audiences"))
}

// audienceClass judges the other audiences a policy addresses (rule class
// "audience": California residents, Europeans, ...).
type audienceClass struct{}

func (audienceClass) judge(vw *view, c *sentenceContext, i int, h lexicon.Hit) verdict {
	return kept("audience/named", finding(vw.en(h), "practice", "specific-audiences"))
}

// age finds the minimum age in a sentence about children: "under 13",
// "under the age of 16", "18 years or older".
func age(vw *view, c *sentenceContext) (evidence, bool) {
	if !c.children {
		return evidence{}, false
	}
	for p := vw.own; p < len(vw.toks); p++ {
		k := vw.toks[p]
		n := vw.d.toks[k].Num
		if n < 12 || n > 21 {
			continue
		}
		ok := false
		for q := p - 1; q >= vw.own && q >= p-4; q-- {
			if vw.is(int32(q), lexicon.GAgeLead) {
				ok = true
			}
		}
		if p+1 < len(vw.toks) {
			if vw.is(int32(p+1), lexicon.GAgeUnit) {
				ok = true
			}
		}
		if !ok {
			continue
		}
		return evidence{from: int32(p), to: int32(p + 1), n: int(n)}, true
	}
	return evidence{}, false
}

// evidence is a finding that a class reads from the numbers of a sentence
// (a minimum age, a retention period): its words, positions [from, to) of
// the view, and the number.
type evidence struct {
	from, to int32
	n        int
}
