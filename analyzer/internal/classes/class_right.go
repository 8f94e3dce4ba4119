package classes

import (
	"slices"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
)

// rightClass judges the reader's rights and choices (rule class "right").
type rightClass struct{}

func (rightClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	e := vw.Entry(h)
	// "We do not sell or share any of it": the link's words, said by the
	// company, deny a sale.
	if vw.IsRule(h, lexicon.ROptOutSale) && weDoNotSell(vw, h) {
		return saleVerdict(vw, c, h, true, "right/we-do-not-sell")
	}
	access := e.Category == "user-access"
	// A right is the reader's: "you can delete", "request deletion",
	// "right to erasure" — not "we will delete such information".
	if access && !(c.You || c.Choice || vw.HasWord(h, lexicon.GReadersRight)) {
		return drop("right/not-the-readers")
	}
	// "We delete your data 30 days after you close your account": our
	// doing, unless the reader asks for it ("we will delete it at your
	// request").
	if access && !c.Choice && vw.ActorBefore(h.From) == sentence.PartyWe &&
		!vw.SetFrom(vw.Own, lexicon.WordsReaderAsks) {
		return drop("right/we-act")
	}
	// "Fark retains the right to remove this content", "we reserve the
	// right to delete accounts": the company's right, not the reader's.
	if from := max(int32(vw.Own), h.From-6); vw.SentenceHasIn(from, h.From, lexicon.GReserving) && vw.SentenceHasIn(from, h.To, lexicon.GRight) &&
		!vw.SentenceHasIn(from, h.From, lexicon.GReader) {
		return drop("right/company-reserves")
	}
	// "Anyone who can access the Network can view your profile", "Who
	// Can See Your Information?": what others may do is not the
	// reader's right.
	if access && (vw.ActorBefore(h.From) == sentence.PartyThird || whoDoes(vw, h.From)) {
		return drop("right/others-act")
	}
	// "If you decide to close your account, ...": the reader's action
	// as a condition for something else, not a right the policy grants.
	if access && !c.Choice && conditionalAction(vw, h) {
		return drop("right/a-condition")
	}
	f := finding(e, "right", e.Category)
	f.Negated = vw.NegatedNear(h.From, 3) && !c.Choice
	return kept("right/granted", f)
}

// whoDoes reports whether "who" asks about the actor of the words at p:
// "who can see", "who may access".
func whoDoes(vw *sentence.View, p int32) bool {
	q := p - 1
	if q >= int32(vw.Own) && vw.In(q, lexicon.WordsModal) {
		q--
	}
	return q >= int32(vw.Own) && vw.Is(q, lexicon.GWho)
}

// conditionalAction reports whether hit h is what the reader does in an
// "if you ..." / "after you ..." clause, with no word of ability or asking
// ("can", "may", "request", "right", "option") in the sentence.
func conditionalAction(vw *sentence.View, h lexicon.Hit) bool {
	cond := false
	for p := h.From - 1; p >= int32(vw.Own) && p >= h.From-4 && vw.Clause[p] == vw.Clause[h.From]; p-- {
		if vw.Is(p, lexicon.GConditional) {
			cond = true
		}
	}
	return cond && !vw.SetFrom(vw.Own, lexicon.WordsReaderAble)
}

// RightDetails is what a right's sentence says about using it.
type RightDetails struct {
	How []string // names of the ways to use it ("account settings")
	Fee bool     // a fee is named close to it, not negated
}

// RightDetailsOf reads how to use the right found by hit r, and any fee, from
// the words of its sentence. A fee counts only close to the right ("collect
// fees" in a long list of purposes is not a price for deleting data).
func RightDetailsOf(vw *sentence.View, r lexicon.Hit) RightDetails {
	var det RightDetails
	for i, h := range vw.Hits {
		e := vw.Entry(h)
		switch e.Class {
		case "how":
			if !slices.Contains(det.How, e.Name) {
				det.How = append(det.How, e.Name)
			}
		case "fee":
			if d := h.From - r.From; d > 15 || d < -15 {
				continue
			}
			if vw.IsRule(h, lexicon.RFree) {
				det.Fee = false
				return det
			}
			if !vw.NegatedNear(h.From, 4) && !vw.NegAt[i] {
				det.Fee = true
			}
		}
	}
	return det
}
