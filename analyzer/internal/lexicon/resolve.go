package lexicon

import "github.com/policylens/policylens/analyzer/internal/text"

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

// Resolve drops hits that are covered by a longer hit of a higher class,
// and of overlapping hits of one class keeps the longest (leftmost first).
// Hits are sorted by start; no hit is longer than maxLen tokens, which
// bounds the window each hit is compared with, and the window starts after
// the first hits that end before the hit starts. The hits of an aside class
// (purposes, sources, ...: "aside" in their rule file) are resolved only
// among themselves and go to aside, so that the other classes see the same
// hits with or without them.
func Resolve(lx *Lexicon, hs []Hit, out, aside []Hit) ([]Hit, []Hit) {
	lo := 0
	// out and aside in an array, which lives in memory: as variables,
	// their six words were stored to the stack at every hit, kept across
	// dominated's call.
	lists := [2][]Hit{out, aside}
	for i := range hs {
		// Skip the hits that end before h starts: they end before every
		// later hit starts too. (One test: a test of a start more than
		// maxLen tokens before h, before it, saved none, and MaxLen does
		// not count a name slot's token.)
		from, to := hs[i].From, hs[i].To
		for lo < i && hs[lo].To <= from {
			lo++
		}
		// A hit that no other overlaps, the commonest, needs no comparing.
		alone := lo == i && (i+1 == len(hs) || hs[i+1].From >= to)
		if !alone && dominated(lx, hs, i, lo) {
			continue
		}
		// (The hit read after the call, not kept across it: its four
		// fields were stored to the stack at every hit.)
		h := hs[i]
		k := 0
		if lx.Entries[h.Entry].Side != 0 {
			k = 1
		}
		lists[k] = append(lists[k], h)
	}
	return lists[0], lists[1]
}

// partyBefore reports whether a recipient (a party: "service providers",
// "third parties") ends at most two words before hit hs[j] starts: the
// party acts there ("third parties may receive your personal information"),
// so the words are no right of the reader's, nor only a limit on access
// ("these third parties have access to your personal data only to perform
// these tasks"), and their data stays a data type.
func partyBefore(lx *Lexicon, hs []Hit, j int) bool {
	from := hs[j].From
	for k := j - 1; k >= 0 && hs[k].From >= from-int32(lx.MaxLen)-2; k-- {
		if g := hs[k]; g.To <= from && from-g.To <= 2 && lx.Entries[g.Entry].Cls == ClassRecipient {
			return true
		}
	}
	return false
}

// JoinedRight reports whether right hit hs[i] (of entry access: "access",
// "view" and their phrases) opens with its bare verb (a weak hit of its entry
// starts with it) and follows "and" or "or" after a verb of collecting,
// using, keeping or passing on data: "we may use or access personal data",
// "store and access information on your device" join the right's verb to
// the company's use of the data, and name no right of the reader's. Such a
// hit is dropped before overlaps are resolved, so that the data it names
// stays ("receive or transfer a copy of your data" opens with no verb of the
// right, "a request to access or delete your data" with no verb of data:
// both stay rights).
func (lx *Lexicon) JoinedRight(toks []text.Token, hs []Hit, i int) bool {
	h := hs[i]
	if h.Weak || h.From < 2 || h.Entry != lx.Refs[RAccess] || !lx.MayBe(toks[h.From-1].ID, GAndOr) {
		return false
	}
	lo := i
	for lo > 0 && hs[lo-1].From >= h.From-int32(lx.MaxLen)-1 {
		lo--
	}
	verb, bare := int32(-1), false
	for k := lo; k < len(hs) && hs[k].From <= h.From; k++ {
		g := hs[k]
		switch {
		case g.From == h.From && g.Entry == h.Entry && g.Weak:
			bare = true
		case g.To == h.From-1:
			if e := &lx.Entries[g.Entry]; lx.DataVerb(e) || lx.Is(e, RStore) {
				verb = g.From
			}
		}
	}
	if verb < 0 || !bare {
		return false
	}
	// (Not "a request to delete or access your data": the verb is a
	// right's word too.)
	for k := lo; k < i; k++ {
		if hs[k].From == verb && lx.Entries[hs[k].Entry].Cls == ClassRight {
			return false
		}
	}
	return true
}

// dominated reports whether another hit near hs[i] (from index lo on) wins over it.
func dominated(lx *Lexicon, hs []Hit, i, lo int) bool {
	es := lx.Entries
	h := hs[i]
	he := &es[h.Entry]
	ph, hc := he.Prio, he.Cls
	hCue := hc == classCue
	for j := lo; j < len(hs) && hs[j].From < h.To; j++ {
		g := hs[j]
		if j == i || g.To <= h.From {
			continue
		}
		ge := &es[g.Entry]
		if ge.Side != he.Side {
			continue // an aside class and another
		}
		gc := ge.Cls
		// Readings of two classes that the classes judge apart, each
		// keeping its hit: pairs of two rule classes, none of them a cue
		// or a class of its own (classOther), which rules out most pairs
		// in one test (cue and cue, data type and data type, ...).
		if gc != hc && gc > classCue && hc > classCue {
			if gc == ClassHow && hc == ClassRight || gc == ClassRight && hc == ClassHow {
				continue // "browser settings" is both a right and how to use it
			}
			if gc == ClassHow && hc == classNotice || gc == classNotice && hc == ClassHow {
				continue // "notify you of changes by email": how changes are announced, and a way to write
			}
			if gc == classNotice && hc == classPractice || gc == classPractice && hc == classNotice {
				continue // "ask for your consent": a choice, and how changes are announced
			}
			if gc == ClassRight && hc == ClassDatatype && g.Entry == lx.Refs[RCookieControl] && he.Grp == GroupCookiesTracking {
				continue // "disable cookies": the reader's choice, over cookies the site sets
			}
			if (gc == ClassRight || gc == classSecurity) && hc == ClassDatatype && partyBefore(lx, hs, j) {
				continue // "service providers may access your personal information", "these third parties have access to your personal data only to": another's act, and the data
			}
			if gc == ClassRecipient && hc == ClassDatatype && he.Grp == GroupCookiesTracking {
				continue // "the Facebook pixel": the company that gets the data, and the tracker that sends it
			}
			if gc == classRetention && hc == ClassDatatype {
				continue // "keep personal information as long as": keeping, and the data kept
			}
			if gc == ClassLegalBasis && hc == classRetention {
				continue // "retain it to comply with our legal obligations": the legal basis, and how long data is kept
			}
		}
		if (gc == ClassRecipient && g.Entry == lx.Refs[RLawEnforcement] && h.Entry == lx.Refs[RAsNeeded]) ||
			(hc == ClassRecipient && h.Entry == lx.Refs[RLawEnforcement] && g.Entry == lx.Refs[RAsNeeded]) {
			continue // "keep it as required by law", "disclose it as required by law": keeping data for as long as the law requires, or handing it to the authorities; the classes judge which by the sentence's verbs
		}
		if gc == classRetention && hc == classRetention && g.Entry != h.Entry {
			continue // "is saved indefinitely": keeping data, and for how long
		}
		pg := ge.Prio
		same := gc == hc && (gc != classOther || ge.Class == he.Class)
		equal := g.From == h.From && g.To == h.To
		if same && he.Side != 0 && g.Weak != h.Weak {
			// A bare name of an aside class gives way to a phrase of it
			// it overlaps, however long: "for security and fraud
			// prevention" is read by "fraud prevention".
			if h.Weak {
				return true
			}
			continue
		}
		switch {
		case hCue && equal && gc == ClassRecipient && h.Entry == lx.Refs[RShare] && g.Entry == lx.Refs[RServiceProviders]:
			// "on our behalf": service providers, and data passed to them
		case hCue && (gc == ClassDatatype || gc == classPractice) && (h.Entry == lx.Refs[RCollect] || h.Entry == lx.Refs[RUse]):
			// "information you provide" is a data type and a collecting verb;
			// "send you newsletters" a use of contact details and a purpose
		case equal && (hCue && gc == ClassRight && g.Weak || hc == ClassRight && h.Weak && gc == classCue):
			// "remove" is a verb of deleting data and the bare word of a
			// right: the cue informs the sentence, the right class judges
			// the word.
		case equal:
			// Of two readings of the same words a weak one gives way
			// ("support" as a purpose and in "does not support Do Not
			// Track"; a bare word of a right and a purpose).
			if g.Weak != h.Weak && (gc == classPractice || hc == classPractice || gc == ClassRight || hc == ClassRight) {
				if h.Weak {
					return true
				}
				continue
			}
			if pg > ph || same && !hCue && j < i {
				return true
			}
		case hCue && gc == ClassDatatype:
			// "information you provide" is a data type and a collecting verb
		case g.From <= h.From && g.To >= h.To && h.Weak && hc == ClassRight && gc == ClassRight && g.Entry != h.Entry && !g.Weak && g.Entry != lx.Refs[RCookieControl]:
			// "access and update your information" is a right of access
			// that names a second one: the bare word stays for its class.
		case g.From <= h.From && g.To >= h.To && h.Weak && hc == ClassRight && gc == ClassRight && g.Entry == h.Entry && !g.Weak:
			// "delete" in "delete the personal information": the bare word
			// stays, and its class drops it where the phrase is kept, so
			// that it still counts where another right's phrase takes the
			// words ("correct, access or delete the personal information").
		case g.From <= h.From && g.To >= h.To: // g strictly covers h
			// The longer phrase is the more specific reading: "internet
			// service provider" is a data type, not a service provider.
			// But a choice's words ("You have the right to withdraw") do
			// not hide the right they name ("right to withdraw").
			if gc != classCue && !hCue && !(gc == classPractice && hc == ClassRight) || pg > ph || hCue && gc == classCue && pg >= ph {
				return true
			}
		case same && (hc == ClassDatatype || hc == ClassRecipient || hc == ClassRight || he.Side != 0): // partial overlap within one class
			// "contact information you provide", "anonymous information
			// about you": the specific data word names the data.
			if hc == ClassRight && g.Entry != h.Entry && !g.Weak && !h.Weak {
				continue // "see or delete your personal data": two rights named in full that share words
			}
			if he.Vague != ge.Vague && (g.From < h.From || g.To > h.To) {
				if he.Vague {
					return true
				}
				continue
			}
			lg, lh := g.To-g.From, h.To-h.From
			if lg > lh || lg == lh && g.From < h.From {
				return true
			}
		}
	}
	return false
}
