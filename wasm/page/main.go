//go:build js && wasm

package main

import "syscall/js"

// main runs with GOGC=400, which whoever starts the WASM sets (site/app.js,
// site/worker.js, the extension's popup.js): the page's heap is dominated by
// one big report at a time, and collecting less often keeps rendering of
// megabyte policies from being mostly GC. (runtime/debug.SetGCPercent would
// link os and fmt into the page.)
//
// The page's steps to ready are marked (performance.mark, "policylens-"
// and the step) so that a slower start can be told apart: the loader marks
// the WASM instantiated (site/app.js), main the start of Go's main (after
// the runtime's and the packages' init), the page wired, the model's
// bytes in hand (loadModel: model-bytes), the model read, the first
// analysis done, and the loader ready itself.
func main() {
	mark("main")
	installAPI()
	installWorkerAPI()
	installShareAPI()
	installOutlineAPI()
	var p *page
	// Without a document (the analysis worker) or without the page's
	// elements (the extension popup), only the API is installed.
	if doc := js.Global().Get("document"); doc.Type() == js.TypeObject {
		if !doc.Call("getElementById", "policy-input").IsNull() {
			p = startPage(doc)
		}
	}
	mark("page")
	loadModel()
	mark("model")
	analyze("We collect your email address.") // the first allocations, before ready
	mark("first-analysis")
	startOutline(p)
	if p == nil {
		markReady()
		if js.Global().Get("document").Type() != js.TypeObject {
			warmUpAnalysis() // the analysis worker
		}
		select {}
	}
	p.ready()
	startShare(p)
	p.warmUp()
	select {}
}

// mark marks step of the start-up on the browser's timeline.
func mark(step string) {
	if perf := js.Global().Get("performance"); perf.Type() == js.TypeObject {
		perf.Call("mark", "policylens-"+step)
	}
}
