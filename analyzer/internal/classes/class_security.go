package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
)

// securityClass judges the security measures (rule class "security"): each
// one named is a finding.
type securityClass struct{}

func (securityClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	return kept("security/named", finding(vw.Entry(h), "security", "data-security"))
}
