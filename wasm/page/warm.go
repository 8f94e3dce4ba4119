//go:build js && wasm

package main

import (
	"strings"
	"syscall/js"

	"github.com/policylens/policylens/wasm/heap"
	"github.com/policylens/policylens/wasm/jsapi"
	"github.com/policylens/policylens/wasm/view"
)

// The browser first runs WebAssembly with a baseline compiler, and compiles
// a function with its optimising compiler only once it has run for a while
// (V8's dynamic tiering), and compiles a function at all only when it is
// first called (lazily): the first analyses of a page would be slower than
// the tenth. So once the page is ready it goes through its whole path,
// analysis, highlights, text and summary, in idle time, into elements
// outside the document, on the example policy and on the project's own
// test policies (testdata/policies, which the loader fetches after ready
// as warm.txt: they reach rule classes, lists and summary lines the
// example does not, whose functions a real policy's first paste would
// otherwise compile); the worker analyses them too. A reader who pastes
// meanwhile stops it: their analysis warms the code up as well. Then, in idle time too, the page's heap grows by what
// the first analyses would grow it, and each page of it is written to once
// (package heap: page faults that cost 2-3 ms of an analysis of a 51 KB
// policy on a virtual machine that hands free memory to its host). The
// worker does not: it reads texts over 64 KB, whose analyses allocate
// megabytes, and its writes would compete with the page's first pastes for
// the CPU.

// warmRuns is how many analyses the warm-up runs, taking its texts in turn.
const warmRuns = 16

// warmTexts are the warm-up's texts: the example, then those of
// policylens.warm (a promise of warm.txt's bytes: texts each after a form
// feed), if the loader gave it and it came.
func warmTexts() []string {
	texts := []string{example}
	v := api.Get("warm")
	if v.Type() == js.TypeUndefined || v.IsNull() {
		return texts
	}
	b, err := awaitBytes(v)
	if err != nil {
		return texts
	}
	for t := range strings.SplitSeq(string(b), "\f") {
		if strings.TrimSpace(t) != "" {
			texts = append(texts, t)
		}
	}
	return texts
}

// warmUp runs the page's path on the warm-up's texts in idle time.
func (p *page) warmUp() {
	div := func() js.Value { return p.doc.Call("createElement", "div") }
	s := &page{doc: p.doc, text: div(), summary: div(), verdict: div(), filters: div(), notices: div(), results: div(),
		hidden: map[string]bool{}, worker: js.Undefined()}
	s.view = api.Get("_TextView").New(s.text)
	gen := p.gen
	texts := warmTexts()
	jsTexts := make([]js.Value, len(texts))
	busy := 0.0
	for i := range warmRuns {
		idle()
		if p.gen != gen {
			return
		}
		start := now()
		k := i % len(texts)
		t := texts[k]
		if jsTexts[k].IsUndefined() {
			jsTexts[k] = js.ValueOf(t)
		}
		s.slice = now()
		r, headings, _ := s.runAnalysis(t, jsTexts[k], 0)
		s.src, s.jsSrc, s.u16, s.report = t, jsTexts[k], jsapi.NewIndex(t), r
		s.hls = view.Highlights(r.Findings, headings)
		s.shownSum.ok = false // a summary like the last: build it all the same
		s.render(0, false)
		busy += now() - start
	}
	heap.Touch(func() bool { idle(); return p.gen == gen })
	if p.gen == gen {
		// The warm-up is over: its runs' own time in detail.busyMs
		// (make page-bench waits for this mark).
		if perf := js.Global().Get("performance"); perf.Type() == js.TypeObject {
			perf.Call("mark", "policylens-warm", map[string]any{"detail": map[string]any{"busyMs": busy}})
		}
	}
}

// warmUpAnalysis is the worker's warm-up: the analysis and its encoding.
func warmUpAnalysis() {
	texts := warmTexts()
	for i := range warmRuns {
		idle()
		jsapi.EncodeCompact(analyzeHere(texts[i%len(texts)]))
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
