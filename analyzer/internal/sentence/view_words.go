package sentence

import (
	"strings"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// ChannelNamed reports whether the sentence names messages of set w other
// than as the way to reach the company ("contact us by email").
func (vw *View) ChannelNamed(w lexicon.WordSet) bool {
	if !vw.MayHaveIn(w) {
		return false
	}
	for p := vw.Own; p < len(vw.Toks); p++ {
		if vw.In(int32(p), w) && !vw.howAt(int32(p)) {
			return true
		}
	}
	return false
}

// howAt reports whether position p lies in a phrase saying how to reach the
// company or use a right ("by email", "contact us").
func (vw *View) howAt(p int32) bool {
	for _, g := range vw.Hits {
		if g.From <= p && p < g.To && vw.Entry(g).Cls == lexicon.ClassHow {
			return true
		}
	}
	return false
}

// SentenceHasIn reports whether one of words stands in tokens [from, to).
func (vw *View) SentenceHasIn(from, to int32, g lexicon.GrammarSet) bool {
	if !vw.MayHave(g) {
		return false
	}
	d := vw.Doc
	for p := from; p < to; p++ {
		if t := &d.Toks[vw.Toks[p]]; d.Lexicon.MayBe(t.ID, g) && d.spells(t, g) { // vw.Is(p, g) without a call a token
			return true
		}
	}
	return false
}

// SentenceHas reports whether the sentence (without its list intro) holds
// one of words.
func (vw *View) SentenceHas(g lexicon.GrammarSet) bool {
	return vw.SentenceHasIn(int32(vw.Own), int32(len(vw.Toks)), g)
}

// HasWord reports whether one of words is among the tokens of h.
func (vw *View) HasWord(h lexicon.Hit, g lexicon.GrammarSet) bool {
	return vw.SentenceHasIn(h.From, h.To, g)
}

// HasSetWord reports whether a word of set w is among the tokens of h (the
// word-set twin of HasWord: "hosted" in "our site is hosted by").
//
// It is a call (too complex to inline since it asks MayHaveIn first, which
// a hit's words rarely pass): inlined at its two dozen uses, its loop cost
// the page's WebAssembly a copy each.
func (vw *View) HasSetWord(h lexicon.Hit, w lexicon.WordSet) bool {
	return vw.NextIn(h.From, h.To, w) < h.To
}

// SetFrom reports whether a word of set w stands in the view from position
// from on (vw.own: the sentence's own words; 0: with its list intro).
func (vw *View) SetFrom(from int, w lexicon.WordSet) bool {
	end := int32(len(vw.Toks))
	return vw.NextIn(int32(from), end, w) < end
}

// ListedWith reports whether a word of set w stands within three words of
// hit h, in its clause, with only commas and "and" / "or" between: a list.
func (vw *View) ListedWith(h lexicon.Hit, w lexicon.WordSet) bool {
	return vw.SetBefore(h.From, 3, w) || int(h.To) < len(vw.Toks) && vw.Clause[h.To] == vw.Clause[h.From] && vw.SetAfter(h.To, 3, w)
}

// Occasion reports whether position p lies in a clause that says when the
// reader does something: "when you", "if you", "whenever you" within eight
// words before p.
func (vw *View) Occasion(p int32) bool {
	for q := p - 1; q > max(int32(vw.Own), p-9) && vw.Clause[q] == vw.Clause[p]; q-- {
		if vw.Is(q, lexicon.GReader) && vw.Is(q-1, lexicon.GOccasion) {
			return true
		}
	}
	return false
}

// NextIn returns the first position in [from, to) that holds a word of set
// w, or to when none does: a scan of the view for a word of a set, with one
// call, not one a word (calls cost most in WebAssembly).
func (vw *View) NextIn(from, to int32, w lexicon.WordSet) int32 {
	if !vw.MayHaveIn(w) {
		return to
	}
	// The table word and bit of w, and the slices, in locals: read
	// through InSet, the loop loaded them again at every word (19
	// instructions a word; NextIn 5.4 -> 4.3 M over tb150).
	sets, toks, pos := vw.Doc.Lexicon.WordSets, vw.Doc.Toks, vw.Toks
	word, bit := w>>6, uint64(1)<<(w&63)
	for p := from; p < to; p++ {
		if id := uint(toks[pos[p]].ID); id < uint(len(sets)) && sets[id][word]&bit != 0 {
			return p
		}
	}
	return to
}

// SetBefore reports whether a word of set w stands within n words before
// position p, in p's clause.
func (vw *View) SetBefore(p, n int32, w lexicon.WordSet) bool {
	return vw.setBefore(p, max(0, p-n), w) >= 0
}

// OwnSetBefore returns the position of the nearest word of set w within n
// words before position p, in the sentence's own words (not its list
// intro's) and p's clause, or -1: the word-set twin of GrammarBefore that
// says where ("contact you regarding surveys").
func (vw *View) OwnSetBefore(p, n int32, w lexicon.WordSet) int32 {
	return vw.setBefore(p, max(int32(vw.Own), p-n), w)
}

// setBefore returns the position of the nearest word of set w before
// position p, from position from on, in p's clause, or -1: the loop of
// SetBefore and OwnSetBefore, with no call a word.
func (vw *View) setBefore(p, from int32, w lexicon.WordSet) int32 {
	if !vw.MayHaveIn(w) {
		return -1
	}
	d := vw.Doc
	for q := p - 1; q >= from && vw.Clause[q] == vw.Clause[p]; q-- {
		if d.Lexicon.InSet(d.Toks[vw.Toks[q]].ID, w) {
			return q
		}
	}
	return -1
}

// SetAfter reports whether a word of set w stands within n words from
// position p on, in p's clause ("keep your password confidential").
func (vw *View) SetAfter(p, n int32, w lexicon.WordSet) bool {
	if !vw.MayHaveIn(w) {
		return false
	}
	for q := p; int(q) < len(vw.Toks) && q < p+n && vw.Clause[q] == vw.Clause[p]; q++ {
		if vw.In(q, w) {
			return true
		}
	}
	return false
}

// GrammarBefore reports whether a word of grammar set g stands within n
// words before position p, in the sentence's own words and p's clause ("we
// may provide you", "you should not share").
func (vw *View) GrammarBefore(p, n int32, g lexicon.GrammarSet) bool {
	for q := p - 1; q >= max(int32(vw.Own), p-n) && vw.Clause[q] == vw.Clause[p]; q-- {
		if vw.Is(q, g) {
			return true
		}
	}
	return false
}

// Supposed reports whether the verb at p stands inside a clause that
// supposes rather than states ("if we sold", "whether we have sold", "before
// selling", "If we do respond to DNT signals in the future"): a word of
// supposing before it in its clause with no new statement (", we ...")
// between. "If you agree, we may sell your data" states, under a condition.
func (vw *View) Supposed(p int32) bool {
	for q := p - 1; q >= int32(vw.Own) && vw.Clause[q] == vw.Clause[p]; q-- {
		if vw.Tok(q+1).SepBefore >= text.SepComma && vw.Is(q+1, lexicon.GSubjects) {
			return false
		}
		if vw.Is(q, lexicon.GHypothetical) {
			return true
		}
	}
	return false
}

// Asked reports whether the verb at p is asked about rather than stated: a
// question word shortly before it in its clause ("How We Respond to Do Not
// Track Signals", "the law requires us to disclose how we respond").
func (vw *View) Asked(p int32) bool {
	for q := p - 1; q >= int32(vw.Own) && q >= p-3 && vw.Clause[q] == vw.Clause[p]; q-- {
		if vw.Is(q, lexicon.GQuestionWords) {
			return true
		}
	}
	return false
}

// CompanyReserves reports whether right hit h is a right the company keeps to
// itself: "we reserve the right to delete accounts", "Fark retains the right
// to remove this content", "we reserve the right to access, use and share
// your information".
func (vw *View) CompanyReserves(h lexicon.Hit) bool {
	from := max(int32(vw.Own), h.From-6)
	return vw.SentenceHasIn(from, h.From, lexicon.GReserving) && vw.SentenceHasIn(from, h.To, lexicon.GRight) &&
		!vw.SentenceHasIn(from, h.From, lexicon.GReader)
}

// DefinitionAt returns the position of a word of defining among the first
// eight words of the sentence that opens a definition ("X is defined as",
// "X means", "X refers to"), or -1. "as defined in the CCPA, we ...", "It
// means", "That means", ", which means" and "other means of" open none.
func (vw *View) DefinitionAt() int32 {
	if !vw.MayHave(lexicon.GDefines) {
		return -1
	}
	for p := int32(vw.Own) + 1; int(p) < len(vw.Toks) && p <= int32(vw.Own)+16; p++ {
		if vw.Is(p, lexicon.GDefines) {
			// "When we say “Data Processors” we mean ...", "By “User
			// Content” we mean ...", "For the purposes of this Policy,
			// when we say “Acme,” “we,” or “us,” we mean ...": "mean"
			// defines after "we" only (not "This does not mean"), and
			// may stand further on.
			mean := vw.Is(p, lexicon.GMean)
			if mean && vw.Is(p-1, lexicon.GWe) {
				return p
			}
			if mean || p > int32(vw.Own)+8 {
				continue
			}
			if vw.Is(p-1, lexicon.GExampleLead) || vw.Is(p-1, lexicon.GDataPronouns) || vw.Is(p-1, lexicon.GThatWhich) || vw.In(p-1, lexicon.WordsDeterminers) {
				return -1
			}
			return p
		}
	}
	return -1
}

// weMean reports whether the word at p is "mean" after "we".
func (vw *View) weMean(p int32) bool {
	return p > 0 && vw.Is(p-1, lexicon.GWe) && vw.Is(p, lexicon.GMean)
}

// WeMeanTerm reports whether hit h names the term of a definition by "we
// mean": it ends before "we mean" ("When we say processor we mean any
// person who ...", "By “affiliates”, we mean ...").
func (vw *View) WeMeanTerm(h lexicon.Hit) bool {
	d := vw.DefinitionAt()
	return d > h.From && h.To <= d-1 && vw.weMean(d)
}

// WeMeanBody reports whether hit h stands in the body of a definition by
// "we mean", after it ("When we say processor we mean any person who
// processes data on our behalf"): what the term covers, no practice.
func (vw *View) WeMeanBody(h lexicon.Hit) bool {
	d := vw.DefinitionAt()
	return d >= 0 && h.From > d && vw.weMean(d)
}

// DefinesData reports whether the sentence defines a term of data: the
// term opens the sentence, a data word ends it, and a word of defining
// follows ("Personal data means ...", "Usage Data refers to ..."), or a
// word of listing follows the term set in quotation marks ("“Covered
// information” includes your name ...", "“Personal Data” may include").
// A verb or a person before the word makes no definition ("we collect
// information by automated means", "we contact you by electronic means");
// nor does a term that is no data ("It also means", "Our infrastructure
// means that").
//
// A sentence's data hits all ask: the answer is worked out once.
func (vw *View) DefinesData() bool {
	if vw.defines == notAsked {
		vw.defines = answerNo
		if vw.definesData() {
			vw.defines = answerYes
		}
	}
	return vw.defines == answerYes
}

// definesData is DefinesData, worked out.
func (vw *View) definesData() bool {
	p := vw.DefinitionAt()
	for q := int32(vw.Own) + 1; p < 0 && vw.MayHaveIn(lexicon.WordsListing) && int(q) < len(vw.Toks) && q <= int32(vw.Own)+8; q++ {
		if vw.In(q, lexicon.WordsListing) && vw.quotedTerm(q) {
			p = q
		} else if vw.In(q, lexicon.WordsListing) && vw.In(q-1, lexicon.WordsModal) && vw.quotedTerm(q-1) {
			p = q - 1 // "“Personal Data” can include ..."
		}
	}
	if p < 0 {
		return false
	}
	for _, vi := range vw.Verbs {
		if vw.Hits[vi].From < p {
			return false
		}
	}
	term := false
	for _, h := range vw.Hits {
		if h.From >= p || int(h.From) < vw.Own {
			continue
		}
		if vw.IsRule(h, lexicon.RWe) || vw.IsRule(h, lexicon.RYou) {
			return false
		}
		term = term || vw.Entry(h).Cls == lexicon.ClassDatatype && h.To == p
	}
	return term
}

// Spaced reports whether every token in (from, to] follows a plain space:
// no comma, stop or other break between the words from from to to.
func (vw *View) Spaced(from, to int32) bool {
	for q := from + 1; q <= to; q++ {
		if vw.Tok(q).SepBefore != text.SepSpace {
			return false
		}
	}
	return true
}

// quotedTerm reports whether the words of the sentence before position p
// are a term in quotation marks, bold or not: a mark opens the sentence and
// one closes the term right before p ("“Personal Data” includes",
// "**“Usage Data”** includes"), with no separator inside.
func (vw *View) quotedTerm(p int32) bool {
	own := int32(vw.Own)
	if p <= own || !vw.Spaced(own, p) {
		return false
	}
	first, last := vw.Tok(own), vw.Tok(p-1)
	before := strings.Trim(vw.Doc.Text[max(0, int(first.Start)-8):first.Start], "* ")
	between := strings.Trim(vw.Doc.Text[last.End:vw.Tok(p).Start], "* ")
	return endsInQuote(before) && endsInQuote(between) && len(between) <= 4
}

// endsInQuote reports whether s ends in a quotation mark.
func endsInQuote(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return s != "" && strings.ContainsRune(QuoteMarks, r)
}

// QuoteMarks are the quotation marks around a word: straight and curly.
const QuoteMarks = "\"“”'‘’"

// ReadsOthersPolicy reports whether the sentence advises the reader to read
// another party's privacy policy: a verb of reading after the reader or
// opening the sentence ("You should review", "We encourage you to read",
// "Always check") or after "please" ("When you book on a partner's site,
// please also read their privacy notice"), then, within six words, "privacy" and a document's noun
// not made the company's own by "this" or "our" ("the privacy policies of
// these third parties", "the privacy statements of every website that
// collects personal data"). The data and parties it names are those the
// reader gives others, or others collect: no practice of the company's. Not
// where the company also acts in it, other than advising the reader ("both
// we and the applicable third party may have access to ..., and you should
// carefully review the third party's privacy policy").
func (vw *View) ReadsOthersPolicy() bool {
	if !vw.MayHaveIn(lexicon.WordsPolicyReading) || !vw.MayHaveIn(lexicon.WordsPrivacyDocs) {
		return false
	}
	own := int32(vw.Own)
	for q := own; q < int32(len(vw.Toks)); q++ {
		if vw.Is(q, lexicon.GWe) && !vw.readerAfter(q+1, 3) {
			return false
		}
	}
	start := vw.Tok(own).Start
	for p := own; p < int32(len(vw.Toks)); p++ {
		if !vw.In(p, lexicon.WordsPolicyReading) || p-own > 1 && !vw.GrammarBefore(p, 5, lexicon.GReader) && !vw.GrammarBefore(p, 2, lexicon.GPlease) {
			continue
		}
		// Advice in brackets is an aside to the statement around it
		// ("Your data may be shared with our affiliates (if you want to
		// know more, consult their privacy policy)").
		if before := vw.Doc.Text[start:vw.Tok(p).Start]; strings.Count(before, "(") > strings.Count(before, ")") {
			continue
		}
		for q := p + 2; q < int32(len(vw.Toks)) && q <= p+6; q++ {
			if !vw.In(q, lexicon.WordsPrivacyDocs) || !vw.In(q-1, lexicon.WordsPrivacyLead) {
				continue
			}
			for r := p + 1; r < q-1; r++ {
				if vw.In(r, lexicon.WordsOwnDocs) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// readerAfter reports whether the reader ("you") stands within n words from
// p: "we encourage you", "we recommend that you".
func (vw *View) readerAfter(p, n int32) bool {
	for q := p; q < int32(len(vw.Toks)) && q < p+n; q++ {
		if vw.Is(q, lexicon.GReader) {
			return true
		}
	}
	return false
}

// RightAsPurpose reports whether right hit h is what data is used for: a
// purpose hit (an aside) spans the same words, after a verb of using data
// in the sentence's own words, with no "you" between ("we use your personal
// information to process payments, fix errors and improve the site"). The company's aim is no
// right of the reader's to correct their data, and makes the sentence no
// sentence about rights.
func (vw *View) RightAsPurpose(h lexicon.Hit) bool {
	purpose := false
	for _, g := range vw.Aside {
		if g.From == h.From && g.To == h.To && vw.Entry(g).Class == "purpose" {
			purpose = true
			break
		}
	}
	if !purpose {
		return false
	}
	for _, g := range vw.Hits {
		if g.From >= h.From {
			break
		}
		if g.From >= int32(vw.Own) && vw.IsRule(g, lexicon.RUse) {
			// (Not "If we use inaccurate data, you can ask us to fix
			// errors in it": the reader asks.)
			return !vw.SentenceHasIn(g.To, h.From, lexicon.GReader)
		}
	}
	return false
}

// placesRecipients reports whether transfer hit h only says where the
// recipients of a sharing are: it follows a recipient in its clause, at
// most two words after it ("in and", "located"), and a verb of passing data
// on comes before that recipient ("We share your personal information with
// selected third parties in and outside your country", "we disclose it to
// affiliates located outside the EU"). The sentence is about sharing, not
// about data moved abroad.
func (vw *View) placesRecipients(h lexicon.Hit) bool {
	lx := vw.Doc.Lexicon
	share := false
	for _, g := range vw.Hits {
		if g.From >= h.From {
			break
		}
		if g.From < int32(vw.Own) {
			continue
		}
		e := vw.Entry(g)
		switch {
		case lx.Is(e, lexicon.RShare):
			share = true
		case share && e.Cls == lexicon.ClassRecipient && g.To <= h.From && h.From-g.To <= 2 && vw.Clause[g.To-1] == vw.Clause[h.From]:
			return true
		}
	}
	return false
}

// clauseStart returns where the clause of position p begins, in the
// sentence's own words.
func (vw *View) clauseStart(p int32) int32 {
	for p > int32(vw.Own) && vw.Clause[p-1] == vw.Clause[p] {
		p--
	}
	return p
}

// Pointer reports whether hit h stands in a clause that points to more
// reading: "For more information on how your data is used for advertising,
// see ...", "Learn more about interest-based ads", "See our choices page to
// learn more about interest-based advertising". What such a clause names is
// the topic of the page it points to, not a statement of the company's.
func (vw *View) Pointer(h lexicon.Hit) bool {
	if !vw.MayHave(lexicon.GLearnMore) {
		return false // no word of it in the view: no call of Is per word
	}
	start := vw.clauseStart(h.From)
	for p := start; p < h.From; p++ {
		if vw.Is(p, lexicon.GLearnMore) && (p == start || vw.Is(p-1, lexicon.GFor) && !vw.InCollectVerb(p-1) || vw.Is(p-1, lexicon.GTo)) {
			return true
		}
	}
	return false
}

// InCollectVerb reports whether the word at p is part of a verb of
// collecting: the "for" of "ask for additional information to verify your
// identity", "asking you for further details", which asks for data and
// points to no reading.
func (vw *View) InCollectVerb(p int32) bool {
	for _, g := range vw.Hits {
		if g.From <= p && p < g.To && vw.IsRule(g, lexicon.RCollect) {
			return true
		}
	}
	return false
}

// PointsOn reports whether hit h stands in a clause that opens with a
// pointer to more reading in so many words: a learn-more word opening it (or
// after a "for" or "to" opening it), then "more" or a noun of reading, right
// after it or one word on ("For more information about the data we collect,
// see ...", "To learn more about our partners", "Further details about
// cookies are available here", "For more general information on cookies"),
// or with the reader sent to look elsewhere ("Please see Section 12 on
// cookies below"). Not "Further, our partners may not use it" nor "to more effectively serve
// ads", which Pointer takes for a purpose's clause, nor "Unless you opt in
// for more information, we delete your email address".
func (vw *View) PointsOn(h lexicon.Hit) bool {
	more, see := vw.MayHave(lexicon.GLearnMore), vw.MayHave(lexicon.GCrossReference)
	if !more && !see {
		return false // no word of either in the view: no call of Is per word
	}
	start := vw.clauseStart(h.From)
	// "Please see Section 12 on cookies below", "See the Usage Information
	// section for more": a clause opening with the reader told to look
	// elsewhere names the section it points to.
	if see && start < h.From && (vw.Is(start, lexicon.GCrossReference) || vw.Is(start, lexicon.GPlease) && start+1 < h.From && vw.Is(start+1, lexicon.GCrossReference)) {
		return true
	}
	if !more {
		return false
	}
	// (The learn-more word opens the clause or follows its first word, so
	// only two words need be read; the noun may be the hit: "details" of
	// "Further details about ...".)
	for p := start; p < h.From && p <= start+1; p++ {
		if vw.Is(p, lexicon.GLearnMore) && (vw.Is(p+1, lexicon.GLearnMore) || vw.Is(p+1, lexicon.GPointerNouns) || p+2 <= h.From && vw.Is(p+2, lexicon.GPointerNouns)) &&
			(p == start || p-1 == start && (vw.Is(p-1, lexicon.GFor) || vw.Is(p-1, lexicon.GTo))) &&
			!(vw.InParens(lexicon.Hit{From: p, To: p + 1}) && !vw.InParens(h)) && // not "Our vendors (see Section 2 for more information) may collect location data"
			!strings.Contains(vw.Doc.Text[vw.Tok(p).End:vw.Tok(h.From).Start], ". ") { // nor a statement run on after the pointer's stop
			return true
		}
	}
	return false
}

// DescribesPolicy returns where the sentence says what the policy itself
// describes, or -1: a meta cue (see Context.Meta) that holds "this" or "our"
// before a privacy document's noun ("This Privacy Policy explains how we
// and our partners collect, use and share your information", "The purpose
// of this privacy policy is to disclose ... with whom we may share it",
// "to learn more about our privacy practices"). What it names is what the
// policy covers, an introduction: no practice stated.
func (vw *View) DescribesPolicy() int32 {
	if !vw.MayHaveIn(lexicon.WordsOwnDocs) || !vw.MayHaveIn(lexicon.WordsPrivacyDocs) {
		return -1
	}
	for _, g := range vw.Hits {
		// (Not "Nothing in this policy is intended to limit our ability
		// to transfer our business": a denial of what it covers.)
		if !vw.IsRule(g, lexicon.RMeta) || vw.NegatedNear(g.From, 3) {
			continue
		}
		for p := g.From; p+1 < g.To; p++ {
			if vw.In(p, lexicon.WordsOwnDocs) {
				for q := p + 1; q < g.To && q <= p+3; q++ {
					if vw.In(q, lexicon.WordsPrivacyDocs) {
						return g.From
					}
				}
			}
		}
	}
	return -1
}

// OpensWithRefusal reports whether the sentence opens with a condition on
// the reader refusing: "if" or "when", then within three words a choice cue
// that holds "not" ("If you do not wish to have your personal information
// shared with third parties, please click here", "If you prefer that we not
// share your information in this way, contact us"). What it states is the
// reader's way to say no, not that data is passed on.
func (vw *View) OpensWithRefusal() bool {
	if !vw.MayHave(lexicon.GConditional) {
		return false // (most sentences: no call to read their first word)
	}
	own := int32(vw.Own)
	if int(own)+1 < len(vw.Toks) && numeral(vw.Doc.Text[vw.Tok(own).Start:vw.Tok(own).End]) {
		own++ // "4. If you do not wish ...": an item's number
	}
	if int(own) >= len(vw.Toks) || !vw.Is(own, lexicon.GConditional) {
		return false
	}
	for _, g := range vw.Hits {
		if !vw.IsRule(g, lexicon.RChoice) || g.From < own || g.From > own+3 {
			continue
		}
		for p := g.From; p < g.To; p++ {
			if vw.Is(p, lexicon.GNot) || vw.Is(p, lexicon.GDont) {
				return true
			}
		}
	}
	return false
}

// numeral reports whether s is a number of at most three digits.
func numeral(s string) bool {
	if s == "" || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// ConsentByUse reports whether the sentence is the reader's consent by using
// the service: it opens with "By" and states a choice ("By using the Site,
// you consent to the collection, use and sharing of your information"): what
// it names is what the reader agrees to, stated as practices elsewhere.
func (vw *View) ConsentByUse(c *Context) bool {
	return c.Choice && vw.Own < len(vw.Toks) && vw.Is(int32(vw.Own), lexicon.GBy)
}

// Number reads the number at p, figures or words, and the same value
// restated in brackets after it (lexicon.Number: "thirteen", "twenty-one",
// "one hundred and eighty", "seven (7)"): its value and the position after
// it; -1 and p when none starts at p.
func (vw *View) Number(p int32) (int, int32) {
	return vw.Doc.Lexicon.Number(vw.Tok, p, int32(len(vw.Toks)))
}

// NumberEnding returns where the number that ends at p starts, in the
// sentence's own words, and its value (lexicon.NumberEnding: "one hundred
// and eighty", "thirty (30)"); p and -1 when none ends there.
func (vw *View) NumberEnding(p int32) (int32, int) {
	return vw.Doc.Lexicon.NumberEnding(vw.Tok, int32(vw.Own), p)
}
