package analyzer

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
)

// securityClass judges the security measures (rule class "security"): each
// one named is a finding.
type securityClass struct{}

func (securityClass) judge(vw *view, c *sentenceContext, i int, h lexicon.Hit) verdict {
	return kept("security/named", finding(vw.en(h), "security", "data-security"))
}
