//go:build js

package analyzer

// spare is the scratch of the last analysis, for the next. WebAssembly runs
// one goroutine at a time, which switch only where one blocks: a spare is
// enough, where sync.Pool would add 4.7 KiB brotli to the page's WASM.
// getScratch and putScratch allocate nothing between reading and writing
// it, so no other goroutine can run there; should analyses overlap (one
// that waits for memory), the second gets a new scratch.
var spare *scratch

// getScratch returns buffers for an analysis: the spare or a new one.
func getScratch() *scratch {
	s := spare
	spare = nil
	if s == nil {
		s = new(scratch)
	}
	return s
}

// putScratch keeps the buffers of an analysis for the next.
func putScratch(s *scratch) { spare = s }
