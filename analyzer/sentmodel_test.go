package analyzer

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/model"
)

// testModel trains a small model on made-up sentences: "kept" and "erased"
// are retention, "password" security; the rule features of each sentence
// are what the analyzer reads of it (ModelInputs), so the model learns as
// make model does.
func testModel(t *testing.T, floor, yes float64) *model.Model {
	t.Helper()
	heads := []string{model.Category + "data-retention", model.Category + "data-security", model.Category + "first-party-collection", model.Right + "deletion"}
	texts := []labelled{
		{"Records are kept for a while.", []int{0}},
		{"Old files are erased eventually.", []int{0}},
		{"Nothing is kept forever here.", []int{0}},
		{"Your password is hashed.", []int{1}},
		{"We hash every password.", []int{1}},
		{"We collect your email address.", []int{2}},
		{"We collect your name.", []int{2}},
		{"The weather is nice today.", nil},
		{"Our office is in Paris.", nil},
		{"You may ask us to remove your data.", []int{3}},
	}
	return trainTestModel(heads, texts, []float64{yes, yes, yes, yes}, []float64{floor, floor, floor, floor})
}

// labelled is a sentence of a test model's training and the heads it is
// a yes for.
type labelled struct {
	s   string
	yes []int
}

// trainTestModel trains a model of heads on texts (each 30 times), with the
// yes and floor probabilities of each head.
func trainTestModel(heads []string, texts []labelled, yes, floor []float64) *model.Model {
	var exs []model.Example
	for i := 0; i < 30; i++ {
		for _, x := range texts {
			for _, in := range ModelInputs(x.s) {
				var hs []uint32
				for _, f := range model.Features(&in.Input, nil) {
					hs = append(hs, f.Hash)
				}
				exs = append(exs, model.Example{Features: hs, Yes: x.yes})
			}
		}
	}
	opt := model.DefaultTrainOptions
	opt.L1 = 0.1
	return model.Train(heads, exs, opt).Quantize(yes, floor)
}

func TestModelPassAddsWhatTheRulesMiss(t *testing.T) {
	m := testModel(t, 0.01, 0.5)
	text := "Old records are kept around."
	rules, both := Analyze(text, WithModel(nil)), Analyze(text, WithModel(m))
	if slices.Contains(rules.Categories, "data-retention") {
		t.Fatalf("the rules already read retention in %q: pick another test sentence", text)
	}
	if !slices.Contains(both.Categories, "data-retention") {
		t.Fatalf("with the model: categories %v, want data-retention", both.Categories)
	}
	var f *Finding
	for i := range both.Findings {
		if both.Findings[i].Rule == "model.cat:data-retention" {
			f = &both.Findings[i]
		}
	}
	if f == nil {
		t.Fatalf("no finding of rule model.cat:data-retention in %+v", both.Findings)
	}
	if f.Kind != "practice" || f.ID != "data-retention" || f.Text != text || f.Sentence != (Span{0, len(text)}) {
		t.Errorf("added finding %+v: want a practice over the whole sentence", f)
	}
	if !strings.Contains(f.Explanation, "how long data is kept") || !strings.Contains(f.Explanation, "“kept”") || !strings.Contains(f.Explanation, "%") {
		t.Errorf("explanation %q does not say what the model read, how sure it is and from which words", f.Explanation)
	}
	checkReport(t, text, both)
}

func TestModelPassDropsWhatItRulesOut(t *testing.T) {
	m := testModel(t, 0.999999, 0.999999) // so high that the model rules out every category it has, and adds none
	text := "We collect your email address."
	rules, both := Analyze(text, WithModel(nil)), Analyze(text, WithModel(m))
	if !slices.Contains(rules.Categories, "first-party-collection") {
		t.Fatalf("the rules do not read collection in %q", text)
	}
	if slices.Contains(both.Categories, "first-party-collection") || len(both.DataTypes) != 0 {
		t.Errorf("with a model sure of no: categories %v, data types %v; want the finding dropped", both.Categories, both.DataTypes)
	}
	var reasons []string
	Analyze(text, WithModel(m), withTrace(func(e traceEvent) {
		if !e.Kept {
			reasons = append(reasons, e.Reason)
		}
	}))
	if !slices.Contains(reasons, "model/not-first-party-collection") {
		t.Errorf("trace reasons %v: the drop does not say why", reasons)
	}
	checkReport(t, text, both)
}

func TestModelPassKeepsDataKeptAfterDeletion(t *testing.T) {
	m := testModel(t, 0.999999, 0.999999) // sure of no on every category
	text := "If we cannot delete all of your data, we will tell you why."
	if r := Analyze(text, WithModel(nil)); r.Retention.Policy != "mentioned" {
		t.Fatalf("the rules read retention %q in %q", r.Retention.Policy, text)
	}
	both := Analyze(text, WithModel(m))
	if both.Retention.Policy != "mentioned" {
		t.Errorf("with a model sure of no: retention %q; want the data kept after deletion to stand", both.Retention.Policy)
	}
	checkReport(t, text, both)
}

func TestModelPassKeepsWaysToUseRightsWithTheirFindings(t *testing.T) {
	// The first sentence's finding goes, so the second's right moves to a
	// lower index: how to use it must move with it.
	m := testModel(t, 0.999999, 0.999999)
	text := "We collect your email address. You can delete your account in your account settings."
	r := Analyze(text, WithModel(m))
	rl := Analyze(text, WithModel(nil))
	if len(rl.Rights) == 0 || len(rl.Rights[0].How) == 0 {
		t.Fatalf("the rules give no right with a way to use it: %+v", rl.Rights)
	}
	for _, rt := range r.Rights {
		for _, e := range rt.Evidence {
			if f := r.Findings[e]; f.Kind != "right" || f.ID != rt.ID {
				t.Errorf("right %s: evidence %d is %s/%s", rt.ID, e, f.Kind, f.ID)
			}
		}
		if rt.ID == rl.Rights[0].ID && !slices.Equal(rt.How, rl.Rights[0].How) {
			t.Errorf("right %s: how %v, want %v as with the rules alone", rt.ID, rt.How, rl.Rights[0].How)
		}
	}
	checkReport(t, text, r)
}

func TestModelInputs(t *testing.T) {
	text := "# Data\n\nWe collect your email address. We keep it for a year.\n\nWe share data with:\n- service providers\n"
	ins := ModelInputs(text)
	us := Units(text)
	if len(ins) != len(us) {
		t.Fatalf("%d model inputs for %d units", len(ins), len(us))
	}
	for i, in := range ins {
		if in.Span != us[i].Span || in.Input.Text != text[in.Start:in.End] {
			t.Errorf("input %d: span %v text %q, want unit %v", i, in.Span, in.Input.Text, us[i].Span)
		}
	}
	if !slices.Contains(ins[1].Input.Rules, "datatype.email") || !slices.Contains(ins[1].Input.Rules, "category:first-party-collection") || ins[1].Input.Heading != "# Data" {
		t.Errorf("input 1 = %+v: want the rules' reading and the heading", ins[1].Input)
	}
	if last := ins[len(ins)-1].Input; last.Intro != "We share data with:" || last.Block != "list-item" {
		t.Errorf("list item input = %+v: want its intro", last)
	}
	// The same analysis with and without the hook.
	if a, b := Analyze(text, WithModel(nil)), analyzeRules(text); len(a.Findings) != len(b.Findings) {
		t.Error("WithModel(nil) differs from the rules alone")
	}
}

// TestModelReadsWhatTrainingReads checks, on the seeds, that the features
// the analyzer scores a sentence with are those training reads of it
// (model.Hashes of ModelInputs): the fast path and the one that trains agree.
func TestModelReadsWhatTrainingReads(t *testing.T) {
	for _, file := range corpusFiles(t, "seeds", "*.txt") {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		want := map[Span][]uint32{}
		for _, in := range ModelInputs(text) {
			hs := model.Hashes(&in.Input, nil)
			slices.Sort(hs)
			want[in.Span] = hs
		}
		n := 0
		c := config{model: defaultModel(), hashes: func(s Span, hs []uint32) {
			got := slices.Clone(hs)
			slices.Sort(got)
			if !slices.Equal(got, want[s]) {
				t.Errorf("%s [%d:%d]: the analyzer scores %d features, training reads %d", filepath.Base(file), s.Start, s.End, len(got), len(want[s]))
			}
			n++
		}}
		analyze(text, &c)
		if n != len(want) {
			t.Errorf("%s: %d sentences scored, %d read for training", filepath.Base(file), n, len(want))
		}
	}
}

func TestModelPassKeepsARightItsHeadIsSureOf(t *testing.T) {
	// A model whose category head reads no user access in the sentence while
	// its deletion head is sure of a deletion right: the rules' finding, with
	// its words as evidence, stands, rather than giving way to one the model
	// adds with the whole sentence as evidence.
	heads := []string{model.Category + "user-access", model.Right + "deletion"}
	texts := []labelled{
		{"You may ask us to remove your data.", []int{1}},
		{"The weather is nice today.", nil},
		{"Our office is in Paris.", nil},
	}
	m := trainTestModel(heads, texts, []float64{0.5, 0.5}, []float64{0.5, 0.5})

	text := "You may ask us to remove your data."
	r := Analyze(text, WithModel(m))
	var rules []string
	for _, f := range r.Findings {
		if f.Kind == "right" && f.ID == "deletion" {
			rules = append(rules, f.Rule)
		}
	}
	if len(rules) != 1 || rules[0] != "right.deletion" {
		t.Errorf("deletion findings made by %v, want the rules' right.deletion alone", rules)
	}
	checkReport(t, text, r)
}

func TestModelPassDeletionNeedsAWordOfErasing(t *testing.T) {
	// A model whose deletion head says yes to a sentence on cancelling a
	// membership and to one on clearing data: only a sentence naming an
	// erasing (here "clear") gets the deletion right; "cancel your child's
	// membership, please write to us" names no deleting.
	heads := []string{model.Right + "deletion"}
	texts := []labelled{
		{"If you wish to cancel your child's membership, please write to us.", []int{0}},
		{"You can clear your viewing history at any time.", []int{0}},
		{"The weather is nice today.", nil},
		{"Our office is in Paris.", nil},
	}
	m := trainTestModel(heads, texts, []float64{0.5}, []float64{0.5})
	for text, want := range map[string]bool{
		"If you wish to cancel your child's membership, please write to us.": false,
		"You can clear your viewing history at any time.":                    true,
	} {
		r := Analyze(text, WithModel(m))
		if got := hasFinding(r.Findings, "right", "deletion"); got != want {
			t.Errorf("%q: deletion right %v, want %v", text, got, want)
		}
		checkReport(t, text, r)
	}
}

func TestModelPassWeighsRecipients(t *testing.T) {
	// A model that reads a change of hands as a business transfer and "the
	// public" of "keep the public safe" as no one who receives data.
	heads := []string{model.Recipient + "business-transfer", model.Recipient + "public"}
	texts := []labelled{
		{"If the company changes hands, your records go with it.", []int{0}},
		{"When the business changes hands, the records go to the buyer.", []int{0}},
		{"We may disclose data to keep the public safe from harm.", nil},
		{"Our office is in Paris.", nil},
	}
	m := trainTestModel(heads, texts, []float64{0.5, 1.01}, []float64{0, 0.5})
	recipients := func(r *Report) (ids, rules []string) { return statedOf(r.Findings, "share") }

	// Added where the rules found no recipient, over the whole sentence.
	text := "If the company changes hands, your records go with it."
	if ids, _ := recipients(Analyze(text, WithModel(nil))); slices.Contains(ids, "business-transfer") {
		t.Fatalf("the rules already read a business transfer in %q: pick another test sentence", text)
	}
	r := Analyze(text, WithModel(m))
	if ids, rules := recipients(r); !slices.Contains(rules, "model.rec:business-transfer") {
		t.Errorf("%q: recipients %v by %v, want one the model adds", text, ids, rules)
	}
	checkReport(t, text, r)

	// Never added in a sentence that denies.
	text = "If the company changes hands, your records never go with it."
	if _, rules := recipients(Analyze(text, WithModel(m))); slices.Contains(rules, "model.rec:business-transfer") {
		t.Errorf("%q: the model adds a recipient to a denial", text)
	}

	// Dropped where the model is sure it is not the recipient.
	text = "We may disclose data to keep the public safe from harm."
	if ids, _ := recipients(Analyze(text, WithModel(nil))); !slices.Contains(ids, "public") {
		t.Fatalf("the rules do not read the public as a recipient in %q: pick another test sentence", text)
	}
	r = Analyze(text, WithModel(m))
	if ids, _ := recipients(r); slices.Contains(ids, "public") {
		t.Errorf("%q: recipients %v, want the public ruled out", text, ids)
	}
	checkReport(t, text, r)

	// A denial stands, whatever kind of party it names.
	text = "We do not disclose data to the public."
	r = Analyze(text, WithModel(m))
	denied := false
	for _, f := range r.Findings {
		denied = denied || f.Kind == "share" && f.ID == "public" && f.Negated
	}
	if !denied {
		t.Errorf("%q: the denial is gone: %+v", text, r.Findings)
	}
}

func TestModelPassWeighsPurposes(t *testing.T) {
	heads := []string{model.Purpose + "analytics", model.Purpose + "marketing"}
	texts := []labelled{
		{"We use your data to improve the shop you see.", []int{0}},
		{"We use what we learn to improve the shop.", []int{0}},
		{"We use your data for marketing in the widest sense of the word.", nil},
		{"Our office is in Paris.", nil},
	}
	m := trainTestModel(heads, texts, []float64{0.5, 1.01}, []float64{0, 0.5})
	purposes := func(text string, m *model.Model) (ids, rules []string) {
		return statedOf(Analyze(text, WithModel(m)).Findings, "purpose")
	}

	text := "We use your data to improve the shop you see."
	if ids, _ := purposes(text, nil); len(ids) > 0 {
		t.Fatalf("the rules already read purposes %v in %q: pick another test sentence", ids, text)
	}
	if ids, rules := purposes(text, m); !slices.Contains(rules, "model.purpose:analytics") {
		t.Errorf("%q: purposes %v by %v, want analytics added by the model", text, ids, rules)
	}
	checkReport(t, text, Analyze(text, WithModel(m)))

	// Not where no data is used, nor in a denial, however sure the model.
	for _, text := range []string{
		"You can opt out of how we improve the shop you see.",
		"We never use your data to improve the shop you see.",
		// A sentence that opens with a pointer to more reading ("For
		// more information, see ...") names a use, it states none.
		"For more information, we use your data to improve the shop you see.",
	} {
		if _, rules := purposes(text, m); slices.Contains(rules, "model.purpose:analytics") {
			t.Errorf("%q: the model adds a purpose", text)
		}
	}

	// Dropped where the model is sure it is not the purpose.
	text = "We use your data for marketing in the widest sense of the word."
	if ids, _ := purposes(text, nil); !slices.Contains(ids, "marketing") {
		t.Fatalf("the rules do not read marketing in %q: pick another test sentence", text)
	}
	if ids, _ := purposes(text, m); slices.Contains(ids, "marketing") {
		t.Errorf("%q: purposes %v, want marketing ruled out", text, ids)
	}
}

// statedOf returns the ids and rules of the findings of kind in fs that are
// not denials.
func statedOf(fs []Finding, kind string) (ids, rules []string) {
	for _, f := range fs {
		if f.Kind == kind && !f.Negated {
			ids, rules = append(ids, f.ID), append(rules, f.Rule)
		}
	}
	return ids, rules
}

// sureOfNoModel is a model sure that nothing is shared, nothing is about
// security and nothing about keeping data: it rules out every sharing,
// security and retention finding it may.
func sureOfNoModel() *model.Model {
	heads := []string{model.Category + "third-party-sharing", model.Category + "data-security", model.Category + "data-retention"}
	texts := []labelled{
		{"We sell your records to brokers.", []int{0}},
		{"Your password is hashed.", []int{1}},
		{"We keep your records for two years.", []int{2}},
		{"The weather is nice today.", nil},
		{"Our office is in Paris.", nil},
	}
	return trainTestModel(heads, texts, []float64{1.01, 1.01, 1.01}, []float64{0.999999, 0.999999, 0.999999})
}

// findingStands checks, for each case, that the rules read a finding of its
// kind and id and that it stands or goes with model m as the case says.
func findingStands(t *testing.T, m *model.Model, cases []standCase) {
	t.Helper()
	for _, tc := range cases {
		rules := Analyze(tc.text, WithModel(nil))
		if !hasFinding(rules.Findings, tc.kind, tc.id) {
			t.Fatalf("the rules do not read %s %s in %q: pick another test sentence", tc.kind, tc.id, tc.text)
		}
		r := Analyze(tc.text, WithModel(m))
		if got := hasFinding(r.Findings, tc.kind, tc.id); got != tc.stands {
			t.Errorf("%q with a model sure of no: %s %s stands %v, want %v", tc.text, tc.kind, tc.id, got, tc.stands)
		}
		checkReport(t, tc.text, r)
	}
}

type standCase struct {
	text, kind, id string
	stands         bool
}

func TestModelPassKeepsRequestsFromAuthorities(t *testing.T) {
	// Authorities named as the ones asking for data are the rules' exact
	// words: they stand where the model is sure nothing is shared.
	findingStands(t, sureOfNoModel(), []standCase{
		{"This page explains how we answer government requests for user data.", "share", "law-enforcement", true},
		{"We comply with the law when we get requests about you from a government.", "share", "law-enforcement", true},
		{"We may disclose your data to the police.", "share", "law-enforcement", false},
	})
}

func TestModelPassKeepsNamedAnalytics(t *testing.T) {
	// An analytics service named by its name, in a sentence the rules read
	// as using data, is the rules' exact words: it stands where the model
	// is sure nothing is shared; a kind of service named by its kind, or a
	// named one in a way to opt out or in a sentence that denies something,
	// is the model's to judge.
	findingStands(t, sureOfNoModel(), []standCase{
		{"We use Google Analytics to understand how visitors use the site.", "share", "analytics", true},
		{"We use Mixpanel to measure how people use the app.", "share", "analytics", true},
		{"We use analytics providers to measure traffic.", "share", "analytics", false},
		{"You can opt out of data collection by Google Analytics by installing its browser add-on.", "share", "analytics", false},
		{"The part on Firebase Analytics data collection is not relevant, as we do not use this feature.", "share", "analytics", false},
	})
}

func TestModelPassKeepsSecurityAdvice(t *testing.T) {
	// Security advice the sentence gives the reader is the rules' exact
	// words: it stands where the model is sure nothing is about security;
	// advice to leave another company's service, or advice words the
	// sentence gives no one, are the model's to judge.
	findingStands(t, sureOfNoModel(), []standCase{
		{"If you use a library computer, you should sign out of your account when you are done.", "security", "advice", true},
		{"We urge you to pick a strong password and keep it to yourself.", "security", "advice", true},
		{"Please log out after each session on a public device.", "security", "advice", true},
		{"You must log out of Google before you visit our site.", "security", "advice", false},
		{"A strong password is one that is hard to guess.", "security", "advice", false},
	})
}

func TestModelPassKeepsRetentionPeriods(t *testing.T) {
	// A period of keeping is the rules' exact words: it stands where the
	// model is sure nothing is about keeping data; the same sentence's other
	// retention findings, and keeping without a period, are the model's.
	findingStands(t, sureOfNoModel(), []standCase{
		{"The app holds the position of your phone for up to 48 hours to smooth its map.", "retention", "period", true},
		{"Award entries are kept for 13 to 36 months.", "retention", "period", true},
		{"We retain your data as long as your account is open.", "retention", "as-needed", false},
	})
}

func TestModelPassKeepsEarlierVersionsOffered(t *testing.T) {
	// Earlier versions of the policy offered are the rules' exact words
	// (the rubric's archived cues): they stand where the model is sure
	// nothing is about changing the policy; other change findings are the
	// model's to judge.
	heads := []string{model.Category + "policy-change"}
	texts := []labelled{
		{"We will post any update of this notice here.", []int{0}},
		{"The weather is nice today.", nil},
		{"Our office is in Paris.", nil},
	}
	sure := trainTestModel(heads, texts, []float64{1.01}, []float64{0.999999})
	findingStands(t, sure, []standCase{
		{"This text was approved by the board on 3 March 2021. Earlier versions can be found below:", "change", "change", true},
		{"Read the previous version of this notice.", "change", "change", true},
		{"We may change this policy from time to time.", "change", "change", false},
	})
}

func TestModelPassHearsNoSaleInDoNotTrack(t *testing.T) {
	// A model whose opt-out-of-sale head answers to "Do Not": it adds the
	// right to a sentence on a Do Not Sell link, not to one on the browser's
	// Do Not Track signal that names no sale.
	heads := []string{model.Right + "opt-out-sale"}
	texts := []labelled{
		{"Click Do Not Sell My Info to stop it.", []int{0}},
		{"Use the Do Not Sell link in the footer.", []int{0}},
		{"The weather is nice today.", nil},
		{"Our office is in Paris.", nil},
	}
	m := trainTestModel(heads, texts, []float64{0.3}, []float64{0.3})
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Use the Do Not Sell link in the footer.", true},
		{"Most web browsers have a Do Not Track feature that lets you tell websites you do not want to be tracked.", false},
	} {
		r := Analyze(tc.text, WithModel(m))
		if got := hasFinding(r.Findings, "right", "opt-out-sale"); got != tc.want {
			t.Errorf("%q: opt-out-sale right %v, want %v", tc.text, got, tc.want)
		}
		checkReport(t, tc.text, r)
	}
}

// A business transfer the model is sure of stands only where a word of
// changing hands does ("the new owners", "is transferred", "changes
// hands"): in "Your records are an integral part of our business" the
// model reads "business" alone.
func TestModelPassBusinessTransferNeedsAHandOver(t *testing.T) {
	heads := []string{model.Recipient + "business-transfer"}
	texts := []labelled{
		{"If the company changes hands, your records go with it.", []int{0}},
		{"Your records are an integral part of our business.", []int{0}},
		{"Our office is in Paris.", nil},
	}
	m := trainTestModel(heads, texts, []float64{0.5}, []float64{0})
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"If the company changes hands, your records go with it.", true},
		{"Your records are an integral part of our business.", false},
	} {
		_, rules := statedOf(Analyze(tt.text, WithModel(nil)).Findings, "share")
		if slices.Contains(rules, "recipient.business-transfer") {
			t.Fatalf("the rules already read a business transfer in %q: pick another test sentence", tt.text)
		}
		r := Analyze(tt.text, WithModel(m))
		if _, rules := statedOf(r.Findings, "share"); slices.Contains(rules, "model.rec:business-transfer") != tt.want {
			t.Errorf("%q: recipients by %v, want the model's business transfer %v", tt.text, rules, tt.want)
		}
		checkReport(t, tt.text, r)
	}
}

func TestModelPassMovesDataCollectedUnderAnotherTopic(t *testing.T) {
	heads := []string{model.Category + "first-party-collection", model.Category + "data-security"}
	texts := []labelled{
		{"We use cookies to count visits.", []int{0}},
		{"We collect your email address.", []int{0}},
		{"Our partners use cookies on our site.", []int{0}},
		{"Your password is hashed.", []int{1}},
		{"We hash every password.", []int{1}},
		{"Passwords are stored hashed and salted.", []int{1}},
		{"The weather is nice today.", nil},
		{"Our office is in Paris.", nil},
	}
	m := trainTestModel(heads, texts, []float64{0.5, 0.5}, []float64{0.2, 0.2})
	text := "Encrypt Search uses cookies to count visits."
	rules, both := Analyze(text, WithModel(nil)), Analyze(text, WithModel(m))
	if !slices.Contains(rules.Categories, "data-security") || len(rules.DataTypes) == 0 {
		t.Fatalf("the rules read categories %v, data %v in %q: want the cookies under security", rules.Categories, rules.DataTypes, text)
	}
	if len(both.DataTypes) == 0 || both.DataTypes[0].ID != "cookies" || !both.DataTypes[0].Collected {
		t.Errorf("with the model: data types %+v; want the cookies kept as collected", both.DataTypes)
	}
	if slices.Contains(both.Categories, "data-security") || !slices.Contains(both.Categories, "first-party-collection") {
		t.Errorf("with the model: categories %v; want first-party-collection, not data-security", both.Categories)
	}
	// Without the model's yes for collection, the data goes with its topic.
	none := trainTestModel(heads, texts, []float64{0.999999, 0.999999}, []float64{0.999999, 0.999999})
	if r := Analyze(text, WithModel(none)); len(r.DataTypes) != 0 {
		t.Errorf("with a model sure of no on both topics: data types %+v; want none", r.DataTypes)
	}
	checkReport(t, text, both)
}

// Third-party sharing the model is sure of is not added to a sentence the
// rules read as data coming to the company from others (a source, and no
// data passed on): "Advertisers and other partners may share information
// with us" is the company's own collection. Where the rules read data
// passed on, or no source, the model's sharing stands.
func TestModelPassHearsNoSharingInDataReceived(t *testing.T) {
	checkModelSharing(t, []labelled{
		{"Partners share information.", []int{0}},
		{"Information is shared with partners.", []int{0}},
		{"Data moves between companies.", []int{0}},
		{"Our office is in Paris.", nil},
		{"The weather is nice today.", nil},
	}, []sharingCase{
		{"Advertisers and other partners may share information with us.", false},
		{"We receive information about you from third parties.", false},
		{"Data moves between companies.", true},
	})
}

// TestModelPassReadsNoForeignSentence: the model adds nothing to a sentence
// in another language, where it would hear its English words alone.
func TestModelPassReadsNoForeignSentence(t *testing.T) {
	m := testModel(t, 0.01, 0.5)
	// A translation pasted after the policy: the model would hear its
	// English words ("records", "kept") alone.
	const english = "We collect your name. Our office is in Paris and the weather is nice today. "
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Old records are kept around.", true},
		{"Los records kept se guardan en servidores propios durante muchos años.", false},
	} {
		text := english + tt.text
		if slices.Contains(Analyze(text, WithModel(nil)).Categories, "data-retention") {
			t.Fatalf("the rules already read retention in %q: pick another test sentence", text)
		}
		r := Analyze(text, WithModel(m))
		if r.Language != "en" {
			t.Fatalf("%q: language %q, want the text read as English", text, r.Language)
		}
		if got := slices.Contains(r.Categories, "data-retention"); got != tt.want {
			t.Errorf("%q: retention %v, want %v (findings %+v)", tt.text, got, tt.want, r.Findings)
		}
		checkReport(t, text, r)
	}
}

// TestModelPassHearsNoSharingInARightToKnow: the model adds no sharing to a
// sentence of the reader's right to know where data goes (California's
// Shine the Light notice), which the rules read as asked about.
func TestModelPassHearsNoSharingInARightToKnow(t *testing.T) {
	checkModelSharing(t, []labelled{
		{"Partners get our disclosure of data.", []int{0}},
		{"Disclosure of data to partners happens.", []int{0}},
		{"Data moves between companies.", []int{0}},
		{"Our office is in Paris.", nil},
		{"The weather is nice today.", nil},
	}, []sharingCase{
		{"Residents may request a list describing our disclosure of data to partners.", false},
		{"Data moves between companies.", true},
	})
}

func TestModelPassAddsNoAccessToARightToKnowWhoGotDataForMarketing(t *testing.T) {
	m := trainTestModel([]string{model.Category + "user-access"}, []labelled{
		{"To make such a request, write to us.", []int{0}},
		{"Send your request by post.", []int{0}},
		{"Our office is in Paris.", nil},
		{"The weather is nice today.", nil},
	}, []float64{0.5}, []float64{0})
	for _, tt := range []struct {
		text string
		want bool
	}{
		// "Shine the Light": the reader may ask who got data for
		// marketing, no access to their data; the paragraph's request
		// is that one.
		{"Residents may request a list describing our disclosure of data to partners for their direct marketing purposes. To make such a request, write to us.", false},
		{"To make such a request, write to us.", true},
		{"Residents may request a list describing our disclosure of data to partners for their direct marketing purposes.\n\nTo make such a request, write to us.", true},
	} {
		r := Analyze(tt.text, WithModel(m))
		if got := slices.Contains(r.Categories, "user-access"); got != tt.want {
			t.Errorf("%q: user access %v, want %v (findings %+v)", tt.text, got, tt.want, r.Findings)
		}
		checkReport(t, tt.text, r)
	}
}

func TestModelPassGivesATitlesRightToTheSentenceUnderIt(t *testing.T) {
	m := trainTestModel([]string{model.Category + "user-access"}, []labelled{
		{"Ask us what we hold about you.", []int{0}},
		{"The categories of data we hold about you.", []int{0}},
		{"Our office is in Paris.", nil},
		{"The weather is nice today.", nil},
	}, []float64{0.5}, []float64{0})
	for _, tt := range []struct {
		text string
		want bool // an access right quoted from the sentence under the title or intro
	}{
		{"# Right of access\n\nAsk us what we hold about you.", true},
		{"Right of Access.\n\nAsk us what we hold about you.", true},
		// A title of several rights, and a title of none.
		{"# Right of access and rectification\n\nAsk us what we hold about you.", false},
		{"# Contact\n\nAsk us what we hold about you.", false},
	} {
		r := Analyze(tt.text, WithModel(m))
		got := false
		for _, f := range r.Findings {
			under := strings.HasPrefix(tt.text[f.Start:], "Ask") || strings.HasPrefix(tt.text[f.Start:], "The")
			got = got || f.Kind == "right" && f.ID == "access" && under && f.End == f.Sentence.End && !strings.HasPrefix(f.Rule, "model.")
		}
		if got != tt.want {
			t.Errorf("%q: access from the title %v, want %v (findings %+v)", tt.text, got, tt.want, r.Findings)
		}
		checkReport(t, tt.text, r)
	}
}

// sharingCase is a sentence and whether the analyzer, with a model that
// hears third-party sharing in it, reports that category.
type sharingCase struct {
	text string
	want bool
}

// checkModelSharing trains a model whose one head, third-party sharing,
// learns from texts, and checks each case with it (the rules alone must not
// read sharing in the case: the test is about the model's addition).
func checkModelSharing(t *testing.T, texts []labelled, cases []sharingCase) {
	t.Helper()
	m := trainTestModel([]string{model.Category + "third-party-sharing"}, texts, []float64{0.5}, []float64{0})
	for _, tt := range cases {
		if slices.Contains(Analyze(tt.text, WithModel(nil)).Categories, "third-party-sharing") {
			t.Fatalf("the rules already read sharing in %q: pick another test sentence", tt.text)
		}
		r := Analyze(tt.text, WithModel(m))
		if got := slices.Contains(r.Categories, "third-party-sharing"); got != tt.want {
			t.Errorf("%q: third-party sharing %v, want %v (findings %+v)", tt.text, got, tt.want, r.Findings)
		}
		checkReport(t, tt.text, r)
	}
}

func TestModelPassKeepsARightInItsFullPhrase(t *testing.T) {
	m := testModel(t, 0.999999, 0.999999) // sure of no on the right of deletion
	has := func(r *Report) bool {
		for _, x := range r.Rights {
			if x.ID == "deletion" {
				return true
			}
		}
		return false
	}
	// The rules' phrase, with its object, given to the reader: it stands.
	text := "You can request that we delete your personal information."
	if r := Analyze(text, WithModel(m)); !has(r) {
		t.Errorf("%q with a model sure of no: rights %v; want deletion kept", text, r.Rights)
	}
	// An article may stand between the frame and the phrase ("to request
	// the deletion of").
	text = "So you can exercise your rights to receive details of our practices, as well as to request the deletion of your information."
	if r := Analyze(text, WithModel(m)); !has(r) {
		t.Errorf("%q with a model sure of no: rights %v; want deletion kept", text, r.Rights)
	}
	// A shorter phrase is the model's to weigh.
	text = "You can delete it."
	if !has(Analyze(text, WithModel(nil))) {
		t.Fatalf("the rules read no deletion in %q", text)
	}
	if r := Analyze(text, WithModel(m)); has(r) {
		t.Errorf("%q with a model sure of no: rights %v; want deletion dropped", text, r.Rights)
	}
}

// Data the rules read as collected, in a sentence the model is sure is not
// about the company's collection and sure is about passing data on ("Your
// email address, stored on your device, may be shared with our
// affiliates"), moves to sharing instead of going: the data stays in the
// report. Without the model's yes for sharing, or in a sentence that denies
// something, the model drops it as before.
func TestModelPassMovesDataItReadsAsShared(t *testing.T) {
	heads := []string{model.Category + "first-party-collection", model.Category + "third-party-sharing"}
	texts := []labelled{
		{"We collect your name.", []int{0}},
		{"We collect your phone number.", []int{0}},
		{"We gather the pages you visit.", []int{0}},
		{"Data may be shared with our affiliates.", []int{1}},
		{"We may share it with affiliates.", []int{1}},
		{"Affiliates may receive information shared by us.", []int{1}},
		{"Write to us at our email address.", nil},
		{"Your device is yours.", nil},
		{"The weather is nice today.", nil},
		{"Our office is in Paris.", nil},
	}
	m := trainTestModel(heads, texts, []float64{0.5, 0.5}, []float64{0.2, 0.2})
	text := "Your email address, stored on your device, may be shared with our affiliates."
	rules, both := Analyze(text, WithModel(nil)), Analyze(text, WithModel(m))
	if !slices.Contains(rules.Categories, "first-party-collection") || len(rules.DataTypes) == 0 || !rules.DataTypes[0].Collected {
		t.Fatalf("the rules read categories %v, data %+v in %q: want the email collected", rules.Categories, rules.DataTypes, text)
	}
	if len(both.DataTypes) == 0 || both.DataTypes[0].ID != "email" || !both.DataTypes[0].Shared {
		t.Errorf("with the model: data types %+v; want the email kept as shared", both.DataTypes)
	}
	if slices.Contains(both.Categories, "first-party-collection") || !slices.Contains(both.Categories, "third-party-sharing") {
		t.Errorf("with the model: categories %v; want third-party-sharing, not first-party-collection", both.Categories)
	}
	checkReport(t, text, both)
	// A model sure of no on both topics drops the data.
	none := trainTestModel(heads, texts, []float64{0.999999, 0.999999}, []float64{0.999999, 0.999999})
	if r := Analyze(text, WithModel(none)); len(r.DataTypes) != 0 {
		t.Errorf("with a model sure of no on both topics: data types %+v; want none", r.DataTypes)
	}
}
