package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/scripts/internal/pclntrim"
)

func main() {
	out := flag.String("out", "dist/site", "output directory (replaced)")
	site := flag.String("site", "site", "page sources")
	weights := flag.String("model", "analyzer/weights/en.bin", "the sentence model's weights")
	policies := flag.String("policies", "testdata/policies", "the project's own policies, the page's warm-up texts")
	report := flag.String("report", "", "only print the sizes of the build in this directory, and where the WASM's bytes go by package")
	trim := flag.String("trim", "", "only trim this WASM file's symbol tables in place, as the page's are (the Worker's build)")
	flag.Parse()
	if *trim != "" {
		if err := trimWASM(*trim); err != nil {
			fail(err)
		}
		return
	}
	if *report != "" {
		if err := printSizes(os.Stdout, *report); err != nil {
			fail(err)
		}
		if err := printBreakdown(os.Stdout); err != nil {
			fail(err)
		}
		return
	}
	tmp, err := os.MkdirTemp("", "policylens-build-")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(tmp)
	wasm := filepath.Join(tmp, "policylens.wasm")
	if err := compileWASM(wasm); err != nil {
		fail(err)
	}
	execJS, err := wasmExecJS()
	if err != nil {
		fail(err)
	}
	cues := filepath.Join(tmp, "outline.txt")
	if err := os.WriteFile(cues, analyzer.OutlineAsset(), 0o644); err != nil {
		fail(err)
	}
	warm := filepath.Join(tmp, "warm.txt")
	if err := writeWarm(warm, *policies); err != nil {
		fail(err)
	}
	res, err := Build(Config{Site: *site, Out: *out, WASM: wasm, WASMExec: execJS, Model: *weights, Outline: cues, Warm: warm})
	if err != nil {
		fail(err)
	}
	fmt.Printf("built %s: %d files\n", *out, len(res.Assets))
	if err := printSizes(os.Stdout, *out); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "build:", err)
	os.Exit(1)
}

func goTool() string {
	if g := os.Getenv("GO"); g != "" {
		return g
	}
	return "go"
}

// compileWASM builds the page app, stripped, for the browser, then trims
// its symbol tables to what the runtime needs outside tracebacks.
func compileWASM(out string) error {
	cmd := exec.Command(goTool(), "build", "-trimpath", "-ldflags=-s -w", "-o", out, "./wasm/page")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("compile wasm/page: %w", err)
	}
	return trimWASM(out)
}

// trimWASM rewrites the WebAssembly file at p without the line tables,
// inlining trees and argument metadata only a traceback reads (see
// scripts/internal/pclntrim): a panic's stack in the page names the
// functions but shows "?:0" for every file:line.
func trimWASM(p string) error {
	v, err := exec.Command(goTool(), "env", "GOVERSION").Output()
	if err != nil {
		return fmt.Errorf("go env GOVERSION: %w", err)
	}
	if v := strings.TrimSpace(string(v)); !pclntrim.Supports(v) {
		return fmt.Errorf("scripts/internal/pclntrim reads the symbol tables of Go 1.26, and the toolchain is %s: check the layout and update the package", v)
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return err
	}
	out, _, err := pclntrim.Trim(b, pclntrim.All)
	if err != nil {
		return fmt.Errorf("trim %s: %w", p, err)
	}
	return os.WriteFile(p, out, 0o644)
}

// wasmExecJS finds the wasm_exec.js that matches the Go toolchain.
func wasmExecJS() (string, error) {
	b, err := exec.Command(goTool(), "env", "GOROOT").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOROOT: %w", err)
	}
	p := filepath.Join(strings.TrimSpace(string(b)), "lib", "wasm", "wasm_exec.js")
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("wasm_exec.js not found: %w", err)
	}
	return p, nil
}

// writeWarm writes the page's warm-up texts to out: the policies (*.txt,
// *.md) in dir, each after a form feed (wasm/page/warm.go splits them there).
func writeWarm(out, dir string) error {
	txt, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	md, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	var files []string
	for _, f := range append(txt, md...) {
		if filepath.Base(f) != "README.md" {
			files = append(files, f)
		}
	}
	if len(files) == 0 {
		return fmt.Errorf("no warm-up policies (*.txt, *.md) in %s", dir)
	}
	var b []byte
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		b = append(append(b, '\f'), t...)
	}
	return os.WriteFile(out, b, 0o644)
}
