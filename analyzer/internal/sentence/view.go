package sentence

import (
	"slices"
	"strings"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// View is the read-only view of one sentence that the rule classes read: the
// token window it is read in (the tokens of an introducing sentence, for a
// list item, followed by the sentence's own), the hits over it, its clauses
// and negations. Its helpers take positions in that window.
type View struct {
	Doc       *Doc
	Toks      []int               // token indices, intro first
	Own       int                 // position in toks where the sentence's own tokens start
	Clause    []int16             // clause number of each position
	Hits      []lexicon.Hit       // resolved hits, positions rewritten into toks space
	Aside     []lexicon.Hit       // the hits of the aside classes over the sentence's own tokens, in toks space
	Entries   []lexicon.Entry     // the lexicon's entries, which hits index
	NegAt     []bool              // hits[i] is a negator that counts
	Verbs     []int               // indices into hits of verb cues (collect, use, share, sale)
	negVerb   []bool              // hits[i] is a verb that is negated
	negEnd    []int32             // where the reach of negator hits[i] ends: its relative clause's end, else past the window
	joined    bool                // the intro runs on into this sentence, the first of its list item
	answer    bool                // the sentence is a question a bare answer answers (see BuildAnswer)
	answerNo  bool                // and the answer is "No"
	condition bool                // a hit of RCondition stands in the sentence's own part (see Condition)
	denies    bool                // NegAt holds a negator (see Denies)
	block     int                 // the block of the sentence
	defines   answer              // DefinesData's answer, worked out at its first call
	others    answer              // OthersInGeneral's answer, worked out at its first call
	sets      lexicon.WordBits    // the word sets of any of toks (intro included): see MayHaveIn
	gram      lexicon.GrammarBits // the grammar sets any of toks may be a word of (see MayHave)
	introDoc  *Doc                // the Doc of introOf
	introOf   *text.Sentence      // the intro whose sets introSets and introGram hold
	introSets lexicon.WordBits
	introGram lexicon.GrammarBits
	intro     introReading  // what Build works out of introOf's part of the window, for its next list item
	heading   headingAnswer // headingSays' last answer
	cond      condSpan      // Condition's last span, which the next finding of the sentence often shares
	conds     []int32       // conditionHits' answer, when condsRead
	condsRead bool
	// hitsAt and asideAt: the first of the Doc's hits and aside hits
	// after the last sentence's tokens, a hint for the next (see
	// firstAtFrom), which most often starts there;
	// introAt the same for the last intro, apart: an intro stands before
	// its list items, so one hint for both sent every item back a search.
	hitsAt, asideAt, introAt int
	// wordBreaks: where a word (a hit) started a clause, in a sentence
	// with parentheses (see parenClauses).
	wordBreaks []wordBreak
	// refs is a copy of the Refs of refsOf, the Doc's lexicon: IsRule,
	// asked a few million times over a corpus, reads its rule's entry
	// from the view in one load, not from the Doc's lexicon in three.
	refs   [len(lexicon.Tables{}.Refs)]int32
	refsOf *lexicon.Lexicon
	// grammar is refsOf's Grammar, which isWord, asked a few hundred
	// thousand times over a corpus, reads from the view in one load.
	grammar []lexicon.GrammarBits
	// verbEntry says by entry of refsOf whether its hits are verbs (see
	// isVerb).
	verbEntry []bool
}

// introReading is what Build works out of an intro's part of the window,
// which reads nothing of the list item after it, so that the list's next
// items take it over rather than work it out again: the intro's hits (as
// appendHits copies them), and once its first item is built, its clause
// numbers and word breaks, and the verbs among its hits.
type introReading struct {
	hits []lexicon.Hit
	// read: clause, breaks and c (the clause of its last token) hold
	// the first item's reading; clauses: they hold for every item, as
	// the clause loop read nothing past the intro (see takeIntro);
	// noNeg: no hit of the intro is a negator, so the negator pass over
	// it changes nothing but Verbs (verbs); paren: its text holds a "("
	// (holdsParen).
	read, clauses, noNeg, paren bool
	c                           int16
	clause                      []int16
	breaks                      []wordBreak
	verbs                       []int
}

// wordBreak is a position where a word started a clause; quiet when it is
// the "but" of "including but not limited to", which closes nothing.
type wordBreak struct {
	p     int32
	quiet bool
}

// condSpan is the span [s, e) of condition hit j of a view that Condition
// read to its end, fronted or not (see conditionEnds); ok when it holds one.
type condSpan struct {
	ok, fronted bool
	j, s, e     int
	cut         int32 // the "and"/"or" after a bracket the condition ends with (see bracketEnd), or -1
}

// Release lets go of the view's Doc, and of what it keeps of it for the
// next sentence, so that a view kept for the next analysis keeps no text
// alive.
func (vw *View) Release() {
	vw.Doc, vw.introDoc, vw.introOf, vw.heading = nil, nil, nil, headingAnswer{}
}

// headingAnswer is what headingSays found in heading block of doc.
type headingAnswer struct {
	doc            *Doc
	block          int
	collect, share bool
	sale           bool
}

// wordSetsOf returns the word sets of any of tokens [from, to), and the
// grammar sets any of them may be a word of (Lexicon.MayBe). Its loop runs
// for every token of every sentence view: each word of the tables' rows is
// ORed into the results in memory, one instruction each (gathered in eight
// locals, they did not fit amd64's registers with the loop's own, and the
// spills cost more), for up to fastSetWords*64 sets of each kind; the
// lengths are constants, so the tests on them compile away. (With more,
// wordSetsSlow's loops cost three times as much: TestWordSetsFast fails
// first.)
func (d *Doc) wordSetsOf(from, to int) (sets lexicon.WordBits, gram lexicon.GrammarBits) {
	wordSets, grammar := d.Lexicon.WordSets, d.Lexicon.Grammar
	if len(sets) > fastSetWords || len(gram) > fastSetWords || len(grammar) != len(wordSets) {
		return d.wordSetsSlow(from, to)
	}
	// The two tables have a row for each token id: one test of the id
	// serves both (no bounds check after it). Word k of a row is ORed
	// where len > k; min keeps the index a constant within the array
	// when it is shorter.
	grammar = grammar[:len(wordSets)]
	toks := d.Toks[from:to]
	const ls, lg = len(sets) - 1, len(gram) - 1
	for i := range toks {
		id := uint(toks[i].ID) // unsigned: one test
		if id < uint(len(wordSets)) {
			w, g := &wordSets[id], &grammar[id]
			sets[0] |= w[0]
			if ls >= 1 {
				sets[min(1, ls)] |= w[min(1, ls)]
			}
			if ls >= 2 {
				sets[min(2, ls)] |= w[min(2, ls)]
			}
			if ls >= 3 {
				sets[min(3, ls)] |= w[min(3, ls)]
			}
			if ls >= 4 {
				sets[min(4, ls)] |= w[min(4, ls)]
			}
			if ls >= 5 {
				sets[min(5, ls)] |= w[min(5, ls)]
			}
			gram[0] |= g[0]
			if lg >= 1 {
				gram[min(1, lg)] |= g[min(1, lg)]
			}
			if lg >= 2 {
				gram[min(2, lg)] |= g[min(2, lg)]
			}
			if lg >= 3 {
				gram[min(3, lg)] |= g[min(3, lg)]
			}
			if lg >= 4 {
				gram[min(4, lg)] |= g[min(4, lg)]
			}
			if lg >= 5 {
				gram[min(5, lg)] |= g[min(5, lg)]
			}
		}
	}
	return sets, gram
}

// fastSetWords is the most words of a row of either table that wordSetsOf
// ORs in place (384 sets); past it, it calls wordSetsSlow.
const fastSetWords = 6

// wordSetsSlow is wordSetsOf for any number of sets, one table word at a
// time.
func (d *Doc) wordSetsSlow(from, to int) (sets lexicon.WordBits, gram lexicon.GrammarBits) {
	wordSets, grammar := d.Lexicon.WordSets, d.Lexicon.Grammar
	for k := from; k < to; k++ {
		id := d.Toks[k].ID
		if uint(id) < uint(len(wordSets)) {
			for i := range sets {
				sets[i] |= wordSets[id][i]
			}
		}
		if uint(id) < uint(len(grammar)) {
			for i := range gram {
				gram[i] |= grammar[id][i]
			}
		}
	}
	return sets, gram
}

// MayHave reports whether a word of grammar set g may stand in the view
// (intro included): when it is false none does (see MayHaveIn).
func (vw *View) MayHave(g lexicon.GrammarSet) bool { return vw.gram[g>>6]&(1<<(g&63)) != 0 }

// MayHaveIn reports whether a word of set w may stand in the view (intro
// included): when it is false no position holds one, and a scan of the
// sentence for such a word need not read its words.
func (vw *View) MayHaveIn(w lexicon.WordSet) bool { return vw.sets[w>>6]&(1<<(w&63)) != 0 }

// answer is a yes or no about the sentence that a View works out once,
// when first asked, and Build forgets.
type answer uint8

const (
	notAsked answer = iota
	answerNo
	answerYes
)

// SectionHas reports whether the heading of the sentence's section holds a
// word of set w ("California Privacy Rights" over a sale in the law's sense).
func (vw *View) SectionHas(w lexicon.WordSet) bool {
	hb := vw.Doc.Blocks[vw.block].Heading
	if hb < 0 {
		return false
	}
	for k := vw.Doc.Blocks[hb].TokFrom; k < vw.Doc.Blocks[hb].TokTo; k++ {
		if vw.Doc.InSet(k, w) {
			return true
		}
	}
	return false
}

// In (access.go, access_wasm.go) reports whether the word at position p
// is in word set w; Is (the same files) whether it is one of grammar set g.

// isWord is Is after MayHave: Doc.IsWord of the word at position p. It is
// a call, not inlined: each of Is's many uses passes the view, p and g.
// It repeats Doc.IsWord's body rather than calling it: IsWord does not
// inline, and the call more cost 6.9 M instructions over tb150 (1,824.6 ->
// 1,831.5 M, 6 December).
func (vw *View) isWord(p int32, g lexicon.GrammarSet) bool {
	d := vw.Doc
	t := &d.Toks[vw.Toks[p]]
	if id := uint(t.ID); id >= uint(len(vw.grammar)) || vw.grammar[id][g>>6]&(1<<(g&63)) == 0 {
		return false // Lexicon.MayBe
	}
	return d.spells(t, g)
}

// tok is Tok inlined, for View.Build and the contexts (view.go,
// context.go), which run over every word of every sentence: Tok is a call
// in WebAssembly (access_wasm.go), and there their calls cost arlo.md's
// analysis 1.3 M instructions of 73 (make wasm-bench INSTRUCTIONS=1).
func (vw *View) tok(p int32) *text.Token { return &vw.Doc.Toks[vw.Toks[p]] }

// Entry returns the rule entry that hit h matched.
func (vw *View) Entry(h lexicon.Hit) *lexicon.Entry { return &vw.Entries[h.Entry] }

// IsRule reports whether h is a hit of rule r.
func (vw *View) IsRule(h lexicon.Hit, r lexicon.RuleRef) bool {
	return h.Entry == vw.refs[r]
}

// breakHitFrom returns the index of the first hit from j on that starts
// after position p and may break a clause (a clause break's or a
// condition's), or len(vw.Hits).
func (vw *View) breakHitFrom(j, p int) int {
	brk, cond := vw.refs[lexicon.RClauseBreak], vw.refs[lexicon.RCondition]
	for ; j < len(vw.Hits); j++ {
		if h := vw.Hits[j]; int(h.From) > p && (h.Entry == brk || h.Entry == cond) {
			return j
		}
	}
	return len(vw.Hits)
}

// verbEndsAt reports whether a verb hit among the first hi hits ends at p,
// read as a verb: no determiner stands before it ("our disclosure only
// includes" is a noun).
func (vw *View) verbEndsAt(hi int, p int32) bool {
	for j := hi - 1; j >= 0 && j >= hi-4; j-- {
		if h := vw.Hits[j]; h.To == p && vw.isVerb(h) && !(h.From > 0 && vw.In(h.From-1, lexicon.WordsDeterminers)) {
			return true
		}
	}
	return false
}

// isVerb reports whether a hit is a practice verb whose negation matters: a
// data verb, or one saying how Do Not Track is treated.
//
// It is Lexicon.DataVerb or RRespond (entryIsVerb), read from a table so
// that it inlines (Build asks it of most hits, and a call costs most in
// WebAssembly).
func (vw *View) isVerb(h lexicon.Hit) bool { return vw.verbEntry[h.Entry] }

// entryIsVerb is isVerb of a hit of entry e, which Build notes for every
// entry of its lexicon (verbEntry): a table read, where isVerb, asked at
// every hit, compared the entry's class with "sale".
func (vw *View) entryIsVerb(e *lexicon.Entry) bool {
	refs := &vw.refs
	return e.Class == "sale" && e.Idx != refs[lexicon.RSalePointingBack] || e.Idx == refs[lexicon.RCollect] || e.Idx == refs[lexicon.RUse] || e.Idx == refs[lexicon.RShare] || e.Idx == refs[lexicon.RRespond]
}

// appendRange appends the integers from from to to-1 to dst, growing it
// once rather than at each.
func appendRange(dst []int, from, to int) []int {
	n := len(dst)
	dst = slices.Grow(dst, to-from)[:n+to-from]
	tail := dst[n:] // written by its own index: no bounds check an integer
	for i := range tail {
		tail[i] = from + i
	}
	return dst
}

// Build lays out the tokens of sentence s of d (with its intro) and the hits
// over them, and works out clauses (clauses) and negation (negations).
func (vw *View) Build(d *Doc, s, intro *text.Sentence) {
	vw.answer, vw.answerNo = false, false
	// The word sets of the view: its sentence's, and its intro's, which
	// the items of a list share. The sentences of the next analysis may
	// be at the same place (the buffers are reused): the Doc is part of
	// the key, and the view holds on to it, so that no other Doc is at the
	// same place.
	vw.sets, vw.gram = d.wordSetsOf(s.TokFrom, s.TokTo)
	if vw.refsOf != d.Lexicon || len(vw.verbEntry) != len(vw.Entries) {
		vw.refs, vw.refsOf, vw.grammar = d.Lexicon.Refs, d.Lexicon, d.Lexicon.Grammar
		vw.verbEntry = vw.verbEntry[:0]
		for i := range vw.Entries {
			vw.verbEntry = append(vw.verbEntry, vw.entryIsVerb(&vw.Entries[i]))
		}
	}
	if intro != nil {
		if vw.introDoc != d || vw.introOf != intro {
			vw.introDoc, vw.introOf = d, intro
			vw.introSets, vw.introGram = d.wordSetsOf(intro.TokFrom, intro.TokTo)
			vw.Doc = d
			vw.Hits = vw.Hits[:0]
			vw.appendHits(intro.TokFrom, intro.TokTo, 0, &vw.introAt)
			vw.newIntro(intro)
		}
		for i := range vw.sets {
			vw.sets[i] |= vw.introSets[i]
		}
		for i := range vw.gram {
			vw.gram[i] |= vw.introGram[i]
		}
	}
	vw.Doc = d
	vw.block = s.Block
	vw.Toks = vw.Toks[:0]
	vw.Hits = vw.Hits[:0]
	vw.Aside = vw.Aside[:0]
	vw.Verbs = vw.Verbs[:0]
	vw.defines, vw.others = notAsked, notAsked

	if intro != nil {
		vw.Toks = appendRange(vw.Toks, intro.TokFrom, intro.TokTo)
		vw.Hits = append(vw.Hits, vw.intro.hits...)
	}
	vw.Own = len(vw.Toks)
	vw.Toks = appendRange(vw.Toks, s.TokFrom, s.TokTo)
	vw.appendHits(s.TokFrom, s.TokTo, vw.Own, &vw.hitsAt)
	j := firstAtFrom(d.Aside, s.TokFrom, vw.asideAt)
	for ; j < len(d.Aside) && int(d.Aside[j].From) < s.TokTo; j++ {
		if h := d.Aside[j]; int(h.To) <= s.TokTo {
			h.From, h.To = h.From-int32(s.TokFrom)+int32(vw.Own), h.To-int32(s.TokFrom)+int32(vw.Own)
			vw.Aside = append(vw.Aside, h)
		}
	}
	vw.asideAt = j
	vw.clauses(d, s, intro)
	vw.negations(intro)
}

// clauses works out the clause of each token of the view of sentence s of d
// (with its intro), for Build.
func (vw *View) clauses(d *Doc, s, intro *text.Sentence) {
	// Clauses: a new clause starts at a semicolon, colon or dash, and at
	// words such as "but", "unless", "except". A clause that starts inside
	// parentheses ends where they close, and the clause they interrupted
	// goes on after them: in "We do not share your data (except as
	// required by law) with advertisers", "with advertisers" is in the
	// clause of "do not share", and in "We use the information (subject
	// to choices you make) to provide our products" the reader of the
	// parenthesis does not act in "to provide". Clause numbers are then
	// unique but not in order of position after such parentheses.
	vw.Clause = slices.Grow(vw.Clause[:0], len(vw.Toks))[:len(vw.Toks)]
	var c int16 // the clause of the token
	// bj is the first hit at or after the token that may break a clause
	// (breakHitFrom): one test a token, where a walk over the hits at
	// each token cost two loops.
	bj, from := vw.breakHitFrom(0, -1), 0
	// The intro runs on into the first sentence of its item ("We may share
	// your information with: - Service providers"), not into a later one.
	vw.joined = intro != nil && s.TokFrom == vw.Doc.Blocks[s.Block].TokFrom
	// Most sentences hold no parenthesis: one byte search over their text
	// (and their intro's) spares them the second pass (parenClauses).
	parens := d.holdsParen(s) || intro != nil && vw.intro.paren
	vw.wordBreaks = vw.wordBreaks[:0]
	// In locals: the loop's stores to vw.Clause would make it load them
	// from vw again at every token.
	clause, dt, own, toks := vw.Clause, d.Toks, vw.Own, vw.Toks
	clause = clause[:len(toks)]
	// A later item of a list takes its intro's clauses over from the
	// first, and the loop starts at its own tokens; the first notes them
	// (read: an intro's wordBreaks are noted with or without parentheses).
	read, breaks := false, parens
	if intro != nil {
		if vw.intro.clauses && own < len(toks) {
			copy(clause, vw.intro.clause)
			c, from = vw.intro.c, own
			bj = vw.breakHitFrom(len(vw.intro.hits), own-1)
			if parens {
				vw.wordBreaks = append(vw.wordBreaks, vw.intro.breaks...)
			}
		} else {
			read = !vw.intro.read
			breaks = parens || read
		}
	}
	// next is where the hit bj starts, past the window when there is none:
	// most tokens start no such hit, and one test of next says so.
	next := len(toks)
	if bj < len(vw.Hits) {
		next = int(vw.Hits[bj].From)
	}
	ownToks := dt[s.TokFrom:s.TokTo]
	for p := from; p < len(toks); p++ {
		// Most tokens follow a space and start no hit that may break a
		// clause: they stay in the clause of the token before, in a loop
		// of their own, which calls nothing and so keeps its values in
		// registers (next <= len(toks)).
		// (In the sentence's own part the token at p is ownToks[p-own]:
		// read without toks's index.)
		if p > own {
			for p < next && ownToks[p-own].SepBefore == text.SepSpace {
				clause[p] = c
				p++
			}
		} else {
			for p < next && p != own && dt[toks[p]].SepBefore == text.SepSpace {
				clause[p] = c
				p++
			}
		}
		if p == len(toks) {
			break
		}
		if p == own && read {
			vw.takeIntro(clause[:own], c)
		}
		k := toks[p]
		// A new clause starts after a semicolon, colon or dash, after a
		// stop inside the sentence unless it ends an abbreviation ("names,
		// etc.) will not be sold", "Acme Inc. will"), at the sentence of an
		// intro, and at a reason after a comma. A space breaks none.
		if sep := dt[k].SepBefore; (sep != text.SepSpace || p == own) && p > 0 &&
			(sep == text.SepClause || sep == text.SepStop && !d.abbreviationBefore(k) || p == own && intro != nil || sep == text.SepComma && vw.MayHave(lexicon.GReasonOpeners) && vw.reasonOpens(p)) && !(p == own && vw.joined) {
			c++
		}
		// The first hit at p that may break a clause decides (the hits
		// are in order of position).
		for bj < len(vw.Hits) && int(vw.Hits[bj].From) <= p {
			j := bj
			bj = vw.breakHitFrom(j+1, p)
			if p > 0 && int(vw.Hits[j].From) == p {
				hi := j // the first hit at p
				for hi > 0 && int(vw.Hits[hi-1].From) >= p {
					hi--
				}
				// "Providers may only use it to ...": "only" before its
				// verb narrows the verb, it does not start a condition.
				if j+1 < len(vw.Hits) && vw.Hits[j+1].From == vw.Hits[j].To && vw.isVerb(vw.Hits[j+1]) && vw.Doc.IsWord(k, lexicon.GOnly) {
					break
				}
				// "We will provide only aggregated data to third parties",
				// "we share only your name": "only" right after a verb of
				// handing data over narrows its object.
				if vw.Doc.IsWord(k, lexicon.GOnly) && (vw.Doc.InSet(vw.Toks[p-1], lexicon.WordsHandingOver) || vw.verbEndsAt(hi, int32(p)) && !vw.DataAt(int32(p-1))) {
					break
				}
				// "including but not limited to", "includes, but is not
				// limited to", after a negator: the "but" of a list's
				// lead opens no new statement, and the negator reaches
				// on ("None of the data in our logs, including but not
				// limited to IP addresses, is linked to ...").
				if vw.IsRule(vw.Hits[j], lexicon.RClauseBreak) && vw.Doc.IsWord(vw.Toks[p-1], lexicon.GInclusive) && vw.negatorIn(0, hi) {
					break
				}
				c++
				if breaks {
					// "(including but not limited to X and Y)" lists
					// examples of what stands before it, a part of the
					// clause that goes on after it: it closes nothing.
					vw.wordBreaks = append(vw.wordBreaks, wordBreak{int32(p), vw.IsRule(vw.Hits[j], lexicon.RClauseBreak) && vw.Doc.IsWord(vw.Toks[p-1], lexicon.GInclusive)})
				}
				break
			}
		}
		next = len(toks)
		if bj < len(vw.Hits) {
			next = int(vw.Hits[bj].From)
		}
		clause[p] = c
	}
	if parens {
		vw.parenClauses()
	}
}

// negations works out, for Build, the negators and the verbs they negate,
// and whether the view states a condition.
func (vw *View) negations(intro *text.Sentence) {
	// Negators, and the verbs they negate: a verb is negated by a negator
	// up to six words before it in its clause, or by being listed right after
	// a negated verb ("do not sell, rent or trade").
	//
	// One pass over the hits notes the condition hits, the negators and
	// where each one's reach ends, and the verbs they negate: what it
	// works out at a hit reads nothing it notes of later hits.
	n := len(vw.Hits)
	vw.NegAt = slices.Grow(vw.NegAt[:0], n)[:n]
	vw.negVerb = slices.Grow(vw.negVerb[:0], n)[:n]
	vw.negEnd = slices.Grow(vw.negEnd[:0], n)[:n]
	clear(vw.negVerb)
	negAt, negEnd, end := vw.NegAt, vw.negEnd, int32(len(vw.Toks))
	vw.cond, vw.condsRead = condSpan{}, false
	condition, denied, denies := false, false, false
	lastNeg := -1
	chain := false
	reached := false   // a verb negated since the last negator
	outer := -1        // the negator a relative clause's negator stands under
	negTo := int32(-1) // where the last verb negated ends
	first := 0
	if intro != nil && vw.intro.noNeg {
		// An intro without a negator leaves the pass as it found it,
		// but for its verbs.
		first = len(vw.intro.hits)
		clear(negAt[:first])
		for i := range first {
			negEnd[i] = end
		}
		vw.Verbs = append(vw.Verbs, vw.intro.verbs...)
	}
	for i := first; i < n; i++ {
		h := vw.Hits[i]
		condition = condition || int(h.From) >= vw.Own && (vw.IsRule(h, lexicon.RCondition) || vw.MayHaveIn(lexicon.WordsConditionOpeners) && vw.opensCondition(h))
		// "whether you have an account or not": an alternative, not a denial.
		neg := vw.IsRule(h, lexicon.RNegation) && !vw.dntName(h) &&
			!(h.From > 0 && h.To-h.From == 1 && vw.MayHave(lexicon.GAlternative) && vw.Is(h.From-1, lexicon.GAlternative))
		negEnd[i] = end
		if neg {
			// "We do not collect any data other than your email address":
			// an excluding negator after another negation opens the
			// exception, which is stated, not denied.
			neg = !(denied && vw.Is(h.From, lexicon.GExclusions))
			denied = true
			// A negator in a relative clause denies that clause, not the
			// sentence it stands in: "We share information with companies
			// we do not own, including ...".
			if neg {
				negEnd[i] = vw.relativeEnd(h)
				denies = true
			}
		}
		negAt[i] = neg
		// A verb is negated by a negator up to six words before it in its
		// clause, or by standing in a chain of negated verbs after one ("we
		// do not share it with a third party for free or by selling it"); a
		// new subject ("we", "you") ends the chain.
		if lastNeg >= 0 && h.From >= negEnd[lastNeg] {
			// Past a relative clause, the negator before it (if any)
			// reaches on: "we do not allow tracking by sites you have not
			// visited, ...".
			lastNeg, chain, reached, outer = outer, outer >= 0, false, -1
		}
		if neg {
			if negEnd[i] < end && lastNeg >= 0 && negEnd[lastNeg] == end {
				outer = lastNeg
			} else {
				outer = -1
			}
			lastNeg, chain, reached = i, true, false
			continue
		}
		// "your" after verbs the negator reached is their object, no new
		// subject: "We do not sell, rent or share your email address with
		// advertisers" denies the passing on to the end.
		if vw.IsRule(h, lexicon.RYou) && reached && vw.In(h.From, lexicon.WordsYourForms) && vw.tok(h.From).SepBefore != text.SepComma {
			continue
		}
		if vw.IsRule(h, lexicon.RWe) || vw.IsRule(h, lexicon.RYou) {
			if lastNeg >= 0 && h.From-vw.Hits[lastNeg].To > 1 {
				chain = false
				// "If you are not a member, we collect ...": after a comma
				// a new subject opens the main clause, which the negator
				// of the condition before it does not reach (nor after
				// ", then we").
				if sep := vw.tok(h.From).SepBefore; sep == text.SepComma ||
					sep == text.SepSpace && vw.Is(h.From-1, lexicon.GThen) && vw.tok(h.From-1).SepBefore == text.SepComma {
					lastNeg = -1
				}
			}
			continue
		}
		if !vw.isVerb(h) {
			continue
		}
		vw.Verbs = append(vw.Verbs, i)
		if lastNeg < 0 {
			continue
		}
		n := vw.Hits[lastNeg]
		// A dash right after the negator does not end what it negates:
		// "We also do not—and will not—sell your information".
		if vw.Clause[n.From] != vw.Clause[h.From] && h.From != n.To {
			chain = false
			continue
		}
		// "Aggregated data is not personal information, and we may
		// disclose it", "Though it does not include your name, it is
		// shared with ...": a comma and a new subject open another
		// statement, which the negator before them does not reach.
		if vw.newStatementBetween(n.To, h.From) || vw.dataSubjectAfterComma(n.To, h) {
			lastNeg, chain = -1, false
			continue
		}
		if h.From-n.To <= 6 || chain && h.From-n.To <= 20 || vw.deniedSubject(n, h) || vw.receiverOfDenied(h, negTo) {
			vw.negVerb[i] = true
			reached, negTo = true, h.To
		} else {
			chain = false
		}
	}
	vw.condition, vw.denies = condition, denies
}

// BuildAnswer builds the view of question, a question of yes or no that a
// bare answer after it answers (see Doc.Answers), as the answer's
// statement: its words after the auxiliary that opens it ("Do we sell your
// data?" reads "we sell your data"), denied when the answer is "No". Its
// Context reads them as no heading and no question, and a "No" as the
// negation of an intro, which reaches their first clause (Context.IntroNeg).
func (vw *View) BuildAnswer(d *Doc, question *text.Sentence, no bool) {
	stated := *question
	stated.TokFrom = d.askingAux(question) + 1
	stated.Start = int(d.Toks[stated.TokFrom].Start)
	vw.Build(d, &stated, nil)
	vw.answer, vw.answerNo = true, no
}

// newIntro starts the reading of a new intro, whose hits vw.Hits holds
// (and only them): it keeps them, the verbs among them, whether one is a
// negator, and whether its text holds a parenthesis.
func (vw *View) newIntro(intro *text.Sentence) {
	ir := &vw.intro
	ir.hits = append(ir.hits[:0], vw.Hits...)
	ir.read, ir.clauses, ir.noNeg, ir.paren = false, false, true, vw.Doc.holdsParen(intro)
	ir.clause, ir.breaks, ir.verbs = ir.clause[:0], ir.breaks[:0], ir.verbs[:0]
	for i, h := range ir.hits {
		if vw.IsRule(h, lexicon.RNegation) {
			ir.noNeg = false
		}
		if vw.isVerb(h) {
			ir.verbs = append(ir.verbs, i)
		}
	}
}

// takeIntro keeps the clause numbers of the intro's part of the window
// (clause, c the last of them) and its word breaks (vw.wordBreaks so
// far), which the first item of its list worked out. They hold for every
// item unless the clause loop read past the intro at one of its tokens:
// at a comma among its last two tokens (reasonOpens reads two tokens on),
// or at a hit that may break a clause ending at the intro's end (the
// "only" before a verb reads the hit after it).
func (vw *View) takeIntro(clause []int16, c int16) {
	ir := &vw.intro
	ir.read, ir.c = true, c
	ir.clause = append(ir.clause[:0], clause...)
	ir.breaks = append(ir.breaks[:0], vw.wordBreaks...)
	own := len(clause)
	ir.clauses = true
	for p := max(1, own-2); p < own; p++ {
		if vw.tok(int32(p)).SepBefore == text.SepComma {
			ir.clauses = false
		}
	}
	brk, cond := vw.refs[lexicon.RClauseBreak], vw.refs[lexicon.RCondition]
	for _, h := range ir.hits {
		if int(h.To) == own && (h.Entry == brk || h.Entry == cond) {
			ir.clauses = false
		}
	}
}

// parenClauses renumbers the clauses of a sentence with parentheses, which
// Build numbered one after another at each break: a clause that starts
// inside parentheses ends where they close, and the clause in effect where
// they opened goes on after them. Every break still takes the next number
// (so the numbers stay unique, no longer in order of position); the marks
// between tokens say where in their run a break falls: "; (2)" ends the
// clause before the parenthesis opens, "); and" after it closes.
//
// Before the first "(" it gives every token the number Build gave it, one
// more at each break: it starts at the token after that "(" (firstParen).
func (vw *View) parenClauses() {
	d := vw.Doc
	from := vw.firstParen()
	var c, last int16 // the clause of the token, and the highest number given
	if from > 0 {
		c = vw.Clause[from-1]
		last = c
	}
	// paren: the clause in effect where a parenthesis opened (-1 outside
	// one), depth: how many are open; broke: a clause started inside them.
	paren, depth, broke := int16(-1), 0, false
	wb := vw.wordBreaks
	for len(wb) > 0 && int(wb[0].p) < from {
		wb = wb[1:]
	}
	// (In locals for the loop over plain tokens; the loop after it reads
	// vw's own: with these in its registers it cost 1 M more over tb150.)
	toks, clause, dt, own := vw.Toks, vw.Clause[:len(vw.Toks)], d.Toks, vw.Own
	for p := from; p < len(toks); p++ {
		// Most tokens follow a plain space, start no clause (Build gave
		// them the number before, last) and are no word break: they take
		// c in a loop of their own, which reads them in fewer instructions
		// than the loop below (parenClauses 10.0 -> 7.1 M over tb150).
		for p < len(toks) && clause[p] == last && p != own && (len(wb) == 0 || wb[0].p != int32(p)) && dt[toks[p]].SepBefore == text.SepSpace {
			clause[p] = c
			p++
		}
		if p == len(toks) {
			break
		}
		k := vw.Toks[p]
		// Build's numbering went up by one at a break before the token
		// (brk) and by one at a word that starts a clause.
		word, quiet := len(wb) > 0 && wb[0].p == int32(p), false
		if word {
			quiet, wb = wb[0].quiet, wb[1:]
		}
		brk := vw.Clause[p]-last > 0 && !word || vw.Clause[p]-last > 1
		if p == vw.Own {
			paren, depth, broke = -1, 0, false
		} else if p > 0 && d.Toks[k].SepBefore != text.SepSpace && vw.Toks[p-1] == k-1 {
			for _, b := range []byte(d.Text[d.Toks[k-1].End:d.Toks[k].Start]) {
				switch b {
				case ' ', '\t', '\n', '\r':
				case ')':
					if depth > 0 {
						if depth--; depth == 0 {
							if broke {
								c = paren
							}
							paren, broke = -1, false
						}
					}
				default:
					if brk {
						last++
						c, broke, brk = last, broke || depth > 0, false
					}
					if b == '(' {
						if depth++; depth == 1 {
							paren = c
						}
					}
				}
			}
		}
		if brk {
			last++
			c, broke = last, broke || depth > 0
		}
		if word {
			last++
			c = last
			broke = broke || depth > 0 && !quiet
		}
		vw.Clause[p] = c
	}
}

// firstParen returns the position of the first token after the first "("
// in the text from the view's first token to its last (the intro's part
// and the sentence's own part each read as one span), or len(vw.Toks)
// when there is none. A "(" that parenClauses passes over (in a link's
// target, say) only makes it earlier.
func (vw *View) firstParen() int {
	d := vw.Doc
	for _, part := range [2][2]int{{0, vw.Own}, {vw.Own, len(vw.Toks)}} {
		a, b := part[0], part[1]
		if b <= a {
			continue
		}
		from := int(d.Toks[vw.Toks[a]].Start)
		i := strings.IndexByte(d.Text[from:d.Toks[vw.Toks[b-1]].End], '(')
		if i < 0 {
			continue
		}
		// The first token of the part that starts after it.
		at := int32(from + i)
		lo, hi := a+1, b
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if d.Toks[vw.Toks[m]].Start <= at {
				lo = m + 1
			} else {
				hi = m
			}
		}
		return lo
	}
	return len(vw.Toks)
}

// holdsParen reports whether the text of sentence s, from its first
// token's start to its last token's end, holds an opening parenthesis.
func (d *Doc) holdsParen(s *text.Sentence) bool {
	if s.TokTo <= s.TokFrom {
		return false
	}
	return strings.IndexByte(d.Text[d.Toks[s.TokFrom].Start:d.Toks[s.TokTo-1].End], '(') >= 0
}

// reasonOpens reports whether ", and" (or ", or") at position p opens a
// clause giving a reason, with its own subject: "We will not sell your
// address, and as we fight spam, our emails are few" (the denial does not
// reach "fight spam"). (Build asks it at a comma only where MayHave says
// the view may hold a word of reason openers, which is rare: a test in
// place, not a call at every comma.)
func (vw *View) reasonOpens(p int) bool {
	return p+2 < len(vw.Toks) && vw.tok(int32(p)).SepBefore == text.SepComma && vw.Is(int32(p), lexicon.GAndOr) &&
		vw.tok(int32(p+1)).SepBefore == text.SepSpace && vw.Is(int32(p+1), lexicon.GReasonOpeners) &&
		vw.tok(int32(p+2)).SepBefore == text.SepSpace && vw.Is(int32(p+2), lexicon.GSubjects)
}

// Reaches reports whether negator hits[i] reaches position p: a negator
// in a relative clause reaches the clause's end only.
func (vw *View) Reaches(i int, p int32) bool { return vw.NegAt[i] && p < vw.negEnd[i] }

// relativeEnd returns where the reach of negator n ends: the end of the
// relative clause it stands in, when its verb is no practice ("companies
// that are not affiliated with us", "information which does not identify
// you, such as ...", "companies we do not own, including", "where those
// interests are not overridden by your rights"), or the main verb after a
// relative clause denying a practice ("apps that cannot use your precise
// location will have access"); else past the window.
func (vw *View) relativeEnd(n lexicon.Hit) int32 {
	end := int32(len(vw.Toks))
	if !vw.inRelative(n) {
		return end
	}
	c := vw.Clause[n.From]
	// v: the clause's verb, after "be" or "been" ("that cannot be amended").
	v := n.To
	for int(v)+1 < len(vw.Toks) && vw.Is(v, lexicon.GAuxiliaries) && vw.tok(v+1).SepBefore == text.SepSpace {
		v++
	}
	practice := false
	for _, h := range vw.Hits {
		if h.From >= n.To && h.From <= v+1 && vw.doneToData(h) {
			practice = true
			break
		}
	}
	for p := v + 1; p < end; p++ {
		if vw.Clause[p] != c {
			return p
		}
		t := vw.tok(p)
		if practice {
			// "apps that cannot use your location will have access"
			if t.SepBefore == text.SepSpace && vw.Is(p, lexicon.GMainModals) && !vw.Is(p-1, lexicon.GAndOr) {
				return p
			}
			continue
		}
		// "not allowed to", "not own or control": the verb goes on.
		if p == v+1 && t.SepBefore == text.SepSpace && (vw.Is(p, lexicon.GTo) || vw.Is(p, lexicon.GAndOr)) {
			continue
		}
		if (t.SepBefore != text.SepSpace || vw.Is(p, lexicon.GRelEnds)) && !vw.listGoesOn(p) {
			return p
		}
		if vw.verbAt(p) {
			return p
		}
	}
	return end
}

// doneToData reports whether h is a verb of doing something to data: a
// practice verb or one of keeping it ("is not recorded, logged or stored").
func (vw *View) doneToData(h lexicon.Hit) bool {
	return vw.isVerb(h) || vw.IsRule(h, lexicon.RStore)
}

// listGoesOn reports whether a list of data or of verbs done to it goes on
// at p, after a comma or "and"/"or": "does not include your name, email
// address or phone number", "is not recorded, logged or stored".
func (vw *View) listGoesOn(p int32) bool {
	if vw.tok(p).SepBefore == text.SepSpace && !vw.Is(p, lexicon.GAndOr) {
		return false
	}
	q := p
	if vw.Is(q, lexicon.GAndOr) {
		q++
	}
	if int(q) < len(vw.Toks) && vw.Is(q, lexicon.GPossessives) {
		q++
	}
	if int(q) >= len(vw.Toks) {
		return false
	}
	if vw.DataAt(q) {
		return true
	}
	for _, h := range vw.Hits {
		if h.From == q && vw.doneToData(h) {
			return true
		}
	}
	return false
}

// inRelative reports whether negator n stands in a relative clause: after
// "which" or "who" and at most its subject and auxiliaries ("which we do
// not", "who have not"), after "that" with only auxiliaries between ("that
// does not", "that are not") or after a noun ("parties that we do not"),
// after a party and "we" or "they" ("companies we do not own"), or after
// "where" and a short subject before an auxiliary ("where those interests
// are not"). "so that no data is shared", "agrees that nothing", "where we
// do not need it" (a condition) are no relative clauses.
func (vw *View) inRelative(n lexicon.Hit) bool {
	q := n.From - 1
	skipped := 0
	for ; skipped < 3 && q > 0 && vw.tok(q+1).SepBefore == text.SepSpace && (vw.Is(q, lexicon.GDenyLead) || vw.Is(q, lexicon.GAuxiliaries)); skipped++ {
		q--
	}
	if q <= 0 || vw.tok(q+1).SepBefore != text.SepSpace {
		return false
	}
	if vw.Is(n.From, lexicon.GNegAux) {
		skipped++
	}
	if vw.Is(q, lexicon.GRelOpeners) {
		if vw.Is(q, lexicon.GThat) {
			return skipped > 0 || vw.nounEndsAt(q, true)
		}
		return true
	}
	if skipped == 0 {
		return vw.negatedModifier(n)
	}
	if vw.Is(q, lexicon.GSubjects) {
		if vw.tok(q).SepBefore != text.SepSpace {
			return false
		}
		if vw.Is(q-1, lexicon.GRelOpeners) {
			return vw.Is(q-1, lexicon.GFormalRelative) || vw.Is(q-1, lexicon.GThat) && vw.nounEndsAt(q-1, true)
		}
		// "If you are not satisfied with how we process your data":
		// a condition's negator reaches its own verb's object.
		if vw.Is(q-1, lexicon.GOccasion) {
			return true
		}
		return vw.nounEndsAt(q, false)
	}
	// "where those legitimate interests are not overridden"
	for k := q - 1; k > 0 && k >= q-3; k-- {
		if vw.tok(k+1).SepBefore != text.SepSpace || vw.Is(k, lexicon.GSubjects) {
			return false
		}
		if vw.Is(k, lexicon.GRelOpeners) {
			return !vw.Is(k, lexicon.GThat) && !vw.Is(k, lexicon.GFormalRelative)
		}
	}
	return false
}

// negatedModifier reports whether negator n, "not", opens a participle
// that modifies the noun before it: "offerings not affiliated with us",
// "resources not operated by us" (not "we do not", "is (strictly) not",
// "chose not to", "and not").
func (vw *View) negatedModifier(n lexicon.Hit) bool {
	p := n.From
	if n.To != p+1 || p == 0 || int(n.To)+1 >= len(vw.Toks) || !vw.Is(p, lexicon.GNot) {
		return false
	}
	if vw.tok(p).SepBefore != text.SepSpace || vw.tok(n.To).SepBefore != text.SepSpace || vw.tok(n.To+1).SepBefore != text.SepSpace {
		return false
	}
	for q := p - 1; q >= 0 && q >= p-2; q-- { // "is strictly not connected"
		if vw.Is(q, lexicon.GDenyLead) || vw.Is(q, lexicon.GAuxiliaries) || vw.Is(q, lexicon.GMainModals) {
			return false
		}
	}
	if vw.Is(p-1, lexicon.GAndOr) || vw.Is(p-1, lexicon.GTo) {
		return false
	}
	t := vw.tok(n.To)
	w := vw.Doc.Text[t.Start:t.End]
	return len(w) > 4 && strings.HasSuffix(w, "ed") && vw.Is(n.To+1, lexicon.GObjectPreps)
}

// nounEndsAt reports whether a party noun ends right before p, or with
// data also a data noun: "companies we do not own", "information that we
// do not".
func (vw *View) nounEndsAt(p int32, data bool) bool {
	if p <= 0 || vw.tok(p).SepBefore != text.SepSpace {
		return false
	}
	if vw.Is(p-1, lexicon.GBusiness) {
		return true
	}
	for _, h := range vw.Hits {
		if h.From >= p {
			break
		}
		if h.To == p {
			if cls := vw.Entry(h).Cls; data && cls == lexicon.ClassDatatype || cls == lexicon.ClassRecipient {
				return true
			}
		}
	}
	return false
}

// newStatementBetween reports whether a new statement opens in (from, to]:
// a word after a comma, or after "and", "but", "so" or "yet" after a
// comma, that opens a subject (WordsStatementOpeners: ", and we may
// disclose", ", it is shared").
func (vw *View) newStatementBetween(from, to int32) bool {
	for p := from + 1; p <= to && int(p) < len(vw.Toks); p++ {
		if vw.tok(p).SepBefore != text.SepComma {
			continue
		}
		q := p
		if vw.In(q, lexicon.WordsClauseJoiners) && q < to {
			q++
		}
		if vw.In(q, lexicon.WordsStatementOpeners) {
			return true
		}
	}
	return false
}

// dataSubjectAfterComma reports whether verb hit h, after a negator that
// ends at from, follows its own subject, data named right after a comma,
// perhaps after "the", "these" or "such", with a finite verb ("Though the
// data collected does not include your name, the data collected is used
// and shared by ..."; not a list item, "it does not apply to X, or
// information collected by others"): a new statement, which the negator
// does not reach.
func (vw *View) dataSubjectAfterComma(from int32, h lexicon.Hit) bool {
	p, finite := int32(-1), false
	for _, g := range vw.Hits {
		if vw.Entry(g).Cls == lexicon.ClassDatatype && (g.To == h.From || g.From == h.From) {
			p = g.From
			for q := g.To; q < g.To+3 && int(q) < len(vw.Toks); q++ {
				finite = finite || vw.Is(q, lexicon.GAuxiliaries)
			}
			break
		}
	}
	if !finite {
		return false
	}
	if p-1 > from && (vw.Is(p-1, lexicon.GThe) || vw.Is(p-1, lexicon.GDemonstratives)) {
		p--
	}
	// (", etc., the data ...": the stop of the abbreviation comes first.)
	sep := vw.tok(p).SepBefore
	return p > from+1 && (sep == text.SepComma || sep == text.SepStop && vw.Doc.abbreviationBefore(vw.Toks[p]))
}

// receiverOfDenied reports whether verb hit h opens with the "with" or
// "to" of a receiver at most four words after a negated verb that ends at
// negTo, in its clause: the receiver of the passing on that verb denies
// ("This does not mean that we will share your data with advertisers").
func (vw *View) receiverOfDenied(h lexicon.Hit, negTo int32) bool {
	return negTo > 0 && h.From >= negTo && h.From-negTo <= 4 && vw.Clause[h.From] == vw.Clause[negTo-1] && vw.Is(h.From, lexicon.GToWith)
}

// deniedSubject reports whether negator n, one word, opens the sentence
// (perhaps after a word giving a reason, GReasonOpeners: "As no account data
// such as your name is collected, ...") as the determiner of its subject,
// and passive verb h, at most fourteen words on, states what that subject
// undergoes: "No personal data about our users will ever be shared", "No
// data that we collect is ever sold". A long
// subject puts the verb beyond a negator's usual reach; a form of "be" or
// "have" in h or at most two words before it ("be released", "is ever
// sold") marks the passive verb of the subject, also for the verb after
// "and" or "or" that joins it ("is stored or shared").
func (vw *View) deniedSubject(n, h lexicon.Hit) bool {
	opens := int(n.From) == vw.Own || int(n.From) == vw.Own+1 && vw.Is(n.From-1, lexicon.GReasonOpeners)
	if !opens || n.To-n.From != 1 || h.From-n.To > 14 {
		return false
	}
	reach := h.From - 2 // "is ever sold"
	if h.From-1 > n.To && vw.Is(h.From-1, lexicon.GAndOr) {
		reach = h.From - 4 // "is stored or shared"
	}
	for q := h.From; q >= n.To && q >= reach; q-- {
		if vw.Is(q, lexicon.GAuxiliaries) {
			return true
		}
	}
	return false
}

// DNTVerb reports whether signal hit h, opening with "do", is a verb after
// its subject, not the signal's name: "We do not track or collect
// sensitive information", "We do not track or store a record of those
// comments" (no sentence about Do Not Track).
func (vw *View) DNTVerb(h lexicon.Hit) bool {
	return vw.Is(h.From, lexicon.GDo) && h.From > int32(vw.Own) && vw.Is(h.From-1, lexicon.GSubjects)
}

// dntName reports whether negation hit h is the "Not" of "Do Not Track"
// written as a name (capital N), which negates nothing.
func (vw *View) dntName(h lexicon.Hit) bool {
	p := int(h.From)
	if h.To-h.From != 1 || p == 0 || p+1 >= len(vw.Toks) {
		return false
	}
	t := vw.tok(int32(p))
	return t.Flags&text.TokUpper != 0 && vw.Is(int32(p), lexicon.GNot) && vw.Is(int32(p-1), lexicon.GDo) && vw.Is(int32(p+1), lexicon.GTrack)
}

// appendHits copies the resolved hits over tokens [from,to) into vw, moving
// positions by base; *hint is firstAtFrom's hint, and gets the first hit
// at or after to, the answer for the next sentence.
func (vw *View) appendHits(from, to, base int, hint *int) {
	j := firstAtFrom(vw.Doc.Hits, from, *hint)
	for ; j < len(vw.Doc.Hits) && int(vw.Doc.Hits[j].From) < to; j++ {
		h := vw.Doc.Hits[j]
		if int(h.To) > to || vw.IsRule(h, lexicon.RShare) && (vw.Doc.toReader(h, to) || vw.Doc.toPurpose(h)) {
			continue
		}
		h.From = h.From - int32(from) + int32(base)
		h.To = h.To - int32(from) + int32(base)
		vw.Hits = append(vw.Hits, h)
	}
	*hint = j
}

// negatorIn reports whether one of hits [from, to) is a negator.
func (vw *View) negatorIn(from, to int) bool {
	for _, h := range vw.Hits[from:to] {
		if vw.IsRule(h, lexicon.RNegation) {
			return true
		}
	}
	return false
}

// GoesOn reports whether its block (paragraph or list item) goes on after
// the sentence: "Information You Provide. We collect ..." (not a line of its
// own).
func (vw *View) GoesOn() bool {
	return len(vw.Toks) > 0 && vw.Toks[len(vw.Toks)-1]+1 < vw.Doc.Blocks[vw.block].TokTo
}

// OpensText reports whether the sentence opens the text, or a block that
// follows nothing but up to three headings that name the document
// ("Privacy Policy" over "May 1, 2020"): a date line there is the
// document's own. A block without words, the "=====" or "-----" that
// underlines a Markdown title, is passed over.
func (vw *View) OpensText() bool {
	if len(vw.Toks) == 0 || int(vw.Toks[vw.Own]) != vw.Doc.Blocks[vw.block].TokFrom {
		return false
	}
	headings := 0
	for b := 0; b < vw.block; b++ {
		blk := vw.Doc.Blocks[b]
		if blk.TokTo == blk.TokFrom {
			continue
		}
		if headings++; blk.Kind != text.BlockHeading || headings > 3 {
			return false
		}
		named := false
		for k := blk.TokFrom; k < blk.TokTo && !named; k++ {
			named = vw.Doc.IsWord(k, lexicon.GPolicyWords)
		}
		if !named {
			return false
		}
	}
	return true
}
