package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

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

	// The summary says so too: the sale denial and the rights, in English.
	var summaryText string
	pageRun(t, ctx, chromedp.Evaluate(`document.getElementById('summary').textContent`, &summaryText))
	for _, s := range []string{"Have your data deleted", "2 years"} {
		if !strings.Contains(summaryText, s) {
			t.Errorf("the summary does not say %q", s)
		}
	}
}
