package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
)

// sourceClass judges where data about the reader comes from, besides the
// reader (rule class "source", an aside class): social networks, data
// brokers, partners, public sources, others. A source counts where the
// company gets data from it: "we receive information about you from data
// brokers", "our partners may share information with us", "if you log in
// with Facebook, we receive your name", a list item under "We obtain
// information from:". Not a source: "third parties may collect information
// from you", "unsubscribe from third-party emails".
type sourceClass struct{}

func (*sourceClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	switch {
	case c.Heading:
		return drop("source/heading")
	case c.Meta && !(c.MetaIntro && vw.SentenceHasIn(int32(vw.Own), int32(len(vw.Toks)), lexicon.GWe)):
		// Under "Categories of Information We Collect:" an item in which
		// "we" act states its own practice: "We may also collect
		// information about you from other sources, such as other users".
		return drop("source/about-the-policy")
	case c.Warning || c.Instructs:
		return drop("source/advice")
	case coveredByData(vw, h):
		// "Internet Service Provider", "Twitter handles": data named.
		return drop("source/in-a-name")
	case inLawName(vw, h):
		// "exempt from the California Public Records Act": a law's name.
		return drop("source/law-name")
	case vw.NamesOwn(h):
		// "when you create a Google Account" in Google's policy, "others
		// on Twitter" in Twitter's: the company itself, no source besides
		// it.
		return drop("source/own-name")
	}
	how, at := "", int32(-1) // how it is a source; where its data is got from ("from")
	got := false             // the way it is a source says the company gets data from it
	from := fromAt(vw, h)
	switch {
	case from >= 0:
		how, at = "source/from", from
	case receivedFromThem(vw, h) >= 0:
		how, got = "source/from-them", true
	case vw.HasWord(h, lexicon.GConnects):
		how = "source/signed-in-with"
	case givesUs(vw, h):
		how, got = "source/gives-us", true
	case givenUsBy(vw, h):
		how, got = "source/given-us-by", true
	case collectsForUs(vw, h):
		how, got = "source/collects-for-us", true
	case analysesForUs(vw, h):
		how, got = "source/analytics-for-us", true
	case letsUsCollect(vw, h):
		how, got = "source/lets-us-collect", true
	case listedSource(vw, c, h):
		how = "source/listed"
	default:
		return drop("source/not-a-source")
	}
	if at >= 0 {
		if r := notReceived(vw, c, h, at); r != "" {
			return drop(r)
		}
	} else if !got && !received(vw, c) {
		return drop("source/nothing-received")
	}
	f := decision{Kind: "source", ID: vw.Entry(h).ID, Category: "other"}
	f.Negated = negatedAt(vw, c, h)
	return kept(how, f)
}

// coveredByData reports whether a longer data type hit covers source hit
// h: the source is part of the name of data ("Internet Service Provider",
// "Twitter handles"), unless the data is what signing in passes on ("log in
// with your Facebook account").
func coveredByData(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.From > h.From {
			break
		}
		if g.To >= h.To && g.To-g.From > h.To-h.From && vw.Entry(g).Cls == lexicon.ClassDatatype && !vw.HasWord(g, lexicon.GConnects) {
			return true
		}
	}
	return false
}

// fromAt returns where "from" (or "through", "via") stands before source
// hit h, in its clause, with no verb, "you", "to" or "with" between ("from
// our carefully selected partners", "from customers, vendors, third parties
// or public sources", "obtained through its partners"; not "from being
// viewed or used by third parties", "from children who attend a partner
// school"), or -1.
func fromAt(vw *sentence.View, h lexicon.Hit) int32 {
	if !vw.MayHaveIn(lexicon.WordsSourceLead) {
		return -1 // no lead in the view: the loop could only return -1
	}
	example := false     // an example lead stands between: "from third parties who ..., such as data brokers"
	limit := h.From - 12 // (a list of examples reaches further back, as in View.FromSource)
	for p := h.From - 1; p >= int32(vw.Own) && p >= limit; p-- {
		if vw.Clause[p] != vw.Clause[h.From] {
			// "We collect it from: advertising networks, ...": a lead
			// right before a colon opens the list h is in.
			if vw.In(p, lexicon.WordsSourceLead) && vw.ColonAfter(p) {
				return p
			}
			break
		}
		// (Each list of examples reaches further back: "from other
		// sources, such as our group companies, our vendors (for example,
		// ticket sellers and merchandise vendors), or advertisers": every
		// word that opens examples, View.ExamplesOpen, is one of them.)
		if vw.Is(p, lexicon.GExampleLead) {
			limit = min(limit, p-12)
		}
		switch {
		case vw.In(p, lexicon.WordsSourceLead):
			return p
		case vw.Is(p, lexicon.GReader), vw.Is(p, lexicon.GToWith), verbAt(vw, p), !example && vw.Is(p, lexicon.GRelative) && !vw.Is(p, lexicon.GThat):
			// "who", "which": h is in a clause about what the data comes
			// from ("from children who are pupils of the school"). ("that"
			// is as often "from that platform".)
			return -1
		case vw.Is(p, lexicon.GExampleLead):
			example = true
		}
	}
	return -1
}

// verbAt reports whether position p lies in a verb hit of the view.
func verbAt(vw *sentence.View, p int32) bool {
	for _, vi := range vw.Verbs {
		if v := vw.Hits[vi]; v.From <= p && p < v.To {
			return true
		}
	}
	return false
}

// notReceived returns why the company does not get data from source hit h
// whose "from" stands at p, or "": it must be got by a verb of collecting or
// receiving before p in its clause ("we may receive information about you
// from data brokers", "information we obtain from other sources"), with data
// named in the clause, and neither the reader ("you may opt out of
// receiving emails from our partners") nor a third party ("advertisers may
// combine it with information they receive from other sources") gets it.
func notReceived(vw *sentence.View, c *sentence.Context, h lexicon.Hit, p int32) string {
	q := vw.OwnSetBefore(p, p, lexicon.WordsReceiving) // the nearest in p's clause
	if q < 0 {
		// "data from 3rd parties (e.g. phone type)", "- Information about
		// you from partners;": data named with where it comes from, and no
		// verb to say what is done with it.
		q = dataRightBefore(vw, p)
		if q < 0 || c.ProtectsOnly() || verbBetween(vw, int32(vw.Own), p) {
			return "source/nothing-received"
		}
	}
	for _, g := range vw.Hits {
		if g.From < q && vw.Entry(g).Choice && vw.Clause[g.From] == vw.Clause[q] {
			return "source/object-of-a-choice" // "opt out of receiving emails from our partners"
		}
	}
	if messagesReceived(vw, q, p) {
		return "source/a-sender"
	}
	switch vw.ActorBefore(q) {
	case sentence.PartyReader:
		return "source/the-reader-receives"
	case sentence.PartyThird:
		return "source/their-source"
	}
	for _, g := range vw.Hits {
		if vw.Clause[g.From] == vw.Clause[p] && (vw.Entry(g).Cls == lexicon.ClassDatatype || vw.IsRule(g, lexicon.RCollect)) {
			return ""
		}
	}
	if c.Collect {
		return ""
	}
	return "source/no-data-named"
}

// messagesReceived reports whether what the verb of receiving at q gets
// from the party after "from" at p is messages, no data: a word of
// marketing or of a message between them, and no data named there ("your
// preferences in receiving marketing from us and our partners", "children
// may receive unsolicited messages from other parties").
func messagesReceived(vw *sentence.View, q, p int32) bool {
	msg := false
	for k := q + 1; k < p; k++ {
		msg = msg || vw.In(k, lexicon.WordsMarketing) || vw.In(k, lexicon.WordsMessageWays)
	}
	if !msg {
		return false
	}
	for _, g := range vw.Hits {
		if g.From > q && g.From < p && vw.Entry(g).Cls == lexicon.ClassDatatype {
			return false
		}
	}
	return true
}

// received reports whether the sentence says the company gets data: a
// collecting cue, or a verb of receiving with data named, in the sentence or
// its list intro.
func received(vw *sentence.View, c *sentence.Context) bool {
	if c.Collect {
		return true
	}
	if !vw.SetFrom(0, lexicon.WordsReceiving) {
		return false
	}
	for _, g := range vw.Hits {
		if vw.Entry(g).Cls == lexicon.ClassDatatype {
			return true
		}
	}
	return false
}

// givesUs reports whether the party of hit h passes data to the company: a
// verb of passing on or giving after it in its clause, with "us" in or
// right after it ("our partners may share information with us", "they
// provide us with"), data given (givenData) if "with" or "to" stands right
// before the party, the verb not a passive one with "by" after it
// ("companies acquired by or merged with us" are what is acquired).
func givesUs(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.From < h.To || vw.Clause[g.From] != vw.Clause[h.From] || g.From-h.To > 8 {
			continue
		}
		if !vw.IsRule(g, lexicon.RShare) && !vw.IsRule(g, lexicon.RCollect) {
			continue
		}
		if int(g.To) < len(vw.Toks) && vw.Is(g.To, lexicon.GBy) {
			// "companies acquired by us", "affiliates owned by us": a
			// passive verb makes the party what is acted on.
			continue
		}
		if vw.IsRule(g, lexicon.RShare) && passedToUs(vw, g) {
			return true // "partners may share information about your purchases with us"
		}
		for p := g.From; p < g.To+5 && int(p) < len(vw.Toks) && vw.Clause[p] == vw.Clause[h.From]; p++ {
			if vw.Is(p, lexicon.GUs) {
				if p > g.From && vw.Is(p-1, lexicon.GFrom) {
					// "the information they receive from us": the
					// party gets data, it gives none.
					return false
				}
				// A party passed data to ("share data with vendors who
				// provide us with services") must be said to give data.
				return !vw.SentenceHasIn(max(h.From-3, int32(vw.Own)), h.From, lexicon.GToWith) || givenData(vw, h, p)
			}
		}
	}
	return false
}

// givenData reports whether data is named from a few words before party
// hit h to a few words after the "us" at us (or "it", "them" after h), the
// data before h not given to it ("with", "to" between): what
// the party gives us is data ("they share information about you with us",
// "provide us with your contact details", "share it with us", "information
// our partners provide to us"; not "vendors who provide us with services").
func givenData(vw *sentence.View, h lexicon.Hit, us int32) bool {
	end := min(us+7, int32(len(vw.Toks)))
	if vw.DataBetween(h.To-1, end) {
		return true
	}
	// Data before h, not given to h ("share personal data with vendors
	// who provide us with services").
	for _, d := range vw.Hits {
		if d.From >= max(h.From-7, int32(vw.Own)) && d.From < h.To && vw.Entry(d).Cls == lexicon.ClassDatatype && !vw.SentenceHasIn(d.To, h.From, lexicon.GToWith) {
			return true
		}
	}
	return vw.SentenceHasIn(h.To, end, lexicon.GItThem)
}

// givenUsBy reports whether the party of hit h is the agent of a passive
// verb of passing on or giving that names "us": "by" (and small words)
// right before h, the verb with "us" right before "by" ("data provided to
// us by trusted partners", "information shared with us by our affiliates").
func givenUsBy(vw *sentence.View, h lexicon.Hit) bool {
	p := byBefore(vw, h)
	if p < int32(vw.Own)+2 || !vw.Is(p-1, lexicon.GUs) {
		return false
	}
	for _, g := range vw.Hits {
		if g.From >= p-1 || g.To > p || !vw.IsRule(g, lexicon.RShare) && !vw.IsRule(g, lexicon.RCollect) {
			continue
		}
		// "provided to us" in the verb's hit, or "shared" then "with us".
		if g.To >= p-1 || g.To == p-2 && vw.Is(p-2, lexicon.GToWith) {
			return true
		}
	}
	return false
}

// byBefore returns where "by" stands before party hit h with only small
// words between, in the sentence's own words after its first ("data
// shared by partners", "provided to us by our affiliates"), or -1.
func byBefore(vw *sentence.View, h lexicon.Hit) int32 {
	p := h.From - 1
	for p > int32(vw.Own) && vw.In(p, lexicon.WordsDeterminers) {
		p--
	}
	if p <= int32(vw.Own) || !vw.Is(p, lexicon.GBy) {
		return -1
	}
	return p
}

// listedSource reports whether source hit h is what a list item names, its
// intro getting data from what it lists: "We obtain information about you
// from: - Data brokers and other third parties;", "- Third-party sources
// such as data brokers". The item opens with sources, joined by "and",
// "or", "such as" and small words, and has no verb (but in a later clause,
// after a title that names a party).
func listedSource(vw *sentence.View, c *sentence.Context, h lexicon.Hit) bool {
	if vw.Own == 0 {
		return false
	}
	// A verb after an item's run-in title that names a party ("- Business
	// Partners: Data shared by partners when ...") is in a clause of its
	// own; after a title that names data ("- Commercial information: This
	// includes ..."), the item lists data, not sources.
	party := partyAt(vw, h)
	for _, vi := range vw.Verbs {
		if v := vw.Hits[vi]; int(v.From) >= vw.Own && (!party || vw.Clause[v.From] == vw.Clause[h.From]) {
			return false
		}
	}
	for p := int32(vw.Own); p < h.From; p++ {
		if !vw.Is(p, lexicon.GAndOr) && !vw.In(p, lexicon.WordsDeterminers) && !vw.Is(p, lexicon.GExampleLead) && !inSource(vw, p) {
			return false
		}
	}
	// (The intro's "from" may stand anywhere in it; "through" or "via"
	// only as its last word: "We may get data about you via:".)
	from := fromOthersIn(vw, int32(vw.Own)) || vw.In(int32(vw.Own)-1, lexicon.WordsSourceLead)
	return from && (c.Collect || vw.SetFrom(0, lexicon.WordsReceiving))
}

// fromOthersIn reports whether a "from" before position end names where
// data comes from: not "from you" nor "from and about you" after a verb of
// passing data on ("We may share the information we collect from and
// about you with:" lists recipients; "We collect data from and about you
// through:" may list sources).
func fromOthersIn(vw *sentence.View, end int32) bool {
	for p := int32(0); p < end; p++ {
		if !vw.Is(p, lexicon.GFrom) {
			continue
		}
		you := p+1 < end && vw.Is(p+1, lexicon.GReader) || p+3 < end && vw.Is(p+1, lexicon.GAndOr) && vw.Is(p+3, lexicon.GReader)
		if !you || !shareBefore(vw, p) {
			return true
		}
	}
	return false
}

// shareBefore reports whether a verb of passing data on starts before p.
func shareBefore(vw *sentence.View, p int32) bool {
	for _, g := range vw.Hits {
		if g.From < p && vw.IsRule(g, lexicon.RShare) {
			return true
		}
	}
	return false
}

// partyAt reports whether a recipient hit spans source hit h: the source
// is named as a kind of party ("Business Partners", "Service Providers").
func partyAt(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.From <= h.From && g.To >= h.To && vw.Entry(g).Cls == lexicon.ClassRecipient {
			return true
		}
	}
	return false
}

// inSource reports whether position p lies in a source hit.
func inSource(vw *sentence.View, p int32) bool {
	for _, g := range vw.Aside {
		if g.From <= p && p < g.To && vw.Entry(g).Class == "source" {
			return true
		}
	}
	return false
}

// dataRightBefore returns where data is named right before the "from" at
// p, or with "about you" between ("information about you from"), or -1.
func dataRightBefore(vw *sentence.View, p int32) int32 {
	own := int32(vw.Own)
	switch {
	case p-1 >= own && vw.DataAt(p-1):
		return p - 1
	case p-3 >= own && vw.Is(p-1, lexicon.GReader) && vw.DataAt(p-3):
		return p - 3
	}
	return -1
}

// collectsForUs reports whether the party of source hit h collects data for
// the company: "we" engages it (a verb of using or partnering shortly before
// it) and "to" or "that" just after it opens a verb of collecting ("we may
// use contractors to collect personal information", "we use third-party
// services that collect usage data") or "track".
func collectsForUs(vw *sentence.View, h lexicon.Hit) bool {
	if !engagedByUs(vw, h) {
		return false
	}
	for _, g := range vw.Hits {
		if g.From <= h.To || g.From-h.To > 6 || vw.Clause[g.From] != vw.Clause[h.From] {
			continue
		}
		if vw.IsRule(g, lexicon.RCollect) && (vw.Is(g.From-1, lexicon.GTo) || vw.Is(g.From-1, lexicon.GThatWhich)) {
			return true
		}
	}
	// "we partner with third parties to track use of our sites": tracking
	// the reader is collecting.
	return int(h.To)+1 < len(vw.Toks) && (vw.Is(h.To, lexicon.GTo) || vw.Is(h.To, lexicon.GThatWhich)) && vw.Is(h.To+1, lexicon.GTrack)
}

// letsUsCollect reports whether the party of hit h enables the company to
// collect ("other companies that allow us to gather information",
// "partners, which enable us to collect data about your visits"): a verb of
// enabling at most three words after it, then "us", then the collecting
// (after "to" or not) in its clause. (Not "service providers help us
// collect payments": helping is a provider's task.)
func letsUsCollect(vw *sentence.View, h lexicon.Hit) bool {
	for p := h.To; p < h.To+3 && int(p)+2 < len(vw.Toks) && vw.Clause[p] == vw.Clause[h.From]; p++ {
		if !vw.In(p, lexicon.WordsEnabling) || !vw.Is(p+1, lexicon.GUs) {
			continue
		}
		at := p + 2
		if vw.Is(at, lexicon.GTo) {
			at++
		}
		for _, vi := range vw.Verbs {
			if g := vw.Hits[vi]; g.From == at && vw.IsRule(g, lexicon.RCollect) {
				return true
			}
		}
	}
	return false
}

// analysesForUs reports whether source hit h names an analytics service
// the company engages ("we use Google Analytics", "we work with third-party
// analytics providers"): it gathers data about the reader's visits for the
// company, so no verb of collecting need follow. (Not a tool the company
// runs, "we use analytics tools": the analytics recipient that ends where h
// ends is one, see ownTool.)
func analysesForUs(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.HasSetWord(h, lexicon.WordsAnalysing) || !engagedByUs(vw, h) {
		return false
	}
	for _, g := range vw.Hits {
		if g.To == h.To && vw.Entry(g).Cls == lexicon.ClassRecipient && ownTool(vw, g) {
			return false
		}
	}
	return true
}

// engagedByUs reports whether "we" engages the party of hit h: a verb of
// using or partnering at most four words before it, "we" at most six.
func engagedByUs(vw *sentence.View, h lexicon.Hit) bool {
	return vw.SetBefore(h.From, 4, lexicon.WordsEngaging) && vw.GrammarBefore(h.From, 6, lexicon.GWe)
}

// fromThemAt returns where "from them" (or "from those accounts", "from
// these services": a demonstrative and a word that names no data) stands
// after source hit h, in the sentence, the parties named by h (and any
// listed with it) being what "them" stands for ("we work closely with
// partners and may receive information about you from them"), or -1.
func fromThemAt(vw *sentence.View, h lexicon.Hit) int32 {
	if !vw.MayHave(lexicon.GFrom) {
		return -1
	}
	for p := h.To; int(p)+1 < len(vw.Toks); p++ {
		if !vw.Is(p, lexicon.GFrom) {
			continue
		}
		if vw.Is(p+1, lexicon.GItThem) && !vw.DataAt(p+1) ||
			vw.Is(p+1, lexicon.GDemonstratives) && int(p)+2 < len(vw.Toks) && !vw.DataAt(p+2) {
			return p
		}
	}
	return -1
}

// receivedFromThem returns where "from them" (fromThemAt) stands when the
// company gets data from them, them being the parties of source hit h, or
// -1: "we" stands before
// h, or a word of connecting an account does ("if you connect your account
// to a social network, we may collect information from those accounts"),
// the reader does not act after h, and a verb of receiving stands between h
// and "from them" with data named after it ("we work with partners and may
// receive information about you from them"; not "you can unsubscribe from
// them").
func receivedFromThem(vw *sentence.View, h lexicon.Hit) int32 {
	p := fromThemAt(vw, h)
	own := int32(vw.Own)
	if p < 0 {
		return -1
	}
	weBefore := vw.SentenceHasIn(own, h.From, lexicon.GWe) || vw.SentenceHasIn(own, h.From, lexicon.GConnects)
	for q := h.To; q < p; q++ {
		if vw.In(q, lexicon.WordsReceiving) {
			// ("If you use our apps with third-party services, we may
			// receive information about you from them": "we" right before
			// the verb, after the parties.)
			if !weBefore && !(q > h.To && vw.SentenceHasIn(max(h.To, q-3), q, lexicon.GWe)) {
				return -1
			}
			// "you may receive emails from them", "they get it from them":
			// someone else gets it.
			if vw.DataBetween(q, p) && !vw.SentenceHasIn(h.To, q, lexicon.GReader) && !vw.SentenceHasIn(h.To, q, lexicon.GThey) {
				return p
			}
			return -1
		}
	}
	return -1
}
