package analyzer

// retentionClass judges what the policy says about keeping data (rule class
// "retention"); periods are read with their numbers (see periods).
type retentionClass struct{}

func (retentionClass) judge(vw *view, c *sentenceContext, i int, h hit) verdict {
	e := vw.en(h)
	lx := vw.d.lx
	switch {
	case lx.is(e, rPeriod):
		return drop("retention/period-read-with-its-number")
	case lx.is(e, rAsNeeded), lx.is(e, rIndefinite):
		// A verb of keeping or deleting anywhere in the sentence: "We
		// may store the information we hold about you indefinitely",
		// "When we no longer need it, we delete it". 'Indefinitely'
		// needs one of keeping: "permanently deleted" is the opposite.
		if !c.retain && !c.store {
			return drop("retention/no-keeping-verb")
		}
		if lx.is(e, rIndefinite) && (!c.retain && !vw.keeps() || vw.negatedNear(h.from, 3) || vw.deletedNear(h)) {
			return drop("retention/not-kept-indefinitely")
		}
	}
	// "the collection, use and retention of personal information": one
	// of a list of things done to data, named, not described.
	if h.to-h.from == 1 && vw.hasWord(h, gKeepingNouns) && h.from >= 2 &&
		vw.is(h.from-1, gAndOr) && vw.is(h.from-2, gHandlingNouns) {
		return drop("retention/named-in-a-list")
	}
	f := finding(e, "retention", "data-retention")
	f.Negated = lx.is(e, rRetain) && vw.negatedNear(h.from, 3)
	return kept("retention/stated", f)
}

// deletedNear reports whether a word of deleting stands within two words
// of h in its clause ("permanently deleted", "permanently de-identify").
func (vw *view) deletedNear(h hit) bool {
	for p := max(h.from-2, int32(vw.own)); p < h.to+2 && int(p) < len(vw.toks); p++ {
		if p >= h.from && p < h.to || vw.clause[p] != vw.clause[h.from] {
			continue
		}
		if vw.in(p, wordsDeleting) {
			return true
		}
	}
	return false
}

// periods finds retention periods: a number (or "one".."twelve") followed by
// a time unit, in a sentence about keeping data.
func (vw *view) periods(s *sentence, c *sentenceContext, dst []Finding) []Finding {
	if !c.retain && !c.store {
		return dst
	}
	for _, h := range vw.hits {
		if int(h.from) < vw.own+1 || !vw.isRule(h, rPeriod) {
			continue
		}
		k := vw.toks[h.from-1]
		if vw.d.toks[k].num <= 0 && !vw.d.isWord(k, gNumberWords) {
			continue
		}
		if !c.retain {
			// Only a verb of keeping or deleting: the period must be how
			// long ("stores IP addresses for 90 days", "removes it after
			// 90 days"), not any number of days in the sentence ("we store
			// your request and respond within 30 days").
			before := int(h.from) >= vw.own+2 && vw.is(h.from-2, gPeriodLead) // "for 90 days", "up to"
			after := int(h.to) < len(vw.toks) && vw.is(h.to, gPeriodEnd)      // "30 days after"
			if !before && !after {
				continue
			}
		}
		t0, t1 := vw.d.toks[k], vw.tok(h.to-1)
		f := Finding{Kind: "retention", ID: "period", Category: "data-retention", Start: int(t0.start), End: int(t1.end),
			Text: vw.d.text[int(t0.start):int(t1.end)], Rule: "retention.period", Sentence: Span{s.start, s.end}}
		f.Explanation = "A retention period they state: " + f.Text + "."
		dst = append(dst, f)
	}
	return dst
}
