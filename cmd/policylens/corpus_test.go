package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/policylens/policylens/analyzer"
)

// corpusDir is ../shared/corpus from the repository root, or $POLICYLENS_CORPUS.
func corpusDir() string {
	if d := os.Getenv("POLICYLENS_CORPUS"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "corpus")
}

// TestJSONLCorpus runs analyze --jsonl over every ToS;DR policy in the shared
// corpus, read at test time, and checks every output line parses, is in
// order with its id, and is the report of its own text.
func TestJSONLCorpus(t *testing.T) {
	dir := filepath.Join(corpusDir(), "tosback")
	files, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		if _, err := os.Stat(dir); os.IsNotExist(err) {
			t.Skipf("corpus folder %s is absent (set POLICYLENS_CORPUS to the corpus root)", dir)
		}
		t.Fatalf("no *.md policies in %s", dir)
	}
	var in bytes.Buffer
	sizes := map[string]int{}
	enc := json.NewEncoder(&in)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id := filepath.Base(f)
		sizes[id] = len(data)
		if err := enc.Encode(map[string]string{"id": id, "text": string(data)}); err != nil {
			t.Fatal(err)
		}
	}
	var out, errb bytes.Buffer
	size := in.Len()
	start := time.Now()
	code := runJSONL(&in, &out, &errb, runtime.GOMAXPROCS(0))
	t.Logf("%d policies, %d MB in %v on %d workers", len(files), size>>20, time.Since(start).Round(time.Millisecond), runtime.GOMAXPROCS(0))
	if code != exitOK {
		t.Errorf("exit %d: %s", code, errb.String())
	}
	rs := decodeLines(t, out.String())
	if len(rs) != len(files) {
		t.Fatalf("%d output lines for %d policies", len(rs), len(files))
	}
	for i, r := range rs {
		var id string
		if err := json.Unmarshal(r.ID, &id); err != nil || id != filepath.Base(files[i]) {
			t.Fatalf("line %d: id %s, want %q", i+1, r.ID, filepath.Base(files[i]))
		}
		if r.Error != "" || r.Report.Stats.Bytes != sizes[id] {
			t.Errorf("%s: error %q, bytes %d of %d", id, r.Error, r.Report.Stats.Bytes, sizes[id])
		}
	}
	// Each line is the bytes encoding/json writes for its result (the
	// report is written by its own encoder).
	lines := bytes.SplitAfter(out.Bytes(), []byte("\n"))
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want, err := json.Marshal(jsonlResult{ID: rs[i].ID, Report: analyzer.Analyze(string(data))})
		if err != nil {
			t.Fatal(err)
		}
		if string(lines[i]) != string(want)+"\n" {
			t.Fatalf("%s: the output line is not what encoding/json writes:\n got %.300s\nwant %.300s", filepath.Base(f), lines[i], want)
		}
	}
}
