package analyzer

// transferClass judges international transfers and their safeguards (rule
// class "transfer").
type transferClass struct{}

func (transferClass) judge(vw *view, c *sentenceContext, i int, h hit) verdict {
	return kept("transfer/named", finding(vw.en(h), "transfer", "other"))
}
