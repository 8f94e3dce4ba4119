package classes

import (
	"strings"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// practiceClass judges the practices named by purpose or choice (rule class
// "practice"): why data is used or passed on, and the reader's choices.
type practiceClass struct{}

func (*practiceClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	e := vw.Entry(h)
	if vw.IsRule(h, lexicon.RPurpose) {
		return purpose(vw, c, h, e)
	}
	// "By using the Site, you consent to the collection of your
	// information", "you agree to the terms of this Privacy Policy":
	// consent the policy takes from the reader's use offers no choice (but
	// "unless you consent to such disclosure" is one).
	// "we may decide not to provide access", "If we refuse to provide you
	// with access": the company's decision, not the reader's choice.
	if vw.IsRule(h, lexicon.RChoice) && weDecide(vw, h) && !vw.HasWord(h, lexicon.GReader) && !vw.HasSetWord(h, lexicon.WordsYourForms) {
		return drop("practice/our-decision")
	}
	if vw.IsRule(h, lexicon.RChoice) && consentByUse(vw, h) {
		return drop("practice/consent-by-use")
	}
	// "Session cookies disappear when you close your browser or turn off
	// your computer": switching off the reader's machine is no setting.
	if vw.IsRule(h, lexicon.RChoice) && machineOff(vw, h) {
		return drop("practice/machine-switched-off")
	}
	// "You may choose to delete your account", "you have the ability to
	// review, correct, or delete it": the words frame a right of access,
	// which is the finding.
	if vw.IsRule(h, lexicon.RChoice) && framesAccessRight(vw, h) {
		return drop("practice/frames-an-access-right")
	}
	// (The reader named in the choice's own words makes it the reader's:
	// "If you prefer not to receive promotional information", "We will ask
	// for your consent before using it".)
	if choice := vw.IsRule(h, lexicon.RChoice); !choice || c.Collect || c.Share || c.Use || c.You || !c.Heading && (vw.HasWord(h, lexicon.GReader) || vw.HasSetWord(h, lexicon.WordsYourForms)) {
		return kept("practice/named", finding(e, "practice", e.Category))
	}
	return drop("practice/choice-without-practice")
}

// purpose decides whether purpose hit h is a use of data, a reason to pass
// it on, or neither.
func purpose(vw *sentence.View, c *sentence.Context, h lexicon.Hit, e *lexicon.Entry) verdict {
	// "- Improving the Site;": a bare verb opens a list item of
	// purposes; elsewhere ("Providing your email is optional") it is none.
	if h.Weak && (int(h.From) != c.ItemStart || int(h.To) >= len(vw.Toks)) {
		return drop("practice/bare-verb-not-an-item")
	}
	sharePurpose := decision{Kind: "practice", ID: "share-purpose", Category: "third-party-sharing"}
	// "Your information may be disclosed: - to satisfy applicable laws,":
	// a list item under a sharing intro gives a reason to pass data on.
	if vw.Own > 0 && c.Share && !c.OtherTopic && !c.Meta && introShares(vw) {
		return kept("practice/share-purpose-item", sharePurpose)
	}
	// "We may share it when ... Examples include: - Protecting the
	// safety of customers;": the list goes on from a sentence about
	// passing data on.
	if h.Weak && !c.Collect && !c.Use && (c.Share || c.Carried.Share) {
		return kept("practice/share-purpose-carried", sharePurpose)
	}
	// A recipient word in a list item under "We use information:" is
	// no sharing ("to manage ... forum management", "to comply with
	// applicable law").
	if c.OtherTopic || c.Share || c.Choice || c.Recipient && vw.Own == 0 && !(c.Listed && int(h.From) == c.ItemStart) || c.Meta {
		return drop("practice/purpose-of-another-topic")
	}
	// "These networks may use cookies to measure the effectiveness of
	// their ads": a third party's purpose, which it pursues with what it
	// collects; no use of the company's. (Not where the sentence names
	// the company at all: "They help us analyze", "cookies enable us to
	// show ads" are the company's aims; nor a passive verb: "They are also
	// used to serve ads" speaks of cookies.)
	if actor := vw.ActorBefore(h.From); c.ThirdPartySubject && !c.WeToo && actor != sentence.PartyWe && actor != sentence.PartyReader && !namesUs(vw) && !passiveVerbBefore(vw, h) {
		return kept("practice/third-party-purpose", sharePurpose)
	}
	// "we may need to verify your identity before implementing your
	// request", "We will use the information to process your request":
	// the purpose of handling the reader's request under a right is
	// the right's, no use of data the service collects.
	if handlesRequest(vw) {
		return drop("practice/handling-a-request")
	}
	// "the servers used to run the site", "the email used to create your
	// account": which thing, no purpose of data (as purpose/describes-a-thing).
	if usedToDescribe(vw, h) {
		return drop("practice/describes-a-thing")
	}
	// "To manage your newsletter preferences, please click here": the
	// reader's aim, and the reader acts.
	if int(h.From) == vw.Own && (c.Instructs || vw.SentenceHas(lexicon.GClickVisit)) {
		return drop("practice/readers-aim")
	}
	// "if you want to create and manage content", "If you would like to
	// decline cookies": what the reader wishes to do; and "we encourage
	// you to review your settings to manage your preferences", advice that
	// states no use of data.
	if readerWishes(vw, h.From) || c.Instructs && !c.Collect && !c.Use && !c.Store {
		return drop("practice/readers-aim")
	}
	// "you can contact us to resolve the issue", "please write to us to
	// update your details": the aim of the reader's reaching the company,
	// no use of data.
	if readerReachesUs(vw, h) {
		return drop("practice/readers-aim")
	}
	// "you can ask us to contact you by post", "if you want us to call
	// you": what the reader asks the company to do, no purpose of its use
	// of data.
	if readerAsksUs(vw, h) {
		return drop("practice/readers-request")
	}
	// A purpose is a use of data when the sentence uses or names data,
	// or is itself a purpose ("To deliver relevant advertisements.", a
	// list item under "We use information to:"); "We are committed to
	// protecting your privacy" states no use.
	if !(c.Collect || c.Use || c.Store || c.Carried.Collect || vw.Own > 0 || c.Listed ||
		int(h.From)-vw.Own <= 1 && !(mainClauseOfOurs(vw, h) && !namesAnyData(vw)) || namesReadersData(vw) || aimOfWhatWeDo(vw, h)) {
		return drop("practice/no-use")
	}
	return kept("practice/purpose", finding(e, "practice", e.Category))
}

// passiveVerbBefore reports whether a verb before purpose hit h is
// passive ("are used", "may be used").
func passiveVerbBefore(vw *sentence.View, h lexicon.Hit) bool {
	for _, vi := range vw.Verbs {
		if g := vw.Hits[vi]; g.From < h.From && passiveAt(vw, g.From) {
			return true
		}
	}
	return false
}

// namesUs reports whether the sentence, with its list intro, names the
// company: "we", "us", "our".
func namesUs(vw *sentence.View) bool {
	n := int32(len(vw.Toks))
	return vw.SentenceHasIn(0, n, lexicon.GWe) || vw.SentenceHasIn(0, n, lexicon.GOurForms)
}

// namesAnyData reports whether the sentence's own words name data, however
// vague ("information about you").
func namesAnyData(vw *sentence.View) bool {
	for _, g := range vw.Hits {
		if int(g.From) >= vw.Own && vw.Entry(g).Cls == lexicon.ClassDatatype {
			return true
		}
	}
	return false
}

// mainClauseOfOurs reports whether a clause of the company's follows
// purpose hit h after a comma: "To help explain things clearly, we have
// added examples" states what the company did for the aim, a use of data
// only where the sentence names data.
func mainClauseOfOurs(vw *sentence.View, h lexicon.Hit) bool {
	for p := h.To; int(p) < len(vw.Toks); p++ {
		if vw.Tok(p).SepBefore >= text.SepComma && vw.Is(p, lexicon.GWe) {
			return true
		}
	}
	return false
}

// introShares reports whether the list intro has a sharing verb and the
// item none of its own.
func introShares(vw *sentence.View) bool {
	intro := false
	for _, vi := range vw.Verbs {
		v := vw.Hits[vi]
		if e := vw.Entry(v); !vw.IsRule(v, lexicon.RShare) && e.Class != "sale" {
			continue
		}
		if int(v.From) >= vw.Own {
			return false
		}
		intro = true
	}
	return intro
}

// consentByUse reports whether choice hit h is the reader assenting ("you
// consent to", "you are agreeing to"), not as a condition ("if you consent
// to", "unless you agree to").
func consentByUse(vw *sentence.View, h lexicon.Hit) bool {
	p := h.From + 1
	if p < h.To && vw.Is(p, lexicon.GAuxiliaries) {
		p++
	}
	if !vw.Is(h.From, lexicon.GReader) || p >= h.To || !vw.In(p, lexicon.WordsAssenting) {
		return false
	}
	return !(int(h.From) > vw.Own && (vw.Is(h.From-1, lexicon.GConditional) || vw.Is(h.From-1, lexicon.GExceptions)))
}

// machineOff reports whether two-word choice hit h ("turn off") has the
// reader's machine as its object, ending its clause: "or turned off your
// computer." (not "turn off your computer's ability to receive cookies",
// nor "turn off location services on your device").
func machineOff(vw *sentence.View, h lexicon.Hit) bool {
	p := h.To
	if h.To-h.From != 2 || int(p) >= len(vw.Toks) {
		return false
	}
	if vw.Is(p, lexicon.GPossessives) || vw.Is(p, lexicon.GArticle) {
		p++
	}
	if int(p) >= len(vw.Toks) || !(vw.In(p, lexicon.WordsDeviceNames) || vw.In(p, lexicon.WordsReaderMachines)) {
		return false
	}
	return int(p)+1 == len(vw.Toks) || vw.Tok(p+1).SepBefore >= text.SepComma
}

// framesAccessRight reports whether a right of access, correction, deletion
// or portability starts right after choice hit h, or after "to" (a bare
// word of a right only as a verb after "to", in a list of rights: "the
// ability to review, correct, or delete it", not "you've turned off access
// to the device's location", where it is a noun; the right class keeps a
// bare word only in such a list).
func framesAccessRight(vw *sentence.View, h lexicon.Hit) bool {
	p := h.To
	verb := vw.Is(h.To-1, lexicon.GTo) || h.To-2 >= h.From && vw.Is(h.To-2, lexicon.GTo)
	if int(p) < len(vw.Toks) && vw.Is(p, lexicon.GTo) {
		p, verb = p+1, true
	}
	for i, g := range vw.Hits {
		if g.From == p && vw.Entry(g).Cls == lexicon.ClassRight && vw.Entry(g).Cat == lexicon.CategoryUserAccess && (!g.Weak || verb && accessListed(vw, i)) {
			return true
		}
	}
	return false
}

// accessListed reports whether another right of access, correction or
// deletion starts within three words after right hit i.
func accessListed(vw *sentence.View, i int) bool {
	h := vw.Hits[i]
	for _, g := range vw.Hits[i+1:] {
		if g.From >= h.To && g.From <= h.To+3 && vw.Entry(g).Cls == lexicon.ClassRight && vw.Entry(g).Cat == lexicon.CategoryUserAccess {
			return true
		}
	}
	return false
}

// weDecide reports whether "we", perhaps with modals ("we may"), stands
// right before choice hit h: "we may decide not to provide access", "if we
// refuse to provide" (not "we provide an opportunity to opt out").
func weDecide(vw *sentence.View, h lexicon.Hit) bool {
	p := h.From - 1
	for p > int32(vw.Own) && (vw.In(p, lexicon.WordsModal) || vw.Is(p, lexicon.GNot)) {
		p--
	}
	return p >= int32(vw.Own) && vw.Is(p, lexicon.GWe)
}

// lowerIs reports whether strings.ToLower(w) == t, for t in lower-case
// ASCII letters, without building the lower-case copy: handlesRequest asks
// it of every word of a sentence. Of the runes beyond ASCII only the
// Kelvin sign and U+0130 lower to ASCII, each to one byte from two or three
// (TestLowerIs checks every rune), so a word shorter than t, or as long
// or longer and all ASCII, is decided here; any other goes to ToLower.
func lowerIs(w, t string) bool {
	if len(w) < len(t) {
		return false
	}
	if len(w) == len(t) {
		for i := 0; i < len(w); i++ {
			if c := w[i]; c|0x20 != t[i] { // t[i] is a lower-case letter: w[i] is it or its capital
				return c >= utf8.RuneSelf && strings.ToLower(w) == t
			}
		}
		return true
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return strings.ToLower(w) == t
		}
	}
	return false
}

// handlesRequest reports whether the sentence names the reader's request
// ("your request", "such a request", "the request") under a right: a
// word of a right ("right", "access", "delete") or of verifying identity
// in the sentence.
func handlesRequest(vw *sentence.View) bool {
	// ("request" and "requests" are the words of grammar set request, in
	// any case: most sentences have neither, which the view knows
	// without reading their words.)
	if !vw.MayHave(lexicon.GRequest) {
		return false
	}
	req := false
	for p := int32(vw.Own) + 1; int(p) < len(vw.Toks); p++ {
		t := vw.Tok(p)
		w := vw.Doc.Text[t.Start:t.End]
		// (No shorter word is either: most words are, and need no call.)
		if len(w) >= len("request") && (lowerIs(w, "request") || lowerIs(w, "requests")) && (vw.Is(p-1, lexicon.GPossessives) || vw.In(p-1, lexicon.WordsDeterminers)) {
			req = true
			break
		}
	}
	if !req {
		return false
	}
	for _, g := range vw.Hits {
		if e := vw.Entry(g); e.Cls == lexicon.ClassRight && !g.Weak {
			return true
		}
	}
	for p := int32(vw.Own); int(p) < len(vw.Toks); p++ {
		t := vw.Tok(p)
		if w := vw.Doc.Text[t.Start:t.End]; len(w) >= len("verify") && (lowerIs(w, "verify") || lowerIs(w, "identity")) {
			return true
		}
	}
	return false
}

// AimsListed returns the evidence of a list intro that says why data is
// used and leaves the aims to the items below it ("We use the information
// we collect to:", "Your data may be used to:"): a verb of using data in
// the last clause, not denied, and the "to" that ends the sentence before
// its colon. It
// states the practice purpose, as "for the following purposes:" does (a
// pattern cannot: the words before "to" name the data, which another class
// reads).
func AimsListed(vw *sentence.View, c *sentence.Context) (Evidence, bool) {
	n := int32(len(vw.Toks))
	if !c.Leads || !c.Use || vw.Own > 0 || n < 3 || c.Share || c.OtherTopic || c.Choice || c.Meta || c.Recipient ||
		!vw.Is(n-1, lexicon.GTo) {
		return Evidence{}, false
	}
	for _, h := range vw.Hits {
		if vw.IsRule(h, lexicon.RUse) && h.To < n && h.To >= n-9 && vw.Clause[h.From] == vw.Clause[n-1] {
			// ("We do not use your data to:" leads what is not done.)
			return Evidence{From: h.From, To: n}, !vw.NegatedNear(h.To-1, 3)
		}
	}
	return Evidence{}, false
}

// readerReachesUs reports whether purpose hit h follows a verb telling the
// reader how to act and "us" (perhaps "to us"), the reader its subject or
// the verb an instruction: "you can contact us to", "please email us to",
// "write to us to".
func readerReachesUs(vw *sentence.View, h lexicon.Hit) bool {
	p := h.From - 1
	if p <= int32(vw.Own) || !vw.Is(p, lexicon.GUs) {
		return false
	}
	p--
	if p > int32(vw.Own) && vw.Is(p, lexicon.GTo) {
		p--
	}
	if !vw.Is(p, lexicon.GInstructions) {
		return false
	}
	return p == int32(vw.Own) || vw.Is(p-1, lexicon.GPlease) || vw.ActorBefore(p) == sentence.PartyReader
}

// readerAsksUs reports whether purpose hit h follows "us" and a verb by
// which the reader asks the company to act, the reader its subject or the
// verb an instruction: "you can ask us to", "if you want us to", "please
// tell us to". Not in a relative clause ("We use what you tell us to
// serve you": the purpose of the company's use).
func readerAsksUs(vw *sentence.View, h lexicon.Hit) bool {
	p := h.From - 2
	if p < int32(vw.Own) || !vw.Is(p+1, lexicon.GUs) || !vw.In(p, lexicon.WordsAskingUs) {
		return false
	}
	for q := p - 1; q > int32(vw.Own) && q >= p-3; q-- {
		if vw.Is(q, lexicon.GReader) && (vw.Is(q-1, lexicon.GQuestionWords) || vw.Is(q-1, lexicon.GThatWhich)) {
			return false
		}
	}
	return p == int32(vw.Own) || vw.Is(p-1, lexicon.GPlease) || vw.ActorBefore(p) == sentence.PartyReader
}

// namesReadersData reports whether the sentence names a specific kind of data
// (sentence.HasData), not counting a bare word of data that labels a field
// before a colon: "Name: _ga Provider: example.com Purpose: to ensure the
// site works", a row of a table of cookies, names no data of the reader's.
func namesReadersData(vw *sentence.View) bool {
	for _, g := range vw.Hits {
		if e := vw.Entry(g); e.Cls == lexicon.ClassDatatype && !sentence.Unnamed(e) && int(g.From) >= vw.Own && !(g.Weak && labelColon(vw, g.To-1)) {
			return true
		}
	}
	return false
}

// labelColon reports whether a colon follows the word at p, before the
// next word ("Name: _ga"; not a link's "[name](https://...)").
func labelColon(vw *sentence.View, p int32) bool {
	if int(p)+1 >= len(vw.Toks) {
		return false
	}
	gap := vw.Doc.Text[vw.Tok(p).End:vw.Tok(p+1).Start]
	return strings.HasPrefix(gap, ":") && !strings.Contains(gap, "/")
}
