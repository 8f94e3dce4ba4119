//go:build js && wasm

package main

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"syscall/js"
	"time"

	"honnef.co/go/js/dom/v2"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/wasm/view"
)

// example is the policy behind "Try an example": written for PolicyLens, it
// touches every highlight kind. It is compiled in so the button needs no
// network request.
//
//go:embed example.txt
var example string

// bigInput is the size from which the page tells the reader it is working
// before analysing, and waits longer after each keystroke.
const bigInput = 256 << 10

// viewChunk is how much text the highlighted view shows at first, and how
// much more each "Show more" adds.
const viewChunk = 128 << 10

// page is the running web page.
type page struct {
	doc      dom.Document
	input    *dom.HTMLTextAreaElement
	text     js.Value // article#text: the policy with highlights
	summary  js.Value // aside#summary
	verdict  js.Value // div#verdict-slot: the verdict card
	filters  js.Value // div#filters
	notices  js.Value // div#notices
	results  js.Value // section#results
	message  js.Value // p#input-message
	tip      js.Value // div#tip
	more     js.Value // p#text-more: shown when the view is cut short
	moreText js.Value // its message
	inputSec js.Value // section#input-section: collapses to a bar after a paste
	about    js.Value // span#input-about: what the bar says of the text
	share    *shareUI // nil until the share panel is wired

	src    string           // the text the report is about
	limit  int              // how many bytes of src the highlighted view should show
	shown  int              // how many it shows (limit moved to a line end)
	report *analyzer.Report // nil before the first analysis
	hls    []view.Highlight // the report's highlights, in text order
	hidden map[string]bool  // highlight kinds the reader switched off
	source string           // the file the text came from, if any
	pasted bool             // the text now being analysed came in whole (a paste, a file, an example, a link)

	elems   map[int][]js.Value // finding index -> its elements in the text
	marks   []js.Value         // <mark> elements in document order
	current int                // index in marks of the focused highlight, -1 if none

	timer *time.Timer
	gen   int // bumps on every input; stale analyses are dropped

	worker   js.Value      // the analysis Web Worker, undefined if none
	workerMu sync.Mutex    // held while a request is with the worker
	pending  chan js.Value // the reply the worker owes us, nil when idle
}

// byID returns a page element. It calls getElementById directly: dom/v2's
// GetElementByID wraps every result in its element type switch, which
// links every element type into the WASM (tens of KB compressed).
func byID(doc dom.Document, id string) js.Value {
	el := doc.Underlying().Call("getElementById", id)
	if el.IsNull() {
		panic("page element #" + id + " is missing")
	}
	return el
}

// startPage wires the page's elements.
func startPage(doc dom.Document) *page {
	p := &page{
		doc:      doc,
		input:    &dom.HTMLTextAreaElement{BasicHTMLElement: &dom.BasicHTMLElement{BasicElement: &dom.BasicElement{BasicNode: &dom.BasicNode{Value: byID(doc, "policy-input")}}}},
		text:     byID(doc, "text"),
		summary:  byID(doc, "summary-body"),
		verdict:  byID(doc, "verdict-slot"),
		inputSec: byID(doc, "input-section"),
		about:    byID(doc, "input-about"),
		filters:  byID(doc, "filters"),
		notices:  byID(doc, "notices"),
		results:  byID(doc, "results"),
		message:  byID(doc, "input-message"),
		tip:      byID(doc, "tip"),
		more:     byID(doc, "text-more"),
		moreText: byID(doc, "text-more-msg"),
		hidden:   map[string]bool{},
		current:  -1,
		worker:   js.Undefined(),
	}
	on(p.input.Underlying(), "input", func(ev js.Value) {
		// A paste, a drop or text set by a script comes in whole; typing does not.
		kind := ev.Get("inputType")
		p.pasted = kind.Type() != js.TypeString || kind.String() == "" || strings.HasPrefix(kind.String(), "insertFrom")
		p.source = ""
		p.schedule()
	})
	on(byID(doc, "example"), "click", func(js.Value) {
		p.input.SetValue(example)
		p.source, p.pasted = "The PolicyLens example policy", true
		p.analyzeNow()
	})
	on(byID(doc, "clear"), "click", func(js.Value) {
		p.input.SetValue("")
		p.source = ""
		p.analyzeNow()
		p.input.Focus()
	})
	on(byID(doc, "edit-text"), "click", func(js.Value) {
		p.collapse(false)
		p.input.Focus()
	})
	on(byID(doc, "show-more"), "click", func(js.Value) {
		p.limit = p.shown + viewChunk
		p.renderText()
	})
	p.wireFiles()
	p.wireText()
	p.wireSummary()
	p.wireExport()
	return p
}

// ready tells the reader the analyser works and analyses any text the
// browser restored into the textarea after a reload.
func (p *page) ready() {
	p.startWorker() // after our own warm-up: the worker warms up too
	setText(byID(p.doc, "status"), "Ready. Everything runs on this device: the policy text is never sent anywhere.")
	if p.input.Value() != "" {
		p.analyzeNow()
	}
}

// on adds an event listener on a raw element.
func on(el js.Value, typ string, fn func(ev js.Value)) {
	el.Call("addEventListener", typ, js.FuncOf(func(this js.Value, args []js.Value) any {
		fn(args[0])
		return nil
	}))
}

// setText replaces an element's content with text; policy content is only
// ever inserted this way or as text nodes.
func setText(el js.Value, s string) { el.Set("textContent", s) }

// schedule analyses the input after a short pause in typing.
func (p *page) schedule() {
	p.gen++
	gen := p.gen
	if p.timer != nil {
		p.timer.Stop()
	}
	delay := 40 * time.Millisecond
	if len(p.input.Value()) > bigInput {
		delay = 300 * time.Millisecond
	}
	p.timer = time.AfterFunc(delay, func() {
		if gen == p.gen {
			p.analyze()
		}
	})
}

// analyzeNow analyses the input at once (example, clear, file open). It
// runs in its own goroutine: analysis may wait for the worker or a paint,
// and blocking inside an event callback would deadlock.
func (p *page) analyzeNow() {
	p.gen++
	if p.timer != nil {
		p.timer.Stop()
	}
	go p.analyze()
}

func (p *page) setState(s string) {
	p.doc.Underlying().Get("body").Get("dataset").Set("state", s)
}

// analyze runs the analyzer on the current input and shows the result.
func (p *page) analyze() {
	text := p.input.Value()
	if text == p.src && p.report != nil {
		p.setState("done") // already shown
		return
	}
	if strings.TrimSpace(text) == "" {
		p.src, p.report, p.hls = "", nil, nil
		p.results.Set("hidden", true)
		p.collapse(false)
		setText(p.message, "")
		p.setState("empty")
		return
	}
	if len(text) > bigInput {
		setText(p.message, fmt.Sprintf("Analysing %s of text…", size(len(text))))
		p.setState("analysing")
		gen := p.gen
		nextPaint()
		if gen != p.gen { // the reader kept typing
			return
		}
	}
	gen := p.gen
	pasted := p.pasted
	t0 := now()
	r, headings := p.runAnalysis(text)
	t1 := now()
	if gen != p.gen { // the text changed meanwhile; a newer analysis follows
		return
	}
	if len(text) > bigInput {
		nextPaint() // let the page breathe between decoding and rendering
		if gen != p.gen {
			return
		}
	}
	p.src, p.report, p.limit = text, r, viewChunk
	p.hls = view.Highlights(r.Findings, headings)
	p.render()
	t2 := now()
	ds := p.doc.Underlying().Get("body").Get("dataset")
	ds.Set("analyzeMs", fmt.Sprintf("%.1f", t1-t0))
	ds.Set("renderMs", fmt.Sprintf("%.1f", t2-t1))
	n := 0
	for _, h := range p.hls {
		if h.Kind != "" {
			n++
		}
	}
	if p.share != nil {
		p.share.analysed()
	}
	if pasted {
		p.pasted = false
		setText(p.about, p.describeText())
		p.collapse(true)
		to := p.verdict
		if len(r.Rubric.Items) == 0 {
			to = p.results // no verdict: the notices say why
		}
		to.Call("scrollIntoView", map[string]any{"block": "start"})
	}
	if hasError(r) {
		setText(p.message, "") // the notice above the results says what is wrong
	} else {
		setText(p.message, fmt.Sprintf("%d highlights in %s of text, analysed in %.0f ms on this device.", n, size(len(text)), t2-t0))
	}
	p.setState("done")
}

// collapse folds the paste area to a bar that says what was pasted, with
// "Edit text", or opens it again. The highlighted text below shows the
// policy anyway.
func (p *page) collapse(fold bool) {
	p.inputSec.Get("classList").Call("toggle", "collapsed", fold)
	byID(p.doc, "input-bar").Set("hidden", !fold)
	byID(p.doc, "input-body").Set("hidden", fold)
}

// describeText says what the reader is looking at: the file or example it
// came from, else the policy's first line, and its size.
func (p *page) describeText() string {
	return p.title() + " (" + size(len(p.src)) + ")"
}

// title is the policy's title for the reader and the printout: the file it
// came from, else its first line of text, shortened.
func (p *page) title() string {
	if p.source != "" {
		return p.source
	}
	for _, line := range strings.Split(p.src[:min(len(p.src), 4096)], "\n") {
		line = strings.Trim(strings.TrimSpace(line), "#*=-_ ")
		if len(line) >= 3 {
			return view.Shorten(line, 80)
		}
	}
	return "Pasted text"
}

func hasError(r *analyzer.Report) bool {
	for _, n := range r.Notices {
		if n.Level == "error" {
			return true
		}
	}
	return false
}

// nextPaint blocks until the browser has painted once, so a progress message
// shows before a long synchronous analysis.
func nextPaint() {
	done := make(chan struct{})
	var f js.Func
	f = js.FuncOf(func(js.Value, []js.Value) any {
		f.Release()
		js.Global().Call("setTimeout", js.FuncOf(func(js.Value, []js.Value) any { close(done); return nil }), 0)
		return nil
	})
	js.Global().Call("requestAnimationFrame", f)
	<-done
}

func now() float64 { return js.Global().Get("performance").Call("now").Float() }

// size formats a byte count for people.
func size(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
