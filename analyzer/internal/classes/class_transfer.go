package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
)

// transferClass judges international transfers and their safeguards (rule
// class "transfer").
type transferClass struct{}

func (transferClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	return kept("transfer/named", finding(vw.Entry(h), "transfer", "other"))
}
