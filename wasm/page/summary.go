//go:build js && wasm

package main

import (
	"strconv"
	"strings"
	"syscall/js"

	"github.com/policylens/policylens/summary"
)

// renderSummary shows the summary model: its notices above the results,
// every other section in #summary-body. Items with evidence are buttons that
// take the reader to the highlight.
func (p *page) renderSummary(sum summary.Summary) {
	setText(p.notices, "")
	setText(p.summary, "")
	for _, s := range sum.Sections {
		if s.ID == summary.Notices {
			p.renderNotices(s)
			continue
		}
		sec := p.el("section", "sum sum-"+s.ID, "")
		sec.Call("setAttribute", "data-section", s.ID)
		hid := "sum-" + s.ID
		sec.Call("setAttribute", "aria-labelledby", hid)
		h := p.el("h3", "", s.Title)
		h.Set("id", hid)
		sec.Call("appendChild", h)
		if len(s.Groups) == 0 {
			sec.Call("appendChild", p.el("p", "empty", s.Empty))
		}
		for _, g := range s.Groups {
			if g.Title != "" {
				sec.Call("appendChild", p.el("h4", "", g.Title))
			}
			list := p.el("ul", "", "")
			if g.ID != "" {
				list.Call("setAttribute", "data-group", g.ID)
			}
			for _, it := range g.Items {
				list.Call("appendChild", p.summaryItem(it))
			}
			sec.Call("appendChild", list)
		}
		p.summary.Call("appendChild", sec)
	}
}

// renderNotices shows the notices about the input above the results.
func (p *page) renderNotices(s summary.Section) {
	for _, g := range s.Groups {
		for _, it := range g.Items {
			el := p.el("p", "notice "+string(it.Tone), it.Text)
			if it.Tone == summary.Bad {
				el.Call("setAttribute", "role", "alert")
			}
			p.notices.Call("appendChild", el)
		}
	}
}

// toneWords say in words what the colour of an item says.
var toneWords = map[summary.Tone]string{summary.Good: "✔ Good: ", summary.Bad: "✘ Concern: ", summary.Warn: "! "}

func (p *page) summaryItem(it summary.Item) js.Value {
	li := p.el("li", string(it.Tone), "")
	if w := toneWords[it.Tone]; w != "" {
		li.Call("appendChild", p.el("span", "pol", w))
	}
	if len(it.Evidence) == 0 {
		li.Call("appendChild", p.el("span", "text", it.Text))
	} else {
		b := p.el("button", "ev text", it.Text)
		b.Set("type", "button")
		ev := make([]string, len(it.Evidence))
		for i, e := range it.Evidence {
			ev[i] = strconv.Itoa(e)
		}
		b.Call("setAttribute", "data-ev", strings.Join(ev, " "))
		label := it.Text + ": show in the text"
		if len(ev) > 1 {
			label += " (" + strconv.Itoa(len(ev)) + " places; press again for the next)"
		}
		b.Call("setAttribute", "aria-label", label)
		li.Call("appendChild", b)
		if len(ev) > 1 {
			c := p.el("span", "n", "×"+strconv.Itoa(len(ev)))
			c.Call("setAttribute", "aria-hidden", "true")
			li.Call("appendChild", c)
		}
	}
	for _, d := range it.Details {
		li.Call("appendChild", p.el("span", "detail", d))
	}
	return li
}

// wireSummary makes evidence buttons jump to their highlights; pressing the
// same button again moves to its next piece of evidence.
func (p *page) wireSummary() {
	on(p.summary, "click", func(ev js.Value) {
		b := ev.Get("target").Call("closest", "button.ev")
		if b.IsNull() || p.report == nil {
			return
		}
		list := strings.Fields(b.Call("getAttribute", "data-ev").String())
		pos := 0
		if s := b.Call("getAttribute", "data-pos"); s.Type() == js.TypeString {
			pos, _ = strconv.Atoi(s.String())
		}
		pos %= len(list)
		b.Call("setAttribute", "data-pos", strconv.Itoa(pos+1))
		if i, err := strconv.Atoi(list[pos]); err == nil {
			p.showEvidence(i)
		}
	})
}

// showEvidence scrolls the text to finding i, marks it and focuses it.
func (p *page) showEvidence(i int) {
	if i < 0 || i >= len(p.report.Findings) {
		return
	}
	f := &p.report.Findings[i]
	if p.hidden[f.Kind] {
		p.setFilter(f.Kind, true) // the reader asked to see it
	}
	if f.End > p.shown {
		p.limit = f.End + viewChunk/4
		p.renderText()
	}
	els := p.elems[i]
	if len(els) == 0 {
		return
	}
	olds := p.doc.Underlying().Call("querySelectorAll", "#text .current")
	for k := range olds.Length() {
		olds.Index(k).Get("classList").Call("remove", "current")
	}
	for _, e := range els {
		e.Get("classList").Call("add", "current")
	}
	first := els[0]
	smooth := !js.Global().Call("matchMedia", "(prefers-reduced-motion: reduce)").Get("matches").Bool()
	behavior := "auto"
	if smooth {
		behavior = "smooth"
	}
	first.Call("scrollIntoView", map[string]any{"block": "center", "behavior": behavior})
	if first.Get("tagName").String() == "MARK" {
		for k, m := range p.marks {
			if m.Equal(first) {
				p.current = k
				for _, o := range p.marks {
					o.Call("setAttribute", "tabindex", "-1")
				}
				m.Call("setAttribute", "tabindex", "0")
				break
			}
		}
	} else {
		first.Call("setAttribute", "tabindex", "-1")
	}
	first.Call("focus", map[string]any{"preventScroll": true})
}
