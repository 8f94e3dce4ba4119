package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/policylens/policylens/analyzer"
)

// TestPageExports downloads the JSON and Markdown reports (blob downloads
// under the page's CSP) and checks their content.
func TestPageExports(t *testing.T) {
	ctx, _ := openPage(t)
	dir := t.TempDir()
	pageRun(t, ctx, browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllow).WithDownloadPath(dir))
	seed := firstSeed(t)
	pagePaste(t, ctx, seed)
	wait := func(name string) []byte {
		t.Helper()
		p := filepath.Join(dir, name)
		for end := time.Now().Add(15 * time.Second); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
			if b, err := os.ReadFile(p); err == nil && len(b) > 0 {
				return b
			}
		}
		t.Fatalf("%s was not downloaded", name)
		return nil
	}
	pageRun(t, ctx, chromedp.Click(`#download-json`, chromedp.ByQuery))
	var r analyzer.Report
	if err := json.Unmarshal(wait("policylens-report.json"), &r); err != nil {
		t.Fatalf("JSON export: %v", err)
	}
	if len(r.Findings) == 0 || r.Version != analyzer.FormatVersion {
		t.Fatalf("JSON export has %d findings, version %d", len(r.Findings), r.Version)
	}
	for _, f := range r.Findings {
		if seed[f.Start:f.End] != f.Text {
			t.Fatalf("JSON export spans are not byte offsets into the policy: %+v", f)
		}
	}
	pageRun(t, ctx, chromedp.Click(`#download-md`, chromedp.ByQuery))
	md := string(wait("policylens-report.md"))
	if !strings.HasPrefix(md, "# Privacy policy report") || !strings.Contains(md, "## What they collect") {
		t.Errorf("Markdown export starts %q", md[:min(len(md), 200)])
	}
}
