package pclntrim

import (
	"bytes"
	"compress/gzip"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/policylens/policylens/internal/nodewasm"
)

// buildProg compiles testdata/prog for js/wasm as scripts/build compiles
// the page (stripped), and returns the module and Go's Node runner.
func buildProg(t *testing.T) (wasm []byte, runner string) {
	t.Helper()
	node, runner, goTool := nodewasm.Tools(t)
	out := filepath.Join(t.TempDir(), "prog.wasm")
	cmd := exec.Command(goTool, "build", "-trimpath", "-ldflags=-s -w", "-o", out, "./testdata/prog")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build testdata/prog: %v\n%s", err, b)
	}
	wasm, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return wasm, node + "\x00" + runner
}

// run runs a module under Node and returns its stdout, stderr and exit
// code. Arguments of the form NAME=value go to the environment.
func run(t *testing.T, runner string, wasm []byte, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	p := filepath.Join(t.TempDir(), "m.wasm")
	if err := os.WriteFile(p, wasm, 0o644); err != nil {
		t.Fatal(err)
	}
	node, js, _ := strings.Cut(runner, "\x00")
	cmd := exec.Command(node, js, p)
	cmd.Env = os.Environ()
	for _, a := range args {
		if strings.Contains(a, "=") {
			cmd.Env = append(cmd.Env, a)
		} else {
			cmd.Args = append(cmd.Args, a)
		}
	}
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	if x, ok := err.(*exec.ExitError); ok {
		code = x.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return o.String(), e.String(), code
}

// TestTrimmedRuns: the trimmed program computes what the original does
// (GC over deep and growing stacks, goroutines, every recovered panic,
// panicwrap's message, reflect stubs), also with a collection at every
// turn checked by gccheckmark, and an unrecovered panic still
// prints its message and stack, by function name but without file:line.
func TestTrimmedRuns(t *testing.T) {
	orig, runner := buildProg(t)
	trimmed, st, err := Trim(orig, All)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d -> %d bytes; %+v", len(orig), len(trimmed), st)
	if st.LineTables == 0 || st.FileTables == 0 || st.InlTrees == 0 || st.InlineIndexes == 0 || st.FileTab == 0 {
		t.Errorf("nothing zeroed of some kind: %+v", st)
	}
	if g, o := gzipped(trimmed), gzipped(orig); g >= o {
		t.Errorf("trimmed %d bytes gzipped, original %d", g, o)
	}

	want, _, code := run(t, runner, orig)
	if code != 0 || !strings.Contains(want, "panicwrap: recovered value method main.T.Value called using nil *T pointer") {
		t.Fatalf("the original program (exit %d) printed:\n%s", code, want)
	}
	got, stderr, code := run(t, runner, trimmed)
	if code != 0 || got != want {
		t.Fatalf("trimmed program: exit %d, stdout:\n%s\nwant:\n%s\nstderr:\n%s", code, got, want, stderr)
	}

	// The GC at every turn, its marking checked by a second, stop-the-world mark.
	got, stderr, code = run(t, runner, trimmed, "GOGC=1", "GODEBUG=gccheckmark=1")
	if code != 0 || got != want {
		t.Fatalf("trimmed program with GOGC=1 and gccheckmark: exit %d, stdout:\n%s\nstderr:\n%s", code, got, stderr)
	}

	_, stderr, code = run(t, runner, orig, "panic")
	if code != 2 || !strings.Contains(stderr, "prog/main.go:") {
		t.Fatalf("original's panic: exit %d, stderr:\n%s", code, stderr)
	}
	_, stderr, code = run(t, runner, trimmed, "panic")
	if code != 2 || !strings.Contains(stderr, "panic: assignment to entry in nil map") ||
		!strings.Contains(stderr, "main.main()") || strings.Contains(stderr, ".go:") || strings.Contains(stderr, "fatal error") {
		t.Fatalf("trimmed program's panic: exit %d, stderr:\n%s", code, stderr)
	}
	t.Logf("trimmed traceback:\n%s", stderr)

	// Trimming what is trimmed changes nothing more.
	again, st2, err := Trim(trimmed, All)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, trimmed) {
		t.Errorf("a second Trim changed the module: %+v", st2)
	}
}

// TestNothingTrimmed: with nothing to remove, linear memory comes out as
// the original segments set it.
func TestNothingTrimmed(t *testing.T) {
	orig, _ := buildProg(t)
	out, _, err := Trim(orig, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := parseModule(orig)
	if err != nil {
		t.Fatal(err)
	}
	b, err := parseModule(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.memory(), b.memory()) {
		t.Error("memory differs")
	}
	if len(a.sections) != len(b.sections) {
		t.Fatalf("%d sections, want %d", len(b.sections), len(a.sections))
	}
	for i, s := range a.sections {
		if s.id != sectionData && !bytes.Equal(s.payload, b.sections[i].payload) {
			t.Errorf("section %d (id %d) differs", i, s.id)
		}
	}
}

func TestSupports(t *testing.T) {
	for v, want := range map[string]bool{"go1.26": true, "go1.26.8": true, "go1.26rc1": true,
		"go1.25.3": false, "go1.27": false, "go1.260": false, "devel go1.27-abc": false} {
		if got := Supports(v); got != want {
			t.Errorf("Supports(%q) = %v", v, got)
		}
	}
	if !Supports(runtime.Version()) {
		t.Errorf("the toolchain that runs the tests, %s, is not supported: read its layout and update the package", runtime.Version())
	}
}

func TestNotWasm(t *testing.T) {
	if _, _, err := Trim([]byte("\x7fELF not wasm"), All); err == nil {
		t.Error("no error for a non-WebAssembly file")
	}
}

// gzipped is the size of b gzipped: what the trim is for (the raw file can
// grow, short zero runs staying in their segments).
func gzipped(b []byte) int {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Len()
}

// TestParts: the parts of a built program's memory come in order, the
// function names hold main.main, and nothing is left over but the small
// tables Parts names as the rest.
func TestParts(t *testing.T) {
	orig, _ := buildProg(t)
	for _, wasm := range [][]byte{orig, mustTrim(t, orig)} {
		parts, err := Parts(wasm)
		if err != nil {
			t.Fatal(err)
		}
		total := 0
		for _, p := range parts {
			total += len(p.Bytes)
			t.Logf("%-60s %8d bytes", p.Name, len(p.Bytes))
		}
		if !bytes.Contains(parts[1].Bytes, []byte("main.main\x00")) {
			t.Errorf("%s holds no main.main", parts[1].Name)
		}
		if rest := parts[len(parts)-1]; len(rest.Bytes) > total/10 {
			t.Errorf("the rest is %d of %d bytes", len(rest.Bytes), total)
		}
	}
}

func mustTrim(t *testing.T, wasm []byte) []byte {
	out, _, err := Trim(wasm, All)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
