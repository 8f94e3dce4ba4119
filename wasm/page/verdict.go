//go:build js && wasm

package main

import (
	"github.com/policylens/policylens/summary"
)

// toneMarks are the signs of the tones: text symbols of common fonts, so
// they show without an emoji font; colour repeats them, never replaces them.
var toneMarks = map[summary.Tone]string{summary.Good: "✔\uFE0E", summary.Bad: "✘", summary.Warn: "!", summary.Plain: "•"}

// verdictCard adds the verdict card to parent, section#verdict: the score with its
// word and colour, the plain answers and PrivacySpy's rubric, one
// [data-rubric][data-answer] element per question. An answer with evidence
// is a button.ev whose data-ev lists its findings: the page takes the
// reader to them in the text, the extension's popup in the web page. The
// page and the popup both show this card (policylens.verdictCard).
func verdictCard(t *tree, parent node, v *summary.Verdict) node {
	card := t.put(parent, "section", "verdict "+string(v.Tone), "")
	t.attr(card, "id", "verdict")
	t.attr(card, "aria-labelledby", "verdict-h")
	t.attr(card, "data-score", v.Score)

	head := t.put(card, "div", "v-head", "")
	t.attr(t.put(head, "h2", "", "Verdict"), "id", "verdict-h")
	note := "No score: the rubric was not answered."
	if v.Score != "" {
		score := t.put(head, "p", "v-score", "")
		t.attr(score, "aria-label", "Score "+v.Score+" out of 10: "+v.Word)
		t.put(score, "span", "v-num", v.Score)
		t.put(score, "span", "v-of", "/10")
		t.put(score, "br", "", "")
		t.put(score, "span", "v-word", v.Word)
		note = "By PrivacySpy's rubric, answered from this policy's own words."
	}
	t.put(head, "p", "v-note", note)

	first := t.put(card, "div", "v-first", "")
	t.put(first, "h3", "", "What you want to know")
	list := t.put(first, "ul", "v-answers", "")
	for _, a := range v.Answers {
		t.attr(answerItem(t, list, a), "data-answer-id", a.ID)
	}
	if len(v.Rubric) > 0 {
		rub := t.put(card, "div", "v-rubric", "")
		t.put(rub, "h3", "", "PrivacySpy's questions")
		ol := t.put(rub, "ol", "", "")
		for _, a := range v.Rubric {
			li := answerItem(t, ol, a)
			t.attr(li, "data-rubric", a.ID)
			t.attr(li, "data-answer", a.Option)
		}
		t.put(rub, "p", "v-credit", v.Credit)
	}
	return card
}

// answerItem appends one question and its answer to list, the answer a
// link to its evidence when it has some.
func answerItem(t *tree, list node, a summary.Answer) node {
	li := t.put(list, "li", string(a.Tone), "")
	t.attrFixed(t.putFixed(li, "span", "v-mark", toneMarks[a.Tone]), "aria-hidden", "true")
	body := t.put(li, "span", "v-body", "")
	t.put(body, "span", "v-q", a.Question)
	if len(a.Evidence) == 0 {
		t.put(body, "span", "v-a", a.Answer)
		return li
	}
	b := t.put(body, "button", "ev v-a", a.Answer)
	t.attrFixed(b, "type", "button")
	t.addInts(a.Evidence)
	t.attrOf(b, "data-ev")
	t.add(a.Question)
	t.add(" ")
	t.add(a.Answer)
	t.add(": show where the policy says so")
	t.attrOf(b, "aria-label")
	return li
}
