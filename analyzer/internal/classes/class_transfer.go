package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
)

// transferClass judges international transfers and their safeguards (rule
// class "transfer").
type transferClass struct{}

func (transferClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	// "countries without an adequate level of protection", "may not
	// provide an adequate level of data protection": a safeguard said to be
	// missing is none.
	if vw.Entry(h).ID == "adequacy" && (vw.NegatedNear(h.From, 4) || vw.SetBefore(h.From, 3, lexicon.WordsLacking)) {
		return drop("transfer/safeguard-missing")
	}
	return kept("transfer/named", finding(vw.Entry(h), "transfer", "other"))
}
