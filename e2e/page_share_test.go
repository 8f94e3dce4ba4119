package e2e

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/policylens/policylens/scripts/serve/sitesrv"
	"github.com/policylens/policylens/share"
)

// fakeReports is an in-memory stand-in for the Worker's /api/reports, so
// the page's short-link flow is tested without wrangler. It keeps what it
// was sent, so the test can check that it never saw the policy text.
type fakeReports struct {
	mu      sync.Mutex
	reports map[string][]byte
	tokens  map[string]string
	bodies  [][]byte
}

func (f *fakeReports) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	id := strings.TrimPrefix(r.URL.Path, "/api/reports/")
	switch {
	case r.URL.Path == "/api/reports" && r.Method != http.MethodPost: // as the Worker answers the page's probe
		w.Header().Set("Allow", "POST")
		http.Error(w, `{"error":"method not allowed; use POST"}`, http.StatusMethodNotAllowed)
	case r.Method == http.MethodPost && r.URL.Path == "/api/reports":
		b, _ := io.ReadAll(r.Body)
		f.bodies = append(f.bodies, b)
		if share.ValidateEnvelope(b) != nil || r.Header.Get("Content-Type") != "application/octet-stream" {
			http.Error(w, `{"error":"bad envelope"}`, http.StatusBadRequest)
			return
		}
		id, tok := share.NewID(), share.NewToken()
		f.reports[id], f.tokens[id] = b, tok
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		io.WriteString(w, `{"id":"`+id+`","deleteToken":"`+tok+`","expiresAt":"`+time.Now().Add(7*24*time.Hour).UTC().Format(time.RFC3339)+`"}`)
	case r.Method == http.MethodGet && f.reports[id] != nil:
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write(f.reports[id])
	case r.Method == http.MethodDelete && f.reports[id] != nil:
		if r.Header.Get("Authorization") != "Bearer "+f.tokens[id] {
			http.Error(w, `{"error":"forbidden"}`, http.StatusForbidden)
			return
		}
		delete(f.reports, id)
		w.WriteHeader(http.StatusNoContent)
	default:
		http.NotFound(w, r)
	}
}

// TestPageShareFragment shares a policy as a #r= link and opens it.
func TestPageShareFragment(t *testing.T) {
	ctx, _ := openPage(t)
	seed := firstSeed(t)
	pagePaste(t, ctx, seed)
	var link, apiLink string
	pageRun(t, ctx,
		chromedp.Evaluate(`document.querySelector('#share summary').click()`, nil),
		pageWait(`document.getElementById('share-link').value !== ''`, 5*time.Second),
		chromedp.Evaluate(`document.getElementById('share-link').value`, &link),
		pageEvalAwait(`policylens.reportLink(document.getElementById('policy-input').value)`, &apiLink),
	)
	if !strings.Contains(link, "/#r=") || !strings.HasSuffix(link, apiLink) {
		t.Fatalf("share link %q, reportLink %q", link, apiLink)
	}
	var res struct {
		Banner   bool   `json:"banner"`
		ReadOnly bool   `json:"readOnly"`
		Text     string `json:"text"`
		Marks    int    `json:"marks"`
	}
	pageRun(t, ctx,
		chromedp.Navigate("about:blank"),
		chromedp.Navigate(link),
		pageWait(`document.body.dataset.state === 'done'`, 30*time.Second),
		chromedp.Evaluate(`({banner: !document.getElementById('shared-banner').hidden,
			readOnly: document.getElementById('policy-input').readOnly,
			text: document.getElementById('text').textContent,
			marks: document.querySelectorAll('#text mark').length})`, &res),
	)
	if !res.Banner || !res.ReadOnly || res.Text != seed || res.Marks == 0 {
		t.Errorf("opened shared link: banner %v, read-only %v, same text %v, %d marks", res.Banner, res.ReadOnly, res.Text == seed, res.Marks)
	}
}

// serveWithFakeAPI serves the built site with a fake of the Worker's
// reports API beside it.
func serveWithFakeAPI(t *testing.T) (*fakeReports, *httptest.Server) {
	api := &fakeReports{reports: map[string][]byte{}, tokens: map[string]string{}}
	mux := http.NewServeMux()
	mux.Handle("/api/reports", api)
	mux.Handle("/api/reports/", api)
	mux.Handle("/", sitesrv.Handler(distDir(t, "site")))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return api, srv
}

// TestPageShareShortLink creates an encrypted short link against a fake
// Worker API, opens it in a fresh tab, deletes it, and checks the server
// only ever saw ciphertext.
func TestPageShareShortLink(t *testing.T) {
	api, srv := serveWithFakeAPI(t)
	ctx := newBrowser(t)
	t.Cleanup(func() { chromedp.Cancel(ctx) })
	seed := firstSeed(t)
	pageRun(t, ctx, chromedp.Navigate(srv.URL+"/"), pageEvalAwait(`policylens.ready.then(() => true)`, nil))
	pagePaste(t, ctx, seed)
	openSharePanel(t, ctx)
	link, status := createShortLink(t, ctx, "30d")
	if !strings.Contains(link, "#k=") {
		t.Fatalf("short link %q has no key (%s)", link, status)
	}
	api.mu.Lock()
	for _, b := range api.bodies {
		if strings.Contains(string(b), seed[:40]) {
			t.Error("the server received the policy text in the clear")
		}
	}
	api.mu.Unlock()

	var text string
	pageRun(t, ctx,
		chromedp.Navigate(link),
		pageWait(`document.body.dataset.state === 'done'`, 30*time.Second),
		chromedp.Evaluate(`document.getElementById('text').textContent`, &text),
	)
	if text != seed {
		t.Fatalf("opened short link shows %d bytes, want the %d-byte policy", len(text), len(seed))
	}

	// Delete it from a sharing page, then the link must say it is gone.
	var msg string
	pageRun(t, ctx,
		chromedp.Navigate(srv.URL+"/"),
		pageEvalAwait(`policylens.ready.then(() => true)`, nil),
	)
	pagePaste(t, ctx, seed)
	openSharePanel(t, ctx)
	if link, status = createShortLink(t, ctx, "7d"); !strings.Contains(link, "/r/") {
		t.Fatalf("no short link to delete: %s", status)
	}
	pageRun(t, ctx,
		chromedp.Evaluate(`document.getElementById('share-delete').click()`, nil),
		pageWait(`document.getElementById('share-status').textContent.includes('deleted')`, 10*time.Second),
	)
	pageRun(t, ctx,
		chromedp.Navigate(link),
		pageWait(`document.getElementById('input-message').textContent.includes('expired or was deleted')`, 20*time.Second),
		chromedp.Evaluate(`document.getElementById('input-message').textContent`, &msg),
	)
	t.Logf("deleted link says: %s", msg)
}

// TestPageShareWithoutWorker: on a plain static host a short link cannot be
// made, so the page does not offer one and says why; the link with the
// text inside still works.
func TestPageShareWithoutWorker(t *testing.T) {
	ctx, _ := openPage(t)
	pagePaste(t, ctx, firstSeed(t))
	link, _ := openSharePanel(t, ctx)
	var res struct {
		Create   bool   `json:"create"`
		NoWorker string `json:"noWorker"`
	}
	pageRun(t, ctx, chromedp.Evaluate(`({create: document.getElementById('share-create').offsetParent !== null,
		noWorker: document.getElementById('share-no-worker').hidden ? '' : document.getElementById('share-no-worker').textContent})`, &res))
	if res.Create || !strings.Contains(res.NoWorker, "Worker") {
		t.Errorf("without the Worker: Create short link shown %v, note %q", res.Create, res.NoWorker)
	}
	if !strings.Contains(link, "#r=") {
		t.Errorf("without the Worker the page offers no link with the text inside: %q", link)
	}
}

// TestPageShareFresh pastes one policy, opens the Share panel, then pastes
// another with the panel open: the link must follow the text, every time.
func TestPageShareFresh(t *testing.T) {
	ctx, _ := openPage(t)
	seeds := pageSeeds(t)
	names := sortedSeeds(t)
	pagePaste(t, ctx, seeds[names[0]])
	openSharePanel(t, ctx)
	for _, name := range names[1:3] {
		pagePaste(t, ctx, seeds[name])
		// The browser compresses the link: it shows a moment after the analysis.
		var link, want string
		pageRun(t, ctx, pageEvalAwait(`policylens.reportLink(document.getElementById('policy-input').value)`, &want))
		if want == "" {
			t.Fatalf("reportLink gives no link for %s", name)
		}
		w, _ := json.Marshal(want)
		err := chromedp.Run(ctx, pageWait(`document.getElementById('share-link').value.endsWith(`+string(w)+`)`, 5*time.Second))
		if err != nil {
			pageRun(t, ctx, chromedp.Evaluate(`document.getElementById('share-link').value`, &link))
			t.Errorf("after pasting %s with the panel open, the link is stale: %.60q…, want …%.40q", name, link, want)
		}
	}
}

// TestPageShareTooLongWithoutWorker: on a plain static host a policy too
// long for a link with the text inside gets no link at all, so the panel
// says so and shows neither an empty link field with a dead Copy button nor
// a note that points to a link above.
func TestPageShareTooLongWithoutWorker(t *testing.T) {
	ctx, _ := openPage(t)
	pagePaste(t, ctx, longPolicy(t))
	link, note := openSharePanel(t, ctx)
	var res struct {
		Row      bool   `json:"row"`
		NoWorker string `json:"noWorker"`
	}
	pageRun(t, ctx, chromedp.Evaluate(`({row: document.getElementById('share-link').offsetParent !== null,
		noWorker: document.getElementById('share-no-worker').hidden ? '' : document.getElementById('share-no-worker').textContent})`, &res))
	if link != "" || !strings.Contains(note, "too long") {
		t.Fatalf("a long policy gets link %.40q, note %q", link, note)
	}
	if res.Row {
		t.Error("the panel shows an empty link field for a policy too long for a link")
	}
	if strings.Contains(res.NoWorker, "above") || !strings.Contains(res.NoWorker, "Worker") {
		t.Errorf("the note without the Worker says %q", res.NoWorker)
	}
	// A short policy after it gets its link, in view again.
	pagePaste(t, ctx, firstSeed(t))
	pageRun(t, ctx, pageWait(`document.getElementById('share-link').value.includes('#r=') && document.getElementById('share-link').offsetParent !== null`, 10*time.Second))
}

// TestPageShareTooLongShortLink: where the Worker answers, a policy too long
// for a link with the text inside shows no link field until a short link
// is made, then shows that link.
func TestPageShareTooLongShortLink(t *testing.T) {
	_, srv := serveWithFakeAPI(t)
	ctx := newBrowser(t)
	t.Cleanup(func() { chromedp.Cancel(ctx) })
	pageRun(t, ctx, chromedp.Navigate(srv.URL+"/"), pageEvalAwait(`policylens.ready.then(() => true)`, nil),
		chromedp.Poll(`document.body.dataset.worker === 'ready'`, nil, chromedp.WithPollingTimeout(30*time.Second)))
	pagePaste(t, ctx, longPolicy(t))
	link, note := openSharePanel(t, ctx)
	var shown bool
	pageRun(t, ctx, pageWait(`document.body.dataset.shortLinks === 'true'`, 10*time.Second),
		chromedp.Evaluate(`document.getElementById('share-link').offsetParent !== null`, &shown))
	if link != "" || !strings.Contains(note, "too long") || shown {
		t.Fatalf("a long policy: link %.40q, note %q, link field shown %v", link, note, shown)
	}
	link, status := createShortLink(t, ctx, "1d")
	pageRun(t, ctx, chromedp.Evaluate(`document.getElementById('share-link').offsetParent !== null`, &shown))
	if !strings.Contains(link, "/r/") || !shown {
		t.Errorf("after Create short link: link %q (status %q), field shown %v", link, status, shown)
	}
}
