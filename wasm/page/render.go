//go:build js && wasm

package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"syscall/js"

	"github.com/policylens/policylens/summary"
	"github.com/policylens/policylens/wasm/view"
)

// render shows the current report: notices, filters, text and summary.
func (p *page) render() {
	p.results.Set("hidden", false)
	p.renderFilters()
	t0 := now()
	p.renderText()
	t1 := now()
	p.renderSummary(summary.Of(p.report))
	ds := p.doc.Underlying().Get("body").Get("dataset")
	ds.Set("textMs", int(t1-t0))
	ds.Set("summaryMs", int(now()-t1))
}

// renderText rebuilds the highlighted policy text from text nodes and
// <mark> elements, one mark per highlight (a statement's findings of one
// kind) or per piece of one where highlights overlap. Findings the page
// does not mark are unstyled spans, so the summary can still point at
// them. Policy text is only ever inserted as text nodes.
func (p *page) renderText() {
	doc := p.doc.Underlying()
	frag := doc.Call("createDocumentFragment")
	findings := p.report.Findings
	end := view.Cut(p.src, p.limit)
	p.shown = end
	segs := view.Segments(p.src[:end], p.hls, func(h *view.Highlight) bool {
		return h.Kind == "" || !p.hidden[h.Kind]
	})
	p.elems = make(map[int][]js.Value)
	p.marks = p.marks[:0]
	p.current = -1
	var ids strings.Builder
	started := make([]bool, len(p.hls)) // highlights whose first mark (with the icon) is placed
	// Marks are cloned from one prototype per kind, id and negation: a
	// clone carries its attributes, so each mark costs a few calls into
	// JavaScript instead of nine.
	protos := map[string]js.Value{}
	aux := doc.Call("createElement", "span")
	aux.Set("className", "aux")
	for _, s := range segs {
		chunk := p.src[s.Start:s.End]
		if len(s.Findings) == 0 {
			frag.Call("append", chunk) // a string argument becomes a text node
			continue
		}
		var el js.Value
		if h := &p.hls[s.Primary]; h.Kind != "" {
			f := &findings[h.Findings[0]]
			key := f.Kind + "\x00" + f.ID + "\x00" + strconv.FormatBool(f.Negated)
			proto, ok := protos[key]
			if !ok {
				proto = doc.Call("createElement", "mark")
				proto.Call("setAttribute", "data-kind", f.Kind)
				proto.Call("setAttribute", "data-id", f.ID)
				if f.Negated {
					proto.Call("setAttribute", "data-negated", "true")
				}
				proto.Call("setAttribute", "tabindex", "-1")
				proto.Call("setAttribute", "aria-describedby", "tip")
				protos[key] = proto
			}
			el = proto.Call("cloneNode", false)
			if started[s.Primary] {
				el.Call("setAttribute", "data-cont", "") // one icon per highlight, on its first piece
			}
			started[s.Primary] = true
			p.marks = append(p.marks, el)
		} else {
			el = aux.Call("cloneNode", false)
		}
		ids.Reset()
		for k, i := range s.Findings {
			if k > 0 {
				ids.WriteByte(' ')
			}
			ids.WriteString(strconv.Itoa(i))
			p.elems[i] = append(p.elems[i], el)
		}
		el.Call("setAttribute", "data-f", ids.String())
		el.Set("textContent", chunk)
		frag.Call("appendChild", el)
	}
	setText(p.text, "")
	p.text.Call("appendChild", frag)
	if len(p.marks) > 0 {
		p.marks[0].Call("setAttribute", "tabindex", "0")
	}
	p.renderMore()
}

// renderMore says how much of a very long text the highlighted view shows
// and offers the rest. Laying out megabytes of highlighted text would freeze
// the browser for many seconds; the summary always covers the whole text.
func (p *page) renderMore() {
	if p.shown >= len(p.src) {
		p.more.Set("hidden", true)
		return
	}
	later := 0
	for _, h := range p.hls {
		if h.End > p.shown && h.Kind != "" {
			later++
		}
	}
	setText(p.moreText, fmt.Sprintf("The highlighted text shows the first %s of %s; %d more highlights follow. The summary covers the whole policy.",
		size(p.shown), size(len(p.src)), later))
	p.more.Set("hidden", false)
}

// renderFilters shows one checkbox per highlight kind with its count.
func (p *page) renderFilters() {
	counts := view.Counts(p.hls)
	setText(p.filters, "")
	for _, k := range view.Kinds {
		label := put(p.filters, "label", "filter k-"+k.ID, "")
		box := put(label, "input", "", "")
		box.Set("type", "checkbox")
		box.Set("checked", !p.hidden[k.ID])
		attr(box, "data-kind", k.ID)
		attr(put(label, "span", "icon", k.Icon), "aria-hidden", "true")
		put(label, "span", "name", k.Label)
		n := strconv.Itoa(counts[k.ID])
		attr(put(label, "span", "count", n), "aria-label", n+" highlights")
	}
}

// setFilter shows or hides one kind of highlight.
func (p *page) setFilter(kind string, show bool) {
	p.hidden[kind] = !show
	if box := p.filters.Call("querySelector", `input[data-kind="`+kind+`"]`); !box.IsNull() {
		box.Set("checked", show)
	}
	p.hideTip()
	p.renderText()
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
		m := ev.Get("target")
		if m.Get("tagName").String() != "MARK" {
			return
		}
		for k, o := range p.marks {
			if o.Equal(m) {
				p.current = k
				break
			}
		}
		p.showTip(m)
	})
	on(p.text, "mouseout", func(ev js.Value) {
		if m := ev.Get("target").Call("closest", "mark"); !m.IsNull() && !m.Equal(p.doc.Underlying().Get("activeElement")) {
			p.hideTip()
		}
	})
	on(p.text, "focusout", func(js.Value) { p.hideTip() })
	on(p.text, "keydown", func(ev js.Value) {
		switch ev.Get("key").String() {
		case "ArrowDown", "ArrowRight", "j", "n":
			p.moveMark(+1)
		case "ArrowUp", "ArrowLeft", "k", "p":
			p.moveMark(-1)
		case "Home":
			p.focusMark(0)
		case "End":
			p.focusMark(len(p.marks) - 1)
		case "Escape":
			p.hideTip()
			return
		default:
			return
		}
		ev.Call("preventDefault")
	})
	// The page scrolls (moving to a highlight scrolls it too): a tip follows
	// its focused highlight, any other goes.
	on(js.Global(), "scroll", func(js.Value) {
		if a := p.doc.Underlying().Get("activeElement"); a.Get("tagName").String() == "MARK" && !p.tip.Get("hidden").Bool() {
			p.showTip(a)
			return
		}
		p.hideTip()
	})
}

func (p *page) moveMark(d int) {
	if len(p.marks) == 0 {
		return
	}
	i := p.current + d
	if p.current < 0 {
		// Start from the highlight that has focus, if the reader clicked one.
		i = 0
		if d < 0 {
			i = len(p.marks) - 1
		}
	}
	p.focusMark(max(0, min(i, len(p.marks)-1)))
}

// focusMark makes marks[i] the one tab stop of the text and focuses it.
func (p *page) focusMark(i int) {
	if i < 0 || i >= len(p.marks) {
		return
	}
	for _, m := range p.marks {
		if m.Get("tabIndex").Int() == 0 {
			m.Call("setAttribute", "tabindex", "-1")
		}
	}
	p.current = i
	m := p.marks[i]
	m.Call("setAttribute", "tabindex", "0")
	m.Call("focus", map[string]any{"preventScroll": true})
	m.Call("scrollIntoView", map[string]any{"block": "nearest"})
	p.showTip(m)
}

// showTip explains the findings of a highlight next to it.
func (p *page) showTip(m js.Value) {
	setText(p.tip, "")
	var seen []string // a highlight holds a statement's findings: say each thing once
	for _, s := range strings.Fields(m.Call("getAttribute", "data-f").String()) {
		i, err := strconv.Atoi(s)
		if err != nil || i >= len(p.report.Findings) {
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
		line := put(p.tip, "p", "", "")
		put(line, "strong", "", head+": ")
		line.Call("append", expl) // a string argument becomes a text node
	}
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
