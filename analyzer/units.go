package analyzer

// Unit is one sentence of a policy as the analyzer reads it, with what a
// reader needs to understand it: the heading of its section and, for a list
// item, the sentence that introduces the list. Spans are byte offsets into
// the text; an absent heading or intro is the zero Span.
//
// Units are the unit of the project's own sentence annotations and of the
// sentence model: a label stored as (file, start, end) names one Unit.
type Unit struct {
	Span
	Block    string // heading, paragraph or list-item
	Heading  Span   // the section heading, or zero
	Intro    Span   // the sentence introducing the list item, or zero
	Contents bool   // a line of a table of contents
}

// Units splits text into the sentences the analyzer reads, in order. It
// returns nil for text that Analyze would not read (too large, empty or
// binary).
func Units(text string) []Unit {
	if !checkInput(text, newReport(len(text))) {
		return nil
	}
	lx := rules()
	tz := tokenizer{words: &lx.words}
	toks := tz.tokenize(text, nil)
	_, blocks, sents := buildStructure(text, toks, nil, nil, nil)
	first := make([]int, len(blocks)) // block -> its first sentence, or -1
	for i := range first {
		first[i] = -1
	}
	for i := len(sents) - 1; i >= 0; i-- {
		first[sents[i].block] = i
	}
	out := make([]Unit, 0, len(sents))
	for _, s := range sents {
		b := &blocks[s.block]
		u := Unit{Span: Span{s.start, s.end}, Block: b.kind, Contents: b.contents}
		if h := b.heading; h >= 0 && h != s.block && first[h] >= 0 {
			u.Heading = Span{sents[first[h]].start, blocks[h].end}
		}
		if b.kind == blockListItem && b.intro >= 0 {
			u.Intro = Span{sents[b.intro].start, sents[b.intro].end}
		}
		out = append(out, u)
	}
	return out
}
