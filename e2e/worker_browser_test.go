package e2e

import (
	"bytes"
	"context"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/policylens/policylens/share"
)

// TestWorkerShareInteropBrowser shares a policy through the real local
// Worker from one Chromium and opens the link in another with a fresh
// profile, using e2e/testdata/sharepage: a client written in JavaScript
// (WebCrypto, deflate-raw) from the README's envelope layout alone. It
// checks the /r/ redirect keeps the key fragment, that the text comes back
// intact, that Go's share.Open reads the JavaScript envelope, and that KV
// holds no policy text.
func TestWorkerShareInteropBrowser(t *testing.T) {
	w := startWorkerSite(t, filepath.Join(repoRoot(t), "e2e", "testdata", "sharepage"))
	policy := workerSeed(t)

	sharer := newBrowser(t)
	var link, token string
	if err := chromedp.Run(sharer,
		chromedp.Navigate(w.URL+"/"),
		chromedp.WaitVisible(`body[data-state="ready"]`),
		chromedp.SetValue("#text", policy, chromedp.ByID),
		chromedp.SetValue("#expiry", "1d", chromedp.ByID),
		chromedp.Click("#share", chromedp.ByID),
		chromedp.WaitVisible(`body[data-state="shared"], body[data-state="failed"]`),
		chromedp.AttributeValue("#link", "href", &link, nil, chromedp.ByID),
		chromedp.AttributeValue("#link", "data-delete-token", &token, nil, chromedp.ByID),
	); err != nil {
		t.Fatalf("share: %v", err)
	}
	u, err := url.Parse(link)
	if err != nil || !strings.HasPrefix(u.Path, "/r/") || !strings.HasPrefix(u.Fragment, "k=") {
		t.Fatalf("shared link %q is not /r/<id>#k=<key>", link)
	}
	id, key := strings.TrimPrefix(u.Path, "/r/"), strings.TrimPrefix(u.Fragment, "k=")

	// The reader: a different browser profile with nothing in common.
	reader := newBrowser(t)
	var shown, landed, state string
	if err := chromedp.Run(reader,
		chromedp.Navigate(link),
		chromedp.WaitVisible(`body[data-state="shown"], body[data-state="failed"]`),
		chromedp.Evaluate(`document.body.dataset.state + ": " + document.getElementById("status").textContent`, &state),
		chromedp.Evaluate(`document.getElementById("out").textContent`, &shown),
		chromedp.Location(&landed),
	); err != nil {
		t.Fatalf("open link: %v", err)
	}
	if !strings.HasPrefix(state, "shown") {
		t.Fatalf("the reader says %q", state)
	}
	if want := w.URL + "/?report=" + id + "#k=" + key; landed != want {
		t.Errorf("landed on %q, want %q (the key must survive the redirect)", landed, want)
	}
	if shown != policy {
		t.Fatalf("the reader shows %d bytes, want the %d-byte policy", len(shown), len(policy))
	}

	// Go reads what JavaScript sealed.
	res, env := w.call(t, "GET", "/api/reports/"+id, nil)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("fetch: %d", res.StatusCode)
	}
	if got, err := share.Open(env, key); err != nil || !bytes.Equal(got, []byte(policy)) {
		t.Fatalf("share.Open of the browser's envelope: %v", err)
	}
	checkNoPlaintext(t, w.Persist, policy)

	// The sharer deletes it; the link then says so.
	if res, body := w.call(t, "DELETE", "/api/reports/"+id, nil, "Authorization", "Bearer "+token); res.StatusCode != http.StatusNoContent {
		t.Fatalf("delete: %d %s", res.StatusCode, body)
	}
	ctx, cancel := context.WithCancel(newBrowser(t))
	defer cancel()
	if err := chromedp.Run(ctx,
		chromedp.Navigate(link),
		chromedp.WaitVisible(`body[data-state="shown"], body[data-state="failed"]`),
		chromedp.Evaluate(`document.body.dataset.state + ": " + document.getElementById("status").textContent`, &state),
	); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(state, "404") {
		t.Errorf("a deleted report's link says %q, want a 404", state)
	}
}

// TestWorkerServesSite opens the real page from the local Worker (static
// assets with the site's _headers) and analyses a seed policy: one deploy
// ships the whole product.
func TestWorkerServesSite(t *testing.T) {
	w := startWorker(t)
	ctx := newBrowser(t)
	t.Cleanup(func() { chromedp.Cancel(ctx) })
	pageRun(t, ctx,
		chromedp.Navigate(w.URL+"/"),
		pageEvalAwait(`policylens.ready.then(() => true)`, nil),
		chromedp.Poll(`document.body.dataset.worker === 'ready'`, nil, chromedp.WithPollingTimeout(30*time.Second)),
	)
	pagePaste(t, ctx, workerSeed(t))
	if marks := pageMarks(t, ctx); len(marks) == 0 {
		t.Error("the page served by the Worker highlights nothing in a seed policy")
	}
	res, _ := w.call(t, "GET", "/", nil)
	csp := res.Header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "script-src 'self' 'wasm-unsafe-eval'") {
		t.Errorf("the site's CSP from the Worker is %q", csp)
	}
}
