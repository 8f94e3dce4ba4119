//go:build js && wasm

package main

import (
	"errors"
	"syscall/js"

	"github.com/policylens/policylens/analyzer"
)

// The outline reader's cues are not in the WASM either (analyzer/outline_js.go:
// it holds only what telling a text's language needs). The loader fetches
// them beside the WASM once the page is ready, at a low priority, whatever
// the text (site/app.js: outline.txt), and passes them as
// policylens.outline, a promise of their bytes as policylens.model is.
// Nothing waits for them but the analysis of a text in a language of
// rules/outline that comes before them: the page shows it is at work
// until they are there, or could not be had (the report's notice then
// says why). The analysis worker gets the page's copy (worker.js:
// policylens._setOutline), before any text that follows.

var (
	outlineDone    = make(chan struct{}) // closed once the cues are read, or could not be had
	outlineBytes   []byte                // the asset, for the worker
	outlineProblem string                // why there are no cues; "" when there are
	outlineResolve js.Value              // resolves policylens.outlineLoaded
)

// startOutline loads the cues policylens.outline stands for, in their own
// goroutine, then gives them to page p's worker (p nil: no page). Without
// policylens.outline, the analysis worker waits for the page's copy
// (_setOutline), and any other host has no outline reading.
func startOutline(p *page) {
	v := api.Get("outline")
	if v.Type() == js.TypeUndefined || v.IsNull() {
		if js.Global().Get("document").Type() == js.TypeObject {
			setOutline(nil, errors.New("no outline cues were given to the analyser"))
			outlineSettled()
		}
		return
	}
	go func() {
		b, err := awaitBytes(v)
		if err == errNotBytes {
			err = errors.New("policylens.outline is not the bytes of the outline cues")
		}
		setOutline(b, err)
		if p != nil && p.worker.Type() == js.TypeObject {
			postOutline(p.worker) // before outlineDone: a text waiting for it goes to the worker after it
		}
		outlineSettled()
	}()
}

// outlineSettled closes outlineDone and resolves policylens.outlineLoaded,
// once.
func outlineSettled() {
	select {
	case <-outlineDone:
		return
	default:
	}
	close(outlineDone)
	outlineResolve.Invoke(outlineProblem)
}

// setOutline gives the analyzer the cues, or err.
func setOutline(b []byte, err error) {
	if err = analyzer.SetOutline(b, err); err != nil {
		outlineProblem = err.Error()
		return
	}
	outlineBytes = b
}

// installOutlineAPI adds policylens.outlineLoaded, a promise of "" once the
// cues are read or of why they could not be had (a host that calls
// policylens.analyze on a text not in English may await it), and
// policylens._setOutline(bytes, error), which the worker calls with the
// page's copy.
func installOutlineAPI() {
	executor := js.FuncOf(func(_ js.Value, args []js.Value) any { outlineResolve = args[0]; return nil })
	api.Set("outlineLoaded", js.Global().Get("Promise").New(executor))
	executor.Release()
	api.Set("_setOutline", js.FuncOf(func(this js.Value, args []js.Value) any {
		var b []byte
		var err error
		if len(args) > 0 && args[0].Type() == js.TypeObject {
			b = make([]byte, args[0].Length())
			js.CopyBytesToGo(b, args[0])
		} else {
			msg := "the page had none"
			if len(args) > 1 && args[1].Type() == js.TypeString {
				msg = args[1].String()
			}
			err = errors.New(msg)
		}
		setOutline(b, err)
		outlineSettled()
		return nil
	}))
}

// postOutline sends the page's cues, or why it has none, to worker w.
func postOutline(w js.Value) {
	if outlineBytes == nil {
		w.Call("postMessage", map[string]any{"type": "outline", "error": outlineProblem})
		return
	}
	b := js.Global().Get("Uint8Array").New(len(outlineBytes))
	js.CopyBytesToJS(b, outlineBytes)
	w.Call("postMessage", map[string]any{"type": "outline", "bytes": b}, []any{b.Get("buffer")})
}

// outlineWaited reports whether r is the report of a text in a language of
// rules/outline analysed before the cues came (outlineDone still open).
func outlineWaited(r *analyzer.Report) bool {
	select {
	case <-outlineDone:
		return false
	default:
	}
	for _, n := range r.Notices {
		if n.ID == "outline-unavailable" {
			return true
		}
	}
	return false
}
