package sentence

import (
	"iter"
	"strings"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// party is who acts: the company, the reader or a third party.
type party uint8

const (
	nobody party = iota
	PartyWe
	PartyReader
	PartyThird
)

// ActorBefore returns who acts for the verb at position p: the nearest
// party named before it in its clause, nobody if none.
func (vw *View) ActorBefore(p int32) party { return vw.actorBefore(p, false) }

// SubjectBefore is ActorBefore with the parties that receive something
// passed over: a party after "to" or "with" (perhaps with "our" between)
// is an object, not who acts ("you may ... opt out of information sharing
// with our advertisers, or delete your account": the reader deletes).
func (vw *View) SubjectBefore(p int32) party { return vw.actorBefore(p, true) }

func (vw *View) actorBefore(p int32, skipReceivers bool) party {
	// From the last hit that starts before p (the hits are in order of
	// position): a walk back from the last hit passed over 117 K hits
	// after p over tb150, 15 instructions each.
	for i := FirstAt(vw.Hits, int(p)) - 1; i >= 0; i-- {
		h := vw.Hits[i]
		if vw.Clause[h.From] != vw.Clause[p] {
			continue
		}
		switch {
		case vw.IsRule(h, lexicon.RWe):
			// "If you receive emails from us and would like to opt
			// out": "us" after a preposition is its object, no actor
			// (but "for us to delete it": the infinitive's subject; "us
			// sharing", "by us": who acts).
			if h.To-h.From == 1 && vw.Is(h.From, lexicon.GUs) && h.From > int32(vw.Own) && vw.Is(h.From-1, lexicon.GObjectPreps) &&
				!vw.Is(h.From-1, lexicon.GFor) && !vw.Is(h.From-1, lexicon.GBy) && !vw.Is(h.From-1, lexicon.GOf) {
				continue
			}
			return PartyWe
		case vw.IsRule(h, lexicon.RYou):
			if vw.askedYou(h) {
				return PartyWe
			}
			if h.To-h.From == 1 && vw.Is(h.From, lexicon.GReader) && !vw.conditionBefore(h, p) && vw.readerReaches(h, p) {
				return PartyReader
			}
		case vw.IsRule(h, lexicon.RUserPref) && vw.HasWord(h, lexicon.GReader) && !vw.conditionBefore(h, p):
			// "If you do not provide information to us": the preference
			// cue holds the reader as its subject.
			return PartyReader
		case vw.Entry(h).Class == "practice" && vw.Is(h.From, lexicon.GReader) && h.To+1 == p && vw.Is(h.To, lexicon.GTo) && vw.sharesAt(p):
			// "You can choose to share your profile data": the choice's
			// words, right before "to" and a verb of passing on, hold the
			// reader as its subject (not "You consent to our disclosure").
			return PartyReader
		case vw.IsRule(h, lexicon.ROtherActor) || vw.Entry(h).Cls == lexicon.ClassRecipient:
			if skipReceivers && vw.receiverAt(h.From) || vw.readersPronoun(i) || vw.ComparedWith(h) {
				continue
			}
			return PartyThird
		case vw.Entry(h).Class == "cue" && vw.Is(h.From, lexicon.GWe):
			// "Where permitted by law, we may collect ...": the verb's
			// words hold their subject.
			return PartyWe
		}
	}
	return nobody
}

// conditionBefore reports whether reader hit h is the subject of a
// condition that opens its clause and ends with a comma before position p
// ("If you donate, your address may be shared with other charities"): the
// condition's subject does not act at p, where a recipient is named after
// the comma.
func (vw *View) conditionBefore(h lexicon.Hit, p int32) bool {
	q := h.From - 1
	if q < int32(vw.Own) || !vw.Is(q, lexicon.GConditional) || q > int32(vw.Own) && vw.Tok(q).SepBefore == text.SepSpace {
		return false
	}
	comma := int32(-1)
	for r := h.To; r <= p && comma < 0; r++ {
		if vw.Tok(r).SepBefore == text.SepComma {
			comma = r
		}
	}
	if comma < 0 {
		return false
	}
	// "If you do not object, Acme may share it with a family member": a
	// name opens the clause after it, its subject.
	if t := vw.Tok(comma); t.Flags&text.TokUpper != 0 && !vw.Is(comma, lexicon.GReader) && !vw.Doc.Lexicon.MayBe(t.ID, lexicon.GNameBreakers) {
		return true
	}
	// (Otherwise only where a recipient is named after it: "If you use
	// voice search, your voice is sent to Acme" may name the company
	// itself.)
	for _, g := range vw.Hits {
		if g.From > comma && vw.Entry(g).Cls == lexicon.ClassRecipient {
			return true
		}
	}
	return false
}

// ComparedWith reports whether party hit h is what the company likens
// itself to, not who acts or gets data: after a word of comparing ("like",
// "unlike") or "as" and a word of words comparing-as ("as with", "as do",
// "as well as" with a word of many), with only small words and words of
// many between, where the comparison opens the sentence or follows its
// subject ("we" or the company's name) and a comma: "As with other firms
// that run ads, we share ...", "We, as well as many other companies, use
// cookies", "We, like most other websites, keep log files". Not "partners
// like Google", nor "we share it with advertisers as well as other
// companies".
func (vw *View) ComparedWith(h lexicon.Hit) bool {
	if !vw.MayHave(lexicon.GComparing) && !vw.MayHaveIn(lexicon.WordsComparingAs) {
		return false // every way needs one (no call a token for most sentences)
	}
	own := int32(vw.Own)
	q, many := h.From-1, false
	for q > own && h.From-q <= 3 && (vw.In(q, lexicon.WordsDeterminers) || vw.In(q, lexicon.WordsManyOf)) {
		many = many || vw.In(q, lexicon.WordsManyOf)
		q--
	}
	switch {
	case q < own:
		return false
	case vw.Is(q, lexicon.GComparing):
	case q > own && vw.In(q, lexicon.WordsComparingAs) && vw.In(q-1, lexicon.WordsRoleAs):
		q-- // "as with", "as do"
	case many && q > own+1 && vw.In(q, lexicon.WordsRoleAs) && vw.In(q-1, lexicon.WordsComparingAs) && vw.In(q-2, lexicon.WordsRoleAs):
		// "as well as many other companies", not "We, as well as third
		// parties that provide content, may use cookies", where both act.
		q -= 2
	default:
		return false
	}
	if q == own {
		return true
	}
	if q-1 < own || vw.Tok(q).SepBefore != text.SepComma {
		return false
	}
	return vw.Is(q-1, lexicon.GWe) || vw.Doc.IsOwn(vw.Tok(q-1).ID)
}

// readersPronoun reports whether hit i is "they" or "their" standing for
// readers named as a group before it in the sentence: "All members have
// access to their own Privacy Center, where they can see and update:". The
// party named last before it is such a group ("members", "users",
// "customers"), not a company or another third party.
func (vw *View) readersPronoun(i int) bool {
	h := vw.Hits[i]
	if h.To-h.From != 1 || !vw.Is(h.From, lexicon.GThey) && !vw.Is(h.From, lexicon.GTheir) {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		g := vw.Hits[j]
		switch {
		case vw.IsRule(g, lexicon.RYou):
			return !vw.Is(g.From, lexicon.GReader) || g.To-g.From > 1
		case vw.IsRule(g, lexicon.RWe) || vw.Entry(g).Cls == lexicon.ClassRecipient:
			return false
		case vw.IsRule(g, lexicon.ROtherActor) && !vw.Is(g.From, lexicon.GThey) && !vw.Is(g.From, lexicon.GTheir):
			return false
		}
	}
	return false
}

// receiverAt reports whether the party named at p receives something: it
// follows "to" or "with", perhaps with a possessive between ("with our
// advertisers").
func (vw *View) receiverAt(p int32) bool {
	q := p - 1
	if q >= 0 && vw.Is(q, lexicon.GPossessives) {
		q--
	}
	return q >= 0 && vw.Is(q, lexicon.GToWith)
}

// ownClauseBefore yields the hits before token p in p's clause, in the
// sentence's own part (not its list intro), in order.
func (vw *View) ownClauseBefore(p int32) iter.Seq[lexicon.Hit] {
	return func(yield func(lexicon.Hit) bool) {
		for _, h := range vw.Hits {
			if h.From >= p {
				return
			}
			if int(h.From) >= vw.Own && vw.Clause[h.From] == vw.Clause[p] && !yield(h) {
				return
			}
		}
	}
}

// ReaderActs reports whether the reader is the subject of the verb at p:
// "you" is the first party named in the sentence's own part of its clause,
// and "we" does not follow before p ("You may not ... trade, buy or sell
// user names", but not "If you ask, we will ..." or "we will use the
// information you provide to answer your question").
func (vw *View) ReaderActs(p int32) bool {
	reader := false
	for h := range vw.ownClauseBefore(p) {
		switch {
		case vw.Is(h.From, lexicon.GWe):
			return false // "we", or a verb's words that open with it ("we will use")
		case vw.askedYou(h):
			return false
		case (vw.IsRule(h, lexicon.RYou) || vw.IsRule(h, lexicon.RUserPref)) && vw.Is(h.From, lexicon.GReader):
			// "you", or "You may not" / "If you do not" as one cue; not
			// an object ("may disclose information about you to").
			reader = reader || (h.From == int32(vw.Own) || !vw.Is(h.From-1, lexicon.GObjectPreps)) && vw.readerReaches(h, p)
		case !reader && (vw.IsRule(h, lexicon.ROtherActor) || vw.Entry(h).Cls == lexicon.ClassRecipient):
			return false
		}
	}
	return reader
}

// readerReaches reports whether reader hit h, before position p in its
// clause, may be the subject of the verb at p ("anyone you’ve shared your
// password with"). Not where h stands in brackets that close before p
// ("information (such as the page you're visiting) being sent to Google");
// nor past a modal that opens another statement, one after a word that is
// no modal, auxiliary, adverb, "and" or "or" and after no comma (not "you
// may also be asked", "you can view and may delete", "you, at any time,
// may"): "the recipients you’ve selected will be granted access",
// "Information you have provided may be shared", "whether you're a rider
// or a driver, Acme may share"; nor, where h opens a relative clause on the
// data or party named right before it, past a comma ("personal information
// you've submitted, and usage logs, to analyze the site").
func (vw *View) readerReaches(h lexicon.Hit, p int32) bool {
	if vw.InParens(h) && strings.IndexByte(vw.Doc.Text[vw.Tok(h.From).End:vw.Tok(p).Start], ')') >= 0 {
		return false
	}
	for q := h.To + 1; q < p; q++ {
		if vw.In(q, lexicon.WordsMainModals) && vw.Tok(q).SepBefore == text.SepSpace && !vw.In(q-1, lexicon.WordsMainModals) &&
			!vw.Is(q-1, lexicon.GAuxiliaries) && !vw.In(q-1, lexicon.WordsBeAdverbs) && !vw.Is(q-1, lexicon.GAndOr) {
			return false
		}
	}
	return !vw.onNamed(h) || !vw.SepIn(h.To, p, text.SepComma)
}

// onNamed reports whether hit h follows, past only a space and perhaps a
// relative word ("that", "which", "who"), the end of a data hit: h opens a
// relative clause on it ("personal information you've submitted", "the
// data that you share"). (Not a party's: in "we will provide to you, or a
// third party you have chosen, your data" the party is the object the
// sentence goes on past.)
func (vw *View) onNamed(h lexicon.Hit) bool {
	q := h.From - 1
	if q > int32(vw.Own) && vw.Is(q, lexicon.GRelative) && vw.Tok(h.From).SepBefore == text.SepSpace {
		q--
	}
	if q < int32(vw.Own) || vw.Tok(q+1).SepBefore != text.SepSpace {
		return false
	}
	for _, g := range vw.Hits {
		if g.To-1 == q && vw.Entry(g).Cls == lexicon.ClassDatatype {
			return true
		}
	}
	return false
}

// SepIn reports whether a separator at least as strong as sep (text.SepComma:
// a comma or stronger; text.SepClause: a semicolon, colon, dash or stop)
// stands before a word in (from, to].
func (vw *View) SepIn(from, to int32, sep uint8) bool {
	for q := from + 1; q <= to && int(q) < len(vw.Toks); q++ {
		if vw.Tok(q).SepBefore >= sep {
			return true
		}
	}
	return false
}

// askedYou reports whether hit h is the "you" that opens the statement of a
// question a bare answer answers (see BuildAnswer): the company the reader
// asks ("Will you share my data?" then "No."), not the reader.
func (vw *View) askedYou(h lexicon.Hit) bool {
	return vw.AskedAt(h.From) && vw.IsRule(h, lexicon.RYou)
}

// AskedAt reports whether the token at p is the "you" that opens the
// statement of a question a bare answer answers (see askedYou): "Do you
// sell my data?" then "No." denies the company's selling, not the reader's.
func (vw *View) AskedAt(p int32) bool {
	return vw.answer && int(p) == vw.Own && vw.Is(p, lexicon.GReader)
}

// OthersAct reports whether the first party named in the clause of p,
// before p, is a third party ("their", "advertisers"), not "we" or "you".
func (vw *View) OthersAct(p int32) bool {
	for h := range vw.ownClauseBefore(p) {
		switch {
		case vw.IsRule(h, lexicon.RWe) || vw.IsRule(h, lexicon.RYou) || vw.IsRule(h, lexicon.RUserPref):
			return false
		case vw.IsRule(h, lexicon.ROtherActor) || vw.Entry(h).Cls == lexicon.ClassRecipient:
			return true
		}
	}
	return false
}

// FromSource reports whether hit h is where data comes from: "from" stands
// shortly before it in its clause (or "from", "through" or "via" before a
// colon that opens its list), with no "with" or "to" between; or h opens a
// list item (only small words, "and", "or" or other parties before it)
// whose intro ends on where data comes from ("We may receive information
// about you from third parties, including: - Business Partners: ...", "We
// get information about you via:").
func (vw *View) FromSource(h lexicon.Hit) bool {
	if !vw.MayHaveIn(lexicon.WordsSourceLead) {
		return false // both loops return true at a "from", "through" or "via" only
	}
	p, opening := h.From-1, true // opening: only small words before h
	// (A list of examples reaches further back, however long: "from
	// third-party sources where the law allows, such as public databases,
	// resellers, event organizers and marketing partners", "from other
	// sources, including service providers (e.g., data licensors and
	// payment processors), public databases, our marketing partners, and
	// advertisers": a "from" at most twelve words before h, or before the
	// list's opening word, up to thirty words before h.)
	examples := int32(-1) // where a list of examples opens
	for limit := h.From - 30; p >= int32(vw.Own) && p >= limit; p-- {
		if vw.Clause[p] != vw.Clause[h.From] {
			// "We collect it from: advertising networks, data analytics
			// providers": a list after "from" and a colon in the
			// sentence itself.
			if vw.In(p, lexicon.WordsSourceLead) && vw.ColonAfter(p) && (opening || examples >= 0) {
				return true
			}
			break
		}
		switch {
		case vw.Is(p, lexicon.GFrom):
			return p >= h.From-12 || examples >= 0 && examples-p <= 12
		case vw.Is(p, lexicon.GToWith):
			return false
		case examples < 0 && vw.ExamplesOpen(p):
			examples = p
		}
		opening = opening && (vw.In(p, lexicon.WordsDeterminers) || vw.Is(p, lexicon.GAndOr) || vw.namedAt(p))
	}
	// (An item that names parties as a list, with examples or no verb of
	// its own, may name them anywhere in it under an intro whose "from"
	// says so: "Our payment partners, such as card networks and payment
	// processors"; not a table's row, whose cells the intro need not be
	// about.)
	listed := !opening && (examples >= 0 || !vw.verbIn(int32(vw.Own), int32(len(vw.Toks)))) &&
		strings.IndexByte(vw.Doc.Text[vw.Tok(int32(vw.Own)).Start:vw.Tok(int32(len(vw.Toks)-1)).End], '|') < 0
	if !opening && !listed || p >= int32(vw.Own) || vw.Own == 0 {
		return false
	}
	// The intro gets data and passes none on, and its last words say from
	// whom: "from third parties, including:", "from the following
	// sources:" (not "We may share information collected from the
	// Services ... in the following ways:").
	for _, g := range vw.Hits {
		if int(g.From) < vw.Own && vw.Doc.Lexicon.Is(vw.Entry(g), lexicon.RShare) {
			return false
		}
	}
	if !vw.IntroGets() {
		return false
	}
	for q := int32(vw.Own) - 1; q >= 0 && q >= int32(vw.Own)-10; q-- {
		switch {
		case vw.Is(q, lexicon.GFrom), !listed && q == int32(vw.Own)-1 && vw.In(q, lexicon.WordsSourceLead):
			return true
		case vw.Is(q, lexicon.GToWith):
			return false
		}
	}
	return false
}

// sharesAt reports whether a verb of passing data on starts at p.
func (vw *View) sharesAt(p int32) bool {
	for _, g := range vw.Hits {
		if g.From == p && vw.IsRule(g, lexicon.RShare) {
			return true
		}
	}
	return false
}

// ColonAfter reports whether a colon stands right after the word at p, in
// the sentence ("we collect it from: ...").
func (vw *View) ColonAfter(p int32) bool {
	return int(p)+1 < len(vw.Toks) && strings.Contains(vw.Doc.Text[vw.Tok(p).End:vw.Tok(p+1).Start], ":")
}

// namedAt reports whether a party or data hit covers the word at p (a list
// of parties: "service providers, suppliers and partners", "data analytics
// providers").
func (vw *View) namedAt(p int32) bool {
	for _, g := range vw.Hits {
		if g.From <= p && p < g.To && (vw.Entry(g).Cls == lexicon.ClassRecipient || vw.Entry(g).Cls == lexicon.ClassDatatype) {
			return true
		}
	}
	return false
}

// ExamplesOpen reports whether the word at p opens a list of examples:
// "including", "namely", or "as" after "such".
func (vw *View) ExamplesOpen(p int32) bool {
	if !vw.MayHave(lexicon.GExampleOpeners) && !vw.MayHave(lexicon.GSuch) || !vw.Is(p, lexicon.GExampleLead) {
		return false
	}
	return vw.Is(p, lexicon.GExampleOpeners) || vw.Is(p, lexicon.GAs) && p > 0 && vw.Is(p-1, lexicon.GSuch)
}

// IntroGets reports whether the intro of the view has a verb of
// collecting or a word of receiving ("We collect information from the
// following sources:", "We may receive information about you from third
// parties, including:").
func (vw *View) IntroGets() bool {
	for _, g := range vw.Hits {
		if int(g.From) < vw.Own && vw.Doc.Lexicon.Is(vw.Entry(g), lexicon.RCollect) {
			return true
		}
	}
	for p := int32(0); p < int32(vw.Own); p++ {
		if vw.In(p, lexicon.WordsReceiving) {
			return true
		}
	}
	return false
}

// ToUs reports whether the reader's verb v passes data to the company: "us"
// follows it closely in its clause ("you share it with us"), or its "to"
// opens a purpose ("provide personal information to enhance your
// experience").
func (vw *View) ToUs(v lexicon.Hit) bool {
	for p := v.To; p < v.To+8 && int(p) < len(vw.Toks) && vw.Clause[p] == vw.Clause[v.From]; p++ {
		if vw.Is(p, lexicon.GUs) {
			return true
		}
	}
	// "you may be invited to provide personal information to enhance your
	// experience": the "to" opens a purpose, no one else receives.
	for _, g := range vw.Hits {
		if g.From == v.To-1 && vw.IsRule(g, lexicon.RPurpose) {
			return true
		}
	}
	return false
}

// OthersInGeneral reports whether the sentence opens with other companies
// in general as its subject: a kind of company in the bare plural (see
// kindsOpen), or a word of many among its first three words,
// not after "like" or "unlike" ("Like most websites, Acme collects ..."),
// and a kind of company at most three words on with no name or "of" between
// ("many search engines", not "Most Microsoft sites" nor "Many of these
// companies"); and no "we", "us" or "our" in the sentence ("Like many
// companies, we use cookies" is the company's own practice). "Third, many
// search engines actively use this information, for example to show you
// more targeted advertising" says what others do, to set the company apart.
//
// The answer holds for the whole sentence: it is worked out at the first
// call (the data class asks it for each data word).
func (vw *View) OthersInGeneral() bool {
	if vw.others == notAsked {
		vw.others = answerNo
		if vw.othersInGeneral() {
			vw.others = answerYes
		}
	}
	return vw.others == answerYes
}

// othersInGeneral is OthersInGeneral, worked out.
func (vw *View) othersInGeneral() bool {
	// Each way of naming others in general takes a kind of company: most
	// sentences have none, which the view knows without reading a word.
	if !vw.MayHaveIn(lexicon.WordsCompanyKinds) {
		return false
	}
	found := vw.kindsOpen() || vw.suchKindOpen()
	for p := int32(vw.Own); int(p) < len(vw.Toks) && p < int32(vw.Own)+3 && !found; p++ {
		if !vw.In(p, lexicon.WordsManyOf) {
			continue
		}
		if p > int32(vw.Own) {
			if vw.Is(p-1, lexicon.GComparing) {
				return false
			}
		}
		for q := p + 1; int(q) < len(vw.Toks) && q <= p+3; q++ {
			if vw.In(q, lexicon.WordsCompanyKinds) {
				found = true
				break
			}
			if vw.Is(q, lexicon.GOf) || vw.Tok(q).Flags&text.TokUpper != 0 {
				break
			}
		}
	}
	if !found {
		return false
	}
	for p := int32(vw.Own); int(p) < len(vw.Toks); p++ {
		if vw.Is(p, lexicon.GWe) || vw.Is(p, lexicon.GOurForms) {
			return false
		}
	}
	return true
}

// suchKindOpen reports whether one of the first three words of the sentence
// is a word of such a kind ("such", "certain") with a kind of company in the
// plural and in lower case right after it, and a modal after that
// ("Alternatively, such businesses may have in place a policy not to
// disclose ...", where a law's duty on certain businesses came before): the
// companies a law or a practice names in general (not "Such companies
// include our payment processors", nor "Under certain circumstances, the
// Company may ...").
func (vw *View) suchKindOpen() bool {
	for p := int32(vw.Own); int(p)+2 < len(vw.Toks) && p < int32(vw.Own)+3; p++ {
		if vw.In(p, lexicon.WordsSuchKind) && vw.In(p+1, lexicon.WordsCompanyKinds) && vw.plural(p+1) &&
			vw.Tok(p+1).Flags&text.TokUpper == 0 && vw.In(p+2, lexicon.WordsModal) {
			return true
		}
	}
	return false
}

// kindsOpen reports whether the sentence opens with a kind of company in the
// bare plural, first or after one word that is no determiner nor a name
// ("Financial companies choose how they share your personal information",
// "Lenders decide ..."; not "Our websites", "Acme
// websites"): companies of a kind in general.
func (vw *View) kindsOpen() bool {
	p := int32(vw.Own)
	if int(p)+1 >= len(vw.Toks) {
		return false
	}
	k := p
	if !vw.In(k, lexicon.WordsCompanyKinds) {
		t := vw.Tok(p)
		if t.ID == 0 || vw.In(p, lexicon.WordsDeterminers) || vw.In(p, lexicon.WordsCompanyNames) || vw.Doc.IsOwn(t.ID) || vw.Is(p, lexicon.GOurForms) || vw.In(p, lexicon.WordsManyOf) {
			return false
		}
		k++
	}
	if int(k)+1 >= len(vw.Toks) || !vw.In(k, lexicon.WordsCompanyKinds) || !vw.plural(k) {
		return false
	}
	// "Partner sites providing tools may collect user data": a party.
	for _, g := range vw.Hits {
		if g.From <= k && g.To > p && vw.Entry(g).Cls == lexicon.ClassRecipient {
			return false
		}
	}
	// The verb right after the subject ("choose", "decide"), not a list
	// item's party ("banks and payment providers to ...", "Companies in
	// the Group:", "Companies that deliver content ...").
	v := vw.Tok(k + 1)
	return v.SepBefore == text.SepSpace && v.Flags&text.TokUpper == 0 && !vw.In(k+1, lexicon.WordsEnglish)
}

// plural reports whether the word at p ends in "s" but not "ss"
// ("companies", not "Business" nor "site").
func (vw *View) plural(p int32) bool {
	t := vw.Tok(p)
	w := strings.ToLower(vw.Doc.Text[t.Start:t.End])
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// RequestToldOf reports whether law-enforcement hit h names a request or
// order (words legal-orders) after "of", "on" or "about" (with small words,
// "and" or another authority between: "of government and law enforcement
// requests") that follows, at most three words before, a word of telling or
// counting (words request-telling: "notify users of", "a report on", "the
// number of").
func (vw *View) RequestToldOf(h lexicon.Hit) bool {
	if !vw.IsRule(h, lexicon.RLawEnforcement) || !vw.HasSetWord(h, lexicon.WordsLegalOrders) {
		return false
	}
	q := h.From - 1
	for q > int32(vw.Own) && q >= h.From-4 && vw.Clause[q] == vw.Clause[h.From] && !vw.In(q, lexicon.WordsToldOf) {
		if !vw.In(q, lexicon.WordsDeterminers) && !vw.Is(q, lexicon.GAndOr) && !lawWordAt(vw, q) && !(q > int32(vw.Own) && vw.Is(q-1, lexicon.GAndOr) || int(q)+1 < len(vw.Toks) && vw.Is(q+1, lexicon.GAndOr)) {
			return false
		}
		q--
	}
	if q <= int32(vw.Own) || !vw.In(q, lexicon.WordsToldOf) || vw.Clause[q] != vw.Clause[h.From] {
		return false
	}
	for p := q - 1; p >= int32(vw.Own) && p >= q-3 && vw.Clause[p] == vw.Clause[q]; p-- {
		if vw.In(p, lexicon.WordsRequestTelling) {
			return true
		}
	}
	return false
}

// lawWordAt reports whether a law-enforcement hit covers the word at p
// ("government" in "government and law enforcement requests").
func lawWordAt(vw *View, p int32) bool {
	for _, g := range vw.Hits {
		if g.From <= p && p < g.To && vw.IsRule(g, lexicon.RLawEnforcement) {
			return true
		}
	}
	return false
}

// TermAfter reports whether a hit of rule r stands alone in parentheses
// at most twelve words after hit h: the term the policy gives the party
// ("We may employ third party companies and individuals to facilitate our
// Service ("Service Providers")", "other companies, agents or contractors
// ("service providers")").
func (vw *View) TermAfter(h lexicon.Hit, r lexicon.RuleRef) bool {
	t := vw.Doc.Text
	for _, g := range vw.Hits {
		if g.From < h.To {
			continue
		}
		if g.From-h.To > 12 {
			break
		}
		if !vw.IsRule(g, r) {
			continue
		}
		end := vw.Tok(g.To - 1).End
		if strings.IndexByte(t[vw.Tok(g.From-1).End:vw.Tok(g.From).Start], '(') >= 0 &&
			strings.IndexByte(t[end:min(int(end)+4, len(t))], ')') >= 0 {
			return true
		}
	}
	return false
}

// GoogleNotMeasuring reports whether analytics recipient hit h is Google
// and the verb it acts by ("Google will", "Google also uses"), not a
// product's name ("Google Analytics"), with no analytics purpose after it
// in its clause: "Google will not combine your IP address with other
// data", "Google may use cookies to show you ads" name no analytics
// recipient and no party that data goes to ("Google will use this
// information to evaluate your use of the site" does).
func (vw *View) GoogleNotMeasuring(h lexicon.Hit) bool {
	if h.To-h.From < 2 || vw.Entry(h).ID != "analytics" {
		return false
	}
	if t := vw.Tok(h.From); !strings.EqualFold(vw.Doc.Text[t.Start:t.End], "google") || vw.In(h.From+1, lexicon.WordsAnalyticsNames) {
		return false
	}
	if t := vw.Tok(h.From + 1); strings.EqualFold(vw.Doc.Text[t.Start:t.End], "analytics") {
		return false
	}
	for _, hits := range [][]lexicon.Hit{vw.Hits, vw.Aside} {
		for _, g := range hits {
			if g.From >= h.To && !g.Weak && vw.Clause[g.From] == vw.Clause[h.From] && vw.Entry(g).Class == "purpose" && vw.Entry(g).Grp == lexicon.GroupAnalytics {
				return false
			}
		}
	}
	return true
}

// NonRecipientAccess returns the position of the people to whom share cue h
// gives access ("have access", "gain access", "accessed by") when they get
// nothing passed on, or -1: the company's own staff ("Only our employees have
// access to your personal information", "can only be accessed by our
// employees") or attackers ("Unauthorized persons may gain access"), named
// just before the cue (after it in the passive), with no party that receives
// data named near them (not "employees of our service providers have
// access", "our employees and service providers who have access";
// "unauthorized third parties" are attackers still).
func (vw *View) NonRecipientAccess(h lexicon.Hit) int32 {
	// Who has access stands before the cue, or after it in the passive
	// ("can only be accessed by our employees": the cue's two words).
	passive := h.To-h.From == 2 && vw.Is(h.To-1, lexicon.GBy)
	if !vw.MayHaveIn(lexicon.WordsNonRecipients) || !passive && !vw.HasWord(h, lexicon.GAccessNouns) {
		return -1
	}
	from, to, end := h.From-6, h.From, h.From
	if passive {
		// (A party a few words on still owns them: "by employees of
		// Acme, or Acme partners' employees".)
		from, to, end = h.To, min(h.To+6, int32(len(vw.Toks))), h.To+10
	}
	q := int32(-1)
	for p := max(from, int32(vw.Own)); p < to; p++ {
		if vw.In(p, lexicon.WordsNonRecipients) {
			q = p
		}
	}
	if q < 0 {
		return -1
	}
	for _, g := range vw.Hits {
		if g.From >= max(int32(vw.Own), from) && g.From < end && g.From != q+1 && vw.Entry(g).Cls == lexicon.ClassRecipient {
			return -1
		}
	}
	return q
}

// partyAccessesPastRelative reports whether a party that opens the sentence
// with a relative clause after it is the subject of a verb of access a few
// words on, after a modal: "Third parties that perform services for us may
// access your data", "Companies that help us run the site may have access to
// your personal information" (the share cue reads the party and the verb
// only next to each other, "service providers may access").
func (vw *View) partyAccessesPastRelative() bool {
	for _, g := range vw.Hits {
		if g.From < int32(vw.Own) || vw.Entry(g).Cls != lexicon.ClassRecipient {
			continue
		}
		for q := int32(vw.Own); q < g.From; q++ {
			if !vw.In(q, lexicon.WordsDeterminers) && !vw.Is(q, lexicon.GOurForms) {
				return false
			}
		}
		// The relative word ends the party's words or follows them; the
		// modal comes after the relative clause's own verb ("Anyone who
		// can access the site can see your profile" is no party given
		// access).
		rel := int32(-1)
		for q := g.From; q <= g.To && int(q) < len(vw.Toks); q++ {
			if vw.Is(q, lexicon.GRelative) {
				rel = q
			}
		}
		if rel < 0 {
			return false
		}
		for q := rel + 2; q < rel+10 && int(q)+1 < len(vw.Toks); q++ {
			if vw.Tok(q).SepBefore >= text.SepComma {
				return false
			}
			if !vw.In(q, lexicon.WordsMainModals) {
				continue
			}
			for r := q + 1; r <= q+3 && int(r) < len(vw.Toks) && vw.Tok(r).SepBefore < text.SepComma; r++ {
				if vw.Is(r, lexicon.GAccessNouns) {
					return true
				}
			}
			return false
		}
		return false
	}
	return false
}
