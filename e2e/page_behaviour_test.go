package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/policylens/policylens/wasm/view"
)

// firstSeed returns one seed policy, the same one on every run.
func firstSeed(t testing.TB) string {
	s := pageSeeds(t)
	names := make([]string, 0, len(s))
	for n := range s {
		names = append(names, n)
	}
	sort.Strings(names)
	return s[names[0]]
}

// TestPageEvidenceClick clicks summary items and checks that the text
// scrolls to the highlight, marks it and moves focus there.
func TestPageEvidenceClick(t *testing.T) {
	ctx, _ := openPage(t)
	pagePaste(t, ctx, firstSeed(t))
	var n int
	pageRun(t, ctx, chromedp.Evaluate(`document.querySelectorAll('#summary button.ev').length`, &n))
	if n == 0 {
		t.Fatal("no summary item links to evidence")
	}
	for _, sel := range []string{`#summary .sum-collect button.ev`, `#summary button.ev`} {
		var res struct {
			Current int  `json:"current"`
			InView  bool `json:"inView"`
			Focused bool `json:"focused"`
			Match   bool `json:"match"`
		}
		// Back to the top at once (the last click's smooth scroll may still
		// run), the button into view as a reader scrolls to it, and click
		// only when it has stood still for two frames: a click aimed at a
		// moving button lands beside it, and one before a frame has drawn
		// its section (content-visibility: auto, style.css) lands on the
		// section, which no reader can click.
		var still bool
		pageRun(t, ctx,
			chromedp.Evaluate(fmt.Sprintf(`(async () => {
				const text = document.getElementById('text');
				text.scrollTo({top: 0, behavior: 'instant'});
				window.scrollTo({top: 0, behavior: 'instant'});
				const b = document.querySelector(%q);
				b.scrollIntoView({block: 'center', behavior: 'instant'});
				let last = '', same = 0;
				for (let i = 0; i < 300 && same < 2; i++) {
					await new Promise(r => requestAnimationFrame(r));
					const r = b.getBoundingClientRect();
					const at = [r.top, r.left, scrollY, text.scrollTop].join();
					same = at === last ? same + 1 : 0;
					last = at;
				}
				return same >= 2;
			})()`, sel), &still, awaitPromise),
			chromedp.Click(sel, chromedp.ByQuery, chromedp.NodeVisible),
		)
		if !still {
			t.Logf("%s still moving after 300 frames; clicked anyway", sel)
		}
		// Smooth scrolling takes a moment, longer on a loaded machine: ask
		// until the highlight is in view, for up to 10 s.
		for deadline := time.Now().Add(10 * time.Second); ; {
			res.Current, res.InView, res.Focused, res.Match = 0, false, false, false
			pageRun(t, ctx, chromedp.Evaluate(fmt.Sprintf(`(() => {
				const b = document.querySelector(%q);
				const want = b.dataset.ev.split(' ')[0];
				const cur = [...document.querySelectorAll('#text .current')];
				const el = cur[0];
				if (!el) return {current: 0};
				const r = el.getBoundingClientRect(), box = document.getElementById('text').getBoundingClientRect();
				return {current: cur.length,
					inView: r.top >= Math.max(0, box.top) - 1 && r.bottom <= Math.min(innerHeight, box.bottom) + 1,
					focused: document.activeElement === el,
					match: policylens._textView.findings(el).join(' ').split(' ').includes(want)};
			})()`, sel), &res))
			if res.Current > 0 && res.InView && res.Focused && res.Match || time.Now().After(deadline) {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		if res.Current == 0 || !res.InView || !res.Focused || !res.Match {
			t.Errorf("after clicking %s: %+v (want a current, visible, focused highlight of the item's finding)", sel, res)
		}
	}
}

// TestPageFilters hides and shows each kind. A screen reader hears each
// filter's count in words, "1 highlight" for one (the example policy has
// kinds with one).
func TestPageFilters(t *testing.T) {
	ctx, _ := openPage(t)
	pagePaste(t, ctx, textareaText(exampleText(t)))
	var labels []string
	pageRun(t, ctx, chromedp.Evaluate(`[...document.querySelectorAll('#filters .count')].map(c => c.textContent + '=' + c.getAttribute('aria-label'))`, &labels))
	ones := 0
	for _, l := range labels {
		n, label, _ := strings.Cut(l, "=")
		want := n + " highlights"
		if n == "1" {
			want, ones = "1 highlight", ones+1
		}
		if label != want {
			t.Errorf("a filter's count %s is read as %q, want %q", n, label, want)
		}
	}
	if ones == 0 {
		t.Errorf("the example has no kind with one highlight to check: %q", labels)
	}
	pagePaste(t, ctx, firstSeed(t))
	for _, kind := range []string{"collect", "share"} {
		count := func() int {
			var n int
			pageRun(t, ctx, chromedp.Evaluate(fmt.Sprintf(`document.querySelectorAll('#text mark[data-kind=%s]').length`, kind), &n))
			return n
		}
		before := count()
		if before == 0 {
			t.Fatalf("no %s highlights to filter", kind)
		}
		box := fmt.Sprintf(`#filters input[data-kind=%s]`, kind)
		pageRun(t, ctx, chromedp.Click(box, chromedp.ByQuery))
		if n := count(); n != 0 {
			t.Errorf("%s hidden: %d marks remain", kind, n)
		}
		var other int
		pageRun(t, ctx, chromedp.Evaluate(fmt.Sprintf(`document.querySelectorAll('#text mark:not([data-kind=%s])').length`, kind), &other))
		if other == 0 {
			t.Errorf("hiding %s hid everything", kind)
		}
		pageRun(t, ctx, chromedp.Click(box, chromedp.ByQuery))
		if n := count(); n != before {
			t.Errorf("%s shown again: %d marks, want %d", kind, n, before)
		}
	}
}

// TestPageFiltersNone: a kind with no highlight in the text has its filter
// disabled (a checkbox that would hide nothing), with a title that says
// why; the next text with such highlights enables it again.
func TestPageFiltersNone(t *testing.T) {
	ctx, _ := openPage(t)
	type filter struct {
		Kind     string `json:"kind"`
		Count    string `json:"count"`
		Disabled bool   `json:"disabled"`
		Title    string `json:"title"`
	}
	read := func(what string, someNone bool) map[string]filter {
		var fs []filter
		pageRun(t, ctx, chromedp.Evaluate(`[...document.querySelectorAll('#filters label')].map(l => ({
			kind: l.querySelector('input').dataset.kind, count: l.querySelector('.count').textContent,
			disabled: l.querySelector('input').disabled, title: l.title}))`, &fs))
		byKind := map[string]filter{}
		none := 0
		for _, f := range fs {
			byKind[f.Kind] = f
			if f.Count == "0" {
				none++
			}
			if f.Disabled != (f.Count == "0") || f.Disabled != (f.Title == "None in this text") {
				t.Errorf("%s: filter %+v: want disabled and titled exactly when its count is 0", what, f)
			}
		}
		if len(fs) != 10 || (none > 0) != someNone || none == len(fs) {
			t.Errorf("%s: %d filters, %d with no highlight; want 10, some with (%v)", what, len(fs), none, someNone)
		}
		return byKind
	}
	const short = "Privacy policy. We collect your email address when you sign up. We share your email address with our payment processor."
	pagePaste(t, ctx, short)
	first := read("a short policy", true)
	pagePaste(t, ctx, textareaText(exampleText(t)))
	example := read("the example", false) // every kind
	pagePaste(t, ctx, short)
	read("the short policy again", true)
	again := 0
	for kind, f := range first {
		if f.Disabled && !example[kind].Disabled {
			again++
		}
	}
	if again == 0 {
		t.Errorf("no filter disabled for the short policy is enabled for the example: %v, then %v", first, example)
	}
}

// TestPageHostileText pastes markup and script: it must show as text and
// run nothing.
func TestPageHostileText(t *testing.T) {
	ctx, _ := openPage(t)
	var dialogs int
	var mu sync.Mutex
	chromedp.ListenTarget(ctx, func(ev any) {
		if _, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			mu.Lock()
			dialogs++
			mu.Unlock()
			go chromedp.Run(ctx, page.HandleJavaScriptDialog(false))
		}
	})
	hostile := "We collect your email address <img src=x onerror=alert(1)> and <script>window.pwned=1;alert(2)</script> " +
		"<b onmouseover=alert(3)>bold</b> <a href=\"javascript:alert(4)\">link</a>.\n" + firstSeed(t)
	pagePaste(t, ctx, hostile)
	var res struct {
		Elements int    `json:"elements"`
		Pwned    bool   `json:"pwned"`
		Text     string `json:"text"`
		Summary  int    `json:"summary"`
	}
	pageRun(t, ctx,
		chromedp.Sleep(300*time.Millisecond),
		chromedp.Evaluate(`({
			elements: document.querySelectorAll('#text img, #text script, #text b, #text a, #summary img, #summary script, #tip img').length,
			pwned: !!window.pwned,
			text: document.getElementById('text').textContent.slice(0, 300),
			summary: document.querySelectorAll('#summary img, #summary script').length})`, &res),
	)
	if res.Elements != 0 || res.Pwned {
		t.Errorf("policy markup became elements or ran: %+v", res)
	}
	if !strings.Contains(res.Text, "<img src=x onerror=alert(1)>") || !strings.Contains(res.Text, "<script>") {
		t.Errorf("markup is not shown as text: %q", res.Text)
	}
	// Hover every highlight: tooltips are built from text too.
	pageRun(t, ctx, chromedp.Evaluate(`document.querySelectorAll('#text mark').forEach(m => m.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})))`, nil))
	mu.Lock()
	defer mu.Unlock()
	if dialogs != 0 {
		t.Errorf("%d alert dialogs opened", dialogs)
	}
}

// TestPageNoNetwork records every request after the page has loaded:
// analysing policies (small on the main thread, big in the worker),
// filtering and opening the summary must make none.
func TestPageNoNetwork(t *testing.T) {
	ctx, _ := openPage(t)
	pageRun(t, ctx, chromedp.Poll(`document.getElementById('offline').textContent !== ''`, nil, chromedp.WithPollingTimeout(20*time.Second)))
	var mu sync.Mutex
	var urls []string
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			urls = append(urls, e.Request.URL)
			mu.Unlock()
		}
	})
	pageRun(t, ctx, network.Enable())
	seed := firstSeed(t)
	pagePaste(t, ctx, seed)
	pagePaste(t, ctx, strings.Repeat(seed+"\n", (400<<10)/len(seed)+1)) // big: analysed in the worker
	pageRun(t, ctx,
		chromedp.Click(`#edit-text`, chromedp.ByQuery),
		chromedp.Click(`#example`, chromedp.ByQuery),
		chromedp.Poll(`document.body.dataset.state === 'done'`, nil),
		chromedp.Click(`#summary button.ev`, chromedp.ByQuery),
		chromedp.Click(`#filters input`, chromedp.ByQuery),
		chromedp.Sleep(500*time.Millisecond),
	)
	mu.Lock()
	defer mu.Unlock()
	if len(urls) != 0 {
		t.Errorf("analysing made %d network requests: %v", len(urls), urls)
	}
}

// TestPageLargeInput pastes 5 MB: the page must stay responsive while it
// works and end with a result or a clear message.
func TestPageLargeInput(t *testing.T) {
	ctx, _ := openPage(t)
	var b strings.Builder
	for _, s := range pageSeeds(t) {
		for b.Len() < 5<<20 {
			b.WriteString(s)
			b.WriteString("\n\n")
		}
	}
	js, _ := json.Marshal(b.String())
	// Laying out 5 MB in the textarea is the browser's own cost of the
	// paste; the stall we measure starts when the page gets the input event.
	pageRun(t, ctx, chromedp.Evaluate(fmt.Sprintf(`(() => {
		document.body.dataset.state = 'pasting';
		document.getElementById('policy-input').value = %s;
		document.body.offsetHeight;
	})()`, js), nil))
	start := time.Now()
	pageRun(t, ctx, chromedp.Evaluate(`document.getElementById('policy-input').dispatchEvent(new Event('input', {bubbles: true}))`, nil))
	// Probe the main thread while the analysis runs: every probe is a
	// round trip through the page's event loop.
	var worst time.Duration
	var state string
	for time.Since(start) < 90*time.Second {
		t0 := time.Now()
		pageRun(t, ctx, chromedp.Evaluate(`document.body.dataset.state`, &state))
		if d := time.Since(t0); d > worst {
			worst = d
		}
		if state == "done" {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	total := time.Since(start)
	var msg, timing string
	var n, shown int
	pageRun(t, ctx,
		chromedp.Text(`#input-message`, &msg, chromedp.ByQuery),
		chromedp.Evaluate(`JSON.stringify(document.body.dataset)`, &timing),
		chromedp.Evaluate(`document.querySelectorAll('#text mark').length`, &n),
		chromedp.Evaluate(`document.getElementById('text').textContent.length`, &shown),
	)
	t.Logf("5 MB: done in %v, longest main-thread stall seen %v, %d marks; message %q; %s", total, worst, n, msg, timing)
	if want := len(utf16.Encode([]rune(b.String()))); state == "done" && shown != want {
		t.Errorf("the highlighted view shows %d of the %d characters once done", shown, want)
	}
	if state != "done" {
		t.Fatalf("no result after %v (state %q, message %q)", total, state, msg)
	}
	if n == 0 && msg == "" {
		t.Error("5 MB gave neither highlights nor a message")
	}
	if worst > 3*time.Second { // typical: under 1 s; the CI machine is shared
		t.Errorf("the page froze for %v while analysing 5 MB", worst)
	}
}

// TestPageKeyboard tabs through the page and checks every control is
// reached, and that evidence and highlights work from the keyboard.
func TestPageKeyboard(t *testing.T) {
	ctx, _ := openPage(t)
	pagePaste(t, ctx, firstSeed(t))
	// After a paste the input is a bar: "Edit text" opens it (TestPageVerdict).
	want := []string{"edit-text", "download-json", "download-md", "print", "text"}
	// Every filter with highlights; one without is disabled, out of the tab
	// order (TestPageFiltersNone).
	var on, off []string
	pageRun(t, ctx,
		chromedp.Evaluate(`[...document.querySelectorAll('#filters input:not(:disabled)')].map(i => i.dataset.kind)`, &on),
		chromedp.Evaluate(`[...document.querySelectorAll('#filters input:disabled')].map(i => i.dataset.kind)`, &off))
	if len(on)+len(off) != 10 || len(on) < 2 {
		t.Fatalf("filters with highlights %v, without %v: want 10, 2 or more with", on, off)
	}
	for _, k := range on {
		want = append(want, "filter:"+k)
	}
	seen := map[string]bool{}
	sawEvidence := false
	pageRun(t, ctx, chromedp.Evaluate(`document.activeElement.blur(); window.scrollTo(0,0)`, nil))
	missing := func() int {
		n := 0
		for _, w := range want {
			if !seen[w] {
				n++
			}
		}
		return n
	}
	for i := 0; i < 400 && (missing() > 0 || !sawEvidence); i++ {
		var id string
		pageRun(t, ctx,
			chromedp.KeyEvent(kb.Tab),
			chromedp.Evaluate(`(() => { const a = document.activeElement;
				if (a.matches('#filters input')) return 'filter:' + a.dataset.kind;
				if (a.matches('button.ev')) return 'evidence';
				if (a.matches('#text mark')) return 'text';
				return a.id || a.tagName; })()`, &id),
		)
		seen[id] = true
		if id == "evidence" {
			sawEvidence = true
		}
	}
	for _, w := range want {
		if !seen[w] {
			t.Errorf("Tab never reached %s (reached %v)", w, pageKeys(seen))
		}
	}
	for _, k := range off {
		if seen["filter:"+k] {
			t.Errorf("Tab reached the disabled filter %s", k)
		}
	}
	if !sawEvidence {
		t.Error("Tab never reached a summary evidence link")
	}
	// Enter on an evidence link moves focus to its highlight; arrows move on.
	var focused, next string
	pageRun(t, ctx,
		chromedp.Focus(`#summary button.ev`, chromedp.ByQuery),
		chromedp.KeyEvent(kb.Enter),
		chromedp.Sleep(300*time.Millisecond),
		chromedp.Evaluate(`document.activeElement.tagName + ':' + policylens._textView.findings(document.activeElement).join(' ')`, &focused),
		chromedp.KeyEvent(kb.ArrowDown),
		chromedp.Evaluate(`document.activeElement.tagName + ':' + policylens._textView.findings(document.activeElement).join(' ') + ':' + !document.getElementById('tip').hidden`, &next),
	)
	if !strings.HasPrefix(focused, "MARK:") && !strings.HasPrefix(focused, "SPAN:") {
		t.Errorf("Enter on evidence focused %q, want the highlight", focused)
	}
	if !strings.HasPrefix(next, "MARK:") || !strings.HasSuffix(next, ":true") || next == focused+":true" {
		t.Errorf("ArrowDown in the text focused %q (from %q), want the next highlight with its tooltip", next, focused)
	}
}

// TestPageScreenshots saves desktop and phone screenshots as artifacts and
// checks the phone layout does not scroll sideways.
func TestPageScreenshots(t *testing.T) {
	ctx, _ := openPage(t)
	pagePaste(t, ctx, firstSeed(t))
	for _, v := range []struct {
		name string
		w, h int64
		mob  bool
	}{{"desktop", 1280, 900, false}, {"phone", 390, 844, true}} {
		var png []byte
		var overflow bool
		opts := []chromedp.EmulateViewportOption{}
		if v.mob {
			opts = append(opts, chromedp.EmulateMobile)
		}
		pageRun(t, ctx,
			chromedp.EmulateViewport(v.w, v.h, opts...),
			chromedp.Sleep(300*time.Millisecond),
			chromedp.Evaluate(`document.documentElement.scrollWidth > document.documentElement.clientWidth + 1`, &overflow),
			chromedp.FullScreenshot(&png, 100), // 100: PNG,
		)
		p := filepath.Join(artifactDir(t), "page-"+v.name+".png")
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("saved %s (%d bytes)", p, len(png))
		if overflow {
			t.Errorf("%s: the page scrolls sideways", v.name)
		}
	}
}

// TestPagePhoneLongPolicy: on a phone a long policy (the seeds, 50 KB, as
// the page benchmarks paste them) with a long web address among its contacts
// scrolls neither the page nor the summary sideways. On main the single
// column took the text's min-content width (4,880 px for TOSBack's arlo.md)
// and the address overflowed the summary.
func TestPagePhoneLongPolicy(t *testing.T) {
	ctx, _ := openPage(t)
	var s strings.Builder
	for s.Len() < 50<<10 {
		for _, p := range seedPolicies(t) {
			s.WriteString(textareaText(p.text))
			s.WriteString("\n\n")
		}
	}
	s.WriteString("Contact us about your privacy at https://www.example.com/support/privacy-requests/contact-form.aspx?topic=personal-data.\n")
	pageRun(t, ctx, chromedp.EmulateViewport(375, 740, chromedp.EmulateMobile))
	pagePaste(t, ctx, s.String())
	var wide []string
	pageRun(t, ctx,
		chromedp.Sleep(300*time.Millisecond),
		chromedp.Evaluate(`[document.documentElement, ...document.querySelectorAll('#summary, #summary *, #text')].filter(e => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + e.clientWidth + ' < ' + e.scrollWidth)`, &wide))
	if len(wide) > 0 {
		t.Errorf("at 375 px these scroll sideways: %q", wide)
	}
}

// TestPageAPIWithoutPage loads only wasm_exec.js, the WASM and the sentence
// model, as the extension popup does, through asset-manifest.json: the API
// must work without the page's elements, and read as the command line does.
func TestPageAPIWithoutPage(t *testing.T) {
	site := distDir(t, "site")
	var manifest map[string]string
	b, err := os.ReadFile(filepath.Join(site, "asset-manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &manifest); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, n := range []string{"policylens.wasm", "wasm_exec.js", "model.en.bin"} {
		if manifest[n] == "" {
			t.Fatalf("asset-manifest.json has no %s", n)
		}
		data, err := os.ReadFile(filepath.Join(site, manifest[n]))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, n), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files := map[string]string{
		"index.html": `<!doctype html><title>bare</title><script src="wasm_exec.js"></script><script src="load.js"></script>`,
		"load.js": `const go = new Go();
globalThis.policylens = {model: fetch('model.en.bin')};
WebAssembly.instantiateStreaming(fetch('policylens.wasm'), go.importObject).then(r => { go.run(r.instance); });`,
	}
	for n, s := range files {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srv := serveDir(t, dir)
	ctx := newBrowser(t)
	t.Cleanup(func() { chromedp.Cancel(ctx) }) // close Chromium before its profile is removed
	var res struct {
		Report     string `json:"report"`
		Ready      bool   `json:"ready"`
		ModelError string `json:"modelError"`
	}
	text := firstSeed(t)
	js, _ := json.Marshal(text)
	pageRun(t, ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.Poll(`!!(globalThis.policylens && policylens.ready)`, nil, chromedp.WithPollingTimeout(20*time.Second)),
		pageEvalAwait(fmt.Sprintf(`policylens.ready.then(api => ({ready: api === policylens, modelError: policylens.modelError,
			report: JSON.stringify(policylens.analyze(%s))}))`, js), &res),
	)
	if !res.Ready || res.ModelError != "" {
		t.Errorf("bare API: ready %v, model error %q", res.Ready, res.ModelError)
	}
	sameReport(t, "the bare API's report", []byte(res.Report), nativeReport(text))
}

// TestPageOffline reloads the page with the network cut after the first
// visit: the service worker must serve it and analysis must still work.
func TestPageOffline(t *testing.T) {
	ctx, url := openPage(t)
	pageRun(t, ctx,
		chromedp.Poll(`document.getElementById('offline').textContent.includes('offline')`, nil, chromedp.WithPollingTimeout(20*time.Second)),
		network.Enable(),
		network.EmulateNetworkConditions(true, 0, -1, -1),
		chromedp.Navigate(url+"/"),
		pageEvalAwait(`policylens.ready.then(() => true)`, nil),
	)
	pagePaste(t, ctx, firstSeed(t))
	var n int
	pageRun(t, ctx, chromedp.Evaluate(`document.querySelectorAll('#text mark').length`, &n))
	if n == 0 {
		t.Error("offline reload: no highlights")
	}
}

// pageClipboardPaste pastes text as a reader does: into the clipboard, then
// Ctrl+V in the focused paste area (a trusted paste event). It does not
// wait for the analysis.
func pageClipboardPaste(t testing.TB, ctx context.Context, text string) {
	t.Helper()
	pageClipboardWrite(t, ctx, text)
	pagePressPaste(t, ctx)
}

// pageClipboardWrite puts text in the clipboard and focuses the paste area.
func pageClipboardWrite(t testing.TB, ctx context.Context, text string) {
	t.Helper()
	js, _ := json.Marshal(text)
	pageRun(t, ctx,
		emulation.SetFocusEmulationEnabled(true),
		browser.GrantPermissions([]browser.PermissionType{browser.PermissionTypeClipboardReadWrite, browser.PermissionTypeClipboardSanitizedWrite}),
		chromedp.Focus(`#policy-input`, chromedp.ByQuery),
		pageEvalAwait(fmt.Sprintf(`navigator.clipboard.writeText(%s).then(() => true)`, js), nil),
	)
}

// pagePressPaste presses Ctrl+V.
func pagePressPaste(t testing.TB, ctx context.Context) {
	t.Helper()
	pageRun(t, ctx,
		chromedp.Evaluate(`document.body.dataset.state = 'pasting'`, nil),
		input.DispatchKeyEvent(input.KeyDown).WithKey("v").WithCode("KeyV").WithModifiers(input.ModifierCtrl).WithCommands([]string{"paste"}),
		input.DispatchKeyEvent(input.KeyUp).WithKey("v").WithCode("KeyV").WithModifiers(input.ModifierCtrl),
	)
}

// TestPagePaste pastes for real: a paste that replaces the whole text is
// analysed from the clipboard, without going through the paste area, which
// gets the text only when the reader opens it; a paste into a text goes
// into it, and the result is analysed.
func TestPagePaste(t *testing.T) {
	ctx, _ := openPage(t)
	seed := firstSeed(t)
	pageClipboardPaste(t, ctx, seed)
	var got struct {
		Shown string `json:"shown"`
		Input string `json:"input"`
		Bar   bool   `json:"bar"`
	}
	state := `({shown: document.getElementById('text').textContent, input: document.getElementById('policy-input').value,
		bar: !document.getElementById('input-bar').hidden})`
	pageRun(t, ctx,
		chromedp.Poll(`document.body.dataset.state === 'done'`, nil, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Evaluate(state, &got),
	)
	if got.Shown != seed || got.Input != "" || !got.Bar {
		t.Errorf("after a paste: the view shows the pasted text %v, the paste area holds %d characters (want 0), folded %v", got.Shown == seed, len(got.Input), got.Bar)
	}
	// Open the paste area (it gets the text), put the cursor at its end and
	// paste more: the browser inserts it, and the page reads the result.
	more := "\n\nWe sell your browsing history to data brokers."
	pageRun(t, ctx,
		chromedp.Click(`#edit-text`, chromedp.ByQuery),
		chromedp.Evaluate(`(() => { const t = document.getElementById('policy-input'); t.setSelectionRange(t.value.length, t.value.length); })()`, nil),
	)
	pageClipboardPaste(t, ctx, more)
	pageRun(t, ctx,
		chromedp.Poll(`document.body.dataset.state === 'done'`, nil, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Evaluate(state, &got),
	)
	if got.Input != seed+more || got.Shown != seed+more {
		t.Errorf("a paste at the end: the paste area holds the whole text %v, the view shows it %v", got.Input == seed+more, got.Shown == seed+more)
	}
}

// TestPageEditLongText opens a long pasted text for editing: it goes into
// the editor (a plain-text editable element in blocks, whose text is read
// in milliseconds, where a paste area's value takes about a second per
// megabyte to read once typed in), and what the reader types there is
// analysed again.
func TestPageEditLongText(t *testing.T) {
	ctx, _ := openPage(t)
	var b strings.Builder
	for _, p := range seedPolicies(t) {
		b.WriteString(textareaText(p.text))
		b.WriteString("\n\n")
	}
	text := b.String()
	for len(text) < 200<<10 {
		text += "\n\n" + b.String()
	}
	pageClipboardPaste(t, ctx, text)
	pageRun(t, ctx, chromedp.Poll(`document.body.dataset.state === 'done'`, nil, chromedp.WithPollingTimeout(60*time.Second)))
	var sales int
	pageRun(t, ctx, chromedp.Evaluate(`document.querySelectorAll('#text mark[data-kind=sale]').length`, &sales))
	var got struct {
		Editor   bool `json:"editor"`
		Textarea bool `json:"textarea"`
		Same     bool `json:"same"`
		Focused  bool `json:"focused"`
	}
	pageRun(t, ctx,
		chromedp.Click(`#edit-text`, chromedp.ByQuery),
		chromedp.Evaluate(`(() => { const ed = document.getElementById('policy-editor');
			return {editor: !ed.hidden, textarea: !document.getElementById('policy-input').hidden,
				same: ed.textContent === document.getElementById('text').textContent, focused: document.activeElement === ed}; })()`, &got),
	)
	if !got.Editor || got.Textarea || !got.Same || !got.Focused {
		t.Fatalf("Edit text on %d KB: editor shown %v, paste area shown %v, the editor holds the text %v, has the focus %v", len(text)>>10, got.Editor, got.Textarea, got.Same, got.Focused)
	}
	more := "\n\nWe sell your browsing history to data brokers."
	pageRun(t, ctx,
		chromedp.Evaluate(`(() => { const ed = document.getElementById('policy-editor'); const r = document.createRange();
			r.selectNodeContents(ed); r.collapse(false); getSelection().removeAllRanges(); getSelection().addRange(r);
			document.body.dataset.state = 'typing'; })()`, nil),
		input.InsertText(more),
		chromedp.Poll(`document.body.dataset.state === 'done'`, nil, chromedp.WithPollingTimeout(60*time.Second)),
	)
	var after struct {
		Tail  string `json:"tail"`
		Sales int    `json:"sales"`
	}
	pageRun(t, ctx, chromedp.Evaluate(`({tail: document.getElementById('text').textContent.slice(-60),
		sales: document.querySelectorAll('#text mark[data-kind=sale]').length})`, &after))
	if !strings.HasSuffix(after.Tail, more) || after.Sales <= sales {
		t.Errorf("after typing in the editor the text ends %q (want %q), %d sale highlights (before %d)", after.Tail, more, after.Sales, sales)
	}
}

// TestPageTooltips points at highlights, before and after a filter changes
// the pieces, and checks that each tooltip explains every finding the
// highlight shows (the page looks them up by the piece: marks carry no list
// of them).
func TestPageTooltips(t *testing.T) {
	ctx, _ := openPage(t)
	text := firstSeed(t)
	pagePaste(t, ctx, text)
	want := nativeReport(text)
	check := func(when string) {
		var tips []struct {
			F   []int  `json:"f"`
			Tip string `json:"tip"`
		}
		pageRun(t, ctx, chromedp.Evaluate(`[...document.querySelectorAll('#text mark')].slice(0, 40).map(m => {
			m.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
			const tip = document.getElementById('tip');
			return {f: [...policylens._textView.findings(m)], tip: tip.hidden ? '' : tip.textContent};
		})`, &tips))
		if len(tips) == 0 {
			t.Fatalf("%s: no highlights", when)
		}
		for k, tip := range tips {
			if len(tip.F) == 0 {
				t.Errorf("%s: highlight %d shows no finding", when, k)
			}
			for _, i := range tip.F {
				f := &want.Findings[i]
				if _, ok := view.KindByID(f.Kind); ok && !strings.Contains(tip.Tip, f.Explanation) {
					t.Errorf("%s: the tooltip of highlight %d (%q) does not explain its finding %d (%q)", when, k, tip.Tip, i, f.Explanation)
				}
			}
		}
	}
	check("pasted")
	pageRun(t, ctx, chromedp.Click(`#filters input[data-kind=collect]`, chromedp.ByQuery))
	check("collect hidden")
	pageRun(t, ctx, chromedp.Click(`#filters input[data-kind=collect]`, chromedp.ByQuery))
}

// TestPageSummaryLinkNames: a summary item that links to its evidence is
// read as the item, then what pressing it does: "They collect your precise
// location: show in the text", without the item's full stop before the
// colon.
func TestPageSummaryLinkNames(t *testing.T) {
	ctx, _ := openPage(t)
	pagePaste(t, ctx, textareaText(exampleText(t)))
	var names []string
	pageRun(t, ctx, chromedp.Evaluate(`[...document.querySelectorAll('#summary button.ev')].map(b => b.getAttribute('aria-label'))`, &names))
	if len(names) == 0 {
		t.Fatal("the example's summary has no links to evidence")
	}
	for _, n := range names {
		if !strings.Contains(n, ": show in the text") || strings.Contains(n, ".:") {
			t.Errorf("a summary link is named %q", n)
		}
	}
}
