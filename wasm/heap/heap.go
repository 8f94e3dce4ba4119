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
