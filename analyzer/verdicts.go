package analyzer

// The policy-level verdicts (whether data is sold, Do Not Track, how long
// data is kept, the minimum age) weigh all the statements that speak to
// them, not the first one found. Each verdict's evidence lists the findings
// that support it, the one that decided it first.

// decideSale decides whether the policy says data is sold, from its sale
// findings (indices into r.Findings; classes.saleSense gives their ids):
//   - "yes": it says it sells ("We may sell your personal information"),
//     unless it limits its denials to the ordinary sense of the word;
//   - "ccpa": it sells only in the wide sense of California's law, which
//     counts sharing for targeted ads as a sale ("may be considered a
//     \"sale\" under the CCPA"; "We do not sell personal information as the
//     term is commonly understood");
//   - "no": it denies selling, and says nothing of the above;
//   - "unstated": it says nothing, or only about minors' data.
//
// Incidental mentions (a right, a supposition, a heading, the reader's or
// others' selling, a business transfer) are not sale findings at all: the
// rule classes drop them. The evidence lists the findings of the verdict,
// those without a condition first; the condition of the first is the
// verdict's.
func decideSale(r *Report, sales []int) {
	var sells, wide, ordinary, denies []int
	for _, i := range sales {
		f := &r.Findings[i]
		switch {
		case f.ID == "minors":
		case f.ID == "ordinary":
			ordinary = append(ordinary, i)
		case f.ID == "ccpa" && !f.Negated:
			wide = append(wide, i)
		case !f.Negated:
			sells = append(sells, i)
		default:
			denies = append(denies, i)
		}
	}
	var ev []int
	switch {
	case len(sells) > 0 && len(ordinary) == 0:
		r.Sharing.Sale, ev = "yes", sells
	case len(sells)+len(wide)+len(ordinary) > 0:
		r.Sharing.Sale, ev = "ccpa", append(append(wide, sells...), ordinary...)
	case len(denies) > 0:
		r.Sharing.Sale, ev = "no", denies
	}
	ev = unconditionalFirst(r, ev)
	r.Sharing.SaleEvidence = append(r.Sharing.SaleEvidence, ev...)
	if len(ev) > 0 && r.Sharing.Sale != "ccpa" {
		r.Sharing.SaleCondition = r.Findings[ev[0]].Condition
	}
}

// unconditionalFirst orders findings ev (indices into r.Findings) so that
// those stated without a condition come first, keeping report order
// otherwise.
func unconditionalFirst(r *Report, ev []int) []int {
	out := make([]int, 0, len(ev))
	for _, i := range ev {
		if r.Findings[i].Condition == "" {
			out = append(out, i)
		}
	}
	for _, i := range ev {
		if r.Findings[i].Condition != "" {
			out = append(out, i)
		}
	}
	return out
}
