package analyzer

import (
	"strconv"
	"strings"
)

// addPoints writes the reader's verdict: good and bad points, each citing
// the findings it rests on.
func addPoints(r *Report, input string, aggregate func(int) bool) {
	p := points{r, input, pickable(r)}
	first5 := func(ev []int) []int { return ev[:min(len(ev), 5)] }

	// Bad points first: they matter most to a reader.
	switch r.Sharing.Sale {
	case "yes":
		p.add("sells-data", "bad", "They may sell or rent your personal data.", first5(r.Sharing.SaleEvidence))
	case "ccpa":
		p.add("ccpa-sale", "bad", "They share your data in ways California's privacy law counts as a sale, such as for targeted ads.", first5(r.Sharing.SaleEvidence))
	case "no":
		text := "They say they do not sell your personal data."
		if r.Sharing.SaleCondition != "" {
			text = "They say they do not sell your personal data, with a condition: " + r.Sharing.SaleCondition
			if IsException(r.Sharing.SaleCondition) {
				text = "They say they do not sell your personal data, with an exception: " + r.Sharing.SaleCondition
			}
		}
		p.add("no-sale", "good", text, first5(r.Sharing.SaleEvidence))
	}
	// Advertisers given only aggregate or anonymous data ("we share
	// aggregated statistics with advertisers") get none of the reader's
	// data: the rubric leaves them out too (aggregateOnly).
	for _, rc := range r.Sharing.Recipients {
		if rc.ID == "advertisers" && !rc.Negated {
			var ev []int
			for _, i := range rc.Evidence {
				if !aggregate(i) {
					ev = append(ev, i)
				}
			}
			p.add("shares-advertisers", "bad", "Your data may go to advertisers or ad networks.", ev)
		}
	}
	if r.Retention.Policy == "indefinite" {
		p.add("indefinite-retention", "bad", "They may keep your data indefinitely.", p.pick("retention", "indefinite"))
	}
	switch r.DoNotTrack.Status {
	case "not-honored":
		p.add("ignores-dnt", "bad", "They ignore your browser's Do Not Track signal.", r.DoNotTrack.Evidence)
	case "honored":
		p.add("honors-dnt", "good", "They honor your browser's Do Not Track signal.", r.DoNotTrack.Evidence)
	}
	for _, rt := range r.Rights {
		for _, c := range rt.Conditions {
			if c == feeCondition {
				p.add("fee-for-"+rt.ID, "bad", "You may be charged a fee to use this right: "+lowerFirst(rt.Name)+".", rt.Evidence)
			}
		}
	}
	// (Not a change of the services without notice, noteIncidental: "the
	// services may change without prior notice" says nothing of the
	// policy. Nor where the reader is told of the changes that matter, as
	// the rubric's revision-notify reads: "We may update this policy at any
	// time without prior notice. If we change it in a material way, we
	// will let you know".)
	var silent []int
	if revisionNotice(r) == "" {
		for _, i := range p.pick("change", "notice-none") {
			if r.Findings[i].note&noteIncidental == 0 {
				silent = append(silent, i)
			}
		}
	}
	p.add("changes-without-notice", "bad", "They may change the policy without telling you.", silent)
	var sens []int
	for _, d := range r.DataTypes {
		if d.Sensitive && (d.Collected || d.Shared) {
			sens = append(sens, d.Evidence[0])
		}
	}
	p.add("sensitive-data", "bad", "They collect sensitive data (health, biometrics, government ID or similar).", sens)
	for _, d := range r.DataTypes {
		if d.ID == "precise-location" && (d.Collected || d.Shared) {
			p.add("precise-location", "bad", "They collect your precise location.", d.Evidence)
		}
	}
	for _, s := range r.Transfers.Safeguards {
		if s == "privacy-shield" {
			p.add("privacy-shield", "bad", "They rely on Privacy Shield or Safe Harbor, which EU courts struck down.", p.pick("transfer", "privacy-shield"))
		}
	}
	p.add("no-security-guarantee", "neutral", "They say no security is perfect and do not guarantee it.", p.pick("security", "no-guarantee"))

	// Good points.
	for _, rt := range r.Rights {
		switch rt.ID {
		case "opt-out-sale":
			text := "You can " + lowerFirst(rt.Name) + "."
			if r.Sharing.Sale == "no" {
				// A state law's right granted in general, in a policy that
				// says it sells nothing: "the sale" would read as if data
				// were sold.
				text = "You can opt out of any sale or sharing of your data (they say they do not sell it)."
			}
			p.add("offers-"+rt.ID, "good", text, rt.Evidence)
		case "deletion", "access", "portability", "complaint", "correction":
			p.add("offers-"+rt.ID, "good", "You can "+lowerFirst(rt.Name)+".", rt.Evidence)
		}
	}
	switch r.Retention.Policy {
	case "limited":
		p.add("retention-period", "good", "They state how long they keep data.", p.pick("retention", "period"))
	case "partial":
		p.add("retention-partial", "neutral", "They say how long they keep some data, not how long they keep the rest.", p.pick("retention", "period"))
	case "as-needed":
		p.add("retention-as-needed", "neutral", "They keep data as long as needed, without a fixed period.", p.pick("retention", "as-needed"))
	}
	if r.Changes.Mentioned {
		for _, n := range r.Changes.Notice {
			if n == "email" {
				p.add("changes-by-email", "good", "They tell you about changes by email.", p.pick("change", "notice-email"))
			}
		}
	}
	if r.Children.MinAge > 0 {
		p.add("children-min-age", "neutral", "They set a minimum age of "+strconv.Itoa(r.Children.MinAge)+".", ageEvidence(r, r.Children.MinAge, 0))
	}
	if r.Children.ConsentAge > 0 {
		p.add("children-consent-age", "neutral", "Under-"+strconv.Itoa(r.Children.ConsentAge)+"s need a parent's consent.", ageEvidence(r, r.Children.ConsentAge, noteConsent))
	}
}

// points writes the points of a report. Its helpers are not inlined: the
// compiler would write them out again at each of their twenty-odd calls
// (30 KB of WebAssembly for addPoints, which runs once per report).
type points struct {
	r     *Report
	input string // the text the report was made from
	few   []int  // the findings pick may return (pickable)
}

// add adds a point citing the findings ev, unless there are none: the
// statements first (see readableFirst).
//
//go:noinline
func (p points) add(id, pol, text string, ev []int) {
	if len(ev) == 0 {
		return
	}
	p.r.Points = append(p.r.Points, Point{ID: id, Polarity: pol, Text: text, Evidence: readableFirst(p.r, p.input, ev)})
}

// bareItem is the length (bytes) under which a sentence that does not end
// in a full stop, a question or an exclamation mark is a bare item or
// label ("GPS", "Advertising networks;", "the right to erasure;"), which
// does not say the claim on its own.
const bareItem = 40

// readableFirst returns a copy of evidence ev ordered for the reader, each
// group in its order: sentences that state something first, then bare
// items and labels, then titles ("EU-U.S. Privacy Shield" over the section
// whose sentences say they rely on it), which are quoted only where
// nothing else supports the point.
func readableFirst(r *Report, input string, ev []int) []int {
	rank := func(i int) int {
		if i < 0 || i >= len(r.Findings) {
			return 2
		}
		f := &r.Findings[i]
		if !stated(f) {
			return 2
		}
		if s := f.Sentence; 0 <= s.Start && s.Start <= s.End && s.End <= len(input) {
			t := strings.TrimRight(input[s.Start:s.End], " \t\r\n*_")
			if len(t) < bareItem && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "!") {
				return 1
			}
		}
		return 0
	}
	return byRank(ev, rank)
}

// pick returns the first five findings of kind and id that are not negated.
//
//go:noinline
func (p points) pick(kind, id string) []int {
	var ev []int
	for _, i := range p.few {
		if f := &p.r.Findings[i]; f.Kind == kind && f.ID == id {
			ev = append(ev, i)
			if len(ev) == 5 {
				break
			}
		}
	}
	return ev
}

// pickable returns the stated findings that are not negated of the kinds
// addPoints asks pick for, gathered in one pass, where each pick read every
// finding of the report.
func pickable(r *Report) []int {
	var few []int
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Negated || !stated(f) {
			continue
		}
		switch f.Kind {
		case "retention", "change", "transfer", "security":
			few = append(few, i)
		}
	}
	return few
}

// ageEvidence returns the statements of an age decided (the minimum age,
// or with note noteConsent the consent age), at most five, in the
// policy's order, what a law says of the age last (companyAgeFirst): not
// those of another age ("at least 16 in the EU" under "a minimum age of
// 13") nor of the young the company serves (noteServed).
func ageEvidence(r *Report, age int, note findingNote) []int {
	var ev []int
	for i := range r.Findings {
		if f := &r.Findings[i]; f.Kind == "children" && f.ID == "min-age" && !f.Negated && int(f.age) == age && f.note&note == note && f.note&noteServed == 0 {
			ev = append(ev, i)
		}
	}
	ev = companyAgeFirst(r, ev)
	return ev[:min(len(ev), 5)]
}

func lowerFirst(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}
