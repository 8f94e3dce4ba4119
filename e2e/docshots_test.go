package e2e

import (
	"context"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The README's screenshots are taken by the end-to-end tests, of the
// project's own example policy (wasm/page/example.txt: never corpus text),
// so they show the product as it is. `make shots` (POLICYLENS_SHOTS=1)
// writes them into docs/screenshots; otherwise they go to e2e/artifacts,
// and a test run leaves the working tree as it was.

// docShotDir is docs/screenshots with POLICYLENS_SHOTS=1, else
// e2e/artifacts/screenshots.
func docShotDir(t testing.TB) string {
	t.Helper()
	d := filepath.Join(repoRoot(t), "e2e", "artifacts", "screenshots")
	if os.Getenv("POLICYLENS_SHOTS") == "1" {
		d = filepath.Join(repoRoot(t), "docs", "screenshots")
	}
	if err := os.MkdirAll(d, 0o755); err != nil {
		t.Fatal(err)
	}
	return d
}

// exampleText is the page's own example policy.
func exampleText(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot(t), "wasm", "page", "example.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// saveDocShot writes a PNG of ctx's viewport to docShotDir/name.
func saveDocShot(t testing.TB, ctx context.Context, name string) {
	t.Helper()
	var png []byte
	if err := chromedp.Run(ctx, chromedp.CaptureScreenshot(&png)); err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return
	}
	if err := os.WriteFile(filepath.Join(docShotDir(t), name), png, 0o644); err != nil {
		t.Error(err)
	}
}

// TestDocScreenshotPage takes the README's pictures of the page: the
// example policy analysed at a desktop size, as the reader sees it after
// the paste (the verdict first), and further down its highlighted text
// beside the summary.
func TestDocScreenshotPage(t *testing.T) {
	ctx, _ := openPage(t)
	pageRun(t, ctx, chromedp.EmulateViewport(1280, 800))
	pagePaste(t, ctx, textareaText(exampleText(t)))
	var marks int
	var score string
	pageRun(t, ctx,
		chromedp.Sleep(300*time.Millisecond),
		chromedp.Evaluate(`document.getElementById('verdict').dataset.score`, &score),
		chromedp.Evaluate(`document.querySelectorAll('#text mark').length`, &marks),
	)
	if marks == 0 || score == "" {
		t.Fatalf("the example shows %d highlights, score %q", marks, score)
	}
	saveDocShot(t, ctx, "page.png")
	pageRun(t, ctx,
		chromedp.Evaluate(`document.getElementById('text').scrollIntoView(); window.scrollBy(0, -60); true`, nil),
		chromedp.Sleep(300*time.Millisecond),
	)
	saveDocShot(t, ctx, "page-text.png")
}

// sgr matches the ANSI colour sequences the CLI writes.
var sgr = regexp.MustCompile("\x1b\\[([0-9;]*)m")

// ansiHTML turns the CLI's coloured output into HTML spans, so a browser can
// draw it as a terminal would.
func ansiHTML(s string) string {
	var b strings.Builder
	open := 0
	last := 0
	for _, m := range sgr.FindAllStringSubmatchIndex(s, -1) {
		b.WriteString(html.EscapeString(s[last:m[0]]))
		last = m[1]
		for ; open > 0; open-- {
			b.WriteString("</span>")
		}
		var style []string
		for _, code := range strings.Split(s[m[2]:m[3]], ";") {
			switch code {
			case "1":
				style = append(style, "font-weight:bold")
			case "2":
				style = append(style, "opacity:.7")
			case "3":
				style = append(style, "font-style:italic")
			case "4":
				style = append(style, "text-decoration:underline")
			case "9":
				style = append(style, "text-decoration:line-through")
			case "31", "91":
				style = append(style, "color:#ff6b6b")
			case "32", "92":
				style = append(style, "color:#6bd66b")
			case "33", "93":
				style = append(style, "color:#e5c07b")
			case "34", "94":
				style = append(style, "color:#61afef")
			case "35", "95":
				style = append(style, "color:#c678dd")
			case "36", "96":
				style = append(style, "color:#56b6c2")
			}
		}
		if len(style) > 0 {
			b.WriteString(`<span style="` + strings.Join(style, ";") + `">`)
			open++
		}
	}
	b.WriteString(html.EscapeString(s[last:]))
	for ; open > 0; open-- {
		b.WriteString("</span>")
	}
	return b.String()
}

// TestDocScreenshotCLI takes the README's picture of the command-line tool:
// `policylens analyze --color always` on the example, drawn as a terminal.
func TestDocScreenshotCLI(t *testing.T) {
	root := repoRoot(t)
	bin := filepath.Join(t.TempDir(), "policylens")
	if out, err := exec.Command("go", "build", "-o", bin, filepath.Join(root, "cmd", "policylens")).CombinedOutput(); err != nil {
		t.Fatalf("build the CLI: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "analyze", "--color", "always", "wasm/page/example.txt")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("policylens analyze: %v", err)
	}
	if !strings.Contains(string(out), "\x1b[") {
		t.Fatal("--color always wrote no colour")
	}
	dir := t.TempDir()
	page := `<!doctype html><meta charset=utf-8><style>body{margin:0;background:#1e1f24;color:#d7dae0}
pre{margin:0;padding:16px 20px;font:14px/1.35 "DejaVu Sans Mono",monospace}</style><pre>$ policylens analyze wasm/page/example.txt
` + ansiHTML(string(out)) + `</pre>`
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := serveDir(t, dir)
	ctx := newBrowser(t)
	pageRun(t, ctx, chromedp.EmulateViewport(760, 620), chromedp.Navigate(srv.URL))
	saveDocShot(t, ctx, "cli.png")
}
