//go:build js && wasm

package main

import (
	"strconv"
	"strings"
	"sync"
	"syscall/js"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/internal/decimal"
	"github.com/policylens/policylens/wasm/jsapi"
	example_ "github.com/policylens/policylens/wasm/page/example"
	"github.com/policylens/policylens/wasm/view"
)

// example is the policy behind "Try an example". It is compiled in so the
// button needs no network request.
const example = example_.Text

// bigInput is the size from which the page analyses in its Web Worker,
// tells the reader it is working, waits longer after each keystroke, and
// has the text edited in its editor rather than in the paste area.
const bigInput = 64 << 10

// blockSize is about how much text each block of the highlighted view
// holds (view.Blocks, view.js).
const blockSize = 8 << 10

// firstBlock is about how much text the first block holds: about a screen
// of the text column (2 KB of arlo.md is 950 px high at 1280 px wide). The
// browser lays out and paints whole every block near the screen
// (content-visibility: auto, style.css), and after a paste the first one
// is: as long as the others (4,000 px), it took 2.1 of the 6.7 ms (CPU) of
// the frame that showed a 51 KB policy, at 2 KB 0.7.
const firstBlock = 2 << 10

// page is the running web page.
type page struct {
	doc      js.Value // the document
	input    js.Value // textarea#policy-input: the paste area
	text     js.Value // article#text: the policy with highlights
	summary  js.Value // aside#summary
	verdict  js.Value // div#verdict-slot: the verdict card
	filters  js.Value // div#filters
	notices  js.Value // div#notices
	results  js.Value // section#results
	message  js.Value // p#input-message
	tip      js.Value // div#tip
	inputSec js.Value // section#input-section: collapses to a bar after a paste
	about    js.Value // span#input-about: what the bar says of the text
	share    *shareUI // nil until the share panel is wired
	view     js.Value // the text view (site/view.js) of article#text
	editor   js.Value // div#policy-editor: where a long text is edited (see openArea)
	editView js.Value // its text view
	canEdit  bool     // the browser has contenteditable="plaintext-only"
	editing  bool     // the editor, not the paste area, holds the reader's text

	src    string           // the text the report is about
	jsSrc  js.Value         // the same text as a JavaScript string
	u16    *jsapi.Index     // src's byte offsets in UTF-16 units, as jsSrc counts
	stale  bool             // the paste area does not hold src (a whole text came in another way)
	report *analyzer.Report // nil before the first analysis
	hls    []view.Highlight // the report's highlights, in text order
	hidden map[string]bool  // highlight kinds the reader switched off
	source string           // the file the text came from, if any
	pasted bool             // the text now being analysed came in whole (a paste, a file, an example, a link)

	filterCounts []js.Value // the filters' count elements, in view.Kinds order; nil until built
	filterShown  []int      // the counts they show

	timer      js.Value // the pending setTimeout of schedule, if any
	typed      js.Func  // what it calls: analyses the reader's text
	gen        int      // bumps on every input; stale analyses are dropped
	slice      float64  // when the page's current turn on the main thread began (breathe)
	sliced     bool     // the text now analysed is long: the page lets the browser paint between slices of its work
	shownEarly bool     // render scrolled to the verdict before building the summary's sections
	waited     float64  // ms the current analysis waited for paints (breathe)
	rate       float64  // bytes per millisecond of the last long analysis (progress)

	textMs, summaryMs float64  // how long the last render took to show the text and the summary
	planBuf           planBuf  // renderText's buffers
	shownSum          shownSum // what the summary shows, so that an unchanged one is kept
	texts             int      // renderText's calls, so that one that pauses sees another came meanwhile
	shown             js.Value // the promise of the text view's last show

	worker   js.Value      // the analysis Web Worker, undefined if none
	workerMu sync.Mutex    // held while a request is with the worker
	pending  chan js.Value // the reply the worker owes us, nil when idle
}

// byID returns a page element.
func byID(doc js.Value, id string) js.Value {
	el := doc.Call("getElementById", id)
	if el.IsNull() {
		panic("page element #" + id + " is missing")
	}
	return el
}

// startPage wires the page's elements.
func startPage(doc js.Value) *page {
	p := &page{
		doc:      doc,
		input:    byID(doc, "policy-input"),
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
		editor:   byID(doc, "policy-editor"),
		hidden:   map[string]bool{},
		worker:   js.Undefined(),
		jsSrc:    js.ValueOf(""),
		u16:      jsapi.NewIndex(""),
	}
	p.typed = js.FuncOf(func(js.Value, []js.Value) any {
		v := p.areaText()
		go p.analyze(goText(v), v)
		return nil
	})
	p.view = api.Get("_TextView").New(p.text)
	api.Set("_textView", p.view) // the tests ask it what a highlight shows (findings)
	p.editView = api.Get("_TextView").New(p.editor, false)
	p.editor.Call("setAttribute", "contenteditable", "plaintext-only")
	p.canEdit = p.editor.Get("contentEditable").String() == "plaintext-only"
	input := func(ev js.Value) {
		p.stale = false
		p.source = ""
		// A paste, a drop or text set by a script comes in whole and is
		// analysed at once; typing waits for a pause.
		kind := ev.Get("inputType")
		if kind.Type() != js.TypeString || kind.String() == "" || strings.HasPrefix(kind.String(), "insertFrom") {
			p.pasted = true
			p.analyzeInput()
			return
		}
		p.schedule()
	}
	on(p.input, "input", input)
	on(p.editor, "input", input)
	on(p.input, "paste", func(ev js.Value) {
		// A paste that replaces the whole text is taken from the clipboard
		// as it is: writing megabytes into the paste area and reading them
		// back would hold the page up for as long as its layout takes.
		data := ev.Get("clipboardData")
		in := p.input
		if data.Type() != js.TypeObject || in.Get("readOnly").Bool() ||
			in.Get("selectionStart").Int() != 0 || in.Get("selectionEnd").Int() != in.Get("textLength").Int() {
			return
		}
		t := data.Call("getData", "text/plain")
		if t.Type() != js.TypeString || jsLen(t) == 0 {
			return
		}
		ev.Call("preventDefault")
		p.take(goText(t), t, "")
	})
	on(byID(doc, "example"), "click", func(js.Value) {
		p.take(example, js.Undefined(), "The PolicyLens example policy")
	})
	on(byID(doc, "clear"), "click", func(js.Value) {
		p.input.Set("value", "")
		p.useEditor(false)
		p.stale, p.source = false, ""
		p.analyzeInput()
		p.input.Call("focus")
	})
	on(byID(doc, "edit-text"), "click", func(js.Value) {
		p.collapse(false)
		p.area().Call("focus")
	})
	p.wireFiles()
	p.wireText()
	p.wireSummary()
	p.wireExport()
	return p
}

// ready tells the reader the analyser works, resolves policylens.ready,
// starts the analysis worker once whoever awaits ready has run, and
// analyses any text the browser restored into the textarea after a reload.
func (p *page) ready() {
	status := byID(p.doc, "status")
	if modelProblem != "" {
		setText(status, "Ready, but reading with the rules alone: "+modelProblem+". Results may differ from the command line's; reload the page to try again.")
		status.Get("classList").Call("add", "warn")
	} else {
		setText(status, "Ready. Everything runs on this device: the policy text is never sent anywhere.")
	}
	markReady()
	nextTask()
	p.startWorker()
	if p.input.Get("value").String() != "" {
		p.analyzeInput()
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

// schedule analyses the paste area's text after a short pause in typing.
func (p *page) schedule() {
	p.gen++
	js.Global().Call("clearTimeout", p.timer)
	delay := 40 // ms
	if p.editing || len(p.src) > bigInput {
		delay = 300
	}
	p.timer = js.Global().Call("setTimeout", p.typed, delay)
}

// take analyses a whole new text at once: a paste, a file, the example, a
// shared link. jsText is the same text as a JavaScript string, or undefined.
// The paste area gets the text only when the reader opens it ("Edit text").
func (p *page) take(text string, jsText js.Value, source string) {
	p.source, p.pasted, p.stale = source, true, true
	p.input.Set("value", "")
	p.useEditor(false)
	p.analyzeNow(text, jsText)
}

// analyzeInput analyses the reader's text at once.
func (p *page) analyzeInput() {
	v := p.areaText()
	p.analyzeNow(goText(v), v)
}

// goText is s, a JavaScript string, as Go's, or "" when s is longer than
// bigInput: analyze then copies it itself (copyText), after the paint that
// shows the reader it is at work, while the worker reads it. A megabyte
// takes tens of milliseconds to copy, which the paste or keystroke that
// brought it need not wait for.
func goText(s js.Value) string {
	if jsLen(s) > bigInput {
		return ""
	}
	return s.String()
}

// copyPiece is how many UTF-16 units of a long text copyText copies at a
// time.
const copyPiece = 128 << 10

// copyText copies s, a long JavaScript string, to Go, a piece at a time,
// calling pause between pieces, and gives up (false) when pause does.
func copyText(s js.Value, pause func() bool) (string, bool) {
	str := object.Invoke(s) // a String object: its methods can be called
	n := jsLen(s)
	var b strings.Builder
	b.Grow(n)
	for i := 0; i < n; {
		j := min(i+copyPiece, n)
		if c := str.Call("charCodeAt", j-1).Int(); j < n && c >= 0xD800 && c < 0xDC00 {
			j-- // not between the halves of a surrogate pair
		}
		b.WriteString(str.Call("substring", i, j).String())
		i = j
		if i < n && !pause() {
			return "", false
		}
	}
	return b.String(), true
}

// jsLen is the length of s, a JavaScript string, in UTF-16 units.
func jsLen(s js.Value) int { return object.Invoke(s).Get("length").Int() }

var object = js.Global().Get("Object")

// area is where the reader edits the text: the paste area, or the editor.
func (p *page) area() js.Value {
	if p.editing {
		return p.editor
	}
	return p.input
}

// areaText is the text the reader edits, as a JavaScript string. A paste
// area's value costs the browser about a second per megabyte to read once
// it has been typed in, and it is read after every pause in typing: a long
// text is edited in the editor, a plain-text contenteditable element in
// blocks like the highlighted view's, whose text is read in milliseconds.
func (p *page) areaText() js.Value {
	if p.editing {
		return p.editor.Get("textContent")
	}
	return p.input.Get("value")
}

// useEditor shows the editor (empty until openArea fills it) or the paste area.
func (p *page) useEditor(on bool) {
	if !on && p.editing {
		p.editView.Call("show", "", int32s(nil), int32s(nil), "", int32s(nil), true)
	}
	p.editing = on
	p.editor.Set("hidden", !on)
	p.input.Set("hidden", on)
}

// openArea puts the text into the paste area, or a long one into the editor
// (where the browser has one), when it came in another way (stale).
func (p *page) openArea() {
	if !p.stale {
		return
	}
	p.stale = false
	if len(p.src) <= bigInput || !p.canEdit {
		p.useEditor(false)
		p.input.Set("value", p.jsSrc)
		return
	}
	p.useEditor(true)
	mode := "plaintext-only"
	if p.input.Get("readOnly").Bool() {
		mode = "false" // a shared report is read-only
	}
	p.editor.Call("setAttribute", "contenteditable", mode)
	cuts := view.Blocks(p.src, nil, firstBlock, blockSize)
	cuts16 := make([]int32, len(cuts))
	for i, c := range cuts {
		cuts16[i] = int32(p.u16.UTF16(c))
	}
	p.editView.Call("show", p.jsSrc, int32s(nil), int32s(nil), "", int32s(cuts16), true)
}

// analyzeNow analyses text at once. It runs in its own goroutine: analysis
// may wait for the worker or a paint, and blocking inside an event callback
// would deadlock.
func (p *page) analyzeNow(text string, jsText js.Value) {
	p.gen++
	js.Global().Call("clearTimeout", p.timer)
	go p.analyze(text, jsText)
}

func (p *page) setState(s string) {
	p.doc.Get("body").Get("dataset").Set("state", s)
}

// analyze runs the analyzer on text and shows the result; jsText is the
// same text as a JavaScript string, or undefined. A text longer than
// bigInput may come as jsText alone, with text "" (goText).
func (p *page) analyze(text string, jsText js.Value) {
	later := text == "" && jsText.Type() == js.TypeString && jsLen(jsText) > bigInput
	if !later && text == p.src && p.report != nil {
		p.setState("done") // already shown
		return
	}
	if !later && strings.TrimSpace(text) == "" {
		p.showEmpty()
		return
	}
	if jsText.Type() != js.TypeString {
		jsText = js.ValueOf(text)
	}
	gen := p.gen
	length := len(text)
	if later {
		length = jsLen(jsText) // UTF-16 units: at most its bytes
	}
	p.slice, p.waited, p.sliced = now(), 0, length > bigInput
	if p.sliced {
		setText(p.message, "Analysing "+size(length)+" of text…")
		p.setState("analysing")
		nextPaint()
		if gen != p.gen { // the reader kept typing
			return
		}
	}
	pasted := p.pasted
	t0 := now()
	r, headings, text := p.runAnalysis(text, jsText, gen)
	if outlineWaited(r) && gen == p.gen {
		// A text in a language read in outline, before its cues came:
		// the page is at work until they are there (startOutline).
		setText(p.message, "Loading the reading material for this language…")
		p.setState("analysing")
		<-outlineDone
		if gen != p.gen {
			return
		}
		r, headings, text = p.runAnalysis(text, jsText, gen)
	}
	t1 := now()
	if gen != p.gen { // the text changed meanwhile; a newer analysis follows
		return
	}
	if strings.TrimSpace(text) == "" { // a long run of spaces
		p.showEmpty()
		return
	}
	if !p.breathe(gen) {
		return
	}
	p.src, p.jsSrc, p.u16, p.report = text, jsText, jsapi.NewIndex(text), r
	p.hls = view.Highlights(r.Findings, headings)
	if !p.breathe(gen) {
		return
	}
	// A whole new text with a verdict: the page scrolls to the card.
	below := pasted && len(r.Rubric.Items) > 0
	shown, ok := p.render(gen, below)
	if !ok {
		return
	}
	t2 := now()
	ds := p.doc.Get("body").Get("dataset")
	ds.Set("analyzeMs", decimals(t1-t0, 1))
	ds.Set("renderMs", decimals(t2-t1, 1))
	ds.Set("waitMs", decimals(p.waited, 1)) // of analyzeMs and renderMs: waiting for paints (breathe)
	ds.Set("textMs", int(p.textMs))
	ds.Set("summaryMs", int(p.summaryMs))
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
		if !p.shownEarly {
			p.showResults()
		}
	}
	if hasError(r) {
		setText(p.message, "") // the notice above the results says what is wrong
	} else {
		setText(p.message, view.HighlightCount(n)+" in "+size(len(text))+" of text, analysed in "+decimal.Thousands(int(t2-t0+0.5))+" ms on this device.")
	}
	// The rest of a long text is built in idle time; done means all of it.
	if _, err := awaitValue(shown); err != nil || gen != p.gen {
		return
	}
	ds.Set("textDoneMs", decimals(now()-t1, 1))
	p.setState("done")
}

// showResults folds the paste area to its bar and scrolls to the verdict
// card, or to the results when there is none (the notices say why).
func (p *page) showResults() {
	setText(p.about, p.describeText())
	p.collapse(true)
	to := p.verdict
	if len(p.report.Rubric.Items) == 0 {
		to = p.results
	}
	to.Call("scrollIntoView", map[string]any{"block": "start"})
}

// showEmpty shows that there is no text to analyse.
func (p *page) showEmpty() {
	p.src, p.jsSrc, p.u16, p.report, p.hls = "", js.ValueOf(""), jsapi.NewIndex(""), nil, nil
	p.view.Call("show", "", int32s(nil), int32s(nil), "", int32s(nil))
	p.results.Set("hidden", true)
	p.collapse(false)
	setText(p.message, "")
	p.setState("empty")
}

// collapse folds the paste area to a bar that says what was pasted, with
// "Edit text", or opens it again. The highlighted text below shows the
// policy anyway.
func (p *page) collapse(fold bool) {
	if !fold {
		p.openArea()
	}
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
	for rest, more := p.src[:min(len(p.src), 4096)], true; more; {
		var line string
		line, rest, more = strings.Cut(rest, "\n")
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

// sliceMs is how long the page holds the main thread, at most, before it
// lets the browser paint and take input while it shows a long text.
const sliceMs = 20

// breathe lets the browser paint and handle input when the page has held
// the main thread for sliceMs while it shows a text longer than bigInput
// (sliced), and reports whether analysis gen is still the current one. It
// must not be called from an event callback.
//
// A shorter text is analysed and shown in one task. Its analysis (on the
// main thread) and render take about 15 + 5 ms for a 51 KB policy on this
// machine when it is quiet: a task under the 50 ms of a long task, and a
// render that fits in one frame's budget. A paint between them would show
// nothing new (the results are built after it) and would only hold the
// results back by a frame, up to 16.7 ms and a task, which is what the
// page's figure of a 51 KB policy measured as render half the time.
func (p *page) breathe(gen int) bool {
	if p.sliced && now()-p.slice >= sliceMs {
		p.wait()
	}
	return gen == p.gen
}

// wait lets the browser paint once, and counts the wait (waitMs).
func (p *page) wait() {
	t := now()
	nextPaint()
	p.slice = now()
	p.waited += p.slice - t
}

// nextPaint blocks until the browser has painted once, so a progress message
// shows before a long synchronous analysis.
func nextPaint() {
	done := make(chan struct{})
	var f, g js.Func
	g = js.FuncOf(func(js.Value, []js.Value) any { g.Release(); close(done); return nil })
	f = js.FuncOf(func(js.Value, []js.Value) any {
		f.Release()
		js.Global().Call("setTimeout", g, 0)
		return nil
	})
	js.Global().Call("requestAnimationFrame", f)
	<-done
}

// nextTask blocks until the browser's next task, so that what waits for
// this one (a promise's callbacks) runs first.
func nextTask() {
	done := make(chan struct{})
	var f js.Func
	f = js.FuncOf(func(js.Value, []js.Value) any { f.Release(); close(done); return nil })
	js.Global().Call("setTimeout", f, 0)
	<-done
}

func now() float64 { return js.Global().Get("performance").Call("now").Float() }

// size formats a byte count for people.
func size(n int) string {
	switch {
	case n >= 1<<20:
		return decimals(float64(n)/(1<<20), 1) + " MB"
	case n >= 1<<10:
		return decimals(float64(n)/(1<<10), 0) + " KB"
	}
	return strconv.Itoa(n) + " bytes"
}

// decimals writes x with prec digits after the point, as %.*f does (fmt is
// not linked into the page).
func decimals(x float64, prec int) string { return strconv.FormatFloat(x, 'f', prec, 64) }
