package analyzer

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestRubricData checks rules/privacyspy/rubric.json: twelve questions, each
// answered by rubricAnswer, with unique options, and every
// question, point and option the same as PrivacySpy's TOML in
// ../shared/corpus/privacyspy when it is there.
func TestRubricData(t *testing.T) {
	d := rubricData()
	if len(d.Questions) != 12 {
		t.Fatalf("%d questions, want 12", len(d.Questions))
	}
	for _, q := range d.Questions {
		if id, _ := rubricAnswer(q.Slug, newReport(0), "", rubricSets, aggregateOnly(newReport(0))); id == "" {
			t.Errorf("%s: not answered", q.Slug)
		}
		var ids []string
		for _, o := range q.Options {
			if slices.Contains(ids, o.ID) || o.Text == "" || o.Percent < 0 || o.Percent > 100 {
				t.Errorf("%s: bad or repeated option %+v", q.Slug, o)
			}
			ids = append(ids, o.ID)
		}
		if q.Text == "" || q.Points <= 0 {
			t.Errorf("%s: no text or points", q.Slug)
		}
	}
	if len(d.Cues.Strict) == 0 || len(d.Cues.Legal) == 0 || len(d.Cues.Consent) == 0 || len(d.Cues.Targeted) == 0 ||
		len(d.Cues.Audit) == 0 || len(d.Cues.Independent) == 0 || len(d.Cues.Within72) == 0 || len(d.Cues.Dated) == 0 {
		t.Errorf("a cue list is empty: %+v", d.Cues)
	}
	for _, list := range [][]string{d.Cues.Strict, d.Cues.Legal, d.Cues.Consent, d.Cues.Targeted, d.Cues.Audit, d.Cues.Independent, d.Cues.Within72, d.Cues.Dated} {
		for _, c := range list {
			if c != strings.ToLower(c) || strings.TrimSpace(c) != c || c == "" {
				t.Errorf("cue %q must be lower case and trimmed", c)
			}
		}
	}

	dir := filepath.Join(corpusDir(t), "privacyspy")
	files, _ := filepath.Glob(filepath.Join(dir, "*.toml"))
	if len(files) == 0 {
		t.Skipf("no PrivacySpy TOML in %s to compare with", dir)
	}
	if len(files) != len(d.Questions) {
		t.Errorf("%d TOML files, %d questions", len(files), len(d.Questions))
	}
	str := regexp.MustCompile(`(?m)^(slug|text|id)\s*=\s*"(.*?)"\s*$`)
	num := regexp.MustCompile(`(?m)^(points|percent)\s*=\s*(\d+)\s*$`)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var want []string // the TOML's slug, texts, ids and numbers in order
		for _, line := range strings.Split(string(b), "\n") {
			if m := str.FindStringSubmatch(line); m != nil {
				want = append(want, m[1]+"="+strings.TrimSpace(m[2]))
			} else if m := num.FindStringSubmatch(line); m != nil {
				want = append(want, m[1]+"="+m[2])
			}
		}
		slug := strings.TrimSuffix(filepath.Base(f), ".toml")
		i := slices.IndexFunc(d.Questions, func(q rubricQuestion) bool { return q.Slug == slug })
		if i < 0 {
			t.Errorf("%s: not in rubric.json", slug)
			continue
		}
		q := d.Questions[i]
		got := []string{"slug=" + q.Slug, "text=" + q.Text, "points=" + strconv.Itoa(q.Points)}
		for _, o := range q.Options {
			got = append(got, "id="+o.ID, "text="+o.Text, "percent="+strconv.Itoa(o.Percent))
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s differs from PrivacySpy's TOML:\n got %q\nwant %q", slug, got, want)
		}
	}
}

// finds builds findings of one kind and id from their texts; a text may end
// in "|condition".
func finds(kind, id string, texts ...string) []Finding {
	var out []Finding
	for _, s := range texts {
		text, cond, _ := strings.Cut(s, "|")
		out = append(out, Finding{Kind: kind, ID: id, Text: text, Condition: cond})
	}
	return out
}

// built is a report made of findings, each in a sentence of its own, with
// fields that cite them by position; set fills the fields.
func built(set func(r *Report, at func(kind, id string) []int), groups ...[]Finding) *Report {
	r := newReport(0)
	for _, g := range groups {
		r.Findings = append(r.Findings, g...)
	}
	for i := range r.Findings {
		r.Findings[i].Sentence = Span{Start: 100 * i, End: 100*i + 99}
	}
	at := func(kind, id string) []int {
		var ev []int
		for i, f := range r.Findings {
			if f.Kind == kind && f.ID == id {
				ev = append(ev, i)
			}
		}
		return ev
	}
	if set != nil {
		set(r, at)
	}
	return r
}

func recipient(id string, neg bool, ev []int) Recipient {
	return Recipient{ID: id, Negated: neg, Evidence: ev}
}

func TestRubricAnswers(t *testing.T) {
	settings, contact, industry := howName("settings"), howName("contact"), howName("industry-opt-out")
	tests := []struct {
		name     string
		slug     string
		report   *Report
		want     string
		evidence int // how many findings the answer cites
	}{
		// third-party-access
		{"silent on sharing", "third-party-access", built(nil, finds("collect", "email", "email")), "no", 0},
		{"only says who does not get it", "third-party-access", built(func(r *Report, at func(string, string) []int) {
			r.Sharing.Recipients = []Recipient{recipient("other-third-parties", true, at("share", "other-third-parties"))}
		}, finds("share", "other-third-parties", "third parties")), "no", 1},
		{"service providers and the law", "third-party-access", built(func(r *Report, at func(string, string) []int) {
			r.Sharing.Recipients = []Recipient{recipient("service-providers", false, at("share", "service-providers")),
				recipient("law-enforcement", false, at("share", "law-enforcement")), recipient("public", false, at("share", "public"))}
		}, finds("share", "service-providers", "service providers"), finds("share", "law-enforcement", "law enforcement"), finds("share", "public", "the public")), "yes-unspecified-critical", 2},
		{"third parties only with consent or by law", "third-party-access", built(func(r *Report, at func(string, string) []int) {
			r.Sharing.Recipients = []Recipient{recipient("other-third-parties", false, at("share", "other-third-parties"))}
		}, finds("share", "other-third-parties", "third parties|with your consent", "third parties|if required by law")), "yes-unspecified-critical", 2},
		{"third parties unconditioned", "third-party-access", built(func(r *Report, at func(string, string) []int) {
			r.Sharing.Recipients = []Recipient{recipient("other-third-parties", false, at("share", "other-third-parties")),
				recipient("service-providers", false, at("share", "service-providers"))}
		}, finds("share", "other-third-parties", "third parties|with your consent", "third parties"), finds("share", "service-providers", "vendors")), "yes-unspecified", 1},
		{"third parties beside critical ones", "third-party-access", built(func(r *Report, at func(string, string) []int) {
			r.Findings[1].Sentence = r.Findings[0].Sentence // "third parties ... such as PayPal"
			r.Sharing.Recipients = []Recipient{recipient("other-third-parties", false, at("share", "other-third-parties")),
				recipient("service-providers", false, at("share", "service-providers"))}
		}, finds("share", "other-third-parties", "third parties"), finds("share", "service-providers", "PayPal")), "yes-unspecified-critical", 2},
		{"advertisers", "third-party-access", built(func(r *Report, at func(string, string) []int) {
			r.Sharing.Recipients = []Recipient{recipient("advertisers", false, at("share", "advertisers"))}
		}, finds("share", "advertisers", "advertisers")), "yes-unspecified", 1},
		{"sale", "third-party-access", built(func(r *Report, at func(string, string) []int) {
			r.Sharing.Sale, r.Sharing.SaleEvidence = "yes", at("sale", "sale")
		}, finds("sale", "sale", "sell")), "yes-unspecified", 1},

		// behavioral-marketing
		{"no advertising", "behavioral-marketing", built(nil, finds("collect", "email", "email")), "no", 0},
		{"advertisers denied", "behavioral-marketing", built(func(r *Report, at func(string, string) []int) {
			r.Sharing.Recipients = []Recipient{recipient("advertisers", true, at("share", "advertisers"))}
		}, finds("share", "advertisers", "advertisers")), "no", 1},
		{"targeted ads denied", "behavioral-marketing", built(func(r *Report, at func(string, string) []int) {
			r.Findings[0].Negated = true
		}, finds("purpose", "targeted-advertising", "targeted advertising"), finds("purpose", "marketing", "marketing")), "no", 1},
		{"targeted ads denied to children only", "behavioral-marketing", built(func(r *Report, at func(string, string) []int) {
			r.Findings[0].Negated = true
			r.Findings[1].Sentence = r.Findings[0].Sentence
		}, finds("purpose", "targeted-advertising", "personalized advertising"), finds("children", "children", "children under 16")), "no", 0},
		{"all advertising denied", "behavioral-marketing", built(func(r *Report, at func(string, string) []int) {
			r.Findings[0].Negated = true
		}, finds("purpose", "advertising", "free of advertising")), "no", 1},
		{"targeted ads denied under a condition", "behavioral-marketing", built(func(r *Report, at func(string, string) []int) {
			r.Findings[0].Negated = true
			r.Findings[0].Condition = "unless you consent"
		}, finds("purpose", "targeted-advertising", "personalised ads")), "no", 0},
		{"targeted ads denied, and advertisers", "behavioral-marketing", built(func(r *Report, at func(string, string) []int) {
			r.Findings[0].Negated = true
			r.Sharing.Recipients = []Recipient{recipient("advertisers", true, at("share", "advertisers"))}
		}, finds("purpose", "targeted-advertising", "targeted advertising"), finds("share", "advertisers", "advertisers")), "no", 2},
		{"advertisers named once, aggregate", "behavioral-marketing", built(func(r *Report, at func(string, string) []int) {
			r.Sharing.Recipients = []Recipient{recipient("advertisers", false, at("share", "advertisers"))}
		}, finds("share", "advertisers", "advertisers")), "no", 0},
		{"interest-based ads, no way out", "behavioral-marketing", built(func(r *Report, at func(string, string) []int) {
			r.Sharing.Recipients = []Recipient{recipient("advertisers", false, at("share", "advertisers"))}
		}, finds("share", "advertisers", "interest-based advertising")), "yes", 1},
		{"targeted purpose, cookie controls", "behavioral-marketing", built(func(r *Report, at func(string, string) []int) {
			r.Purposes = []Purpose{{ID: "advertising", Targeted: true, Evidence: at("practice", "purpose")}}
			r.Rights = []Right{{ID: "cookie-control", Evidence: at("right", "cookie-control")}}
		}, finds("practice", "purpose", "to show you ads"), finds("right", "cookie-control", "disable cookies")), "yes-opt-out", 2},
		{"untargeted advertising purpose", "behavioral-marketing", built(func(r *Report, at func(string, string) []int) {
			r.Purposes = []Purpose{{ID: "advertising", Evidence: at("practice", "purpose")}}
		}, finds("practice", "purpose", "to show ads")), "no", 0},
		{"industry opt-out pages", "behavioral-marketing", built(func(r *Report, at func(string, string) []int) {
			r.Rights = []Right{{ID: "opt-out-marketing", How: []string{industry}, Evidence: at("right", "opt-out-marketing")}}
		}, finds("right", "opt-out-marketing", "opt out")), "yes-opt-out", 1},
		{"ads only with consent", "behavioral-marketing", built(func(r *Report, at func(string, string) []int) {
			r.Sharing.Recipients = []Recipient{recipient("advertisers", false, at("share", "advertisers"))}
			r.Rights = []Right{{ID: "objection", Evidence: at("right", "objection")}}
		}, finds("share", "advertisers", "advertising partners|with your consent", "ad networks|if you opt in"), finds("right", "objection", "object")), "yes-opt-in", 2},
		{"an opt-out of targeted ads", "behavioral-marketing", built(func(r *Report, at func(string, string) []int) {
			r.Rights = []Right{{ID: "opt-out-marketing", Evidence: at("right", "opt-out-marketing")}}
		}, finds("right", "opt-out-marketing", "unsubscribe from our newsletter", "opt out of interest-based ads")), "yes-opt-out", 1},
		{"a link to the ad industry's opt-out site", "behavioral-marketing", built(func(r *Report, at func(string, string) []int) {
			r.Rights = []Right{{ID: "opt-out-marketing", How: []string{"http://optout.aboutads.info/"}, Evidence: at("right", "opt-out-marketing")}}
		}, finds("right", "opt-out-marketing", "opt-out")), "yes-opt-out", 1},
		{"untargeted ads are no targeted ads", "behavioral-marketing", built(func(r *Report, at func(string, string) []int) {
			r.Rights = []Right{{ID: "opt-out-marketing", Evidence: at("right", "opt-out-marketing")}}
		}, finds("right", "opt-out-marketing", "you will continue to receive generic, untargeted ads")), "no", 0},
		{"an opt-out of newsletters only", "behavioral-marketing", built(func(r *Report, at func(string, string) []int) {
			r.Rights = []Right{{ID: "opt-out-marketing", Evidence: at("right", "opt-out-marketing")}}
		}, finds("right", "opt-out-marketing", "unsubscribe from our newsletter")), "no", 0},
		{"advertising ID", "behavioral-marketing", built(func(r *Report, at func(string, string) []int) {
			r.DataTypes = []DataType{{ID: "advertising-id", Collected: true, Evidence: at("collect", "advertising-id")}}
		}, finds("collect", "advertising-id", "IDFA")), "yes", 1},

		// data-deletion
		{"no deletion", "data-deletion", built(nil, finds("collect", "email", "email")), "no", 0},
		{"delete in settings", "data-deletion", built(func(r *Report, at func(string, string) []int) {
			r.Rights = []Right{{ID: "deletion", How: []string{contact, settings}, Evidence: at("right", "deletion")}}
		}, finds("right", "deletion", "delete your account")), "yes-automated", 1},
		{"delete by request", "data-deletion", built(func(r *Report, at func(string, string) []int) {
			r.Rights = []Right{{ID: "deletion", How: []string{contact}, Evidence: at("right", "deletion")}}
		}, finds("right", "deletion", "request deletion")), "yes-contact", 1},
		{"delete, no way named", "data-deletion", built(func(r *Report, at func(string, string) []int) {
			r.Rights = []Right{{ID: "deletion", Evidence: at("right", "deletion")}}
		}, finds("right", "deletion", "right to erasure")), "yes-contact", 1},

		// law-enforcement
		{"law not mentioned", "law-enforcement", built(nil, finds("collect", "email", "email")), "unspecified", 0},
		{"as required by law", "law-enforcement", built(func(r *Report, at func(string, string) []int) {
			r.Sharing.Recipients = []Recipient{recipient("law-enforcement", false, at("share", "law-enforcement"))}
		}, finds("share", "law-enforcement", "subpoena", "required by law")), "reasonable", 2},
		{"court orders only", "law-enforcement", built(func(r *Report, at func(string, string) []int) {
			r.Sharing.Recipients = []Recipient{recipient("law-enforcement", false, at("share", "law-enforcement"))}
		}, finds("share", "law-enforcement", "valid subpoena", "Court Order")), "strict", 2},

		// third-party-collection
		{"no sources", "third-party-collection", built(nil, finds("collect", "email", "email")), "no", 0},
		{"data brokers", "third-party-collection", built(func(r *Report, at func(string, string) []int) {
			r.Sources = []Item{{ID: "data-brokers", Evidence: at("source", "data-brokers")}}
		}, finds("source", "data-brokers", "data brokers")), "yes", 1},
		{"social profile", "third-party-collection", built(func(r *Report, at func(string, string) []int) {
			r.DataTypes = []DataType{{ID: "social-profile", Collected: true, Evidence: at("collect", "social-profile")}}
		}, finds("collect", "social-profile", "Facebook profile when you sign in")), "yes", 1},

		// list-collected
		{"nothing collected", "list-collected", built(nil, finds("share", "advertisers", "advertisers")), "no", 0},
		{"only personal information", "list-collected", built(func(r *Report, at func(string, string) []int) {
			r.DataTypes = []DataType{{ID: "personal-info", Collected: true, Evidence: at("collect", "personal-info")}}
		}, finds("collect", "personal-info", "personal information")), "summarily", 1},
		{"a few kinds", "list-collected", built(func(r *Report, at func(string, string) []int) {
			for _, id := range []string{"email", "name", "ip-address"} {
				r.DataTypes = append(r.DataTypes, DataType{ID: id, Collected: true, Evidence: at("collect", id)})
			}
			r.DataTypes = append(r.DataTypes, DataType{ID: "health", Shared: true, Evidence: at("share", "health")})
		}, finds("collect", "email", "email"), finds("collect", "name", "name"), finds("collect", "ip-address", "IP address"), finds("share", "health", "health")), "generally", 3},

		// data-collection-reasoning
		{"no purpose", "data-collection-reasoning", built(nil, finds("collect", "email", "email")), "no", 0},
		{"statements of purpose", "data-collection-reasoning", built(nil, finds("practice", "purpose", "to", "to", "to", "to", "to")), "mostly", 5},
		{"one statement", "data-collection-reasoning", built(nil, finds("practice", "purpose", "to")), "somewhat", 1},
		{"six purposes", "data-collection-reasoning", built(func(r *Report, at func(string, string) []int) {
			for i, id := range []string{"service", "security", "legal", "analytics", "marketing", "personalization", "other"} {
				r.Purposes = append(r.Purposes, Purpose{ID: id, Evidence: []int{i}})
			}
		}, finds("practice", "purpose", "a", "b", "c", "d", "e", "f", "g")), "yes", 7},
		{"three purposes", "data-collection-reasoning", built(func(r *Report, at func(string, string) []int) {
			for i, id := range []string{"service", "security", "legal", "other"} {
				r.Purposes = append(r.Purposes, Purpose{ID: id, Evidence: []int{i}})
			}
		}, finds("practice", "purpose", "a", "b", "c", "d")), "mostly", 4},
		{"one purpose", "data-collection-reasoning", built(func(r *Report, at func(string, string) []int) {
			r.Purposes = []Purpose{{ID: "other", Evidence: []int{0}}}
		}, finds("practice", "purpose", "a", "b", "c", "d", "e", "f")), "somewhat", 1},

		// noncritical-purposes
		{"no choices", "noncritical-purposes", built(nil, finds("collect", "email", "email")), "no", 0},
		{"unsubscribe", "noncritical-purposes", built(func(r *Report, at func(string, string) []int) {
			r.Rights = []Right{{ID: "opt-out-marketing", Evidence: at("right", "opt-out-marketing")}}
		}, finds("right", "opt-out-marketing", "unsubscribe")), "opt-out-some", 1},
		{"every kind of opt-out", "noncritical-purposes", built(func(r *Report, at func(string, string) []int) {
			for _, id := range []string{"opt-out-marketing", "cookie-control", "opt-out-sale", "objection"} {
				r.Rights = append(r.Rights, Right{ID: id, Evidence: at("right", id)})
			}
		}, finds("right", "opt-out-marketing", "unsubscribe"), finds("right", "cookie-control", "disable cookies"),
			finds("right", "opt-out-sale", "opt out of targeted advertising"), finds("right", "objection", "object")), "opt-out-all", 4},
		{"opt-out of sale is not of ads", "noncritical-purposes", built(func(r *Report, at func(string, string) []int) {
			for _, id := range []string{"opt-out-marketing", "cookie-control", "opt-out-sale", "objection"} {
				r.Rights = append(r.Rights, Right{ID: id, Evidence: at("right", id)})
			}
		}, finds("right", "opt-out-marketing", "unsubscribe"), finds("right", "cookie-control", "disable cookies"),
			finds("right", "opt-out-sale", "do not sell my personal information"), finds("right", "objection", "object")), "opt-out-some", 4},
		{"only critical uses", "noncritical-purposes", built(func(r *Report, at func(string, string) []int) {
			r.Purposes = []Purpose{{ID: "service", Evidence: []int{0}}, {ID: "security", Evidence: []int{1}}}
		}, finds("practice", "purpose", "a", "b")), "na", 2},
		{"critical uses but analytics", "noncritical-purposes", built(func(r *Report, at func(string, string) []int) {
			r.Purposes = []Purpose{{ID: "service", Evidence: []int{0}}}
			r.Sharing.Recipients = []Recipient{recipient("analytics", false, at("share", "analytics"))}
		}, finds("practice", "purpose", "a"), finds("share", "analytics", "Google Analytics")), "no", 0},

		// data-breaches
		{"breach unstated", "data-breaches", built(nil, finds("collect", "email", "email")), "no", 0},
		{"breach, no delay", "data-breaches", built(func(r *Report, at func(string, string) []int) {
			r.Breach = Breach{Notify: "yes", Evidence: at("security", "breach")}
		}, finds("security", "breach", "notify you of a breach")), "eventually", 1},
		{"breach within 72 hours", "data-breaches", built(func(r *Report, at func(string, string) []int) {
			r.Breach = Breach{Notify: "yes", Within: "72 hours", Evidence: at("security", "breach")}
		}, finds("security", "breach", "notify you")), "yes-72", 1},
		{"breach within 30 days", "data-breaches", built(func(r *Report, at func(string, string) []int) {
			r.Breach = Breach{Notify: "yes", Within: "30 days", Evidence: at("security", "breach")}
		}, finds("security", "breach", "notify you")), "eventually", 1},
		{"breach not told", "data-breaches", built(func(r *Report, at func(string, string) []int) {
			r.Breach = Breach{Notify: "no", Evidence: at("security", "breach")}
		}, finds("security", "breach", "notify you")), "no", 0},

		// security
		{"no security", "security", built(nil, finds("collect", "email", "email")), "no", 0},
		{"reasonable safeguards", "security", built(nil, finds("security", "safeguards", "reasonable safeguards"), finds("security", "no-guarantee", "100% secure")), "somewhat", 1},
		{"encryption", "security", built(nil, finds("security", "encryption", "SSL"), finds("security", "safeguards", "safeguards")), "yes", 1},
		{"audits", "security", built(nil, finds("security", "encryption", "TLS"), finds("security", "technical", "regular security audits")), "yes-audits", 2},
		{"independent audits", "security", built(nil, finds("security", "technical", "SOC 2")), "yes-independent-audits", 1},
		{"audit denied", "security", built(nil, finds("security", "technical", "security audits"), []Finding{{Kind: "security", ID: "encryption", Negated: true, Text: "encrypted"}}), "yes-audits", 1},

		// revision-notify
		{"changes unstated", "revision-notify", built(nil, finds("collect", "email", "email")), "no", 0},
		{"changes posted", "revision-notify", built(func(r *Report, at func(string, string) []int) {
			r.Changes = Changes{Mentioned: true, Notice: []string{"posted"}, Evidence: at("change", "notice-posted")}
		}, finds("change", "notice-posted", "post the new policy")), "no", 0},
		{"changes by email", "revision-notify", built(func(r *Report, at func(string, string) []int) {
			r.Changes = Changes{Mentioned: true, Notice: []string{"posted", "email"}, Evidence: append(at("change", "notice-posted"), at("change", "notice-email")...)}
		}, finds("change", "notice-posted", "post"), finds("change", "notice-email", "email you")), "yes", 1},

		// history
		{"no date", "history", built(nil, finds("collect", "email", "email")), "no", 0},
		{"last updated", "history", built(func(r *Report, at func(string, string) []int) {
			r.Updated = Updated{Date: "2021-04-01", Text: "April 1, 2021", Evidence: at("practice", "updated")}
		}, finds("practice", "updated", "Last updated: April 1, 2021")), "last-modified", 1},
		{"date line found as a change", "history", built(nil, finds("change", "change", "changes to this policy", "Last Updated")), "last-modified", 1},
		{"changes, no date", "history", built(nil, finds("change", "change", "changes to this policy")), "no", 0},
		{"earlier versions offered", "history", built(func(r *Report, at func(string, string) []int) {
			r.Updated = Updated{Date: "2020-01-01", Text: "January 1, 2020", Evidence: at("change", "change")}
		}, finds("change", "change", "Last updated", "review previous versions")), "yes", 1},
		{"an archive of earlier policies linked", "history", built(func(r *Report, at func(string, string) []int) {
			r.Updated = Updated{Date: "2020-01-01", Text: "January 1, 2020", Evidence: at("change", "change")}
		}, finds("change", "change", "Last updated", "Archive of Earlier Privacy Policies")), "yes", 1},
		{"the prior policy offered", "history", built(func(r *Report, at func(string, string) []int) {
			r.Updated = Updated{Date: "2020-01-01", Text: "January 1, 2020", Evidence: at("change", "change")}
		}, finds("change", "change", "Last updated", "see the prior policy")), "yes", 1},
	}
	for _, tt := range tests {
		t.Run(tt.slug+"/"+tt.name, func(t *testing.T) {
			addRubric(tt.report)
			i := slices.IndexFunc(tt.report.Rubric.Items, func(it RubricItem) bool { return it.ID == tt.slug })
			if i < 0 {
				t.Fatalf("no item %s in %+v", tt.slug, tt.report.Rubric)
			}
			it := tt.report.Rubric.Items[i]
			if it.Answer != tt.want || len(it.Evidence) != tt.evidence {
				t.Errorf("answer %s with %d findings %v, want %s with %d", it.Answer, len(it.Evidence), it.Evidence, tt.want, tt.evidence)
			}
			for _, e := range it.Evidence {
				if e < 0 || e >= len(tt.report.Findings) {
					t.Errorf("evidence %d out of range", e)
				}
			}
		})
	}
}

// TestRubricScore checks PrivacySpy's formula on the best and worst answers
// and on a silent policy, and that every item carries its question's texts.
func TestRubricScore(t *testing.T) {
	r := built(nil, finds("collect", "email", "email"))
	addRubric(r)
	if len(r.Rubric.Items) != 12 {
		t.Fatalf("%d items", len(r.Rubric.Items))
	}
	// Silent on everything: list-collected "no" (the one finding is a
	// collection, but of unnamed data), third-party-access, behavioral-marketing
	// and third-party-collection "no" (100% of 10 each); the rest at 0%.
	var want float64 = 10 * (10 + 10 + 10) / 90.0
	if r.Rubric.Score != float64(int(want*10+0.5))/10 {
		t.Errorf("score %v, want %.1f", r.Rubric.Score, want)
	}
	for _, it := range r.Rubric.Items {
		if it.Question == "" || it.AnswerText == "" || it.Points == 0 || it.Evidence == nil {
			t.Errorf("incomplete item %+v", it)
		}
	}
	sum := 0
	for _, q := range rubricData().Questions {
		sum += q.Points
	}
	if sum != 90 {
		t.Errorf("points add up to %d, PrivacySpy's to 90", sum)
	}
}

// TestRubricNotAPolicy: text that is not a policy gets no rubric.
func TestRubricNotAPolicy(t *testing.T) {
	for _, text := range []string{"", strings.Repeat("The quick brown fox jumps over the lazy dog and runs into the forest. ", 8)} {
		r := Analyze(text)
		if len(r.Rubric.Items) != 0 || r.Rubric.Score != 0 || r.Rubric.Items == nil {
			t.Errorf("%.20q: rubric %+v, want none", text, r.Rubric)
		}
	}
	r := Analyze("We collect your email address and share it with advertisers.")
	if len(r.Rubric.Items) != 12 {
		t.Errorf("a one-line policy: %d rubric items, want 12", len(r.Rubric.Items))
	}
}

// TestRubricCorpus answers the rubric for every seed and TOSBack policy:
// twelve items with PrivacySpy's ids, evidence in range, a score from 0 to
// 10 that the formula gives, and the seeds' answers as in
// testdata/rubric/seeds.golden (answers only: the seeds' text stays out).
func TestRubricCorpus(t *testing.T) {
	files := append(corpusFiles(t, "seeds", "*.txt"), corpusFiles(t, "tosback", "*.md")...)
	d := rubricData()
	var golden strings.Builder
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		r := Analyze(string(b))
		name := filepath.Base(path)
		if len(r.Rubric.Items) != len(d.Questions) {
			t.Errorf("%s: %d rubric items", name, len(r.Rubric.Items))
			continue
		}
		var got, total float64
		for i, it := range r.Rubric.Items {
			q := d.Questions[i]
			if it.ID != q.Slug {
				t.Errorf("%s: item %d is %s, want %s", name, i, it.ID, q.Slug)
			}
			got += float64(q.Points*q.option(it.Answer).Percent) / 100
			total += float64(q.Points)
			for _, e := range it.Evidence {
				if e < 0 || e >= len(r.Findings) {
					t.Errorf("%s: %s cites finding %d of %d", name, it.ID, e, len(r.Findings))
				}
			}
		}
		if s := r.Rubric.Score; s < 0 || s > 10 || s != float64(int(100*got/total+0.5))/10 {
			t.Errorf("%s: score %v, formula gives %.2f", name, s, 10*got/total)
		}
		if strings.HasSuffix(name, ".txt") {
			golden.WriteString(name + " " + strconv.FormatFloat(r.Rubric.Score, 'f', 1, 64) + "\n")
			for _, it := range r.Rubric.Items {
				golden.WriteString("  " + it.ID + ": " + it.Answer + " " + strconv.Itoa(len(it.Evidence)) + "\n")
			}
		}
	}
	path := filepath.Join("testdata", "rubric", "seeds.golden")
	if *update {
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(golden.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./analyzer -run TestRubricCorpus -update)", err)
	}
	if golden.String() != string(want) {
		t.Errorf("seed answers differ from %s (run with -update and read the diff):\n%s", path, golden.String())
	}
}

// addRubric answers the rubric of r as the pipeline does.
func addRubric(r *Report) { addRubricOf(r, "", aggregateOnly(r)) }

// TestRubricFromText answers from whole policies the questions that read a
// finding's sentence or its neighbours, not only its words: security
// checked in the sentence of a measure, ads with words of targeting after
// them, an analytics service that is no source of data about the reader,
// a social handle that is no social network's data, a court's order
// beside the law's other grounds, and protecting data's security, which
// names no measure.
func TestRubricFromText(t *testing.T) {
	const intro = "Privacy Policy\n\nWe collect your email address and your IP address when you use the app.\n\n"
	tests := []struct {
		name, slug, text, want string
	}{
		{"reviews of a measure's practices", "security", "We carry out regular internal reviews of our storage practices and security measures, including encryption of data at rest.", "yes-audits"},
		{"a measure without a check", "security", "We use encryption to protect the data we store.", "yes"},
		{"audits as a use of data", "security", "We may use your data to conduct audits and to encrypt your payments.", "yes"},
		{"the security of data protected, no measure named", "security", "We will take reasonable steps to protect the security and integrity of your personal information.", "somewhat"},
		{"confidentiality kept by staff", "security", "Our staff keep your personal information confidential.", "yes"},
		{"ads tailored after them", "behavioral-marketing", "Our partners may use this data to show advertisements in the app and on other sites tailored to your interests.", "yes"},
		{"tailoring before the ads", "behavioral-marketing", "To offer more tailored recommendations, we may receive data from advertising networks that help us run our ads.", "no"},
		{"analytics is no source", "third-party-collection", "We use Google Analytics to analyse the use of our website.", "no"},
		{"a source besides analytics", "third-party-collection", "We use Google Analytics to analyse the use of our website. We may also receive information about you from our business partners.", "yes"},
		{"a social handle the reader lists", "third-party-collection", "When you register for an event we ask for your name, your job title and your Twitter handle.", "no"},
		{"a social network signed in with", "third-party-collection", "If you sign in with Facebook, we receive your Facebook profile picture and friend list.", "yes"},
		{"a court's order only", "law-enforcement", "We do not share your information with anyone, except when a valid subpoena or court order compels us.", "strict"},
		{"good faith beside a subpoena", "law-enforcement", "We may disclose your information to the police if we believe in good faith that it is needed to answer a subpoena.", "reasonable"},
		{"other legal requirements beside a warrant", "law-enforcement", "We may disclose your information to the authorities in response to warrants or other legal requirements.", "reasonable"},
		{"our ads shown on other sites after a visit", "behavioral-marketing", "We use cookies to help deliver ads for our products to you when you visit our site and then visit certain third-party websites.", "yes"},
		{"ads in the app only", "behavioral-marketing", "We use cookies to help deliver ads for our products to you in the app.", "no"},
		{"targeting denied", "behavioral-marketing", "We show advertisements in the app, but they are not tailored to your interests and we do not use targeted advertising.", "no"},
	}
	for _, tt := range tests {
		r := Analyze(intro + tt.text)
		got := ""
		for _, it := range r.Rubric.Items {
			if it.ID == tt.slug {
				got = it.Answer
			}
		}
		if got != tt.want {
			t.Errorf("%s: %s = %q, want %q", tt.name, tt.slug, got, tt.want)
		}
	}
}
