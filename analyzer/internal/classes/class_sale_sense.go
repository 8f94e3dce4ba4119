package classes

import (
	"strings"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// saleVerdict is the verdict on a word of selling at hit h whose object is
// the reader's data (from the sale class, a "data will not be sold"
// recipient phrase, or a "we do not sell" that matched a right's words):
// dropped when the sentence names the sale without stating it (see
// notStated), else kept with its sense (see saleSense) for the policy-level
// verdict to weigh (see the report's summary).
func saleVerdict(vw *sentence.View, c *sentence.Context, h lexicon.Hit, negated bool, reason string) verdict {
	if r := notStated(vw, c, h, negated); r != "" {
		return drop(r)
	}
	return kept(reason, decision{Kind: "sale", ID: saleSense(vw, c, h, negated), Category: "third-party-sharing", Negated: negated})
}

// The senses of a sale statement (the finding's id): what the policy-level
// verdict weighs it as.
const (
	senseSale     = "sale"     // selling data, or denying it
	senseWide     = "ccpa"     // in the wide sense of California's law, which counts sharing for targeted ads as a sale
	senseOrdinary = "ordinary" // a denial limited to the ordinary sense of the word, which leaves the wide one open
	senseMinors   = "minors"   // about the data of minors only
)

// saleSense is the sense of the sale statement at h: a denial about minors
// only ("We do not sell the personal information of minors under 16", not
// "of any individual, including minors"), a denial
// in the ordinary sense only ("as the term is commonly understood"), the
// law's wide sense ("may be considered a \"sale\" under the CCPA", the word
// in quotation marks, or under a heading that names it: "California Privacy
// Rights"), or plain selling.
func saleSense(vw *sentence.View, c *sentence.Context, h lexicon.Hit, negated bool) string {
	switch {
	case negated && c.Children && !vw.SentenceHas(lexicon.GInclusive):
		return senseMinors
	case negated && vw.SetFrom(vw.Own, lexicon.WordsOrdinarySense):
		return senseOrdinary
	case quoted(vw, h) || vw.SetFrom(vw.Own, lexicon.WordsWideSale) || vw.SectionHas(lexicon.WordsWideSale):
		return senseWide
	}
	return senseSale
}

// saleNotStated reports whether the sale verb vi names a sale without
// stating one: data it governs is then not passed on either ("If we sold
// your personal information, you may ask for a list").
func saleNotStated(vw *sentence.View, c *sentence.Context, vi int) bool {
	h := vw.Hits[vi]
	return notSaleOfData(vw, h) != "" || notStated(vw, c, h, vw.NegatedVerb(vi, c)) != ""
}

// notStated returns why the sale at h is named without the company saying
// it sells (or does not): a heading, a title or a table, the reader's rules
// ("do not use it for selling"), or, for a sale not denied,
// a supposition, a clause that names whom data went to, the reader's or
// others' selling, a business transfer, aggregated data, a right or a
// definition. "" when it states the company's practice.
func notStated(vw *sentence.View, c *sentence.Context, h lexicon.Hit, negated bool) string {
	switch {
	case c.Heading:
		return "sale/a-heading" // "When we share or sell your personal data"
	case tableRow(vw):
		return "sale/a-table" // "Category | Disclosed | “Sold” to Third Parties"
	case titleLike(vw, h):
		return "sale/named-not-stated" // "Categories of Personal Information Sold.", "Sale of Personal Information."
	case imperative(vw, h.From) && !ourSale(vw, h.From):
		return "sale/reader-sells" // "do not use that email address for ... selling User Personal Information"
	case boundNotTo(vw, h.From):
		return "sale/others-bound" // "Client agrees not to (i) ...; (ii) lease, rent, resell ... the data"
	case negated && othersSell(vw, h) && !vw.NegatedNear(h.From, 3):
		// "We do not cooperate with providers that sell your data": the
		// denial is of the main verb; the sale is the providers'.
		return "sale/others-sell"
	case lawSpeaks(vw, h):
		return "sale/the-law-speaks" // "website operators must ensure that the information is not sold", "California law prohibits the sale of ..."
	case negated:
		return notDenied(vw, h)
	case !passive(vw, h) && vw.ReaderActs(h.From) && !ourSale(vw, h.From):
		return "sale/reader-sells" // "you may not sell your account"
	case othersSell(vw, h) || !passive(vw, h) && vw.OthersAct(h.From) || vw.OthersInGeneral():
		// "websites that display and sell it", "Many companies profit off
		// their users by selling their information", "Many companies have
		// arrangements with ad networks that may be considered sales"
		return "sale/others-sell"
	case businessDeal(vw, h) || transferBesides(vw, h):
		return "sale/business-transfer" // "we may sell, buy, merge or partner with other companies"
	case supposed(vw, h):
		return "sale/hypothetical" // "If we sold or disclosed your personal information, ..."
	case describedBy(vw, h):
		return "sale/named-in-a-clause" // "the third parties to whom we have sold your personal information"
	case aggregated(vw, h):
		return "sale/aggregate-data" // "may use, share, rent or sell aggregated or deidentified information"
	case notOurSale(vw, c, h.From):
		return "sale/not-our-sale"
	case (vw.Is(h.From, lexicon.GFor) || namedSale(vw, h)) && !companyActs(vw):
		// "A sale under Nevada law is the exchange of ... for monetary
		// consideration by the business", "Financial incentives are
		// programs ... for the disclosure, deletion, or sale of personal
		// information about them"
		return "sale/the-laws-words"
	}
	return ""
}

// notDenied returns why a negated sale at h is no denial by the company:
// the name of the link to opt out ("the 'California resident - Do not sell'
// link"), the object of a right to opt out ("you have opted out of the sale
// of your personal information"), or what others or the reader may not do
// ("service providers may not share, resell, or use this data"). "" when
// the company denies selling.
func notDenied(vw *sentence.View, h lexicon.Hit) string {
	for _, g := range vw.Hits {
		if vw.IsRule(g, lexicon.ROptOutSale) && g.From <= h.From && g.To > h.From && !weDoNotSell(vw, g) {
			return "sale/the-readers-choice"
		}
	}
	if deniedByOthers(vw, h) || vw.ReaderActs(h.From) {
		return "sale/others-sell"
	}
	// "The right to say no to the sale of Personal Data": a right names
	// it, no "we" denies it ("You have rights, and we never sell it").
	if linkName(vw, h) || rightWordBefore(vw, h) {
		return "sale/the-readers-choice"
	}
	return ""
}

// rightWordBefore reports whether the word "right" stands before the
// negated sale at h, its list intro included, with no "we" between: "The
// right to say no to the sale of Personal Data" names the reader's choice
// ("You have rights, and we never sell your data" denies).
func rightWordBefore(vw *sentence.View, h lexicon.Hit) bool {
	for q := h.From - 1; q >= 0; q-- {
		switch {
		case vw.Is(q, lexicon.GWe):
			return false
		case vw.Is(q, lexicon.GRight):
			return true
		}
	}
	return false
}

// deniedByOthers reports whether the negation of the sale at h has a third
// party as its subject: "These service providers may not share, resell, or
// use this data", "Third-parties do not sell" (a party right before the
// negator or its "may", "do"; "The Company does not sell" is the company).
func deniedByOthers(vw *sentence.View, h lexicon.Hit) bool {
	neg := int32(-1)
	for i, g := range vw.Hits {
		if g.From >= h.From {
			break
		}
		if vw.Reaches(i, h.From) && vw.Clause[g.From] == vw.Clause[h.From] {
			neg = g.From
		}
	}
	if neg < 0 {
		return false
	}
	third := false
	for _, g := range vw.Hits {
		if g.From >= neg {
			break
		}
		if g.To > neg || neg-g.To > 1 || neg > g.To && !vw.In(g.To, lexicon.WordsModal) && !vw.Is(g.To, lexicon.GDo) {
			continue
		}
		switch {
		case vw.IsRule(g, lexicon.RWe):
			return false
		case vw.IsRule(g, lexicon.ROtherActor) || vw.Entry(g).Cls == lexicon.ClassRecipient:
			third = true
		}
	}
	return third
}

// linkName reports whether the negated sale at h is the name of the link to
// opt out: "Do not sell" with no subject before it in the sentence.
func linkName(vw *sentence.View, h lexicon.Hit) bool {
	for q := h.From - 1; q >= int32(vw.Own) && q >= h.From-3; q-- {
		if vw.Is(q, lexicon.GDo) && (q == int32(vw.Own) || !vw.SentenceHasIn(int32(vw.Own), q, lexicon.GSubjects) && vw.Tok(q).Flags&text.TokUpper != 0) {
			return true
		}
	}
	return false
}

// titleLike reports whether the sale at h names a topic: a bare participle
// ("Categories of Personal Information Sold.", "personal information
// collected, disclosed or sold": no "is", "have" or subject before it in its
// clause), a sentence that is only the phrase or a label of it ("Sale of
// Personal Information.", "Sale of Personal Information: If you ..."), or
// one in Title Case.
func titleLike(vw *sentence.View, h lexicon.Hit) bool {
	if int(h.From) <= vw.Own+1 && (len(vw.Toks)-int(h.To) <= 1 || int(h.To) < len(vw.Toks) && vw.Tok(h.To).SepBefore == text.SepClause) {
		return true // "Sale of Personal Information.", "Sale of Personal Information: ..."
	}
	if titleCase(vw) {
		return true // "Categories of Collected Personal Information that Might Be Disclosed or Sold to Third Parties"
	}
	if h.To-h.From != 1 || !vw.Is(h.From, lexicon.GParticiples) {
		return false
	}
	for q := h.From - 1; q >= int32(vw.Own) && vw.Clause[q] == vw.Clause[h.From]; q-- {
		if vw.Is(q, lexicon.GAuxiliaries) || vw.Is(q, lexicon.GSubjects) || vw.Is(q, lexicon.GNot) {
			return false
		}
	}
	return true
}

// tableRow reports whether the sentence is a row of a table (two or more
// "|" between its words): cells, not a statement.
func tableRow(vw *sentence.View) bool {
	from, to := vw.Tok(int32(vw.Own)).Start, vw.Tok(int32(len(vw.Toks)-1)).End
	return strings.Count(vw.Doc.Text[from:to], "|") >= 2
}

// passive reports whether the sale at h has what is sold as its subject,
// not a seller: said in the passive ("may be sold", "is sold": "information
// about you may be sold"), or naming what a passing on of data counts as
// ("These transfers to third parties may constitute a “sale”": the third
// parties receive, the company sells; see wideSalePredicate).
func passive(vw *sentence.View, h lexicon.Hit) bool {
	return vw.Is(h.From, lexicon.GAuxiliaries) || int(h.From) > vw.Own && vw.Is(h.From-1, lexicon.GAuxiliaries) || wideSalePredicate(vw, h.From)
}

// namedSale reports whether the sale at h is a noun of selling ("sale of
// personal information"), not "our sale", that the sentence neither quotes
// nor says a practice counts as: with no company named either, it names
// what the law speaks of.
func namedSale(vw *sentence.View, h lexicon.Hit) bool {
	return int(h.From)+1 < len(vw.Toks) && vw.Is(h.From+1, lexicon.GOf) && !ourSale(vw, h.From) && !quoted(vw, h) && !vw.SetFrom(vw.Own, lexicon.WordsWideSale)
}

// wideSalePredicate reports whether the sale at p is what the sentence's
// subject counts as in the law's wide sense: "may be considered a sale",
// "constitutes a sale", "qualifies as a sale" (a sale hit that opens with
// such a word).
func wideSalePredicate(vw *sentence.View, p int32) bool {
	return vw.In(p, lexicon.WordsWideSale)
}

// transferBesides reports whether the sentence names a business transfer
// other than the words at h ("Business Transfers: we might sell or buy other
// businesses").
func transferBesides(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g != h && vw.IsRule(g, lexicon.RBusinessTransfer) {
			return true
		}
	}
	return false
}

// titleCase reports whether the sentence is written as a title: most of its
// words of four letters or more capitalised, with no full stop at its end.
func titleCase(vw *sentence.View) bool {
	last := vw.Tok(int32(len(vw.Toks) - 1))
	if end := vw.Doc.Text[last.End:min(len(vw.Doc.Text), int(last.End)+1)]; end == "." {
		return false
	}
	long, upper := 0, 0
	for p := vw.Own; p < len(vw.Toks); p++ {
		if t := vw.Tok(int32(p)); t.End-t.Start >= 4 && t.Num < 0 {
			long++
			if t.Flags&text.TokUpper != 0 {
				upper++
			}
		}
	}
	return long >= 3 && upper*10 >= long*8
}

// businessDeal reports whether a word of a deal over the company stands
// joined to the sale at h ("sell, buy, merge or partner", "if we merge,
// sell, or otherwise reorganize").
func businessDeal(vw *sentence.View, h lexicon.Hit) bool {
	for q := max(int32(vw.Own), h.From-4); q < h.To+4 && int(q) < len(vw.Toks); q++ {
		if (q < h.From || q >= h.To) && vw.Clause[q] == vw.Clause[h.From] && vw.In(q, lexicon.WordsBusinessDeal) {
			return true
		}
	}
	return false
}

// supposed reports whether the sale at h is supposed rather than stated
// ("if we sold", "whether we have sold", "before selling", "to the extent
// selling is interpreted", see View.Supposed), or hedged with "(if any)"
// ("the categories of personal information that we have sold (if any)").
func supposed(vw *sentence.View, h lexicon.Hit) bool {
	for q := h.To; int(q)+1 < len(vw.Toks) && q < h.To+3; q++ {
		if vw.Is(q, lexicon.GHypothetical) && vw.In(q+1, lexicon.WordsDeterminers) {
			return true
		}
	}
	return vw.Supposed(h.From)
}

// describedBy reports whether the sale at h stands in a clause that names
// whom data went to or what for, opened by "which" or "whom" shortly before
// it: "to whom we have sold", "the purposes for which it was collected or
// sold". Not what a practice counts as: "disclose it in this manner,
// which is considered a sale" says the disclosure is one.
func describedBy(vw *sentence.View, h lexicon.Hit) bool {
	if wideSalePredicate(vw, h.From) {
		return false
	}
	for q := h.From - 1; q >= int32(vw.Own) && q >= h.From-10 && vw.Clause[q] == vw.Clause[h.From]; q-- {
		// "to whom" opens such a clause however long its subject ("the
		// third parties to whom the residents' personal information has
		// been sold"); a bare "which" only close to the sale.
		if vw.Is(q, lexicon.GFormalRelative) && (h.From-q <= 6 || q > int32(vw.Own) && vw.Is(q-1, lexicon.GTo)) {
			return true
		}
	}
	return false
}

// boundNotTo reports whether the words at p are what a party other than the
// company binds itself not to do: "agree(s)", "undertake(s)" or
// "covenant(s)" then "not" before p in the sentence, with no "we" before it
// ("Client agrees not to (i) reverse engineer ...; (ii) lease, rent or
// resell the data"; not "we agree not to sell your data", a denial).
func boundNotTo(vw *sentence.View, p int32) bool {
	own := int32(vw.Own)
	for q := own; q+1 < p; q++ {
		if vw.In(q, lexicon.WordsUndertaking) && vw.Is(q+1, lexicon.GNot) {
			return !vw.SentenceHasIn(own, q, lexicon.GWe)
		}
	}
	return false
}

// imperative reports whether the words at p are what the reader is told to
// do or not to do: a part of the sentence (after a comma or at its start)
// opening with "do not", "don't" or "never" before p, with no "we" between
// ("..., do not use that email address for ... selling User Personal
// Information").
func imperative(vw *sentence.View, p int32) bool {
	for q := p - 1; q >= int32(vw.Own); q-- {
		if vw.Is(q, lexicon.GWe) {
			return false
		}
		if q > int32(vw.Own) && vw.Tok(q).SepBefore < text.SepComma || q == int32(vw.Own) && vw.Own > 0 {
			continue // a list item's intro gives it its subject: "We pledge to: - Never sell your data"
		}
		if vw.Is(q, lexicon.GDont) || vw.Is(q, lexicon.GWarningOpeners) || vw.Is(q, lexicon.GDo) && int(q)+1 < len(vw.Toks) && vw.Is(q+1, lexicon.GNot) {
			return true
		}
	}
	return false
}

// othersSell reports whether someone other than the company is the subject
// of the sale at h: "websites that display and sell it", "companies that sell
// data" (a relative word shortly before it, with no "we", "you" or form of
// "be" between: "lists that we sell", "information that is sold" are ours).
func othersSell(vw *sentence.View, h lexicon.Hit) bool {
	for q := h.From - 1; q >= int32(vw.Own) && q >= h.From-3 && vw.Clause[q] == vw.Clause[h.From]; q-- {
		if vw.Is(q, lexicon.GSubjects) || vw.Is(q, lexicon.GAuxiliaries) {
			return false
		}
		if vw.Is(q, lexicon.GRelative) {
			return q > int32(vw.Own) && !vw.Is(q-1, lexicon.GWe) && !vw.DataAt(q-1)
		}
	}
	return false
}

// aggregated reports whether what is sold at h is aggregated, de-identified
// or statistical data, named shortly after the word in its clause: no longer
// the reader's personal data.
func aggregated(vw *sentence.View, h lexicon.Hit) bool {
	for q := h.To; int(q) < len(vw.Toks) && q < h.To+6 && vw.Clause[q] == vw.Clause[h.From]; q++ {
		if vw.In(q, lexicon.WordsAggregate) {
			return true
		}
	}
	return false
}

// companyActs reports whether the company is named in the sentence: "we",
// "our", "us".
func companyActs(vw *sentence.View) bool {
	for _, g := range vw.Hits {
		if int(g.From) >= vw.Own && vw.IsRule(g, lexicon.RWe) {
			return true
		}
	}
	return false
}

// quoted reports whether the word of selling at h is written in quotation
// marks ("we have “sold” the following ..."): the law's sense, not the
// ordinary one.
func quoted(vw *sentence.View, h lexicon.Hit) bool {
	t := vw.Tok(h.From)
	before := vw.Doc.Text[max(0, int(t.Start)-3):t.Start]
	after := vw.Doc.Text[t.End:min(len(vw.Doc.Text), int(t.End)+3)]
	return strings.ContainsAny(before, sentence.QuoteMarks) && strings.ContainsAny(after, sentence.QuoteMarks)
}

// lawSpeaks reports whether the sale at h is what a law requires or forbids:
// a law or whom it speaks to right before a word of duty, and the company
// not the subject of the sale after it ("California law prohibits the sale
// of personal data of consumers between 13 and 16", "We also note that
// website operators must ensure that the information is not sold"). It
// states the law, not whether the company sells; "As the law requires, we
// do not sell it" is the company's denial.
func lawSpeaks(vw *sentence.View, h lexicon.Hit) bool {
	if ourSale(vw, h.From) {
		return false
	}
	for p := int32(vw.Own); p+1 < h.From; p++ {
		if (vw.In(p, lexicon.WordsLawNames) || vw.In(p, lexicon.WordsLawSubjects)) && vw.In(p+1, lexicon.WordsLawDuties) {
			return !weBetween(vw, p+1, h.From)
		}
	}
	return false
}

// weBetween reports whether the company ("we") is named between tokens
// from and to.
func weBetween(vw *sentence.View, from, to int32) bool {
	for _, g := range vw.Hits {
		if g.From > from && g.From < to && vw.IsRule(g, lexicon.RWe) {
			return true
		}
	}
	return false
}

// NarrowSaleLaw reports whether the sentence of vw speaks of selling in the
// terms of a law whose sale is only an exchange for money and of no law of
// the wide sense: "We do not sell consumers' covered information for
// monetary consideration (as defined in Chapter 603A of the Nevada Revised
// Statutes)" denies a sale in Nevada's sense and leaves California's open;
// "Apple does not sell your data, including as sale is defined in Nevada
// and California" denies both.
func NarrowSaleLaw(vw *sentence.View) bool {
	return vw.SetFrom(vw.Own, lexicon.WordsNarrowSaleLaws) && !vw.SetFrom(vw.Own, lexicon.WordsWideSaleLaws)
}
