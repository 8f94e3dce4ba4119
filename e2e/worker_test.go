package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// localWorker is a real `wrangler dev` (workerd, local KV simulation) serving
// dist/site and dist/worker, as `make worker-dev` does.
type localWorker struct {
	URL     string
	Persist string // wrangler's --persist-to directory: the simulated KV lives here
	root    string // the snapshot wrangler dev runs in
	cliDir  string // where other wrangler commands run
	env     []string
	log     *workerLogBuffer
}

// workerLogBuffer collects wrangler's output for failure messages.
type workerLogBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *workerLogBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *workerLogBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// wranglerPath is the pinned wrangler from node_modules; missing fails the test.
func wranglerPath(t testing.TB) string {
	t.Helper()
	p := filepath.Join(repoRoot(t), "node_modules", ".bin", "wrangler")
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("wrangler is not installed: run `npm ci` (.ci/run does): %v", err)
	}
	return p
}

// workerFreePort asks the kernel for an unused loopback port.
func workerFreePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startWorker runs `wrangler dev --ip 127.0.0.1` on a free port with a fresh
// persist directory and stops it when the test ends. vars are KEY:VALUE
// overrides of wrangler.toml's [vars].
func startWorker(t *testing.T, vars ...string) *localWorker {
	t.Helper()
	return startWorkerSite(t, distDir(t, "site"), vars...)
}

// startWorkerSite is startWorker serving the static files in site instead
// of dist/site.
func startWorkerSite(t *testing.T, site string, vars ...string) *localWorker {
	t.Helper()
	root := repoRoot(t)
	if _, err := os.Stat(filepath.Join(root, "dist", "worker", "app.wasm")); err != nil {
		t.Fatalf("the Worker is not built: run `make worker` (make test does): %v", err)
	}
	// Run from a snapshot of the repository's wrangler.toml and build output:
	// wrangler dev restarts the Worker (failing requests in flight) whenever a
	// file it serves changes, e.g. when a build runs while the tests do.
	snap := t.TempDir()
	for to, from := range map[string]string{"dist/site": site, "dist/worker": filepath.Join(root, "dist", "worker")} {
		if err := os.CopyFS(filepath.Join(snap, to), os.DirFS(from)); err != nil {
			t.Fatalf("snapshot %s: %v", from, err)
		}
	}
	if err := copyFile(filepath.Join(root, "wrangler.toml"), filepath.Join(snap, "wrangler.toml")); err != nil {
		t.Fatal(err)
	}
	// Other wrangler commands (kv) run from a directory of their own.
	cli := t.TempDir()
	if err := copyFile(filepath.Join(root, "wrangler.toml"), filepath.Join(cli, "wrangler.toml")); err != nil {
		t.Fatal(err)
	}
	w := &localWorker{Persist: t.TempDir(), root: snap, cliDir: cli, log: &workerLogBuffer{}}
	port := workerFreePort(t)
	w.URL = fmt.Sprintf("http://127.0.0.1:%d", port)
	w.env = append(os.Environ(),
		"WRANGLER_SEND_METRICS=false",
		"WRANGLER_LOG_PATH="+filepath.Join(t.TempDir(), "logs"),
		"CI=1",
		"NO_COLOR=1",
		"WRANGLER_CI_DISABLE_CONFIG_WATCHING=true",
		// A dev registry of our own, so other wrangler processes (the kv
		// commands below, a developer's `make worker-dev`) cannot trigger a
		// reload, which fails requests in flight.
		"WRANGLER_REGISTRY_PATH="+filepath.Join(t.TempDir(), "registry"),
	)
	args := []string{"dev", "--ip", "127.0.0.1", "--port", fmt.Sprint(port),
		"--persist-to", w.Persist, "--show-interactive-dev-session=false", "--inspector-port", fmt.Sprint(workerFreePort(t))}
	for _, v := range vars {
		args = append(args, "--var", v)
	}
	cmd := exec.Command(wranglerPath(t), args...)
	cmd.Dir = snap
	cmd.Env = w.env
	cmd.Stdout, cmd.Stderr = w.log, w.log
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // wrangler starts workerd: stop the whole group
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatalf("start wrangler: %v", err)
	}
	// exited is closed when wrangler has exited (exitErr then holds why):
	// a closed channel can be waited on by both the readiness loop and the
	// cleanup, where a value sent once could only be received once.
	exited := make(chan struct{})
	var exitErr error
	go func() { exitErr = cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-exited
		}
		logFile := filepath.Join(artifactDir(t), "wrangler-"+strings.ReplaceAll(t.Name(), "/", "_")+".log")
		os.WriteFile(logFile, []byte(w.log.String()), 0o644)
		if t.Failed() {
			t.Logf("wrangler log, the relevant lines (whole log in %s):\n%s", logFile, logExcerpt(w.log.String()))
		}
	})

	// Ready when the Go Worker itself answers: a well-formed unknown id is a
	// JSON 404 only the Worker produces.
	probe := w.URL + "/api/reports/AAAAAAAAAAAAAAAAAAAAAA"
	deadline := time.Now().Add(90 * time.Second)
	for {
		select {
		case <-exited:
			t.Fatalf("wrangler exited before it was ready (%v):\n%s", exitErr, logExcerpt(w.log.String()))
		default:
		}
		reqStart := time.Now()
		res, err := http.Get(probe)
		if err == nil {
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode == http.StatusNotFound && bytes.Contains(body, []byte(`"error"`)) {
				t.Logf("wrangler dev ready in %v; first Worker request (WASM compile + Go start) %v",
					time.Since(start).Round(time.Millisecond), time.Since(reqStart).Round(time.Millisecond))
				return w
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("wrangler dev not ready after 90 s (last error %v):\n%s", err, logExcerpt(w.log.String()))
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// excerptTail and excerptMax bound logExcerpt: the last lines always, and at
// most this many lines in all.
const (
	excerptTail = 12
	excerptMax  = 40
)

// logExcerpt keeps the lines of a wrangler log that explain a failure: those
// that report an error, a warning, a panic or an exception, and the last
// excerptTail lines, in log order, at most excerptMax of them; request lines
// and banners go. A log of a few hundred lines becomes a few dozen.
func logExcerpt(log string) string {
	lines := strings.Split(strings.TrimRight(log, "\n"), "\n")
	var keep []string
	for i, l := range lines {
		if i >= len(lines)-excerptTail || relevantLogLine(l) {
			keep = append(keep, l)
		}
	}
	if len(keep) > excerptMax {
		keep = append([]string{fmt.Sprintf("... (%d earlier relevant lines left out)", len(keep)-excerptMax)}, keep[len(keep)-excerptMax:]...)
	}
	return strings.Join(keep, "\n")
}

// relevantLogLine reports whether a log line tells of something wrong.
func relevantLogLine(l string) bool {
	l = strings.ToLower(l)
	for _, w := range []string{"error", "✘", "panic", "exception", "uncaught", "fatal", "failed", "warn", "▲"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

func copyFile(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o644)
}

// wrangler runs a wrangler CLI command against the local state and returns stdout.
func (w *localWorker) wrangler(t *testing.T, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, wranglerPath(t), args...)
	cmd.Dir = w.cliDir
	cmd.Env = append(slices.Clone(w.env), "WRANGLER_REGISTRY_PATH="+filepath.Join(w.cliDir, "registry"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("wrangler %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return out
}

// kvKeys lists the local KV namespace's keys with their expirations (unix seconds).
func (w *localWorker) kvKeys(t *testing.T) map[string]int64 {
	t.Helper()
	out := w.wrangler(t, "kv", "key", "list", "--binding", "REPORTS", "--local", "--persist-to", w.Persist)
	var keys []struct {
		Name       string `json:"name"`
		Expiration int64  `json:"expiration"`
	}
	// wrangler may print a banner line before the JSON.
	if i := bytes.IndexByte(out, '['); i >= 0 {
		out = out[i:]
	}
	if err := json.NewDecoder(bufio.NewReader(bytes.NewReader(out))).Decode(&keys); err != nil {
		t.Fatalf("kv key list output: %v\n%s", err, out)
	}
	m := map[string]int64{}
	for _, k := range keys {
		m[k.Name] = k.Expiration
	}
	return m
}
