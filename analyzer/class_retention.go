package analyzer

// retentionClass judges what the policy says about keeping data (rule class
// "retention"); periods are read with their numbers (see periods).
type retentionClass struct{}

func (retentionClass) judge(vw *view, c *sentenceContext, i int, h hit) verdict {
	e := vw.en(h)
	switch e.ID {
	case "period":
		return drop("retention/period-read-with-its-number")
	case "as-needed", "indefinite":
		// A verb of keeping or deleting anywhere in the sentence: "We
		// may store the information we hold about you indefinitely",
		// "When we no longer need it, we delete it". 'Indefinitely'
		// needs one of keeping: "permanently deleted" is the opposite.
		if !c.retain && !c.store {
			return drop("retention/no-keeping-verb")
		}
		if e.ID == "indefinite" && (!c.retain && !vw.keeps() || vw.negatedNear(h.from, 3) || vw.deletedNear(h)) {
			return drop("retention/not-kept-indefinitely")
		}
	}
	// "the collection, use and retention of personal information": one
	// of a list of things done to data, named, not described.
	if h.to-h.from == 1 && vw.hasWord(h, "retention", "storage") && h.from >= 2 &&
		vw.hasWord(hit{from: h.from - 1, to: h.from}, "and", "or") &&
		vw.hasWord(hit{from: h.from - 2, to: h.from - 1}, "collection", "use", "disclosure", "processing", "sharing", "transfer", "handling") {
		return drop("retention/named-in-a-list")
	}
	f := finding(e, "retention", "data-retention")
	f.Negated = e.ID == "retain" && vw.negatedNear(h.from, 3)
	return kept("retention/stated", f)
}
