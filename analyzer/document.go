package analyzer

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// inSet reports whether token k is in word set w (rules class "words").
func (d *doc) inSet(k int, w lexicon.WordSet) bool {
	set := d.lx.Sets[w]
	id := d.toks[k].ID
	return int(id) < len(set) && set[id]
}

// clauseBreak reports whether a new clause starts at token k: after a
// semicolon, colon or dash, or after a stop inside the sentence unless it
// ends an abbreviation ("names, etc.) will not be sold", "Acme Inc. will").
func (d *doc) clauseBreak(k int) bool {
	switch d.toks[k].SepBefore {
	case text.SepClause:
		return true
	case text.SepStop:
		p := d.toks[k-1]
		if text.Abbreviation(d.text, p) {
			return false
		}
		return !d.isWord(k-1, lexicon.GAbbreviations)
	}
	return false
}

// toReader reports whether h, a passing-on cue, has the reader as receiver
// ("a cookie is sent to you", "provided to you"): the company sends to the
// reader, it does not pass data on. to bounds the sentence.
func (d *doc) toReader(h lexicon.Hit, to int) bool {
	if int(h.To) >= to {
		return false
	}
	return d.isWord(int(h.To-1), lexicon.GToWith) && d.isWord(int(h.To), lexicon.GReaderObjects)
}

// firstHit returns the index of the first hit starting at or after token k.
func (d *doc) firstHit(k int) int {
	lo, hi := 0, len(d.hits)
	for lo < hi {
		m := (lo + hi) / 2
		if int(d.hits[m].From) < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// doc is what the text and match passes make of the input: its tokens, the
// resolved hits of the rules over them, its blocks and sentences. It is
// read-only once analyze has built it.
type doc struct {
	text   string
	lx     *lexicon.Lexicon
	toks   []text.Token
	hits   []lexicon.Hit
	blocks []text.Block
	sents  []text.Sentence
}

// isWord reports whether token k is one of the words of grammar set g, in
// any ASCII case.
func (d *doc) isWord(k int, g lexicon.GrammarSet) bool {
	set := &d.lx.Grammar[g]
	t := &d.toks[k]
	if int(t.ID) >= len(set.IDs) || !set.IDs[t.ID] {
		return false // most tokens: not the stem of any of its words
	}
	s := d.text[t.Start:t.End]
	for _, x := range set.Words {
		if foldsTo(s, x) {
			return true
		}
	}
	return false
}

// foldsTo reports whether s, its ASCII capitals made lower case, is lower.
func foldsTo(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}
