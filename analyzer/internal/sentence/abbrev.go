package sentence

import (
	"slices"
	"strings"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// DataAbbreviations adds to raw (the lexicon's matches, sorted by start) a
// match of each later use of an abbreviation that the policy defines for a
// kind of data: a word of two to six capitals in parentheses right after a
// data name ('Computer Identifying Information ("CIN")', "Customer
// Proprietary Network Information (CPNI)") names that data wherever the
// policy writes it again, in the same capitals ("we may share PIN and CIN
// with third parties"); a word defined again keeps its first data. An
// abbreviation the lexicon already reads ("(IP)",
// "(PII)") and the vague names of any information ("your information
// (INFO)") are left alone, as is the word in its own parentheses. Returns
// raw itself when the text defines none (the common case: one scan of the
// text for "(", no allocation).
func (d *Doc) DataAbbreviations(raw []lexicon.Hit) []lexicon.Hit {
	type def struct {
		at    int32 // token of the abbreviation in its parentheses
		entry int32
	}
	var defs []def
	lx, toks := d.Lexicon, d.Toks
	// Only a token right after "(" can be defined: find those in the text
	// (few, and none in most texts), then the longest hit ending before each.
	for at := 0; ; {
		k, next := capitalsInParens(d.Text, at, toks)
		if k < 0 {
			break
		}
		at = next
		if k+1 >= len(toks) || !d.inParens(k) {
			continue
		}
		// raw is sorted by start: the first hit met ending at k that names
		// data is the longest; a hit spans far fewer than maxHitTokens.
		j, _ := slices.BinarySearchFunc(raw, int32(k), func(x lexicon.Hit, t int32) int { return int(x.From - t) })
		best := int32(-1)
		for i := j - 1; i >= 0 && raw[i].From >= int32(k-maxHitTokens); i-- {
			h := raw[i]
			if h.To != int32(k) || h.Weak {
				continue
			}
			if e := &lx.Entries[h.Entry]; e.Cls != lexicon.ClassDatatype || e.Vague || e.Grp == lexicon.GroupUnspecified {
				continue
			}
			best = h.Entry
		}
		if best < 0 || j < len(raw) && raw[j].From == int32(k) {
			continue // no data named before it, or the lexicon reads the abbreviation itself
		}
		defs = append(defs, def{at: int32(k), entry: best})
	}
	if len(defs) == 0 {
		return raw
	}
	// The first definition of a word names its data: one pass over the
	// tokens after it, however many abbreviations the text defines or
	// redefines (a hostile text of thousands stays linear).
	named := make(map[string]def, len(defs))
	for _, df := range defs {
		w := d.Text[toks[df.at].Start:toks[df.at].End]
		if _, ok := named[w]; !ok {
			named[w] = df
		}
	}
	n := len(raw)
	for k := int(defs[0].at) + 1; k < len(toks); k++ {
		t := toks[k]
		if l := t.End - t.Start; l < 2 || l > 6 || t.Flags&text.TokAllCaps == 0 {
			continue
		}
		if df, ok := named[d.Text[t.Start:t.End]]; ok && int32(k) > df.at && !d.inParens(k) {
			raw = append(raw, lexicon.Hit{From: int32(k), To: int32(k + 1), Entry: df.entry})
		}
	}
	if len(raw) > n {
		mergeByStart(raw, n)
	}
	return raw
}

// mergeByStart orders hits by start in place, keeping the order of equal
// starts, when hits[:n] and hits[n:] are each in that order already: a
// stable merge, hits[:n] first among equals (what a stable sort gives,
// without a sort's code in the page).
func mergeByStart(hits []lexicon.Hit, n int) {
	a, b := append([]lexicon.Hit(nil), hits[:n]...), hits[n:]
	out := hits[:0]
	for len(a) > 0 && len(b) > 0 {
		if b[0].From < a[0].From {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	copy(hits[len(out):], a) // what is left of b is in place
}

// maxHitTokens bounds the tokens a lexicon hit spans, far above any
// entry's length, so DataAbbreviations looks back that far for one.
const maxHitTokens = 64

// capitalsInParens finds, from byte at of s on, the next "(" followed,
// perhaps after quotes, by two capital letters, and returns the token that
// starts at that capital (or -1 when none does) and the byte to search on
// from; k is -1 and next irrelevant once s holds no more "(".
func capitalsInParens(s string, at int, toks []text.Token) (k, next int) {
	for i := at; ; {
		j := strings.IndexByte(s[i:], '(')
		if j < 0 {
			return -1, len(s)
		}
		i += j + 1
		c := i
		for {
			if c < len(s) && (s[c] == '"' || s[c] == '\'') {
				c++
			} else if c+3 <= len(s) && (s[c:c+3] == "“" || s[c:c+3] == "”") {
				c += 3
			} else {
				break
			}
		}
		if c+1 < len(s) && s[c] >= 'A' && s[c] <= 'Z' && s[c+1] >= 'A' && s[c+1] <= 'Z' {
			t, found := slices.BinarySearchFunc(toks, int32(c), func(x text.Token, b int32) int { return int(x.Start - b) })
			if found {
				return t, i
			}
		}
	}
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
