package main

import "github.com/policylens/policylens/analyzer"

// reportClaim checks the claims on the report's purposes, sources, breach
// notice and date: "purpose:<id>" (a purpose the report lists; "any" for
// one at all, or a statement of why data is used, the practice "purpose",
// that names none the report lists: "We use the information we collect for
// the following purposes:", the intro of a list quoted without its items,
// as the rubric's collection-reasoning counts it), "source:<id>" (likewise),
// "breach:notify" (a promise to notify of a breach) and "last-updated" (a
// date the policy gives for itself).
func reportClaim(r *analyzer.Report, kind, v string) bool {
	switch kind {
	case "purpose":
		for _, p := range r.Purposes {
			if v == "any" || p.ID == v {
				return true
			}
		}
		for _, f := range r.Findings {
			if v == "any" && f.Kind == "practice" && f.ID == "purpose" && !f.Negated {
				return true
			}
		}
	case "source":
		for _, s := range r.Sources {
			if v == "any" || s.ID == v {
				return true
			}
		}
	case "breach":
		return v == "notify" && r.Breach.Notify == "yes"
	case "last-updated":
		return r.Updated.Text != ""
	}
	return false
}
