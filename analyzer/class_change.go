package analyzer

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
)

// changeClass judges the words of changing the policy (rule class "change").
type changeClass struct{}

func (changeClass) judge(vw *view, c *sentenceContext, i int, h lexicon.Hit) verdict {
	return kept("change/named", finding(vw.en(h), "change", "policy-change"))
}

// noticeClass judges how the reader is told of changes (rule class
// "notice"): only in a sentence about a change.
type noticeClass struct{}

func (noticeClass) judge(vw *view, c *sentenceContext, i int, h lexicon.Hit) verdict {
	if !c.change {
		return drop("notice/no-change")
	}
	f := finding(vw.en(h), "change", "policy-change")
	f.ID = "notice-" + f.ID
	return kept("notice/of-a-change", f)
}
