package e2e

// Browser tests of the web page (dist/site), served with the production
// handler so the Content Security Policy and headers are in force.
//
// Test contract (stable; documented in the README): the paste area is
// textarea#policy-input; each highlight is a <mark> with data-kind (collect,
// share, sale, right, retention, security, children, change, transfer, dnt)
// and data-id (the finding id); policylens._textView.findings(mark) gives
// the indices of the findings it shows; the summary is #summary; body[data-state] is "done" after each
// analysis.

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/scripts/serve/sitesrv"
	"github.com/policylens/policylens/summary"
	"github.com/policylens/policylens/wasm/view"
)

// seeds returns the seed policies by file name, with line endings as a
// textarea reports them.
func pageSeeds(t testing.TB) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, p := range seedPolicies(t) {
		out[p.name] = textareaText(p.text)
	}
	return out
}

// textareaText normalises line breaks as a textarea's value does.
func textareaText(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// servePage serves dist/site with the production handler.
func servePage(t testing.TB) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(sitesrv.Handler(distDir(t, "site")))
	t.Cleanup(srv.Close)
	return srv
}

// openPage starts Chromium on the page and waits until the analyser and
// the big-input worker are ready.
func openPage(t testing.TB, extra ...chromedp.ExecAllocatorOption) (context.Context, string) {
	t.Helper()
	srv := servePage(t)
	ctx := newBrowser(t, extra...)
	// Close Chromium before the harness removes its profile directory, so
	// no late writes (service worker, caches) race the removal.
	t.Cleanup(func() { chromedp.Cancel(ctx) })
	pageRun(t, ctx,
		chromedp.Navigate(srv.URL+"/"),
		pageEvalAwait(`policylens.ready.then(() => true)`, nil),
		chromedp.Poll(`document.body.dataset.worker === 'ready'`, nil, chromedp.WithPollingTimeout(30*time.Second)),
	)
	return ctx, srv.URL
}

func pageRun(t testing.TB, ctx context.Context, actions ...chromedp.Action) {
	t.Helper()
	if err := chromedp.Run(ctx, actions...); err != nil {
		t.Fatal(err)
	}
}

// pageWait evaluates the predicate js every 50 ms until it is true, and fails
// after timeout. Unlike chromedp.Poll it asks the page's runtime directly, not
// through chromedp's record of the page's frames, which a quick navigation can
// leave without a document ("received DOM.documentUpdated when there's no
// top-level frame"); Poll and the node queries then wait until the test's
// three minutes run out. The share tests, which navigate one tab several
// times, use it and no node queries.
func pageWait(js string, timeout time.Duration) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		deadline := time.Now().Add(timeout)
		for {
			var ok bool
			err := chromedp.Evaluate("!!("+js+")", &ok).Do(ctx)
			if err == nil && ok {
				return nil
			}
			if time.Now().After(deadline) {
				if err != nil {
					return fmt.Errorf("waiting %v for %s: %w", timeout, js, err)
				}
				return fmt.Errorf("waiting %v for %s: still false", timeout, js)
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(50 * time.Millisecond):
			}
		}
	})
}

// evalAwait evaluates JavaScript, awaiting a returned promise.
func pageEvalAwait(js string, res any) chromedp.Action {
	return chromedp.Evaluate(js, res, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
		return p.WithAwaitPromise(true)
	})
}

// paste puts text into the paste area as a paste does and waits for the
// analysis to be shown.
func pagePaste(t testing.TB, ctx context.Context, text string) {
	t.Helper()
	js, _ := json.Marshal(text)
	pageRun(t, ctx,
		chromedp.Evaluate(fmt.Sprintf(`(() => {
			document.body.dataset.state = 'pasting';
			const t = document.getElementById('policy-input');
			t.value = %s;
			t.dispatchEvent(new Event('input', {bubbles: true}));
		})()`, js), nil),
		chromedp.Poll(`document.body.dataset.state === 'done'`, nil, chromedp.WithPollingTimeout(60*time.Second)),
	)
}

// pageMark is what the page shows for one <mark>.
type pageMark struct {
	Kind string `json:"kind"`
	ID   string `json:"id"`
	F    string `json:"f"`
	Text string `json:"text"`
}

func pageMarks(t testing.TB, ctx context.Context) []pageMark {
	t.Helper()
	var out []pageMark
	pageRun(t, ctx, chromedp.Evaluate(`[...document.querySelectorAll('#text mark')].map(m => ({kind: m.dataset.kind, id: m.dataset.id, f: policylens._textView.findings(m).join(' '), text: m.textContent}))`, &out))
	return out
}

// TestPageSeeds pastes every seed policy and checks the highlights and the
// summary against the analyzer run natively on the same text (the command
// line's, with the sentence model; TestPageMatchesCLI compares the reports).
func TestPageSeeds(t *testing.T) {
	ctx, _ := openPage(t)
	groupsShown := map[string]string{} // data type group id -> its heading, over all seeds
	for name, text := range pageSeeds(t) {
		t.Run(name, func(t *testing.T) {
			pagePaste(t, ctx, text)
			want := nativeReport(text)

			var shown string
			pageRun(t, ctx, chromedp.Evaluate(`document.getElementById('text').textContent`, &shown))
			if shown != text {
				t.Fatalf("the highlighted view does not show the pasted text verbatim (%d vs %d bytes)", len(shown), len(text))
			}

			// Every highlighted finding outside the headings is reachable in
			// the text, inside the marks that list it (a highlight is a
			// whole statement, so it holds the finding's words), and each
			// mark is labelled with the kind and id of its primary finding.
			// The highlights are those of the page's own report, with the
			// headings of the text's structure (in UTF-16 units, as the
			// report's spans).
			hls := view.Highlights(want.Findings, headingSpans(text))
			marked := map[int]bool{}
			for _, h := range hls {
				for _, i := range h.Findings {
					marked[i] = h.Kind != ""
				}
			}
			pieces := map[int]string{}
			kinds := map[string]bool{}
			for _, m := range pageMarks(t, ctx) {
				ids := strings.Fields(m.F)
				if len(ids) == 0 {
					t.Fatalf("mark %+v shows no finding", m)
				}
				var primary *analyzer.Finding
				for _, s := range ids {
					var i int
					fmt.Sscan(s, &i)
					pieces[i] += m.Text
					if f := &want.Findings[i]; primary == nil && view.Highlighted(f.Kind) {
						primary = f
					}
				}
				if primary == nil || m.Kind != primary.Kind || m.ID != primary.ID {
					t.Fatalf("mark %+v is not labelled with its primary finding %+v", m, primary)
				}
				kinds[m.Kind] = true
			}
			wantKinds := map[string]bool{}
			for i, f := range want.Findings {
				if !view.Highlighted(f.Kind) || !marked[i] {
					continue
				}
				wantKinds[f.Kind] = true
				if !strings.Contains(pieces[i], f.Text) {
					t.Errorf("finding %d (%s %s): highlighted %q, which does not hold %q", i, f.Kind, f.ID, pieces[i], f.Text)
				}
			}
			if len(wantKinds) == 0 || !wantKinds["collect"] {
				t.Errorf("the analyzer found no data collection in a real policy: kinds %v", pageKeys(wantKinds))
			}
			if got, want := pageKeys(kinds), pageKeys(wantKinds); strings.Join(got, ",") != strings.Join(want, ",") {
				t.Errorf("highlight kinds = %v, want %v", got, want)
			}

			// The summary shows the model's sections, groups and items, in
			// order, with an evidence link wherever the item has evidence.
			var sections []shownSection
			pageRun(t, ctx, chromedp.Evaluate(shownSummaryJS("#summary-body"), &sections))
			compareShown(t, "page summary", sections, shownModel(summary.Of(want)))
			for _, s := range sections {
				for _, g := range s.Groups {
					if g.ID != "" {
						groupsShown[g.ID] = g.Title
					}
				}
			}

			// Highlights per kind in the filters.
			var counts map[string]string
			pageRun(t, ctx, chromedp.Evaluate(`Object.fromEntries([...document.querySelectorAll('#filters label')].map(l => [l.querySelector('input').dataset.kind, l.querySelector('.count').textContent]))`, &counts))
			for k, n := range view.Counts(hls) {
				if counts[k] != fmt.Sprint(n) {
					t.Errorf("filter count for %s = %q, want %d", k, counts[k], n)
				}
			}
		})
	}

	// Data type groups read as names, not ids ("IP address and device IDs",
	// not "Ip device ids").
	for id, want := range map[string]string{"ip-device-ids": "IP address and device IDs", "cookies-tracking": "Cookies and tracking"} {
		if got := groupsShown[id]; got != want {
			t.Errorf("the group %s reads %q, want %q", id, got, want)
		}
	}
	for id, title := range groupsShown {
		if title != summary.GroupName(id) {
			t.Errorf("the group %s reads %q, want %q", id, title, summary.GroupName(id))
		}
	}
}

func pageKeys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestPageAPI checks globalThis.policylens: spans are UTF-16 offsets that
// slice the evidence out of the JavaScript string, also after emoji and
// accents, and non-string input gets a notice rather than an exception.
func TestPageAPI(t *testing.T) {
	ctx, _ := openPage(t)
	var text string
	for _, s := range pageSeeds(t) {
		text = "Ünïcödé 😀 prefix — “quotes”.\n" + s
		break
	}
	js, _ := json.Marshal(text)
	var res struct {
		Version  string   `json:"version"`
		Findings int      `json:"findings"`
		Bad      []string `json:"bad"`
		Notice   string   `json:"notice"`
		Big      string   `json:"big"`
	}
	pageRun(t, ctx, chromedp.Evaluate(fmt.Sprintf(`(() => {
		const text = %s;
		const r = policylens.analyze(text);
		const bad = r.findings.filter(f => text.slice(f.start, f.end) !== f.text).map(f => f.text);
		const n = policylens.analyze(42).notices.map(n => n.id).join(',');
		const big = policylens.analyze('x'.repeat(policylens.maxInputBytes + 1)).notices.map(n => n.id).join(',');
		return {version: policylens.version, findings: r.findings.length, bad, notice: n, big};
	})()`, js), &res))
	if res.Version == "" || res.Findings == 0 {
		t.Fatalf("API result %+v", res)
	}
	if len(res.Bad) > 0 {
		t.Errorf("%d findings do not slice out of the JS string, e.g. %q", len(res.Bad), res.Bad[0])
	}
	if !strings.Contains(res.Notice, "bad-input") {
		t.Errorf("analyze(42) notices = %q, want bad-input", res.Notice)
	}
	if !strings.Contains(res.Big, "too-large") {
		t.Errorf("analyze(MaxInputBytes+1) notices = %q, want too-large", res.Big)
	}

	// summarize(report) is summary.Of of the report analyze returned;
	// kinds are the page's highlight kinds.
	var api struct {
		Report  string      `json:"report"`
		Summary string      `json:"summary"`
		Bad     string      `json:"bad"`
		Kinds   []view.Kind `json:"kinds"`
	}
	pageRun(t, ctx, chromedp.Evaluate(fmt.Sprintf(`(() => {
		const r = policylens.analyze(%s);
		const bad = policylens.summarize(42).sections[0].groups[0].items.map(it => it.id).join(',');
		return {report: JSON.stringify(r), summary: JSON.stringify(policylens.summarize(r)), bad, kinds: policylens.kinds};
	})()`, js), &api))
	var got summary.Summary
	if err := json.Unmarshal([]byte(api.Summary), &got); err != nil {
		t.Fatal(err)
	}
	if want := summary.Of(reportJSON(t, api.Report)); !reflect.DeepEqual(got, want) {
		t.Errorf("policylens.summarize(report) differs from summary.Of:\n got %+v\nwant %+v", got, want)
	}
	if !strings.HasPrefix(api.Bad, "bad-input") {
		t.Errorf("summarize(42) notices = %q, want bad-input", api.Bad)
	}
	if !reflect.DeepEqual(api.Kinds, view.Kinds) {
		t.Errorf("policylens.kinds = %+v, want %+v", api.Kinds, view.Kinds)
	}
}
