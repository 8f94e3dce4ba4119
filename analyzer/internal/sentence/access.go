//go:build !wasm

package sentence

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// In reports whether the word at position p is in word set w. Natively it
// inlines; the page's WebAssembly has its own copy in access_wasm.go, the
// same but for go:noinline (the two must stay the same but for that).
func (vw *View) In(p int32, w lexicon.WordSet) bool { return vw.Doc.InSet(vw.Toks[p], w) }

// Is reports whether the word at position p is one of grammar set g: most
// grammar sets have no word in a sentence, which the view knows without
// reading the word (MayHave), and the word is read (isWord) only when one
// may. Natively it inlines, so that each use tests MayHave's bit in place
// and calls only when it is set; the page's WebAssembly has one call for
// all of it (access_wasm.go). MayHave's test is written out: in this form
// it costs the inliner less (Is 77 of its budget of 80).
func (vw *View) Is(p int32, g lexicon.GrammarSet) bool {
	return vw.gram[g>>6]>>(g&63)&1 != 0 && vw.isWord(p, g)
}

// Tok returns the token at position p. It returns a pointer, not a copy:
// a Token has too many fields for the compiler to keep a copy in registers,
// and in WebAssembly each copy is a round trip through memory. Natively it
// inlines; the page's WebAssembly has its own copy in access_wasm.go, the
// same but for go:noinline.
func (vw *View) Tok(p int32) *text.Token { return &vw.Doc.Toks[vw.Toks[p]] }
