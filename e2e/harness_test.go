package e2e

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// repoRoot is the repository root, found from this file's location.
func repoRoot(t testing.TB) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("cannot locate repository root")
	}
	return filepath.Dir(filepath.Dir(file))
}

// distDir returns dist/<name> and fails the test when it has not been built.
func distDir(t testing.TB, name string) string {
	t.Helper()
	d := filepath.Join(repoRoot(t), "dist", name)
	if _, err := os.Stat(d); err != nil {
		t.Fatalf("%s is missing: run `make test` (or `make site`) so the build runs first: %v", d, err)
	}
	return d
}

// chromiumPath finds the browser; a missing browser fails the test, it never skips it.
func chromiumPath(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("POLICYLENS_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("no Chromium found: install Debian's chromium package (.ci/run does) or set POLICYLENS_CHROMIUM")
	return ""
}

// newBrowser starts a fresh headless Chromium with an empty profile and
// returns a tab context. extra adds flags (e.g. for loading an extension).
func newBrowser(t testing.TB, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.Flag("headless", "new"),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1280, 900),
	}
	opts = append(opts, extra...)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	// Close the browser and wait for it before the profile folder (a
	// t.TempDir, removed after this cleanup) goes: Chromium still writes to it
	// while it shuts down.
	t.Cleanup(func() {
		if ctx.Err() == nil { // a test may have closed it already; Cancel is not idempotent
			chromedp.Cancel(ctx)
		}
		cancelT()
		cancelC()
		cancelA()
	})
	if err := chromedp.Run(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// serveDir serves a directory on a loopback test server for the test's lifetime.
func serveDir(t testing.TB, dir string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	t.Cleanup(srv.Close)
	return srv
}

// artifactDir is where tests save screenshots: e2e/artifacts (ignored by git).
func artifactDir(t testing.TB) string {
	t.Helper()
	d := filepath.Join(repoRoot(t), "e2e", "artifacts")
	if err := os.MkdirAll(d, 0o755); err != nil {
		t.Fatal(err)
	}
	return d
}
