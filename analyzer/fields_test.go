package analyzer

import (
	"strings"
	"testing"
)

// TestFields checks the report's purposes, sources, breach notice and date
// on short policies: what each field says and that its evidence quotes it
// (a title's purpose only names its topic).
func TestFields(t *testing.T) {
	tests := []struct {
		text               string
		purposes, sources  string // "id" or "id*" (targeted), joined by spaces, in report order
		notify, within     string
		date, dateText     string
		evidenceInPurposes string // words of the first purpose's first evidence
	}{
		{text: "We use your information to send you newsletters and to show you interest-based ads.",
			purposes: "marketing advertising*", notify: "unstated", evidenceInPurposes: "send you newsletters"},
		{text: "We do not use your personal information for advertising purposes.", notify: "unstated"},
		{text: "For security reasons, please do not share your password with anyone.", notify: "unstated"},
		{text: "You can opt out of interest-based advertising at any time.", notify: "unstated"},
		{text: "We may receive information about you from data brokers and public records.",
			sources: "data-brokers public", notify: "unstated"},
		{text: "Third parties may collect information from you when you visit their sites.", notify: "unstated"},
		{text: "If we learn of a data breach, we will notify you within 72 hours.", notify: "yes", within: "72 hours"},
		{text: "We cannot guarantee the security of your data.", notify: "unstated"},
		{text: "#### To customize your experience\n\nWe use your information to show you interest-based ads.", purposes: "advertising*", notify: "unstated"},
		{text: "Our family of companies may use the information they receive from us to improve the Services.", purposes: "service", notify: "unstated"},
		{text: "We are not obliged to notify you of a data breach.", notify: "no"},
		{text: "Last updated: May 1, 2020\n\nWe collect your email address.", notify: "unstated", date: "2020-05-01", dateText: "May 1, 2020"},
		{text: "Effective Date: 01/05/2020\n\nWe collect your email address.", notify: "unstated", dateText: "01/05/2020"},
		{text: "Effective Date: 31/05/2020\n\nWe collect your email address.", notify: "unstated", date: "2020-05-31", dateText: "31/05/2020"},
		{text: "Updated 2021-03-04\n\nWe collect your email address.", notify: "unstated", date: "2021-03-04", dateText: "2021-03-04"},
		{text: "Revised: March 2019\n\nWe collect your email address.", notify: "unstated", date: "2019-03", dateText: "March 2019"},
		{text: "© 2020 Example Inc. The CCPA took effect on January 1, 2020. We collect your email address.", notify: "unstated"},
		{text: "Effective: June 1, 2021. Previous version effective: January 1, 2020.", notify: "unstated", date: "2021-06-01", dateText: "June 1, 2021"},
		// A date line under Markdown titles underlined with "=" and "-": the
		// underlines are no blocks before it.
		{text: "Privacy and Cookie Notice\n=========================\n\nPrivacy Notice\n--------------\n\n2 Sept 2021\n\nWe collect your email address.", notify: "unstated", date: "2021-09-02", dateText: "2 Sept 2021"},
		{text: "Privacy Notice\n==============\n\nWe collect your email address.\n\n2 Sept 2021", notify: "unstated"},
	}
	for _, tt := range tests {
		r := Analyze(tt.text)
		var ps, ss []string
		for _, p := range r.Purposes {
			id := p.ID
			if p.Targeted {
				id += "*"
			}
			ps = append(ps, id)
			for _, i := range p.Evidence {
				if f := r.Findings[i]; f.Kind != "purpose" || f.Negated || tt.text[f.Start:f.End] != f.Text {
					t.Errorf("%q: purpose %s has evidence %+v", tt.text, p.ID, f)
				}
			}
		}
		for _, s := range r.Sources {
			ss = append(ss, s.ID)
		}
		if got := strings.Join(ps, " "); got != tt.purposes {
			t.Errorf("%q: purposes %q, want %q", tt.text, got, tt.purposes)
		}
		if got := strings.Join(ss, " "); got != tt.sources {
			t.Errorf("%q: sources %q, want %q", tt.text, got, tt.sources)
		}
		if r.Breach.Notify != tt.notify || r.Breach.Within != tt.within {
			t.Errorf("%q: breach %+v, want %s within %q", tt.text, r.Breach, tt.notify, tt.within)
		}
		if r.Updated.Date != tt.date || r.Updated.Text != tt.dateText {
			t.Errorf("%q: lastUpdated %+v, want %q %q", tt.text, r.Updated, tt.date, tt.dateText)
		}
		if tt.evidenceInPurposes != "" && r.Findings[r.Purposes[0].Evidence[0]].Text != tt.evidenceInPurposes {
			t.Errorf("%q: first purpose evidence %q, want %q", tt.text, r.Findings[r.Purposes[0].Evidence[0]].Text, tt.evidenceInPurposes)
		}
	}
}

// TestISODate checks how the reading's dates are written.
func TestISODate(t *testing.T) {
	for n, want := range map[int]string{20200501: "2020-05-01", 201903: "2019-03", 20211231: "2021-12-31", 0: ""} {
		if got := isoDate(n); got != want {
			t.Errorf("isoDate(%d) = %q, want %q", n, got, want)
		}
	}
}
