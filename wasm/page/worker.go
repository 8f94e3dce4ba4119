//go:build js && wasm

package main

import (
	"encoding/json"
	"syscall/js"

	"github.com/policylens/policylens/analyzer"
)

// The page analyses big inputs in a Web Worker running this same WASM, so
// the page stays responsive (scrolling, typing, the progress message) while
// megabytes are read. The worker is started with the page, so analysing
// makes no network request; small inputs are analysed on the main thread,
// which is faster than the round trip.

// installWorkerAPI adds policylens._analyzeJSON, which the worker uses: the
// report as JSON with byte offsets, ready for json.Unmarshal on the page.
func installWorkerAPI() {
	api.Set("_analyzeJSON", js.FuncOf(func(this js.Value, args []js.Value) any {
		text := ""
		if len(args) > 0 && args[0].Type() == js.TypeString {
			text = args[0].String()
		}
		b, err := json.Marshal(analyzer.Analyze(text))
		if err != nil {
			return js.Null()
		}
		return string(b)
	}))
}

// startWorker starts the analysis worker if the loader told us its URL.
func (p *page) startWorker() {
	url := api.Get("_workerURL")
	if url.Type() != js.TypeString || js.Global().Get("Worker").Type() != js.TypeFunction {
		return
	}
	w := js.Global().Get("Worker").New(url)
	p.worker = w
	on(w, "message", func(ev js.Value) {
		data := ev.Get("data")
		if data.Type() == js.TypeObject && data.Get("type").String() == "ready" {
			p.doc.Underlying().Get("body").Get("dataset").Set("worker", "ready")
			return
		}
		if p.pending != nil {
			p.pending <- data
		}
	})
	on(w, "error", func(ev js.Value) {
		ev.Call("preventDefault")
		p.worker = js.Undefined() // fall back to the main thread
		if p.pending != nil {
			p.pending <- js.Null()
		}
	})
}

// runAnalysis analyses text, in the worker when it is big and the worker
// runs, else right here. It must not be called from an event callback.
func (p *page) runAnalysis(text string) *analyzer.Report {
	if len(text) <= bigInput || p.worker.Type() != js.TypeObject {
		return analyzer.Analyze(text)
	}
	p.workerMu.Lock() // one request at a time; replies come in order
	defer p.workerMu.Unlock()
	if p.worker.Type() != js.TypeObject { // it failed while we waited
		return analyzer.Analyze(text)
	}
	p.pending = make(chan js.Value, 1)
	p.worker.Call("postMessage", text)
	data := <-p.pending
	p.pending = nil
	if data.Type() != js.TypeString {
		return analyzer.Analyze(text)
	}
	var r analyzer.Report
	if err := json.Unmarshal([]byte(data.String()), &r); err != nil {
		return analyzer.Analyze(text)
	}
	return &r
}
