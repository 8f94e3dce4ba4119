package analyzer

import (
	"slices"
	"strings"
	"testing"
)

// TestEvidenceSupportsClaim checks that the evidence of a section states
// its claim (issue #15): a title is never evidence, a negated finding is not
// the evidence of a positive claim, a denial outweighs mere mentions of a
// recipient, and how changes are announced comes before mere mentions.
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
	t.Run("a run-in title with a hyphenated word is a title too", func(t *testing.T) {
		text := "Sharing:\n\n*   **_Music Streaming and Other Third-party Services._** When you connect a third-party streaming service, we share your log-in details with that third-party service.\n"
		r := Analyze(text)
		checkReport(t, text, r)
		for _, rc := range r.Sharing.Recipients {
			for _, i := range rc.Evidence {
				if q := quote(text, r, i); strings.HasPrefix(q, "Music Streaming") {
					t.Errorf("%s quotes its title, which the next sentence restates: %q", rc.ID, q)
				}
			}
		}
	})
	t.Run("a longer run-in title in Title Case is a title too", func(t *testing.T) {
		text := "Sharing:\n\n*   **Disclosure in the Event of Merger, Sale, or Other Asset Transfer.** If we are involved in a merger, your information may be transferred to the buyer.\n"
		r := Analyze(text)
		checkReport(t, text, r)
		for _, rc := range r.Sharing.Recipients {
			for _, i := range rc.Evidence {
				if q := quote(text, r, i); strings.HasPrefix(q, "Disclosure in the Event") {
					t.Errorf("%s quotes its title, which the next sentence restates: %q", rc.ID, q)
				}
			}
		}
	})
	t.Run("a run-in title not in bold is a title too", func(t *testing.T) {
		text := "How we share it:\n\n*   Business Transfers. If we are involved in a merger, your information may be transferred to the buyer.\n*   (B) Right to Delete. You may ask us to delete your personal data.\n"
		r := Analyze(text)
		checkReport(t, text, r)
		titles := []string{"Business Transfers.", "(B) Right to Delete."}
		for _, rc := range r.Sharing.Recipients {
			for _, i := range rc.Evidence {
				if q := quote(text, r, i); slices.Contains(titles, q) {
					t.Errorf("%s quotes its title, which the next sentence restates: %q", rc.ID, q)
				}
			}
		}
		for _, rt := range r.Rights {
			for _, i := range rt.Evidence {
				if q := quote(text, r, i); slices.Contains(titles, q) {
					t.Errorf("%s quotes its title, which the next sentence restates: %q", rt.ID, q)
				}
			}
		}
	})
	t.Run("a Title Case title alone in its block before a paragraph is a title", func(t *testing.T) {
		text := "Your rights\n\n6.3. Right to Erasure.\n\nYou have the right to obtain the deletion of your personal data.\n"
		r := Analyze(text)
		checkReport(t, text, r)
		for _, rt := range r.Rights {
			for _, i := range rt.Evidence {
				if q := quote(text, r, i); strings.Contains(q, "Right to Erasure") {
					t.Errorf("%s quotes its title, which the next paragraph restates: %q", rt.ID, q)
				}
			}
		}
	})
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
}
