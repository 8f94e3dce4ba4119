package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// purposeClass judges what data is used for (rule class "purpose", an aside
// class): advertising, marketing, analytics, personalization, the service,
// security, legal duties, research. A purpose counts where the company (or
// another party through it) uses data for it: the sentence collects, uses,
// keeps or passes data on, or is a purpose listed under such a sentence or
// heading. A purpose in passing is none: in a heading, a question, advice to
// the reader ("for security reasons, never share your password"), a
// definition, or the reader's choice ("you can opt out of marketing emails").
type purposeClass struct{}

func (*purposeClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	if r := purposeInPassing(vw, c, h); r != "" {
		return drop(r)
	}
	// "The site is ad-free", "we do not have any advertising partners":
	// the words deny advertising themselves, with no data in them.
	if vw.IsRule(h, lexicon.RNoAdvertising) {
		return kept("purpose/advertising-denied", decision{Kind: "purpose", ID: "advertising", Category: "other", Negated: true})
	}
	// "- Marketing;": a bare name of a purpose counts as an item of a list,
	// or of a list of what data is for ("used for advertising,
	// personalization, and operational purposes"), or as the aim of what
	// the sentence before states ("We do this for advertising":
	// aimOfWhatWeDo).
	if h.Weak && int(h.From) != c.ItemStart && int(h.From) != vw.Own && !purposeListed(vw, h) && !aimOfWhatWeDo(vw, h) {
		return drop("purpose/bare-name-not-an-item")
	}
	if !dataUsed(vw, c, h) {
		return drop("purpose/no-use")
	}
	// "Third, many search engines actively use this information, for
	// example to show you more targeted advertising": what other companies
	// in general do, said to set the company apart.
	if vw.OthersInGeneral() {
		return drop("purpose/others-in-general")
	}
	// "We may disclose it when required by law", "we keep it as long as
	// the law requires": the law is why data is passed on or kept; "Where
	// required by law, we rely on your consent" says no more than that.
	if vw.IsRule(h, lexicon.RLegalCondition) && (!(c.Share || c.Sale || c.Retain || c.Store) || c.Transfer) {
		return drop("purpose/condition-of-another-practice")
	}
	f := decision{Kind: "purpose", ID: vw.Entry(h).ID, Category: "other"}
	f.Negated = negatedAt(vw, c, h)
	// "We do not use your data for ad targeting or other commercial
	// purposes" denies a sale with the rest; stated, commercial purposes
	// are those of all business ("for business or commercial purposes").
	if vw.IsRule(h, lexicon.RCommercial) && !f.Negated {
		return drop("purpose/commercial-stated")
	}
	// "Our providers may not use it for any other purpose": a use denied
	// beyond the purposes named is the promise of limitation (a negator
	// in its clause a few words before it will do: "may use it to help us
	// provide our services and not for any other purpose"); stated ("we
	// may also use it for any other purpose disclosed to you") it promises
	// none.
	if vw.IsRule(h, lexicon.RNoOtherPurpose) {
		if !f.Negated && !vw.NegatedNear(h.From, 6) && !forbiddenBefore(vw, h) {
			return drop("purpose/other-purposes-allowed")
		}
		f.Negated = false
	}
	return kept("purpose/of-use", f)
}

// forbiddenBefore reports whether a word of forbidding stands up to twelve
// words before hit h in its clause, itself not denied: "they are prohibited
// from using it for any other purpose" limits the use as "they may not use
// it for any other purpose" does.
func forbiddenBefore(vw *sentence.View, h lexicon.Hit) bool {
	q := vw.OwnSetBefore(h.From, 12, lexicon.WordsForbidding)
	return q >= 0 && !vw.NegatedNear(q, 3)
}

// purposeInPassing returns why purpose hit h is named in passing, or "".
func purposeInPassing(vw *sentence.View, c *sentence.Context, h lexicon.Hit) string {
	switch {
	case c.Heading && !aimLine(vw, c, h):
		return "purpose/heading"
	case c.Meta && !(c.MetaIntro && !h.Weak && (c.ItemStart == vw.Own && !c.MetaKinds || vw.SentenceHasIn(int32(vw.Own), int32(len(vw.Toks)), lexicon.GWe))):
		// Under "Examples of how we use your data include:" an item
		// states a use (under "The types of data we collect include:"
		// it names data: "Information about your customer service
		// interactions"; a bare name is a line of contents: "This
		// policy covers: - Security"), and so does any sentence of an
		// item where the company acts ("We use this information to
		// provide our services"); the others go on about it ("This
		// abuse takes many forms, such as ... clicking on ads").
		return "purpose/about-the-policy"
	case c.Warning || c.Instructs && !noteThat(vw) || int(h.From) <= vw.Own+1 && vw.SentenceHas(lexicon.GClickVisit):
		// "To opt out of interest-based ads, visit ...": the reader's aim.
		return "purpose/readers-aim"
	case vw.Pointer(h):
		return "purpose/pointer"
	case vw.DefinitionAt() >= 0:
		return "purpose/definition"
	case h.From > 0 && vw.In(h.From-1, lexicon.WordsObliged):
		// "Providers are required to comply with applicable laws": a
		// duty put on them.
		return "purpose/an-obligation"
	case vw.Entry(h).ID == "legal" && int(h.From) > vw.Own && vw.In(h.From-1, lexicon.WordsYourForms):
		// "in connection with the enforcement of our rights or your legal
		// obligations": the reader's duty, not what data is used for (as
		// the legal-basis class reads it, legal-basis/readers-duty).
		return "purpose/readers-duty"
	case occasionAt(vw, h.From) && !vw.IsRule(h, lexicon.RLegalCondition):
		// "When creating an account, you will be asked for an email
		// address", "if you register an account": when data is given,
		// not what it is used for. ("if required by law" is the law's
		// reason, judged below.)
		return "purpose/an-occasion"
	case inName(vw, h):
		// "advertising identifier", "marketing preferences": the name of
		// data or of a right.
		return "purpose/in-a-name"
	case inferencesFor(vw, h):
		// "Inferences drawn from any of the information above to create a
		// profile about a consumer": the law's kind of data, not a use.
		return "purpose/a-kind-of-inferences"
	case usedToDescribe(vw, h):
		// "the servers used to provide the site", "the email address
		// used to create your account": which thing, no purpose of data.
		return "purpose/describes-a-thing"
	case c.OtherTopic && !c.Choice && !vw.Denies() && othersPurpose(vw, h):
		// "a list of the third parties to whom we disclosed personal
		// information for their direct marketing purposes": in a sentence
		// about a right or a region, the purposes of others are what the
		// right asks about, no use the policy states. (Not beside a
		// choice, "we share it with others for their marketing, which you
		// can opt out of", nor in a denial, which the purpose narrows.)
		return "purpose/others-in-passing"
	case rightBefore(vw, h):
		// "You may object to the use of your data for direct marketing",
		// "opt out of interest-based advertising": what the reader may
		// refuse, not a use the policy states.
		return "purpose/object-of-a-right"
	}
	return ""
}

// inferencesFor reports whether purpose hit h stands in the clause of a word
// of inferring among the first four of the sentence's own words, with no
// comma and no participle of using between (words "inferring"): "Inferences drawn from
// the information listed above to create a profile" names the CCPA's kind of
// data, what such inferences serve in its definition, while "Inferences
// drawn from your use of the site are used to enable interest-based
// advertising" states a use, and so do the purposes after a comma:
// "Inferences we make from other data, for purposes such as advertising",
// "... to create a profile about you, including for account security".
func inferencesFor(vw *sentence.View, h lexicon.Hit) bool {
	own := int32(vw.Own)
	if !vw.MayHaveIn(lexicon.WordsInferring) {
		return false
	}
	for q := own; q < own+4 && q < h.From; q++ {
		if !vw.In(q, lexicon.WordsInferring) {
			continue
		}
		if vw.Clause[q] != vw.Clause[h.From] {
			return false
		}
		for t := q + 1; t <= h.From; t++ {
			if vw.Tok(t).SepBefore >= text.SepComma || t < h.From && vw.Is(t, lexicon.GUsedParticiples) {
				return false
			}
		}
		return true
	}
	return false
}

// othersPurpose reports whether purpose hit h is another party's: "their"
// right before it, or two words before ("for their own marketing
// purposes").
func othersPurpose(vw *sentence.View, h lexicon.Hit) bool {
	own := int32(vw.Own)
	return h.From > own && vw.Is(h.From-1, lexicon.GTheir) || h.From > own+1 && vw.Is(h.From-2, lexicon.GTheir)
}

// occasionAt reports whether the words at p open with "when", "if" or
// "whenever", directly or after "you": an occasion ("when creating an
// account", "if you register an account").
func occasionAt(vw *sentence.View, p int32) bool {
	own := int32(vw.Own)
	if !vw.MayHave(lexicon.GOccasion) {
		return false // both need an occasion word: no call of Is
	}
	return p > own && vw.Is(p-1, lexicon.GOccasion) ||
		p > own+1 && vw.Is(p-1, lexicon.GReader) && vw.Is(p-2, lexicon.GOccasion)
}

// usedToDescribe reports whether purpose hit h follows, within eight words
// of its clause and no comma nor "and" between, "used to" right after a noun that it describes rather
// than data used for h: a thing that is no data ("the servers used to
// provide the site", set GEquipmentNouns), something the reader used
// ("the address you used to sign up", "which you have used to"), or a
// thing the reader did something with, no form of "be" or modal before
// the participle ("the email used to create your account", "phone numbers
// used to call our customer service", set GReaderDoings). Not "data is
// used to create your account" nor "kept and used to support you": those
// state a use.
func usedToDescribe(vw *sentence.View, h lexicon.Hit) bool {
	own := int32(vw.Own)
	if !vw.MayHave(lexicon.GUsedParticiples) {
		return false
	}
	for t := h.From; t > own+1 && t >= h.From-8 && vw.Clause[t] == vw.Clause[h.From]; t-- {
		if t < h.From && (vw.Tok(t+1).SepBefore >= text.SepComma || vw.Is(t, lexicon.GAndOr)) {
			// "equipment used to run it, or (v) protect our property",
			// "the device used to access it and to provide the feature":
			// a new item.
			return false
		}
		if !vw.Is(t, lexicon.GTo) || !vw.Is(t-1, lexicon.GUsedParticiples) {
			continue
		}
		b := t - 2
		if vw.Is(b, lexicon.GEquipmentNouns) || vw.Is(b, lexicon.GReader) ||
			b > own && vw.Is(b, lexicon.GAuxiliaries) && vw.Is(b-1, lexicon.GReader) {
			return true
		}
		stated := func(p int32) bool {
			return vw.Is(p, lexicon.GAuxiliaries) || vw.Is(p, lexicon.GMainModals)
		}
		reduced := !stated(b) && !vw.Is(b, lexicon.GAndOr) && !(b > own && stated(b-1))
		return reduced && int(t)+1 < len(vw.Toks) && vw.Is(t+1, lexicon.GReaderDoings)
	}
	return false
}

// noteThat reports whether the sentence's "please" only asks the reader to
// note what follows ("Please note that we may use your data to show you
// offers for our partners", "Please be aware that ..."): a statement, not
// an instruction.
func noteThat(vw *sentence.View) bool {
	own := int32(vw.Own)
	if !vw.Is(own, lexicon.GPlease) || vw.SentenceHasIn(own+1, int32(len(vw.Toks)), lexicon.GPlease) {
		return false
	}
	return vw.SentenceHasIn(own+2, min(own+4, int32(len(vw.Toks))), lexicon.GThat)
}

// dataUsed reports whether the sentence of purpose hit h states a use of
// data it can be the purpose of: a verb of collecting, using, keeping or
// passing on data (in it or its list intro), data carried over from the
// sentence before, or a purpose that opens its sentence: a list item
// ("- To send you newsletters;") or a purpose alone ("To deliver relevant
// advertisements.").
func dataUsed(vw *sentence.View, c *sentence.Context, h lexicon.Hit) bool {
	if c.ProtectsOnly() {
		return false // "We use firewalls to help prevent fraud": protecting the data, not using it
	}
	// Where the reader acts, the purpose may still be an aim of a list
	// item the data carried over is used for ("- To personalise our
	// services (so you can sign in), displaying personalised ads"): the
	// tests of aims below decide.
	if c.HandlesData() && (!vw.ReaderActs(h.From) || vw.Own > 0) {
		return true
	}
	// "to enable us and our advertising partners to provide ads that may
	// be more relevant to your interests;": an item of a list of aims,
	// whatever its length.
	if vw.Is(opener(vw), lexicon.GTo) && (c.Listed || c.ItemStart == vw.Own) {
		return true
	}
	// "We may provide you marketing for our Services": the company's own
	// action toward the reader.
	if addressesReader(vw, h) && vw.GrammarBefore(h.From, 3, lexicon.GWe) {
		return true
	}
	if aimGoesOn(vw, h) || aimAfterSoThat(vw, h) || aimOfWhatWeDo(vw, h) {
		return true
	}
	if readerReceives(vw, h) || messagesSent(vw, h) {
		return true
	}
	if partyLetAct(vw, h) || dataLetsAct(vw, h) {
		return true
	}
	// "there is some personal information that is required to fulfill
	// your order": data named just before what it is needed for.
	if h.From >= 2 && vw.Is(h.From-1, lexicon.GTo) && vw.In(h.From-2, lexicon.WordsNeededFor) && vw.DataBetween(h.From-9, h.From-2) {
		return true
	}
	// "we need certain information in order to provide the Services": the
	// same, the aim told by a longer phrase of aims.
	if aimAfterNeed(vw, h) {
		return true
	}
	// "With your consent, the company may give partners your contact
	// details for direct marketing purposes": data named, and what it is
	// for.
	if vw.HasWord(h, lexicon.GPurpose) && sentence.HasData(vw, lexicon.GroupOther) && !vw.ReaderActs(h.From) {
		return true
	}
	// "Where you have given your consent, send you offers we think
	// you will like": the company's action toward the reader, after the
	// condition it is done under.
	if addressesReader(vw, h) && vw.Tok(h.From).SepBefore >= text.SepComma && conditionOpens(vw, h.From) {
		return true
	}
	if aimObject(vw, h) || adsShown(vw, h) {
		return true
	}
	if basisBefore(vw, h) {
		return true
	}
	own := opener(vw)
	if h.From > own+1 {
		return false
	}
	// "To deliver relevant advertisements.", "Serve you targeted ads.": a
	// purpose alone, the company's aim or its action toward the reader. (Not
	// "To join, you need to provide billing information": what the reader
	// does after the aim is no use of data.)
	if vw.Is(own, lexicon.GTo) && !readerDoes(vw, h) || h.From == own && addressesReader(vw, h) {
		return true
	}
	// "- Marketing;" under "How we use your information" or "We use it
	// for the following purposes:" (not a menu's "Personalization"), or
	// "- Developing new products;" under an intro that states an aim or a
	// legal basis ("Analyze and improve our Services pursuant to our
	// legitimate interest, such as:").
	listed := vw.Own > 0 || c.ItemStart >= 0 || c.Listed
	return listed && (c.HeadingCollect || vw.SentenceHasIn(0, int32(vw.Own), lexicon.GPurpose) || introStatesAim(vw))
}

// readerReceives reports whether marketing or advertising hit h is what the
// reader is told it receives: a verb of receiving at most three words
// before h in its clause, and "you" before that verb with only small words
// of a plain statement between ("You agree to receive promotional
// communications from us", "you may also receive marketing emails", "you
// will receive tailored advertising"). The company sends them, so data is
// used for them. Any other word between makes it a choice or a condition
// ("you can choose not to receive marketing emails", "if you no longer
// wish to receive our newsletter"), and so does an occasion of the
// reader's before it ("If you subscribe, you will receive offers that may
// interest you"); a bare name counts not at all.
func readerReceives(vw *sentence.View, h lexicon.Hit) bool {
	if h.Weak {
		return false
	}
	if g := vw.Entry(h).Grp; g != lexicon.GroupMarketing && g != lexicon.GroupAdvertising {
		return false
	}
	own := int32(vw.Own)
	for v := h.From - 1; v > own && v >= h.From-4; v-- {
		if vw.Tok(v+1).SepBefore >= text.SepComma || vw.Is(v, lexicon.GNot) {
			return false
		}
		if !vw.In(v, lexicon.WordsReceiptVerbs) {
			continue
		}
		for q := v - 1; q >= own; q-- {
			if vw.Tok(q+1).SepBefore >= text.SepComma {
				return false
			}
			if vw.Is(q, lexicon.GReader) {
				// "If you subscribe, you will receive offers": what the
				// reader gets by its own act.
				return !vw.SentenceHasIn(own, q, lexicon.GOccasion)
			}
			if !vw.In(q, lexicon.WordsReceiptFillers) {
				return false
			}
		}
		return false
	}
	return false
}

// introStatesAim reports whether the intro of the sentence's list (the
// words before vw.Own) holds a purpose other than a bare name, or a legal
// basis of processing: its items are aims of the same use.
func introStatesAim(vw *sentence.View) bool {
	for _, g := range vw.Hits {
		if g.From >= int32(vw.Own) {
			break
		}
		if e := vw.Entry(g); e.Cls == lexicon.ClassLegalBasis || e.Class == "purpose" && !g.Weak {
			return true
		}
	}
	for _, g := range vw.Aside {
		if g.From < int32(vw.Own) && !g.Weak && vw.Entry(g).Class == "purpose" {
			return true
		}
	}
	return false
}

// aimAfterNeed reports whether purpose hit h is told by a phrase of aims
// (a practice purpose hit that reaches h: "in order to provide", "to
// send") after a word of needing in its clause, with data named between
// them or just before that word ("we need certain information in order
// to provide the Services", "the details required in order to ship", "you
// will need to provide your name, email address and phone number to
// create an account": a list of data may stand between).
func aimAfterNeed(vw *sentence.View, h lexicon.Hit) bool {
	own := int32(vw.Own)
	for _, g := range vw.Hits {
		if g.From >= h.From {
			break
		}
		if g.To <= h.From || !vw.IsRule(g, lexicon.RPurpose) {
			continue
		}
		for p := g.From - 1; p >= own && p >= g.From-12; p-- {
			if vw.Tok(p+1).SepBefore >= text.SepClause {
				break
			}
			if vw.In(p, lexicon.WordsNeededFor) && (vw.DataBetween(p+1, g.From) || vw.DataBetween(p-8, p)) {
				return true
			}
		}
	}
	return false
}

// aimAfterSoThat reports whether purpose hit h is the company's aim told
// after "so (that) we", at most three words before it in its clause, in a
// sentence that names data ("We ask for your email address so that we can
// provide our games and services", "we collect your device identifier so
// we are able to send you notifications"; not "so that you can").
func aimAfterSoThat(vw *sentence.View, h lexicon.Hit) bool {
	for q := h.From - 1; q > int32(vw.Own) && q >= h.From-4 && vw.Clause[q] == vw.Clause[h.From]; q-- {
		if !vw.Is(q, lexicon.GWe) {
			continue
		}
		p := q - 1
		if p > int32(vw.Own) && vw.Is(p, lexicon.GThat) {
			p--
		}
		return vw.Is(p, lexicon.GSo) && sentence.HasData(vw, lexicon.GroupOther)
	}
	return false
}

// aimOfWhatWeDo reports whether purpose hit h is the aim of what "we do
// this" (or "so", "that") points back to, told by "to" or "for" right after
// it and at most four words before h in its clause: "We do this to improve
// our services", "we may do so for interest-based advertising". The
// sentence before states the practice; this one states what it is for.
// (Not "you can do this to opt out", the reader's act; nor "we do this by
// customizing your profile", "If we do so, each marketing email ...": a
// means, or what follows it.)
func aimOfWhatWeDo(vw *sentence.View, h lexicon.Hit) bool {
	own := int32(vw.Own)
	for q := h.From - 2; q > own && q >= h.From-6 && vw.Clause[q] == vw.Clause[h.From]; q-- {
		if !vw.Is(q, lexicon.GDo) || !(vw.Is(q+1, lexicon.GThis) || vw.Is(q+1, lexicon.GSo) || vw.Is(q+1, lexicon.GThat)) {
			continue
		}
		if q+2 > h.From || !vw.Is(q+2, lexicon.GTo) && !vw.Is(q+2, lexicon.GFor) && q+2 != h.From {
			return false
		}
		p := q - 1
		for p > own && p >= q-3 && vw.Is(p, lexicon.GDenyLead) {
			p-- // "we may also do so"
		}
		return vw.Is(p, lexicon.GWe)
	}
	return false
}

// conditionOpens reports whether the sentence opens with a condition (a
// legal basis, "with your consent", "if", "where required") that ends
// before p.
func conditionOpens(vw *sentence.View, p int32) bool {
	for _, g := range vw.Hits {
		if g.From > int32(vw.Own) {
			break
		}
		if g.From == int32(vw.Own) && g.To <= p && (vw.Entry(g).Cls == lexicon.ClassLegalBasis || vw.IsRule(g, lexicon.RCondition)) {
			return true
		}
	}
	return false
}

// aimGoesOn reports whether purpose hit h goes on a sentence of aims alone,
// which opens with "to" and names no one who acts: "to count visits, to
// offer targeted ads" or "To tailor the site, remembering your settings,
// displaying ads that fit you". The hit follows "to", "and", "or" or a
// comma. (Not "To join, you need to provide billing information": the
// reader acts.)
func aimGoesOn(vw *sentence.View, h lexicon.Hit) bool {
	own := opener(vw)
	if !vw.Is(own, lexicon.GTo) || h.From <= own+1 {
		return false
	}
	if !vw.Is(h.From-1, lexicon.GTo) && !vw.Is(h.From-1, lexicon.GAndOr) && vw.Tok(h.From).SepBefore < text.SepComma {
		return false
	}
	return !vw.SentenceHasIn(own, h.From, lexicon.GWe) && !vw.SentenceHasIn(own, h.From, lexicon.GThey) && !readerDoes(vw, h)
}

// readerDoes reports whether "you" stands at most four words before purpose
// hit h with no comma between, the subject of what h names ("you need to
// provide billing information", "you must send us"; not "(so you can stay
// signed in), showing personalised ads", "advertisements to you and
// measure their effectiveness").
func readerDoes(vw *sentence.View, h lexicon.Hit) bool {
	for q := h.From - 1; q >= int32(vw.Own) && q >= h.From-4; q-- {
		if vw.Tok(q+1).SepBefore >= text.SepComma {
			return false
		}
		if vw.Is(q, lexicon.GReader) {
			// "communicate with you To optimize", "ads to you and measure":
			// "you" is an object.
			return q == int32(vw.Own) || !vw.Is(q-1, lexicon.GToWith)
		}
	}
	return false
}

// aimObject reports whether purpose hit h is the object of the aim its
// sentence opens with: "to" and a verb of the company's aims (a practice
// purpose hit: "to enable", "To support our"), then a few words, with no
// comma and no one named between ("to enable certain ad serving
// features", "To support our direct marketing."). The sentence states the
// company's aim, as a purpose right after "to" does; the reader's aims
// ("To avoid targeted ads, ...", "To stop marketing emails") open with
// verbs that are none, or go on to the reader's act.
func aimObject(vw *sentence.View, h lexicon.Hit) bool {
	own := opener(vw)
	if !vw.Is(own, lexicon.GTo) || h.From <= own+1 || h.From > own+5 {
		return false
	}
	aim := false
	for _, g := range vw.Hits {
		if g.From > own {
			break
		}
		aim = aim || g.From == own && vw.IsRule(g, lexicon.RPurpose)
	}
	// "To enable interest-based ads, click Accept", "..., you must
	// subscribe": the reader's aim after all.
	if !aim || vw.SentenceHas(lexicon.GClickVisit) || vw.SentenceHasIn(h.To, int32(len(vw.Toks)), lexicon.GReader) {
		return false
	}
	if vw.SepIn(own, h.From, text.SepComma) {
		return false
	}
	return !vw.SentenceHasIn(own+1, h.From, lexicon.GWe) && !vw.SentenceHasIn(own+1, h.From, lexicon.GThey) && !vw.SentenceHasIn(own+1, h.From, lexicon.GReader)
}

// partyLetAct reports whether purpose hit h is what the company lets a
// party it names do: "to" just before h, and a recipient within a dozen
// words before h, right after "allow", "let" or "enable" ("We allow ad
// networks to serve ads on our pages", "lets other companies, called ad
// servers, to show advertisements"). The party acts for the company with
// what it is given.
func partyLetAct(vw *sentence.View, h lexicon.Hit) bool {
	if h.From < 2 || !vw.Is(h.From-1, lexicon.GTo) {
		return false
	}
	for _, g := range vw.Hits {
		if g.From >= h.From-1 {
			break
		}
		if g.From > int32(vw.Own) && g.To <= h.From-1 && g.From >= h.From-12 && vw.Entry(g).Cls == lexicon.ClassRecipient && vw.Is(g.From-1, lexicon.GReaderModals) {
			return true
		}
	}
	return false
}

// dataLetsAct reports whether purpose hit h is what data lets a party do:
// "to" just before h, "allow", "let" or "enable" at most six words before
// it with no comma and no reader between, and data named before that verb
// in its clause ("These cookies allow them to show relevant ads", "the use
// of this cookie enables it and its partners to serve ads"). The data is
// used for the purpose, whoever acts with it.
func dataLetsAct(vw *sentence.View, h lexicon.Hit) bool {
	own := int32(vw.Own)
	if h.From < own+3 || !vw.Is(h.From-1, lexicon.GTo) {
		return false
	}
	for p := h.From - 2; p > own && p >= h.From-7; p-- {
		if vw.Tok(p+1).SepBefore >= text.SepComma || vw.Is(p, lexicon.GReader) {
			return false
		}
		if !vw.In(p, lexicon.WordsLetting) {
			continue
		}
		for _, g := range vw.Hits {
			if g.From >= p {
				break
			}
			if vw.Entry(g).Cls == lexicon.ClassDatatype && vw.Clause[g.From] == vw.Clause[p] {
				return true
			}
		}
		return false
	}
	return false
}

// inName reports whether purpose hit h names the kind of a thing that a
// hit of data, a right or a recipient goes on to name: "advertising
// identifier", "marketing preferences", "advertising partners", or ends
// with ("Identifier for Advertising"). Contact
// details read off an action addressed to the reader ("send you marketing
// emails") name nothing, so they do not hide the purpose.
func inName(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.From > h.From {
			break
		}
		if g.To == h.To && g.From < h.From && vw.Entry(g).Cls == lexicon.ClassDatatype && !addressesReader(vw, g) {
			// Data whose name ends with the purpose's words:
			// "Identifier for Advertising" ("comply with legal
			// obligations", a recipient's words, states the purpose).
			return true
		}
		if g.To > h.To {
			cls := vw.Entry(g).Cls
			// "analyze the use of our Service", "monitor the usage of":
			// the data is read off the very words of the purpose, an
			// action, not a name.
			if cls == lexicon.ClassDatatype && (addressesReader(vw, g) || g.From == h.From && !h.Weak) {
				continue
			}
			if cls == lexicon.ClassDatatype || cls == lexicon.ClassRight || cls == lexicon.ClassRecipient {
				return true
			}
		}
	}
	return false
}

// addressesReader reports whether hit g's words include the reader as the
// object of a verb ("contact you", "send you newsletters").
func addressesReader(vw *sentence.View, g lexicon.Hit) bool {
	for p := g.From + 1; p < g.To; p++ {
		if vw.Is(p, lexicon.GReaderObjects) {
			return true
		}
	}
	return false
}

// MarketingRefused returns the words of marketing that an objection or a
// withdrawal of consent, at most eight words before them in their clause,
// refuses (as rightBefore reads it): "You can object to direct marketing",
// "withdraw your consent to marketing emails" opt out of marketing too. So
// do words of marketing at most sixteen words on, past commas but no
// semicolon, colon or dash, and not denied ("you have the right to object
// at any time where your data is processed for direct marketing purposes",
// "the right to object to processing, including profiling in so far as it
// relates to direct marketing"; not "...; you object to the processing;
// the data have been processed for direct marketing", a list of other
// cases).
func MarketingRefused(vw *sentence.View) (Evidence, bool) {
	for _, h := range vw.Aside {
		if e := vw.Entry(h); e.Class != "purpose" || e.ID != "marketing" || int(h.From) < vw.Own || !rightBefore(vw, h) {
			continue
		}
		for _, g := range vw.Hits {
			if e := vw.Entry(g); e.Cls == lexicon.ClassRight && (e.ID == "objection" || e.ID == "withdraw-consent") && g.To <= h.From && (h.From-g.To <= 8 && vw.Clause[g.From] == vw.Clause[h.From] || h.From-g.To <= 16 && !vw.NegatedNear(h.From, 6) && !vw.SepIn(g.To, h.From, text.SepClause)) {
				return Evidence{From: h.From, To: h.To}, true
			}
		}
	}
	return Evidence{}, false
}

// rightBefore reports whether a right of the reader's stands before hit h
// in its sentence or the intro of its list ("You have the right to: -
// object to processing for direct marketing"). A bare word of a right with
// nothing making it the reader's is none ("we process data to give members
// access to the site, including targeted ads").
func rightBefore(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.From >= h.From {
			break
		}
		// A bare word in a list's intro counts only framed there: "We
		// need your details only in limited cases, when you: - buy a
		// plan (so that our vendor can take the payment)" names no
		// right; "You can restrict: - ..." does, as do the items of
		// "You may: - ...".
		if g.Weak && (vw.Own == 0 && !framedBefore(vw, g) || g.From < int32(vw.Own) && !frameWordFrom(vw, g, 0)) {
			continue
		}
		// "if you have a complaint about a booking, we will process your
		// data to answer your query": a complaint refuses no use of data.
		// Nor does a right's words that are another purpose of the same
		// use ("we use your data to fix errors and improve the site").
		// Nor a right whose words open with a relative word: its object
		// stands before it ("where you have consented to the processing,
		// which you may revoke at any time; to comply with a legal
		// obligation").
		if vw.Entry(g).Cls == lexicon.ClassRight && !vw.IsRule(g, lexicon.RComplaint) && !vw.RightAsPurpose(g) && !vw.Is(g.From, lexicon.GThatWhich) {
			return true
		}
	}
	return false
}

// negatedAt reports whether the statement of hit h is denied: its governing
// data verb is negated ("we do not use your data for advertising"), or,
// with no verb in its clause, a negation stands just before it or the list
// intro ends in one ("We will never use your data for: - Advertising"), or
// a negation stands right before a form of "use" earlier in its clause,
// whatever the object ("our policy never to use PII from a student's records
// to engage in targeted advertising"); so it does where the verb nearest is
// after the hit ("we do not use your messages or files for advertising
// when we receive such data": the condition's verb governs no purpose
// before it).
func negatedAt(vw *sentence.View, c *sentence.Context, h lexicon.Hit) bool {
	if v := vw.GoverningVerb(h.From); v >= 0 {
		return vw.NegatedVerb(v, c) || vw.Hits[v].From > h.From && negatedUse(vw, h.From)
	}
	return c.IntroNeg || vw.NegatedNear(h.From, 6) || negatedUse(vw, h.From)
}

// negatedUse reports whether a negator that counts is followed, after at
// most a "to", by a form of "use" in the clause of position p and before it.
func negatedUse(vw *sentence.View, p int32) bool {
	for i, g := range vw.Hits {
		if g.From >= p {
			break
		}
		if !vw.Reaches(i, p) || vw.Clause[g.From] != vw.Clause[p] {
			continue
		}
		q := g.To
		if q < p && vw.Is(q, lexicon.GTo) {
			q++
		}
		if q < p && vw.Is(q, lexicon.GUseForms) {
			return true
		}
	}
	return false
}

// purposeListed reports whether bare name h is a whole item of a list of
// what data is for: the list follows "for" ("for marketing, advertising,
// research, or other purposes", "used for analytics") or leads with "such
// as" or "including" after "purpose" in the sentence ("for purposes such
// as recommending content, advertising, and analytics"). Items are joined
// by commas, "and" and "or", each of at most three words; after "for" the
// first is a purpose or a single word. (Not "the sale of advertising",
// "interactive features, such as contests, games, promotions": no purpose
// leads them.)
func purposeListed(vw *sentence.View, h lexicon.Hit) bool {
	own := int32(vw.Own)
	// Nothing but a comma, "and", "or" or "purposes" may follow the name.
	if n := h.To; int(n) < len(vw.Toks) && vw.Tok(n).SepBefore == text.SepSpace && !vw.Is(n, lexicon.GAndOr) && !vw.Is(n, lexicon.GPurpose) {
		return false
	}
	// "event management, marketing, customer support, data storage": the
	// next item of the list is a purpose.
	if n := h.To; int(n) < len(vw.Toks) && (vw.Tok(n).SepBefore == text.SepComma || vw.Tok(n).SepBefore == text.SepSpace && vw.Is(n, lexicon.GAndOr)) && !vw.Is(n, lexicon.GExampleLead) {
		if vw.Is(n, lexicon.GAndOr) {
			n++
		}
		if purposeHit(vw, func(g lexicon.Hit) bool { return g.From == n && !g.Weak }) {
			return true
		}
	}
	const (
		edge = iota // an item starts right after q
		join        // "and" or "or" stands right after q
		item        // q+1 is a word of an item
	)
	state, words := edge, 0
	for q := h.From - 1; q >= own && q >= h.From-30; q-- {
		sep := vw.Tok(q + 1).SepBefore
		if sep >= text.SepClause {
			return false
		}
		if state == join || sep == text.SepComma && !vw.Is(q, lexicon.GFor) && !vw.Is(q, lexicon.GExampleLead) && !vw.Is(q, lexicon.GAndOr) {
			// "to provide and improve our products, services, content, and
			// advertising": the list goes on the object of a purpose.
			if purposeHit(vw, func(g lexicon.Hit) bool { return g.To == q+1 && !g.Weak }) {
				return true
			}
			state, words = item, 1 // the last word of the item before
			continue
		}
		switch {
		case vw.Is(q, lexicon.GFor):
			// The list opens with a purpose or a single word ("for
			// marketing, advertising", "for profiling or advertising";
			// not "accountability for onward transfer, security, data
			// integrity").
			one := int(q+2) < len(vw.Toks) && (vw.Tok(q+2).SepBefore >= text.SepComma || vw.Is(q+2, lexicon.GAndOr))
			return q+1 == h.From || one || purposeHit(vw, func(g lexicon.Hit) bool { return g.From == q || g.From == q+1 })
		case vw.Is(q, lexicon.GExampleLead):
			// "such as", "including": after "purposes" in the sentence, or
			// right after messages, which it says are of the purpose ("We
			// may send you messages, including marketing, by text",
			// "mailings, including advertising").
			return vw.SentenceHasIn(own, q, lexicon.GPurpose) || messagesBefore(vw, q) >= 0
		case vw.Is(q, lexicon.GAndOr):
			state = join
		case vw.Is(q, lexicon.GOf) && q > own && vw.Is(q-1, lexicon.GPurpose):
			// "for purposes of advertising", "for the purposes of
			// analytics and advertising": the names after "purposes of"
			// are the purposes.
			return true
		case state == edge:
			return false // the item joins what stands before it by no comma, "and" or "or"
		default:
			if words++; words > 3 {
				return false
			}
		}
	}
	return false
}

// purposeHit reports whether a purpose hit of the sentence passes ok (where
// it starts or ends, and whether it is a bare name).
//
// A call, not inlined: the page's WebAssembly had a copy of its loop at
// each use.
//
//go:noinline
func purposeHit(vw *sentence.View, ok func(lexicon.Hit) bool) bool {
	for _, g := range vw.Aside {
		if vw.Entry(g).Class == "purpose" && ok(g) {
			return true
		}
	}
	return false
}

// opener returns where the sentence's own words start after the number or
// letter of an item ("2. To manage your account", "(c) Marketing") that
// the structure pass left in the sentence (a numbered line under a
// heading).
func opener(vw *sentence.View) int32 {
	p := int32(vw.Own)
	for int(p) < len(vw.Toks)-1 {
		t := vw.Tok(p)
		if t.Num < 0 && !(t.End-t.Start == 1 && vw.Tok(p+1).SepBefore >= text.SepComma) {
			break
		}
		p++
	}
	return p
}

// basisBefore reports whether a legal basis of processing stands shortly
// before purpose hit h in its sentence: "We have a legitimate interest in
// conducting analytics", "Necessary for our legitimate interests (to
// develop our products)", "The legal basis for processing in relation to
// customer services is the contract". A basis is one of processing data,
// so what it is for is what data is used for.
func basisBefore(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.From >= h.From {
			break
		}
		if int(g.From) >= vw.Own && g.To <= h.From && h.From-g.To <= 15 && vw.Entry(g).Cls == lexicon.ClassLegalBasis {
			return true
		}
	}
	return false
}

// aimLine reports whether a line taken for a heading states the aim purpose
// hit h names: it opens with "to" and h right after it or in the list of
// aims it goes on with ("a. to deliver our services and to provide you
// with information about them", "To prevent, detect and fight fraud"), an
// item of a list of purposes whose marks were lost. A title names a topic
// ("Security", "Compliance with Law"); a question asks ("To whom do we
// disclose data?").
func aimLine(vw *sentence.View, c *sentence.Context, h lexicon.Hit) bool {
	own := opener(vw)
	if c.Question || !vw.Is(own, lexicon.GTo) || h.Weak {
		return false
	}
	return h.From <= own+1 || aimGoesOn(vw, h)
}

// messagesBefore returns where the word of messages stands right before
// the words leading examples at q ("messages, including", "mailings such
// as"), or -1: the examples name what the messages are for.
func messagesBefore(vw *sentence.View, q int32) int32 {
	own := int32(vw.Own)
	for q > own && vw.Is(q-1, lexicon.GExampleLead) {
		q-- // "such as"
	}
	if m := q - 1; m >= own && (vw.In(m, lexicon.WordsMessageWays) || vw.In(m, lexicon.WordsReaching)) {
		return m
	}
	return -1
}

// messagesSent reports whether purpose hit h names what messages the
// company sends the reader are for, as an example of them ("We may send
// you messages, including marketing, by text", "you may receive mailings,
// including advertising"; a few words may describe the messages: "you
// will receive various kinds of promotional mailings, including
// advertising"): the company uses the reader's contact details for it.
func messagesSent(vw *sentence.View, h lexicon.Hit) bool {
	own := int32(vw.Own)
	for q := h.From - 1; q > own && q >= h.From-8; q-- {
		if vw.Tok(q+1).SepBefore >= text.SepClause || vw.Is(q, lexicon.GNot) {
			return false
		}
		if !vw.Is(q, lexicon.GExampleLead) {
			continue
		}
		m := messagesBefore(vw, q)
		if m < 0 {
			return false
		}
		for v := m - 1; v >= own && v >= m-6; v-- {
			if vw.Tok(v+1).SepBefore >= text.SepComma || vw.Is(v, lexicon.GNot) {
				return false
			}
			if vw.Is(v, lexicon.GWe) || vw.In(v, lexicon.WordsReceiptVerbs) {
				return true
			}
		}
		return false
	}
	return false
}
