package e2e

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserStarts checks the harness itself: Chromium starts headless and
// renders a local page.
func TestBrowserStarts(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte(`<!doctype html><title>ok</title><p id=p>hello</p>`), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := serveDir(t, dir)
	ctx := newBrowser(t)
	var got string
	if err := chromedp.Run(ctx, chromedp.Navigate(srv.URL), chromedp.Text("#p", &got, chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	if got != "hello" {
		t.Fatalf("text = %q, want hello", got)
	}
}
