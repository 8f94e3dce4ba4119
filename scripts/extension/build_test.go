package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const sources = "../../site/extension"

// fakeSite writes a small built web page like dist/site.
func fakeSite(t *testing.T, manifest string, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	all := map[string]string{
		"asset-manifest.json":    manifest,
		"index.html":             `<!doctype html><html><head><title>p</title><script type="module" src="app.1.js"></script></head><body></body></html>`,
		"index.html.gz":          "gz",
		"_headers":               "/*\n  X-Frame-Options: DENY\n",
		"policylens.abc123.wasm": "\x00asm",
		"wasm_exec.def456.js":    "class Go {}",
		"model.en.789abc.bin":    "weights",
		"outline.0de1f2.txt":     "# PolicyLens outline cues",
		"app.1.js":               "",
		"shared.7.css":           ".verdict{}",
	}
	for k, v := range files {
		all[k] = v
	}
	for name, body := range all {
		if body == "-" {
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const goodAssets = `{"policylens.wasm": "policylens.abc123.wasm", "wasm_exec.js": "/wasm_exec.def456.js", "model.en.bin": "model.en.789abc.bin", "outline.txt": "outline.0de1f2.txt", "app.js": "app.1.js", "shared.css": "shared.7.css"}`

func buildOK(t *testing.T, site string) string {
	t.Helper()
	out := t.TempDir()
	if _, err := build(config{src: sources, site: site, out: out}); err != nil {
		t.Fatal(err)
	}
	return out
}

func readZip(t *testing.T, name string) map[string][]byte {
	t.Helper()
	zr, err := zip.OpenReader(name)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	m := map[string][]byte{}
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		m[f.Name] = b
	}
	return m
}

func TestBuild(t *testing.T) {
	out := buildOK(t, fakeSite(t, goodAssets, nil))
	dir := filepath.Join(out, "extension")
	got := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		got[filepath.ToSlash(rel)], err = os.ReadFile(p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"manifest.json", "popup.html", "popup.js", "background.js", "extract.js", "page.js",
		"highlight.css", "icons/icon-128.png", "report/index.html", "report/policylens.abc123.wasm",
		"report/wasm_exec.def456.js", "report/model.en.789abc.bin", "report/outline.0de1f2.txt", "report/handover.js", "shared.css"} {
		if got[want] == nil {
			t.Errorf("package lacks %s", want)
		}
	}
	for _, unwanted := range []string{"report/index.html.gz", "report/_headers", "handover.js"} {
		if got[unwanted] != nil {
			t.Errorf("package has %s", unwanted)
		}
	}
	var b bundle
	if err := json.Unmarshal(got["bundle.json"], &b); err != nil {
		t.Fatal(err)
	}
	if b != (bundle{WASM: "report/policylens.abc123.wasm", WASMExec: "report/wasm_exec.def456.js", Model: "report/model.en.789abc.bin", Outline: "report/outline.0de1f2.txt", Report: "report/index.html"}) {
		t.Errorf("bundle.json = %+v", b)
	}
	if !bytes.Contains(got["report/index.html"], []byte(`<script type="module" src="handover.js"></script></head>`)) {
		t.Errorf("report/index.html does not load handover.js: %s", got["report/index.html"])
	}
	src, _ := os.ReadFile(filepath.Join(sources, "popup.js"))
	if len(got["popup.js"]) >= len(src) || bytes.Contains(got["popup.js"], []byte("// The PolicyLens popup")) {
		t.Errorf("popup.js is not minified (%d bytes, source %d)", len(got["popup.js"]), len(src))
	}

	// The store zip holds exactly the unpacked files.
	zipped := readZip(t, filepath.Join(out, "policylens-extension.zip"))
	if len(zipped) != len(got) {
		t.Errorf("zip has %d files, directory %d", len(zipped), len(got))
	}
	for name, body := range got {
		if !bytes.Equal(zipped[name], body) {
			t.Errorf("zip entry %s differs from the unpacked file", name)
		}
	}

	// The Firefox zip differs only in the manifest.
	fx := readZip(t, filepath.Join(out, "policylens-extension-firefox.zip"))
	var m struct {
		Background map[string]any `json:"background"`
		BSS        struct {
			Gecko struct {
				ID string `json:"id"`
			} `json:"gecko"`
		} `json:"browser_specific_settings"`
	}
	if err := json.Unmarshal(fx["manifest.json"], &m); err != nil {
		t.Fatal(err)
	}
	if _, ok := m.Background["service_worker"]; ok || m.Background["scripts"] == nil || m.BSS.Gecko.ID != geckoID {
		t.Errorf("Firefox manifest: background %v, gecko id %q", m.Background, m.BSS.Gecko.ID)
	}
	if !bytes.Equal(fx["popup.js"], got["popup.js"]) {
		t.Error("the Firefox zip has different sources")
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	site := fakeSite(t, goodAssets, nil)
	a, _ := os.ReadFile(filepath.Join(buildOK(t, site), "policylens-extension.zip"))
	b, _ := os.ReadFile(filepath.Join(buildOK(t, site), "policylens-extension.zip"))
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Fatalf("two builds of the same inputs differ (%d and %d bytes)", len(a), len(b))
	}
}

func TestBuildRejectsBadSites(t *testing.T) {
	tests := []struct {
		name     string
		manifest string
		files    map[string]string
		want     string
	}{
		{"no asset manifest", "-", nil, "make site"},
		{"not JSON", `[1, 2]`, nil, "not a JSON object"},
		{"no wasm entry", `{"wasm_exec.js": "wasm_exec.def456.js"}`, nil, `"policylens.wasm"`},
		{"missing file", `{"policylens.wasm": "gone.wasm", "wasm_exec.js": "wasm_exec.def456.js", "model.en.bin": "model.en.789abc.bin", "shared.css": "shared.7.css"}`, nil, "missing file"},
		{"no model", `{"policylens.wasm": "policylens.abc123.wasm", "wasm_exec.js": "wasm_exec.def456.js", "shared.css": "shared.7.css"}`, nil, `"model.en.bin"`},
		{"no outline cues", `{"policylens.wasm": "policylens.abc123.wasm", "wasm_exec.js": "wasm_exec.def456.js", "model.en.bin": "model.en.789abc.bin", "shared.css": "shared.7.css"}`, nil, `"outline.txt"`},
		{"path outside", `{"policylens.wasm": "../../etc/passwd", "wasm_exec.js": "wasm_exec.def456.js"}`, nil, "not a path inside"},
		{"no index", goodAssets, map[string]string{"index.html": "-"}, "no index.html"},
		{"index without head", goodAssets, map[string]string{"index.html": "<p>hi"}, "</head>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := build(config{src: sources, site: fakeSite(t, tt.manifest, tt.files), out: t.TempDir()})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want one mentioning %q", err, tt.want)
			}
		})
	}
}

func TestManifestChecks(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(sources, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := manifests(src); err != nil {
		t.Fatalf("the source manifest fails its own checks: %v", err)
	}
	tests := []struct {
		name string
		edit func(m map[string]any)
		want string
	}{
		{"manifest v2", func(m map[string]any) { m["manifest_version"] = 2 }, "manifest_version"},
		{"extra permission", func(m map[string]any) { m["permissions"] = []any{"activeTab", "tabs"} }, "tabs"},
		{"host permissions", func(m map[string]any) { m["host_permissions"] = []any{"<all_urls>"} }, "host_permissions"},
		{"content scripts", func(m map[string]any) { m["content_scripts"] = []any{} }, "content_scripts"},
		{"loose CSP", func(m map[string]any) {
			m["content_security_policy"] = map[string]any{"extension_pages": "script-src 'self' 'unsafe-eval'"}
		}, "content_security_policy"},
		{"no worker", func(m map[string]any) { m["background"] = map[string]any{} }, "service_worker"},
		{"no name", func(m map[string]any) { delete(m, "name") }, `"name"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m map[string]any
			if err := json.Unmarshal(src, &m); err != nil {
				t.Fatal(err)
			}
			tt.edit(m)
			b, _ := json.Marshal(m)
			if _, _, err := manifests(b); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want one mentioning %q", err, tt.want)
			}
		})
	}
}

func TestCheckRefs(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.js"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, file, body, want string
	}{
		{"present", "p.html", `<script src="a.js"></script><a href="#top">x</a>`, ""},
		{"missing script", "p.html", `<script src="b.js"></script>`, `"b.js"`},
		{"remote script", "p.html", `<script src="https://cdn.example/x.js"></script>`, "remote"},
		{"injected present", "x.js", `executeScript({ files: ['a.js'] })`, ""},
		{"injected missing", "x.js", `insertCSS({ files: ["gone.css"] })`, `"gone.css"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkRefs(tt.file, []byte(tt.body), dir)
			if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func FuzzParseAssetManifest(f *testing.F) {
	f.Add([]byte(goodAssets))
	f.Add([]byte(`{"a": "../x"}`))
	f.Add([]byte(`{"a": "/"}`))
	f.Add([]byte(`{"a": "x\\..\\y"}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := parseAssetManifest(b)
		if err != nil {
			return
		}
		for k, v := range m {
			if !fs.ValidPath(v) || v == "." || strings.Contains(v, `\`) {
				t.Fatalf("accepted %q: %q", k, v)
			}
		}
	})
}
