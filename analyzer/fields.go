package analyzer

import (
	"strconv"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
)

// addFields fills the report's purposes, sources, breach notice and date
// from their findings (kinds purpose, source, breach and updated; a title's
// or a pointer's only name them) and the dates the reading read.
func addFields(r *Report, lx *lexicon.Lexicon, dates []dated) {
	var within string
	for i := range r.Findings {
		if f := &r.Findings[i]; f.Kind == "breach" && stated(f) {
			addBreach(&r.Breach, i, f, &within)
		}
	}
	if r.Breach.Notify == "yes" {
		r.Breach.Within = within
	}
	r.Purposes = purposes(r, keysOf(lx))
	r.Sources = sources(r, keysOf(lx))
	r.Updated = lastUpdated(r, dates)
}

// purposes lists the purposes of the report's unnegated purpose findings,
// in the order of their first evidence, each under the group of its rule
// (targeted advertising is advertising, targeted), looked up by the
// findings' keys in k.
func purposes(r *Report, k *idKeys) []Purpose {
	out := []Purpose{}
	var buf [64]int
	own := stating(r, "purpose", buf[:0])
	for x, i := range own {
		f := &r.Findings[i]
		e := k.entry(keyPurpose, f.key)
		p := 0
		for p < len(out) && out[p].ID != e.Group {
			p++
		}
		if p == len(out) {
			g := k.entry(keyPurpose, k.key[e.Group])
			n := 0
			for _, j := range own[x:] {
				if k.entry(keyPurpose, r.Findings[j].key).Group == g.ID {
					n++
				}
			}
			out = append(out, Purpose{ID: g.ID, Name: g.Name, Evidence: make([]int, 0, n)})
		}
		out[p].Targeted = out[p].Targeted || e.Targeted
		out[p].Evidence = append(out[p].Evidence, i)
	}
	return out
}

// sources lists the sources of the report's unnegated source findings, in
// the order of their first evidence, looked up by the findings' keys in k.
func sources(r *Report, k *idKeys) []Item {
	out := []Item{}
	var buf [64]int
	own := stating(r, "source", buf[:0])
	for x, i := range own {
		f := &r.Findings[i]
		p := 0
		for p < len(out) && out[p].ID != f.ID {
			p++
		}
		if p == len(out) {
			n := 0
			for _, j := range own[x:] {
				if r.Findings[j].ID == f.ID {
					n++
				}
			}
			e := k.entry(keySource, f.key)
			out = append(out, Item{ID: e.ID, Name: e.Name, Evidence: make([]int, 0, n)})
		}
		out[p].Evidence = append(out[p].Evidence, i)
	}
	return out
}

// stating appends to dst the indices of the report's unnegated findings of
// kind that are stated, in report order: the few of its hundreds of
// findings that purposes and sources read, several times.
func stating(r *Report, kind string, dst []int) []int {
	for i := range r.Findings {
		if f := &r.Findings[i]; f.Kind == kind && !f.Negated && stated(f) {
			dst = append(dst, i)
		}
	}
	return dst
}

// addBreach folds breach finding i into what the policy says of a breach:
// a promise to notify makes it "yes" (a denial "no", unless a promise
// stands elsewhere); the first delay named is how soon.
func addBreach(b *Breach, i int, f *Finding, within *string) {
	b.Evidence = append(b.Evidence, i)
	switch {
	case f.ID == "within":
		if *within == "" {
			*within = f.Text
		}
	case !f.Negated:
		b.Notify = "yes"
	case b.Notify == "unstated":
		b.Notify = "no"
	}
}

// lastUpdated is the date the policy gives for itself: the latest one read,
// or, when none could be read, the first one written. Its evidence is every
// finding of that date as written.
func lastUpdated(r *Report, dates []dated) Updated {
	u := Updated{Evidence: []int{}}
	best := -1
	for k, d := range dates {
		if best < 0 || d.date > dates[best].date {
			best = k
		}
	}
	if best < 0 {
		return u
	}
	d := dates[best]
	u.Text = r.Findings[d.finding].Text
	u.Date = isoDate(d.date)
	for _, e := range dates {
		if r.Findings[e.finding].Text == u.Text {
			u.Evidence = append(u.Evidence, e.finding)
		}
	}
	return u
}

// isoDate writes yyyymmdd as "yyyy-mm-dd" and yyyymm as "yyyy-mm"; "" for 0.
func isoDate(n int) string {
	two := func(x int) string { return string(rune('0'+x/10)) + string(rune('0'+x%10)) }
	switch {
	case n >= 10000000:
		return strconv.Itoa(n/10000) + "-" + two(n/100%100) + "-" + two(n%100)
	case n >= 100000:
		return strconv.Itoa(n/100) + "-" + two(n%100)
	}
	return ""
}
