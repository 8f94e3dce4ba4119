package view

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer"
)

var update = flag.Bool("update", false, "rewrite golden files")

// sampleReport is a hand-made report that exercises every section.
func sampleReport() *analyzer.Report {
	return &analyzer.Report{
		Stats:   analyzer.Stats{Words: 42},
		Notices: []analyzer.Notice{{ID: "short", Level: "warning", Message: "This text is short."}},
		DataTypes: []analyzer.DataType{
			{ID: "email", Name: "Email address", Group: "contact", Collected: true, Evidence: []int{0}},
			{ID: "health", Name: "Health data", Group: "health", Collected: true, Sensitive: true, Evidence: []int{1}},
		},
		Sharing: analyzer.Sharing{Sale: "no", SaleEvidence: []int{2}, Recipients: []analyzer.Recipient{
			{ID: "advertisers", Name: "Advertisers", Negated: true, Evidence: []int{2}},
			{ID: "service-providers", Name: "Service providers", Evidence: []int{}},
		}},
		Rights:    []analyzer.Right{{ID: "deletion", Name: "Delete your data", How: []string{"email privacy@example.com"}, Evidence: []int{3}}},
		Retention: analyzer.Retention{Policy: "limited", Periods: []string{"30 days"}},
		Points:    []analyzer.Point{{ID: "no-sale", Polarity: "good", Text: "Does not sell data", Evidence: []int{2}}},
		Missing:   []analyzer.Missing{{ID: "retention-period", Law: "GDPR Art. 13(2)(a)", Text: "How long data is kept"}},
		Findings: []analyzer.Finding{
			{Kind: "collect", Text: "your *email* <img src=x onerror=alert(1)>"},
			{Kind: "collect", Text: "health\n  data"},
			{Kind: "sale", Text: "We do not sell", Negated: true},
			{Kind: "right", Text: "you may delete [your](http://x) data"},
		},
	}
}

func TestMarkdownGolden(t *testing.T) {
	got := Markdown(sampleReport())
	golden := filepath.Join("testdata", "report.md")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("Markdown differs from %s:\n%s", golden, got)
	}
	for _, bad := range []string{"<img", "[your](", "*email*"} {
		if strings.Contains(got, bad) {
			t.Errorf("policy text %q reached the Markdown unescaped", bad)
		}
	}
}

func TestSummarizeEmptyReport(t *testing.T) {
	r := &analyzer.Report{Sharing: analyzer.Sharing{Sale: "unstated"}}
	for _, s := range Summarize(r) {
		if len(s.Items) == 0 && s.Empty == "" {
			t.Errorf("section %q has neither items nor an empty message", s.ID)
		}
	}
}

func TestSummarizeSale(t *testing.T) {
	for _, tt := range []struct{ sale, pol, sub string }{
		{"yes", "bad", "may sell"}, {"no", "good", "NOT sell"}, {"unstated", "", "does not say"},
	} {
		r := &analyzer.Report{Sharing: analyzer.Sharing{Sale: tt.sale}}
		it := sale(r).Items[0]
		if it.Polarity != tt.pol || !strings.Contains(it.Text, tt.sub) {
			t.Errorf("sale %q: got %+v", tt.sale, it)
		}
	}
}
