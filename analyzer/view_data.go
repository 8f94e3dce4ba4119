package analyzer

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// dataBetween reports whether a data type is named between positions from
// and to of the view.
func (vw *view) dataBetween(from, to int32) bool {
	for _, d := range vw.hits {
		if d.From >= to {
			break
		}
		if d.From > from && vw.en(d).Cls == lexicon.ClassDatatype {
			return true
		}
	}
	return false
}

// inName reports whether the title-case word at p follows another
// title-case word inside the sentence: part of a name, not a common noun
// ("Kaleida Health", but not "Health information" at a sentence start).
func (vw *view) inName(p int32) bool {
	if int(p) <= vw.own {
		return false
	}
	t, prev := vw.tok(p), vw.tok(p-1)
	if !titleCase(t) || !titleCase(prev) || t.SepBefore != text.SepSpace {
		return false
	}
	return !vw.is(p-1, lexicon.GNameBreakers) // "Your Email", "Name and Email" in a title
}

// titleAt reports whether the word at p, in the sentence, is title-case
// and joined to the one before by a space.
func (vw *view) titleAt(p int32) bool {
	if int(p) >= len(vw.toks) {
		return false
	}
	t := vw.tok(p)
	return titleCase(t) && t.SepBefore == text.SepSpace
}

// titleCase reports whether t starts with a capital and is not all capitals.
func titleCase(t text.Token) bool { return t.Flags&text.TokUpper != 0 && t.Flags&text.TokAllCaps == 0 }

// dataAt reports whether a data type is named at position p.
func (vw *view) dataAt(p int32) bool {
	for _, g := range vw.hits {
		if vw.en(g).Cls == lexicon.ClassDatatype && g.From <= p && p < g.To {
			return true
		}
	}
	return false
}

// hasData reports whether the sentence names a specific kind of data of a
// group other than except ("" for any).
func hasData(vw *view, except string) bool {
	for _, h := range vw.hits {
		e := vw.en(h)
		if e.Cls == lexicon.ClassDatatype && e.Group != except && !unnamed(e) && int(h.From) >= vw.own {
			return true
		}
	}
	return false
}

// dataFirst reports whether the sentence opens with data: its first hit is
// data, within its first four words, and not a tracking technology (which
// such a sentence defines: "Web beacons are small strings of code").
func dataFirst(vw *view) bool {
	i := vw.firstOwn()
	if i < 0 {
		return false
	}
	h := vw.hits[i]
	e := vw.en(h)
	return e.Cls == lexicon.ClassDatatype && e.Group != "cookies-tracking" && int(h.From) < vw.own+4
}

// firstOwn returns the index of the sentence's first hit of its own (after
// its list intro), or -1.
func (vw *view) firstOwn() int {
	for i, h := range vw.hits {
		if int(h.From) >= vw.own {
			return i
		}
	}
	return -1
}

// unnamed reports whether data entry e is of a group that names no kind of
// data ("personal information", "information about you", "information"; the
// special categories are filed with them, and callers test e.Sensitive).
func unnamed(e *lexicon.Entry) bool { return e.Group == "generic-personal" || e.Group == "unspecified" }

// dataHits counts the hits of specific data in the sentence.
func dataHits(vw *view) int {
	n := 0
	for _, h := range vw.hits {
		if e := vw.en(h); e.Cls == lexicon.ClassDatatype && !h.Weak && !unnamed(e) && int(h.From) >= vw.own {
			n++
		}
	}
	return n
}

// listedWithData reports whether weak data word i stands in a list of data
// ("email, name, phone, IP address"): a specific data type named within a
// few words of it, in its clause.
func listedWithData(vw *view, i int) bool {
	h := vw.hits[i]
	for j, g := range vw.hits {
		if e := vw.en(g); j == i || g.Weak || e.Cls != lexicon.ClassDatatype || unnamed(e) {
			continue
		}
		if vw.clause[g.From] == vw.clause[h.From] && (g.From >= h.To && g.From-h.To <= 4 || g.To <= h.From && h.From-g.To <= 4) {
			return true
		}
	}
	return false
}

// dataBefore reports whether a data type stands before hit h in its clause:
// the subject of "will not be sold".
func (vw *view) dataBefore(h lexicon.Hit) bool {
	for _, g := range vw.hits {
		if g.From >= h.From {
			break
		}
		if vw.en(g).Cls == lexicon.ClassDatatype && vw.clause[g.From] == vw.clause[h.From] {
			return true
		}
	}
	return false
}
