//go:build js && wasm

package main

import (
	"strconv"
	"strings"
	"syscall/js"

	"github.com/policylens/policylens/summary"
)

// toneMarks are the signs of the tones: text symbols of common fonts, so
// they show without an emoji font; colour repeats them, never replaces them.
var toneMarks = map[summary.Tone]string{summary.Good: "✔\uFE0E", summary.Bad: "✘", summary.Warn: "!", summary.Plain: "•"}

// newEl creates an element of the current document with a class and text.
// Text is only ever set as textContent.
func newEl(tag, class, text string) js.Value {
	e := js.Global().Get("document").Call("createElement", tag)
	if class != "" {
		e.Set("className", class)
	}
	if text != "" {
		e.Set("textContent", text)
	}
	return e
}

// put appends a new element to parent and returns it. One helper for every
// element keeps the WASM small: each call into JavaScript costs code.
func put(parent js.Value, tag, class, text string) js.Value {
	e := newEl(tag, class, text)
	parent.Call("appendChild", e)
	return e
}

// attr sets an attribute.
func attr(e js.Value, name, value string) { e.Call("setAttribute", name, value) }

// verdictCard builds the verdict card, section#verdict: the score with its
// word and colour, the plain answers and PrivacySpy's rubric, one
// [data-rubric][data-answer] element per question. An answer with evidence
// is a button.ev whose data-ev lists its findings: the page takes the
// reader to them in the text, the extension's popup in the web page. The
// page and the popup both show this card (policylens.verdictCard).
func verdictCard(v *summary.Verdict) js.Value {
	card := newEl("section", "verdict "+string(v.Tone), "")
	card.Set("id", "verdict")
	attr(card, "aria-labelledby", "verdict-h")
	attr(card, "data-score", v.Score)

	head := put(card, "div", "v-head", "")
	put(head, "h2", "", "Verdict").Set("id", "verdict-h")
	note := "No score: the rubric was not answered."
	if v.Score != "" {
		score := put(head, "p", "v-score", "")
		attr(score, "aria-label", "Score "+v.Score+" out of 10: "+v.Word)
		put(score, "span", "v-num", v.Score)
		put(score, "span", "v-of", "/10")
		put(score, "br", "", "")
		put(score, "span", "v-word", v.Word)
		note = "By PrivacySpy's rubric, answered from this policy's own words."
	}
	put(head, "p", "v-note", note)

	first := put(card, "div", "v-first", "")
	put(first, "h3", "", "What you want to know")
	list := put(first, "ul", "v-answers", "")
	for _, a := range v.Answers {
		attr(answerItem(list, a), "data-answer-id", a.ID)
	}
	if len(v.Rubric) > 0 {
		rub := put(card, "div", "v-rubric", "")
		put(rub, "h3", "", "PrivacySpy's questions")
		ol := put(rub, "ol", "", "")
		for _, a := range v.Rubric {
			li := answerItem(ol, a)
			attr(li, "data-rubric", a.ID)
			attr(li, "data-answer", a.Option)
		}
		put(rub, "p", "v-credit", v.Credit)
	}
	return card
}

// answerItem appends one question and its answer to list, the answer a
// link to its evidence when it has some.
func answerItem(list js.Value, a summary.Answer) js.Value {
	li := put(list, "li", string(a.Tone), "")
	attr(put(li, "span", "v-mark", toneMarks[a.Tone]), "aria-hidden", "true")
	body := put(li, "span", "v-body", "")
	put(body, "span", "v-q", a.Question)
	if len(a.Evidence) == 0 {
		put(body, "span", "v-a", a.Answer)
		return li
	}
	b := put(body, "button", "ev v-a", a.Answer)
	b.Set("type", "button")
	attr(b, "data-ev", joinInts(a.Evidence))
	attr(b, "aria-label", a.Question+" "+a.Answer+": show where the policy says so")
	return li
}

// joinInts writes indices as data-ev does: "3 7 12".
func joinInts(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = strconv.Itoa(x)
	}
	return strings.Join(s, " ")
}
