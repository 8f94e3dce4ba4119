//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/wasm/jsapi"
)

// The page analyses big inputs in a Web Worker running this same WASM, so
// the page stays responsive (scrolling, typing, the progress message) while
// megabytes are read. The worker is started with the page, so analysing
// makes no network request; small inputs are analysed on the main thread,
// which is faster than the round trip.

// installWorkerAPI adds policylens._analyzeCompact, which the worker uses:
// {meta, nums}, the report in jsapi's compact form (byte offsets),
// which the page decodes far faster than JSON.
func installWorkerAPI() {
	api.Set("_analyzeCompact", js.FuncOf(func(this js.Value, args []js.Value) any {
		text := ""
		if len(args) > 0 && args[0].Type() == js.TypeString {
			text = args[0].String()
		}
		c, err := jsapi.EncodeCompact(analyzeHere(text))
		if err != nil {
			return js.Null()
		}
		nums := js.Global().Get("Uint8Array").New(len(c.Nums))
		js.CopyBytesToJS(nums, c.Nums)
		return map[string]any{"meta": string(c.Meta), "nums": nums}
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
	// The worker reads with the page's sentence model, or, like the page,
	// without one.
	if modelBytes != nil {
		b := js.Global().Get("Uint8Array").New(len(modelBytes))
		js.CopyBytesToJS(b, modelBytes)
		w.Call("postMessage", map[string]any{"type": "model", "bytes": b}, []any{b.Get("buffer")})
	} else {
		w.Call("postMessage", map[string]any{"type": "model", "error": modelProblem})
	}
	select { // the outline cues, if the page has them already (else startOutline sends them)
	case <-outlineDone:
		postOutline(w)
	default:
	}
	on(w, "message", func(ev js.Value) {
		data := ev.Get("data")
		if data.Type() == js.TypeObject && data.Get("type").String() == "ready" {
			p.doc.Get("body").Get("dataset").Set("worker", "ready")
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

// withHeadings keeps only the heading blocks of a report analysed with
// its blocks: the page needs them (headings are never highlighted), and
// the rest would only cost time between the worker and the page.
func withHeadings(r *analyzer.Report) *analyzer.Report {
	hs := r.Blocks[:0]
	for _, b := range r.Blocks {
		if b.Kind == "heading" {
			hs = append(hs, b)
		}
	}
	r.Blocks = hs
	return r
}

// analyzeHere analyses text on this thread, with its headings.
func analyzeHere(text string) *analyzer.Report {
	return withHeadings(analyze(text, analyzer.WithBlocks()))
}

// runAnalysis analyses text (jsText is the same as a JavaScript string), in
// the worker when it is big and the worker runs, else right here, and
// returns the report (without blocks, as analyzer.Analyze gives it), the
// spans of its headings, and text: a long text may come as jsText alone
// (text "", see goText), and is copied meanwhile. It must not be called
// from an event callback.
func (p *page) runAnalysis(text string, jsText js.Value, gen int) (*analyzer.Report, []analyzer.Span, string) {
	r, text := p.analyzeBlocks(text, jsText, gen)
	var headings []analyzer.Span
	for _, b := range r.Blocks {
		headings = append(headings, analyzer.Span{Start: b.Start, End: b.End})
	}
	r.Blocks = []analyzer.Block{}
	return r, headings, text
}

// analyzeBlocks analyses text with its heading blocks, in the worker when
// it is big and the worker runs, and returns text, copied from jsText if it
// came without (goText).
func (p *page) analyzeBlocks(text string, jsText js.Value, gen int) (*analyzer.Report, string) {
	if text == "" && jsText.Type() == js.TypeString {
		if jsLen(jsText) <= bigInput || p.worker.Type() != js.TypeObject {
			text = jsText.String()
		}
	}
	if len(text) <= bigInput && text != "" || p.worker.Type() != js.TypeObject {
		return analyzeHere(text), text
	}
	p.workerMu.Lock() // one request at a time; replies come in order
	defer p.workerMu.Unlock()
	if p.worker.Type() != js.TypeObject { // it failed while we waited
		if text == "" {
			text = jsText.String()
		}
		return analyzeHere(text), text
	}
	p.pending = make(chan js.Value, 1)
	p.worker.Call("postMessage", jsText)
	if text == "" { // while the worker reads it
		text, _ = copyText(jsText, func() bool { return p.breathe(gen) })
	}
	data := <-p.pending
	p.pending = nil
	if gen != p.gen { // a newer text came: the caller drops this one
		return &analyzer.Report{}, text
	}
	p.slice = now()
	if data.Type() != js.TypeObject || data.Get("meta").Type() != js.TypeString {
		return analyzeHere(text), text
	}
	t0 := now()
	c := jsapi.Compact{Meta: []byte(data.Get("meta").String()), Nums: make([]byte, data.Get("nums").Length())}
	js.CopyBytesToGo(c.Nums, data.Get("nums"))
	p.breathe(gen)
	r, err := jsapi.DecodeCompact(c, text, func() { p.breathe(gen) })
	if err != nil {
		return analyzeHere(text), text
	}
	p.doc.Get("body").Get("dataset").Set("decodeMs", int(now()-t0))
	return r, text
}
