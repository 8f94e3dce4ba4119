package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestPageOpenFile opens .html, .md and binary files through the file
// picker: HTML becomes its readable text (scripts and styles dropped, never
// run), Markdown is kept as is, and a binary file gets a clear message.
func TestPageOpenFile(t *testing.T) {
	ctx, _ := openPage(t)
	dir := t.TempDir()
	files := map[string]string{
		"policy.html": `<html><head><style>p{color:red}</style><script>window.pwned=1</script></head><body>
<h1>Privacy Policy</h1><p>We collect your <b>email address</b> and
phone number.</p><ul><li>We do not sell your data.</li></ul><img src=x onerror="window.pwned=2"></body></html>`,
		"policy.md":  "# Privacy\n\nWe collect your **email address**.\n",
		"binary.txt": "PK\x03\x04\x00\x00binary",
	}
	for n, s := range files {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// open opens a file and returns the text the page shows and its message.
	open := func(name string) (value, msg string) {
		pageRun(t, ctx,
			chromedp.Evaluate(`document.getElementById('input-message').textContent = ''; document.body.dataset.state = 'opening'`, nil),
			chromedp.SetUploadFiles(`#file-input`, []string{filepath.Join(dir, name)}, chromedp.ByQuery),
			chromedp.Poll(`document.body.dataset.state === 'done' || document.getElementById('input-message').textContent.includes('not a text file')`, nil, chromedp.WithPollingTimeout(10*time.Second)),
			chromedp.Evaluate(`document.getElementById('text').textContent`, &value),
			chromedp.Text(`#input-message`, &msg, chromedp.ByQuery),
		)
		return
	}
	v, _ := open("policy.html")
	if want := "Privacy Policy\n\nWe collect your email address and phone number.\n\nWe do not sell your data."; v != want {
		t.Errorf("HTML file became %q, want %q", v, want)
	}
	var pwned bool
	pageRun(t, ctx, chromedp.Evaluate(`!!window.pwned`, &pwned))
	if pwned {
		t.Error("a script in an opened HTML file ran")
	}
	if v, _ := open("policy.md"); v != files["policy.md"] {
		t.Errorf("Markdown file became %q", v)
	}
	// The paste area gets the text when the reader opens it to edit.
	var edit string
	pageRun(t, ctx, chromedp.Click(`#edit-text`, chromedp.ByQuery), chromedp.Value(`#policy-input`, &edit, chromedp.ByQuery))
	if edit != files["policy.md"] {
		t.Errorf("Edit text shows %q, want the opened file", edit)
	}
	if _, msg := open("binary.txt"); !strings.Contains(msg, "not a text file") {
		t.Errorf("binary file message %q", msg)
	}
}

// TestPageDarkMode renders with the system's dark setting and saves a
// screenshot: the page background must be dark.
func TestPageDarkMode(t *testing.T) {
	ctx, _ := openPage(t)
	pageRun(t, ctx, emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}))
	pagePaste(t, ctx, firstSeed(t))
	var bg string
	var png []byte
	pageRun(t, ctx,
		chromedp.Evaluate(`getComputedStyle(document.body).backgroundColor`, &bg),
		chromedp.FullScreenshot(&png, 100),
	)
	if err := os.WriteFile(filepath.Join(artifactDir(t), "page-desktop-dark.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
	if bg != "rgb(18, 19, 22)" {
		t.Errorf("dark mode background = %s", bg)
	}
}
