package main

import "github.com/policylens/policylens/analyzer"

// reportClaim checks the claims on the report's purposes, sources, breach
// notice and date: "purpose:<id>" (a purpose the report lists; "any" for
// one at all), "source:<id>" (likewise), "breach:notify" (a promise to
// notify of a breach) and "last-updated" (a date the policy gives for
// itself).
func reportClaim(r *analyzer.Report, kind, v string) bool {
	switch kind {
	case "purpose":
		for _, p := range r.Purposes {
			if v == "any" || p.ID == v {
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
