//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/policylens/policylens/wasm/heap"
	"github.com/policylens/policylens/wasm/jsapi"
	"github.com/policylens/policylens/wasm/view"
)

// The browser first runs WebAssembly with a baseline compiler, and compiles
// a function with its optimising compiler only once it has run for a while
// (V8's dynamic tiering): the first analyses of a page would be slower than
// the tenth. So once the page is ready it goes through its whole path,
// analysis, highlights, text and summary, on the example policy a few times
// in idle time, into elements outside the document; the worker analyses it
// too. A reader who pastes meanwhile stops it: their analysis warms the
// code up as well. Then, in idle time too, the page's heap grows by what
// the first analyses would grow it, and each page of it is written to once
// (package heap: page faults that cost 2-3 ms of an analysis of a 51 KB
// policy on a virtual machine that hands free memory to its host). The
// worker does not: it reads texts over 64 KB, whose analyses allocate
// megabytes, and its writes would compete with the page's first pastes for
// the CPU.

// warmRuns is how many times the example goes through.
const warmRuns = 12

// warmUp runs the page's path on the example in idle time.
func (p *page) warmUp() {
	div := func() js.Value { return p.doc.Call("createElement", "div") }
	s := &page{doc: p.doc, text: div(), summary: div(), verdict: div(), filters: div(), notices: div(), results: div(),
		hidden: map[string]bool{}, worker: js.Undefined()}
	s.view = api.Get("_TextView").New(s.text)
	jsExample := js.ValueOf(example)
	gen := p.gen
	for range warmRuns {
		idle()
		if p.gen != gen {
			return
		}
		s.slice = now()
		r, headings, _ := s.runAnalysis(example, jsExample, 0)
		s.src, s.jsSrc, s.u16, s.report = example, jsExample, jsapi.NewIndex(example), r
		s.hls = view.Highlights(r.Findings, headings)
		s.shownSum.ok = false // the same summary each run: build it each time all the same
		s.render(0, false)
	}
	heap.Touch(func() bool { idle(); return p.gen == gen })
}

// warmUpAnalysis is the worker's warm-up: the analysis and its encoding.
func warmUpAnalysis() {
	for range warmRuns {
		idle()
		jsapi.EncodeCompact(analyzeHere(example))
	}
}

// idle waits until the browser is idle, or for the next task where it
// cannot tell (a worker, Safari).
func idle() {
	done := make(chan struct{})
	var f js.Func
	f = js.FuncOf(func(js.Value, []js.Value) any {
		f.Release()
		close(done)
		return nil
	})
	if ric := js.Global().Get("requestIdleCallback"); ric.Type() == js.TypeFunction {
		ric.Invoke(f, map[string]any{"timeout": 500})
	} else {
		js.Global().Call("setTimeout", f, 0)
	}
	<-done
}
