//go:build js && wasm

package main

import (
	"slices"
	"strconv"
	"syscall/js"

	"github.com/policylens/policylens/internal/decimal"
	"github.com/policylens/policylens/summary"
	"github.com/policylens/policylens/wasm/view"
)

// render shows the current report of analysis gen: notices, filters, text
// and summary, letting the browser breathe between them. It returns a
// promise that resolves once the whole text is shown (view.js builds a long
// text in idle time), and false when a newer analysis came meanwhile.
// below says the page is about to scroll to the verdict card, so that the
// text, under it, starts below the screen: a long text's (sliced) first
// block is built at once and the rest in idle time. A shorter text is built
// whole at once (view.js's NOW), so that the page is done, and painted, in
// the frame that shows the verdict: its blocks off screen cost no layout
// (content-visibility), and building them in a task of their own, as
// before, cost the paste of a 51 KB policy a task and a frame more.
func (p *page) render(gen int, below bool) (js.Value, bool) {
	p.results.Set("hidden", false)
	p.renderFilters()
	t0 := now()
	var atOnce any = js.Undefined() // view.js: what show builds at once
	if below && p.sliced {
		atOnce = 1 // the first block
	}
	shown, ok := p.renderText(atOnce, func() bool { return p.breathe(gen) })
	if !ok {
		return shown, false
	}
	t1 := now()
	if !p.breathe(gen) {
		return shown, false
	}
	t2 := now()
	sm := summary.Of(p.report)
	p.shownEarly = below && p.sliced
	if p.shownEarly {
		// The scroll to the verdict lays the page out, in this task: a long
		// text's summary sections are built after it, and laid out in the
		// browser's next frame.
		p.renderSummary(sm, true, false)
		p.showResults()
		w := p.waited
		if !p.breathe(gen) {
			return shown, false
		}
		t2 += p.waited - w
		p.renderSummary(sm, false, true)
	} else {
		p.renderSummary(sm, true, true)
	}
	p.textMs, p.summaryMs = t1-t0, now()-t2
	return shown, true
}

// renderText shows the policy text with its highlights, one mark per
// highlight (a statement's findings of one kind) or per piece of one where
// highlights overlap; findings the page does not mark are unstyled spans,
// so the summary can still point at them. It works out the pieces and
// view.js builds them, from text nodes only. It returns show's promise;
// atOnce is show's now: what it builds at once. Between its steps it calls
// pause, unless nil, and gives up (false) if pause does. If the text was
// shown anew meanwhile (a filter changed), it leaves that one.
func (p *page) renderText(atOnce any, pause func() bool) (js.Value, bool) {
	p.texts++
	texts := p.texts
	if pause == nil {
		pause = func() bool { return true }
	} else {
		outer := pause
		pause = func() bool { return outer() && p.texts == texts }
	}
	giveUp := func() (js.Value, bool) {
		if p.texts != texts {
			return p.shown, true
		}
		return js.Undefined(), false
	}
	segs := view.Segments(p.src, p.hls, func(h *view.Highlight) bool {
		return h.Kind == "" || !p.hidden[h.Kind]
	})
	if !pause() {
		return giveUp()
	}
	findings := p.report.Findings
	// The plan's buffers are the last render's: view.js copies them.
	plan, fids, protos := p.planBuf.plan[:0], p.planBuf.fids[:0], p.planBuf.protos[:0]
	if p.planBuf.proto == nil {
		p.planBuf.proto = map[protoKey]int{}
	}
	proto := p.planBuf.proto // index in protos
	clear(proto)
	started := make([]bool, len(p.hls)) // highlights whose first piece (with the icon) is placed
	at := p.u16.Cursor()                // the segments come in text order
	for _, s := range segs {
		if len(s.Findings) == 0 {
			continue
		}
		pr, cont := -1, 0
		if h := &p.hls[s.Primary]; h.Kind != "" {
			f := &findings[h.Findings[0]]
			key := protoKey{f.Kind, f.ID, f.Negated}
			i, ok := proto[key]
			if !ok {
				i = len(proto)
				proto[key] = i
				if i > 0 {
					protos = append(protos, '\n')
				}
				protos = append(protos, f.Kind...)
				protos = append(protos, '\n')
				protos = append(protos, f.ID...)
				protos = append(protos, '\n')
				if f.Negated {
					protos = append(protos, '1')
				}
			}
			pr = i
			if started[s.Primary] {
				cont = 1
			}
			started[s.Primary] = true
		}
		plan = append(plan, int32(at.UTF16(s.Start)), int32(at.UTF16(s.End)), int32(pr), int32(cont), int32(len(fids)), int32(len(s.Findings)))
		for _, i := range s.Findings {
			fids = append(fids, int32(i))
		}
	}
	p.planBuf.plan, p.planBuf.fids, p.planBuf.protos = plan, fids, protos
	if !pause() {
		return giveUp()
	}
	cuts := view.Blocks(p.src, segs, firstBlock, blockSize)
	cuts16 := make([]int32, len(cuts))
	at = p.u16.Cursor()
	for i, c := range cuts {
		cuts16[i] = int32(at.UTF16(c))
	}
	if !pause() {
		return giveUp()
	}
	p.shown = p.view.Call("show", p.jsSrc, int32s(plan), int32s(fids), string(protos), int32s(cuts16), atOnce)
	return p.shown, true
}

// protoKey is what a highlight's mark shows of its primary finding: a
// prototype of the marks view.js clones.
type protoKey struct {
	kind, id string
	negated  bool
}

// planBuf holds renderText's buffers for the next render.
type planBuf struct {
	plan, fids []int32
	protos     []byte // kind, id and "1" when negated, per prototype, each on its line
	proto      map[protoKey]int
}

// renderFilters shows one checkbox per highlight kind with its count. The
// checkboxes are built once; later reports only change the counts that
// differ. A kind with no highlight has its checkbox disabled (it would
// hide nothing), titled so, and kept in its place as the legend's entry.
func (p *page) renderFilters() {
	counts := view.Counts(p.hls)
	if p.filterCounts != nil {
		for i, k := range view.Kinds {
			if n := counts[k.ID]; n != p.filterShown[i] {
				p.filterShown[i] = n
				setFilterCount(p.filterCounts[i], n)
			}
		}
		return
	}
	setText(p.filters, "")
	t := newTree(p.filters)
	spans := make([]node, len(view.Kinds))
	p.filterShown = make([]int, len(view.Kinds))
	for i, k := range view.Kinds {
		label := t.put(0, "label", "filter k-"+k.ID, "")
		box := t.put(label, "input", "", "")
		t.attrFixed(box, "type", "checkbox")
		if !p.hidden[k.ID] {
			t.attr(box, "checked", "")
		}
		t.attr(box, "data-kind", k.ID)
		if counts[k.ID] == 0 {
			t.attrFixed(box, "disabled", "")
			t.attrFixed(label, "title", noneTitle)
		}
		t.attrFixed(t.putFixed(label, "span", "icon", k.Icon), "aria-hidden", "true")
		t.put(label, "span", "name", k.Label)
		p.filterShown[i] = counts[k.ID]
		n := decimal.Thousands(counts[k.ID])
		spans[i] = t.put(label, "span", "count", n)
		t.attr(spans[i], "aria-label", view.HighlightCount(counts[k.ID]))
	}
	t.build()
	p.filterCounts = make([]js.Value, len(spans))
	for i, s := range spans {
		p.filterCounts[i] = t.el(s)
	}
}

// noneTitle is the title of a filter whose kind has no highlight.
const noneTitle = "None in this text"

// setFilterCount shows a filter's count, n highlights, in the span el, and
// disables its checkbox when n is 0.
func setFilterCount(el js.Value, n int) {
	setText(el, decimal.Thousands(n))
	el.Call("setAttribute", "aria-label", view.HighlightCount(n))
	label := el.Get("parentNode")
	label.Get("firstChild").Set("disabled", n == 0)
	if n == 0 {
		label.Call("setAttribute", "title", noneTitle)
	} else {
		label.Call("removeAttribute", "title")
	}
}

// setFilter shows or hides one kind of highlight.
func (p *page) setFilter(kind string, show bool) {
	p.hidden[kind] = !show
	if box := p.filters.Call("querySelector", `input[data-kind="`+kind+`"]`); !box.IsNull() {
		box.Set("checked", show)
	}
	p.hideTip()
	p.renderText(js.Undefined(), nil)
}

// wireText handles filters, tooltips and keyboard moves between highlights.
func (p *page) wireText() {
	on(p.filters, "change", func(ev js.Value) {
		box := ev.Get("target")
		if kind := box.Call("getAttribute", "data-kind"); kind.Type() == js.TypeString {
			p.setFilter(kind.String(), box.Get("checked").Bool())
		}
	})
	show := func(ev js.Value) {
		if m := ev.Get("target").Call("closest", "mark"); !m.IsNull() {
			p.showTip(m)
		}
	}
	on(p.text, "mouseover", show)
	on(p.text, "focusin", func(ev js.Value) {
		if m := ev.Get("target"); m.Get("tagName").String() == "MARK" {
			p.showTip(m)
		}
	})
	on(p.text, "mouseout", func(ev js.Value) {
		if m := ev.Get("target").Call("closest", "mark"); !m.IsNull() && !m.Equal(p.doc.Get("activeElement")) {
			p.hideTip()
		}
	})
	on(p.text, "focusout", func(js.Value) { p.hideTip() })
	// view.js moves between highlights with the keyboard.
	on(p.text, "keydown", func(ev js.Value) {
		if ev.Get("key").String() == "Escape" {
			p.hideTip()
		}
	})
	// The page scrolls (moving to a highlight scrolls it too): a tip follows
	// its focused highlight, any other goes.
	on(js.Global(), "scroll", func(js.Value) {
		if a := p.doc.Get("activeElement"); a.Get("tagName").String() == "MARK" && !p.tip.Get("hidden").Bool() {
			p.showTip(a)
			return
		}
		p.hideTip()
	})
}

// showTip explains the findings of a highlight next to it.
func (p *page) showTip(m js.Value) {
	setText(p.tip, "")
	t := newTree(p.tip)
	var seen []string // a highlight holds a statement's findings: say each thing once
	fs := p.view.Call("findings", m)
	for k := range fs.Length() {
		i := fs.Index(k).Int()
		if i < 0 || i >= len(p.report.Findings) {
			continue
		}
		f := &p.report.Findings[i]
		k, ok := view.KindByID(f.Kind)
		if !ok {
			continue
		}
		head := k.Icon + " " + k.Label
		if f.Negated {
			head += " — NOT"
		}
		expl := f.Explanation
		if f.Condition != "" {
			expl += " (" + f.Condition + ")"
		}
		if slices.Contains(seen, head+expl) {
			continue
		}
		seen = append(seen, head+expl)
		line := t.put(0, "p", "", "")
		t.put(line, "strong", "", head+": ")
		t.text(line, expl)
	}
	t.build()
	r := m.Call("getBoundingClientRect")
	vw := js.Global().Get("innerWidth").Float()
	left := max(8, min(r.Get("left").Float(), vw-330))
	top := r.Get("bottom").Float() + 6
	if top > js.Global().Get("innerHeight").Float()-120 {
		top = r.Get("top").Float() - 6
		p.tip.Get("style").Set("transform", "translateY(-100%)")
	} else {
		p.tip.Get("style").Set("transform", "")
	}
	p.tip.Get("style").Set("left", strconv.FormatFloat(left, 'f', 0, 64)+"px")
	p.tip.Get("style").Set("top", strconv.FormatFloat(top, 'f', 0, 64)+"px")
	p.tip.Set("hidden", false)
}

func (p *page) hideTip() { p.tip.Set("hidden", true) }
