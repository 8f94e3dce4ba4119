package main

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// config names the inputs and the output directory.
type config struct {
	src  string // extension sources
	site string // built web page
	out  string // dist
}

// reportDir is where the built web page lives inside the extension.
const reportDir = "report"

// sharedCSS is the web page's stylesheet that the popup shares (palette,
// highlight kinds, verdict card): the package holds it at its root too,
// under this name, for popup.html.
const sharedCSS = "shared.css"

// bundle is bundle.json: where the popup finds the analyzer and the report
// page inside the extension.
type bundle struct {
	WASM     string `json:"wasm"`
	WASMExec string `json:"wasmExec"`
	Model    string `json:"model"`   // the sentence model's weights, which the analyzer reads beside the WASM
	Outline  string `json:"outline"` // the outline reader's cues, which it reads a text not in English with
	Report   string `json:"report"`
}

// files maps slash-separated paths inside the extension to their contents.
type files map[string][]byte

func (f files) names() []string {
	n := make([]string, 0, len(f))
	for k := range f {
		n = append(n, k)
	}
	sort.Strings(n)
	return n
}

func (f files) size() int {
	n := 0
	for _, b := range f {
		n += len(b)
	}
	return n
}

// build packages the extension and returns a one-line summary of what it wrote.
func build(c config) (string, error) {
	assets, err := readAssetManifest(c.site)
	if err != nil {
		return "", err
	}
	out := files{}
	if err := addSources(out, c.src); err != nil {
		return "", err
	}
	if err := addSite(out, c.site); err != nil {
		return "", err
	}
	if err := addHandover(out); err != nil {
		return "", err
	}
	out[sharedCSS] = out[path.Join(reportDir, assets[sharedCSS])]
	b, err := json.Marshal(bundle{
		WASM:     path.Join(reportDir, assets["policylens.wasm"]),
		WASMExec: path.Join(reportDir, assets["wasm_exec.js"]),
		Model:    path.Join(reportDir, assets["model.en.bin"]),
		Outline:  path.Join(reportDir, assets["outline.txt"]),
		Report:   path.Join(reportDir, "index.html"),
	})
	if err != nil {
		return "", err
	}
	out["bundle.json"] = b
	chrome, firefox, err := manifests(out["manifest.json"])
	if err != nil {
		return "", err
	}
	out["manifest.json"] = chrome
	if err := checkBundle(out); err != nil {
		return "", err
	}

	dir := filepath.Join(c.out, "extension")
	if err := writeDir(dir, out); err != nil {
		return "", err
	}
	zipPath := filepath.Join(c.out, "policylens-extension.zip")
	zn, err := writeZip(zipPath, out)
	if err != nil {
		return "", err
	}
	ff := files{}
	for k, v := range out {
		ff[k] = v
	}
	ff["manifest.json"] = firefox
	fxPath := filepath.Join(c.out, "policylens-extension-firefox.zip")
	fn, err := writeZip(fxPath, ff)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%s: %d files, %d KB; %s: %d KB; %s: %d KB",
		dir, len(out), out.size()>>10, zipPath, zn>>10, fxPath, fn>>10), nil
}

// readAssetManifest reads the site's asset-manifest.json, which maps logical
// names to fingerprinted file names, and checks the names the extension needs.
func readAssetManifest(site string) (map[string]string, error) {
	p := filepath.Join(site, "asset-manifest.json")
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("the built web page is missing (run `make site` first): %w", err)
	}
	m, err := parseAssetManifest(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	for _, k := range []string{"policylens.wasm", "wasm_exec.js", "model.en.bin", "outline.txt", sharedCSS} {
		v, ok := m[k]
		if !ok {
			return nil, fmt.Errorf("%s: no entry for %q", p, k)
		}
		if _, err := os.Stat(filepath.Join(site, filepath.FromSlash(v))); err != nil {
			return nil, fmt.Errorf("%s: %q maps to a missing file: %w", p, k, err)
		}
	}
	if _, err := os.Stat(filepath.Join(site, "index.html")); err != nil {
		return nil, fmt.Errorf("%s has no index.html: %w", site, err)
	}
	return m, nil
}

// parseAssetManifest parses {"logical name": "file name", ...}. Values must
// be clean relative paths inside the site (a leading "/" is allowed).
func parseAssetManifest(b []byte) (map[string]string, error) {
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("not a JSON object of strings: %w", err)
	}
	for k, v := range m {
		v = strings.TrimPrefix(v, "/")
		if !fs.ValidPath(v) || v == "." || strings.Contains(v, `\`) {
			return nil, fmt.Errorf("entry %q: %q is not a path inside the site", k, m[k])
		}
		m[k] = v
	}
	return m, nil
}

// addSources adds the extension sources, minified.
func addSources(out files, src string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		name := filepath.ToSlash(rel)
		if err := checkRefs(name, b, src); err != nil {
			return err
		}
		if b, err = minifyFile(name, b); err != nil {
			return fmt.Errorf("minify %s: %w", p, err)
		}
		out[name] = b
		return nil
	})
}

// addSite adds the built web page under report/.
func addSite(out files, site string) error {
	return filepath.WalkDir(site, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		// Precompressed copies and host configuration only matter to a web server.
		if strings.HasSuffix(p, ".gz") || strings.HasSuffix(p, ".br") || d.Name() == "_headers" {
			return nil
		}
		rel, err := filepath.Rel(site, p)
		if err != nil {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out[path.Join(reportDir, filepath.ToSlash(rel))] = b
		return nil
	})
}

// handoverScript is the source that lets the bundled web page take a text
// from the popup ("Open full report"); it moves next to the page.
const handoverScript = "handover.js"

// addHandover moves handover.js into report/ and loads it from the page's
// index.html, after the page's own scripts.
func addHandover(out files) error {
	idx := path.Join(reportDir, "index.html")
	page := string(out[idx])
	if !strings.Contains(page, "</head>") {
		return fmt.Errorf("%s has no </head> to load %s from", idx, handoverScript)
	}
	if out[handoverScript] == nil {
		return fmt.Errorf("the sources lack %s", handoverScript)
	}
	out[path.Join(reportDir, handoverScript)] = out[handoverScript]
	delete(out, handoverScript)
	out[idx] = []byte(strings.Replace(page, "</head>", `<script type="module" src="`+handoverScript+`"></script></head>`, 1))
	return nil
}
