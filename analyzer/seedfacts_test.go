package analyzer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSeedFacts checks, on the reports of the five seed policies, every
// fact issue #15 lists: each quote shown for a claim states it, and the
// facts the analyzer missed are found. The seeds are evaluation data: the
// test names only the short fragments the issue quotes, and skips when the
// corpus is absent.
func TestSeedFacts(t *testing.T) {
	seeds := map[string]string{}
	for _, p := range corpusFiles(t, "seeds", "*.txt") {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		seeds[filepath.Base(p)[:3]] = string(b)
	}
	reports := map[string]*Report{}
	for id, text := range seeds {
		reports[id] = Analyze(text)
	}
	sentence := func(id string, i int) string {
		f := reports[id].Findings[i]
		return strings.Join(strings.Fields(seeds[id][f.Sentence.Start:f.Sentence.End]), " ")
	}
	quoted := func(id string, ev []int, fragment string) bool {
		for _, i := range ev {
			if strings.Contains(sentence(id, i), fragment) {
				return true
			}
		}
		return false
	}
	recipient := func(id, rid string) *Recipient {
		for i, rc := range reports[id].Sharing.Recipients {
			if rc.ID == rid {
				return &reports[id].Sharing.Recipients[i]
			}
		}
		return nil
	}
	dataType := func(id, did string) *DataType {
		for i, d := range reports[id].DataTypes {
			if d.ID == did {
				return &reports[id].DataTypes[i]
			}
		}
		return nil
	}
	right := func(id, rid string) *Right {
		for i, rt := range reports[id].Rights {
			if rt.ID == rid {
				return &reports[id].Rights[i]
			}
		}
		return nil
	}
	// allEvidence yields every evidence list of a report's sections.
	allEvidence := func(id string) [][]int {
		r := reports[id]
		out := [][]int{r.Sharing.SaleEvidence, r.Retention.Evidence, r.Children.Evidence, r.DoNotTrack.Evidence, r.Changes.Evidence, r.Transfers.Evidence}
		for _, d := range r.DataTypes {
			out = append(out, d.Evidence)
		}
		for _, x := range r.Sharing.Recipients {
			out = append(out, x.Evidence)
		}
		for _, x := range r.Rights {
			out = append(out, x.Evidence)
		}
		for _, x := range r.Security.Measures {
			out = append(out, x.Evidence)
		}
		return out
	}

	t.Run("001 conditions come from their own clause", func(t *testing.T) {
		for _, rc := range reports["001"].Sharing.Recipients {
			if strings.Contains(rc.Condition, "outside the U.S.") || strings.Contains(rc.Condition, "Contractual Clauses") {
				t.Errorf("%s: condition %q", rc.ID, rc.Condition)
			}
			if quoted("001", rc.Evidence, "outside the U.S.") || quoted("001", rc.Evidence, "Standard Contractual Clauses") {
				t.Errorf("%s: quoted from a sentence about transfers abroad", rc.ID)
			}
		}
	})
	t.Run("headings are never evidence", func(t *testing.T) {
		for _, c := range []struct{ id, heading string }{{"000", "What are Cookies?"}, {"001", "7. DATA SECURITY"}} {
			for _, ev := range allEvidence(c.id) {
				for _, i := range ev {
					if sentence(c.id, i) == c.heading {
						t.Errorf("%s: %q quoted as evidence", c.id, c.heading)
					}
				}
			}
		}
	})
	t.Run("000 a negated statement supports no positive claim", func(t *testing.T) {
		d := dataType("000", "browsing")
		if d == nil || !d.Collected {
			t.Skip("browsing activity no longer reported as collected")
		}
		for _, i := range d.Evidence {
			if reports["000"].Findings[i].Negated || strings.Contains(sentence("000", i), "Access data or change customer data") {
				t.Errorf("browsing activity collected, quoted from %q", sentence("000", i))
			}
		}
	})
	t.Run("001 data items are not a right", func(t *testing.T) {
		if rt := right("001", "cookie-control"); rt != nil && quoted("001", rt.Evidence, "Device Information:") {
			t.Error("cookie control quotes the device settings of a list of data")
		}
	})
	t.Run("002 the retention verdict quotes the retention sentence", func(t *testing.T) {
		ev := reports["002"].Retention.Evidence
		if len(ev) == 0 {
			t.Fatal("no retention evidence")
		}
		if s := sentence("002", ev[0]); strings.Contains(s, "cookies") || !strings.Contains(s, "retain") {
			t.Errorf("retention decided by %q", s)
		}
	})
	t.Run("002 the public's interests are no recipient", func(t *testing.T) {
		if rc := recipient("002", "public"); rc != nil && quoted("002", rc.Evidence, "property of the public") {
			t.Error("shared with the public, from the public's safety, rights or property")
		}
	})
	t.Run("004 a denial outweighs mentions of advertisers", func(t *testing.T) {
		if rc := recipient("004", "advertisers"); rc != nil && !rc.Negated {
			t.Errorf("advertisers receive data, quoted from %q", sentence("004", rc.Evidence[0]))
		}
		for _, p := range reports["004"].Points {
			if p.ID == "shares-advertisers" {
				t.Error("shares-advertisers point")
			}
		}
	})
	t.Run("004 the change notice is read", func(t *testing.T) {
		notice := strings.Join(reports["004"].Changes.Notice, " ")
		if !strings.Contains(notice, "email") || !strings.Contains(notice, "posted") {
			t.Errorf("change notice %q, want email and posted", notice)
		}
	})
	t.Run("001 the restriction list item", func(t *testing.T) {
		if rt := right("001", "restriction"); rt == nil || !quoted("001", rt.Evidence, "Restriction: Request limitations") {
			t.Error("the right to restrict processing is missed")
		}
	})
	t.Run("003 IP address in the server logs", func(t *testing.T) {
		if d := dataType("003", "ip-address"); d == nil || !d.Collected || !quoted("003", d.Evidence, "Referer") {
			t.Error("IP address in the logs of the servers' activity is missed")
		}
	})
	t.Run("004 phone and postal address in the list of data", func(t *testing.T) {
		for _, id := range []string{"phone", "postal-address"} {
			if d := dataType("004", id); d == nil || !d.Collected || !quoted("004", d.Evidence, "browser information, and address") {
				t.Errorf("%s in the list of data collected is missed", id)
			}
		}
	})
}
