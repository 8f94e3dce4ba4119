package analyzer

import (
	"os"
	"regexp"
	"testing"
)

// TestPickableKinds checks that every kind addPoints asks pick for is one
// pickable gathers: pick reads only those findings.
func TestPickableKinds(t *testing.T) {
	src, err := os.ReadFile("points.go")
	if err != nil {
		t.Fatal(err)
	}
	calls := regexp.MustCompile(`p\.pick\("([a-z-]+)", "([a-z-]+)"\)`).FindAllStringSubmatch(string(src), -1)
	if len(calls) == 0 {
		t.Fatal("no calls of pick found in points.go")
	}
	for _, c := range calls {
		r := &Report{Findings: []Finding{{Kind: c[1], ID: "other"}, {Kind: c[1], ID: c[2]}, {Kind: c[1], ID: c[2], Negated: true}}}
		p := points{r: r, few: pickable(r)}
		if ev := p.pick(c[1], c[2]); len(ev) != 1 || ev[0] != 1 {
			t.Errorf("pick(%q, %q) = %v, want [1]: is the kind pickable?", c[1], c[2], ev)
		}
	}
}

// TestRevisionNotice checks which notices of changes tell the reader.
func TestRevisionNotice(t *testing.T) {
	for _, c := range []struct {
		notice []string
		want   string
	}{
		{nil, ""},
		{[]string{"posted"}, ""},
		{[]string{"posted", "email", "told"}, "email"},
		{[]string{"consent"}, "consent"},
	} {
		r := &Report{}
		r.Changes.Notice = c.notice
		if got := revisionNotice(r); got != c.want {
			t.Errorf("revisionNotice(%v) = %q, want %q", c.notice, got, c.want)
		}
		if told, _ := revisionNotify(r); (told == "yes") != (c.want != "") {
			t.Errorf("revisionNotify(%v) = %q, revisionNotice %q", c.notice, told, c.want)
		}
	}
}

// TestSaleOptOutPoint checks the point of a right to opt out of sales: in a
// policy that says it sells nothing it is a right over any sale, not "the
// sale" of the reader's data; where the policy may sell or says nothing,
// the right's name stays.
func TestSaleOptOutPoint(t *testing.T) {
	for _, c := range []struct{ sale, want string }{
		{"no", "You can opt out of any sale or sharing of your data (they say they do not sell it)."},
		{"yes", "You can opt out of the sale or sharing of your data."},
		{"unstated", "You can opt out of the sale or sharing of your data."},
	} {
		r := &Report{Findings: make([]Finding, 1), Sharing: Sharing{Sale: c.sale},
			Rights: []Right{{ID: "opt-out-sale", Name: "Opt out of the sale or sharing of your data", Evidence: []int{0}}}}
		addPoints(r, "", func(int) bool { return false })
		got := ""
		for _, p := range r.Points {
			if p.ID == "offers-opt-out-sale" {
				got = p.Text
			}
		}
		if got != c.want {
			t.Errorf("sale %q: point %q, want %q", c.sale, got, c.want)
		}
	}
}
