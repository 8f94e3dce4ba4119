package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
)

// legalBasisClass judges the legal bases of processing (rule class
// "legal-basis"). OPP-115 has no category for them (it predates the GDPR).
type legalBasisClass struct{}

func (legalBasisClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	return kept("legal-basis/named", finding(vw.Entry(h), "legal-basis", "other"))
}
