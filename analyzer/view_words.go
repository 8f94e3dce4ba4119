package analyzer

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
)

// channelNamed reports whether the sentence names messages of set w other
// than as the way to reach the company ("contact us by email").
func (vw *view) channelNamed(w lexicon.WordSet) bool {
	for p := vw.own; p < len(vw.toks); p++ {
		if vw.in(int32(p), w) && !vw.howAt(int32(p)) {
			return true
		}
	}
	return false
}

// howAt reports whether position p lies in a phrase saying how to reach the
// company or use a right ("by email", "contact us").
func (vw *view) howAt(p int32) bool {
	for _, g := range vw.hits {
		if g.From <= p && p < g.To && vw.en(g).Cls == lexicon.ClassHow {
			return true
		}
	}
	return false
}

// sentenceHasIn reports whether one of words stands in tokens [from, to).
func (vw *view) sentenceHasIn(from, to int32, g lexicon.GrammarSet) bool {
	for p := from; p < to; p++ {
		if vw.is(p, g) {
			return true
		}
	}
	return false
}

// sentenceHas reports whether the sentence (without its list intro) holds
// one of words.
func (vw *view) sentenceHas(g lexicon.GrammarSet) bool {
	return vw.sentenceHasIn(int32(vw.own), int32(len(vw.toks)), g)
}

// hasWord reports whether one of words is among the tokens of h.
func (vw *view) hasWord(h lexicon.Hit, g lexicon.GrammarSet) bool {
	return vw.sentenceHasIn(h.From, h.To, g)
}

// setFrom reports whether a word of set w stands in the view from position
// from on (vw.own: the sentence's own words; 0: with its list intro).
func (vw *view) setFrom(from int, w lexicon.WordSet) bool {
	set := vw.d.lx.Sets[w]
	for p := from; p < len(vw.toks); p++ {
		if id := vw.tok(int32(p)).ID; int(id) < len(set) && set[id] {
			return true
		}
	}
	return false
}

// listedWith reports whether a word of set w stands within three words of
// hit h, in its clause, with only commas and "and" / "or" between: a list.
func (vw *view) listedWith(h lexicon.Hit, w lexicon.WordSet) bool {
	if vw.setBefore(h.From, 3, w) {
		return true
	}
	for q := h.To; int(q) < len(vw.toks) && q < h.To+3 && vw.clause[q] == vw.clause[h.From]; q++ {
		if vw.in(q, w) {
			return true
		}
	}
	return false
}

// occasion reports whether position p lies in a clause that says when the
// reader does something: "when you", "if you", "whenever you" within eight
// words before p.
func (vw *view) occasion(p int32) bool {
	for q := p - 1; q > max(int32(vw.own), p-9) && vw.clause[q] == vw.clause[p]; q-- {
		if vw.is(q, lexicon.GReader) && vw.is(q-1, lexicon.GOccasion) {
			return true
		}
	}
	return false
}

// setBefore reports whether a word of set w stands within n words before
// position p, in p's clause.
func (vw *view) setBefore(p, n int32, w lexicon.WordSet) bool {
	for q := p - 1; q >= max(0, p-n) && vw.clause[q] == vw.clause[p]; q-- {
		if vw.in(q, w) {
			return true
		}
	}
	return false
}
