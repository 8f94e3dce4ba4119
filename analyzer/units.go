package analyzer

import "github.com/policylens/policylens/analyzer/internal/text"

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
func Units(input string) []Unit {
	if !checkInput(input, newReport(len(input))) {
		return nil
	}
	lx := rules()
	tz := text.Tokenizer{Words: &lx.Words}
	toks := tz.Tokenize(input, nil)
	_, blocks, sents := text.BuildStructure(input, toks, lx.Abbreviations(), nil, nil, nil)
	first := make([]int, len(blocks)) // block -> its first sentence, or -1
	for i := range first {
		first[i] = -1
	}
	for i := len(sents) - 1; i >= 0; i-- {
		first[sents[i].Block] = i
	}
	out := make([]Unit, 0, len(sents))
	for _, s := range sents {
		b := &blocks[s.Block]
		u := Unit{Span: Span{s.Start, s.End}, Block: b.Kind, Contents: b.Contents}
		if h := b.Heading; h >= 0 && h != s.Block && first[h] >= 0 {
			u.Heading = Span{sents[first[h]].Start, blocks[h].End}
		}
		if b.Kind == text.BlockListItem && b.Intro >= 0 {
			u.Intro = Span{sents[b.Intro].Start, sents[b.Intro].End}
		}
		out = append(out, u)
	}
	return out
}
