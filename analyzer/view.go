package analyzer

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// view is the read-only view of one sentence that the rule classes read: the
// token window it is read in (the tokens of an introducing sentence, for a
// list item, followed by the sentence's own), the hits over it, its clauses
// and negations. Its helpers take positions in that window.
type view struct {
	d       *doc
	toks    []int           // token indices, intro first
	own     int             // position in toks where the sentence's own tokens start
	clause  []int16         // clause number of each position
	hits    []lexicon.Hit   // resolved hits, positions rewritten into toks space
	es      []lexicon.Entry // the lexicon's entries, which hits index
	negAt   []bool          // hits[i] is a negator that counts
	verbs   []int           // indices into hits of verb cues (collect, use, share, sale)
	negVerb []bool          // hits[i] is a verb that is negated
	joined  bool            // the intro runs on into this sentence, the first of its list item
}

// in reports whether the word at position p is in word set w.
func (vw *view) in(p int32, w lexicon.WordSet) bool { return vw.d.inSet(vw.toks[p], w) }

// is reports whether the word at position p is one of grammar set g.
func (vw *view) is(p int32, g lexicon.GrammarSet) bool { return vw.d.isWord(vw.toks[p], g) }

// tok returns the token at position p.
func (vw *view) tok(p int32) text.Token { return vw.d.toks[vw.toks[p]] }

// en returns the rule entry that hit h matched.
func (vw *view) en(h lexicon.Hit) *lexicon.Entry { return &vw.es[h.Entry] }

// isRule reports whether h is a hit of rule r.
func (vw *view) isRule(h lexicon.Hit, r lexicon.RuleRef) bool { return h.Entry == vw.d.lx.Refs[r] }

// isVerb reports whether a hit is a practice verb whose negation matters: a
// data verb, or one saying how Do Not Track is treated.
func (vw *view) isVerb(h lexicon.Hit) bool {
	e := vw.en(h)
	return vw.d.lx.DataVerb(e) || vw.d.lx.Is(e, lexicon.RRespond)
}

// build lays out the tokens of sentence s of d (with its intro) and the hits
// over them, and works out clauses and negation.
func (vw *view) build(d *doc, s, intro *text.Sentence) {
	vw.d = d
	vw.toks = vw.toks[:0]
	vw.hits = vw.hits[:0]
	vw.verbs = vw.verbs[:0]

	if intro != nil {
		for k := intro.TokFrom; k < intro.TokTo; k++ {
			vw.toks = append(vw.toks, k)
		}
		vw.appendHits(intro.TokFrom, intro.TokTo, 0)
	}
	vw.own = len(vw.toks)
	for k := s.TokFrom; k < s.TokTo; k++ {
		vw.toks = append(vw.toks, k)
	}
	vw.appendHits(s.TokFrom, s.TokTo, vw.own)

	// Clauses: a new clause starts at a semicolon, colon or dash, and at
	// words such as "but", "unless", "except".
	vw.clause = vw.clause[:0]
	var c int16
	hi := 0
	// The intro runs on into the first sentence of its item ("We may share
	// your information with: - Service providers"), not into a later one.
	vw.joined = intro != nil && s.TokFrom == vw.d.blocks[s.Block].TokFrom
	for p, k := range vw.toks {
		if p > 0 && (vw.d.clauseBreak(k) || p == vw.own && intro != nil) && !(p == vw.own && vw.joined) {
			c++
		}
		for hi < len(vw.hits) && int(vw.hits[hi].From) < p {
			hi++
		}
		for j := hi; j < len(vw.hits) && int(vw.hits[j].From) == p; j++ {
			if p > 0 && (vw.isRule(vw.hits[j], lexicon.RClauseBreak) || vw.isRule(vw.hits[j], lexicon.RCondition)) {
				// "Providers may only use it to ...": "only" before its
				// verb narrows the verb, it does not start a condition.
				if j+1 < len(vw.hits) && vw.hits[j+1].From == vw.hits[j].To && vw.isVerb(vw.hits[j+1]) && vw.d.isWord(k, lexicon.GOnly) {
					break
				}
				c++
				break
			}
		}
		vw.clause = append(vw.clause, c)
	}

	// Negators, and the verbs they negate: a verb is negated by a negator
	// up to six words before it in its clause, or by being listed right after
	// a negated verb ("do not sell, rent or trade").
	vw.negAt = vw.negAt[:0]
	vw.negVerb = vw.negVerb[:0]
	for _, h := range vw.hits {
		vw.negAt = append(vw.negAt, vw.isRule(h, lexicon.RNegation) && !vw.dntName(h))
		vw.negVerb = append(vw.negVerb, false)
	}
	// A verb is negated by a negator up to six words before it in its
	// clause, or by standing in a chain of negated verbs after one ("we do
	// not share it with a third party for free or by selling it"); a new
	// subject ("we", "you") ends the chain.
	lastNeg := -1
	chain := false
	for i, h := range vw.hits {
		if vw.negAt[i] {
			lastNeg, chain = i, true
			continue
		}
		if vw.isRule(h, lexicon.RWe) || vw.isRule(h, lexicon.RYou) {
			if lastNeg >= 0 && h.From-vw.hits[lastNeg].To > 1 {
				chain = false
			}
			continue
		}
		if !vw.isVerb(h) {
			continue
		}
		vw.verbs = append(vw.verbs, i)
		if lastNeg < 0 {
			continue
		}
		n := vw.hits[lastNeg]
		if vw.clause[n.From] != vw.clause[h.From] {
			chain = false
			continue
		}
		if h.From-n.To <= 6 || chain && h.From-n.To <= 20 {
			vw.negVerb[i] = true
		} else {
			chain = false
		}
	}
}

// dntName reports whether negation hit h is the "Not" of "Do Not Track"
// written as a name (capital N), which negates nothing.
func (vw *view) dntName(h lexicon.Hit) bool {
	p := int(h.From)
	if h.To-h.From != 1 || p == 0 || p+1 >= len(vw.toks) {
		return false
	}
	t := vw.tok(int32(p))
	return t.Flags&text.TokUpper != 0 && vw.is(int32(p), lexicon.GNot) && vw.is(int32(p-1), lexicon.GDo) && vw.is(int32(p+1), lexicon.GTrack)
}

// appendHits copies the resolved hits over tokens [from,to) into vw, moving
// positions by base.
func (vw *view) appendHits(from, to, base int) {
	lo := vw.d.firstHit(from)
	for j := lo; j < len(vw.d.hits) && int(vw.d.hits[j].From) < to; j++ {
		h := vw.d.hits[j]
		if int(h.To) > to || vw.isRule(h, lexicon.RShare) && vw.d.toReader(h, to) {
			continue
		}
		h.From = h.From - int32(from) + int32(base)
		h.To = h.To - int32(from) + int32(base)
		vw.hits = append(vw.hits, h)
	}
}
