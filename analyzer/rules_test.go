package analyzer

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
)

// TestRuleFiles checks the embedded rules: they compile, use only the
// pattern syntax the engine knows, and data types use the OPP-115 groups
// (plus the few extra groups the README documents).
func TestRuleFiles(t *testing.T) {
	lx := rules()
	groups := map[string]bool{
		"computer-info": true, "contact": true, "cookies-tracking": true, "demographic": true, "financial": true,
		"generic-personal": true, "health": true, "ip-device-ids": true, "location": true, "personal-identifier": true,
		"social-media": true, "survey": true, "online-activities": true, "user-profile": true,
		"biometric": true, "user-content": true, "unspecified": true,
	}
	for w, name := range lexicon.WordSetNames {
		some := false
		for id := range lx.WordSets {
			some = some || lx.InSet(int32(id), lexicon.WordSet(w))
		}
		if lx.ByClass["words"][name] == nil || !some {
			t.Errorf("rules/%s/words.json lacks the word set %q the engine uses", language, name)
		}
	}
	for g, name := range lexicon.GrammarNames {
		if lx.ByClass["grammar"][name] == nil || len(lx.GWords[g]) == 0 {
			t.Errorf("rules/%s/grammar.json lacks the grammar set %q the engine uses", language, name)
		}
	}
	for g, name := range lexicon.GroupNames[1:] {
		some := false
		for _, e := range lx.Entries {
			some = some || e.Group == name && e.Grp == lexicon.DataGroup(g+1)
		}
		if !some {
			t.Errorf("rules/%s have no entry of the group %q the engine uses", language, name)
		}
	}
	for k, name := range lexicon.CategoryNames[1:] {
		some := false
		for _, e := range lx.Entries {
			some = some || e.Category == name && e.Cat == lexicon.Category(k+1)
		}
		if !some {
			t.Errorf("rules/%s have no entry of the category %q the engine uses", language, name)
		}
	}
	for r, k := range lexicon.KnownRules {
		if lx.Refs[r] < 0 {
			t.Errorf("rules/%s lack the rule %s/%s the engine uses", language, k.Class, k.ID)
		}
	}
	for _, e := range lx.Entries {
		if e.Class == "datatype" && !groups[e.Group] {
			t.Errorf("data type %s has unknown group %q", e.ID, e.Group)
		}
		if (e.Class == "datatype" || e.Class == "recipient" || e.Class == "right") && e.Name == "" {
			t.Errorf("%s/%s has no name", e.Class, e.ID)
		}
		// OPP-115 has no category for a complaint to a regulator, nor for
		// the promise of no penalty for using one's rights (no choice of
		// the reader's, nor access): "other".
		if e.Class == "right" && e.Category != "user-access" && e.Category != "user-choice" && !((e.ID == "complaint" || e.ID == "non-discrimination") && e.Category == "other") {
			t.Errorf("right %s has category %q", e.ID, e.Category)
		}
	}
	src, err := lexicon.ReadRuleFiles(os.DirFS("rules"), language)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range src {
		for _, p := range e.Patterns {
			bare := strings.ReplaceAll(strings.TrimPrefix(strings.TrimPrefix(p, "~"), "^"), "[{name}]", "")
			if strings.ContainsAny(bare, "?*+{}\\.^$") {
				t.Errorf("%s/%s: pattern %q uses regular-expression syntax; use (a|b), [optional] and [{name}]", e.Class, e.ID, p)
			}
		}
	}
	// A collect or share finding is a data type or a recipient by its id
	// alone (a source "social media sites" becomes social media data).
	for id := range lx.ByClass["recipient"] {
		if lx.ByClass["datatype"][id] != nil {
			t.Errorf("%s is both a recipient and a data type", id)
		}
	}
	for _, id := range []string{"service-providers", "affiliates", "advertisers", "analytics", "business-partners",
		"social-networks", "law-enforcement", "business-transfer", "public", "other-third-parties"} {
		if lx.ByClass["recipient"][id] == nil {
			t.Errorf("recipient %s missing", id)
		}
	}
	// Purposes and sources carry the ids the report documents; a purpose
	// entry reports under its group, an entry of its own (targeted
	// advertising is advertising).
	purposes, sources := map[string]bool{}, map[string]bool{}
	for _, n := range IDs().Purposes {
		purposes[n.ID] = n.Name != ""
	}
	for _, n := range IDs().Sources {
		sources[n.ID] = n.Name != ""
	}
	for _, want := range []struct {
		what string
		got  map[string]bool
		ids  []string
	}{
		{"purpose", purposes, []string{"advertising", "marketing", "analytics", "personalization", "service", "security", "legal", "research", "limited", "other"}},
		{"source", sources, []string{"social-networks", "data-brokers", "partners", "public", "other"}},
	} {
		if len(want.got) != len(want.ids) {
			t.Errorf("%ss: %v, want %v", want.what, want.got, want.ids)
		}
		for _, id := range want.ids {
			if !want.got[id] {
				t.Errorf("%s %s missing or without a name", want.what, id)
			}
		}
	}
	for _, e := range lx.ByClass["purpose"] {
		if g := lx.ByClass["purpose"][e.Group]; g == nil || g.Group != g.ID {
			t.Errorf("purpose %s: its group %q is no purpose of its own", e.ID, e.Group)
		}
	}
	for id, e := range lx.ByClass["month"] {
		if n, err := strconv.Atoi(id); err != nil || n < 1 || n > 12 || e.Name == "" {
			t.Errorf("month %q: its id must be its number, 1 to 12, with a name", id)
		}
	}
	for _, id := range []string{"access", "correction", "deletion", "portability", "restriction", "objection",
		"opt-out-marketing", "opt-out-sale", "limit-sensitive", "withdraw-consent", "complaint", "non-discrimination", "cookie-control"} {
		if lx.ByClass["right"][id] == nil {
			t.Errorf("right %s missing", id)
		}
	}
}

// TestExplainedAhead checks that the explanations written when the rules
// compile are those explain would write for the finding.
func TestExplainedAhead(t *testing.T) {
	lx := rules()
	n := 0
	for i := range lx.Entries {
		e := &lx.Entries[i]
		for _, kind := range []string{"collect", "share", "right", "sale", "security", "purpose", "source"} {
			for _, negated := range []bool{false, true} {
				f := &Finding{Kind: kind, ID: e.ID, Negated: negated}
				if got, want := explain(f, e), explainText(f, e); got != want {
					t.Fatalf("%s/%s %s negated=%v: explain = %q, want %q", e.Class, e.ID, kind, negated, got, want)
				}
				if explainedAt(kind, e.Class, negated) >= 0 && e.Explained[explainedAt(kind, e.Class, negated)] != "" {
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no explanation was written ahead")
	}
}

// TestSafeguardName holds SafeguardName to the catalog's safeguards.
func TestSafeguardName(t *testing.T) {
	safeguards := IDs().Safeguards
	if len(safeguards) == 0 {
		t.Fatal("no safeguards in the catalog")
	}
	for _, n := range safeguards {
		if got := SafeguardName(n.ID); got != n.Name {
			t.Errorf("SafeguardName(%q) = %q, want %q", n.ID, got, n.Name)
		}
	}
	for _, id := range []string{"international", "", "no-such-safeguard"} {
		if got := SafeguardName(id); got != "" {
			t.Errorf("SafeguardName(%q) = %q, want none", id, got)
		}
	}
}
