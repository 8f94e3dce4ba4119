package analyzer

import (
	"slices"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
)

// rightClass judges the reader's rights and choices (rule class "right").
type rightClass struct{}

func (rightClass) judge(vw *view, c *sentenceContext, i int, h lexicon.Hit) verdict {
	e := vw.en(h)
	access := e.Category == "user-access"
	// A right is the reader's: "you can delete", "request deletion",
	// "right to erasure" — not "we will delete such information".
	if access && !(c.you || c.choice || vw.hasWord(h, lexicon.GReadersRight)) {
		return drop("right/not-the-readers")
	}
	// "We delete your data 30 days after you close your account": our
	// doing, unless the reader asks for it ("we will delete it at your
	// request").
	if access && !c.choice && vw.actorBefore(h.From) == partyWe &&
		!vw.setFrom(vw.own, lexicon.WordsReaderAsks) {
		return drop("right/we-act")
	}
	// "Fark retains the right to remove this content", "we reserve the
	// right to delete accounts": the company's right, not the reader's.
	if from := max(int32(vw.own), h.From-6); vw.sentenceHasIn(from, h.From, lexicon.GReserving) && vw.sentenceHasIn(from, h.To, lexicon.GRight) &&
		!vw.sentenceHasIn(from, h.From, lexicon.GReader) {
		return drop("right/company-reserves")
	}
	// "Anyone who can access the Network can view your profile", "Who
	// Can See Your Information?": what others may do is not the
	// reader's right.
	if access && (vw.actorBefore(h.From) == partyThird || whoDoes(vw, h.From)) {
		return drop("right/others-act")
	}
	// "If you decide to close your account, ...": the reader's action
	// as a condition for something else, not a right the policy grants.
	if access && !c.choice && conditionalAction(vw, h) {
		return drop("right/a-condition")
	}
	f := finding(e, "right", e.Category)
	f.Negated = vw.negatedNear(h.From, 3) && !c.choice
	return kept("right/granted", f)
}

// whoDoes reports whether "who" asks about the actor of the words at p:
// "who can see", "who may access".
func whoDoes(vw *view, p int32) bool {
	q := p - 1
	if q >= int32(vw.own) && vw.in(q, lexicon.WordsModal) {
		q--
	}
	return q >= int32(vw.own) && vw.is(q, lexicon.GWho)
}

// conditionalAction reports whether hit h is what the reader does in an
// "if you ..." / "after you ..." clause, with no word of ability or asking
// ("can", "may", "request", "right", "option") in the sentence.
func conditionalAction(vw *view, h lexicon.Hit) bool {
	cond := false
	for p := h.From - 1; p >= int32(vw.own) && p >= h.From-4 && vw.clause[p] == vw.clause[h.From]; p-- {
		if vw.is(p, lexicon.GConditional) {
			cond = true
		}
	}
	return cond && !vw.setFrom(vw.own, lexicon.WordsReaderAble)
}

// rightDetails is what a right's sentence says about using it.
type rightDetails struct {
	how []string // names of the ways to use it ("account settings")
	fee bool     // a fee is named close to it, not negated
}

// rightDetailsOf reads how to use the right found by hit r, and any fee, from
// the words of its sentence. A fee counts only close to the right ("collect
// fees" in a long list of purposes is not a price for deleting data).
func rightDetailsOf(vw *view, r lexicon.Hit) rightDetails {
	var det rightDetails
	for i, h := range vw.hits {
		e := vw.en(h)
		switch e.Class {
		case "how":
			if !slices.Contains(det.how, e.Name) {
				det.how = append(det.how, e.Name)
			}
		case "fee":
			if d := h.From - r.From; d > 15 || d < -15 {
				continue
			}
			if vw.isRule(h, lexicon.RFree) {
				det.fee = false
				return det
			}
			if !vw.negatedNear(h.From, 4) && !vw.negAt[i] {
				det.fee = true
			}
		}
	}
	return det
}
