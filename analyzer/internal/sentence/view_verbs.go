package sentence

import (
	"strings"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// NegatedVerb reports whether verb vi is negated, counting a negation carried
// over from a list's intro into the item's first clause. Only its test of
// the verb's own negation inlines; the intro's (inFirstClause) is a call:
// inlined whole, its bounds checks were copied at each use in the page's
// WebAssembly.
func (vw *View) NegatedVerb(vi int, c *Context) bool {
	return vw.negVerb[vi] || c.IntroNeg && vw.inFirstClause(vw.Hits[vi].From)
}

// IntroDenies reports whether the negation of an intro ("We pledge not
// to:") or a bare "No" answering the question the sentence reads
// (Context.IntroNeg) reaches position p: p stands in the first clause of
// the sentence's own words. A class that reads its own negators with
// NegatedNear adds it so, as NegatedVerb does for verbs.
func (vw *View) IntroDenies(p int32, c *Context) bool {
	return c.IntroNeg && vw.inFirstClause(p)
}

// inFirstClause reports whether position p stands in the first clause of
// the sentence's own words, which a negated list intro reaches.
//
//go:noinline
func (vw *View) inFirstClause(p int32) bool {
	return int(p) >= vw.Own && vw.Clause[p] == vw.Clause[vw.Own]
}

// Keeps reports whether the sentence has a verb of keeping data.
func (vw *View) Keeps() bool {
	for _, h := range vw.Hits {
		if vw.KeepCue(h) {
			return true
		}
	}
	return false
}

// KeepCue reports whether h is a verb of keeping data ("we store", "kept"),
// not one of deleting it, which the same cue holds.
func (vw *View) KeepCue(h lexicon.Hit) bool {
	return vw.IsRule(h, lexicon.RStore) && vw.In(h.From, lexicon.WordsKeeping)
}

// GoverningVerb returns the index of the data verb hit that governs
// position p: the nearest one in p's clause, preferring one before p; -1
// when none.
func (vw *View) GoverningVerb(p int32) int {
	best, bestDist := -1, int32(1<<30)
	end := int32(-1)
	if vw.MayHave(lexicon.GConcessionOpeners) { // most sentences: no call
		end = vw.concessionEnd()
	}
	for _, vi := range vw.Verbs {
		v := vw.Hits[vi]
		// (The verbs are data verbs or Do Not Track's "respond": only
		// "respond" needs DataVerb's test.)
		if vw.Clause[v.From] != vw.Clause[p] || vw.IsRule(v, lexicon.RRespond) && !vw.Doc.Lexicon.DataVerb(vw.Entry(v)) {
			continue
		}
		// "Although we do not sell your data, your IP address is shared":
		// the verb of a concession that opens the sentence governs no data
		// after it, nor one after it data in it.
		if end > 0 && (v.From < end) != (p < end) {
			continue
		}
		d := p - v.To
		if v.From >= p {
			d = (v.From - p) * 3 // a verb after the noun governs it less often
		}
		if d < 0 {
			d = -d
		}
		if d < bestDist {
			best, bestDist = vi, d
		}
	}
	return best
}

// concessionEnd returns where the statement of a sentence that opens with a
// concession starts ("Although we do not sell your data, your IP address is
// shared"): at the first comma after which a new statement starts (see
// conditionEnds) or data is named, in the concession's clause; -1 when
// there is none.
func (vw *View) concessionEnd() int32 {
	own := int32(vw.Own)
	if !vw.MayHave(lexicon.GConcessionOpeners) || int(own) >= len(vw.Toks) || !vw.Is(own, lexicon.GConcessionOpeners) {
		return -1
	}
	for q := own + 2; int(q) < len(vw.Toks) && vw.Clause[q] == vw.Clause[own]; q++ {
		// (Or data opens the statement where none ends the words before
		// the comma, which a list of data would: "While we do not share
		// it with the ad network, data from your device is used by it";
		// not "While we collect your name, email and phone, we ...".)
		if vw.Tok(q).SepBefore == text.SepComma && (vw.conditionEnds(q, true) || vw.DataAt(q) && !vw.DataAt(q-1)) {
			return q
		}
	}
	return -1
}

// CoordinatedShare reports whether a collecting, using or keeping verb and a
// sharing verb are joined before p in its clause ("we collect, use and
// disclose your information", "may use or disclose it"; a keeping verb
// joined by "and" or "or" before the sharing one: "to access, preserve and
// disclose information", not "log files, local shared objects"), not in
// different parts of the
// sentence ("may transfer information that we collect").
func (vw *View) CoordinatedShare(p int32) bool {
	for _, wi := range vw.Verbs {
		w := vw.Hits[wi]
		if !vw.IsRule(w, lexicon.RShare) || w.To > p || vw.Clause[w.From] != vw.Clause[p] {
			continue
		}
		// A bare "use" is no cue of its own ("you can use the site").
		if w.From >= 2 && vw.Is(w.From-1, lexicon.GAndOr) && vw.Is(w.From-2, lexicon.GUseForms) {
			return true
		}
		for _, ui := range vw.Verbs {
			if u := vw.Hits[ui]; (vw.IsRule(u, lexicon.RCollect) || vw.IsRule(u, lexicon.RUse)) && vw.joinedVerbs(u, w, p) {
				return true
			}
		}
		for _, u := range vw.Hits {
			if int(u.From) >= vw.Own && vw.IsRule(u, lexicon.RStore) && u.To <= w.From && w.From-u.To <= 1 && vw.joinedVerbs(u, w, p) &&
				(u.To == w.From || vw.Is(u.To, lexicon.GAndOr)) {
				return true
			}
		}
	}
	return false
}

// joinedVerbs reports whether verb u stands before p in its clause within
// three words of sharing verb w, on either side.
func (vw *View) joinedVerbs(u, w lexicon.Hit, p int32) bool {
	return u.To <= p && vw.Clause[u.From] == vw.Clause[p] && (w.From >= u.To && w.From-u.To <= 3 || u.From >= w.To && u.From-w.To <= 3)
}

// SharedAfter reports whether a sharing verb with "it" or "them" as its
// object follows data hit h closely: "use your health information, and
// share it with others".
func (vw *View) SharedAfter(h lexicon.Hit) bool {
	for _, wi := range vw.Verbs {
		w := vw.Hits[wi]
		if !vw.IsRule(w, lexicon.RShare) || w.From < h.To || w.From-h.To > 3 || int(w.To) >= len(vw.Toks) {
			continue
		}
		if vw.Is(w.To, lexicon.GItThem) {
			return true
		}
	}
	return false
}

// Denies reports whether the sentence read, or its list intro, holds a
// negator ("not", "never"): one of NegAt, which Build notes.
func (vw *View) Denies() bool { return vw.denies }

// NegatedNear reports whether a negator stands up to n words before p in its clause.
//
// Only its test of vw.denies inlines: the loop (negatedNear) is one copy,
// where inlined at each of its 34 uses it cost the page's WebAssembly its
// bounds checks each time.
func (vw *View) NegatedNear(p int32, n int32) bool {
	return vw.denies && vw.negatedNear(p, n) // (most sentences: no negator to look for)
}

// negatedNear is NegatedNear's loop, for a sentence with a negator.
//
//go:noinline
func (vw *View) negatedNear(p int32, n int32) bool {
	for i, h := range vw.Hits {
		if h.From >= p {
			break
		}
		if vw.Reaches(i, p) && vw.Clause[h.From] == vw.Clause[p] && p-h.To <= n {
			return true
		}
	}
	return false
}

// NegatedData reports whether a negator that counts stands at most n words
// before the data of hit h, or before the list of data it ends, and at or
// after position from: "We collect no personal data", "(not including your
// name, address or telephone number)".
func (vw *View) NegatedData(h lexicon.Hit, from, n int32) bool {
	if !vw.denies {
		return false
	}
	p := vw.listStart(h)
	for i, g := range vw.Hits {
		if g.From >= p {
			break
		}
		if g.From >= from && vw.Reaches(i, h.From) && vw.Clause[g.From] == vw.Clause[p] && p-g.To <= n {
			return true
		}
	}
	return false
}

// DeniedInRelative reports whether a negator of a relative clause stands
// at most two words before the data of hit h, or the list it ends, and
// reaches it: "statistics that do not contain personal data with third
// parties".
func (vw *View) DeniedInRelative(h lexicon.Hit) bool {
	if !vw.denies {
		return false
	}
	p := vw.listStart(h)
	for i, g := range vw.Hits {
		if g.From >= p {
			break
		}
		if vw.Reaches(i, h.From) && int(vw.negEnd[i]) < len(vw.Toks) && vw.Clause[g.From] == vw.Clause[p] && p-g.To <= 2 {
			return true
		}
	}
	return false
}

// Excepted reports whether an excluding negator ("other than", "except
// for") stands in [from, to) after another negation: what follows it is
// the exception, which a negated verb before it does not deny ("We do not
// collect anything about you except for your username").
func (vw *View) Excepted(from, to int32) bool {
	for i, h := range vw.Hits {
		if h.From >= to {
			break
		}
		if h.From >= from && !vw.NegAt[i] && vw.IsRule(h, lexicon.RNegation) && vw.Is(h.From, lexicon.GExclusions) {
			return true
		}
	}
	return false
}

// listStart returns where the list of data that hit h stands in begins:
// the start of the first data word joined to it, in its clause, by nothing
// but commas and the small words of a list ("your name, address, email
// address or telephone number").
func (vw *View) listStart(h lexicon.Hit) int32 {
	p := h.From
	for j := len(vw.Hits) - 1; j >= 0; j-- {
		g := vw.Hits[j]
		if g.To > p || vw.Entry(g).Cls != lexicon.ClassDatatype {
			continue
		}
		if vw.Clause[g.From] != vw.Clause[p] || !vw.listedBetween(g.To, p) {
			break
		}
		p = g.From
	}
	return p
}

// ownVerb returns where the verb of hit h starts: h itself when it is a
// data verb, else the closest one before it in its clause (or h when none).
func ownVerb(vw *View, h lexicon.Hit) int32 {
	if vw.Doc.Lexicon.DataVerb(vw.Entry(h)) {
		return h.From
	}
	own := h.From
	for _, vi := range vw.Verbs {
		v := vw.Hits[vi]
		if vw.Doc.Lexicon.DataVerb(vw.Entry(v)) && v.To <= h.From && vw.Clause[v.From] == vw.Clause[h.From] {
			own = v.From
		}
	}
	return own
}

// newSubject reports whether a subject ("we", "you", "they") starts a new
// statement after a comma within tokens [from, to).
func (vw *View) newSubject(from, to int32) bool {
	for p := from; p < to && int(p) < len(vw.Toks); p++ {
		if vw.Tok(p).SepBefore < text.SepComma {
			continue
		}
		if vw.subjectAt(p) {
			return true
		}
	}
	return false
}

// subjectAt reports whether a subject that starts a new statement stands
// at p: "we", "you", "they", also with a contracted verb ("we’ll").
func (vw *View) subjectAt(p int32) bool {
	return vw.Is(p, lexicon.GSubjects) || vw.Is(p, lexicon.GSubjectsCut)
}

// conditionEnds reports whether a condition that runs on to position p ends
// before it: at a comma that starts a new statement (", we ...", ", nor will
// we ...", and, for a condition opening its sentence, ", your information
// may be ...", ", then ...", ", Acme will ..."; "then" without the comma
// too), which is what the condition qualifies, not part of it.
func (vw *View) conditionEnds(p int32, fronted bool) bool {
	if vw.Tok(p).SepBefore != text.SepComma {
		// "If you create an account then we ask for your email": "then"
		// opens the main clause without a comma too (not "and then", nor
		// "if you then decide", "only your location is then collected").
		if fronted && vw.Is(p, lexicon.GThen) && p > 0 && !vw.Is(p-1, lexicon.GAndOr) && !vw.subjectAt(p-1) && !vw.In(p-1, lexicon.WordsBeForms) &&
			int(p)+1 < len(vw.Toks) && !vw.Is(p+1, lexicon.GAndOr) {
			return true
		}
		// "If you are a parent we may collect ...", "If you subscribe you
		// will receive ...": a subject and a modal open the main
		// statement without a comma too (not "If you believe we may have
		// ...", "if you know how you can ...": WordsCondSubjectLeads).
		// ("If at any time you would like to ...": a wish is the
		// condition's; "unless we can access it": the cue's own subject;
		// but "If required by law we will ...": a cue phrase of its own
		// words is whole; "if you do so we will ...": the "so" of "do so"
		// ends the condition's verb, no "so that".)
		doSo := p > 2 && vw.Is(p-1, lexicon.GSo) && vw.Is(p-2, lexicon.GDo)
		return fronted && p > 1 && int(p)+2 < len(vw.Toks) && vw.Is(p, lexicon.GSubjects) && vw.In(p+1, lexicon.WordsMainModals) &&
			(doSo || !vw.In(p-1, lexicon.WordsCondSubjectLeads)) && !vw.Is(p-1, lexicon.GThen) && !vw.Is(p+2, lexicon.GWishes) && !vw.oneWordCue(p-1)
	}
	// "except when (a) the customer acts as a processor": the mark of a
	// list's item, and the word after it, go on with the condition.
	if vw.itemMark(p) || p > 0 && vw.itemMark(p-1) {
		return false
	}
	// (", then we will store it": "then" opens what the condition
	// qualifies, wherever the condition stands: "if this is not possible
	// (for example, because it is in backups), then we ...".)
	if vw.subjectAt(p) || vw.Is(p, lexicon.GPlease) || vw.Is(p, lexicon.GThen) {
		return true
	}
	// "if needed to complete your order, with businesses who help us
	// run the service": a recipient after the comma is whom the sentence
	// names, not part of the condition.
	if vw.partyNext(p) && strings.IndexByte(vw.Doc.Text[vw.Tok(p-1).End:vw.Tok(p).Start], ',') >= 0 {
		return true
	}
	if int(p)+1 < len(vw.Toks) && (vw.Is(p, lexicon.GAndOr) || vw.negatorAt(p)) && vw.SentenceHasIn(p+1, min(p+3, int32(len(vw.Toks))), lexicon.GSubjects) {
		return true
	}
	// "if you want to, and this may include ...", ", and Acme will
	// delete it", ", and some cookies will": "and" or "or", one or two
	// words and a modal open a statement of their own (not "or would like
	// to", the condition's verb; nor "or otherwise might", a lower-case
	// word alone that is no pronoun; nor "and services that can", a
	// relative clause).
	if vw.Is(p, lexicon.GAndOr) && int(p)+1 < len(vw.Toks) && vw.Tok(p+1).SepBefore == text.SepSpace {
		for q := p + 2; q <= p+3 && int(q) < len(vw.Toks); q++ {
			if vw.Tok(q).SepBefore != text.SepSpace || vw.Is(q-1, lexicon.GRelative) || vw.conditionAt(q-1) {
				break
			}
			if vw.In(q, lexicon.WordsMainModals) {
				return q == p+3 || !lowerAt(vw, p+1) || vw.In(p+1, lexicon.WordsStatementOpeners) || vw.Is(p+1, lexicon.GDataPronouns)
			}
		}
	}

	if !fronted {
		return false
	}
	if vw.In(p, lexicon.WordsDeterminers) || vw.Is(p, lexicon.GThen) {
		return true
	}
	// "If you pay by card, the bank will receive ...", "Subject to law,
	// Acme may share ...": a modal a few words after the comma, with no
	// comma or "and"/"or" first, is the main statement's (a bracket is no
	// comma: "if your parent (or guardian) would like to ...").
	if vw.Is(p, lexicon.GAndOr) || p == 0 || strings.IndexByte(vw.Doc.Text[vw.Tok(p-1).End:vw.Tok(p).Start], ',') < 0 {
		return false
	}
	// (Words in a bracket do not count: "If all of its assets are sold,
	// customer information (including your email address) would be
	// transferred".)
	n, aside, joined := 0, !vw.InParens(lexicon.Hit{From: p, To: p + 1}), false
	for q := p; n < 4 && int(q) < len(vw.Toks); q++ {
		if aside && q > p && vw.InParens(lexicon.Hit{From: q, To: q + 1}) {
			continue
		}
		if n > 0 && vw.Tok(q).SepBefore >= text.SepComma && !(aside && vw.ClosesParen(q-1)) {
			return false
		}
		// (A form of "be" too after a word of its subject, outside
		// brackets: "If you opt in, location data is added"; not "if we,
		// or our assets, were sold", ", access or disclosure is needed",
		// nor ", where the processing is", another condition.)
		if vw.Is(q, lexicon.GAndOr) {
			joined = true
		}
		if vw.In(q, lexicon.WordsMainModals) || q > p && aside && !joined && vw.In(q, lexicon.WordsBeForms) && !vw.conditionAt(p) {
			return true
		}
		n++
	}
	return false
}

// opensCondition reports whether hit g, of a class other than the cues,
// holds a condition cue's words that its longer phrase took from the cue
// (see WordsConditionOpeners): "unless legally required to" (a party),
// "without your consent" (a choice). Its callers ask it only where
// MayHaveIn(WordsConditionOpeners) says the view may hold such a word
// (most hold none): a test in place, where a call of it per hit cost more.
func (vw *View) opensCondition(g lexicon.Hit) bool {
	if !vw.In(g.From, lexicon.WordsConditionOpeners) || vw.Entry(g).Class == "cue" {
		return false
	}
	return vw.Is(g.From, lexicon.GExceptions) || g.To-g.From > 1 && vw.In(g.To-1, lexicon.WordsConsentWords)
}

// instructionAt reports whether an instruction to the reader starts after a
// comma at p: "contact us", "email our support team" (not "visit and use").
func (vw *View) instructionAt(p int32) bool {
	return vw.Tok(p).SepBefore == text.SepComma && vw.Is(p, lexicon.GInstructions) && int(p)+1 < len(vw.Toks) &&
		!vw.Is(p+1, lexicon.GAndOr) && vw.Tok(p+1).SepBefore == text.SepSpace
}

// onlyCues reports whether the words from from to to are condition cues
// and "and" or "or" ("unless or except").
func (vw *View) onlyCues(from, to int32) bool {
	for p := from; p < to; p++ {
		if vw.Is(p, lexicon.GAndOr) {
			continue
		}
		in := false
		for _, g := range vw.Hits {
			if g.From <= p && p < g.To && vw.IsRule(g, lexicon.RCondition) {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	return true
}

// laterItemOpens reports whether the mark of a list's item stands right
// before p ("(iii) if ...") and another mark before it in the sentence's
// own part ("(i) ..., (ii) ...").
func (vw *View) laterItemOpens(p int32) bool {
	if p < 2 || !vw.itemMark(p-1) {
		return false
	}
	for q := p - 2; q >= int32(vw.Own); q-- {
		if vw.itemMark(q) {
			return true
		}
	}
	return false
}

// itemMark reports whether the token at p is the mark of a list's item in
// brackets: "(a)", "(ii)", "(3)".
func (vw *View) itemMark(p int32) bool {
	t := vw.Tok(p)
	if t.End-t.Start > 3 || int(p)+1 >= len(vw.Toks) || p == 0 || !vw.ClosesParen(p) {
		return false
	}
	before, after := strings.TrimSpace(vw.Doc.Text[vw.Tok(p-1).End:t.Start]), vw.Doc.Text[t.End:vw.Tok(p+1).Start]
	return strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")")
}

// conditionAt reports whether a condition cue starts at p.
func (vw *View) conditionAt(p int32) bool {
	for _, g := range vw.Hits {
		if g.From == p && vw.IsRule(g, lexicon.RCondition) {
			return true
		}
	}
	return false
}

// negatorAt reports whether a negator that counts starts at p ("nor").
func (vw *View) negatorAt(p int32) bool {
	if !vw.denies {
		return false
	}
	for i, h := range vw.Hits {
		if h.From == p && vw.NegAt[i] {
			return true
		}
	}
	return false
}

// conditionHits returns the indices of the hits that may open the
// condition of another (see Condition), in order: the conditions of the
// sentence's own part and the hits that open one, less those that are no
// condition whatever hit they follow or precede (mayCondition). Each of a
// sentence's findings asks Condition: they are worked out at the first
// call after Build, not at each.
func (vw *View) conditionHits() []int32 {
	if vw.condsRead {
		return vw.conds
	}
	vw.conds, vw.condsRead = vw.conds[:0], true
	for j, g := range vw.Hits {
		if int(g.From) >= vw.Own && (vw.IsRule(g, lexicon.RCondition) || vw.MayHaveIn(lexicon.WordsConditionOpeners) && vw.opensCondition(g)) && vw.mayCondition(g) {
			vw.conds = append(vw.conds, int32(j))
		}
	}
	return vw.conds
}

// mayCondition reports whether condition hit g (see conditionHits) may
// qualify another hit: what Condition rules out by g and its words alone.
func (vw *View) mayCondition(g lexicon.Hit) bool {
	// "Even if you opt out, we may still send you service emails": a
	// concessive clause says what happens either way, no condition.
	if g.From > 0 && vw.Is(g.From-1, lexicon.GConcessive) {
		return false
	}
	// "to check if you are a subscriber", "we may ask if you would
	// like ...": "if" after a verb of checking, asking or knowing
	// means "whether", no condition.
	if vw.whetherIf(g.From) {
		return false
	}
	// "These disclosures may be made with or without your consent": a
	// condition set beside its opposite holds either way, no condition.
	if g.From > 1 && vw.Is(g.From-1, lexicon.GAndOr) && vw.Is(g.From-2, lexicon.GToWith) && vw.In(g.From, lexicon.WordsConditionOpeners) {
		return false
	}
	// "The only third party we use is Stripe", "the only time we set a
	// cookie": "only" after "the" is an adjective, naming all
	// there is, no condition.
	if g.From > 0 && vw.Is(g.From, lexicon.GOnly) && vw.Is(g.From-1, lexicon.GThe) {
		return false
	}
	// "followers-only posts", "a members-only area": "only" joined to
	// the word before by a hyphen makes an adjective, no condition.
	if g.To-g.From == 1 && vw.Is(g.From, lexicon.GOnly) && g.From > 0 && vw.Doc.Text[vw.Tok(g.From-1).End:vw.Tok(g.From).Start] == "-" {
		return false
	}
	// "reported in aggregate form only, and ...", "for age checks only,
	// we keep ...", "the expiry year only and your account name":
	// "only" after what it limits, a comma or "and"/"or" after it,
	// opens no condition of what follows (but "only (a) where ...").
	if g.To-g.From == 1 && g.From > 0 && vw.Is(g.From, lexicon.GOnly) && int(g.To) < len(vw.Toks) &&
		(vw.Tok(g.To).SepBefore == text.SepComma && strings.IndexByte(vw.Doc.Text[vw.Tok(g.From).End:vw.Tok(g.To).Start], ',') >= 0 ||
			vw.Tok(g.To).SepBefore == text.SepSpace && vw.Is(g.To, lexicon.GAndOr)) {
		return false
	}
	return true
}

// Condition returns the byte span of the condition that qualifies hit h
// ("unless you specifically authorize it"): a condition clause right after
// h's clause, in it, or opening the sentence before it.
func (vw *View) Condition(h lexicon.Hit) (int, int, bool) {
	if !vw.condition {
		return 0, 0, false // most sentences: no condition hit to read
	}
	hc := vw.Clause[h.From]
	for _, j := range vw.conditionHits() {
		j := int(j)
		g := vw.Hits[j]
		c := vw.Clause[g.From]
		if !vw.conditionOf(h, j, hc) {
			continue
		}
		// From here on the span depends on g and on whether it is fronted
		// only: the sentence's findings under one condition share it.
		fronted := g.From < h.From && c == hc
		if m := vw.cond; m.ok && m.j == j && m.fronted == fronted {
			if m.cut >= 0 && h.From > m.cut && c == hc {
				continue // (see conditionSpan)
			}
			return m.s, m.e, true
		}
		// "our vendors, if any, are bound to these commitments": an aside
		// that there may be none, no condition.
		if vw.ellipticIf(g.From) {
			continue
		}
		s, e, cut, ok := vw.conditionSpan(h, j, fronted)
		if !ok {
			continue
		}
		vw.cond = condSpan{ok: true, fronted: fronted, j: j, s: s, e: e, cut: cut}
		return s, e, true
	}
	return 0, 0, false
}

// conditionOf reports whether condition hit j may qualify hit h, whose
// clause is hc (for Condition).
func (vw *View) conditionOf(h lexicon.Hit, j int, hc int16) bool {
	g := vw.Hits[j]
	c := vw.Clause[g.From]
	// "We will only share it with partners with your consent", "we
	// only disclose it when the law requires": "only" before its verb
	// narrows the verb; the condition is the one later in its clause.
	if vw.Is(g.From, lexicon.GOnly) && vw.verbAt(g.To) {
		if lc, ok := vw.laterCondition(j, c); ok && (lc == hc || lc == hc+1) {
			return false
		}
	}
	if !(c == hc || c == hc+1 || c == vw.Clause[vw.Own] && c+1 == hc) {
		return false
	}
	// "a session cookie that only lasts while you visit", "our
	// affiliates, who will only use it for the purposes above": "only"
	// in a relative clause after h limits that clause's verb.
	if g.From > h.From && vw.Is(g.From, lexicon.GOnly) && vw.relativeOnly(g) {
		return false
	}
	// "We share it with service providers, and when required by law
	// with authorities": a condition that "and"/"or" joins on, with a
	// party of its own after it, opens a second statement; what came
	// before it stands without it.
	if c == hc+1 && (vw.coordinatedCondition(j) || vw.laterParty(h, g)) {
		return false
	}
	// "We only share what is needed, we never sell personal data":
	// "only" limits its own verb; after a new subject (", we") ahead of
	// h's verb it says nothing about h. ("If you ..., we collect" is
	// different: the if-clause is the condition of what follows.)
	if c == hc && g.From < h.From && vw.Is(g.From, lexicon.GOnly) && vw.newSubject(g.To, ownVerb(vw, h)) {
		return false
	}
	// "We will only share it in the ways this policy describes; we do
	// not sell it": in another clause, "only" limits that clause's verb
	// (but "Only if you agree, we share it" is the condition).
	if c < hc && vw.Is(g.From, lexicon.GOnly) && !(int(g.From)+1 < len(vw.Toks) && vw.Is(g.From+1, lexicon.GConditional)) {
		return false
	}
	// "Service providers are subject to confidentiality obligations",
	// "your data becomes subject to their privacy policy": after a form
	// of "be", "subject to" says what governs a party or data, not when
	// the practice happens. Only a right is limited by what it is
	// subject to ("These rights are subject to certain exceptions").
	if vw.predicateCondition(g.From) && vw.Entry(h).Cls != lexicon.ClassRight {
		return false
	}
	// "We process it with your consent, to perform a contract, or to
	// comply with the law": consent named as one legal basis among
	// others is a basis listed, no condition the practice waits on.
	if vw.listedBasis(g) {
		return false
	}
	// "your name, phone number and card details (if you buy a plan)": a
	// condition in brackets right after an item of a list of data
	// qualifies that item, not the data named before it in the list.
	if vw.Entry(h).Cls == lexicon.ClassDatatype && vw.itemCondition(h, g) {
		return false
	}
	// "We collect your name and, if you choose, your phone number": a
	// condition set off by commas right after "and" or "or" (an inset)
	// qualifies what follows it, not what came before it.
	// ("We keep your email and, if you agree, share it": an inset
	// before a verb qualifies that verb's statement, which may be h's.)
	if h.To < g.From && vw.inset(g) {
		if e := vw.insetEnd(g); e < 0 || !vw.inVerb(e) {
			return false
		}
	}
	// "with (i) our affiliates, (ii) analytics providers, and (iii) if
	// the law requires, with authorities": a condition opening a later
	// item of a marked list qualifies that item, not what comes before
	// its mark (the first item's may qualify the statement: "We may
	// disclose it (i) if the law requires or (ii) ...").
	if h.To < g.From && vw.laterItemOpens(g.From) {
		return false
	}
	// "so that we may use your reading preferences, e.g. hiding
	// offers if you already subscribe": a condition inside an example
	// after h qualifies the example, not h (but "we may share it, for
	// example if the law requires": the example is the condition).
	if h.To < g.From && vw.exampleBefore(h.To, g.From) {
		return false
	}
	return true
}

// conditionSpan returns the byte span of condition hit j qualifying hit h,
// fronted when it opens h's clause before h, and where a bracket cuts it
// (for Condition); ok is false where j makes no condition of h after all.
func (vw *View) conditionSpan(h lexicon.Hit, j int, fronted bool) (int, int, int32, bool) {
	g := vw.Hits[j]
	c := vw.Clause[g.From]
	hc := vw.Clause[h.From]
	// A condition in parentheses ends with them: "access (subject to
	// law), correct or erase your data".
	paren := vw.InParens(g)
	// Without a "(" after the condition's start, it ends at no
	// bracket (see bracketEnd): most sentences.
	bracket := strings.IndexByte(vw.Doc.Text[vw.Tok(g.From).Start:vw.Tok(int32(len(vw.Toks)-1)).End], '(') >= 0
	end := int(g.To)
	coord := c == hc && vw.coordinatedCondition(j)
	// "if, of course, you have agreed": an aside right after the cue
	// comes before the condition's words, which the comma after it
	// does not end.
	aside := false
	if int(g.To) < len(vw.Toks) && vw.Tok(g.To).SepBefore == text.SepComma {
		for q := g.To + 1; int(q) < len(vw.Toks) && q <= g.To+3 && !aside; q++ {
			aside = vw.Tok(q).SepBefore == text.SepComma
		}
	}
	// "except in accordance with this policy", "only if you ask": a cue
	// that the words of its condition follow at once, in a clause of
	// their own, runs on through that clause (a cue alone states no
	// condition). ("If, however, you decline cookies": the aside may
	// open that clause; "erased if: (i) it is no longer needed": a
	// colon may.)
	cc := c
	if end < len(vw.Toks) && vw.Clause[end] != c && (vw.Tok(int32(end)).SepBefore == text.SepSpace || aside || vw.Tok(int32(end)).SepBefore == text.SepClause && g.To-g.From == 1) {
		cc = vw.Clause[end]
	}
	// "If you wish to opt out, contact us": after the reader's own
	// condition, an instruction to the reader is the main statement
	// (not one of a list of verbs: "if you access, visit or use it").
	// ("If at any time you wish to ...": a few words may come first.)
	yours := vw.Is(g.From, lexicon.GOccasion) && vw.readerSoonAfter(g.To)
	// "without your consent", "with your permission": a choice's
	// phrase that took the cue's words is the whole condition.
	whole := !vw.IsRule(g, lexicon.RCondition) && !vw.Is(g.From, lexicon.GExceptions)
	short := vw.shortCondition(g)
	// "to request and, subject to certain limits, receive a copy": an
	// inset ends at the next comma.
	inset := vw.inset(g)
	for !whole {
		for end < len(vw.Toks) && vw.Clause[end] == cc && !(short > 0 && end >= int(short)) && !(inset && end > int(g.To) && vw.Tok(int32(end)).SepBefore == text.SepComma) && !(yours && vw.instructionAt(int32(end))) && !(vw.conditionEnds(int32(end), fronted) && !(aside && end <= int(g.To)+3)) && !(coord && vw.partyNext(int32(end))) && !vw.toAfterCondition(g, int32(end)) &&
			!(paren && vw.ClosesParen(int32(end-1))) && !(!paren && bracket && vw.bracketEnd(g.From, int32(end))) {
			end++
		}
		// "unless or except as permitted by law": a cue that "and" or
		// "or" joins to another runs on through that one's clause.
		if end < len(vw.Toks) && vw.Clause[end] != cc && vw.Tok(int32(end)).SepBefore == text.SepSpace && vw.onlyCues(g.From, int32(end)) {
			cc = vw.Clause[end]
			continue
		}
		// "if the processing rests on a basis other than consent":
		// "other than" right after a word of the condition, with no
		// comma, narrows that word; the condition runs on through it.
		if end > int(g.To) && end < len(vw.Toks) && vw.Clause[end] != cc && vw.Tok(int32(end)).SepBefore == text.SepSpace &&
			vw.Is(int32(end), lexicon.GExclusions) && !vw.Is(int32(end), lexicon.GExceptions) && vw.conditionAt(int32(end)) {
			cc = vw.Clause[end]
			continue
		}
		break
	}
	// "if you pose for a photo or", "if required to answer a subpoena,
	// or": a condition cut before another joined to it ends without
	// the "or".
	for end-1 > int(g.To) && vw.Is(int32(end-1), lexicon.GAndOr) {
		end--
	}
	// "data for these purposes only", "if you:" ending the sentence: a
	// cue alone states no condition; another in the sentence may.
	if end == int(g.To) && g.To-g.From == 1 && !(end < len(vw.Toks) && vw.Tok(int32(end)).SepBefore == text.SepClause) {
		return 0, 0, -1, false
	}
	// "We may share it with authorities where required (for example,
	// by a court order) or with our advertising partners": a
	// recipient named after the bracket, joined by "or", is no part
	// of the condition, nor under it.
	cut := int32(-1)
	if bracket && end < len(vw.Toks) && vw.Clause[end] == c && vw.Is(int32(end), lexicon.GAndOr) && vw.bracketEnd(g.From, int32(end)) {
		cut = int32(end)
		if h.From > cut && c == hc {
			return 0, 0, -1, false
		}
	}
	main := end
	if fronted && end == len(vw.Toks) {
		end = int(vw.mainCut(g))
	}
	s := int(vw.Tok(g.From).Start)
	e := vw.closeBrackets(s, int(vw.Tok(int32(end-1)).End), end)
	if end < main {
		// (Up to the comma: "if you have an account on example.com,
		// ...", whose address is no token.)
		e = int(vw.Tok(int32(end-1)).Start) + strings.LastIndexByte(vw.Doc.Text[vw.Tok(int32(end-1)).Start:vw.Tok(int32(end)).Start], ',')
	}
	if e-s > 200 {
		for q := end - 1; q > int(g.From); q-- {
			if int(vw.Tok(int32(q)).End)-s <= 200 {
				e = int(vw.Tok(int32(q)).End)
				break
			}
		}
	}
	// A condition that a comma or the cut above ends inside a bracket
	// it opened ends before the bracket: "If you use a social account
	// (for example, ...), we ...".
	if o := unclosedParen(vw.Doc.Text[s:e]); o > 0 && s+o > int(vw.Tok(g.To-1).End) {
		e = s + len(strings.TrimRight(vw.Doc.Text[s:s+o], " \t\r\n\u00a0,;:"))
	}
	return s, e, cut, true
}

// mainCut returns where a condition that opens its sentence at hit g and
// runs on to the sentence's end, leaving nothing for it to qualify, ends:
// at the first comma after g's own words where the main statement starts
// though no subject or modal right after the comma showed it ("If you
// apply for a job with us, information about your education history",
// "If you opt out of ads, data tied to these cookies will not be used").
// A part after a comma goes on with the condition when it opens with
// "and" or "or", a cue, "if" or "whether", an inclusion or "for"
// ("including ...", "for example"), or closes a list with no verb
// ("property or safety of our users", not "Acme collects and uses"); when
// a later part opens with "and" or "or" (a list that closes: "access,
// correct, update, or delete"); and when another comma ends it and it has
// at most three words or holds "and" or "or" (", merge, reorganize or sell
// assets,"). An aside right after the cue ("If, at any time, you ...") is
// no part. With no such comma, the sentence's end. Not "Only ...", nor a
// condition set in after the statement's verb ("may, unless the law
// forbids it, allow ...").
func (vw *View) mainCut(g lexicon.Hit) int32 {
	n := int32(len(vw.Toks))
	if vw.Is(g.From, lexicon.GOnly) || !(g.From == int32(vw.Own) || vw.Tok(g.From).SepBefore >= text.SepComma || g.From == int32(vw.Own)+1 && vw.Is(g.From-1, lexicon.GAndOr)) {
		return n
	}
	if vw.verbIn(int32(vw.Own), g.From) {
		return n // an inset after the statement's verb ("may, unless ..., allow")
	}
	var parts []int32 // where each part after a comma starts
	for q := g.To; q < n; q++ {
		if vw.Tok(q).SepBefore == text.SepComma && strings.IndexByte(vw.Doc.Text[vw.Tok(q-1).End:vw.Tok(q).Start], ',') >= 0 && !vw.InParens(lexicon.Hit{From: q, To: q + 1}) {
			parts = append(parts, q)
		}
	}
	if len(parts) > 0 && parts[0] == g.To {
		parts = parts[1:] // the aside's, with the words after it
		if len(parts) > 0 {
			parts = parts[1:]
		}
	}
	for k, q := range parts {
		to := n // where the part ends
		if k+1 < len(parts) {
			to = parts[k+1]
		}
		if vw.Is(q, lexicon.GAndOr) || vw.SentenceHasIn(q+1, min(q+3, to), lexicon.GAndOr) && !vw.verbIn(q, to) || vw.conditionAt(q) || vw.Is(q, lexicon.GInclusive) || vw.Is(q, lexicon.GFor) || vw.Is(q, lexicon.GConditional) || vw.Is(q, lexicon.GHypothetical) {
			continue
		}
		listed := false
		for _, r := range parts[k+1:] {
			listed = listed || vw.Is(r, lexicon.GAndOr)
		}
		if to < n {
			listed = listed || to-q <= 3 || vw.SentenceHasIn(q+1, to, lexicon.GAndOr)
		}
		if !listed {
			return q
		}
	}
	return n
}

// verbIn reports whether a verb hit or a modal stands in [from, to).
func (vw *View) verbIn(from, to int32) bool {
	for q := from; q < to; q++ {
		if vw.inVerb(q) || vw.In(q, lexicon.WordsMainModals) {
			return true
		}
	}
	return false
}

// whetherIf reports whether the condition cue at p is "if" meaning
// "whether", after a verb of checking, asking or knowing (see
// WordsWhetherVerbs; "find out if" too): not after a subject right
// before the verb ("people you know if they have not joined"; but "help
// you find out if") nor in
// "please let us know if ...", a request to tell when something happens. An "if"
// that "or" joins to a "whether" or to such an "if" before it is the
// second half of the question ("to check whether you are new or if you
// have visited before").
func (vw *View) whetherIf(p int32) bool {
	if p < 1 || !vw.Is(p, lexicon.GOccasion) || !strings.EqualFold(vw.word(p), "if") {
		return false
	}
	if vw.Is(p-1, lexicon.GAndOr) && strings.EqualFold(vw.word(p-1), "or") {
		// (At most a dozen words back, within the statement: no
		// semicolon, colon or stop between.)
		for q := p - 2; q >= int32(vw.Own) && q >= p-12 && vw.Tok(q+1).SepBefore < text.SepClause; q-- {
			if w := vw.word(q); strings.EqualFold(w, "whether") {
				return true
			} else if strings.EqualFold(w, "if") {
				return vw.whetherIf(q)
			}
		}
		return false
	}
	if !vw.MayHaveIn(lexicon.WordsWhetherVerbs) || vw.Tok(p).SepBefore != text.SepSpace {
		return false
	}
	v := p - 1
	if v > 0 && strings.EqualFold(vw.word(v), "out") && vw.Tok(v).SepBefore == text.SepSpace {
		v--
	}
	// "we may ask you if you would like ...", "the log tells us if the
	// app was installed": the person asked or told may come between
	// (but "please tell us if your address changes", "you can ask us if
	// you have questions": a request to tell or ask us when).
	if v > int32(vw.Own) && (vw.Is(v, lexicon.GReaderObjects) || vw.Is(v, lexicon.GUs) || vw.Is(v, lexicon.GItThem)) && vw.In(v-1, lexicon.WordsWhetherTold) {
		v--
		return v > int32(vw.Own) && !vw.Is(v-1, lexicon.GPlease) && (vw.In(v, lexicon.WordsAsking) || !vw.GrammarBefore(v, 3, lexicon.GReader))
	}
	if !vw.In(v, lexicon.WordsWhetherVerbs) || v > 0 && vw.Is(v-1, lexicon.GSubjects) && !(v > 1 && vw.In(v-2, lexicon.WordsLetting)) {
		return false
	}
	// "Please let us know if your address changes", "you can let us know
	// if ...": the reader asked to tell is told when; but "so that we can
	// let you know if you won", "letting us know if you clicked": whether.
	if l := v - 2; strings.EqualFold(vw.word(v), "know") && l >= int32(vw.Own) && strings.EqualFold(vw.word(l), "let") {
		return !(l == int32(vw.Own) || l > 0 && vw.Is(l-1, lexicon.GPlease) || vw.GrammarBefore(l, 3, lexicon.GReader))
	}
	return true
}

// exampleBefore reports whether an example opens after a comma or bracket
// in [from, to) ("e.g.", "for example", "for instance") with at least
// three words of its own before to, no comma among them after its first
// (", unless ..." after a list of examples goes back to the statement)
// and no bracket closing it; not an example that is itself a condition
// ("for instance where the law requires it").
func (vw *View) exampleBefore(from, to int32) bool {
	for p := from; p+3 < to; p++ {
		if vw.Tok(p).SepBefore < text.SepComma || p == 0 {
			continue
		}
		w := strings.ToLower(vw.word(p))
		n := int32(0)
		switch {
		case w == "eg":
			n = 1
		case w == "e" && strings.EqualFold(vw.word(p+1), "g"):
			n = 2
		case vw.Is(p, lexicon.GFor) && vw.Is(p+1, lexicon.GExampleNouns):
			n = 2
		}
		if n == 0 || p+n+3 > to || strings.IndexByte(vw.Doc.Text[vw.Tok(p).End:vw.Tok(to).Start], ')') >= 0 {
			continue
		}
		if q := p + n; vw.conditionAt(q) || vw.Is(q, lexicon.GOccasion) || strings.EqualFold(vw.word(q), "where") {
			continue
		}
		own := true
		for q := p + n + 1; q <= to && own; q++ {
			own = vw.Tok(q).SepBefore < text.SepComma
		}
		if own {
			return true
		}
	}
	return false
}

// word returns the text of the token at p.
func (vw *View) word(p int32) string {
	t := vw.Tok(p)
	return vw.Doc.Text[t.Start:t.End]
}

// inset reports whether condition hit g is set off by a comma right after
// "and" or "or": "request and, subject to certain limits, receive a copy".
func (vw *View) inset(g lexicon.Hit) bool {
	return g.From > 1 && vw.Tok(g.From).SepBefore == text.SepComma && vw.Is(g.From-1, lexicon.GAndOr)
}

// toAfterCondition reports whether "and to" or "or to" at p goes on with
// an infinitive's "to" before condition hit g, the condition holding no
// "to" of its own: "to delete it where necessary and to object to its use"
// (not "if you agree to the terms and to ...", "on where and to whom", nor
// after "up to three years", "to our partners").
func (vw *View) toAfterCondition(g lexicon.Hit, p int32) bool {
	if int(p)+2 >= len(vw.Toks) || !vw.Is(p, lexicon.GAndOr) || !vw.Is(p+1, lexicon.GTo) || vw.Tok(p+1).SepBefore != text.SepSpace ||
		vw.Is(p+2, lexicon.GQuestionWords) {
		return false
	}
	for q := g.To; q < p; q++ {
		if vw.Is(q, lexicon.GTo) {
			return false
		}
	}
	for q := g.From - 1; q >= int32(vw.Own) && q >= g.From-12; q-- {
		if vw.Is(q, lexicon.GTo) {
			return lowerAt(vw, q+1) && !vw.In(q+1, lexicon.WordsDeterminers) && vw.Doc.Lexicon.Lookup(vw.Tok(q+1).ID, "number") == nil
		}
	}
	return false
}

// insetEnd returns where the words after the inset that condition hit g
// opens start, after the comma that ends it (-1 when none does).
func (vw *View) insetEnd(g lexicon.Hit) int32 {
	for p := g.To + 1; int(p) < len(vw.Toks); p++ {
		if vw.Tok(p).SepBefore >= text.SepComma {
			if vw.Tok(p).SepBefore == text.SepComma {
				return p
			}
			break
		}
	}
	return -1
}

// itemCondition reports whether condition hit g opens a bracket right
// after data named ("card details (if you buy a plan)") and data hit h is
// another item of that list: before it, a comma or semicolon between
// them, or "and" or "or" in a list of three or more ("your name, email
// and card details (if ...)"); or after the bracket closes ("your phone
// number (if you give it) and email address"). The bracket qualifies its
// own item only.
func (vw *View) itemCondition(h, g lexicon.Hit) bool {
	if g.From == 0 || !strings.Contains(vw.Doc.Text[vw.Tok(g.From-1).End:vw.Tok(g.From).Start], "(") {
		return false
	}
	item := -1
	for k, d := range vw.Hits {
		if d.To == g.From && (d.From >= h.To || d.To <= h.From) && vw.Entry(d).Cls == lexicon.ClassDatatype {
			item = k
		}
	}
	if item < 0 {
		return false
	}
	d := vw.Hits[item]
	sep := func(from, to int32) (comma, andOr bool) {
		for q := max(from, 1); q < to; q++ {
			comma = comma || strings.ContainsAny(vw.Doc.Text[vw.Tok(q-1).End:vw.Tok(q).Start], ",;")
			andOr = andOr || vw.Is(q, lexicon.GAndOr)
		}
		return comma, andOr
	}
	if h.To <= d.From {
		comma, andOr := sep(h.To, d.From)
		if comma {
			return true
		}
		// (A comma between an earlier item and h makes a list of three.)
		for _, e := range vw.Hits {
			if e.To <= h.From && vw.Entry(e).Cls == lexicon.ClassDatatype && vw.Clause[e.From] == vw.Clause[h.From] {
				if c, _ := sep(e.To, h.From); c && andOr {
					return true
				}
			}
		}
		return false
	}
	if h.From < g.To {
		return false
	}
	close := strings.IndexByte(vw.Doc.Text[vw.Tok(g.From).Start:vw.Tok(h.From).Start], ')')
	if close < 0 {
		return false
	}
	for q := g.To; q < h.From; q++ {
		if int(vw.Tok(q).Start) > int(vw.Tok(g.From).Start)+close {
			comma, andOr := sep(q, h.From+1)
			return comma || andOr
		}
	}
	return false
}

// listedBasis reports whether condition hit g is a legal basis (rule
// class "legal-basis") of a sentence whose own part names another legal
// basis as well: "with your consent or on the basis of our legitimate
// interests", or stands under a heading of legal bases ("Our Legal Bases
// for Processing": "consistent with your consent, which you can revoke").
// ("Only with your consent": the one basis named is the condition; so is
// consent in an item whose list's intro names bases.)
func (vw *View) listedBasis(g lexicon.Hit) bool {
	in := -1 // the entry of the basis g stands in
	for _, l := range vw.Hits {
		if l.From < g.To && g.From < l.To && vw.Entry(l).Cls == lexicon.ClassLegalBasis {
			in = int(l.Entry)
		}
	}
	if in < 0 {
		return false
	}
	if vw.SectionHas(lexicon.WordsBasisHeads) {
		return true
	}
	for _, l := range vw.Hits {
		if int(l.From) >= vw.Own && int(l.Entry) != in && vw.Entry(l).Cls == lexicon.ClassLegalBasis {
			return true
		}
	}
	return false
}

// coordinatedCondition reports whether condition hit j follows "and" or
// "or" and, a few words on in its clause, names a recipient with the same
// "with" or "to" that names one before it ("with service providers, and
// when required by law with government authorities", "to our affiliates
// or, if you agree, to advertisers"): the condition belongs to that later
// party, not to what came before. (Not "as required by law, court order",
// nor "if we believe it is necessary to comply with law enforcement": no
// party named the same way before.)
func (vw *View) coordinatedCondition(j int) bool {
	g := vw.Hits[j]
	if int(g.From) <= vw.Own || !vw.Is(g.From-1, lexicon.GAndOr) {
		return false
	}
	c := vw.Clause[g.From]
	for p := g.To; int(p) < len(vw.Toks) && p <= g.To+5 && vw.Clause[p] == c; p++ {
		if !vw.partyNext(p) {
			continue
		}
		return vw.partyNamedBefore(p, g.From-2, c-1)
	}
	return false
}

// laterParty reports whether, between hit h and condition hit g after it,
// ", and" or ", or" joins on a party named with the same "with" or "to" as
// one before it ("We share it with service providers, and with law
// enforcement when required by law"): the condition right after that later
// party is its own, not h's. (Not without the comma: "with service
// providers and affiliates when necessary" puts both under it.)
func (vw *View) laterParty(h, g lexicon.Hit) bool {
	c := vw.Clause[h.From]
	for p := h.To; p+1 < g.From && vw.Clause[p] == c; p++ {
		if vw.Tok(p).SepBefore == text.SepComma && vw.Is(p, lexicon.GAndOr) && vw.partyNext(p+1) && vw.partyNamedBefore(p+1, p-1, c) {
			return true
		}
	}
	return false
}

// partyNamedBefore reports whether the word at p ("with", "to") also names
// a recipient at or before from, back to the start of clause c ("with
// service providers, and with law enforcement").
func (vw *View) partyNamedBefore(p, from int32, c int16) bool {
	for q := from; q >= int32(vw.Own) && vw.Clause[q] == c; q-- {
		if vw.Tok(q).ID == vw.Tok(p).ID && vw.partyNext(q) {
			return true
		}
	}
	return false
}

// partyNext reports whether "to" or "with" at p names a recipient in the
// next two words ("with government authorities", "to our affiliates").
func (vw *View) partyNext(p int32) bool {
	if !vw.Is(p, lexicon.GToWith) {
		return false
	}
	for _, r := range vw.Hits {
		if r.From > p && r.From <= p+2 && vw.Entry(r).Cls == lexicon.ClassRecipient {
			return true
		}
	}
	return false
}

// bracketEnd reports whether a condition that starts at from and runs on to
// position p ends before it at a bracket it opened and closed: an aside of
// more than one word (not "(i)", "(MSDN)", nor a link's address) closes
// right before p, as many brackets opened as closed since from; "and",
// "or", "to" or "with" comes next, and a recipient at most four words on,
// with only small words between; and the sentence passes data on or names a
// recipient before the condition ("We may share it with authorities where
// required (for example, by a court order) or our advertising partners",
// "We disclose data where required (e.g. under a subpoena) to law
// enforcement agencies"): the bracket gave an example of the condition, and
// the sentence goes on to name who gets data.
func (vw *View) bracketEnd(from, p int32) bool {
	if p <= from || int(p) >= len(vw.Toks) || !vw.ClosesParen(p-1) || !vw.Is(p, lexicon.GAndOr) && !vw.Is(p, lexicon.GToWith) {
		return false
	}
	t := vw.Doc.Text[vw.Tok(from).Start:vw.Tok(p).Start]
	o := strings.LastIndexByte(t, '(')
	if o <= 0 || t[o-1] == ']' || strings.Count(t, "(") != strings.Count(t, ")") || !strings.ContainsAny(strings.TrimSpace(t[o:]), " \u00a0") {
		return false
	}
	before, after := false, false
	for _, g := range vw.Hits {
		isParty := vw.Entry(g).Cls == lexicon.ClassRecipient
		if g.To <= from && g.From >= int32(vw.Own) && (isParty || vw.IsRule(g, lexicon.RShare)) {
			before = true
		}
		if isParty && g.From > p && g.From <= p+4 && !after {
			after = true
			for q := p + 1; q < g.From; q++ {
				if !vw.Is(q, lexicon.GAndOr) && !vw.Is(q, lexicon.GToWith) && !vw.In(q, lexicon.WordsDeterminers) {
					after = false
				}
			}
		}
	}
	return before && after
}

// verbAt reports whether a verb hit starts at p.
func (vw *View) verbAt(p int32) bool {
	for _, g := range vw.Hits {
		if g.From == p && vw.isVerb(g) {
			return true
		}
	}
	return false
}

// readerSoonAfter reports whether the reader is the subject at p or at
// most three words after it, with no comma or verb between ("you",
// "at any time you").
func (vw *View) readerSoonAfter(p int32) bool {
	for q := p; q < p+4 && int(q) < len(vw.Toks); q++ {
		if vw.Is(q, lexicon.GReader) {
			return true
		}
		if q > p && vw.Tok(q).SepBefore != text.SepSpace || vw.inVerb(q) || vw.subjectAt(q) {
			return false
		}
	}
	return false
}

// oneWordCue reports whether position p is a condition cue of one word
// ("unless", not "if required by law").
func (vw *View) oneWordCue(p int32) bool {
	for _, g := range vw.Hits {
		if g.From == p && g.To == p+1 && vw.IsRule(g, lexicon.RCondition) {
			return true
		}
	}
	return false
}

// inVerb reports whether position p lies in a verb hit.
func (vw *View) inVerb(p int32) bool {
	for _, g := range vw.Hits {
		if g.From <= p && p < g.To && vw.isVerb(g) {
			return true
		}
	}
	return false
}

// laterCondition returns the clause of a condition cue other than "only"
// that stands after hit j in clause c or opens the clause after it (a cue
// starts a clause of its own), if one does and words follow it with no
// comma or colon between ("only ... if: (1) you ask" keeps "only").
func (vw *View) laterCondition(j int, c int16) (int16, bool) {
	for _, g := range vw.Hits[j+1:] {
		if vw.Clause[g.From] > c+1 {
			break
		}
		if vw.IsRule(g, lexicon.RCondition) && !vw.Is(g.From, lexicon.GOnly) {
			ok := (vw.Clause[g.From] == c || g.From > 0 && vw.Clause[g.From-1] == c) && int(g.To) < len(vw.Toks) && vw.Tok(g.To).SepBefore < text.SepComma
			return vw.Clause[g.From], ok
		}
	}
	return 0, false
}

// unclosedParen returns where the first "(" of t that t does not close
// stands, or -1.
func unclosedParen(t string) int {
	var open []int
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '(':
			open = append(open, i)
		case ')':
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
		}
	}
	if len(open) == 0 {
		return -1
	}
	return open[0]
}

// closeBrackets returns where the condition text [s, e) ends once the
// brackets it opens are closed by the words between e and the token at
// next ("if we cannot (for example, in backups), we ..." ends after the
// bracket, before the comma).
func (vw *View) closeBrackets(s, e, next int) int {
	t := vw.Doc.Text
	open := strings.Count(t[s:e], "(") + strings.Count(t[s:e], "[") - strings.Count(t[s:e], ")") - strings.Count(t[s:e], "]")
	if open <= 0 {
		return e
	}
	if next >= len(vw.Toks) {
		// At the sentence's end ("as explained in section (3)."): the
		// brackets, and the emphasis marks among them, right after e.
		k := e
		for q := e; q < len(t) && strings.IndexByte(")]*_", t[q]) >= 0; q++ {
			if t[q] == ')' || t[q] == ']' {
				k = q + 1
			}
		}
		return k
	}
	gap := t[e:vw.Tok(int32(next)).Start]
	if i := strings.IndexByte(gap, ','); i >= 0 {
		gap = gap[:i]
	}
	if i := strings.LastIndexAny(gap, ")]"); i >= 0 {
		return e + i + 1
	}
	return e
}

// predicateCondition reports whether the condition cue at p is the
// complement of a form of "be" ("are subject to", "is also subject to",
// "will remain subject to") just before it, with no comma between (the cue
// starts a clause of its own, so the form of "be" ends the one before).
func (vw *View) predicateCondition(p int32) bool {
	if !vw.In(p, lexicon.WordsPredicateConditions) {
		return false
	}
	for q := p - 1; q >= int32(vw.Own) && q >= p-2 && vw.Tok(q+1).SepBefore < text.SepComma; q-- {
		if vw.In(q, lexicon.WordsBeForms) {
			// "if we are subject to a court order", "unless it is subject
			// to a legal hold": the form of "be" is in a condition of its
			// own, which "subject to" completes.
			for r := q - 1; r >= int32(vw.Own) && r >= q-3 && vw.Tok(r+1).SepBefore < text.SepComma; r-- {
				if vw.Is(r, lexicon.GConditional) || vw.Is(r, lexicon.GExceptions) {
					return false
				}
			}
			return true
		}
		if !vw.In(q, lexicon.WordsBeAdverbs) {
			return false
		}
	}
	return false
}

// shortCondition returns where a condition of "if" and one or two words
// with no subject or verb ends, at the comma after them ("the username
// from cookies if present, the dates of each login", "to receive it and,
// if technically feasible, to have it sent on"), or -1: what follows the
// comma is the sentence's, not the condition's.
func (vw *View) shortCondition(g lexicon.Hit) int32 {
	if g.To-g.From != 1 || !vw.Is(g.From, lexicon.GOccasion) {
		return -1
	}
	for p := g.To; p < g.To+3 && int(p) < len(vw.Toks); p++ {
		if p > g.To && vw.Tok(p).SepBefore == text.SepComma && strings.TrimSpace(vw.Doc.Text[vw.Tok(p-1).End:vw.Tok(p).Start]) == "," {
			return p
		}
		if vw.Tok(p).SepBefore != text.SepSpace || vw.subjectAt(p) || vw.Is(p, lexicon.GReader) || vw.inVerb(p) || !lowerAt(vw, p) {
			return -1
		}
	}
	return -1
}

// lowerAt reports whether the word at p starts with a lower-case letter
// (not a name: "If Acme, or its assets, are sold").
func lowerAt(vw *View, p int32) bool {
	t := vw.Tok(p)
	return t.End > t.Start && vw.Doc.Text[t.Start] >= 'a' && vw.Doc.Text[t.Start] <= 'z'
}

// ellipticIf reports whether the condition cue at p is "if any" closed by a
// comma, a bracket or the end of the sentence ("the third parties, if any,
// that receive it").
func (vw *View) ellipticIf(p int32) bool {
	if int(p)+1 >= len(vw.Toks) || !vw.Is(p, lexicon.GOccasion) || !vw.In(p+1, lexicon.WordsEllipticIf) {
		return false
	}
	return int(p)+2 >= len(vw.Toks) || vw.Tok(p+2).SepBefore >= text.SepComma
}

// WeDeny reports whether the sentence's own words deny, as the company's
// statement, a verb of passing data on, whatever exception the sentence
// makes (the caller weighs it):
//   - with "we" as the subject: "we" right before the negator or with only
//     words of set GDenyLead between ("we do not share", "we will never
//     disclose", "we therefore will not pass"), the verb of sharing at most
//     three words after it ("we don't collect or share");
//   - or in the passive with no agent (passiveDenial): "your data is never
//     shared", "personal information will not be sold or disclosed";
//   - or in the passive with a negator opening the sentence as the
//     determiner of its subject (deniedSubject): "No personal data is ever
//     shared", "None of your information is shared";
//   - or, in a question a bare "No" answers (see BuildAnswer), with "we"
//     or the "you" the reader asks as the subject of its first clause's
//     verb of sharing: "Do we share your data with anyone?", "Will you
//     share my information?" then "No.".
//
// Not "We ask you not to share your password", nor "we cannot control what
// other users share", nor "your password should never be shared".
func (vw *View) WeDeny() bool {
	if vw.answerNo {
		asked := len(vw.Hits) > 0 && vw.askedYou(vw.Hits[0]) // "Will you share my data?"
		for _, g := range vw.Hits {
			if vw.IsRule(g, lexicon.RShare) && vw.Clause[g.From] == vw.Clause[vw.Own] && (vw.weBefore(g.From) || asked && g.From-int32(vw.Own) <= 3) {
				return true
			}
		}
	}
	if !vw.denies {
		return false
	}
	for i, h := range vw.Hits {
		if !vw.NegAt[i] || int(h.From) < vw.Own {
			continue
		}
		we := vw.weBefore(h.From)
		for _, g := range vw.Hits {
			if !vw.IsRule(g, lexicon.RShare) || g.From < h.To || vw.Clause[g.From] != vw.Clause[h.From] {
				continue
			}
			if g.From-h.To <= 3 && (we || vw.passiveDenial(h, g.From)) ||
				vw.deniedSubject(h, g) && vw.Is(g.From, lexicon.GPassedParticiples) {
				return true
			}
		}
	}
	return false
}

// WeOnlyShare returns the end of the first verb of passing data on that
// the company, as the subject of its own sentence (see weBefore), narrows
// with "only" right before it ("We will only disclose your information if
// you agree, the law compels us, or the business is sold"), or -1. With a
// condition after it, that is a denial of passing data on but under that
// condition, as "we will not disclose it unless" is (the caller weighs the
// condition). Not a word of moving data across borders, which names no
// party ("We will only transfer it to countries where the law allows it").
func (vw *View) WeOnlyShare() int32 {
	for _, g := range vw.Hits {
		if vw.IsRule(g, lexicon.RShare) && int(g.From) > vw.Own && vw.Is(g.From-1, lexicon.GOnly) && vw.weBefore(g.From-1) && !vw.In(g.From, lexicon.WordsTransferring) {
			return g.To
		}
	}
	return -1
}

// DeniedWhole reports whether data hit h is the subject a denial denies as
// a whole: after a negator and "of" opening the sentence, at most three
// words before it ("None of the information we collect is ever shared",
// not "No data about your account", one kind), or widened by a word of set
// GInclusive before every negator ("Any data we hold will never be
// shared"; not "We will not give any information to marketers", which may
// name its party in words no rule knows); so is what a question a bare "No"
// answers names.
func (vw *View) DeniedWhole(h lexicon.Hit) bool {
	if vw.answerNo {
		return true // "Will you share my information?" then "No." (see BuildAnswer)
	}
	for i, n := range vw.Hits {
		if !vw.NegAt[i] {
			continue
		}
		if n.From >= h.To {
			return vw.GrammarBefore(h.From, 1, lexicon.GInclusive)
		}
		if int(n.From) == vw.Own && n.To < h.From && vw.Is(n.To, lexicon.GOf) && h.From-n.To <= 3 {
			return true
		}
	}
	return false
}

// passiveDenial reports whether negator n and the verb of sharing at v make
// a passive statement with no agent: an auxiliary of set GPassiveLead right
// before the negator, only words of set GPassiveFillers between it and the
// verb, and the verb a participle of set GPassedParticiples ("is never
// shared", "will not be disclosed", "has not ever been sold"). Advice and
// rules ("should never be shared", "may not be sold") have other auxiliaries.
func (vw *View) passiveDenial(n lexicon.Hit, v int32) bool {
	q := n.From - 1
	if int(q) < vw.Own || vw.Clause[q] != vw.Clause[n.From] || !vw.Is(q, lexicon.GPassiveLead) || !vw.Is(v, lexicon.GPassedParticiples) {
		return false
	}
	for p := n.To; p < v; p++ {
		if !vw.Is(p, lexicon.GPassiveFillers) {
			return false
		}
	}
	return true
}

// weBefore reports whether "we", or the policy's own name opening the
// sentence (ownNameTo), stands right before position p, or with only words
// of set GDenyLead between, in p's clause.
func (vw *View) weBefore(p int32) bool {
	for q := p - 1; q >= int32(vw.Own) && q >= p-3 && vw.Clause[q] == vw.Clause[p]; q-- {
		if vw.Is(q, lexicon.GWe) || vw.ownNameTo(q) {
			return true
		}
		if !vw.Is(q, lexicon.GDenyLead) {
			return false
		}
	}
	return false
}

// ownNameTo reports whether the sentence's own words open with a name that
// ends at q, of at most three capitalised words and company suffixes, one of
// them the policy's own: one of its own names (Doc.Own), or a word no rule
// knows that it writes as often and as early as its own name (ownName):
// "Acme Media does not provide any personal information to third parties"
// where the text never defines Acme as "we" (see NamesAsWe). So is a site's
// address (see siteAddress).
func (vw *View) ownNameTo(q int32) bool {
	own := int32(vw.Own)
	if q < own || q-own > 2 {
		return false
	}
	if vw.siteAddress(q) {
		return true
	}
	d := vw.Doc
	found := false
	for p := own; p <= q; p++ {
		t := vw.Tok(p)
		if t.Flags&text.TokUpper == 0 && !d.Lexicon.InSet(t.ID, lexicon.WordsCompanySuffixes) || p > own && t.SepBefore > text.SepSpace {
			return false
		}
		found = found || t.Flags&text.TokUpper != 0 && (t.ID == 0 && d.writtenAsOwn(*t) || t.ID != 0 && d.IsOwn(t.ID))
	}
	return found
}

// siteAddress reports whether the sentence's own words open with a site's
// address whose top-level domain ends at q ("Example.com does not collect
// or share your information"): as the subject of a sentence of the policy,
// the site itself, however seldom (or short) the text writes it; not a
// company the rules know as another party ("Facebook.com"), nor an address
// with a path.
func (vw *View) siteAddress(q int32) bool {
	own, d := int32(vw.Own), vw.Doc
	t := vw.Tok(q)
	if q == own || t.Start < 2 || d.Text[t.Start-1] != '.' || text.AddressLen(d.Text, int(t.Start)) != int(t.End-t.Start) {
		return false
	}
	n := vw.Tok(own)
	return n.Flags&text.TokUpper != 0 && (!d.Lexicon.InSet(n.ID, lexicon.WordsCompanyNames) || d.IsOwn(n.ID))
}

// writtenAsOwn reports whether the text writes the word of token t, one no
// rule knows, capitalised as often and as early as a policy writes its own
// name (ownName). It reads every token once for a word (Doc.ownWritten).
func (d *Doc) writtenAsOwn(t text.Token) bool {
	w := d.Text[t.Start:t.End]
	for _, a := range d.ownWritten {
		if a.w == w {
			return a.own
		}
	}
	n, first := 0, int32(-1)
	for i := range d.Toks {
		u := &d.Toks[i]
		if u.ID == 0 && u.Flags&text.TokUpper != 0 && u.End-u.Start == t.End-t.Start && strings.EqualFold(d.Text[u.Start:u.End], w) {
			if n++; first < 0 {
				first = d.proseAt(u.Start)
			}
		}
	}
	own := ownName(n, len(d.Toks), first)
	d.ownWritten = append(d.ownWritten, ownWritten{w, own})
	return own
}

// relativeOnly reports whether "only" hit g opens the predicate of a
// relative clause: right after "who", "which" or "that", or a modal after
// one ("that only lasts", "who will only use"), with no determiner, party
// or reader after it ("that only you know", "that only our staff").
func (vw *View) relativeOnly(g lexicon.Hit) bool {
	q := g.From - 1
	if q > int32(vw.Own) && vw.In(q, lexicon.WordsMainModals) {
		q--
	}
	if q <= int32(vw.Own) || !vw.Is(q, lexicon.GRelOpeners) || int(g.To) >= len(vw.Toks) {
		return false
	}
	return !vw.In(g.To, lexicon.WordsDeterminers) && !vw.Is(g.To, lexicon.GReader) && !vw.Is(g.To, lexicon.GWe) && !vw.Is(g.To, lexicon.GOurForms) && !vw.Is(g.To, lexicon.GConditional)
}

// SubjectOfDenial reports whether data hit h, or the list it ends, is the
// subject of a passive denial at verb hit wi after it: "Personal
// information we collect is not shared with third parties" (no other data
// between the two but h's list), or "None of the information we collect is
// ever shared" (a negator opening the sentence as the determiner of its
// subject, see deniedSubject).
func (vw *View) SubjectOfDenial(h lexicon.Hit, wi int) bool {
	if !vw.denies {
		return false
	}
	w := vw.Hits[wi]
	for i, n := range vw.Hits {
		if n.From >= w.From {
			break
		}
		if !vw.NegAt[i] {
			continue
		}
		if n.From >= h.To && vw.passiveDenial(n, w.From) && vw.dataFreeBetween(h.To, n.From) ||
			n.To <= h.From && vw.deniedSubject(n, w) && vw.Is(w.From, lexicon.GPassedParticiples) {
			return true
		}
	}
	return false
}

// dataFreeBetween reports whether no data hit in [from, to) stands apart
// from the list that ends right before from.
func (vw *View) dataFreeBetween(from, to int32) bool {
	prev := from
	for _, g := range vw.Hits {
		if g.From < from || g.From >= to || vw.Entry(g).Cls != lexicon.ClassDatatype {
			continue
		}
		if !vw.listedBetween(prev, g.From) {
			return false
		}
		prev = g.To
	}
	return true
}

// TradeWithoutObject reports whether sale hit h is a form of "trade" with
// no object: "trade secret", "trade shows", "the trade body representing
// these networks" sell nothing; "trade" sells data only with an object
// ("trade your information", "sell, trade or rent it").
func (vw *View) TradeWithoutObject(h lexicon.Hit) bool {
	if h.To-h.From != 1 || !vw.Is(h.From, lexicon.GTrade) {
		return false
	}
	if int(h.To) >= len(vw.Toks) {
		return true
	}
	switch {
	case vw.In(h.To, lexicon.WordsTradeObject):
		return false
	case vw.Is(h.To, lexicon.GAndOr): // "trade or rent it", not "trade or tax law"
		return int(h.To)+1 >= len(vw.Toks) || !vw.In(h.To+1, lexicon.WordsTradeCoordinate)
	}
	return true
}
