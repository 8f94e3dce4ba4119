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
