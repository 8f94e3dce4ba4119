package analyzer

import (
	"strconv"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
)

// addFields fills the report's purposes, sources, breach notice and date
// from their findings (kinds purpose, source, breach and updated) and the
// dates the reading read.
func addFields(r *Report, lx *lexicon.Lexicon, dates []dated) {
	purposes := map[string]*Purpose{}
	sources := map[string]*Item{}
	var within string
	for i := range r.Findings {
		f := &r.Findings[i]
		switch f.Kind {
		case "purpose":
			if !f.Negated {
				addPurpose(purposes, lx, i, f)
			}
		case "source":
			if !f.Negated {
				addItem(sources, lx.ByClass["source"][f.ID], i)
			}
		case "breach":
			addBreach(&r.Breach, i, f, &within)
		}
	}
	if r.Breach.Notify == "yes" {
		r.Breach.Within = within
	}
	r.Purposes = sortedPurposes(purposes)
	r.Sources = sortedItems(sources)
	r.Updated = lastUpdated(r, dates)
}

// addPurpose folds purpose finding i into its purpose: the group of its
// rule (targeted advertising is advertising, targeted).
func addPurpose(m map[string]*Purpose, lx *lexicon.Lexicon, i int, f *Finding) {
	e := lx.ByClass["purpose"][f.ID]
	g := lx.ByClass["purpose"][e.Group]
	p := m[g.ID]
	if p == nil {
		p = &Purpose{ID: g.ID, Name: g.Name, Evidence: []int{}}
		m[g.ID] = p
	}
	p.Targeted = p.Targeted || e.Targeted
	p.Evidence = append(p.Evidence, i)
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
// or, when none could be read, the first one written.
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

func sortedPurposes(m map[string]*Purpose) []Purpose {
	out := make([]Purpose, 0, len(m))
	for _, p := range m {
		out = append(out, *p)
	}
	for i := 1; i < len(out); i++ { // a handful: insertion sort by first evidence
		for j := i; j > 0 && out[j].Evidence[0] < out[j-1].Evidence[0]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
