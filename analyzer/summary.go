package analyzer

import (
	"slices"
	"sort"
)

func newReport(n int) *Report {
	return &Report{
		Version:    FormatVersion,
		Language:   "en",
		Notices:    []Notice{},
		Categories: []string{},
		DataTypes:  []DataType{},
		Sharing:    Sharing{Sale: "unstated", SaleEvidence: []int{}, Recipients: []Recipient{}},
		Rights:     []Right{},
		Retention:  Retention{Policy: "unstated", Periods: []string{}, Evidence: []int{}},
		Security:   Security{Measures: []Item{}},
		Children:   Children{Evidence: []int{}},
		DoNotTrack: DoNotTrack{Status: "unstated", Evidence: []int{}},
		Changes:    Changes{Notice: []string{}, Evidence: []int{}},
		Transfers:  Transfers{Safeguards: []string{}, Evidence: []int{}},
		LegalBases: []Item{},
		Contacts:   []Contact{},
		Points:     []Point{},
		Missing:    []Missing{},
		Findings:   []Finding{},
		Blocks:     []Block{},
		Stats:      Stats{Bytes: n},
	}
}

// categoryOrder lists the OPP-115 practice categories in report order.
var categoryOrder = []string{
	"first-party-collection", "third-party-sharing", "user-choice", "user-access",
	"data-retention", "data-security", "policy-change", "do-not-track", "specific-audiences",
}

// groupOrder lists data type groups in report order.
var groupOrder = map[string]int{
	"generic-personal": 0, "contact": 1, "personal-identifier": 2, "financial": 3, "location": 4,
	"health": 5, "biometric": 6, "demographic": 7, "user-profile": 8, "user-content": 9,
	"social-media": 10, "survey": 11, "online-activities": 12, "cookies-tracking": 13,
	"ip-device-ids": 14, "computer-info": 15,
}

// feeCondition is the condition of a right that costs a fee.
const feeCondition = "a fee may be charged"

// summarize folds the findings into the report's sections, with the
// details of the rights (by finding index) and the minimum age stated.
func summarize(r *Report, lx *lexicon, details map[int]rightDetails, minAge int) {
	cats := map[string]bool{}
	dts := map[string]*DataType{}
	recs := map[string]*Recipient{}
	rights := map[string]*Right{}
	measures := map[string]*Item{}
	bases := map[string]*Item{}
	contacts := map[string]*Contact{}
	periods := map[string]bool{}
	saleYes, saleNo := false, false
	sentContacts := map[Span][]string{}
	personal := false // the policy says "personal information" somewhere
	for _, f := range r.Findings {
		if f.Kind == "contact" {
			sentContacts[f.Sentence] = append(sentContacts[f.Sentence], f.Text)
		}
		personal = personal || f.ID == "personal-info" && (f.Kind == "collect" || f.Kind == "share")
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		cats[f.Category] = true
		switch f.Kind {
		case "collect", "share":
			id := f.ID
			if id == "about-you" && personal {
				// "information about you" and "personal information" are one
				// item for the reader: the unnamed personal data.
				id = "personal-info"
			}
			if e := lx.byClass["datatype"][id]; e != nil { // ids are unique across the two classes (TestRuleFiles)
				d := dts[id]
				if d == nil {
					d = &DataType{ID: e.ID, Name: e.Name, Group: e.Group, Sensitive: e.Sensitive, Evidence: []int{}}
					dts[id] = d
				}
				d.Evidence = append(d.Evidence, i)
				if !f.Negated {
					if f.Kind == "collect" {
						d.Collected = true
					} else {
						d.Shared = true
					}
				}
			}
			if e := lx.byClass["recipient"][f.ID]; e != nil {
				rc := recs[f.ID]
				if rc == nil {
					rc = &Recipient{ID: e.ID, Name: e.Name, Negated: true, Evidence: []int{}}
					recs[f.ID] = rc
				}
				rc.Evidence = append(rc.Evidence, i)
				if !f.Negated {
					rc.Negated = false
				}
				if rc.Condition == "" {
					rc.Condition = f.Condition
				}
			}
		case "sale":
			r.Sharing.SaleEvidence = append(r.Sharing.SaleEvidence, i)
			if f.Negated {
				saleNo = true
				if r.Sharing.SaleCondition == "" {
					r.Sharing.SaleCondition = f.Condition
				}
			} else {
				saleYes = true
			}
		case "right":
			if f.Negated {
				continue
			}
			e := lx.byClass["right"][f.ID]
			rt := rights[f.ID]
			if rt == nil {
				rt = &Right{ID: e.ID, Name: e.Name, How: []string{}, Conditions: []string{}, Evidence: []int{}}
				rights[f.ID] = rt
			}
			rt.Evidence = append(rt.Evidence, i)
			for _, h := range details[i].how {
				rt.How = appendUnique(rt.How, h)
			}
			for _, c := range sentContacts[f.Sentence] {
				rt.How = appendUnique(rt.How, c)
			}
		case "retention":
			r.Retention.Evidence = append(r.Retention.Evidence, i)
			switch f.ID {
			case "indefinite":
				r.Retention.Policy = "indefinite"
			case "period":
				if !periods[f.Text] {
					periods[f.Text] = true
					r.Retention.Periods = append(r.Retention.Periods, f.Text)
				}
				if r.Retention.Policy != "indefinite" {
					r.Retention.Policy = "limited"
				}
			case "as-needed":
				if r.Retention.Policy == "unstated" {
					r.Retention.Policy = "as-needed"
				}
			}
		case "security":
			addItem(measures, lx.byClass["security"][f.ID], i)
		case "children":
			r.Children.Evidence = append(r.Children.Evidence, i)
		case "dnt":
			r.DoNotTrack.Evidence = append(r.DoNotTrack.Evidence, i)
			switch {
			case f.ID == "not-honored":
				r.DoNotTrack.Status = "not-honored"
			case f.ID == "honored" && r.DoNotTrack.Status != "not-honored":
				r.DoNotTrack.Status = "honored"
			}
		case "change":
			r.Changes.Mentioned = true
			r.Changes.Evidence = append(r.Changes.Evidence, i)
			if len(f.ID) > 7 && f.ID[:7] == "notice-" && f.ID != "notice-none" {
				r.Changes.Notice = appendUnique(r.Changes.Notice, f.ID[7:])
			}
		case "transfer":
			r.Transfers.Mentioned = true
			r.Transfers.Evidence = append(r.Transfers.Evidence, i)
			if f.ID != "international" {
				r.Transfers.Safeguards = appendUnique(r.Transfers.Safeguards, f.ID)
			}
		case "legal-basis":
			if f.ID != "basis" {
				addItem(bases, lx.byClass["legal-basis"][f.ID], i)
			}
		case "contact":
			c := contacts[f.Text]
			if c == nil {
				c = &Contact{Kind: f.ID, Value: f.Text, Evidence: []int{}}
				contacts[f.Text] = c
				r.Contacts = append(r.Contacts, Contact{})
			}
			c.Evidence = append(c.Evidence, i)
		}
	}
	for _, c := range categoryOrder {
		if cats[c] {
			r.Categories = append(r.Categories, c)
		}
	}
	switch {
	case saleYes:
		r.Sharing.Sale = "yes"
		r.Sharing.SaleCondition = ""
	case saleNo:
		r.Sharing.Sale = "no"
	}
	r.Children.MinAge = minAge
	// Conditions on rights: a fee for using a right is a red flag.
	for i, det := range details {
		if rt := rights[r.Findings[i].ID]; rt != nil && det.fee {
			rt.Conditions = appendUnique(rt.Conditions, feeCondition)
		}
	}

	r.DataTypes = slices.Grow(r.DataTypes[:0], len(dts))
	for _, d := range dts {
		r.DataTypes = append(r.DataTypes, *d)
	}
	sort.Slice(r.DataTypes, func(i, j int) bool {
		a, b := r.DataTypes[i], r.DataTypes[j]
		if groupOrder[a.Group] != groupOrder[b.Group] {
			return groupOrder[a.Group] < groupOrder[b.Group]
		}
		return a.Evidence[0] < b.Evidence[0]
	})
	r.Sharing.Recipients = slices.Grow(r.Sharing.Recipients[:0], len(recs))
	for _, rc := range recs {
		r.Sharing.Recipients = append(r.Sharing.Recipients, *rc)
	}
	sort.Slice(r.Sharing.Recipients, func(i, j int) bool {
		return r.Sharing.Recipients[i].Evidence[0] < r.Sharing.Recipients[j].Evidence[0]
	})
	r.Rights = slices.Grow(r.Rights[:0], len(rights))
	for _, rt := range rights {
		r.Rights = append(r.Rights, *rt)
	}
	sort.Slice(r.Rights, func(i, j int) bool { return r.Rights[i].Evidence[0] < r.Rights[j].Evidence[0] })
	r.Security.Measures = sortedItems(measures)
	r.LegalBases = sortedItems(bases)
	r.Contacts = slices.Grow(r.Contacts[:0], len(contacts))
	for _, c := range contacts {
		r.Contacts = append(r.Contacts, *c)
	}
	sort.Slice(r.Contacts, func(i, j int) bool { return r.Contacts[i].Evidence[0] < r.Contacts[j].Evidence[0] })
}

func addItem(m map[string]*Item, e *entry, i int) {
	it := m[e.ID]
	if it == nil {
		it = &Item{ID: e.ID, Name: e.Name, Evidence: []int{}}
		m[e.ID] = it
	}
	it.Evidence = append(it.Evidence, i)
}

func sortedItems(m map[string]*Item) []Item {
	out := make([]Item, 0, len(m))
	for _, it := range m {
		out = append(out, *it)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Evidence[0] < out[j].Evidence[0] })
	return out
}

func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}
