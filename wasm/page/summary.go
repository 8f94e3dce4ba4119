//go:build js && wasm

package main

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"syscall/js"

	"github.com/policylens/policylens/internal/decimal"
	"github.com/policylens/policylens/summary"
)

// renderSummary shows the summary model: its notices above the results,
// the verdict card at their top, every other section in #summary-body.
// Items with evidence are buttons that take the reader to the highlight.
// The policy's gaps are a quieter section, without marks. head says to
// show the notices and the verdict card, rest the other sections.
//
// A summary the page shows already (the text was edited, or analysed
// again, and its summary came out the same) is kept as it is: emptying and
// building its hundreds of elements was half of the render of a 51 KB
// policy. Its buttons start again at their first piece of evidence.
func (p *page) renderSummary(sum summary.Summary, head, rest bool) {
	const notices, body, card = 0, 1, 2
	t := newTree(p.notices, p.summary, p.verdict)
	if sum.Verdict != nil && head {
		verdictCard(t, card, sum.Verdict)
	}
	for _, s := range sum.Sections {
		if s.ID == summary.Notices {
			if head {
				renderNotices(t, notices, s)
			}
			continue
		}
		if !rest {
			continue
		}
		class := "sum sum-" + s.ID
		if s.ID == summary.Missing {
			class += " quiet"
		}
		sec := t.put(body, "section", class, "")
		t.attr(sec, "data-section", s.ID)
		t.attr(sec, "aria-labelledby", "sum-"+s.ID)
		t.attr(t.put(sec, "h3", "", s.Title), "id", "sum-"+s.ID)
		if len(s.Groups) == 0 {
			t.put(sec, "p", "empty", s.Empty)
		}
		for _, g := range s.Groups {
			if g.Title != "" {
				t.put(sec, "h4", "", g.Title)
			}
			list := t.put(sec, "ul", "", "")
			if g.ID != "" {
				t.attr(list, "data-group", g.ID)
			}
			for _, it := range g.Items {
				summaryItem(t, list, it)
			}
		}
	}
	if head && rest && p.shownSum.same(t) {
		t.discard()
		olds := p.results.Call("querySelectorAll", "button.ev[data-pos]")
		for k := range olds.Length() {
			olds.Index(k).Call("removeAttribute", "data-pos")
		}
		return
	}
	if head {
		setText(p.notices, "")
		setText(p.verdict, "")
	}
	if rest {
		setText(p.summary, "")
	}
	p.shownSum.keep(t, head && rest)
	t.build()
}

// shownSum is what the whole summary shows: the operations and strings of
// the tree that built it.
type shownSum struct {
	ok    bool // the summary shows what ops, strs and spans say
	ops   []int32
	spans []int32
	strs  []byte
}

// same reports whether t would build what the summary shows.
func (s *shownSum) same(t *tree) bool {
	return s.ok && slices.Equal(s.ops, t.ops) && slices.Equal(s.spans, t.spans) && bytes.Equal(s.strs, t.strs)
}

// keep records t as what the summary is about to show; whole says t builds
// all of it (else it shows something not recorded).
func (s *shownSum) keep(t *tree, whole bool) {
	s.ok = whole
	if whole {
		s.ops, s.spans, s.strs = append(s.ops[:0], t.ops...), append(s.spans[:0], t.spans...), append(s.strs[:0], t.strs...)
	}
}

// renderNotices shows the notices about the input above the results.
func renderNotices(t *tree, to node, s summary.Section) {
	for _, g := range s.Groups {
		for _, it := range g.Items {
			el := t.put(to, "p", "notice "+string(it.Tone), it.Text)
			if it.Tone == summary.Bad {
				t.attr(el, "role", "alert")
			}
		}
	}
}

// toneWords say in words what the colour of an item says.
var toneWords = map[summary.Tone]string{summary.Good: "✔\uFE0E Good: ", summary.Bad: "✘ Concern: ", summary.Warn: "! "}

// summaryItem appends an item to list: its tone in words, its text (a
// button to its evidence when it has some) and its details.
func summaryItem(t *tree, list node, it summary.Item) {
	li := t.put(list, "li", string(it.Tone), "")
	if w := toneWords[it.Tone]; w != "" {
		t.putFixed(li, "span", "pol", w)
	}
	if len(it.Evidence) == 0 {
		t.put(li, "span", "text", it.Text)
	} else {
		b := t.put(li, "button", "ev text", it.Text)
		t.attrFixed(b, "type", "button")
		t.addInts(it.Evidence)
		t.attrOf(b, "data-ev")
		t.add(strings.TrimSuffix(it.Text, ".")) // "… signal: show in the text", not "signal.: show"
		t.add(": show in the text")
		if len(it.Evidence) > 1 {
			t.add(" (")
			t.add(decimal.Thousands(len(it.Evidence)))
			t.add(" places; press again for the next)")
		}
		t.attrOf(b, "aria-label")
	}
	for _, d := range it.Details {
		t.put(li, "span", "detail", d)
	}
}

// wireSummary makes evidence buttons, in the verdict card and the summary,
// jump to their highlights; pressing the same button again moves to its
// next piece of evidence.
func (p *page) wireSummary() {
	on(p.results, "click", func(ev js.Value) {
		b := ev.Get("target").Call("closest", "button.ev")
		if b.IsNull() || p.report == nil {
			return
		}
		list := strings.Fields(b.Call("getAttribute", "data-ev").String())
		pos := 0
		if s := b.Call("getAttribute", "data-pos"); s.Type() == js.TypeString {
			pos, _ = decimal.Atoi(s.String())
		}
		pos %= len(list)
		b.Call("setAttribute", "data-pos", strconv.Itoa(pos+1))
		if i, ok := decimal.Atoi(list[pos]); ok {
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
	p.view.Call("reveal", p.u16.UTF16(f.End)) // a long text may not be all built yet
	els := p.view.Call("piecesOf", i)
	if els.Length() == 0 {
		return
	}
	olds := p.text.Call("querySelectorAll", ".current")
	for k := range olds.Length() {
		olds.Index(k).Get("classList").Call("remove", "current")
	}
	for k := range els.Length() {
		els.Index(k).Get("classList").Call("add", "current")
	}
	first := els.Index(0)
	smooth := !js.Global().Call("matchMedia", "(prefers-reduced-motion: reduce)").Get("matches").Bool()
	behavior := "auto"
	if smooth {
		behavior = "smooth"
	}
	first.Call("scrollIntoView", map[string]any{"block": "center", "behavior": behavior})
	if first.Get("tagName").String() == "MARK" {
		p.view.Call("setStop", first)
	} else {
		first.Call("setAttribute", "tabindex", "-1")
	}
	first.Call("focus", map[string]any{"preventScroll": true})
}
