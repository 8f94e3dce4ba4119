package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// saleClass judges the words of selling (rule class "sale"): a sale of the
// reader's data, or of something else.
type saleClass struct{}

func (*saleClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	// "Some businesses sell personal information. We do not engage in
	// such activity.": words pointing back deny the sale the sentence
	// before names; nothing else.
	if vw.IsRule(h, lexicon.RSalePointingBack) {
		if !c.AfterSale || !vw.NegatedNear(h.From, 3) {
			return drop("sale/points-at-no-sale")
		}
		return saleVerdict(vw, c, h, true, "sale/points-back")
	}
	// A sale of data needs data as its object: a data type, or "it" /
	// "them" standing for it, in the sentence.
	if reason := notSaleOfData(vw, h); reason != "" {
		return drop(reason)
	}
	// "Big Internet companies collect your data ... They use these
	// profiles to show you ads. Or sell these to third-parties.": a
	// sentence that goes on with "or" or "and" and no subject of its own
	// sells for the third party the sentence before names first.
	if c.AfterOthers && h.From == int32(vw.Own)+1 && vw.Is(int32(vw.Own), lexicon.GAndOr) {
		return drop("sale/others-sell")
	}
	// "We do not believe that our sharing in this regard would qualify as
	// a sale": what a practice counts as is denied from further off.
	negated := vw.NegatedVerb(i, c) || wideSalePredicate(vw, h.From) && vw.NegatedNear(h.From, 10)
	// "we will not sell your data once you exercise your right to opt
	// out": a denial that holds only after the reader opts out says the
	// company sells until then, in the law's sense, which gives the right.
	if negated && UntilOptedOut(vw) {
		if r := notStated(vw, c, h, true); r != "" {
			return drop(r)
		}
		return kept("sale/until-opted-out", decision{Kind: "sale", ID: senseWide, Category: "third-party-sharing"})
	}
	return saleVerdict(vw, c, h, negated, "sale/sells")
}

// UntilOptedOut reports whether the sentence makes the reader opting out
// the occasion of what it says: "once you exercise your right to opt out",
// "after you click that button", "if you opt out" (not "when you visit
// our site", nor "until" or "before").
func UntilOptedOut(vw *sentence.View) bool {
	for p := int32(vw.Own); int(p)+1 < len(vw.Toks); p++ {
		if !vw.Is(p, lexicon.GConditional) || vw.Is(p, lexicon.GHypothetical) && !vw.Is(p, lexicon.GOccasion) || !vw.Is(p+1, lexicon.GReader) {
			continue
		}
		for q := p + 2; int(q) < len(vw.Toks) && q < p+4; q++ {
			if vw.Is(q, lexicon.GClickVisit) && !vw.Is(q, lexicon.GVisit) {
				return true // "after you click that button"
			}
		}
		for _, g := range vw.Hits {
			if (vw.IsRule(g, lexicon.ROptOutSale) || vw.IsRule(g, lexicon.ROptOutMarketing)) && g.From > p+1 && g.From <= p+8 {
				return true
			}
		}
	}
	return false
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
//
// "our sale of your personal information" is the company's own sale,
// whatever names it ("California residents have the right to opt out of
// our sale of their personal information" says they sell). So is a sale
// "we" make in the sentence's words before any right: "We sell your
// personal data, subject to your right to opt out of these sales" states
// it, and the right it goes on to grant is the reader's answer to it.
func notOurSale(vw *sentence.View, c *sentence.Context, p int32) bool {
	if ourSale(vw, p) {
		return false
	}
	end := int32(len(vw.Toks))
	if vw.SubjectBefore(p) == sentence.PartyWe {
		end = p
	}
	// What a practice counts as is stated whatever definition or way to
	// opt out the sentence names along ("This processing constitutes a sale
	// based on the definition under the CCPA", "If you do not wish us to
	// disclose it in this manner, which is considered a sale, use the Do Not
	// Sell link").
	counts := wideSalePredicate(vw, p)
	return vw.SentenceHasIn(0, end, lexicon.GRight) || c.Meta || purposeOfSelling(vw, p) ||
		!counts && (vw.SetFrom(0, lexicon.WordsDefining) || optedOutOf(vw, p, end))
}

// ourSale reports whether the sale at p is the company's own, named with
// "our" ("opt out of our sale of your personal information"): whoever acts
// in the sentence, it says the company sells.
func ourSale(vw *sentence.View, p int32) bool {
	return p > int32(vw.Own) && vw.Is(p-1, lexicon.GOur)
}

// optedOutOf reports whether the sale at p is what a right to opt out names
// ("register your preference for opting out of the sale of your personal
// information", "certain Nevada consumers may opt out of the sale of
// personally identifiable information ... for that person to license or
// sell such information"): the sentence grants the right. Only the hits
// that start before end count.
func optedOutOf(vw *sentence.View, p, end int32) bool {
	for _, g := range vw.Hits {
		if g.From >= end {
			break
		}
		if vw.IsRule(g, lexicon.ROptOutSale) && !weDoNotSell(vw, g) {
			return true
		}
	}
	return false
}

// weDoNotSell reports whether the words of the right to opt out of a sale at
// g ("do not sell or share") are the company's denial: "We do not sell or
// share any of it".
func weDoNotSell(vw *sentence.View, g lexicon.Hit) bool {
	return g.From > 0 && int(g.From) >= vw.Own && vw.Is(g.From, lexicon.GDo) && vw.Is(g.From-1, lexicon.GWe)
}

// purposeOfSelling reports whether the sale at p is named as what a purpose
// is for: "the business or commercial purpose for collecting or selling
// your personal information", an item of what the CCPA lets the reader ask
// to be told, which says nothing about whether the company sells.
func purposeOfSelling(vw *sentence.View, p int32) bool {
	for q := p - 1; q >= int32(vw.Own) && q >= p-6; q-- {
		if vw.Is(q, lexicon.GPurpose) && q+1 < p && vw.Is(q+1, lexicon.GFor) {
			return true
		}
	}
	return false
}

// notSaleOfData returns why sale hit h does not have the reader's data as
// its object ("sale/goods"), or "" when it does: not the company selling,
// a word of selling that names something else, or no data to sell.
func notSaleOfData(vw *sentence.View, h lexicon.Hit) string {
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
func notOurSelling(vw *sentence.View, h lexicon.Hit) string {
	// "where we sell or negotiate to sell our business": the company is
	// sold, its data goes with it (a business transfer, not a sale).
	for _, g := range vw.Hits {
		if vw.IsRule(g, lexicon.RBusinessTransfer) && g.From >= h.To && g.From-h.To <= 6 && vw.Clause[g.From] == vw.Clause[h.From] {
			return "sale/business-sold"
		}
	}
	// "When you buy or sell an application", "you may not sell your
	// account": the reader sells, not us (but the "you" a reader's
	// question asks is us: "Do you sell my data?" then "No.").
	for p := h.From - 1; p >= int32(vw.Own) && p >= h.From-4 && vw.Clause[p] == vw.Clause[h.From]; p-- {
		if vw.Is(p, lexicon.GReader) && !vw.AskedAt(p) {
			return "sale/reader-sells"
		}
		if vw.Is(p, lexicon.GSaleLead) {
			continue
		}
		break // "information about you may be sold": not the reader's doing
	}
	// "You may not break the law, use other accounts, trade, buy or sell
	// user names": the reader is the nearest actor.
	if vw.ReaderActs(h.From) {
		return "sale/reader-acts"
	}
	return ""
}

// notSelling returns why the word of selling at h names something else: a
// team or partner, a trade without an object, a name.
func notSelling(vw *sentence.View, h lexicon.Hit) string {
	// "reselling partners", "sales team": the word names something else.
	if int(h.To) < len(vw.Toks) && vw.Clause[h.To] == vw.Clause[h.From] {
		if vw.In(h.To, lexicon.WordsSaleModified) {
			return "sale/names-something-else"
		}
	}
	if vw.TradeWithoutObject(h) {
		return "sale/trade-without-object"
	}
	// "a Rent Repayment Order": a capitalised name, not a verb.
	if int(h.From) > vw.Own && int(h.To) < len(vw.Toks) && sentence.TitleCase(vw.Tok(h.From)) && sentence.TitleCase(vw.Tok(h.To)) {
		return "sale/a-name"
	}
	return ""
}

// soldThing returns why what hit h sells is not data: goods, any business
// the law speaks of, a thing.
func soldThing(vw *sentence.View, h lexicon.Hit) string {
	// "sell product lines jointly with ...", "rent or buy movies", "rent
	// their eero devices", "devices sold by Google", "advertisements that
	// we sell": goods.
	// Data named between the verb and the word makes it data ("sell data
	// about the apps you use").
	goods := func(p int) bool { return vw.In(int32(p), lexicon.WordsGoods) }
	for p := int(h.To); p < len(vw.Toks) && p < int(h.To)+4 && vw.Clause[p] == vw.Clause[h.From] && !vw.DataAt(int32(p)); p++ {
		if goods(p) {
			return "sale/goods"
		}
	}
	// Before the verb only as its object: "devices sold by", "advertisements
	// that we sell" (not a name: "Grinding Gear Games does not sell").
	if p := int(h.From) - 1; p >= vw.Own && goods(p) && !vw.DataAt(int32(p)) && vw.Tok(int32(p)).Flags&text.TokUpper == 0 {
		return "sale/goods"
	}
	for p := int(h.From) - 3; p >= vw.Own && p < int(h.From)-1; p++ {
		if vw.Is(int32(p+1), lexicon.GThatWhich) && goods(p) && vw.Tok(int32(p)).Flags&text.TokUpper == 0 {
			return "sale/goods"
		}
	}
	// The subject of a passive: "These Smart Devices are not sold by
	// Acme", "our products are sold through resellers" (a form of "be"
	// between makes the goods what is sold, named or not).
	if p := int(h.From) - 1; p > vw.Own {
		aux := false
		for ; p > vw.Own && p >= int(h.From)-3 && (vw.Is(int32(p), lexicon.GAuxiliaries) || vw.Is(int32(p), lexicon.GNot)); p-- {
			aux = aux || vw.Is(int32(p), lexicon.GAuxiliaries)
		}
		if aux && goods(p) && !vw.DataAt(int32(p)) && vw.Clause[p] == vw.Clause[h.From] {
			return "sale/goods"
		}
	}
	// "The CCPA sets obligations for businesses that sell personal
	// information", "Request that a business that sells ...": the law's
	// words about any business, not what this one does.
	for p := h.From - 1; p >= int32(vw.Own) && p >= h.From-3; p-- {
		if vw.Is(p, lexicon.GRelative) && p > int32(vw.Own) && vw.Is(p-1, lexicon.GBusiness) {
			return "sale/the-laws-words"
		}
	}
	// "sell an application on the Marketplace": an object with "a" or "an",
	// not a list or copy, with no data named shortly after it and no one to
	// sell it to, is a thing, not data.
	if p := int(h.To); p+1 < len(vw.Toks) {
		if vw.Is(int32(p), lexicon.GArticle) {
			switch {
			case vw.Is(int32(p+1), lexicon.GDataContainers):
			default:
				thing := true
				for _, g := range vw.Hits {
					if vw.Entry(g).Cls == lexicon.ClassDatatype && int(g.From) > p && int(g.From) <= p+6 ||
						vw.Entry(g).Cls == lexicon.ClassRecipient && g.From > h.From && g.From-h.To <= 8 && vw.SentenceHasIn(h.To, g.From, lexicon.GTo) {
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

// dataSold reports whether sale hit h has data as its object: named in the
// phrase itself ("sale of data"), a data type or a recipient in its clause,
// or "it", "them" standing for data after it.
func dataSold(vw *sentence.View, h lexicon.Hit) bool {
	if h.To-h.From >= 3 && vw.Is(h.To-1, lexicon.GLabelNouns) {
		return true // "no sale of data": the phrase names it
	}
	if wideSalePredicate(vw, h.From) {
		return true // "This processing constitutes a sale under the CCPA": what counts as one is passing data on
	}
	for _, g := range vw.Hits {
		if vw.Entry(g).Cls == lexicon.ClassDatatype && vw.Clause[g.From] == vw.Clause[h.From] && (g.From > h.From || soldBefore(vw, g, h)) {
			return true
		}
		if e := vw.Entry(g); e.Cls == lexicon.ClassRecipient && !vw.IsRule(g, lexicon.RBusinessTransfer) && g.From > h.From && vw.Clause[g.From] == vw.Clause[h.From] {
			return true
		}
	}
	for p := int(h.To); p < len(vw.Toks) && p < int(h.To)+3; p++ {
		if vw.Is(int32(p), lexicon.GDataPronouns) {
			return true
		}
	}
	return false
}

// soldBefore reports whether data g, named before the sale at h, is what h
// sells: close before it with a form of "be", a subject or a relative word
// between ("your data will not be sold", "lists that we sell", "information
// we rent"), not "To manage Flash cookies, lease [click here]".
func soldBefore(vw *sentence.View, g, h lexicon.Hit) bool {
	if h.From-g.To > 6 {
		return false
	}
	for q := g.To; q < h.From; q++ {
		if vw.Is(q, lexicon.GAuxiliaries) || vw.Is(q, lexicon.GSubjects) || vw.Is(q, lexicon.GRelative) {
			return true
		}
	}
	return false
}

// otherTransfer reports whether the sentence names a business transfer other
// than hit i.
func otherTransfer(vw *sentence.View, i int) bool {
	for j, g := range vw.Hits {
		if j != i && vw.IsRule(g, lexicon.RBusinessTransfer) {
			return true
		}
	}
	return false
}

// PointsToPolicy reports whether the bytes from start to end of the
// sentence of vw (a condition) point to another part of the policy: a word
// such as "above", "below" or "section", or "this" and a name of the policy
// at most two words after it ("except as described in this Privacy
// Policy", "except as set forth above"). A denial with such an exception
// leaves to the rest of the policy what it denies.
func PointsToPolicy(vw *sentence.View, start, end int) bool {
	for p := int32(vw.Own); int(p) < len(vw.Toks); p++ {
		if t := vw.Tok(p); int(t.Start) < start || int(t.End) > end {
			continue
		}
		if vw.In(p, lexicon.WordsAboveBelow) {
			return true
		}
		if !vw.Is(p, lexicon.GThis) {
			continue
		}
		for q := p + 1; q <= p+3 && int(q) < len(vw.Toks) && int(vw.Tok(q).End) <= end; q++ {
			if vw.Is(q, lexicon.GPolicyWords) && !vw.Is(q, lexicon.GItThem) && !vw.Is(q, lexicon.GThis) {
				return true
			}
		}
	}
	return false
}
