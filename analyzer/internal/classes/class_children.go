package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
)

// childrenClass judges what the policy says about children (rule class
// "children"); the minimum age is read from the numbers (see age).
type childrenClass struct{}

func (childrenClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	return kept("children/named", finding(vw.Entry(h), "children", "specific-audiences"))
}

// audienceClass judges the other audiences a policy addresses (rule class
// "audience": California residents, Europeans, ...).
type audienceClass struct{}

func (audienceClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	return kept("audience/named", finding(vw.Entry(h), "practice", "specific-audiences"))
}

// Age finds the minimum age in a sentence about children: "under 13",
// "under the age of 16", "18 years or older".
func Age(vw *sentence.View, c *sentence.Context) (Evidence, bool) {
	if !c.Children {
		return Evidence{}, false
	}
	for p := vw.Own; p < len(vw.Toks); p++ {
		k := vw.Toks[p]
		n := vw.Doc.Toks[k].Num
		if n < 12 || n > 21 {
			continue
		}
		ok := false
		for q := p - 1; q >= vw.Own && q >= p-4; q-- {
			if vw.Is(int32(q), lexicon.GAgeLead) {
				ok = true
			}
		}
		if p+1 < len(vw.Toks) {
			if vw.Is(int32(p+1), lexicon.GAgeUnit) {
				ok = true
			}
		}
		if !ok {
			continue
		}
		return Evidence{From: int32(p), To: int32(p + 1), N: int(n)}, true
	}
	return Evidence{}, false
}

// Evidence is a finding that a class reads from the numbers of a sentence
// (a minimum age, a retention period): its words, positions [from, to) of
// the view, and the number.
type Evidence struct {
	From, To int32
	N        int
}
