package analyzer

import (
	"math"

	"github.com/policylens/policylens/analyzer/internal/classes"
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/outline"
	"github.com/policylens/policylens/analyzer/internal/sentence"
	"github.com/policylens/policylens/analyzer/internal/text"
	"github.com/policylens/policylens/analyzer/model"
	"github.com/policylens/policylens/internal/decimal"
)

func analyze(input string, c *config) *Report {
	r := newReport(len(input))
	if !checkInput(input, r) {
		return r
	}
	lx := rules()
	sb := getScratch()
	defer putScratch(sb)
	d := &sentence.Doc{Text: input, Lexicon: lx}
	rd := &reading{d: d, vw: &sb.vw, trace: c.trace, findings: sb.findings[:0], spans: sb.spans[:0]}
	rd.model = &sb.model
	rd.model.m, rd.model.inputs, rd.model.hashHook = sentenceModel(c), c.inputs, c.hashes
	rd.model.heading.of, rd.model.intro.of, rd.model.sumsOf, rd.model.scored = -1, -1, [2]int{-2, -2}, nil
	if rd.model.m != nil {
		rd.model.heads = headsOf(rd.model.m)
	}
	rd.vw.Entries = lx.Entries
	defer func() {
		clear(rd.findings) // the pool must not keep the text alive
		sb.toks, sb.findings, sb.spans = d.Toks[:0], rd.findings[:0], rd.spans[:0]
		sb.vw.Release()
		sb.model = modelReader{scores: sb.model.scores[:0], rules: sb.model.rules[:0], hs: sb.model.hs[:0],
			heading: contextPart{hs: sb.model.heading.hs[:0], sums: sb.model.heading.sums[:0]}, intro: contextPart{hs: sb.model.intro.hs[:0], sums: sb.model.intro.sums[:0]}, ctxSums: sb.model.ctxSums[:0],
			top: sb.model.top[:0], spans: sb.model.spans[:0]}
		if cap(sb.toks) > 1<<20 { // do not keep the buffers of a huge input alive
			*sb = scratch{}
		}
	}()
	tz := &sb.tz
	if tz.Words != &lx.Words || tz.WordHash == nil {
		*tz = text.Tokenizer{Words: &lx.Words, WordHash: model.WordHash}
	}
	if want := len(input)/5 + 16; cap(sb.toks) < want {
		sb.toks = make([]text.Token, 0, want) // about one token per five bytes: no regrowth
	}
	d.Toks = tz.Tokenize(input, sb.toks[:0])
	r.Stats.Words = len(d.Toks)
	english, ol := checkLanguage(input, d.Toks, lx, r)
	if ol != nil {
		sb.lines, d.Blocks, d.Sents = text.BuildStructure(input, d.Toks, lx.Abbreviations(), sb.lines, sb.blocks, sb.sents)
		sb.blocks, sb.sents = d.Blocks, d.Sents
		findings, reasons, dates := readOutline(r, d, lx, ol)
		finish(r, input, d, lx, findings, nil, dates, ol, c.withBlocks)
		if c.trace != nil {
			for i, f := range r.Findings { // in the order of the findings (TestOutlineCases pairs them)
				c.trace(traceEvent{Rule: f.Rule, Start: f.Start, End: f.End, Sentence: f.Sentence, Kept: true, Reason: "outline/" + reasons[i]})
			}
		}
		return r
	}
	if !english {
		return r
	}
	if want := len(d.Toks) + 16; cap(sb.raw) < want {
		sb.raw, sb.hits = make([]lexicon.Hit, 0, want), make([]lexicon.Hit, 0, want)
	}
	d.NamesAsWe() // "Acme does not sell" in the policy of Acme ("we"): we do not
	sb.raw = lx.Match(d.Toks, sb.raw[:0])
	sb.lines, d.Blocks, d.Sents = text.BuildStructure(input, d.Toks, lx.Abbreviations(), sb.lines, sb.blocks, sb.sents)
	sb.blocks, sb.sents = d.Blocks, d.Sents
	sb.raw = keptHits(d, sb.raw)
	sb.raw = d.DataAbbreviations(sb.raw) // "Computer Identifying Information (CIN)", then "we share CIN"
	sb.hits, sb.aside = lexicon.Resolve(lx, sb.raw, sb.hits[:0], sb.aside[:0])
	d.Hits, d.Aside = sb.hits, sb.aside
	d.FindOwnNames()
	for i := range d.Sents {
		if len(rd.findings) >= MaxFindings {
			r.Notices = append(r.Notices, truncated(d.Sents[i].Start))
			break
		}
		rd.sentence(i)
		if q := d.Answers(i); q >= 0 {
			rd.answer(i, q)
		}
	}
	rd.findings = contacts(d, rd.findings)
	finish(r, input, d, lx, rd.findings, rd.rights, rd.dates, nil, c.withBlocks)
	return r
}

// finish makes the report's sections of the findings of a reading (a copy
// of them goes in r), as every reading does: the intros of list items, the
// summary, the fields, the points, what a policy does not say, the stats,
// the blocks when asked for, the notice of a text that is no policy and
// the rubric. rights are the details of the right findings (by index) and
// dates the dates of the findings that hold one. ol is the language of a
// text read in outline, nil for English: its periods are written in
// English, and what it does not say is not listed (an outline cannot
// claim an absence); it is a policy when any finding is more than an
// address.
func finish(r *Report, input string, d *sentence.Doc, lx *lexicon.Lexicon, findings []Finding, rights map[int]classes.RightDetails, dates []dated, ol *outline.Lang, withBlocks bool) {
	r.Findings = append(make([]Finding, 0, len(findings)), findings...)
	addIntros(r.Findings, d.Blocks, d.Sents)
	// Which findings are of aggregate data only: the findings' kinds, rules
	// and sentences do not change from here on, and four parts ask.
	aggregate := aggregateOnly(r)
	summarize(r, input, lx, rights, aggregate)
	addFields(r, lx, dates)
	if ol != nil {
		englishPeriods(r, ol)
	}
	addPoints(r, input, aggregate)
	var policy bool
	if ol != nil {
		policy = statesMore(r.Findings)
	} else if policy = policyLanguage(d, r.Findings); policy {
		addMissing(r, input, aggregate) // what a policy does not say; a recipe is not a policy that says nothing
	}
	r.Stats.Sentences = len(d.Sents)
	r.Stats.Blocks = len(d.Blocks)
	r.Stats.Findings = len(r.Findings)
	if withBlocks {
		for _, b := range d.Blocks {
			r.Blocks = append(r.Blocks, Block{Kind: b.Kind, Start: b.Start, End: b.End})
		}
	}
	if !policy {
		r.Notices = append(r.Notices, Notice{ID: "not-a-policy", Level: "warning",
			Message: "This text does not read like a privacy policy: no statements about personal data were found."})
	}
	addRubricOf(r, input, aggregate)
}

// keptHits drops from raw (in token order), in one pass, the matches that
// run on past the end of the sentence they start in: a line break is no
// separator to the matcher, but the line of a heading ends its sentence
// ("SOURCES OF PERSONAL DATA" over "We collect ...": no "data we collect"
// across them); and the recipients named by a common word that is not
// their name there (sentence.Doc.CommonBrand); and the rights of access
// that are a verb of the company's use of data (lexicon.JoinedRight: "use or
// access personal data"). A data hit that shares its head noun with the
// next one ends before their "and" (sharedHeadEnd).
func keptHits(d *sentence.Doc, raw []lexicon.Hit) []lexicon.Hit {
	sents := d.Sents
	lx := d.Lexicon
	access := lx.Refs[lexicon.RAccess]
	// The hits kept are moved down in raw[:n]. The tests that call out,
	// of a few classes' hits, are in a call of their own (keptHit), so
	// that the loop stores less to the stack for the other hits.
	// [from, to) are the tokens of sentence s, the first that ends
	// after the hit starts (past every token when there is none): read
	// again only when a hit starts past it.
	n, s := 0, 0
	from, to := int32(math.MaxInt32), int32(math.MaxInt32)
	if len(sents) > 0 {
		from, to = int32(sents[0].TokFrom), int32(sents[0].TokTo)
	}
	for i := range raw {
		h := raw[i]
		if h.From >= to {
			for s < len(sents) && int(h.From) >= sents[s].TokTo {
				s++
			}
			from, to = math.MaxInt32, math.MaxInt32
			if s < len(sents) {
				from, to = int32(sents[s].TokFrom), int32(sents[s].TokTo)
			}
		}
		if h.From >= from && h.To > to {
			continue
		}
		if cls := lx.Entries[h.Entry].Cls; cls == lexicon.ClassRecipient || cls == lexicon.ClassDatatype || h.Entry == access {
			to, keep := keptHit(d, raw, i)
			if !keep {
				continue
			}
			h.To = to
		}
		raw[n] = h
		n++
	}
	return raw[:n]
}

// keptHit is keptHits' test of hit raw[i], which has not run past the end
// of its sentence, for the classes and the entry whose tests read more:
// whether it is kept, and where it ends. (raw[:i] may hold the hits kept
// before it, moved down.)
//
//go:noinline
func keptHit(d *sentence.Doc, raw []lexicon.Hit, i int) (to int32, keep bool) {
	h, lx := raw[i], d.Lexicon
	cls := lx.Entries[h.Entry].Cls
	if cls == lexicon.ClassRecipient && d.CommonBrand(h) {
		return 0, false
	}
	if h.Entry == lx.Refs[lexicon.RAccess] && lx.JoinedRight(d.Toks, raw, i) {
		return 0, false
	}
	if cls == lexicon.ClassDatatype {
		return sharedHeadEnd(d, raw, i), true
	}
	return h.To, true
}

// sharedHeadEnd is where data hit raw[i] ends: before the "and" or "or" of
// its words when another data type's hit ends with it after that word, so
// that both stand ("postal and email addresses": the postal address
// "postal" and the email address "email addresses"; a phrase of the rules
// names such a pair, datatypes.json; "age and gender"). Not before vague
// data, which names no type of its own ("personal and non-personal
// information" stays one hit). Otherwise its own end.
func sharedHeadEnd(d *sentence.Doc, raw []lexicon.Hit, i int) int32 {
	h, lx := raw[i], d.Lexicon
	for _, g := range raw[i+1:] {
		if g.From >= h.To {
			break
		}
		if g.To == h.To && g.From > h.From+1 && g.Entry != h.Entry && lx.Entries[g.Entry].Cls == lexicon.ClassDatatype && lx.Entries[g.Entry].Grp != lexicon.GroupUnspecified && lx.MayBe(d.Toks[g.From-1].ID, lexicon.GAndOr) {
			return g.From - 1
		}
	}
	return h.To
}

// policyLanguage reports whether the text speaks as a policy does: a finding
// other than a contact (an address in a README is none), or at least one
// word of policies and terms in fifty ("Privacy Policy (updated June 30,
// 2014)", "If you have any questions, contact us" have no finding but are
// policy; a recipe, a package's README and a story are not). Threshold from
// the corpus: no TOSBack policy or seed falls under it, nor any OPP-115
// segment that states a practice (5 of 3,185 segments alone do: "(PDFs
// require Adobe Reader)", a bare date); 59 of 631 English package READMEs,
// NEWS files and licences do (the others have findings).
func policyLanguage(d *sentence.Doc, findings []Finding) bool {
	if statesMore(findings) {
		return true
	}
	words, policy := 0, 0
	for _, t := range d.Toks {
		if t.Num >= 0 {
			continue
		}
		words++
		if d.Lexicon.InSet(t.ID, lexicon.WordsPolicy) {
			policy++
		}
	}
	return policy*50 >= words && policy > 0
}

// statesMore reports whether any of findings is more than a contact (an
// address alone is no policy).
func statesMore(findings []Finding) bool {
	for i := range findings {
		if findings[i].Kind != "contact" {
			return true
		}
	}
	return false
}

// scratch holds the buffers of one analysis for reuse by the next; nothing
// in it outlives Analyze (findings copy what they need from the text).
// getScratch and putScratch keep them: in a sync.Pool, or in WebAssembly,
// which runs one goroutine at a time, in one spare (scratch_js.go).
type scratch struct {
	toks      []text.Token
	raw, hits []lexicon.Hit
	aside     []lexicon.Hit
	lines     []text.Line
	blocks    []text.Block
	sents     []text.Sentence
	findings  []Finding
	spans     []classes.Evidence
	vw        sentence.View
	model     modelReader
	tz        text.Tokenizer // with the ids of the words it met, for the next text
}

// Analyze reads a privacy policy as pasted by a user and reports what it says.
// It is deterministic, does no I/O and is safe for concurrent use. Spans in
// the report are byte offsets into text. Natively it reads with the sentence
// model embedded in the binary; a WebAssembly build embeds none (see
// sentmodel_js.go), so a caller there passes the model with WithModel or the
// rules alone read the text, as with WithModel(nil).
func Analyze(text string, opts ...Option) *Report {
	var c config
	for _, o := range opts {
		o(&c)
	}
	return analyze(text, &c)
}

// addIntros gives each finding from a list item the sentence that
// introduces its list, which a quote of the item shows with it: "Geolocation
// data" states nothing without "We have disclosed the following categories
// of personal information:". Findings come in the order of their sentences.
func addIntros(fs []Finding, blocks []text.Block, sents []text.Sentence) {
	si := 0
	for i := range fs {
		f := &fs[i]
		for si < len(sents) && sents[si].End <= f.Sentence.Start {
			si++
		}
		if si == len(sents) || sents[si].Start > f.Sentence.Start {
			si = 0 // a finding out of order (a contact): look again from the start
			for si < len(sents) && sents[si].End <= f.Sentence.Start {
				si++
			}
			if si == len(sents) {
				si = 0
				continue
			}
		}
		if b := &blocks[sents[si].Block]; b.Kind == text.BlockListItem && b.Intro >= 0 && b.Intro != si {
			f.Intro = Span{sents[b.Intro].Start, sents[b.Intro].End}
		}
	}
}

// truncated is the notice of a text that holds more than MaxFindings
// findings, the first of them before byte at.
func truncated(at int) Notice {
	return Notice{ID: "truncated", Level: "warning",
		Message: "This text holds more than " + decimal.Thousands(MaxFindings) + " findings; only those in the first " + sizeString(at) + " are reported."}
}
