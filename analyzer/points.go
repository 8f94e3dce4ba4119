package analyzer

// addPoints writes the reader's verdict: good and bad points, each citing
// the findings it rests on.
func addPoints(r *Report) {
	add := func(id, pol, text string, ev []int) {
		if len(ev) == 0 {
			return
		}
		r.Points = append(r.Points, Point{ID: id, Polarity: pol, Text: text, Evidence: ev})
	}
	pick := func(keep func(f *Finding) bool) []int {
		var ev []int
		for i := range r.Findings {
			if keep(&r.Findings[i]) {
				ev = append(ev, i)
				if len(ev) == 5 {
					break
				}
			}
		}
		return ev
	}
	is := func(kind, id string, neg bool) func(*Finding) bool {
		return func(f *Finding) bool { return f.Kind == kind && (id == "" || f.ID == id) && f.Negated == neg }
	}

	// Bad points first: they matter most to a reader.
	first5 := func(ev []int) []int { return ev[:min(len(ev), 5)] }
	switch r.Sharing.Sale {
	case "yes":
		add("sells-data", "bad", "They may sell or rent your personal data.", first5(r.Sharing.SaleEvidence))
	case "ccpa":
		add("ccpa-sale", "bad", "They share your data in ways California's privacy law counts as a sale, such as for targeted ads.", first5(r.Sharing.SaleEvidence))
	case "no":
		text := "They say they do not sell your personal data."
		if r.Sharing.SaleCondition != "" {
			text = "They say they do not sell your personal data, with a condition: " + r.Sharing.SaleCondition
		}
		add("no-sale", "good", text, first5(r.Sharing.SaleEvidence))
	}
	for _, rc := range r.Sharing.Recipients {
		if rc.ID == "advertisers" && !rc.Negated {
			add("shares-advertisers", "bad", "Your data may go to advertisers or ad networks.", rc.Evidence)
		}
	}
	if r.Retention.Policy == "indefinite" {
		add("indefinite-retention", "bad", "They may keep your data indefinitely.", pick(is("retention", "indefinite", false)))
	}
	switch r.DoNotTrack.Status {
	case "not-honored":
		add("ignores-dnt", "bad", "They ignore your browser's Do Not Track signal.", r.DoNotTrack.Evidence)
	case "honored":
		add("honors-dnt", "good", "They honor your browser's Do Not Track signal.", r.DoNotTrack.Evidence)
	}
	for _, rt := range r.Rights {
		for _, c := range rt.Conditions {
			if c == feeCondition {
				add("fee-for-"+rt.ID, "bad", "You may be charged a fee to use this right: "+lowerFirst(rt.Name)+".", rt.Evidence)
			}
		}
	}
	add("changes-without-notice", "bad", "They may change the policy without telling you.", pick(is("change", "notice-none", false)))
	var sens []int
	for _, d := range r.DataTypes {
		if d.Sensitive && (d.Collected || d.Shared) {
			sens = append(sens, d.Evidence[0])
		}
	}
	add("sensitive-data", "bad", "They collect sensitive data (health, biometrics, government ID or similar).", sens)
	for _, d := range r.DataTypes {
		if d.ID == "precise-location" && (d.Collected || d.Shared) {
			add("precise-location", "bad", "They collect your precise location.", d.Evidence)
		}
	}
	for _, s := range r.Transfers.Safeguards {
		if s == "privacy-shield" {
			add("privacy-shield", "bad", "They rely on Privacy Shield or Safe Harbor, which EU courts struck down.", pick(is("transfer", "privacy-shield", false)))
		}
	}
	add("no-security-guarantee", "neutral", "They say no security is perfect and do not guarantee it.", pick(is("security", "no-guarantee", false)))

	// Good points.
	for _, rt := range r.Rights {
		switch rt.ID {
		case "deletion", "access", "portability", "opt-out-sale", "complaint", "correction":
			add("offers-"+rt.ID, "good", "You can: "+lowerFirst(rt.Name)+".", rt.Evidence)
		}
	}
	switch r.Retention.Policy {
	case "limited":
		add("retention-period", "good", "They state how long they keep data.", pick(is("retention", "period", false)))
	case "as-needed":
		add("retention-as-needed", "neutral", "They keep data as long as needed, without a fixed period.", pick(is("retention", "as-needed", false)))
	}
	if r.Changes.Mentioned {
		for _, n := range r.Changes.Notice {
			if n == "email" {
				add("changes-by-email", "good", "They tell you about changes by email.", pick(is("change", "notice-email", false)))
			}
		}
	}
	if r.Children.MinAge > 0 {
		add("children-min-age", "neutral", "They set a minimum age of "+itoa(r.Children.MinAge)+".", pick(is("children", "min-age", false)))
	}
}

func lowerFirst(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
