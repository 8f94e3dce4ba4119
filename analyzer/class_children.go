package analyzer

// childrenClass judges what the policy says about children (rule class
// "children"); the minimum age is read from the numbers (see age).
type childrenClass struct{}

func (childrenClass) judge(vw *view, c *sentenceContext, i int, h hit) verdict {
	return kept("children/named", finding(vw.en(h), "children", "specific-audiences"))
}

// audienceClass judges the other audiences a policy addresses (rule class
// "audience": California residents, Europeans, ...).
type audienceClass struct{}

func (audienceClass) judge(vw *view, c *sentenceContext, i int, h hit) verdict {
	return kept("audience/named", finding(vw.en(h), "practice", "specific-audiences"))
}
