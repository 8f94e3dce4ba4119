//go:build wasm

package sentence

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// In reports whether the word at position p is in word set w.
//
// In WebAssembly it is a call, not inlined: inlined, each of its 316 uses
// in the rule classes and the views costs the page its two bounds checks
// (each a call of the runtime's panic, with its resume point) and four
// loads, and the page's WASM is 12 KB brotli larger (899.4 -> 911.5 KB).
// Natively it inlines (access.go): the two must stay the same but for
// go:noinline.
//
//go:noinline
func (vw *View) In(p int32, w lexicon.WordSet) bool { return vw.Doc.InSet(vw.Toks[p], w) }

// Is reports whether the word at position p is one of grammar set g: most
// grammar sets have no word in a sentence, which the view knows without
// reading the word (MayHave). In WebAssembly it is one call, isWord's test
// written in it; natively Is inlines its test of MayHave (access.go).
//
//go:noinline
func (vw *View) Is(p int32, g lexicon.GrammarSet) bool {
	if !vw.MayHave(g) {
		return false
	}
	d := vw.Doc
	t := &d.Toks[vw.Toks[p]]
	if id := uint(t.ID); id >= uint(len(vw.grammar)) || vw.grammar[id][g>>6]&(1<<(g&63)) == 0 {
		return false // Lexicon.MayBe, as isWord reads it
	}
	return d.spells(t, g)
}

// Tok returns the token at position p (a pointer, not a copy: see
// access.go). In WebAssembly it is a call, not inlined: inlined, each of
// its uses in the rule classes and the views (about 300 copies) carried two
// bounds checks (in Go's WebAssembly each is a call of the runtime's panic,
// with its resume point), and the page's WASM is 6 KB brotli larger
// (880.4 -> 886.6 KB). View.Build and the contexts, which run over every
// word, use tok, inlined.
//
//go:noinline
func (vw *View) Tok(p int32) *text.Token { return &vw.Doc.Toks[vw.Toks[p]] }
