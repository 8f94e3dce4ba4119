package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"time"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/internal/nodewasm"
)

// TestWASMSameReports checks that the analyzer compiled to js/wasm, as the
// web page runs it, writes the reports the command line writes, byte for
// byte: testdata/wasmsame, built for js/wasm and run under Node with the
// sentence model read from analyzer/weights/en.bin as the page loads it
// and the outline cues of analyzer.OutlineAsset as the page loads
// outline.txt, against analyze --jsonl here, over the test policies, a
// French one (read in outline) and every 40th
// TOSBack policy of the corpus when it is there. Differences it would show:
// map iteration order, int size, float maths, a model not passed in (the
// rules alone give other reports). About 5 s, most of it Node compiling the
// module and reading the model; it skips without Node and with -short.
func TestWASMSameReports(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: no js/wasm build")
	}
	node, runner, goTool := nodewasm.Tools(t)

	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "policies", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test policies (%v)", err)
	}
	files = append(files, filepath.Join("..", "..", "e2e", "testdata", "outline", "fr.txt"))
	tosback, _ := filepath.Glob(filepath.Join(corpusDir(), "tosback", "*.md"))
	for i := 0; i < len(tosback); i += 40 {
		files = append(files, tosback[i])
	}
	var in bytes.Buffer
	enc := json.NewEncoder(&in)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := enc.Encode(map[string]string{"id": filepath.Base(f), "text": string(data)}); err != nil {
			t.Fatal(err)
		}
	}

	// Built as scripts/build builds the page (-trimpath), so that after
	// make site the analyzer's js/wasm build is in the cache.
	wasm := filepath.Join(t.TempDir(), "wasmsame.wasm")
	build := exec.Command(goTool, "build", "-trimpath", "-ldflags=-s -w", "-o", wasm, "./testdata/wasmsame")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	if b, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build testdata/wasmsame: %v\n%s", err, b)
	}
	cues := filepath.Join(t.TempDir(), "outline.txt")
	if err := os.WriteFile(cues, analyzer.OutlineAsset(), 0o644); err != nil {
		t.Fatal(err)
	}
	var got, stderr bytes.Buffer
	cmd := exec.Command(node, runner, wasm, filepath.Join("..", "..", "analyzer", "weights", "en.bin"), cues)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = bytes.NewReader(in.Bytes()), &got, &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		t.Fatalf("node: %v\n%s", err, stderr.String())
	}
	t.Logf("%d texts, %d KB in, %d KB of reports out under Node in %v", len(files), in.Len()>>10, got.Len()>>10, time.Since(start).Round(time.Millisecond))

	var want, errb bytes.Buffer
	if code := runJSONL(bytes.NewReader(in.Bytes()), &want, &errb, 1); code != exitOK {
		t.Fatalf("analyze --jsonl: exit %d: %s", code, errb.String())
	}
	wl := bytes.SplitAfter(want.Bytes(), []byte("\n"))
	gl := bytes.SplitAfter(got.Bytes(), []byte("\n"))
	if len(gl) != len(wl) {
		t.Fatalf("js/wasm wrote %d lines, analyze --jsonl %d", len(gl)-1, len(wl)-1)
	}
	for i := range wl {
		if bytes.Equal(gl[i], wl[i]) {
			continue
		}
		n := 0
		for n < min(len(gl[i]), len(wl[i])) && gl[i][n] == wl[i][n] {
			n++
		}
		from := max(n-200, 0)
		t.Errorf("%s: the js/wasm report differs from the command line's at byte %d:\n js/wasm: ...%s\n native:  ...%s",
			filepath.Base(files[i]), n, gl[i][from:min(n+200, len(gl[i]))], wl[i][from:min(n+200, len(wl[i]))])
	}
}
