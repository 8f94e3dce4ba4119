package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
	"github.com/policylens/policylens/internal/decimal"
)

// childrenClass judges what the policy says about children (rule class
// "children"); the minimum age is read from the numbers (see age).
type childrenClass struct{}

func (childrenClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	return kept("children/named", finding(vw.Entry(h), "children", "specific-audiences"))
}

// audienceClass judges the other audiences a policy addresses (rule class
// "audience": California residents, Europeans, ...).
type audienceClass struct{}

func (audienceClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	return kept("audience/named", finding(vw.Entry(h), "practice", "specific-audiences"))
}

// Age finds the minimum age in a sentence about children: "under 13",
// "under the age of 16", "18 years or older". An age the sentence gives for
// something else is none: selling minors' data ("We do not sell personal
// information of minors under 16"), targeted ads ("We do not show
// personalized ads to children under 16"), a right of minors ("If you are under 18,
// you may ask us to remove content"), the top of a range ("between 13 and
// 17"). Regional is set when the sentence speaks to a region ("residents of
// the EU under 16").
func Age(vw *sentence.View, c *sentence.Context) (Evidence, bool) {
	if !c.Children || c.Sale && dataSaleNamed(vw) || accessRight(vw) {
		return Evidence{}, false
	}
	for p := vw.Own; p < len(vw.Toks); p++ {
		k := vw.Toks[p]
		n, to := int(vw.Doc.Toks[k].Num), p+1
		if n < 0 {
			n, to = numberWordAt(vw, int32(p)) // "at least thirteen years old"
		}
		if n < 12 || n > 21 || rangeTop(vw, int32(p)) {
			continue
		}
		ok := false
		for q := p - 1; q >= vw.Own && q >= p-4; q-- {
			if vw.Is(int32(q), lexicon.GAgeLead) {
				ok = true
			}
		}
		if to < len(vw.Toks) {
			if vw.Is(int32(to), lexicon.GAgeUnit) {
				ok = true
			}
		}
		if !ok || targetedAdsBefore(vw, int32(p)) {
			continue
		}
		return Evidence{From: int32(p), To: int32(to), N: n, Regional: regional(vw)}, true
	}
	return Evidence{}, false
}

// numberWordAt returns the number written as a word at p ("thirteen",
// "twenty-one": rule class "number", whose ids are their values) and where
// it ends, or -1.
func numberWordAt(vw *sentence.View, p int32) (int, int) {
	for _, g := range vw.Aside {
		if g.From == p && vw.Entry(g).Class == "number" {
			if n, ok := decimal.Atoi(vw.Entry(g).ID); ok {
				return n, int(g.To)
			}
		}
	}
	return -1, int(p) + 1
}

// rangeTop reports whether the number at p ends a range ("13 – 17", "13-16",
// "between 13 and 16"): another number stands right before it, or before
// "and" / "to" before it.
func rangeTop(vw *sentence.View, p int32) bool {
	if p > int32(vw.Own) && vw.Tok(p-1).Num >= 0 {
		return true
	}
	return p > int32(vw.Own)+1 && vw.Tok(p-2).Num >= 0 && (vw.Is(p-1, lexicon.GAndOr) || vw.Is(p-1, lexicon.GTo))
}

// dataSaleNamed reports whether the sentence names a sale of data (not of
// products: "we do not intend to sell any of our products to minors").
func dataSaleNamed(vw *sentence.View) bool {
	for _, g := range vw.Hits {
		if vw.Entry(g).Class == "sale" && notSaleOfData(vw, g) == "" {
			return true
		}
	}
	return false
}

// targetedAdsBefore reports whether advertising aimed at the reader's
// interests is named before position p, in p's clause ("We do not show
// personalized ads to children under 16"): the age there says who gets no
// such ads, not who may use the service ("not directed to children under
// 13, and we show them no targeted ads" still gives 13).
func targetedAdsBefore(vw *sentence.View, p int32) bool {
	for _, g := range vw.Aside {
		if e := vw.Entry(g); e.Class == "purpose" && e.Targeted && g.From < p && vw.Clause[g.From] == vw.Clause[p] {
			return true
		}
	}
	return false
}

// accessRight reports whether the sentence names a right to see, correct
// or delete data ("you may ask us to remove content you posted").
func accessRight(vw *sentence.View) bool {
	for _, g := range vw.Hits {
		if e := vw.Entry(g); int(g.From) >= vw.Own && !g.Weak && e.Class == "right" && e.Category == "user-access" {
			return true
		}
	}
	return false
}

// regional reports whether the sentence speaks to the readers of a region
// (an audience: California, the EU, other regions).
func regional(vw *sentence.View) bool {
	for _, g := range vw.Hits {
		if vw.Entry(g).Class == "audience" {
			return true
		}
	}
	return false
}

// Evidence is a finding that a class reads from the numbers of a sentence
// (a minimum age, a retention period): its words, positions [from, to) of
// the view, and the number.
type Evidence struct {
	From, To int32
	N        int
	Regional bool // a minimum age for the readers of a region
}
