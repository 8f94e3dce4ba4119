package e2e

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/policylens/policylens/scripts/serve/sitesrv"
	"github.com/policylens/policylens/wasm/view"
)

// TestPageOutline pastes a policy in French (our own text,
// testdata/outline/fr.txt): the page reads it in outline, shows the outline
// notice, and highlights what the analyzer run natively finds (collection,
// sharing, a sale denial, rights, retention, security, children, changes).
func TestPageOutline(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "outline", "fr.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := textareaText(string(data))
	want := nativeReport(text)
	if want.Language != "fr" {
		t.Fatalf("the analyzer reads the French text as %q", want.Language)
	}
	ctx, _ := openPage(t)
	pagePaste(t, ctx, text)

	var notices string
	pageRun(t, ctx, chromedp.Evaluate(`document.getElementById('notices').textContent`, &notices))
	if !strings.Contains(notices, "This policy is in French") || !strings.Contains(notices, "outline") {
		t.Errorf("the page shows no outline notice: %q", notices)
	}

	kinds := map[string]int{}
	for _, m := range pageMarks(t, ctx) {
		kinds[m.Kind]++
	}
	wantKinds := map[string]int{}
	for _, h := range view.Highlights(want.Findings, headingSpans(text)) {
		if h.Kind != "" {
			wantKinds[h.Kind]++
		}
	}
	for _, k := range []string{"collect", "share", "sale", "right", "retention", "security", "children", "change"} {
		if wantKinds[k] == 0 {
			t.Errorf("the analyzer finds no %s in the French text", k)
		}
	}
	for k, n := range wantKinds {
		if kinds[k] != n {
			t.Errorf("%d highlights of %s, want %d (as the analyzer's)", kinds[k], k, n)
		}
	}

	// A long one is read by the analysis worker, which has the page's cues.
	long := strings.Repeat(text+"\n\n", (64<<10)/len(text)+1)
	pagePaste(t, ctx, long)
	var worker string
	pageRun(t, ctx,
		chromedp.Evaluate(`document.getElementById('notices').textContent`, &notices),
		chromedp.Evaluate(`document.body.dataset.decodeMs || ''`, &worker),
	)
	if !strings.Contains(notices, "This policy is in French") || worker == "" {
		t.Errorf("a long French text (%d bytes): notices %q, worker's report decoded in %q ms", len(long), notices, worker)
	}
	pagePaste(t, ctx, text)

	// The summary says so too: the sale denial and the rights, in English.
	var summaryText string
	pageRun(t, ctx, chromedp.Evaluate(`document.getElementById('summary').textContent`, &summaryText))
	for _, s := range []string{"Have your data deleted", "2 years"} {
		if !strings.Contains(summaryText, s) {
			t.Errorf("the summary does not say %q", s)
		}
	}
}

// TestPageOutlineUnavailable serves the page with its outline cues
// (outline.txt) held back, then missing or late: an English paste is
// analysed at once, without them; a French one (short: read on the page;
// long: by the analysis worker) shows that the page is at work until they
// come, then is read in outline, or, when they fail, gets the notice that
// they could not be loaded, and no findings.
func TestPageOutlineUnavailable(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "outline", "fr.txt"))
	if err != nil {
		t.Fatal(err)
	}
	short := textareaText(string(data))
	long := strings.Repeat(short+"\n\n", (64<<10)/len(short)+1)
	for _, tt := range []struct {
		name, french string
		fail         bool
		want         string
	}{
		{"missing", short, true, "could not be loaded (HTTP 404)"},
		{"late, long", long, false, "This policy is in French"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page := sitesrv.Handler(distDir(t, "site"))
			release := make(chan struct{})
			asked := make(chan string, 8)
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if strings.HasPrefix(r.URL.Path, "/outline.") {
					asked <- r.URL.RawQuery
					select {
					case <-release:
					case <-r.Context().Done():
					}
					if tt.fail {
						http.Error(w, "gone", http.StatusNotFound)
						return
					}
				}
				page.ServeHTTP(w, r)
			}))
			t.Cleanup(srv.Close)
			t.Cleanup(func() {
				select {
				case <-release:
				default:
					close(release)
				}
			})
			ctx := newBrowser(t)
			t.Cleanup(func() { chromedp.Cancel(ctx) })
			pageRun(t, ctx,
				chromedp.Navigate(srv.URL+"/"),
				pageEvalAwait(`policylens.ready.then(() => true)`, nil),
				chromedp.Poll(`document.body.dataset.worker === 'ready'`, nil, chromedp.WithPollingTimeout(30*time.Second)),
			)
			// The page asked for the cues once it was ready, with no text pasted.
			select {
			case q := <-asked:
				if q != "" {
					t.Errorf("the request for the cues carries a query: %q", q)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("the page did not ask for outline.txt after it was ready")
			}

			// English: analysed at once, the cues still held back.
			pagePaste(t, ctx, firstSeed(t))
			var notices string
			pageRun(t, ctx, chromedp.Evaluate(`document.getElementById('notices').textContent`, &notices))
			if strings.Contains(notices, "reading material") || len(pageMarks(t, ctx)) == 0 {
				t.Errorf("the English paste: notices %q, %d highlights", notices, len(pageMarks(t, ctx)))
			}

			// French: at work, and waiting, while the cues are held back.
			js, _ := json.Marshal(tt.french)
			pageRun(t, ctx, chromedp.Evaluate(fmt.Sprintf(`(() => {
				document.body.dataset.state = 'pasting';
				const t = document.getElementById('policy-input');
				t.value = %s;
				t.dispatchEvent(new Event('input', {bubbles: true}));
			})()`, js), nil))
			pageRun(t, ctx, chromedp.Poll(`document.body.dataset.state === 'analysing'`, nil, chromedp.WithPollingTimeout(20*time.Second)))
			time.Sleep(500 * time.Millisecond)
			var state, message string
			pageRun(t, ctx,
				chromedp.Evaluate(`document.body.dataset.state`, &state),
				chromedp.Evaluate(`document.getElementById('input-message').textContent`, &message),
			)
			if state != "analysing" || !strings.Contains(message, "Loading the reading material") {
				t.Errorf("waiting for the cues: state %q, message %q", state, message)
			}

			// The cues come, or fail: the French text is read, or the
			// notice says why not.
			close(release)
			pageRun(t, ctx, chromedp.Poll(`document.body.dataset.state === 'done'`, nil, chromedp.WithPollingTimeout(30*time.Second)))
			var loaded string
			pageRun(t, ctx,
				chromedp.Evaluate(`document.getElementById('notices').textContent`, &notices),
				pageEvalAwait(`policylens.outlineLoaded`, &loaded),
			)
			if !strings.Contains(notices, tt.want) || tt.fail && !strings.Contains(notices, "French") {
				t.Errorf("the notices say %q, want %q", notices, tt.want)
			}
			if want := map[bool]string{true: "HTTP 404", false: ""}[tt.fail]; loaded != want {
				t.Errorf("policylens.outlineLoaded = %q, want %q", loaded, want)
			}
			if marks := pageMarks(t, ctx); (len(marks) == 0) != tt.fail {
				t.Errorf("%d highlights in the French text", len(marks))
			}
			if !tt.fail {
				var decoded string
				pageRun(t, ctx, chromedp.Evaluate(`document.body.dataset.decodeMs || ''`, &decoded))
				if decoded == "" {
					t.Error("the long French text was not read by the analysis worker")
				}
				return
			}
			// The analysis worker has the page's reason too.
			pagePaste(t, ctx, long)
			pageRun(t, ctx, chromedp.Evaluate(`document.getElementById('notices').textContent + ' / ' + (document.body.dataset.decodeMs || '')`, &notices))
			if !strings.Contains(notices, tt.want) || strings.HasSuffix(notices, " / ") {
				t.Errorf("a long French text: %q, not the worker's report that the material could not be loaded", notices)
			}
		})
	}
}

// TestExtensionReadsOutline analyses a policy page in French through the
// extension's popup: the analyzer there reads it in outline with the cues
// the package bundles (bundle.json's outline), as the command line does.
func TestExtensionReadsOutline(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "outline", "fr.txt"))
	if err != nil {
		t.Fatal(err)
	}
	site := newFakeSite(t, []string{string(data)})
	e := startExtension(t, site)
	popup := e.openPopup("/policy?seed=0")
	t.Log(e.analyse(popup, "#analyse-page"))
	var got struct {
		Language string `json:"language"`
		Findings int    `json:"findings"`
		Loaded   string `json:"loaded"`
	}
	e.eval(popup, `policylens.outlineLoaded.then(loaded => ({language: policylensResult().report.language,
		findings: policylensResult().report.findings.length, loaded}))`, &got)
	if got.Language != "fr" || got.Findings == 0 || got.Loaded != "" {
		t.Errorf("the popup read the French page as %q with %d findings (outline cues: %q)", got.Language, got.Findings, got.Loaded)
	}
	e.checkRequests(t)
}
