package view

import "github.com/policylens/policylens/internal/decimal"

// Kind describes one highlight kind: the data-kind value on <mark>, a short
// label and an icon so that colour is never the only signal. Icons are
// text symbols found in common fonts (DejaVu, system UI fonts), so they
// show without emoji fonts and print in black and white; those that have
// an emoji form too carry U+FE0E, which asks for the text form.
type Kind struct {
	ID    string
	Label string
	Icon  string
}

// Kinds are the finding kinds the page highlights, in display order. Other
// kinds (legal-basis, contact, practice, ...) appear in the summary only.
var Kinds = []Kind{
	{"collect", "Data collected", "↓"},
	{"share", "Shared", "⇄"},
	{"sale", "Sold / not sold", "$"},
	{"right", "Rights and choices", "⚖\uFE0E"},
	{"retention", "Retention", "◷"},
	{"security", "Security", "⚷"},
	{"children", "Children", "☺\uFE0E"},
	{"change", "Policy changes", "✎"},
	{"transfer", "International transfers", "✈\uFE0E"},
	{"dnt", "Do Not Track", "⊘"},
}

// KindByID returns the highlight kind with the given id.
func KindByID(id string) (Kind, bool) {
	for _, k := range Kinds {
		if k.ID == id {
			return k, true
		}
	}
	return Kind{}, false
}

// Highlighted reports whether findings of this kind are highlighted in the
// text: whether it is one of Kinds (TestHighlighted). A switch, which
// compares a string with constants without calls: it is asked of every
// finding of every report the page shows.
func Highlighted(kind string) bool {
	switch kind {
	case "collect", "share", "sale", "right", "retention", "security", "children", "change", "transfer", "dnt":
		return true
	}
	return false
}

// HighlightCount counts highlights in words: "1 highlight", "3 highlights".
func HighlightCount(n int) string {
	if n == 1 {
		return "1 highlight"
	}
	return decimal.Thousands(n) + " highlights"
}
