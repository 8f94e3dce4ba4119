package analyzer

// classPriority orders the rule classes for overlap resolution: a hit inside
// a longer hit of a higher class is dropped ("security" inside "social
// security number", "sale" inside "opt out of the sale"). A class not named
// here has priority 1; an entry may set its own ("priority" in the rule
// file: "not" inside "do not track").
var classPriority = map[string]int8{
	"right":     6,
	"recipient": 5, "legal-basis": 5, "transfer": 5, "change": 5, "children": 5, "how": 5,
	"datatype": 4, "notice": 4,
	"security": 3, "sale": 3, "retention": 3, "audience": 3, "fee": 3,
	"practice": 2,
	"dnt":      1, "cue": 1,
}

// resolve drops hits that are covered by a longer hit of a higher class,
// and of overlapping hits of one class keeps the longest (leftmost first).
// Hits are sorted by start; no hit is longer than maxLen tokens, which
// bounds the window each hit is compared with.
func resolve(lx *lexicon, hs []hit, out []hit) []hit {
	maxLen := lx.maxLen
	lo := 0
	for i, h := range hs {
		for lo < i && int(hs[lo].from) < int(h.from)-maxLen {
			lo++
		}
		if !dominated(lx, hs, i, lo) {
			out = append(out, h)
		}
	}
	return out
}

// dominated reports whether another hit near hs[i] (from index lo on) wins over it.
func dominated(lx *lexicon, hs []hit, i, lo int) bool {
	es := lx.entries
	h := hs[i]
	he := &es[h.ei]
	ph, hc := he.prio, he.cls
	hCue := hc == classCue
	for j := lo; j < len(hs) && hs[j].from < h.to; j++ {
		g := hs[j]
		if j == i || g.to <= h.from {
			continue
		}
		ge := &es[g.ei]
		gc := ge.cls
		if gc == classHow && hc == classRight || gc == classRight && hc == classHow {
			continue // "browser settings" is both a right and how to use it
		}
		if gc == classNotice && hc == classPractice || gc == classPractice && hc == classNotice {
			continue // "ask for your consent": a choice, and how changes are announced
		}
		if gc == classRight && hc == classDatatype && g.ei == lx.refs[rCookieControl] && he.Group == "cookies-tracking" {
			continue // "disable cookies": the reader's choice, over cookies the site sets
		}
		if gc == classRetention && hc == classDatatype {
			continue // "keep personal information as long as": keeping, and the data kept
		}
		if gc == classRetention && hc == classRetention && g.ei != h.ei {
			continue // "is saved indefinitely": keeping data, and for how long
		}
		pg := ge.prio
		same := gc == hc && (gc != classOther || ge.Class == he.Class)
		equal := g.from == h.from && g.to == h.to
		switch {
		case hCue && equal && gc == classRecipient && h.ei == lx.refs[rShare] && g.ei == lx.refs[rServiceProviders]:
			// "on our behalf": service providers, and data passed to them
		case hCue && (gc == classDatatype || gc == classPractice) && (h.ei == lx.refs[rCollect] || h.ei == lx.refs[rUse]):
			// "information you provide" is a data type and a collecting verb;
			// "send you newsletters" a use of contact details and a purpose
		case equal:
			// Of two readings of the same words a weak one gives way
			// ("support" as a purpose and in "does not support Do Not Track").
			if g.weak != h.weak && (gc == classPractice || hc == classPractice) {
				if h.weak {
					return true
				}
				continue
			}
			if pg > ph || same && !hCue && j < i {
				return true
			}
		case hCue && gc == classDatatype:
			// "information you provide" is a data type and a collecting verb
		case g.from <= h.from && g.to >= h.to: // g strictly covers h
			// The longer phrase is the more specific reading: "internet
			// service provider" is a data type, not a service provider.
			if gc != classCue && !hCue || pg > ph || hCue && gc == classCue && pg >= ph {
				return true
			}
		case same && (hc == classDatatype || hc == classRecipient || hc == classRight): // partial overlap within one class
			// "contact information you provide", "anonymous information
			// about you": the specific data word names the data.
			if he.Vague != ge.Vague && (g.from < h.from || g.to > h.to) {
				if he.Vague {
					return true
				}
				continue
			}
			lg, lh := g.to-g.from, h.to-h.from
			if lg > lh || lg == lh && g.from < h.from {
				return true
			}
		}
	}
	return false
}
