package analyzer

import "sync"

// carry is what a sentence about collecting or sharing passes on to the
// sentence after it, which may list the data without a verb ("For example:
// name and email address").
type carry struct {
	sent           int // index of the sentence it comes from
	collect, share bool
}

func analyze(text string, c *config) *Report {
	r := newReport(len(text))
	if !checkInput(text, r) {
		return r
	}
	lx := rules()
	sb := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sb)
	d := &doc{text: text, lx: lx}
	rd := &reading{d: d, vw: &sb.vw, trace: c.trace, findings: sb.findings[:0], minAge: 0}
	rd.vw.es = lx.entries
	defer func() {
		clear(rd.findings) // the pool must not keep the text alive
		sb.toks, sb.findings = d.toks[:0], rd.findings[:0]
		sb.vw.d = nil
		if cap(sb.toks) > 1<<20 { // do not keep the buffers of a huge input alive
			*sb = scratch{}
		}
	}()
	tz := tokenizer{words: &lx.words}
	if want := len(text)/5 + 16; cap(sb.toks) < want {
		sb.toks = make([]token, 0, want) // about one token per five bytes: no regrowth
	}
	d.toks = tz.tokenize(text, sb.toks[:0])
	r.Stats.Words = len(d.toks)
	if !checkLanguage(d.toks, lx, r) {
		return r
	}
	if want := len(d.toks) + 16; cap(sb.raw) < want {
		sb.raw, sb.hits = make([]hit, 0, want), make([]hit, 0, want)
	}
	sb.raw = lx.match(d.toks, sb.raw[:0])
	sb.hits = resolve(lx, sb.raw, sb.hits[:0])
	d.hits = sb.hits
	sb.lines, d.blocks, d.sents = buildStructure(text, d.toks, sb.lines, sb.blocks, sb.sents)
	sb.blocks, sb.sents = d.blocks, d.sents
	for i := range d.sents {
		if len(rd.findings) >= MaxFindings {
			r.Notices = append(r.Notices, Notice{ID: "truncated", Level: "warning",
				Message: "This text holds more than " + itoa(MaxFindings) + " findings; only those in the first " + sizeString(d.sents[i].start) + " are reported."})
			break
		}
		rd.sentence(i)
	}
	rd.findings = d.contacts(rd.findings)
	r.Findings = append(make([]Finding, 0, len(rd.findings)), rd.findings...)
	summarize(r, lx, rd.rights, rd.minAge)
	addPoints(r)
	addMissing(r)
	r.Stats.Sentences = len(d.sents)
	r.Stats.Blocks = len(d.blocks)
	r.Stats.Findings = len(r.Findings)
	if c.withBlocks {
		for _, b := range d.blocks {
			r.Blocks = append(r.Blocks, Block{Kind: b.kind, Start: b.start, End: b.end})
		}
	}
	if len(r.Findings) == 0 && len(d.toks) >= 40 {
		r.Notices = append(r.Notices, Notice{ID: "not-a-policy", Level: "warning",
			Message: "This text does not read like a privacy policy: no statements about personal data were found."})
	}
	return r
}

// scratch holds the buffers of one analysis for reuse by the next; nothing
// in it outlives Analyze (findings copy what they need from the text).
type scratch struct {
	toks      []token
	raw, hits []hit
	lines     []line
	blocks    []block
	sents     []sentence
	findings  []Finding
	vw        view
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}
