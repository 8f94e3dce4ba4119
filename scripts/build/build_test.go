package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/policylens/policylens/analyzer"
)

func TestFingerprint(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"app.js", `^app\.[0-9a-f]{10}\.js$`},
		{"manifest.webmanifest", `^manifest\.[0-9a-f]{10}\.webmanifest$`},
		{"wasm_exec.js", `^wasm_exec\.[0-9a-f]{10}\.js$`},
	} {
		got := fingerprint(tt.name, []byte("x"))
		if !strings.HasPrefix(got, strings.TrimSuffix(tt.name, filepath.Ext(tt.name))+".") || filepath.Ext(got) != filepath.Ext(tt.name) || len(got) != len(tt.name)+11 {
			t.Errorf("fingerprint(%q) = %q", tt.name, got)
		}
	}
	if fingerprint("a.js", []byte("1")) == fingerprint("a.js", []byte("2")) {
		t.Error("different content, same fingerprint")
	}
}

func TestRewriteRefs(t *testing.T) {
	built := map[string]string{"app.js": "app.0123456789.js", "icon.svg": "icon.abcdefabcd.svg"}
	tests := []struct{ in, want string }{
		{`<script type="module" src="app.js"></script>`, `<script type="module" src="app.0123456789.js"></script>`},
		{`new URL('./app.js', import.meta.url)`, `new URL('./app.0123456789.js', import.meta.url)`},
		{`url(icon.svg)`, `url(icon.abcdefabcd.svg)`},
		{`"webapp.js" and app.jsx and app.js.map`, `"webapp.js" and app.jsx and app.js.map`},
	}
	for _, tt := range tests {
		if got := string(rewriteRefs([]byte(tt.in), built)); got != tt.want {
			t.Errorf("rewriteRefs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMinifyModuleScript(t *testing.T) {
	out, err := minifyAsset("index.html", []byte("<!doctype html><title>t</title><script type=\"module\">\n  const   longName = 1;\n  console.log( longName );\n</script>"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), "const   longName") || !strings.Contains(string(out), "console.log(") {
		t.Errorf("module script not minified: %s", out)
	}
}

// TestBuild builds a small fake site (no Go compile) and checks names,
// references, the service worker list, the asset manifest and compression.
func TestBuild(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "site")
	out := filepath.Join(dir, "out")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(site, "extension"), 0o755))
	big := "\nconsole.log('" + strings.Repeat("padding so compression is worth it ", 40) + "');\n"
	files := map[string]string{
		"index.html":           `<!doctype html><meta http-equiv="Content-Security-Policy" content="__CSP__"><link rel="stylesheet" href="style.css"><script type="module" src="app.js"></script>`,
		"app.js":               "import './wasm_exec.js';\nconst u = new URL('./policylens.wasm', import.meta.url);\nconst m = new URL('./model.en.bin', import.meta.url);\nconst o = new URL('./outline.txt', import.meta.url);\nconst SIZES = {};\nnavigator.serviceWorker.register('./sw.js');\n" + big,
		"style.css":            "body { background: url(icon.svg); }\n",
		"icon.svg":             `<svg xmlns="http://www.w3.org/2000/svg"><title>x</title></svg>`,
		"sw.js":                "const VERSION = 'dev';\nconst ASSETS = ['./'];\n",
		"extension/popup.html": "not ours",
	}
	for n, s := range files {
		must(os.WriteFile(filepath.Join(site, n), []byte(s), 0o644))
	}
	wasm := filepath.Join(dir, "p.wasm")
	must(os.WriteFile(wasm, []byte("\x00asm"+strings.Repeat("\x01", 2000)), 0o644))
	execJS := filepath.Join(dir, "wasm_exec.js")
	must(os.WriteFile(execJS, []byte("globalThis.Go = class {};\n"+big), 0o644))
	model := filepath.Join(dir, "en.bin")
	must(os.WriteFile(model, []byte(strings.Repeat("weights ", 300)), 0o644))

	cues := filepath.Join(dir, "outline.txt")
	must(os.WriteFile(cues, []byte("# PolicyLens outline cues\n"+strings.Repeat("data email: e-mail\n", 100)), 0o644))
	warm := filepath.Join(dir, "warm.txt")
	must(os.WriteFile(warm, []byte("\fWe collect your email address.\n"), 0o644))
	res, err := Build(Config{Site: site, Out: out, WASM: wasm, WASMExec: execJS, Model: model, Outline: cues, Warm: warm})
	must(err)
	read := func(n string) string {
		b, err := os.ReadFile(filepath.Join(out, n))
		must(err)
		return string(b)
	}
	for _, n := range []string{"app.js", "style.css", "icon.svg", "policylens.wasm", "wasm_exec.js", "model.en.bin", "outline.txt", "warm.txt"} {
		if !strings.Contains(res.Assets[n], ".") || res.Assets[n] == n {
			t.Errorf("%s was not fingerprinted: %q", n, res.Assets[n])
		}
	}
	index := read("index.html")
	if !strings.Contains(index, res.Assets["app.js"]) || !strings.Contains(index, res.Assets["style.css"]) || strings.Contains(index, "__CSP__") {
		t.Errorf("index.html references not rewritten: %s", index)
	}
	app := read(res.Assets["app.js"])
	if !strings.Contains(app, res.Assets["wasm_exec.js"]) || !strings.Contains(app, res.Assets["policylens.wasm"]) ||
		!strings.Contains(app, res.Assets["model.en.bin"]) || !strings.Contains(app, res.Assets["outline.txt"]) || !strings.Contains(app, "./sw.js") {
		t.Errorf("app.js references not rewritten: %s", app)
	}
	// The loader knows the sizes of the WASM and the model (for its progress line).
	if want := `SIZES={"` + res.Assets["model.en.bin"] + `":2400,"` + res.Assets["policylens.wasm"] + `":2004}`; !strings.Contains(app, want) {
		t.Errorf("app.js does not hold %s: %s", want, app)
	}
	if !strings.Contains(read(res.Assets["style.css"]), res.Assets["icon.svg"]) {
		t.Error("style.css does not reference the fingerprinted icon")
	}
	sw := read("sw.js")
	if strings.Contains(sw, "'dev'") || !strings.Contains(sw, res.Assets["policylens.wasm"]) || !strings.Contains(sw, res.Assets["model.en.bin"]) || !strings.Contains(sw, res.Assets["outline.txt"]) {
		t.Errorf("sw.js not filled: %s", sw)
	}
	var manifest map[string]string
	must(json.Unmarshal([]byte(read("asset-manifest.json")), &manifest))
	if manifest["policylens.wasm"] != res.Assets["policylens.wasm"] || manifest["wasm_exec.js"] == "" {
		t.Errorf("asset-manifest.json = %v", manifest)
	}
	if _, err := os.Stat(filepath.Join(out, "extension")); err == nil {
		t.Error("site/extension was copied")
	}
	for _, suffix := range []string{".gz", ".br"} {
		for _, n := range []string{"app.js", "model.en.bin", "outline.txt"} {
			if _, err := os.Stat(filepath.Join(out, res.Assets[n]+suffix)); err != nil {
				t.Errorf("no %s copy of %s: %v", suffix, n, err)
			}
		}
	}
	if !strings.Contains(read("_headers"), "/*\n  Content-Security-Policy: default-src 'self'") {
		t.Error("_headers lacks the CSP")
	}
	if !strings.Contains(read("_headers"), "\n  Strict-Transport-Security: max-age=31536000\n") {
		t.Error("_headers lacks HSTS for every path")
	}
}

// TestPageLeavesOutHeavyPackages keeps the page's WebAssembly within its
// size budget: encoding/json alone would add 117 KB (brotli), so the page
// writes and reads its few types with the analyzer's generated encoder and
// decoder and internal/jsonw; Go's compression and cryptography
// (compress/flate, crypto/*, with math/big and fmt) about 120 KB, so share
// links use the browser's (share/format with site/sharecodec.js, not
// package share). reflect (20 KB, and its type data) is imported
// (encoding/binary uses it) but must link no code: only its package
// initialisation. The packages whose initialisation alone costs tens of KB
// (time, with internal/godebug and syscall; os, with internal/poll; fmt)
// are not imported at all: no embedded files (embed imports io/fs, which
// imports time; generated string constants instead), no runtime/debug (the
// loaders set GOGC), no honnef.co/go/js/dom, and the rule compiler
// (lexicon.CompileRules, with fmt and internal/minijson) is left out of
// builds for the browser: together 45 KB, brotli. strconv's parsers, whose
// errors quote with its tables of printable characters, are not linked
// either (12 KiB; internal/decimal reads integers, and internal/jsonw leaves
// floats to the browser's Number), nor encoding/base64 (3 KiB; share/format
// has its own base64url), nor sync.Pool (4.7 KiB), nor sort.Slice and
// sort.SliceStable (with reflect's swapper and more sorting routines than
// sort.Sort's, 3.6 KiB).
func TestPageLeavesOutHeavyPackages(t *testing.T) {
	m, err := page()
	if err != nil {
		t.Fatal(err)
	}
	for i := range m.bodies {
		name := m.names[m.imports+i]
		switch pkg := packageOf(name); {
		case pkg == "reflect" && name != "reflect.init", pkg == "fmt", pkg == "internal/fmtsort", pkg == "internal/minijson":
			t.Errorf("wasm/page links %s of package %s; write and read JSON with internal/jsonw and generated code", name, pkg)
		case pkg == "strconv" && (strings.HasPrefix(name, "strconv.Parse") || strings.HasPrefix(name, "strconv.Atoi") ||
			strings.Contains(name, "Quote") || strings.Contains(name, "NumError")),
			name == "internal_strconv.ParseFloat", name == "internal_strconv.atof64":
			t.Errorf("wasm/page links %s; read numbers with internal/decimal (and internal/jsonw, which leaves floats to the browser)", name)
		case name == "github.com_policylens_policylens_analyzer.IDs":
			t.Errorf("wasm/page links analyzer.IDs, the whole catalog; summary reads a safeguard's name with analyzer.SafeguardName")
		case strings.HasPrefix(name, "sort.Slice"), strings.HasPrefix(name, "internal_reflectlite.Swapper"):
			t.Errorf("wasm/page links %s; sort with sort.Sort (one sorting routine, no reflect swapper), or place by counting (analyzer/cueset.go)", name)
		case strings.HasPrefix(name, "sync.__Pool_"):
			t.Errorf("wasm/page links %s; the analyzer keeps its buffers in a spare in WebAssembly (analyzer/scratch_js.go)", name)
		}
	}
	cmd := exec.Command(goTool(), "list", "-deps", "./wasm/page")
	cmd.Dir = "../.."
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, pkg := range strings.Fields(string(out)) {
		switch pkg {
		case "encoding/json":
			t.Errorf("wasm/page depends on %s; use internal/jsonw", pkg)
		case "time", "os", "fmt", "embed", "io/fs", "runtime/debug", "github.com/policylens/policylens/internal/minijson":
			t.Errorf("wasm/page depends on %s, whose package initialisation links tens of KB", pkg)
		}
		if pkg == "regexp" {
			t.Errorf("wasm/page depends on %s (110 KB brotli with its tables); match by hand, with the pattern as a test oracle (analyzer/internal/sentence itemLead)", pkg)
		}
		if pkg == "encoding/base64" {
			t.Errorf("wasm/page depends on %s; share/format writes and reads its base64url itself", pkg)
		}
		if strings.HasPrefix(pkg, "compress/") || strings.HasPrefix(pkg, "crypto/") || pkg == "math/big" ||
			pkg == "github.com/policylens/policylens/share" {
			t.Errorf("wasm/page depends on %s; share links use share/format with the browser's codec", pkg)
		}
	}
}

// page is the page's WebAssembly as it ships, with its function names,
// built once for the tests.
var page = sync.OnceValues(func() (*wasmModule, error) { return pageWithNames("../..") })

// TestPageHoldsNoOutlineCues checks that the page's WebAssembly holds the
// outline reader's detect words but none of its cues, which the page loads
// apart (outline.txt, analyzer.OutlineAsset): no cue line of any cue file
// is in it.
func TestPageHoldsNoOutlineCues(t *testing.T) {
	m, err := page()
	if err != nil {
		t.Fatal(err)
	}
	var cues, detect int
	for _, line := range strings.Split(string(analyzer.OutlineAsset()), "\n") {
		if kind, _, ok := strings.Cut(line, ":"); ok && len(line) > 30 && !strings.HasPrefix(line, "#") {
			cues++
			if bytes.Contains(m.file, []byte(line)) {
				t.Errorf("the page's WebAssembly holds the cue line %q (%s)", line, kind)
			}
		}
	}
	// the detect words are there, written as in the files
	for _, w := range []string{"detect: dades personals tractament", "language fr French"} {
		if bytes.Contains(m.file, []byte(w)) {
			detect++
		}
	}
	if cues < 1000 || detect != 2 {
		t.Errorf("%d cue lines checked (want over 1,000), %d of 2 detect lines found in the page's WebAssembly", cues, detect)
	}
}
