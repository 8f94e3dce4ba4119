//go:build !wasm

package sentence

import "github.com/policylens/policylens/analyzer/internal/lexicon"

// In reports whether the word at position p is in word set w. Natively it
// inlines; the page's WebAssembly has its own copy in access_wasm.go, the
// same but for go:noinline (the two must stay the same but for that).
func (vw *View) In(p int32, w lexicon.WordSet) bool { return vw.Doc.InSet(vw.Toks[p], w) }
