package sentence

import (
	"slices"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// DataAbbreviations adds to raw (the lexicon's matches, sorted by start) a
// match of each later use of an abbreviation that the policy defines for a
// kind of data: a word of two to six capitals in parentheses right after a
// data name ('Computer Identifying Information ("CIN")', "Customer
// Proprietary Network Information (CPNI)") names that data wherever the
// policy writes it again, in the same capitals ("we may share PIN and CIN
// with third parties"). An abbreviation the lexicon already reads ("(IP)",
// "(PII)") and the vague names of any information ("your information
// (INFO)") are left alone, as is the word in its own parentheses. Returns
// raw itself when the text defines none (the common case: one pass over the
// hits, no allocation).
func (d *Doc) DataAbbreviations(raw []lexicon.Hit) []lexicon.Hit {
	type def struct {
		at    int32 // token of the abbreviation in its parentheses
		entry int32
	}
	var defs []def
	lx, toks := d.Lexicon, d.Toks
	for _, h := range raw {
		k := int(h.To)
		if h.Weak || k+1 >= len(toks) || !d.inParens(k) {
			continue
		}
		e := &lx.Entries[h.Entry]
		if e.Cls != lexicon.ClassDatatype || e.Vague || e.Group == "unspecified" {
			continue
		}
		// The longest match ending before the parenthesis names the data
		// (raw is sorted by start: the first one met is the longest).
		if len(defs) > 0 && defs[len(defs)-1].at == int32(k) {
			continue
		}
		if j, _ := slices.BinarySearchFunc(raw, int32(k), func(x lexicon.Hit, t int32) int { return int(x.From - t) }); j < len(raw) && raw[j].From == int32(k) {
			continue // the lexicon reads the abbreviation itself
		}
		defs = append(defs, def{at: int32(k), entry: h.Entry})
	}
	if len(defs) == 0 {
		return raw
	}
	n := len(raw)
	for _, df := range defs {
		word := d.Text[toks[df.at].Start:toks[df.at].End]
		for k := int(df.at) + 1; k < len(toks); k++ {
			t := toks[k]
			if int(t.End-t.Start) == len(word) && d.Text[t.Start:t.End] == word && !d.inParens(k) {
				raw = append(raw, lexicon.Hit{From: int32(k), To: int32(k + 1), Entry: df.entry})
			}
		}
	}
	if len(raw) > n {
		slices.SortStableFunc(raw, func(a, b lexicon.Hit) int { return int(a.From - b.From) })
	}
	return raw
}

// inParens reports whether token k is an abbreviation written alone in
// parentheses, quotes allowed: two to six capital letters, "(" (and perhaps
// a quote) right before it, ")" right after it ("(CIN)", '("PIN")').
func (d *Doc) inParens(k int) bool {
	t := d.Toks[k]
	n := int(t.End - t.Start)
	if n < 2 || n > 6 || t.Flags&text.TokAllCaps == 0 || t.SepBefore != text.SepComma {
		return false
	}
	for p := t.Start; p < t.End; p++ {
		if c := d.Text[p]; c < 'A' || c > 'Z' {
			return false
		}
	}
	s, e := int(t.Start), int(t.End)
	for {
		if s > 0 && (d.Text[s-1] == '"' || d.Text[s-1] == '\'') {
			s--
		} else if s >= 3 && (d.Text[s-3:s] == "“" || d.Text[s-3:s] == "”") {
			s -= 3
		} else {
			break
		}
	}
	for {
		if e < len(d.Text) && (d.Text[e] == '"' || d.Text[e] == '\'') {
			e++
		} else if e+3 <= len(d.Text) && (d.Text[e:e+3] == "“" || d.Text[e:e+3] == "”") {
			e += 3
		} else {
			break
		}
	}
	return s > 0 && d.Text[s-1] == '(' && e < len(d.Text) && d.Text[e] == ')'
}
