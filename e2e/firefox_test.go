package e2e

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gobwas/ws"
	"github.com/gobwas/ws/wsutil"

	"github.com/policylens/policylens/summary"
)

// The Firefox test drives Debian's firefox-esr, headless, through WebDriver
// BiDi (Firefox's own remote protocol, built in): it installs the Firefox
// package as a temporary add-on, opens a policy page of the fake site, runs
// the popup as a page for that tab, and checks the summary and the marks.

// firefoxUUID is the moz-extension:// host the test gives the add-on
// (through the extensions.webextensions.uuids preference).
const firefoxUUID = "5e0f7a52-7b1e-4c3a-9f7e-2b3c4d5e6f70"

// firefoxPath finds Firefox; a missing browser fails the test.
func firefoxPath(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("POLICYLENS_FIREFOX"); p != "" {
		return p
	}
	for _, name := range []string{"firefox-esr", "firefox"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("no Firefox found: install Debian's firefox-esr package (.ci/run does) or set POLICYLENS_FIREFOX")
	return ""
}

// bidi is a minimal WebDriver BiDi client: commands and their answers;
// events are read and dropped.
type bidi struct {
	conn    net.Conn
	mu      sync.Mutex
	next    int
	waiting map[int]chan bidiAnswer
	closed  chan struct{}
}

type bidiAnswer struct {
	Result json.RawMessage `json:"result"`
	Error  string          `json:"error"`
	Msg    string          `json:"message"`
}

func (b *bidi) read() {
	defer close(b.closed)
	for {
		data, err := wsutil.ReadServerText(b.conn)
		if err != nil {
			return
		}
		var m struct {
			ID *int `json:"id"`
			bidiAnswer
		}
		if json.Unmarshal(data, &m) != nil || m.ID == nil {
			continue // an event
		}
		b.mu.Lock()
		ch := b.waiting[*m.ID]
		delete(b.waiting, *m.ID)
		b.mu.Unlock()
		if ch != nil {
			ch <- m.bidiAnswer
		}
	}
}

// call sends a command and decodes its result into out (when not nil).
func (b *bidi) call(method string, params, out any) error {
	b.mu.Lock()
	b.next++
	id := b.next
	ch := make(chan bidiAnswer, 1)
	b.waiting[id] = ch
	b.mu.Unlock()
	msg, _ := json.Marshal(map[string]any{"id": id, "method": method, "params": params})
	if err := wsutil.WriteClientText(b.conn, msg); err != nil {
		return err
	}
	select {
	case a := <-ch:
		if a.Error != "" {
			return fmt.Errorf("%s: %s: %s", method, a.Error, a.Msg)
		}
		if out != nil {
			return json.Unmarshal(a.Result, out)
		}
		return nil
	case <-b.closed:
		return errors.New(method + ": Firefox closed the connection")
	case <-time.After(60 * time.Second):
		return errors.New(method + ": no answer in 60 s")
	}
}

// eval runs a JavaScript expression in a browsing context, awaiting a
// promise, and decodes its JSON value (the expression must produce a JSON
// string: JSON.stringify(...)).
func (b *bidi) eval(ctxID, expr string, out any) error {
	var r struct {
		Type   string `json:"type"`
		Result struct {
			Type  string `json:"type"`
			Value any    `json:"value"`
		} `json:"result"`
		Exception json.RawMessage `json:"exceptionDetails"`
	}
	err := b.call("script.evaluate", map[string]any{
		"expression": "(async () => JSON.stringify(await (" + expr + ")))()", "awaitPromise": true,
		"target": map[string]any{"context": ctxID},
	}, &r)
	if err != nil {
		return err
	}
	if r.Type == "exception" {
		return fmt.Errorf("script %.80q threw: %s", expr, r.Exception)
	}
	s, _ := r.Result.Value.(string)
	if out == nil {
		return nil
	}
	return json.Unmarshal([]byte(s), out)
}

// poll evaluates expr until it is true, or fails after limit.
func (b *bidi) poll(t *testing.T, ctxID, expr string, limit time.Duration) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		var ok bool
		err := b.eval(ctxID, "Promise.resolve(!!("+expr+"))", &ok)
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("waited %v for %s (last error %v)", limit, expr, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// navigate loads url in a browsing context and waits for it.
func (b *bidi) navigate(t *testing.T, ctxID, url string) {
	t.Helper()
	if err := b.call("browsingContext.navigate", map[string]any{"context": ctxID, "url": url, "wait": "complete"}, nil); err != nil {
		t.Fatal(err)
	}
}

// open loads an extension page in a browsing context: BiDi may not
// navigate there itself, but a page of the site may (the test copy makes
// the popup web-accessible to it).
func (b *bidi) open(t *testing.T, ctxID, siteURL, extURL string) {
	t.Helper()
	b.navigate(t, ctxID, siteURL+"/")
	if err := b.eval(ctxID, fmt.Sprintf(`Promise.resolve(location.href = %q)`, extURL), nil); err != nil {
		t.Fatal(err)
	}
	b.poll(t, ctxID, fmt.Sprintf(`location.href === %q && document.readyState === 'complete'`, extURL), 20*time.Second)
}

// firefoxPrefs keeps Firefox off the network and fixes the add-on's host.
var firefoxPrefs = map[string]any{
	"extensions.webextensions.uuids":             `{"policylens@policylens.github.io":"` + firefoxUUID + `"}`,
	"app.update.enabled":                         false,
	"app.update.auto":                            false,
	"extensions.update.enabled":                  false,
	"browser.shell.checkDefaultBrowser":          false,
	"datareporting.policy.dataSubmissionEnabled": false,
	"datareporting.healthreport.uploadEnabled":   false,
	"toolkit.telemetry.enabled":                  false,
	"browser.safebrowsing.malware.enabled":       false,
	"browser.safebrowsing.phishing.enabled":      false,
	"network.captive-portal-service.enabled":     false,
	"network.connectivity-service.enabled":       false,
	"browser.newtabpage.enabled":                 false,
	"browser.startup.page":                       0,
	"network.proxy.type":                         0,
	"extensions.getAddons.cache.enabled":         false,
	"services.settings.server":                   "http://127.0.0.1:9/",
	"network.dns.disablePrefetch":                true,
}

// startFirefox runs headless firefox-esr with WebDriver BiDi on a free port
// and returns a session; it stops Firefox when the test ends.
func startFirefox(t *testing.T) *bidi {
	t.Helper()
	profile := t.TempDir()
	var prefs strings.Builder
	for k, v := range firefoxPrefs {
		j, _ := json.Marshal(v)
		fmt.Fprintf(&prefs, "user_pref(%q, %s);\n", k, j)
	}
	if err := os.WriteFile(filepath.Join(profile, "user.js"), []byte(prefs.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(firefoxPath(t), "--headless", "--no-remote", "--profile", profile,
		"--remote-debugging-port", fmt.Sprint(workerFreePort(t)), "--remote-allow-hosts", "127.0.0.1", "about:blank")
	cmd.Env = append(os.Environ(), "MOZ_CRASHREPORTER_DISABLE=1", "MOZ_HEADLESS=1")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	stderr, _ := cmd.StderrPipe()
	log := &workerLogBuffer{}
	cmd.Stdout = log
	if err := cmd.Start(); err != nil {
		t.Fatalf("start Firefox: %v", err)
	}
	t.Cleanup(func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-done
		}
		if t.Failed() {
			t.Logf("Firefox output, the relevant lines:\n%s", logExcerpt(log.String()))
		}
	})
	listening := regexp.MustCompile(`WebDriver BiDi listening on (ws://\S+)`)
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			log.Write([]byte(sc.Text() + "\n"))
			if m := listening.FindStringSubmatch(sc.Text()); m != nil {
				select {
				case found <- m[1]:
				default:
				}
			}
		}
	}()
	var url string
	select {
	case url = <-found:
	case <-time.After(60 * time.Second):
		t.Fatalf("Firefox did not open WebDriver BiDi in 60 s:\n%s", logExcerpt(log.String()))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	conn, _, _, err := ws.Dial(ctx, strings.TrimSuffix(url, "/")+"/session")
	if err != nil {
		t.Fatalf("connect to Firefox's BiDi: %v", err)
	}
	t.Cleanup(func() { conn.Close() })
	b := &bidi{conn: conn, waiting: map[int]chan bidiAnswer{}, closed: make(chan struct{})}
	go b.read()
	if err := b.call("session.new", map[string]any{"capabilities": map[string]any{}}, nil); err != nil {
		t.Fatal(err)
	}
	return b
}

// firefoxTestCopy unpacks the Firefox zip and grants the test copy access
// to the loopback site (headless Firefox has no toolbar button to click for
// activeTab), as the Chromium test does.
func firefoxTestCopy(t *testing.T) string {
	t.Helper()
	dir := unzipTo(t, filepath.Join(distDir(t, "."), "policylens-extension-firefox.zip"))
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	m["host_permissions"] = []string{"*://127.0.0.1/*"}
	// The popup is opened as a page, in a tab of its own: the site's pages
	// may navigate to it (BiDi navigates only as a page could).
	m["web_accessible_resources"] = []any{map[string]any{"resources": []string{"popup.html"}, "matches": []string{"*://127.0.0.1/*"}}}
	b, _ = json.Marshal(m)
	if err := os.WriteFile(filepath.Join(dir, "manifest.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestFirefoxExtension analyses a policy page with the Firefox build in
// firefox-esr: the popup's summary, and marks in the page over exactly the
// findings' text.
func TestFirefoxExtension(t *testing.T) {
	seeds := append(readSeeds(t)[:1], exampleText(t))
	site := newFakeSite(t, seeds)
	b := startFirefox(t)
	if err := b.call("webExtension.install", map[string]any{
		"extensionData": map[string]any{"type": "path", "path": firefoxTestCopy(t)},
	}, nil); err != nil {
		t.Fatalf("install the add-on: %v", err)
	}
	var tree struct {
		Contexts []struct {
			Context string `json:"context"`
		} `json:"contexts"`
	}
	if err := b.call("browsingContext.getTree", map[string]any{}, &tree); err != nil || len(tree.Contexts) == 0 {
		t.Fatalf("no browsing context: %v", err)
	}
	pageCtx := tree.Contexts[0].Context
	var popup struct {
		Context string `json:"context"`
	}
	if err := b.call("browsingContext.create", map[string]any{"type": "window"}, &popup); err != nil {
		t.Fatal(err)
	}
	base := "moz-extension://" + firefoxUUID + "/popup.html"
	for i := range seeds {
		u := fmt.Sprintf("%s/policy?seed=%d", site.URL, i)
		b.navigate(t, pageCtx, u)
		b.open(t, popup.Context, site.URL, base+"?tab=-1")
		var tab int
		if err := b.eval(popup.Context, fmt.Sprintf(`browser.tabs.query({}).then(ts => (ts.find(t => t.url === %q) || {id: -1}).id)`, u), &tab); err != nil || tab < 0 {
			t.Fatalf("seed %d: no tab shows %s (%v)", i, u, err)
		}
		b.open(t, popup.Context, site.URL, fmt.Sprintf("%s?tab=%d", base, tab))
		b.poll(t, popup.Context, `document.querySelector('#status').textContent.startsWith('Ready')`, 30*time.Second)
		if err := b.eval(popup.Context, `Promise.resolve(document.querySelector('#analyse-page').click())`, nil); err != nil {
			t.Fatal(err)
		}
		b.poll(t, popup.Context, `document.querySelector('#status').textContent.includes('finding') || document.querySelector('#status').classList.contains('error')`, 30*time.Second)
		var res struct {
			Status   string `json:"status"`
			Report   string `json:"report"`
			Findings []struct {
				Kind string `json:"kind"`
				Text string `json:"text"`
			} `json:"findings"`
		}
		if err := b.eval(popup.Context, `({status: document.querySelector('#status').textContent,
			report: JSON.stringify(policylensResult().report),
			findings: policylensResult().report.findings.map(f => ({kind: f.kind, text: f.text}))})`, &res); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(res.Status, "finding") {
			t.Fatalf("seed %d: status %q", i, res.Status)
		}
		// The popup shows the summary model of its report, as in Chromium.
		var shown []shownSection
		if err := b.eval(popup.Context, shownSummaryJS("#summary"), &shown); err != nil {
			t.Fatal(err)
		}
		compareShown(t, fmt.Sprintf("seed %d: Firefox popup summary", i), shown, shownModel(summary.Of(reportJSON(t, res.Report))))
		var marks []struct {
			Kind     string `json:"kind"`
			Findings string `json:"findings"`
			Text     string `json:"text"`
		}
		if err := b.eval(pageCtx, `[...document.querySelectorAll('mark[data-policylens-kind]')].map(m =>
			({kind: m.dataset.policylensKind, findings: m.dataset.policylensFindings, text: m.textContent}))`, &marks); err != nil {
			t.Fatal(err)
		}
		highlighted := 0
		for _, f := range res.Findings {
			if slicesContains(highlightKinds, f.Kind) {
				highlighted++
			}
		}
		if len(marks) == 0 || highlighted == 0 {
			t.Fatalf("seed %d: %d marks for %d highlighted findings", i, len(marks), highlighted)
		}
		for _, m := range marks {
			var first int
			fmt.Sscan(m.Findings, &first)
			if first < 0 || first >= len(res.Findings) || !strings.Contains(norm(res.Findings[first].Text), norm(m.Text)) || res.Findings[first].Kind != m.Kind {
				t.Errorf("seed %d: mark %q (%s, findings %s) is not over its finding", i, m.Text, m.Kind, m.Findings)
				break
			}
		}
		t.Logf("seed %d in Firefox: %s; %d marks in the page", i, res.Status, len(marks))
	}
}

func slicesContains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
