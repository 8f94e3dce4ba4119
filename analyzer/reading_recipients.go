package analyzer

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// antecedents gives a denial that names its recipients by reference ("Our
// sites do not provide any personal information to these third parties")
// the recipients the paragraph named before it ("We may allow third
// parties, including our authorized service providers, advertising
// companies, and ad networks, to display advertisements"): a negated
// finding for each, on the words of the reference. Then it notes the
// recipients sentence s names, for the sentences after it. first is the
// sentence's first finding.
func (rd *reading) antecedents(vw *sentence.View, s *text.Sentence, first int) {
	if s.Block != rd.namedIn {
		rd.named, rd.namedIn = rd.named[:0], s.Block
	}
	lx := rd.d.Lexicon
	for i := first; i < len(rd.findings) && len(rd.named) > 0; i++ {
		f := rd.findings[i]
		if f.Kind != "share" || !f.Negated || f.Rule != lx.Entries[lx.Refs[lexicon.ROtherThirdParties]].Rule || !rd.byReference(vw, f.Start) {
			continue
		}
		for _, idx := range rd.named {
			e := &lx.Entries[idx]
			if e.ID == f.ID || hasFindingAt(rd.findings[first:], e.ID, f.Start) {
				continue
			}
			g := f
			g.ID, g.Rule = e.ID, e.Rule
			g.Explanation = explain(&g, e)
			rd.findings = append(rd.findings, g)
		}
	}
	for _, h := range vw.Hits {
		if int(h.From) >= vw.Own && vw.Entry(h).Cls == lexicon.ClassRecipient && !vw.IsRule(h, lexicon.ROtherThirdParties) && !hasEntry(rd.named, h.Entry) {
			rd.named = append(rd.named, h.Entry)
		}
	}
}

// byReference reports whether the recipient phrase starting at byte start
// opens with, or follows, "these", "those" or "such".
func (rd *reading) byReference(vw *sentence.View, start int) bool {
	for p := int32(vw.Own); int(p) < len(vw.Toks); p++ {
		if int(vw.Tok(p).Start) == start {
			return vw.Is(p, lexicon.GDemonstratives) || p > int32(vw.Own) && vw.Is(p-1, lexicon.GDemonstratives)
		}
	}
	return false
}

// hasFindingAt reports whether findings hold one with id starting at start.
func hasFindingAt(findings []Finding, id string, start int) bool {
	for _, f := range findings {
		if f.ID == id && f.Start == start {
			return true
		}
	}
	return false
}

// hasEntry reports whether entry index e is in es.
func hasEntry(es []int32, e int32) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}
