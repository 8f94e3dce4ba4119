package analyzer

import (
	"slices"
	"testing"
)

// TestInRankOrder checks inRankOrder's order and that it asks no rank of
// a list too short to reorder.
func TestInRankOrder(t *testing.T) {
	asked := 0
	rank := func(i int) int { asked++; return -i }
	for _, c := range []struct{ ev, want []int }{
		{nil, nil},
		{[]int{7}, []int{7}},
		{[]int{1, 2, 3}, []int{3, 2, 1}},
	} {
		asked = 0
		got := inRankOrder(c.ev, rank)
		if !slices.Equal(got, c.want) {
			t.Errorf("inRankOrder(%v) = %v, want %v", c.ev, got, c.want)
		}
		if want := len(c.ev); want < 2 && asked != 0 || want >= 2 && asked != want {
			t.Errorf("inRankOrder(%v) asked %d ranks", c.ev, asked)
		}
	}
}

// TestNextOfKind checks that nextOfKind skips the findings of other kinds.
func TestNextOfKind(t *testing.T) {
	fs := []Finding{{Kind: "share"}, {Kind: "sale"}, {Kind: "dnt"}, {Kind: "sale"}, {Kind: "sales"}}
	var got []int
	for i := nextOfKind(fs, 0, "sale"); i < len(fs); i = nextOfKind(fs, i+1, "sale") {
		got = append(got, i)
	}
	if want := []int{1, 3}; !slices.Equal(got, want) {
		t.Errorf("sale findings %v, want %v", got, want)
	}
}

// TestSaleEvidenceNarrowLast checks that sale denials about some data
// follow those about all of it, runs of one sentence judged alike.
func TestSaleEvidenceNarrowLast(t *testing.T) {
	a, b := Span{0, 40}, Span{41, 90}
	r := &Report{Findings: []Finding{
		{Kind: "sale", ID: "sale", Negated: true, Sentence: a},
		{Kind: "sale", ID: "sale", Negated: true, Sentence: a},
		{Kind: "share", ID: "email", Negated: true, Sentence: a},
		{Kind: "sale", ID: "sale", Negated: true, Sentence: b},
		{Kind: "share", ID: "personal-info", Negated: true, Sentence: b},
		{Kind: "sale", ID: "sale", Negated: true, Sentence: a},
	}}
	decideSale(r)
	if want := []int{3, 0, 1, 5}; r.Sharing.Sale != "no" || !slices.Equal(r.Sharing.SaleEvidence, want) {
		t.Errorf("sale %q, evidence %v, want \"no\", %v", r.Sharing.Sale, r.Sharing.SaleEvidence, want)
	}
}
