package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer"
)

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "tosback"), 0o755)
	text := "We collect your email address. We keep it for a year.\n"
	os.WriteFile(filepath.Join(dir, "tosback", "p.md"), []byte(text), 0o644)
	us := analyzer.Units(text)
	if len(us) != 2 {
		t.Fatalf("units %v", us)
	}
	good := `{"file": "p.md", "start": 0, "end": 30, "statement": "practice", "categories": ["first-party-collection"], "dataTypes": ["contact"]}`
	tests := []struct {
		name, lines, want string
	}{
		{"good", good, ""},
		{"unknown category", `{"file": "p.md", "start": 0, "end": 30, "statement": "practice", "categories": ["sharing"]}`, `category "sharing"`},
		{"no category", `{"file": "p.md", "start": 0, "end": 30, "statement": "practice", "categories": []}`, "no category"},
		{"not a unit", `{"file": "p.md", "start": 0, "end": 12, "statement": "other", "categories": ["other"]}`, "not a sentence of the analyzer"},
		{"twice", good + "\n" + good, "labelled twice"},
		{"unknown field", `{"file": "p.md", "start": 0, "end": 30, "statement": "practice", "categories": ["other"], "colour": "red"}`, "unknown field"},
	}
	for _, tt := range tests {
		path := filepath.Join(dir, tt.name+".jsonl")
		os.WriteFile(path, []byte(tt.lines+"\n"), 0o644)
		out := captureStdout(t, func() error { return check([]string{"-corpus", dir, path}) })
		if tt.want == "" {
			if out.err != nil {
				t.Errorf("%s: %v\n%s", tt.name, out.err, out.text)
			}
			continue
		}
		if out.err == nil || !strings.Contains(out.text+out.err.Error(), tt.want) {
			t.Errorf("%s: error %v, output %q; want %q", tt.name, out.err, out.text, tt.want)
		}
	}
}

type captured struct {
	text string
	err  error
}

func captureStdout(t *testing.T, f func() error) captured {
	t.Helper()
	r, w, _ := os.Pipe()
	old := os.Stdout
	os.Stdout = w
	err := f()
	w.Close()
	os.Stdout = old
	b := make([]byte, 1<<16)
	n, _ := r.Read(b)
	return captured{string(b[:n]), err}
}
