package analyzer

import (
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/policylens/policylens/analyzer/internal/classes"
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
	"github.com/policylens/policylens/analyzer/internal/text"
	"github.com/policylens/policylens/analyzer/model"
)

// The model pass reads each sentence with the sentence model (package
// model) after the rule classes have judged its hits, and weighs the two:
//
//   - a finding whose category the model is sure the sentence does not
//     state is dropped ("Access data or change customer data unless we are
//     authorized" names browsing data, but states no collection);
//   - a category or right the model is sure the sentence states, and that
//     no rule found there, is added as a finding of its own, its evidence the
//     words that weighed most.
//
// The model reads the sentence's words, its heading and list intro, and what
// the rules made of it (the rules that matched, the findings they kept, the
// sentence's context), so it learns where the rules are right.

// modelReader holds the model pass's model and the buffers it reuses for
// each sentence of one analysis.
type modelReader struct {
	m      *model.Model
	heads  *modelHeads
	in     model.Input
	rules  []string
	scores []int32
	scored *text.Sentence // the sentence scores holds the scores of
	yes    uint64         // the heads that say yes at scores (model.Model.YesHeads)
	top    []model.Contribution
	hs     []uint32 // the features of the sentence being read
	// ruleHashes remembers ruleFeatureHash's answers by a string's length
	// and last byte: most findings are of a few kinds and categories.
	ruleHashes [16]struct {
		k  string
		h  uint32
		ok bool
	}
	spans  []int32 // where the words of hs start and end (see TextHashesAt)
	spanOf string  // the text whose words hs and spans begin with
	// the heading's and intro's features, kept while sentences share them
	heading, intro contextPart
	// ctxSums is what the heading's and intro's features add to the
	// scores, for the heading and intro sumsOf (-1: none).
	ctxSums  []int32
	sumsOf   [2]int
	inputs   func(Span, *model.Input) // see ModelInputs
	hashHook func(Span, []uint32)     // sees the features scored (tests)
}

// contextPart is the features of a sentence's heading or list intro, kept
// while the sentences under it are read, and what they add to each head's
// score (model.Model.Sums), summed once for all of those sentences.
type contextPart struct {
	of   int // the heading's block or the intro's sentence; -1 for none yet
	hs   []uint32
	sums []int32
}

// read makes p the features of text, the heading or intro (of kind) at
// index of, working them and their sums out only when of is not the one
// read last; it returns of.
func (p *contextPart) read(m *model.Model, kind uint8, of int, text string) int {
	if of != p.of {
		p.of, p.hs = of, model.ContextHashes(kind, text, p.hs[:0])
		p.sums = m.Sums(p.hs, p.sums)
	}
	return of
}

// modelHeads are the indices of the heads the pass reads, and the rule of
// each head's findings, for one model.
type modelHeads struct {
	practice int
	category [model.NumCategories]int
	right    []int    // by index in model.Rights
	receiver []int    // by index in model.Recipients
	purpose  []int    // by index in model.Purposes
	rule     []string // by head: the rule of its findings, "model." and the head's name
	// The heads of each list above as bits, for a test against
	// modelReader.yes before the list's heads are asked one by one (all
	// bits when a head is past the 64th).
	categoryMask, rightMask, receiverMask, purposeMask uint64
}

// headMask returns the bits of heads (see modelHeads.rightMask).
func headMask(heads []int) uint64 {
	var mask uint64
	for _, h := range heads {
		if h >= 64 {
			return ^uint64(0)
		}
		if h >= 0 {
			mask |= 1 << h
		}
	}
	return mask
}

// receiverOf returns the head of recipient id, or -1.
func (hd *modelHeads) receiverOf(id string) int { return headOf(hd.receiver, model.Recipients, id) }

// purposeOf returns the head of purpose id (a group of purposes), or -1.
func (hd *modelHeads) purposeOf(id string) int { return headOf(hd.purpose, model.Purposes, id) }

// headOf returns heads[i] where ids[i] is id, or -1.
func headOf(heads []int, ids []string, id string) int {
	for i, x := range ids {
		if x == id {
			return heads[i]
		}
	}
	return -1
}

// rightOf returns the head of right id, or -1.
func (hd *modelHeads) rightOf(id string) int { return headOf(hd.right, model.Rights, id) }

var (
	headsMu    sync.Mutex
	headsCache = map[*model.Model]*modelHeads{}
)

// headsOf returns the modelHeads of m, worked out once per model.
func headsOf(m *model.Model) *modelHeads {
	headsMu.Lock()
	defer headsMu.Unlock()
	if h := headsCache[m]; h != nil {
		return h
	}
	h := &modelHeads{practice: m.Head(model.Statement + "practice"), right: make([]int, len(model.Rights))}
	for i, c := range model.Categories {
		h.category[i] = m.Head(model.Category + c)
	}
	for i, r := range model.Rights {
		h.right[i] = m.Head(model.Right + r)
	}
	h.receiver = make([]int, len(model.Recipients))
	for i, r := range model.Recipients {
		h.receiver[i] = m.Head(model.Recipient + r)
	}
	h.purpose = make([]int, len(model.Purposes))
	for i, p := range model.Purposes {
		h.purpose[i] = m.Head(model.Purpose + p)
	}
	h.categoryMask, h.rightMask = headMask(h.category[:]), headMask(h.right)
	h.receiverMask, h.purposeMask = headMask(h.receiver), headMask(h.purpose)
	h.rule = make([]string, len(m.Heads))
	for i, name := range m.Heads {
		h.rule[i] = "model." + name
	}
	headsCache[m] = h
	return h
}

// ruleFeature names, for the model, a finding's kind and category: fixed
// strings, so that naming them allocates nothing.
var ruleFeature = func() map[string]string {
	m := map[string]string{}
	for _, k := range []string{"collect", "share", "sale", "right", "retention", "security", "children", "change", "dnt", "transfer", "legal-basis", "practice", "contact", "purpose", "source", "breach", "updated"} {
		m[k] = "kind:" + k
	}
	for _, c := range append(model.Categories[:], "other") {
		m[c] = "category:" + c
	}
	return m
}()

// ruleFeatureHash holds the hashes of the ruleFeature names by what they
// name (a finding's kind or category, looked up once), of the names of the
// sentence-wide readings (contextFeatures), in their order, and of
// "negated". Like the names, a kind or category not named has the hash 0.
var (
	ruleFeatureHash = func() map[string]uint32 {
		m := map[string]uint32{}
		for k, name := range ruleFeature {
			m[k] = model.RuleHash(name)
		}
		return m
	}()
	contextFeatureHash = func() (hs [len(contextFeatures)]uint32) {
		for i, name := range contextFeatures {
			hs[i] = model.RuleHash(name)
		}
		return hs
	}()
	negatedHash = model.RuleHash("negated")
)

// contextFeatures name the rules' readings of a sentence as a whole that
// the model reads, in the order of contextFlags.
var contextFeatures = [...]string{"ctx:meta", "ctx:warning", "ctx:instructs", "ctx:other-topic", "ctx:choice", "ctx:heading",
	"ctx:listed", "ctx:carried", "ctx:third-party-subject", "ctx:intro-negated"}

// contextBits are the sentence-wide readings of ctx, a bit each in the
// order of contextFeatures (bit i for contextFeatures[i]).
func contextBits(ctx *sentence.Context) uint16 {
	return bit(ctx.Meta, 0) | bit(ctx.Warning, 1) | bit(ctx.Instructs, 2) | bit(ctx.OtherTopic, 3) | bit(ctx.Choice, 4) |
		bit(ctx.Heading, 5) | bit(ctx.Listed, 6) | bit(ctx.Carried.Collect || ctx.Carried.Share, 7) |
		bit(ctx.ThirdPartySubject, 8) | bit(ctx.IntroNeg, 9)
}

// bit returns 1<<i when on, else 0.
func bit(on bool, i uint) uint16 {
	if on {
		return 1 << i
	}
	return 0
}

// heading and intro return the section heading and the list intro of a
// sentence in block b ("" when it has none).
func heading(d *sentence.Doc, s *text.Sentence) string {
	if h := d.Blocks[s.Block].Heading; h >= 0 && h != s.Block {
		return d.Text[d.Blocks[h].Start:d.Blocks[h].End]
	}
	return ""
}

func intro(d *sentence.Doc, s *text.Sentence) string {
	if b := &d.Blocks[s.Block]; b.Kind == text.BlockListItem && b.Intro >= 0 {
		return d.Text[d.Sents[b.Intro].Start:d.Sents[b.Intro].End]
	}
	return ""
}

// input returns what the model reads of sentence s, as strings (for
// ModelInputs: training reads this; hashes is the same, faster): its text,
// heading and intro, and the rules' reading of it (ctx is nil when no rule
// matched in it; findings are the sentence's own).
func (mr *modelReader) input(d *sentence.Doc, s *text.Sentence, vw *sentence.View, ctx *sentence.Context, findings []Finding) *model.Input {
	in := &mr.in
	*in = model.Input{Text: d.Text[s.Start:s.End], Block: d.Blocks[s.Block].Kind, Heading: heading(d, s), Intro: intro(d, s)}
	rules := mr.rules[:0]
	if ctx != nil {
		for _, h := range vw.Hits {
			if int(h.From) >= vw.Own && !lawWordsTwice(vw, h) {
				rules = append(rules, vw.Entry(h).Rule)
			}
		}
		for i := range findings {
			f := &findings[i] // not a copy: a Finding is big
			if untrained(f) {
				continue
			}
			for _, name := range [2]string{ruleFeature[f.Kind], ruleFeature[f.Category]} {
				if name != "" { // a kind the model was not told of reads as nothing
					rules = append(rules, name)
				}
			}
			if f.Negated {
				rules = append(rules, "negated")
			}
		}
		for b := contextBits(ctx); b != 0; b &= b - 1 {
			rules = append(rules, contextFeatures[bits.TrailingZeros16(b)])
		}
	}
	mr.rules = rules
	in.Rules = rules
	return in
}

// hashes fills mr.hs with the hashes of the sentence's own features of what
// input returns for the same sentence (model.Hashes of it, in another
// order, without the heading's and intro's), using the rules' hashes worked
// out when the rules were loaded; and mr.heading and mr.intro with those of
// its heading and intro, kept from the sentence before when they are the
// same: what they add to the scores is summed once for all the sentences
// under them (ctxSums).
func (mr *modelReader) hashes(d *sentence.Doc, s *text.Sentence, vw *sentence.View, ctx *sentence.Context, findings []Finding) {
	txt := d.Text[s.Start:s.End]
	hs, n, spans := model.TokenHashesAt(txt, int32(s.Start), d.Toks[s.TokFrom:s.TokTo], mr.hs[:0], mr.spans[:0])
	mr.spans, mr.spanOf = spans, txt
	if ctx != nil {
		// lawWordsTwice is false but for a hit of these two rules: asked
		// of those only, with no call for the others (calls cost most in
		// WebAssembly).
		refs := &vw.Doc.Lexicon.Refs
		asNeeded, law := refs[lexicon.RAsNeeded], refs[lexicon.RLawEnforcement]
		for _, h := range vw.Hits {
			if int(h.From) >= vw.Own && !((h.Entry == asNeeded || h.Entry == law) && lawWordsTwice(vw, h)) {
				hs = append(hs, ruleHashes[h.Entry])
			}
		}
		for i := range findings {
			f := &findings[i] // not a copy: a Finding is big
			if untrained(f) {
				continue
			}
			if h, ok := mr.ruleHash(f.Kind); ok { // a kind the model was trained on
				hs = append(hs, h)
			}
			if h, ok := mr.ruleHash(f.Category); ok {
				hs = append(hs, h)
			}
			if f.Negated {
				hs = append(hs, negatedHash)
			}
		}
		for b := contextBits(ctx); b != 0; b &= b - 1 { // most sentences: one reading or none
			hs = append(hs, contextFeatureHash[bits.TrailingZeros16(b)])
		}
	}
	hs = model.ShapeHashes(d.Blocks[s.Block].Kind, txt, n, hs)
	of := [2]int{-1, -1}
	if h := heading(d, s); h != "" {
		of[0] = mr.heading.read(mr.m, model.KindHeading, d.Blocks[s.Block].Heading, h)
	}
	if in := intro(d, s); in != "" {
		of[1] = mr.intro.read(mr.m, model.KindIntro, d.Blocks[s.Block].Intro, in)
	}
	if of != mr.sumsOf {
		mr.sumsOf, mr.ctxSums = of, mr.ctxSums[:0]
		for i, p := range [2]*contextPart{&mr.heading, &mr.intro} {
			switch {
			case of[i] < 0:
			case len(mr.ctxSums) == 0:
				mr.ctxSums = append(mr.ctxSums, p.sums...)
			default:
				for k, v := range p.sums {
					mr.ctxSums[k] += v
				}
			}
		}
	}
	mr.hs = hs
}

// weigh reads sentence s with the model and weighs its findings, which are
// rd.findings[first:]: it drops those the model rules out and adds what the
// model is sure of and the rules missed.
func (mr *modelReader) weigh(rd *reading, s *text.Sentence, vw *sentence.View, ctx *sentence.Context, first int) {
	if mr.inputs != nil {
		mr.inputs(Span{s.Start, s.End}, mr.input(rd.d, s, vw, ctx, rd.findings[first:]))
	}
	if mr.m == nil {
		return
	}
	mr.hashes(rd.d, s, vw, ctx, rd.findings[first:])
	if mr.hashHook != nil {
		hs := slices.Clone(mr.hs) // and the heading's and intro's
		for i, p := range [2]*contextPart{&mr.heading, &mr.intro} {
			if mr.sumsOf[i] >= 0 {
				hs = append(hs, p.hs...)
			}
		}
		mr.hashHook(Span{s.Start, s.End}, hs)
	}
	// The heading's and intro's features are scored once, for all the
	// sentences under them (ctxSums).
	mr.scores, mr.scored = mr.m.ScoresWith(mr.hs, mr.ctxSums, mr.scores), s
	mr.yes = mr.m.YesHeads(mr.scores)
	m, hd := mr.m, mr.heads
	// Drop what the model rules out. The ways to use a right are kept by
	// finding index: they move with their findings.
	var found [model.NumCategories]bool
	toSharing := mr.passesData(rd, vw, ctx, rd.findings[first:])
	named := rd.d.Blocks[s.Block].Kind == text.BlockListItem && rightNames(vw, rd.findings[first:])
	n := first
	for i := first; i < len(rd.findings); i++ {
		f := &rd.findings[i]
		not := mr.rulesOut(f, vw, ctx)
		if not != "" && named && f.Kind == "right" && !f.Negated {
			// "You have the following rights:" then "Right to
			// correction or deletion": an item that only names rights
			// (see rightNames) states them as a title does.
			not = ""
		}
		if not != "" && not == f.Category && mr.collectedAnyway(f) {
			// "Search Encrypt uses cookies to determine ...": the rules
			// put data collected in a sentence about security (or
			// keeping, or the reader's choices) under that topic; the
			// model, sure the topic is not so and sure the sentence says
			// what they collect, moves the data there instead of
			// dropping it (the rules read it as collected all along).
			f.Category, not = "first-party-collection", ""
		}
		if not != "" && not == f.Category && toSharing && collectedData(f) {
			// "Your email address, stored on your device, may be shared
			// with our affiliates", "Partners may get what we hold, such
			// as your name and address": data the rules read as
			// collected, in a sentence the model is sure is about passing
			// data to others and not about the company's own collection.
			// The model moves the data to sharing, as the rules do with
			// data shared, instead of dropping it.
			f.Kind, f.Category, not = "share", "third-party-sharing", ""
		}
		if not != "" {
			rd.traceModel(*f, false, "model/not-", not)
			delete(rd.rights, i)
			continue
		}
		if ci := categoryIndex(f.Category); ci >= 0 {
			found[ci] = true
		}
		rd.moveFinding(i, n)
		n++
	}
	rd.findings = rd.findings[:n]
	// "California residents may request information about our disclosure
	// of personal information to third parties for their direct marketing
	// purposes. To make such a request, write to us at ...": California's
	// "Shine the Light" right to know who got data for marketing, which
	// neither OPP-115 nor the project's labels count as access to the
	// reader's data (annotations/README.md). The model, hearing "request"
	// and "information", reads such a paragraph as one of access; it adds
	// no access anywhere in it.
	asks := classes.SharingAskedAbout(vw) && vw.SetFrom(vw.Own, lexicon.WordsMarketing)
	// Add what it is sure of, in an English sentence: in a translation
	// pasted after the policy ("Las cookies son pequeños archivos ...") it
	// hears only the English words ("cookies"), not what the sentence says.
	// (Most sentences have no head below that says yes, nor ask: they
	// need not be read for their language.)
	if !asks && mr.yes&(hd.categoryMask|hd.rightMask|hd.receiverMask) == 0 || foreign(vw) {
		return
	}
	if asks {
		rd.asked = s.Block + 1
	}
	askedSharing := rd.asked == s.Block+1
	for ci, h := range hd.category {
		if mr.yes&hd.categoryMask == 0 {
			break // most sentences: no head of a category says yes
		}
		if h < 0 || found[ci] || !m.Yes(h, mr.scores[h]) || ci == userAccess && askedSharing {
			continue
		}
		if ci == thirdParty && receivedOnly(rd, vw, rd.findings[first:]) {
			// "Advertisers and other third parties may share information
			// with us", "we receive information about you from our
			// partners": the model hears data passing between companies,
			// the rules read where it comes from and no one it goes to.
			// Data a company gets from others is its own collection, not
			// sharing.
			continue
		}
		if ci == thirdParty && ctx != nil && ctx.Meta && !ctx.MetaIntro && describesPolicyFirst(vw) {
			// "This policy describes how we and our partners collect,
			// use and share information about you": what the policy
			// covers, an introduction, no statement that data goes to
			// others (the rules leave its parties out too).
			continue
		}
		if ci == thirdParty && classes.SharingAskedAbout(vw) {
			// "California residents may request information regarding
			// our disclosure of personal information to third parties
			// for their direct marketing purposes": the reader's right to
			// know, no statement that data goes there.
			continue
		}
		e := rd.d.Lexicon.ByClass["model"][model.Categories[ci]]
		if e == nil {
			continue
		}
		f := mr.finding(rd, s, h)
		f.Kind, f.ID, f.Category = "practice", e.ID, e.ID
		f.Explanation = mr.because(e.Explanation, f.Text, h)
		rd.findings = append(rd.findings, f)
		rd.traceModel(f, true, "model/", f.Category)
	}
	for ri, h := range hd.right {
		if mr.yes&hd.rightMask == 0 {
			break // most sentences: no head of a right says yes
		}
		if h >= 0 && m.Yes(h, mr.scores[h]) && !hasFinding(rd.findings[first:], "right", model.Rights[ri]) && !(askedSharing && model.Rights[ri] == "access") {
			// "For purposes of the CCPA, we do not sell personal
			// information": a denial that names neither the reader nor
			// a right or request, which the model reads as about the
			// right to opt out of sales too, gives no such right.
			if model.Rights[ri] == "opt-out-sale" && deniedSale(rd.findings[first:]) && !vw.SentenceHas(lexicon.GReadersRight) {
				continue
			}
			// "most web browsers have a Do Not Track feature that lets you
			// tell websites you do not want to be tracked": the model hears
			// "Do Not Sell" in "Do Not Track"; a sentence on the signal
			// that names no sale opts out of none.
			if model.Rights[ri] == "opt-out-sale" && hasFinding(rd.findings[first:], "dnt", "") && !hasFinding(rd.findings[first:], "sale", "") {
				continue
			}
			// "If you wish to cancel your child's membership, please
			// contact us", "If we deny your request, we will explain
			// why": a sentence under the rights that names no deleting,
			// in its own words or its list intro's, grants no deletion.
			if model.Rights[ri] == "deletion" && !vw.HasSetWord(lexicon.Hit{From: 0, To: int32(len(vw.Toks))}, lexicon.WordsErasing) {
				continue
			}
			mr.add(rd, s, h, "right", model.Rights[ri], "right", "")
		}
	}
	// A recipient it is sure of, in a sentence that denies nothing: the
	// model reads "we never share with advertisers" as about advertisers
	// too, and a denial is no evidence that they get data.
	if vw.Denies() {
		return
	}
	for ri, h := range hd.receiver {
		if mr.yes&hd.receiverMask == 0 {
			break // most sentences: no head of a recipient says yes
		}
		// A business transfer in a sentence with no word of changing
		// hands ("Personal data is an integral part of our business", "In
		// the event of a dispute, ...", "We work with many business
		// partners") is the model reading the words "business" or "event"
		// alone.
		if h < 0 || !m.Yes(h, mr.scores[h]) || ri == businessTransfer && !vw.SetFrom(0, lexicon.WordsHandOver) {
			continue
		}
		if !hasFinding(rd.findings[first:], "share", model.Recipients[ri]) {
			mr.add(rd, s, h, "recipient", model.Recipients[ri], "share", "third-party-sharing")
		}
	}
}

// foreign reports whether the sentence's own words look like another
// language: of at least eight words, none is among the commonest English
// words, or of sixteen or more, fewer than one in sixteen. (An English
// list item may hold few: "email notification settings (including
// Product Availability Alerts, Delivers and newsletters);".)
func foreign(vw *sentence.View) bool {
	words := len(vw.Toks) - vw.Own // at least the words counted (numbers are not)
	if words < 8 {
		return false
	}
	n, en := 0, 0
	d := vw.Doc
	for _, k := range vw.Toks[vw.Own:] {
		t := &d.Toks[k] // vw.Tok and vw.In without a call a word (calls cost most in WebAssembly)
		if t.Num >= 0 {
			continue
		}
		n++
		if d.Lexicon.InSet(t.ID, lexicon.WordsEnglish) {
			en++
			if en*16 >= words {
				return false // English enough whatever the rest holds
			}
		}
	}
	return n >= 8 && en == 0 || n >= 16 && en*16 < n
}

// ruleHash returns ruleFeatureHash[k], remembered in a slot.
func (mr *modelReader) ruleHash(k string) (uint32, bool) {
	if len(k) == 0 {
		h, ok := ruleFeatureHash[k]
		return h, ok
	}
	slot := &mr.ruleHashes[(len(k)*8^int(k[len(k)-1]))&(len(mr.ruleHashes)-1)]
	if slot.k != k {
		slot.h, slot.ok = ruleFeatureHash[k]
		slot.k = k
	}
	return slot.h, slot.ok
}

// thirdParty is the index of third-party sharing in model.Categories.
var thirdParty = categoryIndex("third-party-sharing")

// userAccess is the index of user access in model.Categories.
var userAccess = categoryIndex("user-access")

// receivedOnly reports whether the rules read, in the sentence of vw whose
// findings are fs, a party data comes from (a source, not denied: the aside
// class of sources, judged here ahead of its turn) and no data passed on (no
// share or sale finding).
func receivedOnly(rd *reading, vw *sentence.View, fs []Finding) bool {
	for i := range fs {
		if fs[i].Kind == "share" || fs[i].Kind == "sale" || fs[i].Category == "third-party-sharing" {
			return false
		}
	}
	for i, h := range vw.Aside {
		if vw.Entry(h).Class != "source" {
			continue
		}
		// A party data passes "through" ("pay through a payment
		// processor", "seen through search engines") is as often one it
		// goes to: a source read by its lead word counts where "from"
		// names where data comes from.
		if vd := judges[h.Entry].Judge(vw, &rd.ctx, i, h); vd.Keep && !vd.Negated && (vd.Reason != "source/from" || vw.SentenceHas(lexicon.GFrom)) {
			return true
		}
	}
	return false
}

// businessTransfer is the index of the business transfer in model.Recipients.
var businessTransfer = slices.Index(model.Recipients, "business-transfer")

// deniedSale reports whether the rules read a denial of selling among
// findings.
func deniedSale(findings []Finding) bool {
	for i := range findings {
		if findings[i].Kind == "sale" && findings[i].Negated {
			return true
		}
	}
	return false
}

// add adds to sentence s the finding of head h the model is sure of: the
// entry id of the rules' class, as a finding of kind and category (the
// entry's own when category is ""), over the whole sentence.
func (mr *modelReader) add(rd *reading, s *text.Sentence, h int, class, id, kind, category string) {
	e := rd.d.Lexicon.ByClass[class][id]
	if e == nil {
		return
	}
	if category == "" {
		category = e.Category
	}
	f := mr.finding(rd, s, h)
	f.Kind, f.ID, f.Category = kind, e.ID, category
	f.Explanation = mr.because(explain(&f, e), f.Text, h)
	rd.findings = append(rd.findings, f)
	rd.traceModel(f, true, "model/", class)
}

// addPurposes adds to sentence s the purposes the model is sure of, where
// the rules found none (its findings are rd.findings[first:], the aside ones
// among them: "research on the effectiveness of marketing" is research, not
// marketing), in a sentence that denies nothing and where the rules read
// data being used: the model knows what for, the rules whether a use is
// stated at all ("You may unsubscribe from our newsletters" names marketing
// and states no use).
func (mr *modelReader) addPurposes(rd *reading, s *text.Sentence, vw *sentence.View, ctx *sentence.Context, first int) {
	if mr.m == nil || mr.scored != s || !mr.surePurpose() || vw.Denies() || !usesData(vw, ctx) || hasFinding(rd.findings[first:], "purpose", "") || vw.OthersInGeneral() || pointsOn(vw) {
		return
	}
	for pi, h := range mr.heads.purpose {
		if h >= 0 && mr.m.Yes(h, mr.scores[h]) {
			mr.add(rd, s, h, "purpose", model.Purposes[pi], "purpose", "other")
		}
	}
}

// pointsOn reports whether the sentence opens with a pointer to more reading
// ("For more information, see ...", "To learn more about how ads work,
// visit ..."): what it points to is named, no use stated, as the rules read
// a purpose after one (see sentence.View.Pointer).
func pointsOn(vw *sentence.View) bool {
	own := int32(vw.Own)
	return int(own)+1 < len(vw.Toks) && (vw.Is(own, lexicon.GFor) || vw.Is(own, lexicon.GTo)) && vw.Is(own+1, lexicon.GLearnMore)
}

// surePurpose reports whether the model is sure of a purpose in the
// sentence scored last: most often it is of none, and addPurposes, which
// adds only those, need not read the sentence.
func (mr *modelReader) surePurpose() bool {
	if mr.yes&mr.heads.purposeMask == 0 {
		return false
	}
	for _, h := range mr.heads.purpose {
		if h >= 0 && mr.m.Yes(h, mr.scores[h]) {
			return true
		}
	}
	return false
}

// usesData reports whether the rules read the sentence of vw, with context
// ctx (nil when no rule matched), as stating that data is collected, used,
// kept or passed on, and as none of a heading, a question, a pointer, advice
// to the reader, the reader's choice, a sentence about the policy itself or
// one about another topic (rights, security, retention, children...).
func usesData(vw *sentence.View, ctx *sentence.Context) bool {
	switch {
	case ctx == nil || ctx.Heading || ctx.Question || ctx.Navigation || ctx.Meta || ctx.Warning || ctx.Instructs || ctx.Choice || ctx.ChoiceRight || ctx.OtherTopic:
		return false
	case ctx.ProtectsOnly():
		return false // protecting data, not using it
	}
	return ctx.HandlesData() || vw.Own > 0 && ctx.HeadingCollect
}

// rulesOut returns what the model is sure is not so of finding f of the
// sentence it read, vw with context ctx (see sureNot), ruling f out: its
// category, or for a right or a recipient the right or recipient; or "" when
// f stands.
func (mr *modelReader) rulesOut(f *Finding, vw *sentence.View, ctx *sentence.Context) string {
	if !weighable(f.Kind) {
		return ""
	}
	// "We follow the law whenever we receive requests about you from a
	// government", "how we respond to government requests": the authorities
	// asking for the reader's data, in the rules' exact words (a word of
	// asking inside the recipient's: words demands); the model reads the
	// sentence as one about how they answer, not about passing data on.
	if f.Kind == "share" && f.ID == "law-enforcement" && !f.Negated && spanHas(vw, f, lexicon.WordsDemands) {
		return ""
	}
	// "You should log out of your account on a shared computer", "We urge
	// you to choose a strong password": security advice the sentence gives
	// the reader (it instructs or warns them), in the rules' exact words;
	// the model reads it as about the reader's account, not security.
	// "You must log out of Google before you visit our site" (the advice's
	// words end in "of": the account left is another company's) is left
	// to the model.
	if f.Kind == "security" && f.ID == "advice" && ctx != nil && (ctx.Instructs || ctx.Warning) && !endsWith(vw, f, lexicon.GOf) {
		return ""
	}
	// "We use Google Analytics to understand how visitors use the site",
	// "We use Mixpanel to measure use of the app": an analytics service
	// named by its name, in the rules' exact words, is a company that gets
	// data on the reader's visits; the model reads such a sentence as one
	// about the company's own collection of usage data. Only where the
	// rules read data being used (see usesData): a way to opt out of it
	// ("To prevent Google Analytics from collecting your data, install
	// ...") or a pointer to its policy states no practice, and a sentence
	// that denies something ("the section on Firebase data collection does
	// not apply, as we do not use this feature") is left to the model.
	if f.Kind == "share" && f.ID == "analytics" && !f.Negated && spanHas(vw, f, lexicon.WordsAnalyticsNames) && usesData(vw, ctx) && !vw.Denies() {
		return ""
	}
	// Keeping data the reader asked to delete is the rules' exact words
	// ("we cannot delete all of it", "backup copies may remain"): the model
	// reads the sentence as one about the right to delete.
	if f.Kind == "retention" && f.ID == "kept-after-deletion" {
		return ""
	}
	// A period of keeping is the rules' exact words too, a number and its
	// unit ("we store your location for up to 48 hours", "13 - 36
	// months"): the whole sentence's reading may miss keeping in words
	// it seldom saw, the period never names anything else.
	if f.Kind == "retention" && f.ID == "period" && !f.Negated {
		return ""
	}
	// Earlier versions of the policy offered ("Previous versions can be
	// found below", "View the previous version"; the rubric's archived
	// cues) are the rules' exact words too: the model reads the whole
	// sentence, most often an approval or date line at the page's end,
	// as no statement about changing the policy.
	if f.Kind == "change" && !f.Negated && rubricSets.archived.atWordStart(f.Text) {
		return ""
	}
	// A right the model's head for it is sure of stands, whatever the head
	// of its category says: the rules' words for it are the better evidence
	// than the whole sentence the model would add in its place.
	// A right read from its rule's full phrase with its object, given to
	// the reader close before it ("you can choose not to have your
	// information shared", "You can opt out of those": see
	// classes.PhraseGranted), and not denied, stands: the phrase is the
	// better evidence than the model's reading of the whole sentence, which
	// misses rights put in words it seldom saw. A heading or a pointer to
	// a section names a topic, and a sentence that denies something ("We
	// do not share it except when we give you an opportunity to opt out
	// of ...", "We do not respond to mechanisms that might enable
	// consumers to opt out of tracking") may offer the right only in
	// passing: those are left to the model. (A bare "opt out"
	// or "privacy settings" is left to it too: the model rules most of
	// those out rightly.)
	if f.Kind == "right" && f.note&noteRightPhrase != 0 && !f.Negated && ctx != nil && !ctx.Heading && !ctx.Navigation && !vw.Denies() {
		return ""
	}
	// A title that is the right's name and nothing else ("Right to
	// Delete:" before its paragraph, "Your Right to Opt Out") heads the
	// section that offers it (see rightTitle): the rules read it whole,
	// and the model, which weighs a title's words as a topic, is no
	// better judge of it.
	if f.Kind == "right" && !f.Negated && ctx != nil && (ctx.Heading || ctx.Title || ctx.RunIn) && rightTitle(vw, f) {
		return ""
	}
	rh := -1
	if f.Kind == "right" {
		rh = mr.heads.rightOf(f.ID)
		if rh >= 0 && mr.m.Yes(rh, mr.scores[rh]) {
			return ""
		}
	}
	if ci := categoryIndex(f.Category); ci >= 0 {
		if h := mr.heads.category[ci]; h >= 0 && mr.sureNot(h) {
			return f.Category
		}
	}
	if rh >= 0 && mr.m.Low(rh, mr.scores[rh]) {
		return f.ID
	}
	// A denial stands whatever kind of party it names ("We do not give
	// information to any other organization"): it still denies.
	if f.Kind == "share" && !f.Negated {
		if h := mr.heads.receiverOf(f.ID); h >= 0 && mr.sureNot(h) {
			return f.ID
		}
	}
	return ""
}

// collectedAnyway reports whether f, data the rules read as collected under
// another topic than collection, is data the model reads the sentence as
// collecting: its head of first-party collection is sure of yes.
func (mr *modelReader) collectedAnyway(f *Finding) bool {
	if f.Kind != "collect" || f.Negated || f.Category == "first-party-collection" {
		return false
	}
	h := mr.heads.category[categoryIndex("first-party-collection")]
	return h >= 0 && mr.m.Yes(h, mr.scores[h])
}

// passesData reports whether the model reads the sentence of vw, whose
// findings are fs, as passing data to others where the rules would let it
// add sharing itself: its head of third-party sharing is sure of yes, in a
// sentence that denies nothing ("We never share your data with others,
// except your health data with your consent" is left to the model), where
// the rules read no data only received from others (see receivedOnly) and
// no right to ask about sharing (classes.SharingAskedAbout). Only a
// sentence with such data (see collectedData) asks.
func (mr *modelReader) passesData(rd *reading, vw *sentence.View, ctx *sentence.Context, fs []Finding) bool {
	h := mr.heads.category[thirdParty]
	if h < 0 || !mr.m.Yes(h, mr.scores[h]) {
		return false
	}
	has := false
	for i := range fs {
		has = has || collectedData(&fs[i])
	}
	if !has || vw.Denies() || classes.SharingAskedAbout(vw) {
		return false
	}
	// What the model keeps: a sharing it rules out is no data passed on.
	kept := make([]Finding, 0, len(fs))
	for i := range fs {
		if mr.rulesOut(&fs[i], vw, ctx) == "" {
			kept = append(kept, fs[i])
		}
	}
	return !receivedOnly(rd, vw, kept)
}

// collectedData reports whether f is data the rules read as collected by
// the company, not denied.
func collectedData(f *Finding) bool {
	return f.Kind == "collect" && !f.Negated && f.Category == "first-party-collection"
}

// spanHas reports whether a word of set w stands within finding f's words
// in the sentence of vw.
func spanHas(vw *sentence.View, f *Finding, w lexicon.WordSet) bool {
	if !vw.MayHaveIn(w) {
		return false
	}
	d := vw.Doc
	for _, k := range vw.Toks[vw.Own:] {
		if t := &d.Toks[k]; int(t.Start) >= f.Start && int(t.End) <= f.End && d.Lexicon.InSet(t.ID, w) { // vw.Tok and vw.In with no call a word
			return true
		}
	}
	return false
}

// rightTitle reports whether the sentence of vw is the name of right
// finding f and nothing else, the word "right" in it ("Right to Delete",
// "Your Right of Access"): the title of the section that offers it. A
// topic's title ("Deleting Your Account", "Ad settings") is left to the
// model.
func rightTitle(vw *sentence.View, f *Finding) bool {
	named := false
	for p := int32(vw.Own); int(p) < len(vw.Toks); p++ {
		t := vw.Tok(p)
		if int(t.Start) < f.Start || int(t.End) > f.End {
			if !vw.Is(p, lexicon.GReaderNames) {
				return false
			}
		} else if vw.Is(p, lexicon.GRight) {
			named = true
		}
	}
	return named
}

// rightNames reports whether the sentence of vw only names rights, the
// word "right" among them: each word is in one of its right findings fs, or
// is "and", "or" or a name of the reader ("Right to correction or
// deletion", "Your right of access and portability").
func rightNames(vw *sentence.View, fs []Finding) bool {
	named := false
	for p := int32(vw.Own); int(p) < len(vw.Toks); p++ {
		t := vw.Tok(p)
		in := false
		for i := range fs {
			if fs[i].Kind == "right" && int(t.Start) >= fs[i].Start && int(t.End) <= fs[i].End {
				in = true
				break
			}
		}
		switch {
		case !in && !vw.Is(p, lexicon.GReaderNames) && !vw.Is(p, lexicon.GAndOr):
			return false
		case in && vw.Is(p, lexicon.GRight):
			named = true
		}
	}
	return named
}

// endsWith reports whether finding f's last word, in the sentence of vw, is
// of grammar set g.
func endsWith(vw *sentence.View, f *Finding, g lexicon.GrammarSet) bool {
	for p := int32(len(vw.Toks)) - 1; p >= int32(vw.Own); p-- {
		if t := vw.Tok(p); int(t.End) <= f.End && int(t.Start) >= f.Start {
			return vw.Is(p, g)
		}
	}
	return false
}

// rulesOutPurpose returns the group of purpose finding f of sentence s when
// the model rules f out (its group's head is sure it is not so: see
// sureNot), or "". The purposes are aside findings, made after the model has
// weighed the others: it judges them with the scores of s, when it has read
// s.
func (mr *modelReader) rulesOutPurpose(f *Finding, s *text.Sentence, lx *lexicon.Lexicon) string {
	if mr.m == nil || mr.scored != s || f.Negated {
		return ""
	}
	e := lx.ByClass["purpose"][f.ID]
	if e == nil {
		return ""
	}
	if h := mr.heads.purposeOf(e.Group); h >= 0 && mr.sureNot(h) {
		return e.Group
	}
	return ""
}

// sureNot reports whether head h of the sentence last scored is sure of
// no: its score is below the head's floor, and below what would make the
// model add the head's finding itself.
func (mr *modelReader) sureNot(h int) bool {
	return mr.m.Low(h, mr.scores[h]) && !mr.m.Yes(h, mr.scores[h])
}

// weighable reports whether findings of kind state a practice the model may
// rule out: contacts, transfers and legal bases are facts the rules read
// exactly, and the model has no category for them.
func weighable(kind string) bool {
	switch kind {
	case "contact", "transfer", "legal-basis":
		return false
	}
	return true
}

// finding starts a finding the model adds to sentence s for head h: the
// model read the whole sentence, so the whole sentence is its evidence (the
// words that weighed most go into the explanation).
func (mr *modelReader) finding(rd *reading, s *text.Sentence, h int) Finding {
	return Finding{Start: s.Start, End: s.End, Text: rd.d.Text[s.Start:s.End], Rule: mr.heads.rule[h], Sentence: Span{s.Start, s.End}}
}

// because completes the explanation of a model decision on head h, on
// sentence txt, with its probability and the words that weighed most:
// `... (86%: “retain”, “as long as”).`
func (mr *modelReader) because(what, txt string, h int) string {
	// Its words and word pairs name what weighed most: those of the
	// sentence scored last, its words not hashed again.
	hs, spans := mr.hs, mr.spans
	if txt != mr.spanOf {
		hs, _, spans = model.TextHashesAt(txt, nil, nil)
	}
	var b strings.Builder
	b.Grow(len(what) + 96) // the probability and three quoted words, most often
	b.WriteString(strings.TrimSuffix(what, "."))
	b.WriteString(" (")
	b.WriteString(strconv.Itoa(int(100 * mr.m.Probability(mr.scores[h]))))
	b.WriteString("%")
	sep := ": "
	mr.top = mr.m.Explain(h, hs, spans, len(txt), true, 3, mr.top[:0])
	in := &model.Input{Text: txt}
	for _, c := range mr.top {
		b.WriteString(sep)
		b.WriteString("“")
		b.WriteString(c.Feature.Name(in))
		b.WriteString("”")
		sep = ", "
	}
	b.WriteString(").")
	return b.String()
}

// categoryIndex returns the index of category c in model.Categories, or -1:
// the category at c's place in categoryAt, if it is c.
func categoryIndex(c string) int {
	if c == "" {
		return -1
	}
	if i := int(categoryAt[categorySlot(c)]) - 1; i >= 0 && model.Categories[i] == c {
		return i
	}
	return -1
}

// categorySlot is the place of category c in categoryAt: its length and its
// last byte tell the categories apart.
func categorySlot(c string) int { return (len(c) + int(c[len(c)-1])) & 31 }

// categoryAt holds, at each category's categorySlot, its index in
// model.Categories plus one: one string comparison where a look through the
// list made up to nine (4.7 M instructions over tb150).
var categoryAt = func() (t [32]int8) {
	for i, c := range model.Categories {
		if t[categorySlot(c)] != 0 {
			panic("analyzer: two categories at one place of categoryAt")
		}
		t[categorySlot(c)] = int8(i + 1)
	}
	return t
}()

// hasFinding reports whether fs holds a finding of kind and id (of any id
// when id is "").
func hasFinding(fs []Finding, kind, id string) bool {
	for i := range fs {
		f := &fs[i] // not a copy: a Finding is big
		if f.Kind == kind && (f.ID == id || id == "") {
			return true
		}
	}
	return false
}

// traceModel reports a model decision to the trace, for the reason
// prefix+what (joined only when there is a trace).
func (rd *reading) traceModel(f Finding, kept bool, prefix, what string) {
	if rd.trace != nil {
		rd.trace(traceEvent{Rule: f.Rule, Start: f.Start, End: f.End, Sentence: f.Sentence, Kept: kept, Reason: prefix + what})
	}
}

// ModelInput is what the sentence model reads of one sentence of a text.
type ModelInput struct {
	Span
	Input model.Input
}

// ModelInputs returns what the sentence model reads of each sentence of text
// (the analyzer's own units, with the rules' reading of each), for training
// and evaluating models; the strings point into text.
func ModelInputs(text string) []ModelInput {
	var out []ModelInput
	c := config{model: noModel, inputs: func(s Span, in *model.Input) {
		x := *in
		x.Rules = append([]string(nil), in.Rules...)
		out = append(out, ModelInput{s, x})
	}}
	analyze(text, &c)
	return out
}

// sentenceModel returns the model c asks for: the default one, another, or
// none (nil).
func sentenceModel(c *config) *model.Model {
	switch c.model {
	case nil:
		return defaultModel()
	case noModel:
		return nil
	}
	return c.model
}

// lawWordsTwice reports whether hit h is the second reading of words of the
// law that both a law-enforcement recipient and a keeping "as needed" read
// ("as required by law": the authorities', and how long data is kept), the
// one the model was trained without: the as-needed hit a law-enforcement
// hit covers, or a law-enforcement hit an as-needed one covers strictly.
// Resolving once kept only the first; both stand now for their classes to
// judge, and the model still reads the words as it learnt them.
func lawWordsTwice(vw *sentence.View, h lexicon.Hit) bool {
	asNeeded, law := vw.IsRule(h, lexicon.RAsNeeded), vw.IsRule(h, lexicon.RLawEnforcement)
	if !asNeeded && !law {
		return false
	}
	for _, g := range vw.Hits {
		if g.From > h.From {
			break
		}
		switch {
		case asNeeded && vw.IsRule(g, lexicon.RLawEnforcement) && g.To >= h.To:
			return true
		case law && vw.IsRule(g, lexicon.RAsNeeded) && g.To >= h.To && (g.From < h.From || g.To > h.To):
			return true
		}
	}
	return false
}

// untrained reports whether the model's features leave finding f out, in
// training (make model reads sentences through this reader) as in
// analysis: a denial that data is kept at all ("we never keep logs", a
// "not-kept" retention finding), which came after the model's features were
// chosen; the model reads the sentence by the hits that make the denial.
func untrained(f *Finding) bool { return f.Kind == "retention" && f.ID == "not-kept" }

// describesPolicyFirst reports whether the sentence opens with what the
// policy itself describes ("This policy describes how we and our partners
// collect, use and share information about you"; see
// sentence.View.DescribesPolicy).
func describesPolicyFirst(vw *sentence.View) bool {
	at := vw.DescribesPolicy()
	return at >= 0 && at <= int32(vw.Own)+3
}
