package analyzer

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// saleClass judges the words of selling (rule class "sale"): a sale of the
// reader's data, or of something else.
type saleClass struct{}

func (saleClass) judge(vw *view, c *sentenceContext, i int, h lexicon.Hit) verdict {
	// A sale of data needs data as its object: a data type, or "it" /
	// "them" standing for it, in the sentence.
	if reason := notSaleOfData(vw, h); reason != "" {
		return drop(reason)
	}
	f := decision{Kind: "sale", ID: "sale", Category: "third-party-sharing", Negated: vw.negatedVerb(i, c)}
	// "Business Transfers: we might sell or buy other businesses": in a
	// sentence about a merger or sale of the company, selling is the
	// company's; a right, a question or others' selling is no sale
	// either ("do not sell" still counts in all of them).
	if !f.Negated && (otherTransfer(vw, -1) || notOurSale(vw, c, h.From)) {
		return drop("sale/not-our-sale")
	}
	return kept("sale/sells", f)
}

// notOurSale reports whether a sale at p is one the sentence names without
// saying the company sells: a right ("you have the right to know whether
// we sell personal information", also in a list item's intro: "You have the
// right to: - know whether your personal information is sold"), a question
// ("Which information does Care2 sell?" asks, the answer tells), others'
// selling ("Many companies profit off their users by selling their
// information, but we'll never do that"), or the law's definition ("'Sell'
// means selling, renting, ... or otherwise communicating a consumer's
// personal information ... for monetary or other valuable consideration").
func notOurSale(vw *view, c *sentenceContext, p int32) bool {
	return vw.sentenceHasIn(0, int32(len(vw.toks)), lexicon.GRight) || c.meta || vw.othersAct(p) ||
		vw.setFrom(0, lexicon.WordsDefining) || purposeOfSelling(vw, p) || optedOutOf(vw, p)
}

// optedOutOf reports whether the sale at p is what a right to opt out names
// ("register your preference for opting out of the sale of your personal
// information"): the right's words reach into the sale's.
func optedOutOf(vw *view, p int32) bool {
	for _, g := range vw.hits {
		if g.From > p {
			break
		}
		if vw.isRule(g, lexicon.ROptOutSale) && g.To > p {
			return true
		}
	}
	return false
}

// purposeOfSelling reports whether the sale at p is named as what a purpose
// is for: "the business or commercial purpose for collecting or selling
// your personal information", an item of what the CCPA lets the reader ask
// to be told, which says nothing about whether the company sells.
func purposeOfSelling(vw *view, p int32) bool {
	for q := p - 1; q >= int32(vw.own) && q >= p-4; q-- {
		if vw.is(q, lexicon.GPurpose) && q+1 < p && vw.is(q+1, lexicon.GFor) {
			return true
		}
	}
	return false
}

// notSaleOfData returns why sale hit h does not have the reader's data as
// its object ("sale/goods"), or "" when it does: not the company selling,
// a word of selling that names something else, or no data to sell.
func notSaleOfData(vw *view, h lexicon.Hit) string {
	if r := notOurSelling(vw, h); r != "" {
		return r
	}
	if r := notSelling(vw, h); r != "" {
		return r
	}
	if r := soldThing(vw, h); r != "" {
		return r
	}
	if !dataSold(vw, h) {
		return "sale/no-data"
	}
	return ""
}

// notOurSelling returns why sale hit h is not the company selling: the
// company is sold, or the reader sells.
func notOurSelling(vw *view, h lexicon.Hit) string {
	// "where we sell or negotiate to sell our business": the company is
	// sold, its data goes with it (a business transfer, not a sale).
	for _, g := range vw.hits {
		if vw.isRule(g, lexicon.RBusinessTransfer) && g.From >= h.To && g.From-h.To <= 6 && vw.clause[g.From] == vw.clause[h.From] {
			return "sale/business-sold"
		}
	}
	// "When you buy or sell an application", "you may not sell your
	// account": the reader sells, not us.
	for p := h.From - 1; p >= int32(vw.own) && p >= h.From-4 && vw.clause[p] == vw.clause[h.From]; p-- {
		if vw.is(p, lexicon.GReader) {
			return "sale/reader-sells"
		}
		if vw.is(p, lexicon.GSaleLead) {
			continue
		}
		break // "information about you may be sold": not the reader's doing
	}
	// "You may not break the law, use other accounts, trade, buy or sell
	// user names": the reader is the nearest actor.
	if vw.readerActs(h.From) {
		return "sale/reader-acts"
	}
	return ""
}

// notSelling returns why the word of selling at h names something else: a
// team or partner, a trade without an object, a name.
func notSelling(vw *view, h lexicon.Hit) string {
	// "reselling partners", "sales team": the word names something else.
	if int(h.To) < len(vw.toks) && vw.clause[h.To] == vw.clause[h.From] {
		if vw.in(h.To, lexicon.WordsSaleModified) {
			return "sale/names-something-else"
		}
	}
	// "trade secret", "trade shows", "trading entities": 'trade' sells data
	// only with an object ("trade your information", "sell, trade or rent it").
	if h.To-h.From == 1 && vw.is(h.From, lexicon.GTrade) {
		if int(h.To) >= len(vw.toks) {
			return "sale/trade-without-object"
		}
		switch {
		case vw.in(h.To, lexicon.WordsTradeObject):
		case vw.is(h.To, lexicon.GAndOr): // "trade or rent it", not "trade or tax law"
			if int(h.To)+1 >= len(vw.toks) || !vw.in(h.To+1, lexicon.WordsTradeCoordinate) {
				return "sale/trade-without-object"
			}
		default:
			return "sale/trade-without-object"
		}
	}
	// "a Rent Repayment Order": a capitalised name, not a verb.
	if int(h.From) > vw.own && int(h.To) < len(vw.toks) && titleCase(vw.tok(h.From)) && titleCase(vw.tok(h.To)) {
		return "sale/a-name"
	}
	return ""
}

// soldThing returns why what hit h sells is not data: goods, any business
// the law speaks of, a thing.
func soldThing(vw *view, h lexicon.Hit) string {
	// "sell product lines jointly with ...", "rent or buy movies", "rent
	// their eero devices", "devices sold by Google", "advertisements that
	// we sell": goods.
	// Data named between the verb and the word makes it data ("sell data
	// about the apps you use").
	goods := func(p int) bool { return vw.in(int32(p), lexicon.WordsGoods) }
	for p := int(h.To); p < len(vw.toks) && p < int(h.To)+4 && vw.clause[p] == vw.clause[h.From] && !vw.dataAt(int32(p)); p++ {
		if goods(p) {
			return "sale/goods"
		}
	}
	// Before the verb only as its object: "devices sold by", "advertisements
	// that we sell" (not a name: "Grinding Gear Games does not sell").
	if p := int(h.From) - 1; p >= vw.own && goods(p) && !vw.dataAt(int32(p)) && vw.tok(int32(p)).Flags&text.TokUpper == 0 {
		return "sale/goods"
	}
	for p := int(h.From) - 3; p >= vw.own && p < int(h.From)-1; p++ {
		if vw.is(int32(p+1), lexicon.GThatWhich) && goods(p) && vw.tok(int32(p)).Flags&text.TokUpper == 0 {
			return "sale/goods"
		}
	}
	// "The CCPA sets obligations for businesses that sell personal
	// information", "Request that a business that sells ...": the law's
	// words about any business, not what this one does.
	for p := h.From - 1; p >= int32(vw.own) && p >= h.From-3; p-- {
		if vw.is(p, lexicon.GRelative) && p > int32(vw.own) && vw.is(p-1, lexicon.GBusiness) {
			return "sale/the-laws-words"
		}
	}
	// "sell an application on the Marketplace": an object with "a" or "an",
	// not a list or copy, with no data named shortly after it and no one to
	// sell it to, is a thing, not data.
	if p := int(h.To); p+1 < len(vw.toks) {
		if vw.is(int32(p), lexicon.GArticle) {
			switch {
			case vw.is(int32(p+1), lexicon.GDataContainers):
			default:
				thing := true
				for _, g := range vw.hits {
					if vw.en(g).Cls == lexicon.ClassDatatype && int(g.From) > p && int(g.From) <= p+6 ||
						vw.en(g).Cls == lexicon.ClassRecipient && g.From > h.From && g.From-h.To <= 8 && vw.sentenceHasIn(h.To, g.From, lexicon.GTo) {
						thing = false
					}
				}
				if thing {
					return "sale/a-thing"
				}
			}
		}
	}
	return ""
}

// dataSold reports whether sale hit h has data as its object: a data type or
// a recipient in its clause, or "it", "them" standing for data after it.
func dataSold(vw *view, h lexicon.Hit) bool {
	for _, g := range vw.hits {
		if vw.en(g).Cls == lexicon.ClassDatatype && vw.clause[g.From] == vw.clause[h.From] {
			return true
		}
		if e := vw.en(g); e.Cls == lexicon.ClassRecipient && !vw.isRule(g, lexicon.RBusinessTransfer) && g.From > h.From && vw.clause[g.From] == vw.clause[h.From] {
			return true
		}
	}
	for p := int(h.To); p < len(vw.toks) && p < int(h.To)+3; p++ {
		if vw.is(int32(p), lexicon.GDataPronouns) {
			return true
		}
	}
	return false
}

// otherTransfer reports whether the sentence names a business transfer other
// than hit i.
func otherTransfer(vw *view, i int) bool {
	for j, g := range vw.hits {
		if j != i && vw.isRule(g, lexicon.RBusinessTransfer) {
			return true
		}
	}
	return false
}
