package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// retentionClass judges what the policy says about keeping data (rule class
// "retention"); periods are read with their numbers (see periods).
type retentionClass struct{}

func (*retentionClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	e := vw.Entry(h)
	lx := vw.Doc.Lexicon
	switch {
	case lx.Is(e, lexicon.RPeriod):
		return drop("retention/period-read-with-its-number")
	case lx.Is(e, lexicon.RAsNeeded), lx.Is(e, lexicon.RIndefinite):
		// A verb of keeping or deleting anywhere in the sentence: "We
		// may store the information we hold about you indefinitely",
		// "When we no longer need it, we delete it". 'Indefinitely'
		// needs one of keeping: "permanently deleted" is the opposite.
		if !c.Retain && !c.Store {
			return drop("retention/no-keeping-verb")
		}
		// "We may disclose it as required by law", "we keep it and may
		// disclose it as required by law": words of the law that are also
		// the authorities' read as keeping only after a verb of keeping
		// or deleting in their clause, with no verb of passing data
		// between ("we keep it as required by law", "retained as long as
		// permitted by applicable law").
		if lx.Is(e, lexicon.RAsNeeded) && lawEnforcementOver(vw, h) && !keptForTheLaw(vw, h) {
			return drop("retention/the-law-names-no-keeping")
		}
		// "You have the right to erasure of your data where it is no
		// longer necessary for the purposes it was collected for": when
		// the reader's right applies, not how long they keep data.
		if lx.Is(e, lexicon.RAsNeeded) && (readersRightBefore(vw, h) || readerAsksDeletion(vw, h)) {
			return drop("retention/a-rights-condition")
		}
		if lx.Is(e, lexicon.RIndefinite) && (!c.Retain && !vw.Keeps() || vw.NegatedNear(h.From, 5) || deletedNear(vw, h)) {
			return drop("retention/not-kept-indefinitely")
		}
		// "if you post something, you should assume it's here forever":
		// advice to the reader on what others may keep, not how long the
		// company keeps data.
		if lx.Is(e, lexicon.RIndefinite) && advisedToAssume(vw, h) {
			return drop("retention/advice-to-the-reader")
		}
		// "If we permanently save the data you upload, we give you
		// functions to delete it": keeping forever named in the
		// condition that opens the sentence is what the rest depends
		// on, not a statement that data is kept forever.
		if lx.Is(e, lexicon.RIndefinite) && inOpeningCondition(vw, h) {
			return drop("retention/in-a-condition")
		}
		// "Non-personal information may be retained indefinitely", "we may
		// retain information that no longer identifies you indefinitely":
		// no longer the reader's data.
		if lx.Is(e, lexicon.RIndefinite) && (aggregateData(vw) || nonPersonal(vw) || notIdentifying(vw)) {
			return drop("retention/not-personal-data")
		}
	}
	// "the collection, use and retention of personal information": one
	// of a list of things done to data, named, not described.
	if h.To-h.From == 1 && vw.HasWord(h, lexicon.GKeepingNouns) && h.From >= 2 &&
		vw.Is(h.From-1, lexicon.GAndOr) && vw.Is(h.From-2, lexicon.GHandlingNouns) {
		return drop("retention/named-in-a-list")
	}
	// "customer retention", "retention and win-back campaigns": customers
	// kept, not data.
	if h.To-h.From == 1 && vw.HasWord(h, lexicon.GKeepingNouns) && customersKept(vw, h) {
		return drop("retention/customers-kept")
	}
	// "archiving purposes in the public interest": a purpose named, not
	// data kept.
	if h.To-h.From == 1 && int(h.To) < len(vw.Toks) && vw.Is(h.To, lexicon.GPurpose) {
		return drop("retention/names-a-purpose")
	}
	// "You have the right to ask that we delete the data we collected and
	// retained", "the right to know how long we keep it": the data or the
	// subject of the reader's right, in the right's own clause, not a
	// statement of keeping.
	if lx.Is(e, lexicon.RRetain) && (readersRightBefore(vw, h) && sameClauseAsRight(vw, h) || readerAsksDeletion(vw, h)) {
		return drop("retention/in-a-rights-clause")
	}
	// "The policy that was archived on 2017-12-31": a copy of no data.
	if h.To-h.From == 1 && vw.HasWord(h, lexicon.GCopyNouns) && !namesData(vw) {
		return drop("retention/no-data-copied")
	}
	// "We keep certain information confidential": how data is kept, not
	// for how long.
	if lx.Is(e, lexicon.RRetain) && int(h.To) < len(vw.Toks) && vw.In(h.To, lexicon.WordsKeptStates) {
		return drop("retention/kept-in-a-state")
	}
	// "We still retain all our rights", "you retain ownership of your
	// content": a right or a title kept, not data.
	if lx.Is(e, lexicon.RRetain) && h.To-h.From == 1 && retainsRight(vw, h) {
		return drop("retention/a-right-kept")
	}
	// "your browser saves the information on your hard disk", "the data
	// is retained on your device and is not collected by us": kept on the
	// reader's side, not by the company.
	if lx.Is(e, lexicon.RRetain) && keptOnReadersSide(vw, h) && !CookieLifetime(vw) {
		return drop("retention/on-the-readers-side")
	}
	// "Other search engines save your search history", "Other websites
	// may keep your data": what other companies keep, named beside the
	// company's own practice, is not the company's keeping.
	if lx.Is(e, lexicon.RRetain) && keptByOthers(vw, h) {
		return drop("retention/kept-by-others")
	}
	// "We use cookies to save your password", "Saving your User ID, so you
	// don't have to re-enter it": a cookie's saving, or a login saved for
	// the reader's convenience, says nothing of how long data is kept.
	if lx.Is(e, lexicon.RRetain) && vw.In(h.From, lexicon.WordsSaving) && (cookiesNamed(vw) || loginSaved(vw, h)) {
		return drop("retention/saved-for-convenience")
	}
	// "how long visitors stayed", "when and how long you use them": how
	// long the reader stays, not how long data is kept ("how long we keep
	// your data" has a verb of keeping or deleting after it).
	if lx.Is(e, lexicon.RRetain) && askedHowLong(vw, h) && !keepingAfter(vw, h.To) {
		return drop("retention/how-long-of-a-visit")
	}
	f := finding(e, "retention", "data-retention")
	// A need with a bare verb of keeping and no statement of keeping
	// ("Legitimate interests are our reasons for using your data, such as
	// keeping our records up to date ... or regulatory purposes") decides
	// the verdict only where no statement of keeping does (see
	// decideRetention).
	weak := lx.Is(e, lexicon.RAsNeeded) && !c.Retain && !keepsOwn(vw, c, h)
	// "persistent cookies stay on your computer until you delete them",
	// "These cookies are automatically deleted after a set time": how long
	// a cookie lasts, not how long they keep data.
	if (lx.Is(e, lexicon.RRetain) || lx.Is(e, lexicon.RAsNeeded) || lx.Is(e, lexicon.RIndefinite)) && CookieLifetime(vw) {
		f.ID = "cookie-lifetime"
		return kept("retention/cookie-lifetime", f)
	}
	// A denied deleting still speaks of keeping: "We do not delete your
	// data after you close your account" keeps it. A "No" to "Do you keep
	// my data after I leave?" denies the keeping as a negator would.
	f.Negated = lx.Is(e, lexicon.RRetain) && (vw.NegatedNear(h.From, 3) || vw.IntroDenies(h.From, c)) && !vw.HasSetWord(h, lexicon.WordsDeleting)
	vd := kept("retention/stated", f)
	vd.Incidental = weak
	return vd
}

// LawNeedsOnly reports whether every need for keeping data in the
// sentence's own words is the law's or the books' (words law-needs open
// it: "as required by law", "to comply with our legal obligations", "for
// tax purposes"), none led by "as long as" ("for as long as permitted by
// law"; words long-as): the sentence says why some data is kept ("we may
// retain certain information as required by law"), not how long.
func LawNeedsOnly(vw *sentence.View) bool {
	n := 0
	for _, g := range vw.Hits {
		if int(g.From) < vw.Own || !vw.IsRule(g, lexicon.RAsNeeded) {
			continue
		}
		if !vw.In(g.From, lexicon.WordsLawNeeds) || g.From-2 >= int32(vw.Own) && vw.In(g.From-2, lexicon.WordsLongAs) {
			return false
		}
		n++
	}
	return n > 0
}

// keptByAnother reports whether the reader or another party acts for h:
// the nearest party before it in its clause ("Third-party ad servers use
// log files", "you may attach your activity logs"), unless a word of comparing stands before h in its clause,
// when that party is what the company is likened to ("Like many other
// websites, Acme makes use of log files").
func keptByAnother(vw *sentence.View, h lexicon.Hit) bool {
	if a := vw.ActorBefore(h.From); a != sentence.PartyReader && a != sentence.PartyThird {
		return false
	}
	for p := h.From - 1; p >= int32(vw.Own) && vw.Clause[p] == vw.Clause[h.From]; p-- {
		if vw.Is(p, lexicon.GComparing) {
			return false
		}
	}
	return true
}

// keptOnReadersSide reports whether the verb of keeping h has the reader's
// browser as its subject (a word of a browser at most three words before
// it, in its clause: "your browser saves the information") or keeps data
// on the reader's machine ("on your device", "on your hard disk" at most
// four words after it; "discarded when you close your browser" is not).
func keptOnReadersSide(vw *sentence.View, h lexicon.Hit) bool {
	if vw.SetBefore(h.From, 3, lexicon.WordsBrowserNames) {
		return true
	}
	for p := h.To; int(p)+1 < len(vw.Toks) && p <= h.To+4 && vw.Clause[p] == vw.Clause[h.From]; p++ {
		if vw.Is(p-1, lexicon.GOn) && vw.In(p, lexicon.WordsYourForms) && (vw.In(p+1, lexicon.WordsDeviceNames) || vw.In(p+1, lexicon.WordsBrowserNames) || vw.In(p+1, lexicon.WordsReaderMachines)) {
			return true
		}
	}
	return false
}

// keptElsewhere reports whether the sentence has verbs of keeping and
// every one keeps on the reader's side or by other companies (see
// keptOnReadersSide, keptByOthers).
func keptElsewhere(vw *sentence.View) bool {
	n := 0
	for _, h := range vw.Hits {
		if !vw.IsRule(h, lexicon.RRetain) && !vw.IsRule(h, lexicon.RStore) {
			continue
		}
		if !keptOnReadersSide(vw, h) && !keptByOthers(vw, h) {
			return false
		}
		n++
	}
	return n > 0
}

// keptByOthers reports whether the nearest party before the verb of
// keeping h, in its clause, past the reader ("Outside websites you visit
// may keep your data"), is other companies: a party cue that opens
// with a word of otherness ("other", "outside", "external"; words
// other-companies), not the company's own providers ("our service
// providers retain it for 30 days" is still their keeping).
func keptByOthers(vw *sentence.View, h lexicon.Hit) bool {
	for i := len(vw.Hits) - 1; i >= 0; i-- {
		g := vw.Hits[i]
		if g.From >= h.From || int(g.From) < vw.Own || vw.Clause[g.From] != vw.Clause[h.From] {
			continue
		}
		if vw.IsRule(g, lexicon.RWe) {
			return false // "other sites link to us, and we keep ..."
		}
		if vw.IsRule(g, lexicon.ROtherActor) {
			return vw.In(g.From, lexicon.WordsOtherCompanies)
		}
	}
	return false
}

// customersKept reports whether a word of customers stands right before
// the noun of keeping h (words customers-kept: "customer retention") or a
// word of marketing at most four words after it in its clause (words
// customers-kept-after: "retention and win-back marketing").
func customersKept(vw *sentence.View, h lexicon.Hit) bool {
	if h.From > int32(vw.Own) && vw.In(h.From-1, lexicon.WordsCustomersKept) {
		return true
	}
	for p := h.To; int(p) < len(vw.Toks) && p <= h.To+3 && vw.Clause[p] == vw.Clause[h.From]; p++ {
		if vw.In(p, lexicon.WordsCustomersKeptAfter) {
			return true
		}
	}
	return false
}

// retainsRight reports whether the object of the verb of retaining h, past
// at most three small words ("all our", "the"), is a word of a right or a
// title ("retain all our rights", "retains ownership", "retain the right to
// remove content").
func retainsRight(vw *sentence.View, h lexicon.Hit) bool {
	for p := h.To; int(p) < len(vw.Toks) && p <= h.To+3 && vw.Clause[p] == vw.Clause[h.From]; p++ {
		if vw.In(p, lexicon.WordsRetainedRights) {
			return true
		}
		if !vw.In(p, lexicon.WordsDeterminers) && !vw.Is(p, lexicon.GPossessives) {
			return false
		}
	}
	return false
}

// namesData reports whether the sentence's own words name data of any
// kind, however vaguely ("data", "your information"): DataBetween counts
// the hits that start after its first position, so it starts one before.
func namesData(vw *sentence.View) bool {
	return vw.DataBetween(int32(vw.Own)-1, int32(len(vw.Toks)))
}

// aggregateData reports whether the sentence names aggregated or
// de-identified data: a word of it followed closely by data or by another
// such word ("aggregated, anonymized or pseudonymized information",
// "aggregate statistics"; not "keep yourself as anonymous as you want").
func aggregateData(vw *sentence.View) bool {
	if !vw.MayHaveIn(lexicon.WordsAggregate) {
		return false
	}
	for p := int32(vw.Own); int(p) < len(vw.Toks); p++ {
		if !vw.In(p, lexicon.WordsAggregate) {
			continue
		}
		for q := p + 1; int(q) < len(vw.Toks) && q <= p+3; q++ {
			if vw.In(q, lexicon.WordsAggregate) || vw.DataAt(q) {
				return true
			}
		}
	}
	return false
}

// notIdentifying reports whether the sentence says its data does not
// identify the reader: a verb of identifying with a word of denying at most
// three words before it ("information that no longer identifies you", "data
// that does not identify you", "data which cannot be used to identify you").
func notIdentifying(vw *sentence.View) bool {
	if !vw.MayHaveIn(lexicon.WordsIdentifying) {
		return false
	}
	for p := int32(vw.Own); int(p) < len(vw.Toks); p++ {
		if !vw.In(p, lexicon.WordsIdentifying) {
			continue
		}
		for q := p - 1; q >= int32(vw.Own) && q >= p-4; q-- {
			if vw.In(q, lexicon.WordsNotIdentifyingLead) {
				return true
			}
		}
	}
	return false
}

// nonPersonal reports whether the sentence names non-personal data.
func nonPersonal(vw *sentence.View) bool {
	for _, g := range vw.Hits {
		if vw.IsRule(g, lexicon.RNonPersonal) {
			return true
		}
	}
	return false
}

// paymentDataOnly reports whether the data the sentence's own words name
// is financial only (payment card, bank details).
func paymentDataOnly(vw *sentence.View) bool {
	some := false
	for _, g := range vw.Hits {
		if e := vw.Entry(g); e.Cls == lexicon.ClassDatatype && int(g.From) >= vw.Own {
			if e.Grp != lexicon.GroupFinancial {
				return false
			}
			some = true
		}
	}
	return some
}

// CookieLifetime reports whether the sentence is about how long cookies last:
// it names cookies or similar technologies and no other data ("Session
// cookies expire when you close your browser; persistent cookies remain for
// two years").
//
// A call, not inlined: the page's WebAssembly had a copy of its loop at
// each use.
//
//go:noinline
func CookieLifetime(vw *sentence.View) bool {
	cookies := false
	for _, g := range vw.Hits {
		if e := vw.Entry(g); e.Cls == lexicon.ClassDatatype {
			if e.Grp != lexicon.GroupCookiesTracking {
				return false
			}
			cookies = true
		}
	}
	return cookies
}

// deletedNear reports whether a word of deleting stands within three words
// of h in its clause ("permanently deleted", "permanently and irreversibly
// delete", "permanently anonymized").
func deletedNear(vw *sentence.View, h lexicon.Hit) bool {
	for p := max(h.From-3, int32(vw.Own)); p < h.To+3 && int(p) < len(vw.Toks); p++ {
		if p >= h.From && p < h.To || vw.Clause[p] != vw.Clause[h.From] {
			continue
		}
		if vw.In(p, lexicon.WordsDeleting) {
			return true
		}
	}
	return false
}

// Periods finds retention periods: a number (or "one".."twelve") followed by
// a time unit, in a sentence about keeping data.
func Periods(vw *sentence.View, c *sentence.Context, dst []Evidence) []Evidence {
	if !c.Retain && !c.Store {
		return dst
	}
	// "Right of Deletion, please note: - we will process your request
	// within 45 days": the intro's words of deleting carry to an item that
	// names no data and keeps none itself; its period is how soon they
	// answer, not how long they keep data.
	if !ownKeeping(vw) && !namesData(vw) {
		return dst
	}
	// "Other websites may keep your data for 2 years", "The notes are
	// retained on your device for 30 days": how long others, or the
	// reader's machine, keep it.
	if keptElsewhere(vw) {
		return dst
	}
	for _, h := range vw.Hits {
		if int(h.From) < vw.Own+1 || !vw.IsRule(h, lexicon.RPeriod) {
			continue
		}
		// The number, past a word such as "calendar" ("30 calendar days").
		n := h.From - 1
		if vw.Is(n, lexicon.GPeriodUnitMods) && int(n) > vw.Own {
			n--
		}
		// "1 (one) month", "thirty (30) days", "one hundred and eighty
		// (180) days": the figure and its words, all of them.
		from, v := vw.NumberEnding(n)
		if v <= 0 {
			continue
		}
		if from > int32(vw.Own) && vw.Tok(from-1).Num > 0 {
			from-- // "24-48 hours", "13 – 36 months": a range, from its first figures
		}
		if from > int32(vw.Own) && vw.Is(from-1, lexicon.GFrequency) {
			continue // "purge old records once a year": how often, not how long
		}
		// "notified no less than 30 days before the sale", "30 days'
		// notice": a lead time, not how long data is kept.
		// ("kept for 90 days prior to deletion", "remain for up to 30 days
		// before final deletion" are still how long.)
		if int(h.To) < len(vw.Toks) && vw.Is(h.To, lexicon.GPeriodAhead) && !(int(n) > vw.Own && (vw.Is(n-1, lexicon.GFor) || vw.Is(n-1, lexicon.GTo))) {
			continue
		}
		// "we will respond to your request within 1 month": how soon
		// they answer, even where the sentence also keeps data ("subject
		// to our rights to retain the data").
		if answeredWithin(vw, n) {
			continue
		}
		// "If your account is inactive for two years, we may still keep
		// your playlists": a period in the sentence's condition says when
		// a rule applies, not how long data is kept, unless the rule
		// deletes ("If you do not log in for two years, we delete your
		// account").
		if inCondition(vw, n) && !deletesOutsideCondition(vw) {
			continue
		}
		m := minimumBefore(vw, from) // "at least", "a minimum of"
		if !c.Retain {
			// Only a verb of keeping or deleting: the period must be how
			// long ("stores IP addresses for 90 days", "removes it after
			// 90 days"), not any number of days in the sentence ("we store
			// your request and respond within 30 days").
			// A figure in brackets after its words ("for seven (7) years")
			// is led by the word before the words, when that is "for".
			// (Not past a comma or bracket: in "may take up to one (1)
			// month (following the receipt of the proof)" the words after
			// the bracket say when a task starts, not how long data stays.)
			before := int(n) >= vw.Own+1 && vw.Is(n-1, lexicon.GPeriodLead) || // "for 90 days", "up to"
				from < n && int(from) >= vw.Own+1 && vw.Is(from-1, lexicon.GFor) ||
				m >= 0 // "kept at least seven years"
			after := int(h.To) < len(vw.Toks) && vw.Is(h.To, lexicon.GPeriodEnd) && vw.Tok(h.To).SepBefore < text.SepComma // "30 days after", "7 years following"
			if !before && !after {
				continue
			}
		}
		// "for at least seven years": the least time kept, no limit,
		// its words quoted with it.
		if m >= 0 {
			from = m
		}
		dst = append(dst, Evidence{From: from, To: h.To, Minimum: m >= 0})
	}
	return dst
}

// minimumBefore returns where the words that make the period at p the least
// time data is kept begin, ending right before it ("at least", "a minimum
// of": cue period-minimum), or -1.
func minimumBefore(vw *sentence.View, p int32) int32 {
	for _, g := range vw.Hits {
		if g.To == p && int(g.From) >= vw.Own && vw.IsRule(g, lexicon.RPeriodMinimum) {
			return g.From
		}
	}
	return -1
}

// inCondition reports whether the word at p stands in a condition that
// opens with a word of supposing ("if", grammar hypothetical) with no comma
// nor modal between ("If your account is inactive for two years"; not "If
// you leave, your data stays for six months", nor "If a post is deleted
// its IP address will be deleted within 100 days").
func inCondition(vw *sentence.View, p int32) bool {
	for q := p - 1; q >= int32(vw.Own) && vw.Clause[q] == vw.Clause[p] && vw.Tok(q+1).SepBefore < text.SepComma && !vw.In(q, lexicon.WordsMainModals); q-- {
		if vw.Is(q, lexicon.GHypothetical) {
			return true
		}
	}
	return false
}

// deletesOutsideCondition reports whether a word of deleting stands in
// the sentence outside a condition (see inCondition). The prefix "de" of
// the set counts only before a verb of identifying ("de-identify its
// data"): "we may de-activate your account if you have not logged in for
// six months" closes an account, it deletes nothing.
func deletesOutsideCondition(vw *sentence.View) bool {
	for p := int32(vw.Own); int(p) < len(vw.Toks); p++ {
		if !vw.In(p, lexicon.WordsDeleting) || inCondition(vw, p) {
			continue
		}
		if t := vw.Tok(p); t.End-t.Start == 2 && (int(p)+1 >= len(vw.Toks) || !vw.In(p+1, lexicon.WordsIdentifying)) {
			continue // "de-activate", "de-register"
		}
		return true
	}
	return false
}

// answeredWithin reports whether a word of answering stands at most six
// words before the number at n, in its clause, with no word of keeping or
// deleting between, other than the name of a request ("we will respond to
// your request within 1 month", "respond to your deletion request within
// 30 days", "we reply within 30 days"): the period is how soon they
// answer. ("We answer your emails and delete them after 30 days" keeps its
// period.)
func answeredWithin(vw *sentence.View, n int32) bool {
	for p := n - 1; p >= int32(vw.Own) && p >= n-6 && vw.Clause[p] == vw.Clause[n]; p-- {
		switch {
		case vw.In(p, lexicon.WordsKeeping) || vw.In(p, lexicon.WordsDeleting) && !vw.In(p+1, lexicon.WordsReaderAsks):
			return false // "respond and delete it within 30 days" ("your deletion request" is what they answer)
		case vw.In(p, lexicon.WordsAnswering):
			return true
		}
	}
	return false
}

// sameClauseAsRight reports whether the last word of a right before hit h
// is the reader's ("you have the right", "your right": the reader at most
// four words before it) and in h's clause ("the right to request that we
// delete what we retained"; not "You may ask us to delete it; we will
// retain some of it", nor "a request you make (rights to your data), the
// retention period is set by law").
func sameClauseAsRight(vw *sentence.View, h lexicon.Hit) bool {
	for p := h.From - 1; p >= int32(vw.Own); p-- {
		if vw.Is(p, lexicon.GRight) {
			return vw.Clause[p] == vw.Clause[h.From] && readerHasRight(vw, p)
		}
	}
	return false
}

// readerHasRight reports whether the reader stands at most four words
// before right word p, with no comma or bracket between ("you have the
// right", "your right"; not "a request you make (removal, rights").
func readerHasRight(vw *sentence.View, p int32) bool {
	for q := p; q > p-5 && q >= int32(vw.Own); q-- {
		if q < p && vw.Is(q, lexicon.GReader) {
			return true
		}
		if vw.Tok(q).SepBefore >= text.SepComma {
			return false
		}
	}
	return false
}

// holdsNoData reports whether keeping verb h is a form of "hold" that keeps
// nothing of the reader's: its object is not "your", "their", "it" or "them"
// ("We have held true to our values for more than 130 years"; not "we hold
// your records for 7 years").
func holdsNoData(vw *sentence.View, h lexicon.Hit) bool {
	p := h.To - 1
	if !vw.Is(p, lexicon.GHolding) {
		return false
	}
	p++
	return int(p) >= len(vw.Toks) || !(vw.In(p, lexicon.WordsYourForms) || vw.Is(p, lexicon.GTheir) || vw.Is(p, lexicon.GItThem))
}

// ownKeeping reports whether the sentence's own words (not its intro's)
// hold a verb of keeping or deleting data.
func ownKeeping(vw *sentence.View) bool {
	for _, h := range vw.Hits {
		if int(h.From) >= vw.Own && (vw.IsRule(h, lexicon.RRetain) || vw.IsRule(h, lexicon.RStore) || vw.IsRule(h, lexicon.RDeletion)) && !holdsNoData(vw, h) {
			return true
		}
	}
	return false
}

// readersRightBefore reports whether the sentence gives the reader a right
// before hit h: "you" or "your" and then "right" or "rights" stand before
// it, and no word of reserving ("we reserve the right").
func readersRightBefore(vw *sentence.View, h lexicon.Hit) bool {
	for p := int32(vw.Own); p < h.From; p++ {
		if vw.Is(p, lexicon.GRight) {
			return vw.SentenceHasIn(int32(vw.Own), p, lexicon.GReader) && !vw.SentenceHasIn(int32(vw.Own), h.From, lexicon.GReserving)
		}
	}
	return false
}

// readerAsksDeletion reports whether the reader asks for deletion before
// h, in h's clause and with no "but" between: "you may request that we
// erase your data if it is no longer necessary", "you can ask us to delete
// it when we no longer need it" (a right without the word "right": see
// readersRightBefore). The words of asking stand at most three words
// after the reader and at most four before the word of deleting, with
// no comma between; h starts at that word or after it.
func readerAsksDeletion(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.MayHaveIn(lexicon.WordsAsking) || !vw.MayHaveIn(lexicon.WordsDeleting) {
		return false
	}
	for p := int32(vw.Own) + 1; p < h.From; p++ {
		if !vw.In(p, lexicon.WordsAsking) || !vw.SentenceHasIn(max(p-3, int32(vw.Own)), p, lexicon.GReader) || !vw.Spaced(max(p-3, int32(vw.Own)), p) {
			continue
		}
		for q := p + 1; q <= p+4 && q <= h.From && int(q) < len(vw.Toks); q++ {
			if vw.Tok(q).SepBefore != text.SepSpace {
				break
			}
			if vw.In(q, lexicon.WordsDeleting) {
				return vw.Spaced(q, h.From) && !clauseBreakIn(vw, q, h.From)
			}
		}
	}
	return false
}

// clauseBreakIn reports whether a clause-break cue ("but", "however")
// starts in [from, to).
func clauseBreakIn(vw *sentence.View, from, to int32) bool {
	for _, g := range vw.Hits {
		if g.From >= from && g.From < to && vw.IsRule(g, lexicon.RClauseBreak) {
			return true
		}
	}
	return false
}

// lawEnforcementOver reports whether a law-enforcement recipient hit
// covers h ("as required by law", "comply with legal obligations").
func lawEnforcementOver(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.From <= h.From && g.To >= h.To && vw.IsRule(g, lexicon.RLawEnforcement) {
			return true
		}
	}
	return false
}

// keptForTheLaw reports whether the last verb of keeping or deleting data
// before h stands in h's clause, or in the intro of its list, with no verb
// of passing data on between them ("we retain it as required by law"; not
// "we keep it and disclose it as required by law"). A clause that a
// condition opens ("as permitted by law", "for as long as permitted by
// law") runs on from the clause before it.
func keptForTheLaw(vw *sentence.View, h lexicon.Hit) bool {
	lo := h.From // the first position of the clauses h's verb may stand in
	for steps := 0; steps < 3; steps++ {
		for int(lo) > vw.Own && vw.Clause[lo-1] == vw.Clause[lo] {
			lo--
		}
		if int(lo) <= vw.Own || !conditionAt(vw, lo) {
			break
		}
		lo--
	}
	for i := len(vw.Hits) - 1; i >= 0; i-- {
		g := vw.Hits[i]
		if g.From >= h.From {
			continue
		}
		if int(g.From) >= vw.Own && g.From < lo {
			return false
		}
		switch {
		case vw.IsRule(g, lexicon.RShare):
			return false
		case vw.IsRule(g, lexicon.RRetain) || vw.IsRule(g, lexicon.RStore) || vw.IsRule(g, lexicon.RDeletion):
			return true
		}
	}
	return false
}

// conditionAt reports whether a condition hit starts at p.
func conditionAt(vw *sentence.View, p int32) bool {
	for _, g := range vw.Hits {
		if g.From == p && vw.IsRule(g, lexicon.RCondition) {
			return true
		}
	}
	return false
}

// LogsKept finds the sentence's statement that the company keeps logs,
// without a period: a word of logging (words logging) that is not signing
// in ("log in", "log you out"; words log-in-after) nor logs on the reader's
// phone ("call logs"; grammar device-logs), not denied (NotKept reads "we
// keep no logs"), in a sentence about keeping, collecting or using data,
// and kept by the company, not the reader or another party (see
// keptByAnother): "Like many websites, we use log files", "We log usage
// data when you use the Services", "information stored in our server
// logs", "our servers log your IP address". The evidence is the first such
// word.
func LogsKept(vw *sentence.View, c *sentence.Context, dst []Evidence) []Evidence {
	if !c.Store && !c.Retain && !c.Collect && !c.Use || !vw.MayHaveIn(lexicon.WordsLogging) {
		return dst
	}
	for p := int32(vw.Own); int(p) < len(vw.Toks); p++ {
		if !vw.In(p, lexicon.WordsLogging) {
			continue
		}
		if q := p + 1; int(q) < len(vw.Toks) && (vw.In(q, lexicon.WordsLogInAfter) ||
			int(q)+1 < len(vw.Toks) && (vw.Is(q, lexicon.GReader) || vw.Is(q, lexicon.GItThem)) && vw.In(q+1, lexicon.WordsLogInAfter)) {
			continue
		}
		if p > int32(vw.Own) && vw.Is(p-1, lexicon.GDeviceLogs) {
			continue
		}
		h := lexicon.Hit{From: p, To: p + 1}
		if vw.NegatedNear(p, 3) || negatorAt(vw, p+1) || vw.Supposed(p) || keptByAnother(vw, h) || keptOnReadersSide(vw, h) || namesCookie(vw, p) {
			continue
		}
		// The data the word names, where it names some ("log files",
		// "server logs", "Log Data").
		ev := Evidence{From: p, To: p + 1}
		for _, g := range vw.Hits {
			if g.From <= p && g.To > p && vw.Entry(g).Cls == lexicon.ClassDatatype {
				ev = Evidence{From: g.From, To: g.To}
			}
		}
		return append(dst, ev)
	}
	return dst
}

// negatorAt reports whether a negator that counts starts at p, in the
// clause of the word before it ("we log nothing").
func negatorAt(vw *sentence.View, p int32) bool {
	for i, h := range vw.Hits {
		if h.From == p && vw.NegAt[i] && vw.Clause[p] == vw.Clause[p-1] {
			return true
		}
	}
	return false
}

// namesCookie reports whether the word at p is part of a tracker's name,
// within or right before a cookie's hit ("traffic log cookies").
func namesCookie(vw *sentence.View, p int32) bool {
	for _, g := range vw.Hits {
		if (g.From <= p && g.To > p || g.From == p+1) && vw.Entry(g).Grp == lexicon.GroupCookiesTracking {
			return true
		}
	}
	return false
}

// NotKept finds the sentence's denial that data is kept at all: a verb of
// keeping (words keeping-denied) in its own words that a negator stands
// right before, past forms of "be" and a few adverbs ("We never keep logs",
// "We do not store your IP address", "Your messages are not logged or
// stored", "will not be saved"), or that "no" follows with the records or
// data it keeps ("We keep no logs"), or whose subject "no" opens the
// sentence ("No logs are kept"). The verb keeps the reader's data or
// records (see keptObject). It is no such denial where a word after the
// verb limits or conditions it ("not kept longer than needed", "not stored
// after you leave", "not stored outside the EU", "unless required"; see
// limitedAfter), where the reader, another party or a cookie keeps ("you
// do not save", "other sites do not keep", "these cookies do not hold your
// name"), in a relative clause ("data that must not be logged is
// discarded"), in the reader's right ("you may ask that we not keep"), in
// a supposition, where "logged" is signing in, or where the data is
// cookies only or payment details only ("We do not store your credit card
// details": how payments are handled, not that no data is kept), nor in a
// sentence about children ("we never collect or keep data from anyone we
// know to be under 13": whom the service is not for, not what is kept of
// its users). The evidence runs from the negator to the verb (or from
// the verb to its records); the first denial only.
func NotKept(vw *sentence.View, c *sentence.Context, dst []Evidence) []Evidence {
	if !vw.MayHaveIn(lexicon.WordsKeepingDenied) || c.Children || CookieLifetime(vw) || paymentDataOnly(vw) {
		return dst
	}
	end := int32(len(vw.Toks))
	for p := vw.NextIn(int32(vw.Own), end, lexicon.WordsKeepingDenied); p < end; p = vw.NextIn(p+1, end, lexicon.WordsKeepingDenied) {
		// "if you are not logged in": signing in, no log kept.
		if int(p)+1 < len(vw.Toks) && vw.In(p, lexicon.WordsLogging) && vw.In(p+1, lexicon.WordsLogInAfter) {
			continue
		}
		from, to, ok := deniedKeeping(vw, p)
		if !ok || !keptObject(vw, p) || limitedAfter(vw, p) {
			continue
		}
		h := lexicon.Hit{From: p, To: p + 1}
		if a := vw.ActorBefore(p); a == sentence.PartyReader || a == sentence.PartyThird || cookiesBefore(vw, p) || relativeBefore(vw, from) {
			continue
		}
		if vw.Supposed(p) || readersRightBefore(vw, h) || keptOnReadersSide(vw, h) || keptByOthers(vw, h) {
			continue
		}
		return append(dst, Evidence{From: from, To: to})
	}
	return dst
}

// deniedKeeping reports whether the verb of keeping at p is denied (see
// NotKept), and the span of the denial.
func deniedKeeping(vw *sentence.View, p int32) (from, to int32, ok bool) {
	// A negator right before, past fillers: "do not store", "will not be
	// stored", "never ever keep".
	q := p - 1
	for n := 0; n < 2 && q > int32(vw.Own) && vw.In(q, lexicon.WordsDenialFillers); n++ {
		q--
	}
	if n, ok := negatorEndingAt(vw, q+1); ok && vw.Clause[n] == vw.Clause[p] {
		return n, p + 1, true
	}
	// "We keep no logs", "store no personal data".
	if int(p)+2 < len(vw.Toks) && vw.Clause[p+1] == vw.Clause[p] {
		if n, ok := negatorEndingAt(vw, p+2); ok && n == p+1 {
			for r := p + 2; int(r) < len(vw.Toks) && r <= p+4 && vw.Clause[r] == vw.Clause[p]; r++ {
				if vw.In(r, lexicon.WordsKeptRecords) || vw.DataAt(r) {
					return p, r + 1, true
				}
			}
		}
	}
	// "are not monitored, recorded, logged or stored": the verb is one of
	// a list of single words, joined by commas or "and"/"or", that a
	// negator opens (the list's first word denied as above).
	if m, ok := listOpening(vw, p); ok {
		q := m - 1
		for n := 0; n < 2 && q > int32(vw.Own) && vw.In(q, lexicon.WordsDenialFillers); n++ {
			q--
		}
		if n, ok := negatorEndingAt(vw, q+1); ok && vw.Clause[n] == vw.Clause[m] {
			return n, p + 1, true
		}
	}
	// "No logs are kept", "No personal data is stored": "no" opens the
	// sentence, the verb is passive, in its first clause.
	if n, ok := negatorEndingAt(vw, int32(vw.Own)+1); ok && int(n) == vw.Own && p-n <= 10 && p > n+1 &&
		vw.Clause[n] == vw.Clause[p] && vw.In(p-1, lexicon.WordsBeForms) {
		return n, p + 1, true
	}
	return 0, 0, false
}

// listOpening returns the first word of the list of single words that the
// word at p ends ("monitored, recorded, logged" for "logged"; "logged or
// stored" for "stored"), joined by commas or "and"/"or", at most six words
// long; false when p is no later word of such a list.
func listOpening(vw *sentence.View, p int32) (int32, bool) {
	m := p
	for n := 0; n < 6; n++ {
		switch {
		case m-1 > int32(vw.Own) && vw.Is(m-1, lexicon.GAndOr) && vw.Tok(m-1).SepBefore <= text.SepComma && vw.Tok(m).SepBefore == text.SepSpace:
			m -= 2 // "logged or stored", "recorded, and stored"
		case m > int32(vw.Own) && vw.Tok(m).SepBefore == text.SepComma && !vw.Is(m, lexicon.GAndOr):
			m-- // "monitored, recorded"
		default:
			return m, m < p
		}
	}
	return m, m < p
}

// negatorEndingAt returns where the negator (one that counts) that ends at
// p starts.
func negatorEndingAt(vw *sentence.View, p int32) (int32, bool) {
	for i, h := range vw.Hits {
		if h.To == p && vw.NegAt[i] {
			return h.From, true
		}
	}
	return 0, false
}

// keptObject reports whether the verb of keeping at p keeps data: the
// sentence names data, its clause a record word (other than the verb) or
// something of the reader's ("your messages"), or "it" or "them" follows
// the verb.
func keptObject(vw *sentence.View, p int32) bool {
	if namesData(vw) {
		return true
	}
	for r := int32(vw.Own); int(r) < len(vw.Toks); r++ {
		if vw.Clause[r] != vw.Clause[p] {
			continue
		}
		if vw.In(r, lexicon.WordsKeptRecords) && r != p || vw.In(r, lexicon.WordsYourForms) || r == p+1 && vw.Is(r, lexicon.GItThem) {
			return true
		}
	}
	return false
}

// limitedAfter reports whether a word that limits or conditions keeping
// (words denial-limits) stands after the verb at p in its clause or opens
// a later clause ("we don't store personal information on our servers
// unless required for a service"), or an exception follows anywhere.
func limitedAfter(vw *sentence.View, p int32) bool {
	for r := p + 1; int(r) < len(vw.Toks); r++ {
		opens := vw.Clause[r] != vw.Clause[r-1]
		if (vw.Clause[r] == vw.Clause[p] || opens) && vw.In(r, lexicon.WordsDenialLimits) || vw.Is(r, lexicon.GExclusions) {
			return true
		}
	}
	return false
}

// cookiesBefore reports whether cookies are named before p in its clause:
// "these cookies do not hold your name" is what a cookie holds.
func cookiesBefore(vw *sentence.View, p int32) bool {
	for _, g := range vw.Hits {
		if g.From < p && vw.Clause[g.From] == vw.Clause[p] && vw.Entry(g).Grp == lexicon.GroupCookiesTracking {
			return true
		}
	}
	return false
}

// relativeBefore reports whether a relative word stands at most two words
// before the denial starting at from ("data that must not be logged"): the
// denial describes data another verb speaks of.
func relativeBefore(vw *sentence.View, from int32) bool {
	for q := from - 1; q >= int32(vw.Own) && q >= from-2; q-- {
		if vw.Is(q, lexicon.GRelative) {
			return true
		}
	}
	return false
}

// AfterLeaving reports whether the period ending at to, in the sentence of
// vw, is how long data stays after the reader's account ends: the sentence
// has a word of deleting, closing or cancelling that governs a word of
// account ("If you ask us to delete your account it will first be placed
// into a deactivated state for 30 days", "following the deletion of the
// account", "after your account is closed"), and the period is not counted
// from something else ("two years after your last activity"); or the
// sentence deletes data at the reader's asking ("we will delete your
// profile within 90 days of your request", "it may stay in our archives
// for up to 30 days when you ask for it to be deleted": "you" or "your"
// right before a word of asking, and a word of deleting).
func AfterLeaving(vw *sentence.View, to int32) bool {
	if int(to) < len(vw.Toks) && vw.Is(to, lexicon.GPeriodEnd) && !vw.SetFrom(int(to), lexicon.WordsLeavingActs) {
		return false
	}
	asked := false
	for p := int32(vw.Own); int(p) < len(vw.Toks); p++ {
		if vw.In(p, lexicon.WordsLeavingActs) && accountEnds(vw, p) {
			return true
		}
		asked = asked || p > int32(vw.Own) && vw.In(p, lexicon.WordsAsking) && (vw.Is(p-1, lexicon.GReader) || vw.In(p-1, lexicon.WordsYourForms))
	}
	return asked && vw.SetFrom(vw.Own, lexicon.WordsDeleting)
}

// accountEnds reports whether the word of leaving at p governs a word of
// account: one at most three words after it ("delete your account",
// "deletion of the account", "cancel your subscription"), or one before it
// with only forms of "be" and words such as "has" or "gets" between
// ("your account is closed", "an account that gets closed", "account
// deletion").
func accountEnds(vw *sentence.View, p int32) bool {
	for q := p + 1; q <= p+3 && int(q) < len(vw.Toks) && vw.Clause[q] == vw.Clause[p]; q++ {
		if vw.In(q, lexicon.WordsAccountWords) {
			return true
		}
	}
	for q := p - 1; q >= int32(vw.Own) && q >= p-4 && vw.Clause[q] == vw.Clause[p]; q-- {
		switch {
		case vw.In(q, lexicon.WordsAccountWords):
			return true
		case !vw.In(q, lexicon.WordsBeForms) && !vw.In(q, lexicon.WordsAccountEndLinks):
			return false
		}
	}
	return false
}

// SomeDataOnly reports whether the sentence of vw names only specific kinds
// of data, none in general ("the log of that search is deleted after 6
// months", "we delete IP addresses after 100 days"; not "we keep your
// personal information, such as your name, for 2 years"): a period stated
// there is how long that data is kept, not all of it.
func SomeDataOnly(vw *sentence.View) bool {
	some := false
	for _, h := range vw.Hits {
		if e := vw.Entry(h); e.Cls == lexicon.ClassDatatype && int(h.From) >= vw.Own {
			if sentence.Unnamed(e) {
				return false
			}
			some = true
		}
	}
	return some
}

// NotPersonalKept reports whether the data the sentence of vw keeps is
// not the reader's: a verb of keeping (rule "retain" or the store cue, "we
// keep") followed, after at
// most two determiners, by a word of aggregated or de-identified data or
// by non-personal data ("We retain aggregated or anonymous information for
// as long as necessary", "we keep the non-personal information we collect
// for 24 months"; not "we delete or de-identify your personal information
// when we no longer need it"). How long such data is kept says nothing of
// how long theirs is.
func NotPersonalKept(vw *sentence.View) bool {
	lx := vw.Doc.Lexicon
	for _, g := range vw.Hits {
		if int(g.From) < vw.Own || !lx.Is(vw.Entry(g), lexicon.RRetain) && !lx.Is(vw.Entry(g), lexicon.RStore) {
			continue
		}
		// The first verb of keeping only ("we retain an archive of your
		// data ..., and may retain anonymized data"): its data is the
		// sentence's.
		p := g.To
		for n := 0; n < 2 && int(p) < len(vw.Toks) && vw.In(p, lexicon.WordsDeterminers); n++ {
			p++
		}
		if int(p) >= len(vw.Toks) {
			return false
		}
		if vw.In(p, lexicon.WordsAggregate) {
			return true
		}
		for _, k := range vw.Hits {
			if k.From == p && vw.IsRule(k, lexicon.RNonPersonal) {
				return true
			}
		}
		return false
	}
	return false
}

// SomeDataKept reports whether a need for keeping data in the sentence of
// vw is of some data only: it names only specific kinds of data
// (SomeDataOnly: "we store payment information only as long as needed to
// complete the transaction") or the backups and leftover copies data
// lingers in ("your information may remain in our backup files and
// archives for a reasonable time").
func SomeDataKept(vw *sentence.View) bool {
	if SomeDataOnly(vw) {
		return true
	}
	if !vw.MayHaveIn(lexicon.WordsRecordStores) {
		return false
	}
	for p := int32(vw.Own); int(p) < len(vw.Toks); p++ {
		if vw.In(p, lexicon.WordsRecordStores) && !vw.In(p, lexicon.WordsLogging) {
			return true
		}
	}
	return false
}

// ForExample reports whether the sentence of vw opens as an example ("For
// example, if you use the Map, we store information about your favorite
// places for up to 40 days", "For instance, ..."): a period stated there is
// how long the data of the example is kept, not all data.
func ForExample(vw *sentence.View) bool {
	p := int32(vw.Own)
	return int(p)+1 < len(vw.Toks) && vw.Is(p, lexicon.GFor) && vw.Is(p+1, lexicon.GExampleNouns)
}

// RecordStorePeriod reports whether the period from from to to, in the
// sentence of vw, is how long some records apart from the data are kept:
// a word of logs, backups or lingering copies stands before it in its
// clause ("logs are automatically removed after 1 month", "deleted
// information remains in our backups for up to 90 days", "residual copies
// may stay for 30 days"; not "log" as in signing in, "if you do not log in
// for 2 years"), or one of backups or archives names their place at most
// three words after it ("for up to 30 days in our archives"). Such a
// period is of some data only, as one of IP addresses is, whatever data
// the sentence names.
func RecordStorePeriod(vw *sentence.View, from, to int32) bool {
	if !vw.MayHaveIn(lexicon.WordsRecordStores) {
		return false
	}
	for p := to; int(p) < len(vw.Toks) && p <= to+2 && vw.Clause[p] == vw.Clause[from]; p++ {
		if vw.In(p, lexicon.WordsRecordStores) && !vw.In(p, lexicon.WordsLogging) {
			return true
		}
	}
	for p := from - 1; p >= int32(vw.Own) && vw.Clause[p] == vw.Clause[from]; p-- {
		if !vw.In(p, lexicon.WordsRecordStores) {
			continue
		}
		if q := p + 1; vw.In(p, lexicon.WordsLogging) && int(q) < len(vw.Toks) && vw.In(q, lexicon.WordsLogInAfter) {
			continue
		}
		return true
	}
	return false
}

// cookiesNamed reports whether the sentence's own words name cookies or a
// like technology.
func cookiesNamed(vw *sentence.View) bool {
	for _, g := range vw.Hits {
		if int(g.From) >= vw.Own && vw.Entry(g).Grp == lexicon.GroupCookiesTracking {
			return true
		}
	}
	return false
}

// loginSaved reports whether the first data named within four words after
// the verb of saving of hit h, in its clause, is account or profile data
// ("save your user name and password").
func loginSaved(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.From < h.From || g.From > h.From+4 || vw.Clause[g.From] != vw.Clause[h.From] {
			continue
		}
		if e := vw.Entry(g); e.Cls == lexicon.ClassDatatype {
			return e.Grp == lexicon.GroupUserProfile
		}
	}
	return false
}

// askedHowLong reports whether hit h is "how long" or "for how long": a
// short hit that opens with a question word, or with one word before it.
func askedHowLong(vw *sentence.View, h lexicon.Hit) bool {
	return h.To-h.From <= 3 && (vw.Is(h.From, lexicon.GQuestionWords) || h.From+1 < h.To && vw.Is(h.From+1, lexicon.GQuestionWords))
}

// keepingAfter reports whether a word of keeping or deleting data stands
// within six words from p.
func keepingAfter(vw *sentence.View, p int32) bool {
	for q := p; q < p+6 && int(q) < len(vw.Toks); q++ {
		if vw.In(q, lexicon.WordsKeeping) || vw.In(q, lexicon.WordsDeleting) {
			return true
		}
	}
	return false
}

// keepsOwn reports whether a verb of keeping or deleting in the sentence's
// own words (not its list's intro) states what as-needed hit h qualifies:
// in h's clause, or anywhere in a sentence that neither uses nor passes on
// data ("When we no longer need it, we delete it"; not "We may use it to
// service and maintain your account; ... or to meet regulatory
// requirements").
func keepsOwn(vw *sentence.View, c *sentence.Context, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if int(g.From) >= vw.Own && vw.IsRule(g, lexicon.RStore) && (vw.Clause[g.From] == vw.Clause[h.From] || !c.Use && !c.Share) {
			return true
		}
	}
	return false
}

// inOpeningCondition reports whether hit h stands in the condition that
// opens the sentence ("If", "When", "Whenever"), before any comma or
// stronger break: "If we permanently save it, ..." (not "If you leave a
// comment, it is kept indefinitely", where the keeping is the main clause).
func inOpeningCondition(vw *sentence.View, h lexicon.Hit) bool {
	q := int32(vw.Own)
	if q >= h.From || !vw.Is(q, lexicon.GOccasion) {
		return false
	}
	for p := q + 1; p <= h.From; p++ {
		if vw.Tok(p).SepBefore >= text.SepComma {
			return false
		}
	}
	return true
}

// advisedToAssume reports whether hit h follows advice to the reader in its
// sentence ("you should", "we recommend that you": rule cue.advice) with
// no "we" between them: "you should assume anything you post stays here
// forever" tells the reader what to expect of posting, not that the
// company keeps data ("you should know that we may keep it forever" has
// "we").
func advisedToAssume(vw *sentence.View, h lexicon.Hit) bool {
	advice := false
	for _, g := range vw.Hits {
		if g.From >= h.From {
			break // (the hits are in order of position)
		}
		switch {
		case int(g.From) >= vw.Own && vw.IsRule(g, lexicon.RAdvice):
			advice = true
		case advice && vw.IsRule(g, lexicon.RWe):
			advice = false
		}
	}
	return advice
}
