package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/scripts/serve/sitesrv"
)

// TestPageMatchesCLI proves that the page reads as the command line does:
// the page loads the sentence model beside its WASM, so on every seed its
// report is the native analyzer's, field for field. Three ways in: the API
// (policylens.analyze, UTF-16 offsets), the report the page itself shows
// (its JSON download, byte offsets) and a text big enough to be analysed
// in the page's Web Worker.
func TestPageMatchesCLI(t *testing.T) {
	ctx, _ := openPage(t)
	var modelError string
	pageRun(t, ctx, chromedp.Evaluate(`policylens.modelError`, &modelError))
	if modelError != "" {
		t.Fatalf("the page did not load its sentence model: %s", modelError)
	}
	seeds := pageSeeds(t)
	var big strings.Builder
	for _, name := range sortedSeeds(t) {
		text := seeds[name]
		t.Run(name, func(t *testing.T) {
			js, _ := json.Marshal(text)
			var raw string
			pageRun(t, ctx, chromedp.Evaluate(fmt.Sprintf(`JSON.stringify(policylens.analyze(%s))`, js), &raw))
			sameReport(t, "policylens.analyze", []byte(raw), nativeReport(text))

			pagePaste(t, ctx, text)
			sameReport(t, "the page's JSON download", pageDownloadJSON(t, ctx), analyzer.Analyze(text))
		})
		big.WriteString(text)
		big.WriteString("\n\n")
	}
	t.Run("worker", func(t *testing.T) {
		text := big.String()
		for len(text) <= 300<<10 { // above the page's worker threshold (256 KB)
			text += "\n\n" + big.String()
		}
		pagePaste(t, ctx, text)
		sameReport(t, "the page's JSON download (analysed in the worker)", pageDownloadJSON(t, ctx), analyzer.Analyze(text))
	})
}

// pageDownloadJSON presses "Download JSON" and returns the file.
func pageDownloadJSON(t testing.TB, ctx context.Context) []byte {
	t.Helper()
	dir := t.TempDir()
	pageRun(t, ctx,
		browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllow).WithDownloadPath(dir),
		chromedp.Click(`#download-json`, chromedp.ByQuery),
	)
	p := filepath.Join(dir, "policylens-report.json")
	for end := time.Now().Add(30 * time.Second); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		if b, err := os.ReadFile(p); err == nil && json.Valid(b) {
			return b
		}
	}
	t.Fatal("the JSON report was not downloaded")
	return nil
}

// sameReport fails the test unless the JSON report got is want, as
// encoding/json writes it, and says where they first differ.
func sameReport(t testing.TB, what string, got []byte, want *analyzer.Report) {
	t.Helper()
	w, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	var g, n any
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if err := json.Unmarshal(w, &n); err != nil {
		t.Fatal(err)
	}
	if reflect.DeepEqual(g, n) {
		return
	}
	gi, _ := json.MarshalIndent(g, "", " ")
	ni, _ := json.MarshalIndent(n, "", " ")
	gl, nl := strings.Split(string(gi), "\n"), strings.Split(string(ni), "\n")
	for i := range min(len(gl), len(nl)) {
		if gl[i] != nl[i] {
			t.Errorf("%s differs from the native analyzer's report at line %d:\n page: %s\n  cli: %s\n(the lines before: %s)",
				what, i+1, gl[i], nl[i], strings.Join(nl[max(0, i-4):i], " | "))
			return
		}
	}
	t.Errorf("%s: %d lines of JSON, the native analyzer's %d", what, len(gl), len(nl))
}

// TestPageWithoutModel serves the page with its sentence model missing or
// broken: the page still starts, says clearly that it reads with the rules
// alone, and every report carries that notice; the reports are the native
// analyzer's without a model.
func TestPageWithoutModel(t *testing.T) {
	site := distDir(t, "site")
	for _, tt := range []struct {
		name   string
		serve  func(w http.ResponseWriter)
		reason string
	}{
		{"missing", func(w http.ResponseWriter) { http.Error(w, "gone", http.StatusNotFound) }, "HTTP 404"},
		{"broken", func(w http.ResponseWriter) { w.Write([]byte("not a model")) }, "could not be read"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page := sitesrv.Handler(site)
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if strings.HasPrefix(r.URL.Path, "/model.en.") {
					tt.serve(w)
					return
				}
				page.ServeHTTP(w, r)
			}))
			t.Cleanup(srv.Close)
			ctx := newBrowser(t)
			t.Cleanup(func() { chromedp.Cancel(ctx) })
			var got struct {
				Status     string `json:"status"`
				ModelError string `json:"modelError"`
			}
			pageRun(t, ctx,
				chromedp.Navigate(srv.URL+"/"),
				pageEvalAwait(`policylens.ready.then(() => ({status: document.getElementById('status').textContent, modelError: policylens.modelError}))`, &got),
			)
			if !strings.Contains(got.Status, "rules alone") || !strings.Contains(got.Status, tt.reason) || !strings.Contains(got.ModelError, tt.reason) {
				t.Errorf("status %q, policylens.modelError %q: want both to say the page reads with the rules alone because of %q", got.Status, got.ModelError, tt.reason)
			}
			text := firstSeed(t)
			pagePaste(t, ctx, text)
			var notice string
			pageRun(t, ctx, chromedp.Evaluate(`document.getElementById('notices').textContent`, &notice))
			if !strings.Contains(notice, "rules alone") {
				t.Errorf("the results' notices say %q, not that the text was read with the rules alone", notice)
			}
			want := analyzer.Analyze(text, analyzer.WithModel(nil))
			want.Notices = append(want.Notices, analyzer.Notice{ID: "no-model", Level: "warning"})
			var r analyzer.Report
			if err := json.Unmarshal(pageDownloadJSON(t, ctx), &r); err != nil {
				t.Fatal(err)
			}
			if n := len(r.Notices); n == 0 || r.Notices[n-1].ID != "no-model" {
				t.Fatalf("the page's report has notices %+v, want no-model last", r.Notices)
			}
			want.Notices[len(want.Notices)-1].Message = r.Notices[len(r.Notices)-1].Message
			b, _ := json.Marshal(r)
			sameReport(t, "the page's report without a model", b, want)
		})
	}
}
