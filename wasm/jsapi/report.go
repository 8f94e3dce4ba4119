package jsapi

import "github.com/policylens/policylens/analyzer"

// ToUTF16 returns a copy of r whose spans (findings, their sentences and
// blocks) are UTF-16 code unit offsets into text instead of byte offsets.
// text must be the string r was made from. r itself is not modified.
func ToUTF16(r *analyzer.Report, text string) *analyzer.Report {
	x := NewIndex(text)
	out := *r
	out.Findings = make([]analyzer.Finding, len(r.Findings))
	for i, f := range r.Findings {
		f.Start, f.End = x.UTF16(f.Start), x.UTF16(f.End)
		f.Sentence = analyzer.Span{Start: x.UTF16(f.Sentence.Start), End: x.UTF16(f.Sentence.End)}
		if f.Intro != (analyzer.Span{}) {
			f.Intro = analyzer.Span{Start: x.UTF16(f.Intro.Start), End: x.UTF16(f.Intro.End)}
		}
		out.Findings[i] = f
	}
	out.Blocks = make([]analyzer.Block, len(r.Blocks))
	for i, b := range r.Blocks {
		b.Start, b.End = x.UTF16(b.Start), x.UTF16(b.End)
		out.Blocks[i] = b
	}
	return &out
}
