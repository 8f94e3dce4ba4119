//go:build js && wasm

package main

import "syscall/js"

// main runs with GOGC=400, which whoever starts the WASM sets (site/app.js,
// site/worker.js, the extension's popup.js): the page's heap is dominated by
// one big report at a time, and collecting less often keeps rendering of
// megabyte policies from being mostly GC. (runtime/debug.SetGCPercent would
// link os and fmt into the page.)
func main() {
	installAPI()
	installWorkerAPI()
	installShareAPI()
	var p *page
	// Without a document (the analysis worker) or without the page's
	// elements (the extension popup), only the API is installed.
	if doc := js.Global().Get("document"); doc.Type() == js.TypeObject {
		if !doc.Call("getElementById", "policy-input").IsNull() {
			p = startPage(doc)
			nextPaint() // show the page before warming up
		}
	}
	loadModel()
	analyze("We collect your email address.") // the first allocations, before ready
	markReady()
	if p != nil {
		p.ready()
		startShare(p)
		p.warmUp()
	} else if js.Global().Get("document").Type() != js.TypeObject {
		warmUpAnalysis() // the analysis worker
	}
	select {}
}
