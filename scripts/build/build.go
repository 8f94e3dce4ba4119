package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/policylens/policylens/scripts/serve/sitesrv"
)

// Config says where the build reads and writes.
type Config struct {
	Site     string // page sources (top-level files only; site/extension is not ours)
	Out      string // output directory, replaced
	WASM     string // compiled page app
	WASMExec string // Go's wasm_exec.js
	Model    string // the sentence model's weights (analyzer/weights/en.bin), served as model.en.bin
	Outline  string // the outline reader's cues (analyzer.OutlineAsset), served as outline.txt
	Warm     string // the page's warm-up texts (testdata/policies, wasm/page/warm.go), served as warm.txt
}

// Result maps logical asset names to the names written.
type Result struct {
	Assets map[string]string
}

// unhashed keep their names: the entry page and the service worker, whose
// URL must stay stable for updates to work.
var unhashed = map[string]bool{"index.html": true, "sw.js": true}

// Build writes the site into cfg.Out.
func Build(cfg Config) (*Result, error) {
	src, err := readSources(cfg)
	if err != nil {
		return nil, err
	}
	if err := os.RemoveAll(cfg.Out); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cfg.Out, 0o755); err != nil {
		return nil, err
	}
	names := make([]string, 0, len(src))
	for n := range src {
		names = append(names, n)
	}
	sort.Strings(names)

	// Hash assets in dependency order: a file's hash covers the hashed
	// names of what it references.
	built := map[string]string{}
	sizes := map[string]int{} // built binary asset -> its size
	pending := map[string]bool{}
	for _, n := range names {
		if !unhashed[n] {
			pending[n] = true
		}
	}
	for len(pending) > 0 {
		progress := false
		for _, n := range names {
			if !pending[n] || !refsDone(n, src[n], names, built) {
				continue
			}
			data, err := prepare(n, withSizes(src[n], built, sizes), built)
			if err != nil {
				return nil, err
			}
			built[n] = fingerprint(n, data)
			if !isText(n) {
				sizes[built[n]] = len(data)
			}
			if err := write(cfg.Out, built[n], data); err != nil {
				return nil, err
			}
			delete(pending, n)
			progress = true
		}
		if !progress {
			return nil, fmt.Errorf("assets reference each other in a cycle: %v", keys(pending))
		}
	}

	// The service worker lists everything for offline use; its version
	// changes whenever any asset does.
	if sw, ok := src["sw.js"]; ok {
		data, err := serviceWorker(sw, built)
		if err != nil {
			return nil, err
		}
		if data, err = prepare("sw.js", data, built); err != nil {
			return nil, err
		}
		if err := write(cfg.Out, "sw.js", data); err != nil {
			return nil, err
		}
		built["sw.js"] = "sw.js"
	}
	index, ok := src["index.html"]
	if !ok {
		return nil, fmt.Errorf("%s/index.html is missing", cfg.Site)
	}
	index = []byte(strings.ReplaceAll(string(index), "__CSP__", sitesrv.MetaCSP()))
	data, err := prepare("index.html", index, built)
	if err != nil {
		return nil, err
	}
	if err := write(cfg.Out, "index.html", data); err != nil {
		return nil, err
	}
	built["index.html"] = "index.html"

	manifest, _ := json.MarshalIndent(built, "", "  ")
	if err := write(cfg.Out, "asset-manifest.json", append(manifest, '\n')); err != nil {
		return nil, err
	}
	if err := write(cfg.Out, "_headers", hostHeaders(built)); err != nil {
		return nil, err
	}
	if err := compressAll(cfg.Out); err != nil {
		return nil, err
	}
	return &Result{Assets: built}, nil
}

// readSources loads the top-level files of the site plus the WASM and
// wasm_exec.js under their logical names.
func readSources(cfg Config) (map[string][]byte, error) {
	src := map[string][]byte{}
	entries, err := os.ReadDir(cfg.Site)
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(cfg.Site, e.Name()))
		if err != nil {
			return nil, err
		}
		src[e.Name()] = b
	}
	for name, p := range map[string]string{"policylens.wasm": cfg.WASM, "wasm_exec.js": cfg.WASMExec, "model.en.bin": cfg.Model, "outline.txt": cfg.Outline, "warm.txt": cfg.Warm} {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		src[name] = b
	}
	return src, nil
}

// isText says whether a file is rewritten and minified.
func isText(name string) bool {
	switch filepath.Ext(name) {
	case ".html", ".css", ".js", ".svg", ".json", ".webmanifest", ".txt", ".md":
		return true
	}
	return false
}

var refPatterns = map[string]*regexp.Regexp{}

// refPattern matches a file name used as a whole name in text: "app.js",
// './app.js', url(icon.svg), never "myapp.js".
func refPattern(name string) *regexp.Regexp {
	if re, ok := refPatterns[name]; ok {
		return re
	}
	re := regexp.MustCompile(`(^|[^A-Za-z0-9_.\-])` + regexp.QuoteMeta(name) + `($|[^A-Za-z0-9_.\-]|\.[^A-Za-z0-9_])`)
	refPatterns[name] = re
	return re
}

// refsDone reports whether every asset that file n references is built.
func refsDone(n string, data []byte, names []string, built map[string]string) bool {
	if !isText(n) {
		return true
	}
	for _, m := range names {
		if m != n && !unhashed[m] && built[m] == "" && refPattern(m).Match(data) {
			return false
		}
	}
	return true
}

// rewriteRefs replaces logical names with built names.
func rewriteRefs(data []byte, built map[string]string) []byte {
	s := string(data)
	for from, to := range built {
		if from == to {
			continue
		}
		s = refPattern(from).ReplaceAllString(s, "${1}"+to+"${2}")
	}
	return []byte(s)
}

// prepare rewrites references and minifies a text asset.
func prepare(name string, data []byte, built map[string]string) ([]byte, error) {
	if !isText(name) {
		return data, nil
	}
	out, err := minifyAsset(name, rewriteRefs(data, built))
	if err != nil {
		return nil, fmt.Errorf("minify %s: %w", name, err)
	}
	return out, nil
}

// fingerprint inserts a content hash before the extension: app.js -> app.0123456789.js.
func fingerprint(name string, data []byte) string {
	sum := sha256.Sum256(data)
	ext := filepath.Ext(name)
	return strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:])[:10] + ext
}

// sizesPlaceholder, in a script, is replaced with the sizes of the binary
// assets built before it (the ones it references): the page's loader shows
// download progress from them, since a compressed response's length is not
// the size of what it decodes to.
const sizesPlaceholder = "const SIZES = {};"

// withSizes fills in sizesPlaceholder.
func withSizes(data []byte, built map[string]string, sizes map[string]int) []byte {
	if !bytes.Contains(data, []byte(sizesPlaceholder)) {
		return data
	}
	list, _ := json.Marshal(sizes)
	return bytes.Replace(data, []byte(sizesPlaceholder), []byte("const SIZES = "+string(list)+";"), 1)
}

// serviceWorker fills the offline asset list and the cache version.
func serviceWorker(sw []byte, built map[string]string) ([]byte, error) {
	assets := []string{"./"}
	for _, n := range keys(built) {
		assets = append(assets, "./"+built[n])
	}
	list, _ := json.Marshal(assets)
	sum := sha256.Sum256(list)
	s := string(sw)
	for from, to := range map[string]string{
		"const VERSION = 'dev';": "const VERSION = '" + hex.EncodeToString(sum[:])[:10] + "';",
		"const ASSETS = ['./'];": "const ASSETS = " + string(list) + ";",
	} {
		if !strings.Contains(s, from) {
			return nil, fmt.Errorf("sw.js: placeholder %q not found", from)
		}
		s = strings.Replace(s, from, to, 1)
	}
	return []byte(s), nil
}

// hostHeaders is a _headers file for static hosts that read one.
func hostHeaders(built map[string]string) []byte {
	var b strings.Builder
	b.WriteString("/*\n")
	for _, kv := range sitesrv.SecurityHeaders {
		fmt.Fprintf(&b, "  %s: %s\n", kv[0], kv[1])
	}
	for _, n := range keys(built) {
		if sitesrv.IsFingerprinted(built[n]) {
			fmt.Fprintf(&b, "/%s\n  Cache-Control: %s\n", built[n], sitesrv.ImmutableCache)
		}
	}
	return []byte(b.String())
}

func write(dir, name string, data []byte) error {
	return os.WriteFile(filepath.Join(dir, name), data, 0o644)
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
