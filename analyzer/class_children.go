package analyzer

import (
	"strconv"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
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

// age finds a minimum age in a sentence about children: "under 13",
// "under the age of 16", "18 years or older".
func (vw *view) age(s *text.Sentence, c *sentenceContext) (Finding, int, bool) {
	if !c.children {
		return Finding{}, 0, false
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
		t := vw.d.toks[k]
		f := Finding{Kind: "children", ID: "min-age", Category: "specific-audiences", Start: int(t.Start), End: int(t.End),
			Text: vw.d.text[int(t.Start):int(t.End)], Rule: "children.min-age", Sentence: Span{s.Start, s.End}}
		f.Explanation = "The minimum age they state: " + strconv.Itoa(int(n)) + "."
		return f, int(n), true
	}
	return Finding{}, 0, false
}
