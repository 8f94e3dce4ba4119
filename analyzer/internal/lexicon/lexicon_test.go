package lexicon

import (
	"strconv"
	"testing"
	"testing/fstest"

	"github.com/policylens/policylens/analyzer/internal/text"
)

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
		// "[{name}]": one capitalised word, known to the rules or not.
		{"a b [{name}] c", []string{"a b Zorbly c", "a b c", "a b C c", "a b ZORBLY c"}, []string{"a b zorbly c", "a b, Zorbly c", "a b Zorbly Plus c"}, false},
		{"(a|x) [y] b [{name}] c", []string{"a b Zorbly c", "x y b Zorbly c"}, []string{"x y Zorbly c"}, false},
		{"a [{name}] c", nil, nil, true},
		{"[{name}] a b", nil, nil, true},
		{"a [b] [{name}] c", nil, nil, true},
		{"a b ([{name}]|d) c", nil, nil, true},
		{"a b, [{name}] c", nil, nil, true},
		{"a b {name} c", nil, nil, true},
	}
	for _, tt := range tests {
		src := `[{"class":"c","entries":[{"id":"x","patterns":[` + strconv.Quote(tt.pattern) + `]}]}]`
		lx, err := CompileRules(fstest.MapFS{"rules/x.json": {Data: []byte(src)}}, "rules")
		if (err != nil) != tt.err {
			t.Fatalf("%q: error = %v, want error %v", tt.pattern, err, tt.err)
		}
		if err != nil {
			continue
		}
		whole := func(s string) bool {
			tz := text.Tokenizer{Words: &lx.Words}
			toks := tz.Tokenize(s, nil)
			for _, h := range lx.Match(toks, nil) {
				if h.From == 0 && int(h.To) == len(toks) {
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
	lx, err := CompileRules(fstest.MapFS{"rules/x.json": {Data: []byte(src)}}, "rules")
	if err != nil {
		t.Fatal(err)
	}
	for s, want := range map[string]bool{
		"a b": true, "x y\n- a b": true, "x y.  a b": true, "x; a b": true, "x y\n   *   a b": true,
		"x a b": false, "x, a b": false, "x (a b)": false,
	} {
		tz := text.Tokenizer{Words: &lx.Words}
		toks := tz.Tokenize(s, nil)
		if got := len(lx.Match(toks, nil)) > 0; got != want {
			t.Errorf("^a b in %q: match %v, want %v", s, got, want)
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
		if _, err := CompileRules(fsys, "rules"); err == nil {
			t.Errorf("%s: compileRules accepted %s", name, src)
		}
	}
}
