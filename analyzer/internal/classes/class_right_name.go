package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
)

// inLawName reports whether right hit h is a word in the title-case name
// of a law: "Health Insurance Portability and Accountability Act", "the
// Right to Financial Privacy Act". The name runs on in title case (with
// "and", "of", "the" between) after the hit, after a title-case word
// before it, to a word of law ("Act", "Law", "Regulation"). A list item's
// title ("Data Portability: request a copy") ends before any such word.
func inLawName(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.InName(h.From) && !vw.TitleAt(h.To) {
		return false
	}
	for p := h.To; int(p) < len(vw.Toks) && vw.Clause[p] == vw.Clause[h.From]; p++ {
		switch {
		case vw.TitleAt(p) && vw.In(p, lexicon.WordsLawNames):
			return true
		case vw.TitleAt(p), vw.Is(p, lexicon.GAndOr), vw.Is(p, lexicon.GOf):
		default:
			return false
		}
	}
	return false
}
