package summary

import (
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/internal/jsonw"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// sample is a hand-made report that touches every section.
func sample() *analyzer.Report {
	return &analyzer.Report{
		Language: "en",
		Stats:    analyzer.Stats{Words: 1234, Sentences: 56},
		Notices:  []analyzer.Notice{{ID: "html", Level: "warning", Message: "The text\ncontains HTML."}},
		DataTypes: []analyzer.DataType{
			{ID: "email", Name: "Email address", Group: "contact", Collected: true, Shared: true, Evidence: []int{0, 1}},
			{ID: "ip-address", Name: "IP address", Group: "ip-device-ids", Collected: true, Evidence: []int{2}},
			{ID: "health", Name: "Health information", Group: "health", Collected: true, Sensitive: true, Evidence: []int{3}},
			{ID: "cookies", Name: "Cookies and local storage", Group: "cookies-tracking", Evidence: []int{4}},
		},
		Sharing: analyzer.Sharing{Sale: "no", SaleCondition: "unless\tyou agree", SaleEvidence: []int{5},
			Recipients: []analyzer.Recipient{
				{ID: "service-providers", Name: "Service providers", Condition: "to send newsletters", Evidence: []int{1}},
				{ID: "advertisers", Name: "Advertisers and ad networks", Negated: true, Evidence: []int{6}},
			}},
		Rights: []analyzer.Right{{ID: "deletion", Name: "Have your data deleted", How: []string{"email privacy@example.com"},
			Conditions: []string{"a fee may be charged"}, Evidence: []int{7}}},
		Retention:  analyzer.Retention{Policy: "limited", Periods: []string{"30 days"}, Evidence: []int{8}},
		Security:   analyzer.Security{Measures: []analyzer.Item{{ID: "encryption", Name: "Encryption", Evidence: []int{9}}}},
		Children:   analyzer.Children{MinAge: 13, Evidence: []int{10}},
		DoNotTrack: analyzer.DoNotTrack{Status: "not-honored", Evidence: []int{11}},
		Changes:    analyzer.Changes{Mentioned: true, Notice: []string{"email", "posted"}, Evidence: []int{12}},
		Transfers:  analyzer.Transfers{Mentioned: true, Safeguards: []string{"scc"}, Evidence: []int{13}},
		LegalBases: []analyzer.Item{{ID: "consent", Name: "Your consent", Evidence: []int{14}}},
		Contacts:   []analyzer.Contact{{Kind: "email", Value: "privacy@example.com", Evidence: []int{15}}},
		Points: []analyzer.Point{
			{ID: "ignores-dnt", Polarity: "bad", Text: "Do Not Track signals are ignored.", Evidence: []int{11}},
			{ID: "no-sale", Polarity: "good", Text: "They say they never sell your personal information.", Evidence: []int{5}},
			{ID: "retention-period", Polarity: "neutral", Text: "A retention period is stated.", Evidence: []int{8}},
		},
		Missing:  []analyzer.Missing{{ID: "dpo", Law: "GDPR Art. 13(1)(b)", Text: "How to reach a data protection officer"}},
		Purposes: []analyzer.Purpose{{ID: "advertising", Name: "Advertising", Targeted: true, Evidence: []int{7}}, {ID: "service", Name: "Providing the service", Evidence: []int{0}}},
		Sources:  []analyzer.Item{{ID: "data-brokers", Name: "Data brokers", Evidence: []int{1}}},
		Breach:   analyzer.Breach{Notify: "yes", Within: "72 hours", Evidence: []int{9}},
		Updated:  analyzer.Updated{Date: "2021-04-01", Text: "April 1, 2021", Evidence: []int{12}},
		Rubric: analyzer.Rubric{Score: 4.46, Items: []analyzer.RubricItem{
			{ID: "third-party-access", Answer: "yes-unspecified-critical", Question: "Does the service allow third-party access to private personal data?",
				AnswerText: "Yes, not all parties specified (but only to critical service providers)", Points: 10, Evidence: []int{1}},
			{ID: "behavioral-marketing", Answer: "no", Question: "Does the policy allow personally-targeted or behavioral marketing?",
				AnswerText: "No", Points: 10, Evidence: []int{6}},
			{ID: "data-deletion", Answer: "yes-contact", Question: "Does the service allow you to permanently delete your personal data?",
				AnswerText: "Yes, by contacting someone", Points: 5, Evidence: []int{7}},
			{ID: "noncritical-purposes", Answer: "opt-out-some", Question: "Does the service allow the user to control whether personal data is collected or used for non-critical purposes?",
				AnswerText: "On an opt-out basis, but only for some non-critical data/uses", Points: 10, Evidence: []int{}},
			{ID: "history", Answer: "no", Question: "Is the policy's history made available?", AnswerText: "No", Points: 5, Evidence: []int{}},
		}},
		Findings: make([]analyzer.Finding, 16),
	}
}

// TestGolden pins the summary of the sample as JSON, which is also what
// policylens.summarize returns to JavaScript.
func TestGolden(t *testing.T) {
	got := append(jsonw.Indent(nil, Of(sample()).AppendJSON(nil), "", "  "), '\n')
	path := filepath.Join("testdata", "sample.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./summary -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("summary differs from %s (run go test ./summary -update and review the diff):\n%s", path, got)
	}
}

// sectionOf returns a section of the summary.
func sectionOf(t *testing.T, s Summary, id string) Section {
	t.Helper()
	return withID(t, s.Sections, id, func(sec Section) string { return sec.ID })
}

// withID returns the item of items whose id is id, failing t when there is
// none.
func withID[T any](t *testing.T, items []T, id string, idOf func(T) string) T {
	t.Helper()
	for _, x := range items {
		if idOf(x) == id {
			return x
		}
	}
	t.Fatalf("no %q among %d", id, len(items))
	var zero T
	return zero
}

// first returns the first item of a section.
func first(t *testing.T, s Summary, id string) Item {
	t.Helper()
	for _, sec := range s.Sections {
		if sec.ID == id && len(sec.Groups) > 0 {
			return sec.Groups[0].Items[0]
		}
	}
	t.Fatalf("no items in section %q", id)
	return Item{}
}

func TestStates(t *testing.T) {
	tests := []struct {
		name    string
		report  analyzer.Report
		section string
		text    string
		tone    Tone
	}{
		{"sale yes", analyzer.Report{Sharing: analyzer.Sharing{Sale: "yes"}}, Sharing, "They may sell your personal data.", Bad},
		{"sale no", analyzer.Report{Sharing: analyzer.Sharing{Sale: "no"}}, Sharing, "They say they do not sell your personal data.", Good},
		{"sale unstated", analyzer.Report{Sharing: analyzer.Sharing{Sale: "unstated"}}, Sharing, "The policy does not say whether your data is sold.", Plain},
		{"kept indefinitely", analyzer.Report{Retention: analyzer.Retention{Policy: "indefinite"}}, Retention, "Data may be kept indefinitely.", Bad},
		{"kept as needed", analyzer.Report{Retention: analyzer.Retention{Policy: "as-needed"}}, Retention, "Data is kept as long as they consider it necessary.", Plain},
		{"kept, no period", analyzer.Report{Retention: analyzer.Retention{Policy: "mentioned"}}, Retention, "The policy speaks of keeping or deleting data, but gives no period.", Plain},
		{"kept at least, no limit", analyzer.Report{Retention: analyzer.Retention{Policy: "mentioned", Periods: []string{"at least seven years"}, Days: []float64{2555}}}, Retention, "They say how long they keep some data at least, but give no limit.", Plain},
		{"kept, logs only", analyzer.Report{Retention: analyzer.Retention{Policy: "mentioned", Evidence: []int{0}},
			Findings: []analyzer.Finding{{Kind: "retention", ID: "logs"}}}, Retention, "They keep logs of how the service is used, but give no period.", Plain},
		{"kept, logs and more", analyzer.Report{Retention: analyzer.Retention{Policy: "mentioned", Evidence: []int{0, 1}},
			Findings: []analyzer.Finding{{Kind: "retention", ID: "retain"}, {Kind: "retention", ID: "logs"}}}, Retention, "The policy speaks of keeping or deleting data, but gives no period.", Plain},
		{"only denials of keeping", analyzer.Report{Retention: analyzer.Retention{Policy: "none"}}, Retention, "They say some data is not kept at all (quoted), but not how long they keep the rest.", Plain},
		{"children, age", analyzer.Report{Children: analyzer.Children{MinAge: 16}}, Children, "Not meant for children under 16.", Plain},
		{"children, no age", analyzer.Report{Children: analyzer.Children{Evidence: []int{0}}}, Children, "Children are mentioned, but no minimum age is stated.", Plain},
		{"children, consent age", analyzer.Report{Children: analyzer.Children{ConsentAge: 15, Evidence: []int{0}}}, Children, "Children under 15 need a parent's consent.", Plain},
		{"children, age and consent age", analyzer.Report{Children: analyzer.Children{MinAge: 13, ConsentAge: 18}}, Children,
			"Not meant for children under 13; those under 18 need a parent's consent.", Plain},
		{"children unstated", analyzer.Report{}, Children, "The policy does not mention children.", Plain},
		{"dnt honoured", analyzer.Report{DoNotTrack: analyzer.DoNotTrack{Status: "honored"}}, DoNotTrack, "Browser Do Not Track signals are honoured.", Good},
		{"changes, ways", analyzer.Report{Changes: analyzer.Changes{Notice: []string{"email", "in-app", "consent"}}}, Changes,
			"You are told about changes by email, by a notice in the app or site and by asking for your consent.", Plain},
		{"changes, unknown way", analyzer.Report{Changes: analyzer.Changes{Notice: []string{"carrier-pigeon"}}}, Changes,
			"You are told about changes Carrier pigeon.", Plain},
		{"changes mentioned", analyzer.Report{Changes: analyzer.Changes{Mentioned: true}}, Changes, "Changes are mentioned, but not how you are told about them.", Plain},
		{"no transfers", analyzer.Report{}, Transfers, "The policy does not mention transfers to other countries.", Plain},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := first(t, Of(&tt.report), tt.section)
			if !strings.HasPrefix(it.Text, tt.text) || it.Tone != tt.tone {
				t.Errorf("got %q (%q), want %q (%q)", it.Text, it.Tone, tt.text, tt.tone)
			}
		})
	}
}

func TestRecipients(t *testing.T) {
	r := &analyzer.Report{Sharing: analyzer.Sharing{Recipients: []analyzer.Recipient{
		{ID: "business-transfer", Name: "A buyer of the company"},
		{ID: "advertisers", Name: "Advertisers and ad networks", Negated: true},
		{ID: "eu-bodies", Name: "EU bodies"},
		{ID: "unnamed-recipients"},
	}}}
	var got []string
	for _, it := range sectionOf(t, Of(r), Sharing).Groups[0].Items[1:] {
		got = append(got, string(it.Tone)+" "+it.Text)
	}
	want := []string{"warn Shared with a buyer of the company", "good Not shared with advertisers and ad networks",
		"warn Shared with EU bodies", "warn Shared with unnamed recipients"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("recipients:\n%q\nwant\n%q", got, want)
	}
}

func TestDetails(t *testing.T) {
	s := Of(sample())
	tests := []struct {
		section string
		want    []string
	}{
		{Sharing, []string{"Condition: unless you agree"}},
		{Rights, []string{"How: email privacy@example.com", "Conditions: a fee may be charged"}},
		{Retention, []string{"Periods mentioned: 30 days"}},
		{Transfers, []string{"Safeguards: Standard contractual clauses"}},
		{Missing, []string{"Required by GDPR Art. 13(1)(b)"}},
	}
	for _, tt := range tests {
		if got := first(t, s, tt.section).Details; !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: details %q, want %q", tt.section, got, tt.want)
		}
	}
	long := strings.Repeat("unless a very long condition ", 10)
	r := &analyzer.Report{Sharing: analyzer.Sharing{Sale: "no", SaleCondition: long}}
	if d := first(t, Of(r), Sharing).Details[0]; len([]rune(d)) > len("Condition: ")+maxConditionRunes+1 || !strings.HasSuffix(d, "…") {
		t.Errorf("a long condition is not shortened: %q", d)
	}
}

// TestGroups checks the data type groups: display names, the reader's order
// (most sensitive first), report order within a group.
func TestGroups(t *testing.T) {
	r := &analyzer.Report{DataTypes: []analyzer.DataType{
		{ID: "device-id", Name: "Device identifiers", Group: "ip-device-ids"},
		{ID: "mystery", Group: "new-group"},
		{ID: "ungrouped"},
		{ID: "email", Name: "Email address", Group: "contact"},
		{ID: "ip-address", Name: "IP address", Group: "ip-device-ids"},
		{ID: "health", Name: "Health information", Group: "health"},
	}}
	var got []string
	for _, sec := range Of(r).Sections {
		if sec.ID != Collected {
			continue
		}
		for _, g := range sec.Groups {
			var items []string
			for _, it := range g.Items {
				items = append(items, it.ID)
			}
			got = append(got, g.ID+"="+g.Title+": "+strings.Join(items, ","))
		}
	}
	want := []string{
		"health=Health: health",
		"contact=Contact details: email",
		"ip-device-ids=IP address and device IDs: device-id,ip-address",
		"new-group=New group: mystery",
		"=Other: ungrouped",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("groups:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestMentionedOnly checks that a data type neither collected nor shared
// reads as mentioned only, sensitive or not, and that only a sensitive one
// collected, or one shared, warns ("we do not collect health data" names
// health data to deny it).
func TestMentionedOnly(t *testing.T) {
	r := &analyzer.Report{DataTypes: []analyzer.DataType{
		{ID: "health", Name: "Health information", Group: "health", Sensitive: true},
		{ID: "biometrics", Name: "Biometric data", Group: "biometric", Sensitive: true, Collected: true},
		{ID: "email", Name: "Email address", Group: "contact"},
		{ID: "name", Name: "Name", Group: "contact", Shared: true},
	}}
	var got []string
	for _, sec := range Of(r).Sections {
		for _, g := range sec.Groups {
			for _, it := range g.Items {
				if sec.ID == Collected {
					got = append(got, it.Text+" "+string(it.Tone))
				}
			}
		}
	}
	want := []string{
		"Health information (sensitive, mentioned only) ",
		"Biometric data (collected, sensitive) warn",
		"Email address (mentioned only) ",
		"Name (shared) warn",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("items:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestPoints checks that each point is listed once, in the section of its
// polarity: a neutral point (a minimum age) is worth knowing, not a
// concern, and a polarity the summary does not know reads as neutral.
func TestPoints(t *testing.T) {
	s := Of(&analyzer.Report{Points: []analyzer.Point{
		{ID: "min-age", Polarity: "neutral", Text: "They set a minimum age of 13."},
		{ID: "sells", Polarity: "bad", Text: "They may sell your data."},
		{ID: "odd", Polarity: "strange", Text: "An unknown polarity."},
		{ID: "no-sale", Polarity: "good", Text: "They do not sell your data."},
	}})
	want := map[string]string{Concerns: "sells", InFavour: "no-sale", WorthKnowing: "min-age,odd"}
	for id, items := range want {
		var got []string
		for _, g := range sectionOf(t, s, id).Groups {
			for _, it := range g.Items {
				got = append(got, it.ID)
			}
		}
		if strings.Join(got, ",") != items {
			t.Errorf("section %q lists %v, want %s", id, got, items)
		}
	}
	if it := first(t, s, WorthKnowing); it.Tone != Plain {
		t.Errorf("a neutral point has the tone %q, want none", it.Tone)
	}
}

// TestSaleOptOutWhereNothingIsSold checks that the right to opt out of
// sales, in a policy that says it sells nothing, is worded as a right over
// any sale, not "the sale" of the reader's data; where the policy may sell
// or says nothing, the rule's name stays. (Its point in the reader's favour
// is worded by the analyzer: TestSaleOptOutPoint.)
func TestSaleOptOutWhereNothingIsSold(t *testing.T) {
	for _, tc := range []struct {
		sale, right string
	}{
		{"no", "Opt out of any sale or sharing of your data"},
		{"yes", "Opt out of the sale or sharing of your data"},
		{"unstated", "Opt out of the sale or sharing of your data"},
	} {
		s := Of(&analyzer.Report{Findings: make([]analyzer.Finding, 2), Sharing: analyzer.Sharing{Sale: tc.sale},
			Rights: []analyzer.Right{{ID: "opt-out-sale", Name: "Opt out of the sale or sharing of your data", Evidence: []int{0}}}})
		it := first(t, s, Rights)
		if it.Text != tc.right {
			t.Errorf("sale %q: right %q, want %q", tc.sale, it.Text, tc.right)
		}
		if said := slices.Contains(it.Details, "They say they do not sell your data."); said != (tc.sale == "no") {
			t.Errorf("sale %q: details %q", tc.sale, it.Details)
		}
	}
}

// TestOnlyNotices checks that an error notice that explains an empty report
// leaves only the notices, and that a report without notices has none.
func TestOnlyNotices(t *testing.T) {
	empty := Of(&analyzer.Report{Notices: []analyzer.Notice{{ID: "empty", Level: "error", Message: "The text is empty."}}})
	if len(empty.Sections) != 1 || empty.Sections[0].ID != Notices {
		t.Errorf("an empty text gives %d sections, want the notices alone", len(empty.Sections))
	}
	full := Of(&analyzer.Report{})
	var ids []string
	for _, s := range full.Sections {
		ids = append(ids, s.ID)
	}
	if want := []string{Concerns, InFavour, WorthKnowing, Rights}; len(ids) < len(want) || !reflect.DeepEqual(ids[:len(want)], want) || ids[len(ids)-1] != Missing {
		t.Errorf("sections %v, want them to open with %v and end with %q", ids, want, Missing)
	}
	for _, s := range full.Sections {
		if len(s.Groups) == 0 && s.Empty == "" {
			t.Errorf("section %q has neither items nor an empty message", s.ID)
		}
		for _, g := range s.Groups {
			if len(g.Items) == 0 {
				t.Errorf("section %q has an empty group", s.ID)
			}
		}
	}
}

// TestUntrusted feeds a report such as a crafted link could hold: text that
// would move a terminal's cursor or reverse the reading order is cleaned,
// evidence is passed through as given and is never nil.
func TestUntrusted(t *testing.T) {
	r := &analyzer.Report{
		DataTypes: []analyzer.DataType{{ID: "x\x1b[2J", Name: "Evil\u202e name\n\n", Group: "g\x07", Evidence: []int{-1, 99}}},
		Contacts:  []analyzer.Contact{{Kind: "email", Value: "a@b\x00.c"}},
	}
	s := Of(r)
	data := s.AppendJSON(nil)
	for _, bad := range []string{"\x1b", "\u202e", "\\n", "\x07", "\x00", "null"} {
		if strings.Contains(string(data), bad) {
			t.Errorf("the summary holds %q: %s", bad, data)
		}
	}
	if ev := first(t, s, Collected).Evidence; !reflect.DeepEqual(ev, []int{-1, 99}) {
		t.Errorf("evidence %v, want it passed through", ev)
	}
}

// TestVerdict checks the score's word and tone, the plain answers of the
// sample, and that a text that is not a policy gets no verdict and no
// sections but its notices.
func TestVerdict(t *testing.T) {
	for score, want := range map[float64]string{0: "Poor Bad", 3.9: "Poor Bad", 4: "Fair Warn", 6.9: "Fair Warn", 7: "Good Good", 10: "Good Good"} {
		w, tone := scoreWord(score)
		if got := w + " " + map[Tone]string{Good: "Good", Warn: "Warn", Bad: "Bad"}[tone]; got != want {
			t.Errorf("scoreWord(%v) = %s, want %s", score, got, want)
		}
	}
	v := Of(sample()).Verdict
	if v == nil || v.Score != "4.5" || v.Word != "Fair" || v.Tone != Warn || v.Credit == "" {
		t.Fatalf("verdict %+v", v)
	}
	var got []string
	for _, a := range v.Answers {
		got = append(got, a.ID+": "+a.Answer+" ("+string(a.Tone)+")")
	}
	want := []string{
		"sale: No, with a condition (good)",
		"ads: No, they say (good)",
		"delete: Yes, on request (good)",
		"kept: 30 days (good)",
		"recipients: Service providers (warn)",
		"children: Not for under-13s ()",
		"dnt: Ignored (bad)",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("answers:\n%q\nwant\n%q", got, want)
	}
	var rubric []string
	for _, a := range v.Rubric {
		rubric = append(rubric, a.ID+"="+a.Option+" "+string(a.Tone))
	}
	if want := []string{"third-party-access=yes-unspecified-critical good", "behavioral-marketing=no good",
		"data-deletion=yes-contact good", "noncritical-purposes=opt-out-some warn", "history=no bad"}; !reflect.DeepEqual(rubric, want) {
		t.Errorf("rubric %q, want %q", rubric, want)
	}

	many := &analyzer.Report{Findings: make([]analyzer.Finding, 1), Sharing: analyzer.Sharing{Recipients: []analyzer.Recipient{
		{ID: "service-providers", Name: "Service providers", Evidence: []int{4}}, {ID: "eu-bodies", Name: "EU bodies"},
		{ID: "advertisers", Name: "Advertisers and ad networks", Evidence: []int{2}}, {ID: "public", Name: "The public", Negated: true},
		{ID: "analytics", Name: "Analytics providers"}, {ID: "affiliates", Name: "Affiliates and group companies", Evidence: []int{3}},
	}}}
	if a := Of(many).Verdict.Answers[4]; a.Answer != "Advertisers and ad networks, analytics providers, affiliates and group companies and 2 more" ||
		a.Tone != Bad || !reflect.DeepEqual(a.Evidence, []int{2, 3, 4}) {
		t.Errorf("recipients, those that matter most first: %+v", a)
	}

	denied := &analyzer.Report{Findings: make([]analyzer.Finding, 1), Retention: analyzer.Retention{Policy: "none", Evidence: []int{0}}}
	if a := Of(denied).Verdict.Answers[3]; a.ID != AnswerKept || a.Answer != "Some data not kept, they say" || a.Tone != Plain || !reflect.DeepEqual(a.Evidence, []int{0}) {
		t.Errorf("only denials of keeping: %+v", a)
	}
	// Periods listed whole: a cut never leaves a number without its unit.
	periods := &analyzer.Report{Findings: make([]analyzer.Finding, 1), Retention: analyzer.Retention{Policy: "limited",
		Periods: []string{"three months", "two years", "one year", "ten months"}, Evidence: []int{0}}}
	if a := Of(periods).Verdict.Answers[3]; a.Answer != "three months, two years, one year" {
		t.Errorf("periods cut between two: %+v", a)
	}
	// Nor does it leave out the longest period (by the report's days): it
	// comes first then.
	for _, tc := range []struct {
		periods []string
		days    []float64
		want    string
	}{
		{[]string{"three months", "two years", "one year", "five years"}, []float64{90, 730, 365, 1825}, "five years, three months, two years"},
		{[]string{"90 days", "60 days", "180 days", "3 months", "120 hours", "5 years"}, []float64{90, 60, 180, 90, 5, 1825}, "5 years, 90 days, 60 days, 180 days"},
		{[]string{"thirty (30) days", "one hundred and eighty (180) days", "12 hours", "2 days", "7 days", "1 week"}, []float64{30, 180, 0.5, 2, 7, 7}, "one hundred and eighty (180) days"},
		{[]string{"5 years", "3 months", "18 months", "7 days", "60 days", "1 year"}, []float64{1825, 90, 540, 7, 60, 365}, "5 years, 3 months, 18 months, 7 days"},
		// Lengths unknown (a report written before days): the policy's order.
		{[]string{"three months", "two years", "one year", "five years"}, nil, "three months, two years, one year"},
		{[]string{"three months", "two years", "one year", "five years"}, []float64{90, 730}, "three months, two years, one year"},
	} {
		periods.Retention.Periods, periods.Retention.Days = tc.periods, tc.days
		if a := Of(periods).Verdict.Answers[3]; a.Answer != tc.want {
			t.Errorf("%q: %q, want %q", tc.periods, a.Answer, tc.want)
		}
	}
	periods.Retention.Periods = []string{"a period of no more than twelve consecutive calendar months"}
	if a := Of(periods).Verdict.Answers[3]; a.Answer != "a period of no more than twelve" {
		t.Errorf("one long period cut at a word: %+v", a)
	}
	logs := &analyzer.Report{Findings: []analyzer.Finding{{Kind: "retention", ID: "logs"}}, Retention: analyzer.Retention{Policy: "mentioned", Evidence: []int{0}}}
	if a := Of(logs).Verdict.Answers[3]; a.Answer != "Keeps logs, no period given" || a.Tone != Warn {
		t.Errorf("only logs kept: %+v", a)
	}
	logs.Findings[0].ID = "retain"
	if a := Of(logs).Verdict.Answers[3]; a.Answer != "No period given" {
		t.Errorf("kept, no period: %+v", a)
	}
	logs.Findings[0].ID = "period"
	logs.Retention.Periods, logs.Retention.Days = []string{"at least seven years"}, []float64{2555}
	if a := Of(logs).Verdict.Answers[3]; a.Answer != "No limit given; at least seven years" || a.Tone != Warn {
		t.Errorf("only the least time kept: %+v", a)
	}

	// Advertisers given only aggregate data are no one who gets the reader's.
	aggregateAds := &analyzer.Report{Findings: make([]analyzer.Finding, 2), Sharing: analyzer.Sharing{Recipients: []analyzer.Recipient{
		{ID: "advertisers", Name: "Advertisers and ad networks", AggregateOnly: true, Evidence: []int{0}},
		{ID: "service-providers", Name: "Service providers", Evidence: []int{1}},
	}}}
	if a := Of(aggregateAds).Verdict.Answers[4]; a.Answer != "Service providers" || a.Tone != Warn {
		t.Errorf("advertisers given only aggregate data: %+v", a)
	}

	dntNamed := &analyzer.Report{Findings: make([]analyzer.Finding, 1), DoNotTrack: analyzer.DoNotTrack{Status: "unstated", Evidence: []int{0}}}
	if a := Of(dntNamed).Verdict.Answers[6]; a.ID != AnswerDNT || a.Answer != "Mentioned, no answer" || a.Tone != Plain {
		t.Errorf("Do Not Track named, no stance: %+v", a)
	}

	ccpa := &analyzer.Report{Findings: make([]analyzer.Finding, 1), Sharing: analyzer.Sharing{Sale: "ccpa", SaleEvidence: []int{0}}}
	if a := Of(ccpa).Verdict.Answers[0]; a.ID != AnswerSale || a.Answer != "Yes, in California's legal sense" || a.Tone != Warn || !reflect.DeepEqual(a.Evidence, []int{0}) {
		t.Errorf("a sale only in CCPA's sense: %+v", a)
	}

	partial := &analyzer.Report{Findings: make([]analyzer.Finding, 1), Retention: analyzer.Retention{Policy: "partial", Periods: []string{"30 days"}, Evidence: []int{0}}}
	if a := Of(partial).Verdict.Answers[3]; a.Answer != "Some data: 30 days" || a.Tone != Plain {
		t.Errorf("periods of some data only: %+v", a)
	}

	someData := &analyzer.Report{Findings: make([]analyzer.Finding, 2), Retention: analyzer.Retention{Policy: "as-needed", Periods: []string{"100 days"}, Evidence: []int{0, 1}}}
	if a := Of(someData).Verdict.Answers[3]; a.Answer != "As long as needed; some data: 100 days" || a.Tone != Plain || !reflect.DeepEqual(a.Evidence, []int{0, 1}) {
		t.Errorf("as long as needed, with periods of some data: %+v", a)
	}

	deniedAll := &analyzer.Report{Findings: make([]analyzer.Finding, 2), Sharing: analyzer.Sharing{Recipients: []analyzer.Recipient{
		{ID: "advertisers", Negated: true, Evidence: []int{1}}, {ID: "other-third-parties", Negated: true, Evidence: []int{0}}}}}
	if a := answerOf(t, Of(deniedAll).Verdict, AnswerRecipients); a.Answer != "No third parties, they say" || a.Tone != Good || !reflect.DeepEqual(a.Evidence, []int{0}) {
		t.Errorf("only a denial of sharing with third parties: %+v", a)
	}
	deniedOne := &analyzer.Report{Findings: make([]analyzer.Finding, 1), Sharing: analyzer.Sharing{Recipients: []analyzer.Recipient{
		{ID: "advertisers", Negated: true, Evidence: []int{0}}}}}
	if a := answerOf(t, Of(deniedOne).Verdict, AnswerRecipients); a.Answer != "No one named" || a.Tone == Good {
		t.Errorf("a denial of one kind of recipient only: %+v", a)
	}

	sharedNone := &analyzer.Report{Findings: []analyzer.Finding{{Kind: "share", ID: "about-you", Negated: true}}, Sharing: analyzer.Sharing{Sale: "no", SaleEvidence: []int{0}}}
	if a := answerOf(t, Of(sharedNone).Verdict, AnswerRecipients); a.Answer != "No one, they say" || a.Tone != Good || !reflect.DeepEqual(a.Evidence, []int{0}) {
		t.Errorf("a denial of passing the reader's data on at all: %+v", a)
	}
	notSold := &analyzer.Report{Findings: []analyzer.Finding{{Kind: "sale", ID: "sell", Negated: true}}, Sharing: analyzer.Sharing{Sale: "no", SaleEvidence: []int{0}}}
	if a := answerOf(t, Of(notSold).Verdict, AnswerRecipients); a.Answer != "No one named" || a.Tone == Good {
		t.Errorf("a denial of selling only: %+v", a)
	}

	// A parent's consent is no minimum age: under-15s may use it with one.
	for _, c := range []struct {
		children analyzer.Children
		want     string
	}{
		{analyzer.Children{ConsentAge: 15, Evidence: []int{0}}, "Under-15s need a parent's consent"},
		{analyzer.Children{MinAge: 13, ConsentAge: 18, Evidence: []int{0}}, "Not for under-13s; under-18s need a parent's consent"},
		{analyzer.Children{Evidence: []int{0}}, "Mentioned, no minimum age"},
	} {
		r := &analyzer.Report{Findings: make([]analyzer.Finding, 1), Children: c.children}
		if a := answerOf(t, Of(r).Verdict, AnswerChildren); a.Answer != c.want || a.Tone != Plain {
			t.Errorf("children %+v: %+v, want %q", c.children, a, c.want)
		}
	}

	silent := Of(&analyzer.Report{Findings: make([]analyzer.Finding, 1)}).Verdict
	for _, a := range silent.Answers {
		if a.Answer == "" || a.Evidence == nil || a.Tone == Good || a.Tone == Bad {
			t.Errorf("a silent report answers %+v", a)
		}
	}
	if silent.Score != "" || len(silent.Rubric) != 0 {
		t.Errorf("a report without a rubric has score %q and %d rubric answers", silent.Score, len(silent.Rubric))
	}

	notPolicy := Of(&analyzer.Report{Notices: []analyzer.Notice{{ID: "not-a-policy", Level: "warning", Message: "Not a policy."}},
		Missing: []analyzer.Missing{{ID: "dpo", Text: "x"}}, Findings: make([]analyzer.Finding, 2)})
	if notPolicy.Verdict != nil || len(notPolicy.Sections) != 1 || notPolicy.Sections[0].ID != Notices {
		t.Errorf("not a policy: verdict %v, %d sections", notPolicy.Verdict, len(notPolicy.Sections))
	}
}

func TestCount(t *testing.T) {
	for n, want := range map[int]string{0: "0 words", 1: "1 word", 999: "999 words", 1000: "1,000 words", 1234567: "1,234,567 words", -1234: "-1,234 words"} {
		if got := count(n, "word"); got != want {
			t.Errorf("count(%d) = %q, want %q", n, got, want)
		}
	}
}

// answerOf returns the answer of v with id, failing t when there is none.
func answerOf(t *testing.T, v *Verdict, id string) Answer {
	t.Helper()
	return withID(t, v.Answers, id, func(a Answer) string { return a.ID })
}

// TestRubricSilence: a practice question the policy leaves unanswered says
// so (and is scored as PrivacySpy's option); an answer with evidence, or a
// question about the policy's own text, keeps PrivacySpy's words.
func TestRubricSilence(t *testing.T) {
	for _, c := range []struct {
		slug, option string
		evidence     []int
		want         string
		tone         Tone
	}{
		{"behavioral-marketing", "no", nil, "Not stated (scored as “No”)", Plain},
		{"behavioral-marketing", "no", []int{0}, "No", Good},
		{"third-party-collection", "no", nil, "Not stated (scored as “No”)", Plain},
		{"data-deletion", "no", nil, "Not stated (scored as “No”)", Warn},
		{"revision-notify", "no", nil, "Not stated (scored as “No”)", Warn},
		{"history", "no", nil, "No", Bad},
		{"list-collected", "no", nil, "No", Bad},
	} {
		r := &analyzer.Report{Findings: make([]analyzer.Finding, 1), Rubric: analyzer.Rubric{Score: 5, Items: []analyzer.RubricItem{
			{ID: c.slug, Answer: c.option, Question: "?", AnswerText: "No", Evidence: c.evidence}}}}
		a := Of(r).Verdict.Rubric[0]
		if a.Answer != c.want || a.Tone != c.tone {
			t.Errorf("%s=%s evidence %v: %q (%q), want %q (%q)", c.slug, c.option, c.evidence, a.Answer, a.Tone, c.want, c.tone)
		}
	}
}
