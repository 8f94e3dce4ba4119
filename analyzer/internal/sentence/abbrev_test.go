package sentence

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// TestDataAbbreviationsLinear holds DataAbbreviations to one match for each
// later use of an abbreviation, however often a text defines it again: a
// text of n definitions and n uses gets n matches, not one for each earlier
// definition of each use (n(n+1)/2, which a hostile 10 MB text would turn
// into billions).
func TestDataAbbreviationsLinear(t *testing.T) {
	const n = 300
	var b strings.Builder
	var toks []text.Token
	var raw []lexicon.Hit
	word := func(w string, sep uint8) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if sep == text.SepComma {
			b.WriteByte('(')
		}
		start := int32(b.Len())
		b.WriteString(w)
		tok := text.Token{Start: start, End: int32(b.Len()), SepBefore: sep}
		if w == "AB" {
			tok.Flags |= text.TokAllCaps
		}
		toks = append(toks, tok)
		if sep == text.SepComma {
			b.WriteByte(')')
		}
	}
	for range n {
		raw = append(raw, lexicon.Hit{From: int32(len(toks)), To: int32(len(toks) + 1), Entry: 0})
		word("email", text.SepSpace)
		word("AB", text.SepComma) // "email (AB)": defines AB
		word("AB", text.SepSpace) // a use
	}
	lx := &lexicon.Lexicon{Tables: lexicon.Tables{Entries: []lexicon.Entry{{Class: "datatype", Cls: lexicon.ClassDatatype, ID: "email", Group: "contact"}}}}
	d := &Doc{Text: b.String(), Lexicon: lx, Toks: toks}
	got := d.DataAbbreviations(append([]lexicon.Hit(nil), raw...))
	if added := len(got) - len(raw); added != n {
		t.Fatalf("%d matches added for %d uses", added, n)
	}
	for i := 1; i < len(got); i++ {
		if got[i].From < got[i-1].From {
			t.Fatalf("matches out of order at %d", i)
		}
	}
	for _, h := range got {
		if d.Text[toks[h.From].Start:toks[h.From].End] == "AB" && toks[h.From].SepBefore == text.SepComma {
			t.Fatalf("the definition itself, token %d, got a match", h.From)
		}
	}
}

// TestMergeByStart holds mergeByStart to the stable sort it replaces, on
// two runs each in order of start, with many equal starts.
func TestMergeByStart(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	run := func(n int, entry int32) []lexicon.Hit {
		hs := make([]lexicon.Hit, n)
		for i := range hs {
			hs[i] = lexicon.Hit{From: int32(r.IntN(12)), Entry: entry + int32(i)}
		}
		slices.SortStableFunc(hs, func(a, b lexicon.Hit) int { return int(a.From - b.From) })
		return hs
	}
	for range 2000 {
		a, b := run(r.IntN(9), 0), run(r.IntN(9), 100)
		got := append(append([]lexicon.Hit(nil), a...), b...)
		want := slices.Clone(got)
		slices.SortStableFunc(want, func(x, y lexicon.Hit) int { return int(x.From - y.From) })
		mergeByStart(got, len(a))
		if !slices.Equal(got, want) {
			t.Fatalf("mergeByStart(%v, %d) = %v, want %v", append(a, b...), len(a), got, want)
		}
	}
}
