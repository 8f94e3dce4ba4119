package analyzer

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
)

// legalBasisClass judges the legal bases of processing (rule class
// "legal-basis"). OPP-115 has no category for them (it predates the GDPR).
type legalBasisClass struct{}

func (legalBasisClass) judge(vw *view, c *sentenceContext, i int, h lexicon.Hit) verdict {
	return kept("legal-basis/named", finding(vw.en(h), "legal-basis", "other"))
}
