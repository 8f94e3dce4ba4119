package e2e

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestFirefoxLint runs Mozilla's linter (web-ext lint, the checks
// addons.mozilla.org runs on upload) on the Firefox package: no error,
// warning or notice.
func TestFirefoxLint(t *testing.T) {
	root := repoRoot(t)
	webExt := filepath.Join(root, "node_modules", ".bin", "web-ext")
	if _, err := os.Stat(webExt); err != nil {
		t.Fatalf("web-ext is not installed: run `npm ci` (make test does): %v", err)
	}
	dir := unzipTo(t, filepath.Join(distDir(t, "."), "policylens-extension-firefox.zip"))
	cmd := exec.Command(webExt, "lint", "--source-dir", dir, "--no-config-discovery", "--output", "json")
	cmd.Env = append(os.Environ(), "WEB_EXT_NO_UPDATE_NOTIFIER=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, _ := cmd.Output() // exit status 1 on errors; the JSON says which
	var res struct {
		Count    int `json:"count"`
		Summary  struct{ Errors, Notices, Warnings int }
		Errors   []lintMessage `json:"errors"`
		Warnings []lintMessage `json:"warnings"`
		Notices  []lintMessage `json:"notices"`
	}
	if i := bytes.IndexByte(out, '{'); i >= 0 {
		out = out[i:]
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("web-ext lint output is not JSON: %v\n%s\n%s", err, out, stderr.String())
	}
	for _, m := range append(append(res.Errors, res.Warnings...), res.Notices...) {
		t.Errorf("%s %s: %s (%s)", m.Type, m.Code, m.Message, m.File)
	}
	t.Logf("web-ext lint: %d errors, %d warnings, %d notices", res.Summary.Errors, res.Summary.Warnings, res.Summary.Notices)
}

// lintMessage is one finding of web-ext lint.
type lintMessage struct {
	Type    string `json:"_type"`
	Code    string `json:"code"`
	Message string `json:"message"`
	File    string `json:"file"`
}

// unzipTo extracts a zip into a fresh temporary folder and returns it.
func unzipTo(t testing.TB, zipPath string) string {
	t.Helper()
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		t.Fatalf("open %s (run `make extension`; make test does): %v", zipPath, err)
	}
	defer zr.Close()
	dir := t.TempDir()
	for _, f := range zr.File {
		if f.FileInfo().IsDir() || !filepath.IsLocal(f.Name) {
			continue
		}
		p := filepath.Join(dir, f.Name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
