package analyzer

import (
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
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
	for w, name := range wordSetNames {
		if lx.byClass["words"][name] == nil || len(lx.sets[w]) == 0 {
			t.Errorf("rules/%s/words.json lacks the word set %q the engine uses", language, name)
		}
	}
	for g, name := range grammarNames {
		if lx.byClass["grammar"][name] == nil || len(lx.grammar[g].words) == 0 {
			t.Errorf("rules/%s/grammar.json lacks the grammar set %q the engine uses", language, name)
		}
	}
	for r, k := range knownRules {
		if lx.refs[r] < 0 {
			t.Errorf("rules/%s lack the rule %s/%s the engine uses", language, k.class, k.id)
		}
	}
	for _, e := range lx.entries {
		if e.Class == "datatype" && !groups[e.Group] {
			t.Errorf("data type %s has unknown group %q", e.ID, e.Group)
		}
		if (e.Class == "datatype" || e.Class == "recipient" || e.Class == "right") && e.Name == "" {
			t.Errorf("%s/%s has no name", e.Class, e.ID)
		}
		// OPP-115 has no category for a complaint to a regulator: "other".
		if e.Class == "right" && e.Category != "user-access" && e.Category != "user-choice" && !(e.ID == "complaint" && e.Category == "other") {
			t.Errorf("right %s has category %q", e.ID, e.Category)
		}
		for _, p := range e.Patterns {
			if strings.ContainsAny(strings.TrimPrefix(strings.TrimPrefix(p, "~"), "^"), "?*+{}\\.^$") {
				t.Errorf("%s/%s: pattern %q uses regular-expression syntax; use (a|b) and [optional]", e.Class, e.ID, p)
			}
		}
	}
	// A collect or share finding is a data type or a recipient by its id
	// alone (a source "social media sites" becomes social media data).
	for id := range lx.byClass["recipient"] {
		if lx.byClass["datatype"][id] != nil {
			t.Errorf("%s is both a recipient and a data type", id)
		}
	}
	for _, id := range []string{"service-providers", "affiliates", "advertisers", "analytics", "business-partners",
		"social-networks", "law-enforcement", "business-transfer", "public", "other-third-parties"} {
		if lx.byClass["recipient"][id] == nil {
			t.Errorf("recipient %s missing", id)
		}
	}
	for _, id := range []string{"access", "correction", "deletion", "portability", "restriction", "objection",
		"opt-out-marketing", "opt-out-sale", "limit-sensitive", "withdraw-consent", "complaint", "non-discrimination", "cookie-control"} {
		if lx.byClass["right"][id] == nil {
			t.Errorf("right %s missing", id)
		}
	}
}

func TestPatterns(t *testing.T) {
	tests := []struct {
		pattern string
		match   []string // texts the pattern matches whole
		miss    []string // texts it does not match
		err     bool
	}{
		{"a b", []string{"a b", "A B"}, []string{"a", "a, b", "b a"}, false},
		{"(a|b) c", []string{"a c", "b c"}, []string{"c", "a b c"}, false},
		{"a [b]", []string{"a b", "a"}, nil, false},
		{"(x (y|z)|w) v", []string{"x y v", "x z v", "w v"}, []string{"x v"}, false},
		{"(share|shares|shared) it", []string{"sharing it", "shared it"}, nil, false},
		{"[your] (e-mail|email) [address]", []string{"email", "your e-mail address", "e-mail"}, []string{"your"}, false},
		{"a, (b|c) d", []string{"a, b d", "a b d", "a, c d"}, []string{"a; b d", "a, b, d", "a. b d"}, false},
		{"a b, [c] d", []string{"a b, c d", "a b, d", "a b d"}, []string{"a, b d"}, false},
		{"(a, b|c) d", nil, nil, true},
		{"(a|b", nil, nil, true},
		{"a)", nil, nil, true},
		{"(a]", nil, nil, true},
		{"[a]", nil, nil, true},
		{"a?", nil, nil, true},
	}
	for _, tt := range tests {
		src := `[{"class":"c","entries":[{"id":"x","patterns":[` + strconv.Quote(tt.pattern) + `]}]}]`
		lx, err := compileRules(fstest.MapFS{"rules/x.json": {Data: []byte(src)}}, "rules")
		if (err != nil) != tt.err {
			t.Fatalf("%q: error = %v, want error %v", tt.pattern, err, tt.err)
		}
		if err != nil {
			continue
		}
		whole := func(text string) bool {
			tz := tokenizer{words: &lx.words}
			toks := tz.tokenize(text, nil)
			for _, h := range lx.match(toks, nil) {
				if h.from == 0 && int(h.to) == len(toks) {
					return true
				}
			}
			return false
		}
		for _, m := range tt.match {
			if !whole(m) {
				t.Errorf("%q does not match %q", tt.pattern, m)
			}
		}
		for _, m := range tt.miss {
			if whole(m) {
				t.Errorf("%q matches %q", tt.pattern, m)
			}
		}
	}
}

// TestPatternAnchor checks "^": a match only where a line, sentence or
// clause starts.
func TestPatternAnchor(t *testing.T) {
	src := `[{"class":"c","entries":[{"id":"x","patterns":["^a b"]}]}]`
	lx, err := compileRules(fstest.MapFS{"rules/x.json": {Data: []byte(src)}}, "rules")
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]bool{
		"a b": true, "x y\n- a b": true, "x y.  a b": true, "x; a b": true, "x y\n   *   a b": true,
		"x a b": false, "x, a b": false, "x (a b)": false,
	} {
		tz := tokenizer{words: &lx.words}
		toks := tz.tokenize(text, nil)
		if got := len(lx.match(toks, nil)) > 0; got != want {
			t.Errorf("^a b in %q: match %v, want %v", text, got, want)
		}
	}
}

func TestCompileRulesErrors(t *testing.T) {
	tests := map[string]string{
		"no class":  `[{"entries":[{"id":"x","patterns":["a"]}]}]`,
		"no id":     `[{"class":"c","entries":[{"patterns":["a"]}]}]`,
		"duplicate": `[{"class":"c","entries":[{"id":"x","patterns":["a"]},{"id":"x","patterns":["b"]}]}]`,
		"bad group": `[{"class":"c","entries":[{"id":"x","patterns":["(a"]}]}]`,
		"not json":  `{`,
	}
	for name, src := range tests {
		fsys := fstest.MapFS{"rules/x.json": {Data: []byte(src)}}
		if _, err := compileRules(fsys, "rules"); err == nil {
			t.Errorf("%s: compileRules accepted %s", name, src)
		}
	}
}

func TestStem(t *testing.T) {
	same := [][]string{
		{"party", "parties"}, {"share", "shares", "shared", "sharing"}, {"cookie", "cookies"},
		{"address", "addresses"}, {"collect", "collects", "collected", "collecting"}, {"process", "processes", "processed"},
	}
	for _, group := range same {
		first := string(stem([]byte(group[0])))
		for _, w := range group[1:] {
			if got := string(stem([]byte(w))); got != first {
				t.Errorf("stem(%q) = %q, stem(%q) = %q; want equal", group[0], first, w, got)
			}
		}
	}
	if string(stem([]byte("us"))) == string(stem([]byte("use"))) {
		t.Error(`"us" and "use" must not meet`)
	}
}

// TestVocabTable checks that every vocabulary word looks up to its id and
// that other words find nothing.
func TestVocabTable(t *testing.T) {
	lx := rules()
	for w, id := range lx.vocab {
		if got := lx.words.lookup([]byte(w)); got != id {
			t.Errorf("lookup(%q) = %d, want %d", w, got, id)
		}
	}
	for _, w := range []string{"", "zzzzqx", "emailx", "e", strings.Repeat("a", 300)} {
		if _, ok := lx.vocab[w]; !ok {
			if got := lx.words.lookup([]byte(w)); got != 0 {
				t.Errorf("lookup(%q) = %d, want 0", w, got)
			}
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct {
		s, needle string
		index     int
		suffix    bool
	}{
		{"We collect the FOLLOWING:", "following", 15, false},
		{"the Following data", "following", 4, false},
		{"follow", "following", -1, false},
		{"", "following", -1, false},
		{"Such data may include", "include", 14, true},
		{"text </SCRIPT> more", "</script", 5, false},
		{"<</scrip", "</script", -1, false},
		{"data such As", "such as", 5, true},
	}
	for _, tt := range tests {
		if got := indexFold(tt.s, tt.needle); got != tt.index {
			t.Errorf("indexFold(%q, %q) = %d, want %d", tt.s, tt.needle, got, tt.index)
		}
		if got := hasSuffixFold(tt.s, tt.needle); got != tt.suffix {
			t.Errorf("hasSuffixFold(%q, %q) = %v, want %v", tt.s, tt.needle, got, tt.suffix)
		}
	}
}

// TestExplainedAhead checks that the explanations written when the rules
// compile are those explain would write for the finding.
func TestExplainedAhead(t *testing.T) {
	lx := rules()
	n := 0
	for i := range lx.entries {
		e := &lx.entries[i]
		for _, kind := range []string{"collect", "share", "right", "sale", "security"} {
			for _, negated := range []bool{false, true} {
				f := &Finding{Kind: kind, ID: e.ID, Negated: negated}
				if got, want := explain(f, e), explainText(f, e); got != want {
					t.Fatalf("%s/%s %s negated=%v: explain = %q, want %q", e.Class, e.ID, kind, negated, got, want)
				}
				if explainedAt(kind, negated) >= 0 && e.explained[explainedAt(kind, negated)] != "" {
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no explanation was written ahead")
	}
}
