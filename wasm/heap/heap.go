// Package heap readies the Go heap of the page's WebAssembly for the
// analyses to come.
//
// Go's heap in WebAssembly grows by growing the linear memory, and it grows
// until the collector's first cycle past start-up: with GOGC=400, as the
// page runs, to 16 MB or five times what is live, whichever is more. Until
// then every analysis allocates into memory no one has written to yet, and
// the first write to each 4 KB page of it is a page fault. On a desktop
// that costs well under a microsecond a page; in a virtual machine that
// hands free memory back to its host (as the project's machines do) it is a
// fault of the host's too, about 15-20 µs of CPU and often far more wall
// time: an analysis of a 51 KB policy (179 KB allocated) meets about 27 of
// them, and under Node on the project's machine it took 2-3 ms of CPU less
// once the heap had been written to (scripts/wasmbench -touch). After that
// first cycle the heap reuses its pages and faults no more. Touch does the
// growth once, in the page's idle time after its warm-up, so that the
// reader's first pastes do not.
package heap

import "runtime"

// block is how much Touch allocates and writes to per call of its pause.
const block = 1 << 20

// blocks is how many blocks Touch writes to. After a collection the heap
// holds what is live, L; the collector's next cycle aims at max(16 MB, 5L)
// with GOGC=400 and starts at 70% of the way there at the earliest, which
// is more than L + 8 MB for any L: so the blocks never start a cycle of
// their own (one would keep them alive and aim the next at five times them).
const blocks = 8

// page is the operating system's page: one write makes it resident.
const page = 4096

// Touch collects, allocates eight blocks of a megabyte, writes a byte to
// each 4 KB page of them, drops them and collects again, so that the heap's
// next growth lands on memory already written to. pause is called before
// each step (the page waits for idle time there); when it returns false
// Touch stops, and the blocks it made go with the next collection. It
// returns the megabytes written to.
func Touch(pause func() bool) int {
	if !pause() {
		return 0
	}
	runtime.GC()
	bs := make([][]byte, 0, blocks)
	for range blocks {
		if !pause() {
			return len(bs)
		}
		b := make([]byte, block)
		for i := 0; i < len(b); i += page {
			b[i] = 1
		}
		bs = append(bs, b)
	}
	clear(bs)
	if pause() {
		runtime.GC()
	}
	return blocks
}
