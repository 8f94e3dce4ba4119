package training

import (
	"strings"

	"github.com/policylens/policylens/analyzer"
)

// RareWords are words of the categories a uniform sample of sentences sees
// too seldom. `annotate batches` draws some sentences of every policy
// uniformly and a few more among those holding one of these words, so the
// annotations hold more of them than the policies do (see Weigh).
var RareWords = []string{"retain", "retention", "keep", "delete", "track", "children", "child", "under 13", "change", "amend",
	"update this", "secur", "encrypt", "sell", "sale", "opt out", "opt-out", "unsubscribe", "access", "correct", "erase",
	"portab", "object", "restrict", "withdraw", "complain", "california", "european", "transfer", "breach", "broker"}

// Drawable reports whether unit u of text is one `annotate batches` may
// draw: no line of a table of contents, at least three words, at most
// 1,500 bytes.
func Drawable(text string, u analyzer.Unit) bool {
	s := text[u.Start:u.End]
	return !u.Contents && len(s) <= 1500 && len(strings.Fields(s)) >= 3
}

// Rare reports whether sentence s holds one of RareWords.
func Rare(s string) bool {
	low := strings.ToLower(s)
	for _, w := range RareWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// maxWeight bounds a sentence's weight, so that a policy with few
// annotated sentences of one kind does not let one of them count for many.
const maxWeight = 4

// Weigh sets each sentence's Weight so that, policy by policy, the
// sentences holding a rare word weigh together what their share of the
// policy's drawable sentences is, and the others the rest (the sample
// drawn extra rare-word sentences; weighted, precision and F1 are those of
// the sentences of whole policies). texts holds each file's text. The
// weights are scaled to a mean of 1.
func (d *Data) Weigh(texts map[string]string) {
	type counts struct{ all, rare, n, nRare float64 }
	by := map[string]*counts{}
	for file, text := range texts {
		c := &counts{}
		for _, u := range analyzer.Units(text) {
			if Drawable(text, u) {
				c.all++
				if Rare(text[u.Start:u.End]) {
					c.rare++
				}
			}
		}
		by[file] = c
	}
	rare := make([]bool, len(d.Sentences))
	for i := range d.Sentences {
		s := &d.Sentences[i]
		c := by[s.File]
		rare[i] = Rare(texts[s.File][s.Span.Start:s.Span.End])
		c.n++
		if rare[i] {
			c.nRare++
		}
	}
	sum := 0.0
	for i := range d.Sentences {
		s := &d.Sentences[i]
		c := by[s.File]
		w := 1.0
		switch {
		case c.all == 0:
		case rare[i]:
			w = (c.rare / c.all) / (c.nRare / c.n)
		case c.n > c.nRare:
			w = ((c.all - c.rare) / c.all) / ((c.n - c.nRare) / c.n)
		}
		s.Weight = min(max(w, 1/float64(maxWeight)), maxWeight)
		sum += s.Weight
	}
	for i := range d.Sentences {
		d.Sentences[i].Weight *= float64(len(d.Sentences)) / sum
	}
}
