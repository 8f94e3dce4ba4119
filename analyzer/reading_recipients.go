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

// elidedHead adds to recipient finding n, kept for hit h, the party that
// shares its head noun with a word before "and" or "or": "advertising and
// analytics partners" names advertising partners as well as analytics
// partners, "advertising and technology partners" advertising partners. The
// word is read with the head, as the lexicon reads two words side by side;
// a party of another entry that the two make is a second finding, on the
// words from that word to the head (none where the two make a party of the
// finding's own entry too: "marketing and advertising partners"). The
// words stand with nothing but spaces between them, and at most one word
// between "and" and a head named alone ("sales" of "advertising and sales
// partners").
func (rd *reading) elidedHead(vw *sentence.View, h lexicon.Hit, n int) {
	head, and := h.To-1, h.From-1
	if h.To-h.From == 1 {
		and--
	}
	w := and - 1
	if w < int32(vw.Own) || !vw.Is(and, lexicon.GAndOr) {
		return
	}
	if !vw.Spaced(w, head) {
		return
	}
	// "social media and social networking services": the word ends a
	// phrase of its own, whose head it is not; "analytics and advertising
	// partners" names analytics as a party already.
	for _, g := range vw.Hits {
		if g.From > w {
			break
		}
		if g.To > w && (g.From < w || vw.Entry(g).Cls == lexicon.ClassRecipient) {
			return
		}
	}
	d := rd.d
	toks := [2]text.Token{d.Toks[vw.Toks[w]], d.Toks[vw.Toks[head]]}
	toks[0].SepBefore, toks[1].SepBefore = text.SepSpace, text.SepSpace
	toks[1].Flags &^= text.TokLineStart
	rd.pair = d.Lexicon.Match(toks[:], rd.pair[:0])
	f := rd.findings[n]
	var e *lexicon.Entry
	for _, g := range rd.pair {
		ge := &d.Lexicon.Entries[g.Entry]
		if g.From != 0 || g.To != 2 || g.Weak || ge.Cls != lexicon.ClassRecipient {
			continue
		}
		if ge.ID == f.ID {
			return // "marketing and advertising partners": marketing partners are advertisers too
		}
		if e == nil {
			e = ge
		}
	}
	if e != nil {
		f.ID, f.Rule = e.ID, e.Rule
		f.Start = int(toks[0].Start)
		f.Text = d.Text[f.Start:f.End]
		f.Explanation = explain(&f, e)
		rd.findings = append(rd.findings, f)
	}
}
