package analyzer

import (
	"strings"
	"testing"
)

// TestEvidenceSupportsClaim checks that the evidence of a section states
// its claim (issue #15): a title is never evidence, a negated finding is not
// the evidence of a positive claim, a denial outweighs mere mentions of a
// recipient, how changes are announced comes before mere mentions, and a
// line that only dates the policy is no evidence of changes beside them.
func TestEvidenceSupportsClaim(t *testing.T) {
	quote := func(text string, r *Report, i int) string {
		f := r.Findings[i]
		return strings.TrimSpace(text[f.Sentence.Start:f.Sentence.End])
	}
	t.Run("a title is never evidence", func(t *testing.T) {
		text := "# Cookies and Location Data\n\nWe use cookies to remember your preferences.\n"
		r := Analyze(text)
		checkReport(t, text, r)
		for _, d := range r.DataTypes {
			for _, i := range d.Evidence {
				if strings.HasPrefix(quote(text, r, i), "#") {
					t.Errorf("%s quotes the title", d.ID)
				}
			}
			if d.ID == "location" {
				t.Error("a data type named only in a title")
			}
		}
	})
	t.Run("a run-in title is evidence only where its text does not say it", func(t *testing.T) {
		text := "Your rights:\n\n*   **Lodge a complaint.** You have the right to lodge a complaint with a supervisory authority.\n*   **Right to erasure.** If you want us to stop using your data, we will stop.\n"
		r := Analyze(text)
		checkReport(t, text, r)
		got := map[string][]string{}
		for _, rt := range r.Rights {
			for _, i := range rt.Evidence {
				got[rt.ID] = append(got[rt.ID], quote(text, r, i))
			}
		}
		for _, q := range got["complaint"] {
			if q == "Lodge a complaint." {
				t.Errorf("complaint quotes its title, which the next sentence restates: %q", got["complaint"])
			}
		}
		if len(got["complaint"]) == 0 {
			t.Error("complaint lost")
		}
		if len(got["deletion"]) == 0 {
			t.Errorf("erasure, named only in its title, is lost: %v", got)
		}
	})
	// Titles the text after them restates are no evidence: a run-in title
	// with a hyphenated word, a longer one in Title Case, one not in bold,
	// and one alone in its block before a paragraph.
	for _, tc := range []struct {
		name, text string
		titles     []string
	}{
		{"a run-in title with a hyphenated word", "Sharing:\n\n*   **_Music Streaming and Other Third-party Services._** When you connect a third-party streaming service, we share your log-in details with that third-party service.\n",
			[]string{"Music Streaming"}},
		{"a longer run-in title in Title Case", "Sharing:\n\n*   **Disclosure in the Event of Merger, Sale, or Other Asset Transfer.** If we are involved in a merger, your information may be transferred to the buyer.\n",
			[]string{"Disclosure in the Event"}},
		{"a run-in title not in bold", "How we share it:\n\n*   Business Transfers. If we are involved in a merger, your information may be transferred to the buyer.\n*   (B) Right to Delete. You may ask us to delete your personal data.\n",
			[]string{"Business Transfers.", "(B) Right to Delete."}},
		{"a Title Case title alone in its block before a paragraph", "Your rights\n\n6.3. Right to Erasure.\n\nYou have the right to obtain the deletion of your personal data.\n",
			[]string{"6.3. Right to Erasure."}},
	} {
		t.Run(tc.name+" is a title", func(t *testing.T) {
			r := Analyze(tc.text)
			checkReport(t, tc.text, r)
			var ev []int
			for _, rc := range r.Sharing.Recipients {
				ev = append(ev, rc.Evidence...)
			}
			for _, rt := range r.Rights {
				ev = append(ev, rt.Evidence...)
			}
			for _, i := range ev {
				q := quote(tc.text, r, i)
				for _, title := range tc.titles {
					if strings.HasPrefix(q, title) {
						t.Errorf("%s %s quotes its title, which the text after it restates: %q", r.Findings[i].Kind, r.Findings[i].ID, q)
					}
				}
			}
		})
	}
	t.Run("a negated finding supports no positive claim", func(t *testing.T) {
		text := "We do not sell your email address. We collect your email address when you register."
		r := Analyze(text)
		checkReport(t, text, r)
		for _, d := range r.DataTypes {
			for _, i := range d.Evidence {
				if r.Findings[i].Negated && (d.Collected || d.Shared) {
					t.Errorf("%s (collected %v, shared %v) quotes %q", d.ID, d.Collected, d.Shared, quote(text, r, i))
				}
			}
		}
	})
	t.Run("a denial outweighs mentions", func(t *testing.T) {
		text := "We use an outside ad company to display ads on our site. We do not share any personal information with advertisers."
		r := Analyze(text)
		checkReport(t, text, r)
		for _, rc := range r.Sharing.Recipients {
			if rc.ID == "advertisers" && (!rc.Negated || !strings.HasPrefix(quote(text, r, rc.Evidence[0]), "We do not share")) {
				t.Errorf("advertisers: negated %v, quoted %q", rc.Negated, quote(text, r, rc.Evidence[0]))
			}
		}
	})
	t.Run("a sale denied is no denial of sharing", func(t *testing.T) {
		text := "We will only share personal information in the ways this policy describes; we do not sell any personal information to third-party companies. We never sell your data to advertisers. We do not share it with advertisers for their own marketing."
		r := Analyze(text)
		checkReport(t, text, r)
		if r.Sharing.Sale != "no" || r.Sharing.SaleCondition != "" {
			t.Errorf("sale %q, condition %q; want an unconditional no", r.Sharing.Sale, r.Sharing.SaleCondition)
		}
		for _, rc := range r.Sharing.Recipients {
			if rc.ID != "advertisers" {
				t.Errorf("%s (negated %v) from %q: a party named only where a sale is denied", rc.ID, rc.Negated, quote(text, r, rc.Evidence[0]))
			}
		}
		if rc, ok := hasRecipient(r, "advertisers"); !ok || !rc.Negated || len(rc.Evidence) != 1 || !strings.HasPrefix(quote(text, r, rc.Evidence[0]), "We do not share") {
			t.Errorf("advertisers, denied a share, should quote only that denial: %+v", r.Sharing.Recipients)
		}
	})
	t.Run("how changes are announced first", func(t *testing.T) {
		text := "We may amend this policy at any time. If we make material changes, we will notify you by email."
		r := Analyze(text)
		checkReport(t, text, r)
		if len(r.Changes.Evidence) == 0 || !strings.HasPrefix(quote(text, r, r.Changes.Evidence[0]), "If we make") {
			t.Errorf("changes evidence %v", r.Changes.Evidence)
		}
	})
	t.Run("a line that dates the policy is evidence of changes only when nothing else is", func(t *testing.T) {
		text := "This policy was last updated on March 3, 2021.\n\nWe may revise this policy from time to time. We will post any revision on this page."
		r := Analyze(text)
		checkReport(t, text, r)
		for _, i := range r.Changes.Evidence {
			if strings.HasPrefix(quote(text, r, i), "This policy was last updated") {
				t.Errorf("changes quote the date line: %v", r.Changes.Evidence)
			}
		}
		text = "This policy was last updated on March 3, 2021."
		r = Analyze(text)
		checkReport(t, text, r)
		if !r.Changes.Mentioned || len(r.Changes.Evidence) == 0 {
			t.Errorf("a date line alone: mentioned %v, evidence %v", r.Changes.Mentioned, r.Changes.Evidence)
		}
	})
	t.Run("an item of a list of pledges is an act of its own", func(t *testing.T) {
		// The item before passes data on; the next item's own verb
		// ("Access") is no verb of passing on, and its first words no data.
		text := "We keep customer data safe. We pledge not to:\n\n- Disclose customer data unless the law requires it.\n- Access data or change customer data unless the customer asks us to.\n"
		r := Analyze(text)
		checkReport(t, text, r)
		for _, f := range r.Findings {
			if f.Sentence.Start >= strings.Index(text, "- Access") {
				t.Errorf("%s %s %q from the item that passes nothing on", f.Kind, f.ID, f.Text)
			}
		}
	})
	t.Run("a title numbered by a letter is never evidence", func(t *testing.T) {
		text := "## d) Right to Request Deletion of Personal Information\n\nYou can ask us to delete the data we hold about you.\n\n## a. Right to Access\n\nYou may request a copy of your data.\n"
		r := Analyze(text)
		checkReport(t, text, r)
		for _, rt := range r.Rights {
			if len(rt.Evidence) == 0 {
				t.Errorf("%s has no evidence", rt.ID)
			}
			for _, i := range rt.Evidence {
				if q := quote(text, r, i); strings.HasPrefix(q, "d)") || strings.HasPrefix(q, "a.") || strings.Contains(q, "#") {
					t.Errorf("%s quotes the title %q", rt.ID, q)
				}
			}
		}
		if len(r.Rights) != 2 {
			t.Errorf("rights %+v, want access and deletion", r.Rights)
		}
	})
	t.Run("advice to read another party's privacy policy is no practice", func(t *testing.T) {
		for _, tc := range []struct {
			text   string
			shared bool
		}{
			{"You should review the privacy policies of these partners before giving them your email address.", false},
			{"We encourage you to read the privacy statements of every website that collects your email address.", false},
			{"Always check the relevant privacy policy before sharing your email address with other companies.", false},
			// The company acts too: its practice stands.
			{"We share your email address with our partners, and you should review their privacy policies.", true},
			// Its own policy: not another party's.
			{"Please review this privacy policy before you give us your email address.", false},
		} {
			r := Analyze(tc.text)
			checkReport(t, tc.text, r)
			shared := false
			for _, d := range r.DataTypes {
				if d.ID == "email" && d.Shared {
					shared = true
				}
			}
			if shared != tc.shared {
				t.Errorf("%q: email shared %v, want %v", tc.text, shared, tc.shared)
			}
		}
	})
	t.Run("the reader's choice is no evidence of the practice it names", func(t *testing.T) {
		text := "You can turn off cookies in the settings of your browser. We use cookies to count our visitors.\n"
		r := Analyze(text)
		checkReport(t, text, r)
		cookies := dataTypeOf(r, "cookies")
		if cookies == nil || !cookies.Collected || len(cookies.Evidence) != 1 {
			t.Fatalf("cookies %+v, want collected with one quote", cookies)
		}
		if q := quote(text, r, cookies.Evidence[0]); !strings.HasPrefix(q, "We use") {
			t.Errorf("cookies quote %q, want the practice, not the reader's choice", q)
		}
		// With the choice alone, the cookies are mentioned only.
		text = "You can turn off cookies in the settings of your browser.\n"
		r = Analyze(text)
		checkReport(t, text, r)
		for _, d := range r.DataTypes {
			if d.ID == "cookies" && (d.Collected || d.Shared || len(d.Evidence) == 0) {
				t.Errorf("cookies %+v, want mentioned only by the choice", d)
			}
		}
	})
	t.Run("a line of contents linking to its section is no evidence", func(t *testing.T) {
		text := "1.  What we collect and why [Jump to section](#collect)\n2.  How we share data with our service providers [Jump to section](#share)\n3.  Cookies [Jump to section](#cookies)\n\nWe collect your email address.\n"
		r := Analyze(text)
		checkReport(t, text, r)
		if len(r.Sharing.Recipients) > 0 || dataTypeOf(r, "cookies") != nil {
			t.Errorf("recipients %+v, cookies %+v from lines of contents", r.Sharing.Recipients, dataTypeOf(r, "cookies"))
		}
		if dataTypeOf(r, "email") == nil {
			t.Error("the statement after the contents is lost")
		}
	})
	t.Run("a definition of a tracker is no evidence of its use", func(t *testing.T) {
		text := "## Cookies\n\nA cookie is a small text file that a website places on your device. We use cookies to remember your settings.\n"
		r := Analyze(text)
		checkReport(t, text, r)
		cookies := dataTypeOf(r, "cookies")
		if cookies == nil || !cookies.Collected {
			t.Fatalf("cookies %+v, want collected", cookies)
		}
		for _, i := range cookies.Evidence {
			if q := quote(text, r, i); strings.HasPrefix(q, "A cookie is") {
				t.Errorf("cookies quote the definition %q", q)
			}
		}
		// With no other sentence, the cookies are mentioned only.
		text = "## Cookies\n\nA cookie is a small text file that a website places on your device.\n"
		r = Analyze(text)
		checkReport(t, text, r)
		for _, d := range r.DataTypes {
			if d.ID == "cookies" && (d.Collected || d.Shared) {
				t.Errorf("cookies %+v from a definition alone", d)
			}
		}
	})
	t.Run("a denial of linking data is no evidence of collecting it", func(t *testing.T) {
		text := "We use IP addresses to count our visitors. IP addresses are not linked to personally identifiable information. None of the data in our server logs, including but not limited to IP addresses, is linked to your account.\n"
		r := Analyze(text)
		checkReport(t, text, r)
		found := false
		for _, d := range r.DataTypes {
			if d.ID != "ip-address" {
				continue
			}
			found = d.Collected
			for _, i := range d.Evidence {
				if q := quote(text, r, i); strings.Contains(q, "linked") {
					t.Errorf("ip-address quotes the denial %q", q)
				}
			}
		}
		if !found {
			t.Error("ip-address not collected")
		}
	})
	t.Run("a need in a sentence of using data is no evidence where a statement of keeping is", func(t *testing.T) {
		text := "We may use your data to run and maintain your account; answer your questions; or meet regulatory requirements. We keep the data we collect for as long as it is needed to provide the service.\n"
		r := Analyze(text)
		checkReport(t, text, r)
		if r.Retention.Policy != "as-needed" || len(r.Retention.Evidence) == 0 {
			t.Fatalf("retention %+v, want as-needed", r.Retention)
		}
		for _, i := range r.Retention.Evidence {
			if q := quote(text, r, i); strings.HasPrefix(q, "We may use") {
				t.Errorf("retention quotes the sentence of using data %q", q)
			}
		}
	})
	t.Run("a title ending in a colon before a paragraph is evidence only where its text does not say it", func(t *testing.T) {
		text := "Your rights\n\n**Right to Delete:**\n\nYou may ask us to delete the personal data we hold about you.\n\nThird-Party Service Providers:\n\nWe share your email address with our service providers.\n"
		r := Analyze(text)
		checkReport(t, text, r)
		var ev []int
		for _, rt := range r.Rights {
			ev = append(ev, rt.Evidence...)
		}
		for _, rc := range r.Sharing.Recipients {
			ev = append(ev, rc.Evidence...)
		}
		if len(ev) == 0 {
			t.Fatal("no right nor recipient")
		}
		for _, i := range ev {
			if q := quote(text, r, i); strings.HasSuffix(strings.Trim(q, "*"), ":") {
				t.Errorf("quotes the title %q", q)
			}
		}
		// Where the text after it does not say it, the title stands.
		text = "**Right to Delete:**\n\nWrite to us at the address below.\n"
		r = Analyze(text)
		checkReport(t, text, r)
		if len(r.Rights) == 0 {
			t.Error("the right named only in its title is lost")
		}
	})
}

// dataTypeOf returns report r's data type id, or nil.
func dataTypeOf(r *Report, id string) *DataType {
	for k := range r.DataTypes {
		if r.DataTypes[k].ID == id {
			return &r.DataTypes[k]
		}
	}
	return nil
}
