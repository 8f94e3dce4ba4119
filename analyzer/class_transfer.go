package analyzer

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
)

// transferClass judges international transfers and their safeguards (rule
// class "transfer").
type transferClass struct{}

func (transferClass) judge(vw *view, c *sentenceContext, i int, h lexicon.Hit) verdict {
	return kept("transfer/named", finding(vw.en(h), "transfer", "other"))
}
