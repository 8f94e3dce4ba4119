package analyzer

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
)

// retentionClass judges what the policy says about keeping data (rule class
// "retention"); periods are read with their numbers (see periods).
type retentionClass struct{}

func (retentionClass) judge(vw *view, c *sentenceContext, i int, h lexicon.Hit) verdict {
	e := vw.en(h)
	lx := vw.d.lx
	switch {
	case lx.Is(e, lexicon.RPeriod):
		return drop("retention/period-read-with-its-number")
	case lx.Is(e, lexicon.RAsNeeded), lx.Is(e, lexicon.RIndefinite):
		// A verb of keeping or deleting anywhere in the sentence: "We
		// may store the information we hold about you indefinitely",
		// "When we no longer need it, we delete it". 'Indefinitely'
		// needs one of keeping: "permanently deleted" is the opposite.
		if !c.retain && !c.store {
			return drop("retention/no-keeping-verb")
		}
		if lx.Is(e, lexicon.RIndefinite) && (!c.retain && !vw.keeps() || vw.negatedNear(h.From, 3) || deletedNear(vw, h)) {
			return drop("retention/not-kept-indefinitely")
		}
	}
	// "the collection, use and retention of personal information": one
	// of a list of things done to data, named, not described.
	if h.To-h.From == 1 && vw.hasWord(h, lexicon.GKeepingNouns) && h.From >= 2 &&
		vw.is(h.From-1, lexicon.GAndOr) && vw.is(h.From-2, lexicon.GHandlingNouns) {
		return drop("retention/named-in-a-list")
	}
	f := finding(e, "retention", "data-retention")
	f.Negated = lx.Is(e, lexicon.RRetain) && vw.negatedNear(h.From, 3)
	return kept("retention/stated", f)
}

// deletedNear reports whether a word of deleting stands within two words
// of h in its clause ("permanently deleted", "permanently de-identify").
func deletedNear(vw *view, h lexicon.Hit) bool {
	for p := max(h.From-2, int32(vw.own)); p < h.To+2 && int(p) < len(vw.toks); p++ {
		if p >= h.From && p < h.To || vw.clause[p] != vw.clause[h.From] {
			continue
		}
		if vw.in(p, lexicon.WordsDeleting) {
			return true
		}
	}
	return false
}

// periods finds retention periods: a number (or "one".."twelve") followed by
// a time unit, in a sentence about keeping data.
func periods(vw *view, c *sentenceContext, dst []evidence) []evidence {
	if !c.retain && !c.store {
		return dst
	}
	for _, h := range vw.hits {
		if int(h.From) < vw.own+1 || !vw.isRule(h, lexicon.RPeriod) {
			continue
		}
		k := vw.toks[h.From-1]
		if vw.d.toks[k].Num <= 0 && !vw.d.isWord(k, lexicon.GNumberWords) {
			continue
		}
		if !c.retain {
			// Only a verb of keeping or deleting: the period must be how
			// long ("stores IP addresses for 90 days", "removes it after
			// 90 days"), not any number of days in the sentence ("we store
			// your request and respond within 30 days").
			before := int(h.From) >= vw.own+2 && vw.is(h.From-2, lexicon.GPeriodLead) // "for 90 days", "up to"
			after := int(h.To) < len(vw.toks) && vw.is(h.To, lexicon.GPeriodEnd)      // "30 days after"
			if !before && !after {
				continue
			}
		}
		dst = append(dst, evidence{from: h.From - 1, to: h.To})
	}
	return dst
}
