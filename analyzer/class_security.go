package analyzer

// securityClass judges the security measures (rule class "security"): each
// one named is a finding.
type securityClass struct{}

func (securityClass) judge(vw *view, c *sentenceContext, i int, h hit) verdict {
	return kept("security/named", finding(vw.en(h), "security", "data-security"))
}
