package analyzer

// rightClass judges the reader's rights and choices (rule class "right").
type rightClass struct{}

func (rightClass) judge(vw *view, c *sentenceContext, i int, h hit) verdict {
	e := vw.en(h)
	access := e.Category == "user-access"
	// A right is the reader's: "you can delete", "request deletion",
	// "right to erasure" — not "we will delete such information".
	if access && !(c.you || c.choice || vw.hasWord(h, gReadersRight)) {
		return drop("right/not-the-readers")
	}
	// "We delete your data 30 days after you close your account": our
	// doing, unless the reader asks for it ("we will delete it at your
	// request").
	if access && !c.choice && vw.actorBefore(h.from) == partyWe &&
		!vw.setFrom(vw.own, wordsReaderAsks) {
		return drop("right/we-act")
	}
	// "Fark retains the right to remove this content", "we reserve the
	// right to delete accounts": the company's right, not the reader's.
	if from := max(int32(vw.own), h.from-6); vw.sentenceHasIn(from, h.from, gReserving) && vw.sentenceHasIn(from, h.to, gRight) &&
		!vw.sentenceHasIn(from, h.from, gReader) {
		return drop("right/company-reserves")
	}
	// "Anyone who can access the Network can view your profile", "Who
	// Can See Your Information?": what others may do is not the
	// reader's right.
	if access && (vw.actorBefore(h.from) == partyThird || vw.whoDoes(h.from)) {
		return drop("right/others-act")
	}
	// "If you decide to close your account, ...": the reader's action
	// as a condition for something else, not a right the policy grants.
	if access && !c.choice && vw.conditionalAction(h) {
		return drop("right/a-condition")
	}
	f := finding(e, "right", e.Category)
	f.Negated = vw.negatedNear(h.from, 3) && !c.choice
	return kept("right/granted", f)
}

// whoDoes reports whether "who" asks about the actor of the words at p:
// "who can see", "who may access".
func (vw *view) whoDoes(p int32) bool {
	q := p - 1
	if q >= int32(vw.own) && vw.in(q, wordsModal) {
		q--
	}
	return q >= int32(vw.own) && vw.is(q, gWho)
}

// conditionalAction reports whether hit h is what the reader does in an
// "if you ..." / "after you ..." clause, with no word of ability or asking
// ("can", "may", "request", "right", "option") in the sentence.
func (vw *view) conditionalAction(h hit) bool {
	cond := false
	for p := h.from - 1; p >= int32(vw.own) && p >= h.from-4 && vw.clause[p] == vw.clause[h.from]; p-- {
		if vw.is(p, gConditional) {
			cond = true
		}
	}
	return cond && !vw.setFrom(vw.own, wordsReaderAble)
}
