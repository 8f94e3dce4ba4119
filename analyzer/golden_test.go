package analyzer

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenView is a report with every string that quotes the policy removed:
// the seeds are licensed for evaluation only, so their text must not land in
// the repository. Spans (offsets) still pin every finding to its evidence.
type goldenView struct {
	Language   string            `json:"language"`
	Notices    []string          `json:"notices"`
	Categories []string          `json:"categories"`
	DataTypes  []string          `json:"dataTypes"`
	Sale       string            `json:"sale"`
	Recipients []string          `json:"recipients"`
	Rights     []string          `json:"rights"`
	Retention  string            `json:"retention"`
	Periods    int               `json:"periods"`
	Security   []string          `json:"security"`
	MinAge     int               `json:"minAge"`
	ConsentAge int               `json:"consentAge,omitempty"`
	DoNotTrack string            `json:"doNotTrack"`
	Changes    []string          `json:"changes"`
	Transfers  []string          `json:"transfers"`
	LegalBases []string          `json:"legalBases"`
	Purposes   []string          `json:"purposes"` // "advertising targeted" for targeted advertising
	Sources    []string          `json:"sources"`
	Breach     string            `json:"breach"` // notify, and "within ..." when a delay is named
	Updated    string            `json:"lastUpdated"`
	Contacts   int               `json:"contacts"`
	Points     []string          `json:"points"`
	Missing    []string          `json:"missing"`
	Findings   []string          `json:"findings"`
	Stats      Stats             `json:"stats"`
	Extra      map[string]string `json:"extra,omitempty"`
}

func goldenOf(r *Report) goldenView {
	v := goldenView{Language: r.Language, Sale: r.Sharing.Sale, Retention: r.Retention.Policy, Periods: len(r.Retention.Periods),
		MinAge: r.Children.MinAge, ConsentAge: r.Children.ConsentAge, DoNotTrack: r.DoNotTrack.Status, Contacts: len(r.Contacts), Stats: r.Stats,
		Categories: r.Categories, Changes: r.Changes.Notice, Transfers: r.Transfers.Safeguards}
	for _, n := range r.Notices {
		v.Notices = append(v.Notices, n.ID)
	}
	for _, d := range r.DataTypes {
		s := d.Group + "/" + d.ID
		if d.Collected {
			s += " collected"
		}
		if d.Shared {
			s += " shared"
		}
		v.DataTypes = append(v.DataTypes, s)
	}
	for _, x := range r.Sharing.Recipients {
		s := x.ID
		if x.Negated {
			s += " NOT"
		}
		v.Recipients = append(v.Recipients, s)
	}
	for _, x := range r.Rights {
		v.Rights = append(v.Rights, x.ID+" how="+strconv.Itoa(len(x.How))+" conditions="+strconv.Itoa(len(x.Conditions)))
	}
	for _, x := range r.Security.Measures {
		v.Security = append(v.Security, x.ID)
	}
	for _, x := range r.LegalBases {
		v.LegalBases = append(v.LegalBases, x.ID)
	}
	for _, p := range r.Purposes {
		s := p.ID
		if p.Targeted {
			s += " targeted"
		}
		v.Purposes = append(v.Purposes, s)
	}
	for _, x := range r.Sources {
		v.Sources = append(v.Sources, x.ID)
	}
	v.Breach = r.Breach.Notify
	if r.Breach.Within != "" {
		v.Breach += " within " + r.Breach.Within
	}
	if r.Updated.Text != "" {
		v.Updated = r.Updated.Date + " (" + r.Updated.Text + ")"
	}
	for _, p := range r.Points {
		v.Points = append(v.Points, p.Polarity+" "+p.ID)
	}
	for _, m := range r.Missing {
		v.Missing = append(v.Missing, m.ID)
	}
	for _, f := range r.Findings {
		s := f.Kind + " " + f.ID + " " + strconv.Itoa(f.Start) + "-" + strconv.Itoa(f.End)
		if f.Negated {
			s += " NOT"
		}
		if f.Condition != "" {
			s += " if"
		}
		v.Findings = append(v.Findings, s)
	}
	return v
}

// TestGoldenSeeds pins the report of each seed policy (without its text) to
// testdata/golden/<seed>.json. Run `go test ./analyzer -run Golden -update`
// after a deliberate rule change and review the diff.
func TestGoldenSeeds(t *testing.T) {
	for _, path := range corpusFiles(t, "seeds", "*.txt") {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			r := Analyze(string(b))
			checkReport(t, string(b), r)
			got, err := json.MarshalIndent(goldenOf(r), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("report for %s differs from %s; rerun with -update if the change is intended.\ngot:\n%s", name, golden, got)
			}
		})
	}
}

// TestSeedsSayWhatTheyMean checks the facts a reader would check in each seed.
func TestSeedsSayWhatTheyMean(t *testing.T) {
	files := corpusFiles(t, "seeds", "*.txt")
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		r := Analyze(string(b))
		name := filepath.Base(path)
		if len(r.DataTypes) < 3 {
			t.Errorf("%s: only %d data types", name, len(r.DataTypes))
		}
		if len(find(r, "share", "")) == 0 {
			t.Errorf("%s: no sharing found", name)
		}
		for _, n := range r.Notices {
			if n.Level == "error" {
				t.Errorf("%s: error notice %+v", name, n)
			}
		}
		switch {
		case strings.HasPrefix(name, "000_"):
			// "In case Omnirio is sold, ... may be transferred": business transfer, not a sale.
			if _, ok := hasRecipient(r, "business-transfer"); !ok {
				t.Errorf("%s: business transfer not found", name)
			}
			if r.Sharing.Sale != "no" {
				t.Errorf("%s: sale = %s, want no (\"will not share ... by selling it unless you authorize\")", name, r.Sharing.Sale)
			}
		case strings.HasPrefix(name, "003_"):
			if r.Sharing.Sale != "no" {
				t.Errorf("%s: sale = %s, want no (mojibake \"donât sell\")", name, r.Sharing.Sale)
			}
		}
	}
}
