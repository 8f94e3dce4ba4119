package analyzer

// saleClass judges the words of selling (rule class "sale"): a sale of the
// reader's data, or of something else.
type saleClass struct{}

func (saleClass) judge(vw *view, c *sentenceContext, i int, h hit) verdict {
	// A sale of data needs data as its object: a data type, or "it" /
	// "them" standing for it, in the sentence.
	if !vw.saleOfData(h) {
		return drop("sale/not-of-data")
	}
	f := Finding{Kind: "sale", ID: "sale", Category: "third-party-sharing", Negated: vw.negatedVerb(i, c)}
	// "Business Transfers: we might sell or buy other businesses": in a
	// sentence about a merger or sale of the company, selling is the
	// company's; a right, a question or others' selling is no sale
	// either ("do not sell" still counts in all of them).
	if !f.Negated && (otherTransfer(vw, -1) || vw.notOurSale(c, h.from)) {
		return drop("sale/not-our-sale")
	}
	return kept("sale/sells", f)
}
