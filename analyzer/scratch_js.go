//go:build js

package analyzer

// spare keeps the value of the last use, for the next. WebAssembly runs
// one goroutine at a time, which switch only where one blocks: a spare is
// enough, where sync.Pool would add 4.7 KiB brotli to the page's WASM.
// get and put allocate nothing between reading and writing it, so no other
// goroutine can run there; should two uses overlap (one that waits for
// memory), the second gets a new value.
type spare[T any] struct{ p *T }

// get returns the spare value, or a new one.
func (s *spare[T]) get() *T {
	p := s.p
	s.p = nil
	if p == nil {
		p = new(T)
	}
	return p
}

// put keeps p for the next get.
func (s *spare[T]) put(p *T) { s.p = p }

// spareScratch is the scratch of the last analysis.
var spareScratch spare[scratch]

// getScratch returns buffers for an analysis: the spare or a new one.
func getScratch() *scratch { return spareScratch.get() }

// putScratch keeps the buffers of an analysis for the next.
func putScratch(s *scratch) { spareScratch.put(s) }
