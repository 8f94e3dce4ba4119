package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"

	"github.com/policylens/policylens/summary"
)

// The extension tests load dist/extension (make extension) into headless
// Chromium, serve a fake company site whose policy page holds a seed policy
// inside real-looking site chrome (menu, promo links, sidebar, hidden modal,
// footer, fixed cookie banner), and drive the popup opened as a page with
// popup.html?tab=<tabId>.
//
// Headless Chromium has no toolbar to click, so the activeTab grant a reader
// gives by clicking the PolicyLens button cannot happen; the test copy of the
// extension grants host access to the loopback test site instead. Everything
// else is the shipped package.

// highlightKinds are the finding kinds that get marks in the page.
var highlightKinds = []string{"collect", "share", "sale", "right", "retention", "security", "children", "change", "transfer", "dnt"}

// chromeMarkers are sentences of the fake site's chrome that must never be
// part of the extracted policy text.
var chromeMarkers = []string{
	"Customer stories", "Spring sale", "You might also like", "Subscribe to our newsletter",
	"Registered in England and Wales", "We use cookies to give you the best experience", "Skip to content",
	"What we collect", "Printed copy", "Manage how this site uses cookies", "Share on Facebook",
}

func readSeeds(t *testing.T) []string {
	t.Helper()
	var seeds []string
	for _, p := range seedPolicies(t) {
		seeds = append(seeds, p.text)
	}
	return seeds
}

// policyHTML turns a pasted policy into HTML the way a site would publish
// it: one paragraph per line, short unpunctuated lines as headings.
func policyHTML(text string) string {
	var b strings.Builder
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		tag := "p"
		if len(line) < 60 && !strings.ContainsAny(line[len(line)-1:], ".:;,") {
			tag = "h2"
		}
		fmt.Fprintf(&b, "<%s>%s</%s>\n", tag, html.EscapeString(line), tag)
	}
	return b.String()
}

// fakeSite serves the company site and records the paths it was asked for.
type fakeSite struct {
	*httptest.Server
	mu   sync.Mutex
	hits []string
}

func newFakeSite(t *testing.T, seeds []string) *fakeSite {
	dir := filepath.Join(repoRoot(t), "e2e", "testdata", "extension")
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	top, bottom := read("chrome-top.html"), read("chrome-bottom.html")
	page := func(title, main string) string {
		return strings.Replace(top, "{{TITLE}}", title, 1) + main + bottom
	}
	// Even seeds sit in a semantic page (main, article, nav, footer), odd
	// ones in a page of plain divs, as many sites are built.
	policy := func(i int, text string) string {
		if i%2 == 1 {
			return strings.Replace(read("policy-plain.html"), "{{POLICY}}", policyHTML(text), 1)
		}
		return page("Privacy Policy", strings.Replace(read("policy.html"), "{{POLICY}}", policyHTML(text), 1))
	}
	fs := &fakeSite{}
	mux := http.NewServeMux()
	mux.HandleFunc("/site.css", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/css")
		fmt.Fprint(w, read("site.css"))
	})
	mux.HandleFunc("/site.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		fmt.Fprint(w, read("site.js"))
	})
	mux.HandleFunc("/policy", func(w http.ResponseWriter, r *http.Request) {
		i, err := strconv.Atoi(r.URL.Query().Get("seed"))
		if err != nil || i < 0 || i >= len(seeds) {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		text := seeds[i]
		if n, _ := strconv.Atoi(r.URL.Query().Get("repeat")); n > 1 && n <= 200 {
			text = strings.Repeat(text+"\n", n)
		}
		fmt.Fprint(w, policy(i, text))
	})
	mux.HandleFunc("/legal/privacy", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, policy(1, seeds[1]))
	})
	mux.HandleFunc("/about", func(w http.ResponseWriter, r *http.Request) { // a page that is not a policy, linking to one
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, read("about.html"))
	})
	mux.HandleFunc("/tricky", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, read("tricky.html"))
	})
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page("Home", read("home.html")))
	})
	fs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fs.mu.Lock()
		fs.hits = append(fs.hits, r.URL.Path)
		fs.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(fs.Close)
	return fs
}

func (s *fakeSite) served(path string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Contains(s.hits, path)
}

// netLog records every request any watched target makes.
type netLog struct {
	mu   sync.Mutex
	urls []string
}

func (n *netLog) watch(t *testing.T, ctx context.Context) {
	t.Helper()
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			n.mu.Lock()
			n.urls = append(n.urls, e.Request.URL)
			n.mu.Unlock()
		}
	})
	if err := chromedp.Run(ctx, network.Enable()); err != nil {
		t.Fatalf("network.Enable: %v", err)
	}
}

// testCopy copies the built extension and grants it host access to the
// loopback test site (see the comment at the top of this file).
func testCopy(t *testing.T) string {
	t.Helper()
	src := distDir(t, "extension")
	b, err := os.ReadFile(filepath.Join(src, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("dist/extension/manifest.json: %v", err)
	}
	checkShippedManifest(t, m)
	dst := filepath.Join(t.TempDir(), "extension")
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	m["host_permissions"] = []string{"*://127.0.0.1/*"}
	if b, err = json.Marshal(m); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dst, "manifest.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

// checkShippedManifest checks what the store package asks for.
func checkShippedManifest(t *testing.T, m map[string]any) {
	t.Helper()
	var perms []string
	for _, p := range m["permissions"].([]any) {
		perms = append(perms, p.(string))
	}
	slices.Sort(perms)
	if want := []string{"activeTab", "contextMenus", "scripting", "storage"}; !slices.Equal(perms, want) {
		t.Errorf("permissions = %v, want %v", perms, want)
	}
	if _, ok := m["host_permissions"]; ok {
		t.Errorf("shipped manifest has host_permissions %v", m["host_permissions"])
	}
	csp := m["content_security_policy"].(map[string]any)["extension_pages"]
	if csp != "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" {
		t.Errorf("extension_pages CSP = %q", csp)
	}
}

// ext is a running browser with the extension loaded.
type ext struct {
	t    *testing.T
	ctx  context.Context // the site tab
	id   string          // extension id
	sw   context.Context // the extension's service worker
	net  *netLog
	site *fakeSite
}

func startExtension(t *testing.T, site *fakeSite) *ext {
	dir := testCopy(t)
	ctx := newBrowser(t,
		chromedp.Flag("disable-extensions-except", dir),
		chromedp.Flag("load-extension", dir),
		// Nothing but the loopback site resolves: a stray request fails fast
		// (and is still recorded below).
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"),
	)
	// Close the browser gracefully before the harness kills it: a killed
	// Chromium's helpers may still write to the profile while the test's
	// temporary directory is being removed.
	t.Cleanup(func() { _ = chromedp.Cancel(ctx) })
	e := &ext{t: t, ctx: ctx, net: &netLog{}, site: site}
	e.net.watch(t, ctx)
	var sw target.ID
	deadline := time.Now().Add(20 * time.Second)
	for sw == "" && time.Now().Before(deadline) {
		infos, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, in := range infos {
			if in.Type == "service_worker" && strings.HasPrefix(in.URL, "chrome-extension://") {
				sw, e.id = in.TargetID, strings.Split(in.URL, "/")[2]
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	if sw == "" {
		t.Fatal("the extension's service worker never started: is dist/extension a valid extension?")
	}
	e.sw, _ = chromedp.NewContext(ctx, chromedp.WithTargetID(sw))
	e.net.watch(t, e.sw)
	e.keepAlive(t)
	return e
}

// keepAlive calls an extension API in the service worker every few seconds
// until the test ends. Chromium stops an idle MV3 service worker after 30 s
// without events or API calls, and an evaluation sent to a stopped worker
// never returns; a slow step on a loaded machine must not cause that.
func (e *ext) keepAlive(t *testing.T) {
	done := make(chan struct{})
	stopped := make(chan struct{})
	t.Cleanup(func() { close(done); <-stopped })
	go func() {
		defer close(stopped)
		tick := time.NewTicker(5 * time.Second)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				ctx, cancel := context.WithTimeout(e.sw, 5*time.Second)
				_ = chromedp.Run(ctx, chromedp.Evaluate(`chrome.runtime.getPlatformInfo().then(() => true)`, nil, awaitPromise))
				cancel()
			}
		}
	}()
}

// poll checks on a timer rather than on animation frames.
var poll = chromedp.WithPollingInterval(50 * time.Millisecond)

func awaitPromise(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }

// tabID returns the extension API's id of the tab showing a URL of the site.
func (e *ext) tabID(u string) int {
	e.t.Helper()
	var id int
	js := fmt.Sprintf(`chrome.tabs.query({}).then(ts => { const t = ts.find(t => t.url === %q); return t ? t.id : -1; })`, u)
	ctx, cancel := context.WithTimeout(e.sw, time.Minute)
	defer cancel()
	if err := chromedp.Run(ctx, chromedp.Evaluate(js, &id, awaitPromise)); err != nil || id < 0 {
		e.t.Fatalf("no tab shows %s (%v)", u, err)
	}
	return id
}

// openPopup loads the site page in the site tab and opens the popup for it
// as a page, waiting until the analyzer is ready.
func (e *ext) openPopup(path string) context.Context {
	e.t.Helper()
	u := e.site.URL + path
	if err := chromedp.Run(e.ctx, chromedp.Navigate(u), chromedp.WaitReady("body", chromedp.ByQuery)); err != nil {
		e.t.Fatal(err)
	}
	// A window of its own, like the real popup: the site stays visible, so
	// its scripts, layout and scrolling run unthrottled.
	var tid target.ID
	if err := chromedp.Run(e.ctx, chromedp.ActionFunc(func(ctx context.Context) (err error) {
		tid, err = target.CreateTarget("about:blank").WithNewWindow(true).Do(cdp.WithExecutor(ctx, chromedp.FromContext(ctx).Browser))
		return err
	})); err != nil {
		e.t.Fatalf("open a popup window: %v", err)
	}
	popup, cancel := chromedp.NewContext(e.ctx, chromedp.WithTargetID(tid))
	e.t.Cleanup(cancel)
	e.net.watch(e.t, popup)
	pu := fmt.Sprintf("chrome-extension://%s/popup.html?tab=%d", e.id, e.tabID(u))
	var ready bool
	start := time.Now()
	defer func() { e.t.Logf("popup for %s ready in %v", path, time.Since(start).Round(time.Millisecond)) }()
	err := chromedp.Run(popup, chromedp.Navigate(pu),
		chromedp.Poll(`document.querySelector('#status').textContent.startsWith('Ready')`, &ready, chromedp.WithPollingTimeout(20*time.Second), poll))
	if err != nil {
		var st string
		_ = chromedp.Run(popup, chromedp.Text("#status", &st, chromedp.ByQuery))
		e.t.Fatalf("popup for %s not ready: %v (status %q)", path, err, st)
	}
	return popup
}

// analyse clicks a popup button and waits for the result.
func (e *ext) analyse(popup context.Context, button string) string {
	e.t.Helper()
	var st string
	err := chromedp.Run(popup, chromedp.Click(button, chromedp.ByQuery),
		chromedp.Poll(`(() => { const s = document.querySelector('#status'); return s.textContent.includes('finding') || s.classList.contains('error') ? s.textContent : false })()`,
			&st, chromedp.WithPollingTimeout(30*time.Second), poll))
	if err != nil {
		e.t.Fatalf("analysis did not finish: %v", err)
	}
	if !strings.Contains(st, "finding") {
		e.t.Fatalf("analysis failed: %s", st)
	}
	return st
}

func (e *ext) eval(ctx context.Context, js string, out any) {
	e.t.Helper()
	// No evaluation here takes long: fail in a minute, not at the test's limit.
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if err := chromedp.Run(ctx, chromedp.Evaluate(js, out, awaitPromise)); err != nil {
		e.t.Fatalf("evaluate %.80s…: %v", js, err)
	}
}

// pageState is what the test compares before and after highlighting.
type pageState struct {
	HTML         string `json:"html"`
	ScrollHeight int    `json:"scrollHeight"`
	BodyWidth    int    `json:"bodyWidth"`
	Held         bool   `json:"held"`
}

// pageStateJS also keeps every text node of the policy, as a page script
// might, and reports whether they all are still in the document.
const pageStateJS = `(() => {
	if (!window.heldNodes) {
		const w = document.createTreeWalker(document.getElementById('policy-body') || document.body, NodeFilter.SHOW_TEXT);
		window.heldNodes = [];
		while (w.nextNode()) window.heldNodes.push(w.currentNode);
	}
	return {html: document.body.innerHTML, scrollHeight: document.documentElement.scrollHeight, bodyWidth: document.body.offsetWidth,
		held: window.siteCheck().held && window.heldNodes.every(n => n.isConnected)};
})()`

func norm(s string) string { return strings.Join(strings.Fields(s), "") }

// setup starts a browser with the extension and the fake site.
func setup(t *testing.T) ([]string, *fakeSite, *ext) {
	// The project's own example comes last: the README's screenshots show it.
	seeds := append(readSeeds(t), exampleText(t))
	site := newFakeSite(t, seeds)
	return seeds, site, startExtension(t, site)
}

// TestExtensionAnalysesPages analyses each seed policy page through the
// popup: summary, extraction, marks, layout, removal, reveal; then a large page.
func TestExtensionAnalysesPages(t *testing.T) {
	seeds, _, e := setup(t)
	t.Run("analyse page", func(t *testing.T) {
		for i, seed := range seeds {
			e.t = t
			popup := e.openPopup(fmt.Sprintf("/policy?seed=%d", i))
			var before, marked, after pageState
			e.eval(e.ctx, pageStateJS, &before)
			t.Logf("seed %d: %s", i, e.analyse(popup, "#analyse-page"))

			// The popup shows the summary model of its report.
			var raw string
			var shown []shownSection
			e.eval(popup, `JSON.stringify(policylensResult().report)`, &raw)
			e.eval(popup, shownSummaryJS("#summary"), &shown)
			model := shownModel(summary.Of(reportJSON(t, raw)))
			compareShown(t, fmt.Sprintf("seed %d: popup summary", i), shown, model)

			// The extracted text is the policy: all of it, none of the site chrome.
			var text string
			e.eval(popup, `policylensResult().text`, &text)
			if got, want := norm(text), norm(seed); !strings.Contains(got, want) || len(got) > len(want)+100 {
				t.Errorf("seed %d: extracted %d chars, policy has %d; extracted text starts %.200q", i, len(got), len(want), text)
			}
			for _, m := range chromeMarkers {
				if strings.Contains(text, m) {
					t.Errorf("seed %d: site chrome %q leaked into the extracted text", i, m)
				}
			}

			// Every highlighted finding is marked in the page over exactly its text.
			var findings []struct {
				Kind string `json:"kind"`
				Text string `json:"text"`
			}
			e.eval(popup, `policylensResult().report.findings.map(f => ({kind: f.kind, text: f.text}))`, &findings)
			var marks []struct {
				Kind     string `json:"kind"`
				Findings string `json:"findings"`
				Text     string `json:"text"`
				InPolicy bool   `json:"inPolicy"`
			}
			e.eval(e.ctx, `[...document.querySelectorAll('mark[data-policylens-kind]')].map(m => ({kind: m.dataset.policylensKind,
				findings: m.dataset.policylensFindings, text: m.textContent, inPolicy: !!m.closest('#policy-body')}))`, &marks)
			highlighted := 0
			for fi, f := range findings {
				if !slices.Contains(highlightKinds, f.Kind) {
					continue
				}
				highlighted++
				var got strings.Builder
				for _, m := range marks {
					if slices.Contains(strings.Fields(m.Findings), strconv.Itoa(fi)) {
						got.WriteString(m.Text)
					}
				}
				if norm(got.String()) != norm(f.Text) {
					t.Errorf("seed %d: finding %d (%s) marks %q, want %q", i, fi, f.Kind, got.String(), f.Text)
				}
			}
			if highlighted == 0 || len(marks) == 0 {
				t.Errorf("seed %d: %d highlightable findings, %d marks: want some of each", i, highlighted, len(marks))
			}
			for _, m := range marks {
				if !m.InPolicy || !slices.Contains(highlightKinds, m.Kind) {
					t.Errorf("seed %d: mark %+v outside the policy or of an unknown kind", i, m)
				}
			}

			// Marks do not move the layout or break the page's script.
			e.eval(e.ctx, pageStateJS, &marked)
			if marked.ScrollHeight != before.ScrollHeight || marked.BodyWidth != before.BodyWidth {
				t.Errorf("seed %d: highlighting changed the layout: %+v -> %+v", i, before.ScrollHeight, marked.ScrollHeight)
			}
			var clicks int
			e.eval(e.ctx, `document.getElementById('menu-toggle').click(), window.siteCheck().clicks`, &clicks)

			// Removing the highlights gives the page back exactly as it was.
			if err := chromedp.Run(popup, chromedp.Click("#toggle-highlights", chromedp.ByQuery),
				chromedp.Poll(`document.querySelector('#status').textContent.startsWith('Highlights removed')`, nil, poll, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
				t.Fatalf("seed %d: toggling highlights off: %v", i, err)
			}
			e.eval(e.ctx, `document.getElementById('menu-toggle').click(), undefined`, nil)
			e.eval(e.ctx, pageStateJS, &after)
			if after.HTML != before.HTML {
				t.Errorf("seed %d: the page differs after removing the highlights", i)
			}
			if !after.Held || clicks != 1 || after.ScrollHeight != before.ScrollHeight {
				t.Errorf("seed %d: page script state after removal: held=%v clicks=%d height %d->%d", i, after.Held, clicks, before.ScrollHeight, after.ScrollHeight)
			}

			// And switching them on again restores them.
			var n int
			if err := chromedp.Run(popup, chromedp.Click("#toggle-highlights", chromedp.ByQuery),
				chromedp.Poll(`document.querySelector('#status').textContent.includes('highlighted')`, nil, poll, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
				t.Fatalf("seed %d: toggling highlights on: %v", i, err)
			}
			e.eval(e.ctx, `document.querySelectorAll('mark[data-policylens-kind]').length`, &n)
			if n != len(marks) {
				t.Errorf("seed %d: %d marks after switching highlights back on, want %d", i, n, len(marks))
			}
			if i == len(seeds)-1 {
				saveDocShot(t, e.ctx, "extension-page.png")
				chromedp.Run(popup, chromedp.EmulateViewport(400, 640), chromedp.Evaluate(`window.scrollTo(0, 0)`, nil)) // it opens on the verdict
				saveDocShot(t, popup, "extension-popup.png")
			}
			if i == 0 {
				checkReveal(t, e, popup)
				screenshot(t, e.ctx, "extension-page.png")
				screenshot(t, popup, "extension-popup.png")
				// Reopened, the popup shows the last result for the page.
				var sections int
				err := chromedp.Run(popup, chromedp.Reload(), chromedp.Poll(`document.querySelector('#status').textContent.startsWith('Showing the last result')
					&& document.querySelectorAll('#summary section').length`, &sections, poll, chromedp.WithPollingTimeout(10*time.Second)))
				if err != nil || sections != len(model) {
					t.Errorf("reopened popup: %d sections, %v", sections, err)
				}
			}
			closeTarget(e.ctx, popup)
		}
	})

	t.Run("large page", func(t *testing.T) {
		e.t = t
		popup := e.openPopup("/policy?seed=3&repeat=60") // about 900 KB of policy
		start := time.Now()
		t.Logf("large page: %s, %v end to end", e.analyse(popup, "#analyse-page"), time.Since(start).Round(time.Millisecond))
		var marks int
		e.eval(e.ctx, `document.querySelectorAll('mark[data-policylens-kind]').length`, &marks)
		if marks < 1000 {
			t.Errorf("%d marks on a page holding the policy 60 times", marks)
		}
		start = time.Now()
		if err := chromedp.Run(popup, chromedp.Click("#toggle-highlights", chromedp.ByQuery),
			chromedp.Poll(`document.querySelector('#status').textContent.startsWith('Highlights removed')`, nil, poll, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
			t.Fatalf("removing %d marks: %v", marks, err)
		}
		t.Logf("large page: %d marks removed in %v", marks, time.Since(start).Round(time.Millisecond))
		closeTarget(e.ctx, popup)
	})

	e.checkRequests(t)
}

// TestExtensionFeatures covers extraction details, the summary's parity with
// the web page, the linked privacy policy, the full report and the
// context-menu selection.
func TestExtensionFeatures(t *testing.T) {
	seeds, site, e := setup(t)
	t.Run("extraction maps text to the page", func(t *testing.T) {
		e.t = t
		for _, path := range []string{"/tricky", "/policy?seed=3"} {
			popup := e.openPopup(path)
			var got struct {
				Text string     `json:"text"`
				Bad  [][]string `json:"bad"`
			}
			// Every word of the extracted text maps back to exactly that word in the DOM.
			e.eval(popup, fmt.Sprintf(`chrome.scripting.executeScript({target: {tabId: %d}, func: () => {
				const ex = PolicyLensExtract.extract(document, {live: true});
				const bad = [];
				for (const m of ex.text.matchAll(/\S+/g)) {
					const got = PolicyLensExtract.locate(ex.segments, m.index, m.index + m[0].length).map(p => p.node.data.slice(p.from, p.to)).join('');
					if (got !== m[0]) bad.push([m[0], got]);
				}
				return {text: ex.text, bad};
			}}).then(r => r[0].result)`, e.tabID(site.URL+path)), &got)
			if len(got.Bad) > 0 {
				t.Errorf("%s: words mapped to other DOM text: %q", path, got.Bad)
			}
			if path == "/tricky" {
				want := "Tricky page\n\nWe collect your email address and phone number.\nLine two 😀 emoji — and “quotes”.\n\n" +
					"Text with hidden span and aria.\n\nFirst item\nSecond item\n\nkeep   these\n  spaces\n\nCell one\nCell two\n\n" +
					"Déjà vu: ﬁ ligature and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 math."
				if got.Text != want {
					t.Errorf("extracted\n%q\nwant\n%q", got.Text, want)
				}
			}
			closeTarget(e.ctx, popup)
		}
	})

	t.Run("summary matches the web page's", func(t *testing.T) {
		// The popup and the web page bundled with it ("Open full report",
		// which gets the very text the popup analysed) show the same
		// sections, groups and items.
		e.t = t
		for i := range seeds {
			popup := e.openPopup(fmt.Sprintf("/policy?seed=%d", i))
			e.analyse(popup, "#analyse-page")
			var inPopup, onPage []shownSection
			e.eval(popup, shownSummaryJS("#summary"), &inPopup)
			if err := chromedp.Run(popup, chromedp.Click("#open-report", chromedp.ByQuery)); err != nil {
				t.Fatal(err)
			}
			report := e.waitTarget(fmt.Sprintf("chrome-extension://%s/report/index.html", e.id))
			if err := chromedp.Run(report, chromedp.Poll(`document.body.dataset.state === 'done' && document.querySelectorAll('#summary-body section').length > 0`,
				nil, poll, chromedp.WithPollingTimeout(20*time.Second))); err != nil {
				t.Fatalf("seed %d: the bundled web page shows no summary: %v", i, err)
			}
			e.eval(report, shownSummaryJS("#summary-body"), &onPage)
			if len(inPopup) < 13 {
				t.Errorf("seed %d: the popup shows %d summary sections: %s", i, len(inPopup), sectionIDs(inPopup))
			}
			compareShown(t, fmt.Sprintf("seed %d: popup against web page", i), inPopup, onPage)
			closeTarget(e.ctx, report)
			closeTarget(e.ctx, popup)
		}
	})

	t.Run("privacy policy links", func(t *testing.T) {
		e.t = t
		popup := e.openPopup("/")
		tests := []struct {
			name, links, want string
		}{
			{"footer link", `<a href="/about">About</a><a href="/legal/privacy">Privacy Policy</a>`, "https://www.shop.example/legal/privacy"},
			{"data protection", `<a href="/dp">Data Protection</a>`, "https://www.shop.example/dp"},
			{"german", `<a href="/datenschutz">Datenschutzerklärung</a>`, "https://www.shop.example/datenschutz"},
			{"www and subdomain-less host are one site", `<a href="https://example.shop/x">x</a><a href="https://shop.example/p">Privacy Notice</a>`, "https://shop.example/p"},
			{"choices are not the policy", `<a href="/choices">Your Privacy Choices</a><a href="/settings">Privacy settings</a>`, ""},
			{"other sites are not followed", `<a href="https://tracker.example/privacy">Privacy Policy</a>`, ""},
			{"base element", `<base href="https://www.shop.example/legal/"><a href="privacy">Privacy Policy</a>`, "https://www.shop.example/legal/privacy"},
			{"no scripts", `<a href="javascript:alert(1)">Privacy Policy</a>`, ""},
			{"not the page itself", `<a href="/here#top">Privacy Policy</a>`, ""},
			{"policy beats privacy", `<a href="/privacy-hub">Privacy</a><a href="/p">Privacy Statement</a>`, "https://www.shop.example/p"},
		}
		for _, tt := range tests {
			var got string
			js, _ := json.Marshal(tt.links)
			e.eval(popup, fmt.Sprintf(`(() => { const d = new DOMParser().parseFromString(%s, 'text/html');
				const l = PolicyLensExtract.policyLinks(d, 'https://www.shop.example/here'); return l.length ? l[0].url : ''; })()`, js), &got)
			if got != tt.want {
				t.Errorf("%s: first policy link %q, want %q", tt.name, got, tt.want)
			}
		}
		closeTarget(e.ctx, popup)
	})

	t.Run("linked privacy policy", func(t *testing.T) {
		e.t = t
		popup := e.openPopup("/")
		var link string
		e.eval(popup, `document.querySelector('#analyse-policy').hidden ? '' : document.querySelector('#policy-link').textContent`, &link)
		if !strings.Contains(link, "/legal/privacy") {
			t.Fatalf("the popup offers no privacy policy link on a page linking to one (got %q)", link)
		}
		e.analyse(popup, "#analyse-policy")
		if !site.served("/legal/privacy") {
			t.Error("the linked policy was not loaded from the site")
		}
		var src, text string
		e.eval(popup, `document.querySelector('#source').textContent`, &src)
		e.eval(popup, `policylensResult().text`, &text)
		if !strings.HasPrefix(src, "Linked privacy policy") || !strings.Contains(norm(text), norm(seeds[1])) {
			t.Errorf("source %q, extracted %d chars: want the linked policy", src, len(text))
		}
		var marks int
		e.eval(e.ctx, `document.querySelectorAll('mark').length`, &marks)
		if marks != 0 {
			t.Errorf("the home page got %d marks for a policy analysed elsewhere", marks)
		}
		closeTarget(e.ctx, popup)
	})

	t.Run("open full report", func(t *testing.T) {
		e.t = t
		popup := e.openPopup("/policy?seed=0")
		e.analyse(popup, "#analyse-page")
		var text string
		e.eval(popup, `policylensResult().text`, &text)
		if err := chromedp.Run(popup, chromedp.Click("#open-report", chromedp.ByQuery)); err != nil {
			t.Fatal(err)
		}
		report := e.waitTarget(fmt.Sprintf("chrome-extension://%s/report/index.html", e.id))
		var got struct {
			Value string `json:"value"`
			Marks int    `json:"marks"`
		}
		err := chromedp.Run(report, chromedp.Poll(`(() => { const m = document.querySelectorAll('mark[data-kind]').length;
			return m > 0 && {value: document.getElementById('policy-input').value, marks: m}; })()`, &got, poll, chromedp.WithPollingTimeout(20*time.Second)))
		if err != nil {
			t.Fatalf("the bundled web page did not show the handed-over policy: %v", err)
		}
		if got.Value != text {
			t.Errorf("the web page got %d chars, the popup analysed %d", len(got.Value), len(text))
		}
		var left int
		e.eval(e.sw, `chrome.storage.session.get('handover').then(r => Object.keys(r).length)`, &left)
		if left != 0 {
			t.Error("the handed-over text stays in session storage after the page took it")
		}
		closeTarget(e.ctx, report)
		closeTarget(e.ctx, popup)
	})

	t.Run("selection from the context menu", func(t *testing.T) {
		e.t = t
		u := site.URL + "/policy?seed=2"
		// The whole page is analysed first: the selection then starts inside
		// text that highlights have split.
		first := e.openPopup("/policy?seed=2")
		e.analyse(first, "#analyse-page")
		closeTarget(e.ctx, first)
		var sel string
		e.eval(e.ctx, `(() => { const ps = document.querySelectorAll('#policy-body > *');
			const w = document.createTreeWalker(ps[3], NodeFilter.SHOW_TEXT); let n;
			while ((n = w.nextNode()) && n.data.length <= 4);
			const r = document.createRange(); r.setStart(n, 4); r.setEndAfter(ps[12]);
			const s = getSelection(); s.removeAllRanges(); s.addRange(r);
			return s.toString(); })()`, &sel)
		id := e.tabID(u)
		// Headless Chromium has no context menu to click: call the menu's handler.
		if err := chromedp.Run(e.ctx, chromedp.ActionFunc(func(ctx context.Context) error {
			return target.ActivateTarget(chromedp.FromContext(ctx).Target.TargetID).Do(cdp.WithExecutor(ctx, chromedp.FromContext(ctx).Browser))
		})); err != nil {
			t.Fatal(err)
		}
		// chrome.action.openPopup in headless Chromium sometimes leaves the
		// service worker unresponsive for half a minute (one fresh-clone run
		// in about eight). The handler's fallback for a browser that cannot
		// open the popup from there, the popup in a tab next to the page, is
		// what is tested: take openPopup away for this call.
		var noPopup bool
		e.eval(e.sw, `(() => { Object.defineProperty(chrome.action, 'openPopup', {value: undefined, configurable: true, writable: true});
			return chrome.action.openPopup === undefined; })()`, &noPopup)
		if !noPopup {
			t.Fatal("could not take chrome.action.openPopup away in the service worker")
		}
		var res any
		e.eval(e.sw, fmt.Sprintf(`chrome.tabs.get(%d).then(tab => { policylensAnalyseSelection(
			{menuItemId: 'policylens-selection', selectionText: %q, pageUrl: %q}, tab); return 'ok'; })`, id, sel, u), &res)
		// The popup (a real one, or a tab where the browser cannot open it)
		// keeps its result in session storage: read it from there, since
		// attaching to a popup while it loads is unreliable.
		var result struct {
			Source string `json:"source"`
			Text   string `json:"text"`
		}
		key := fmt.Sprintf("tab:%d", id)
		for deadline := time.Now().Add(30 * time.Second); result.Source != "selection"; time.Sleep(200 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("no popup analysed the selection (last result %q)", result.Source)
			}
			e.eval(e.sw, fmt.Sprintf(`chrome.storage.session.get(%q).then(r => r[%q] || {source: '', text: ''})`, key, key), &result)
		}
		if norm(result.Text) != norm(sel) {
			t.Errorf("analysed %q, want the selection %q", result.Text, sel)
		}
		var outside int
		e.eval(e.ctx, `(() => { const r = getSelection().getRangeAt(0); return [...document.querySelectorAll('mark[data-policylens-kind]')]
			.filter(m => !r.intersectsNode(m)).length; })()`, &outside)
		var inside int
		e.eval(e.ctx, `document.querySelectorAll('mark[data-policylens-kind]').length`, &inside)
		if outside != 0 || inside == 0 {
			t.Errorf("%d marks outside the selection, %d in all", outside, inside)
		}
		infos, _ := chromedp.Targets(e.ctx)
		for _, in := range infos {
			if strings.Contains(in.URL, "/popup.html") {
				_ = chromedp.Run(e.ctx, chromedp.ActionFunc(func(ctx context.Context) error {
					return target.CloseTarget(in.TargetID).Do(cdp.WithExecutor(ctx, chromedp.FromContext(ctx).Browser))
				}))
			}
		}
	})

	e.checkRequests(t)
}

// checkRequests fails the test if any watched target asked a host other
// than the page's own.
func (e *ext) checkRequests(t *testing.T) {
	t.Helper()
	site := e.site
	host := strings.TrimPrefix(site.URL, "http://")
	e.net.mu.Lock()
	defer e.net.mu.Unlock()
	if len(e.net.urls) == 0 {
		t.Fatal("no requests were recorded at all")
	}
	for _, raw := range e.net.urls {
		u, err := url.Parse(raw)
		if err != nil {
			t.Errorf("unparsable request URL %q", raw)
			continue
		}
		switch u.Scheme {
		case "chrome-extension", "data", "blob":
			continue
		}
		if u.Host != host {
			t.Errorf("request to %s: only the page's own host %s is allowed", raw, host)
		}
	}
}

// checkReveal clicks a summary item and expects the page to scroll to its
// highlight and mark it as current.
func checkReveal(t *testing.T, e *ext, popup context.Context) {
	t.Helper()
	var idx string
	e.eval(e.ctx, `window.scrollTo(0, 0), undefined`, nil)
	// The last item whose first evidence is highlighted: far down the page.
	var marked []string
	e.eval(e.ctx, `[...new Set([...document.querySelectorAll('mark[data-policylens-findings]')].flatMap(m => m.dataset.policylensFindings.split(' ')))]`, &marked)
	js, _ := json.Marshal(marked)
	e.eval(popup, fmt.Sprintf(`(() => { const marked = new Set(%s);
		const b = [...document.querySelectorAll('#summary button[data-evidence]')].filter(b => marked.has(b.dataset.evidence.split(' ')[0]));
		if (!b.length) return '';
		const last = b[b.length - 1]; last.click(); return last.dataset.evidence.split(' ')[0]; })()`, js), &idx)
	if idx == "" {
		t.Fatal("no summary item points at a highlight")
	}
	var inView bool
	err := chromedp.Run(e.ctx, chromedp.Poll(fmt.Sprintf(`(() => { const m = document.querySelector('mark[data-policylens-current][data-policylens-findings~="%s"]');
		if (!m) return false; const r = m.getBoundingClientRect(); return window.scrollY > 0 && r.top >= 0 && r.bottom <= innerHeight; })()`, idx),
		&inView, chromedp.WithPollingTimeout(5*time.Second), poll))
	if err != nil {
		t.Errorf("clicking a summary item did not scroll the page to highlight %s: %v", idx, err)
	}
}

// waitTarget waits for a page target whose URL starts with prefix and attaches to it.
func (e *ext) waitTarget(prefix string) context.Context {
	e.t.Helper()
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		infos, err := chromedp.Targets(e.ctx)
		if err != nil {
			e.t.Fatal(err)
		}
		for _, in := range infos {
			if in.Type == "page" && strings.HasPrefix(in.URL, prefix) {
				ctx, cancel := chromedp.NewContext(e.ctx, chromedp.WithTargetID(in.TargetID))
				e.t.Cleanup(cancel)
				e.net.watch(e.t, ctx)
				return ctx
			}
		}
	}
	e.t.Fatalf("no page %s… opened", prefix)
	return nil
}

// closeTarget closes a popup window opened by openPopup.
func closeTarget(ctx, popup context.Context) {
	id := chromedp.FromContext(popup).Target.TargetID
	_ = chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		return target.CloseTarget(id).Do(cdp.WithExecutor(ctx, chromedp.FromContext(ctx).Browser))
	}))
}

// screenshot saves a PNG of a target's viewport into the test artifacts.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	var png []byte
	if err := chromedp.Run(ctx, chromedp.CaptureScreenshot(&png)); err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return
	}
	if err := os.WriteFile(filepath.Join(artifactDir(t), name), png, 0o644); err != nil {
		t.Error(err)
	}
}
