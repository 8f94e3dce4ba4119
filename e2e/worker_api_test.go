package e2e

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/policylens/policylens/share"
)

// workerLimit is the per-client upload limit the API test runs the Worker with.
const workerLimit = 20

// workerClient does not follow redirects, so /r/<id> can be checked. It
// lets an idle connection go after 2 s: a local server may close an idle
// one after a few seconds (Node's default is 5 s), and a POST sent on a
// connection being closed fails with EOF and is not retried (the rate-limit
// test, after waiting for a fresh minute, failed so once in CI).
var workerClient = &http.Client{
	Timeout:       30 * time.Second,
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	Transport:     shortIdleTransport(),
}

// shortIdleTransport is http.DefaultTransport with idle connections closed
// after 2 s.
func shortIdleTransport() *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.IdleConnTimeout = 2 * time.Second
	return t
}

type upResult struct {
	ID          string `json:"id"`
	DeleteToken string `json:"deleteToken"`
	ExpiresAt   string `json:"expiresAt"`
}

// call sends one request; hdr is name, value pairs.
func (w *localWorker) call(t *testing.T, method, path string, body []byte, hdr ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, w.URL+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/octet-stream")
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		if hdr[i+1] == "" {
			req.Header.Del(hdr[i]) // send no such header at all
		} else {
			req.Header.Set(hdr[i], hdr[i+1])
		}
	}
	res, err := workerClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, b
}

// upload posts an envelope from the given client IP and expects 201.
func (w *localWorker) upload(t *testing.T, env []byte, query, ip string) upResult {
	t.Helper()
	res, body := w.call(t, "POST", "/api/reports"+query, env, "CF-Connecting-IP", ip)
	if res.StatusCode != http.StatusCreated {
		t.Fatalf("upload: %d %s", res.StatusCode, body)
	}
	var up upResult
	if err := json.Unmarshal(body, &up); err != nil || !share.ValidID(up.ID) || !share.ValidToken(up.DeleteToken) {
		t.Fatalf("upload answer %s: %v", body, err)
	}
	return up
}

func seal(t *testing.T, payload []byte) ([]byte, string) {
	t.Helper()
	env, key, err := share.Seal(payload)
	if err != nil {
		t.Fatal(err)
	}
	return env, key
}

// checkSecurityHeaders fails unless a response carries the security headers.
func checkSecurityHeaders(t *testing.T, what string, h http.Header) {
	t.Helper()
	for name, want := range map[string]string{
		"X-Content-Type-Options":    "nosniff",
		"Referrer-Policy":           "no-referrer",
		"X-Frame-Options":           "DENY",
		"Strict-Transport-Security": "max-age=31536000",
	} {
		if got := h.Get(name); got != want {
			t.Errorf("%s: %s = %q, want %q", what, name, got, want)
		}
	}
	if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'none'") {
		t.Errorf("%s: CSP %q", what, csp)
	}
}

func TestWorkerAPI(t *testing.T) {
	w := startWorker(t, fmt.Sprintf("UPLOADS_PER_MINUTE:%d", workerLimit))

	t.Run("upload fetch delete", func(t *testing.T) {
		payload := []byte(`{"report":"round trip"}`)
		env, key := seal(t, payload)
		up := w.upload(t, env, "?expiry=1d", "192.0.2.1")

		res, body := w.call(t, "GET", "/api/reports/"+up.ID, nil)
		if res.StatusCode != 200 || !bytes.Equal(body, env) {
			t.Fatalf("fetch: %d, %d bytes (want the %d uploaded)", res.StatusCode, len(body), len(env))
		}
		checkSecurityHeaders(t, "fetch", res.Header)
		if got, err := share.Open(body, key); err != nil || !bytes.Equal(got, payload) {
			t.Fatalf("open fetched envelope: %v", err)
		}
		if res, body := w.call(t, "HEAD", "/api/reports/"+up.ID, nil); res.StatusCode != 200 || len(body) != 0 {
			t.Errorf("HEAD: %d, %d body bytes", res.StatusCode, len(body))
		}
		res, _ = w.call(t, "GET", "/r/"+up.ID, nil)
		if res.StatusCode != http.StatusFound || res.Header.Get("Location") != "/?report="+up.ID {
			t.Errorf("short link: %d to %q", res.StatusCode, res.Header.Get("Location"))
		}
		for _, tc := range []struct {
			auth string
			want int
		}{
			{"", 401},
			{"Bearer " + share.NewToken(), 403},
			{"Bearer " + up.ID, 403},
			{"Bearer " + up.DeleteToken, 204},
			{"Bearer " + up.DeleteToken, 404},
		} {
			var hdr []string
			if tc.auth != "" {
				hdr = []string{"Authorization", tc.auth}
			}
			if res, body := w.call(t, "DELETE", "/api/reports/"+up.ID, nil, hdr...); res.StatusCode != tc.want {
				t.Errorf("DELETE with %q: %d %s, want %d", tc.auth, res.StatusCode, body, tc.want)
			}
		}
		if res, _ := w.call(t, "GET", "/api/reports/"+up.ID, nil); res.StatusCode != 404 {
			t.Errorf("fetch after delete: %d", res.StatusCode)
		}
	})

	t.Run("expiry", func(t *testing.T) {
		env, _ := seal(t, []byte("expiring"))
		want := map[string]time.Duration{"?expiry=1d": 24 * time.Hour, "?expiry=7d": 7 * 24 * time.Hour, "?expiry=30d": 30 * 24 * time.Hour, "": 7 * 24 * time.Hour}
		ids := map[string]int64{}
		for q, ttl := range want {
			before := time.Now()
			up := w.upload(t, env, q, "192.0.2.2")
			exp, err := time.Parse(time.RFC3339, up.ExpiresAt)
			if err != nil {
				t.Fatal(err)
			}
			if d := exp.Sub(before); d < ttl-2*time.Second || d > ttl+2*time.Second {
				t.Errorf("expiry %q: expiresAt is %v ahead, want %v", q, d, ttl)
			}
			ids["report:"+up.ID] = exp.Unix()
		}
		// What KV was told: the TTL must match expiresAt.
		keys := w.kvKeys(t)
		for key, exp := range ids {
			if got, ok := keys[key]; !ok || got < exp-2 || got > exp+2 {
				t.Errorf("KV expiration of %s = %d (present %v), want %d", key, got, ok, exp)
			}
		}
		// A record past its expiry that KV still holds must not be served.
		id, token := share.NewID(), share.NewToken()
		hash := share.HashToken(token)
		b64 := base64.RawURLEncoding
		value := fmt.Sprintf("r1.%d.%s.%s", time.Now().Add(-time.Minute).Unix(), b64.EncodeToString(hash), b64.EncodeToString(env))
		w.wrangler(t, "kv", "key", "put", "report:"+id, value, "--binding", "REPORTS", "--local", "--persist-to", w.Persist)
		if _, ok := w.kvKeys(t)["report:"+id]; !ok {
			t.Fatal("the expired record was not written")
		}
		if res, body := w.call(t, "GET", "/api/reports/"+id, nil); res.StatusCode != 404 {
			t.Errorf("expired report: %d %s, want 404", res.StatusCode, body)
		}
	})

	t.Run("bad input", func(t *testing.T) {
		valid, _ := seal(t, []byte("ok"))
		v2 := bytes.Clone(valid)
		v2[0] = 2
		id := share.NewID()
		for _, tc := range []struct {
			name, method, path string
			body               []byte
			hdr                []string
			want               int
		}{
			{"too large", "POST", "/api/reports", append([]byte{1}, make([]byte, share.MaxEnvelopeBytes)...), nil, 413},
			{"empty", "POST", "/api/reports", []byte{}, nil, 400},
			{"truncated", "POST", "/api/reports", valid[:20], nil, 400},
			{"wrong version", "POST", "/api/reports", v2, nil, 400},
			{"bad expiry", "POST", "/api/reports?expiry=365d", valid, nil, 400},
			{"wrong type", "POST", "/api/reports", valid, []string{"Content-Type", "text/plain"}, 415},
			{"no type", "POST", "/api/reports", valid, []string{"Content-Type", ""}, 415},
			{"form type", "POST", "/api/reports", valid, []string{"Content-Type", "application/x-www-form-urlencoded"}, 415},
			{"preflight", "OPTIONS", "/api/reports", nil, []string{"Origin", "https://other.example", "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type"}, 405},
			{"GET collection", "GET", "/api/reports", nil, nil, 405},
			{"PUT report", "PUT", "/api/reports/" + id, valid, nil, 405},
			{"short id", "GET", "/api/reports/abc", nil, nil, 400},
			{"bad char id", "GET", "/api/reports/" + id[:21] + "%21", nil, nil, 400},
			{"traversal", "GET", "/api/reports/..%2F..%2Fetc", nil, nil, 400}, // the path is not decoded: not an id
			{"dots", "GET", "/api/reports/....................~~", nil, nil, 400},
			{"bad short link", "GET", "/r/xyz", nil, nil, 400},
			{"unknown id", "GET", "/api/reports/" + id, nil, nil, 404},
			{"unknown api", "GET", "/api/nothing", nil, nil, 404},
		} {
			res, body := w.call(t, tc.method, tc.path, tc.body, append([]string{"CF-Connecting-IP", "192.0.2.3"}, tc.hdr...)...)
			if res.StatusCode != tc.want {
				t.Errorf("%s: %s %s = %d %s, want %d", tc.name, tc.method, tc.path, res.StatusCode, body, tc.want)
				continue
			}
			if !bytes.Contains(body, []byte(`"error"`)) {
				t.Errorf("%s: body %q has no error message", tc.name, body)
			}
			if tc.want == 405 && res.Header.Get("Allow") == "" {
				t.Errorf("%s: 405 without Allow", tc.name)
			}
			for name := range res.Header {
				if strings.HasPrefix(name, "Access-Control-") {
					t.Errorf("%s: CORS header %s", tc.name, name)
				}
			}
			checkSecurityHeaders(t, tc.name, res.Header)
		}
		// The largest accepted envelope.
		w.upload(t, append([]byte{1}, make([]byte, share.MaxEnvelopeBytes-1)...), "", "192.0.2.4")
	})

	t.Run("static site headers", func(t *testing.T) {
		res, body := w.call(t, "GET", "/", nil)
		if res.StatusCode != 200 || !bytes.Contains(body, []byte("PolicyLens")) {
			t.Fatalf("GET /: %d", res.StatusCode)
		}
		checkSecurityHeaders(t, "GET /", res.Header)
		// Every static file, and a missing one, carries the headers (HSTS too).
		entries, _ := os.ReadDir(filepath.Join(w.root, "dist", "site"))
		paths := []string{"/no-such-file.txt"}
		for _, e := range entries {
			if !strings.HasPrefix(e.Name(), "_") {
				paths = append(paths, "/"+e.Name())
			}
		}
		for _, p := range paths {
			res, _ := w.call(t, "GET", p, nil)
			checkSecurityHeaders(t, "GET "+p+" ("+res.Status+")", res.Header)
		}
	})

	t.Run("rate limit", func(t *testing.T) {
		// Stay inside one minute window.
		if s := time.Now().Second(); s > 50 {
			time.Sleep(time.Duration(61-s) * time.Second)
		}
		env, _ := seal(t, []byte("rate"))
		const ip = "198.51.100.77"
		for i := range workerLimit {
			w.upload(t, env, "", ip)
			_ = i
		}
		res, body := w.call(t, "POST", "/api/reports", env, "CF-Connecting-IP", ip)
		if res.StatusCode != http.StatusTooManyRequests || res.Header.Get("Retry-After") == "" {
			t.Fatalf("upload %d: %d %s, want 429 with Retry-After", workerLimit+1, res.StatusCode, body)
		}
		checkSecurityHeaders(t, "429", res.Header)
		w.upload(t, env, "", "198.51.100.78") // another client is not limited
		for key := range w.kvKeys(t) {
			if strings.Contains(key, "198.51.100") {
				t.Errorf("a client IP is stored in KV key %q", key)
			}
		}
	})

	t.Run("concurrent uploads from one client", func(t *testing.T) {
		// Stay inside one minute window.
		if s := time.Now().Second(); s > 40 {
			time.Sleep(time.Duration(61-s) * time.Second)
		}
		env, _ := seal(t, []byte("burst"))
		const n = 3 * workerLimit
		var passed, limited atomic.Int32
		var wg sync.WaitGroup
		for range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				req, _ := http.NewRequest("POST", w.URL+"/api/reports", bytes.NewReader(env))
				req.Header.Set("Content-Type", "application/octet-stream")
				req.Header.Set("CF-Connecting-IP", "198.51.100.99")
				res, err := workerClient.Do(req)
				if err != nil {
					return
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
				switch res.StatusCode {
				case 201:
					passed.Add(1)
				case 429:
					limited.Add(1)
				}
			}()
		}
		wg.Wait()
		t.Logf("%d concurrent uploads from one client, limit %d: %d passed, %d refused", n, workerLimit, passed.Load(), limited.Load())
		if passed.Load() > workerLimit {
			t.Errorf("%d uploads passed a limit of %d", passed.Load(), workerLimit)
		}
	})

	t.Run("200 concurrent uploads", func(t *testing.T) {
		const n, clients = 200, 20 // 10 per client, under the limit
		type sent struct {
			env []byte
			up  upResult
			err error
		}
		results := make([]sent, n)
		var retries atomic.Int32
		var wg sync.WaitGroup
		start := time.Now()
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				env, _ := seal(t, []byte(fmt.Sprintf(`{"n":%d}`, i)))
				results[i].env = env
				for attempt := 0; ; attempt++ {
					req, _ := http.NewRequest("POST", w.URL+"/api/reports", bytes.NewReader(env))
					req.Header.Set("Content-Type", "application/octet-stream")
					req.Header.Set("CF-Connecting-IP", fmt.Sprintf("203.0.113.%d", i%clients))
					res, err := workerClient.Do(req)
					if err != nil {
						results[i].err = err
						return
					}
					body, _ := io.ReadAll(res.Body)
					res.Body.Close()
					// wrangler dev's local proxy (not the Worker) drops
					// connections starved of CPU for ~20 s under this load
					// and answers 503 "restarted mid-request"; a client
					// retries that. Any other failure fails the test.
					if res.StatusCode == 503 && bytes.Contains(body, []byte("restarted mid-request")) && attempt < 2 {
						retries.Add(1)
						continue
					}
					if res.StatusCode != 201 {
						results[i].err = fmt.Errorf("status %d: %s", res.StatusCode, body)
						return
					}
					results[i].err = json.Unmarshal(body, &results[i].up)
					return
				}
			}()
		}
		wg.Wait()
		t.Logf("200 concurrent uploads took %v (%d retried after a local-proxy 503)", time.Since(start).Round(time.Millisecond), retries.Load())
		ids := map[string]bool{}
		for i, r := range results {
			if r.err != nil {
				t.Fatalf("upload %d: %v", i, r.err)
			}
			ids[r.up.ID] = true
		}
		if len(ids) != n {
			t.Fatalf("%d distinct ids for %d uploads", len(ids), n)
		}
		keys := w.kvKeys(t)
		for i, r := range results {
			if _, ok := keys["report:"+r.up.ID]; !ok {
				t.Errorf("upload %d is not in KV", i)
			}
			if res, body := w.call(t, "GET", "/api/reports/"+r.up.ID, nil); res.StatusCode != 200 || !bytes.Equal(body, r.env) {
				t.Errorf("upload %d fetched back as %d, %d bytes", i, res.StatusCode, len(body))
			}
		}
	})

	t.Run("kv holds no policy text", func(t *testing.T) {
		policy := workerSeed(t)
		payload, _ := json.Marshal(map[string]string{"text": policy})
		env, key := seal(t, payload)
		up := w.upload(t, env, "", "192.0.2.9")
		if res, body := w.call(t, "GET", "/api/reports/"+up.ID, nil); res.StatusCode != 200 || !bytes.Equal(body, env) {
			t.Fatalf("fetch: %d", res.StatusCode)
		}
		if got, err := share.Open(env, key); err != nil || !bytes.Equal(got, payload) {
			t.Fatal("the envelope does not open")
		}
		checkNoPlaintext(t, w.Persist, policy)
	})

	t.Run("latency", func(t *testing.T) {
		payload, _ := json.Marshal(map[string]string{"text": workerSeed(t)})
		env, _ := seal(t, payload)
		var ups, gets []time.Duration
		var ids []string
		for range 15 {
			start := time.Now()
			up := w.upload(t, env, "", "192.0.2.10")
			ups = append(ups, time.Since(start))
			ids = append(ids, up.ID)
		}
		for _, id := range ids {
			start := time.Now()
			w.call(t, "GET", "/api/reports/"+id, nil)
			gets = append(gets, time.Since(start))
		}
		t.Logf("local latency, %d-byte envelope: upload median %v, fetch median %v (each request starts a fresh Go instance)",
			len(env), median(ups), median(gets))
		goStart, static := w.startCost(t)
		t.Logf("per-request start: GET /r/<id> (a fresh Go instance, no KV) median %v; a static file (no Go) median %v; the difference, %v, is the Go instance's start and answer",
			goStart, static, goStart-static)
	})
}

// startCost measures, from outside, what a fresh Go instance costs per
// request: the median time of a short-link redirect (Go starts, answers
// without KV) and of a static file (served without Go), 40 of each,
// interleaved so machine load hits both alike.
func (w *localWorker) startCost(t *testing.T) (goStart, static time.Duration) {
	t.Helper()
	id := share.NewID()
	var redirects, files []time.Duration
	for range 40 {
		start := time.Now()
		if res, _ := w.call(t, "GET", "/r/"+id, nil); res.StatusCode != http.StatusFound {
			t.Fatalf("GET /r/<id>: %d", res.StatusCode)
		}
		redirects = append(redirects, time.Since(start))
		start = time.Now()
		if res, _ := w.call(t, "GET", "/sw.js", nil); res.StatusCode != http.StatusOK {
			t.Fatalf("GET /sw.js: %d", res.StatusCode)
		}
		files = append(files, time.Since(start))
	}
	return median(redirects), median(files)
}

func median(d []time.Duration) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2].Round(100 * time.Microsecond)
}

// workerSeed returns the first seed policy (see seedPolicies).
func workerSeed(t *testing.T) string {
	t.Helper()
	return seedPolicies(t)[0].text
}

// plaintextWindow is the substring length checkNoPlaintext looks for: long
// enough that base64 of ciphertext cannot match English by chance.
const plaintextWindow = 12

// checkNoPlaintext fails if any file under dir (the local KV's blobs and
// SQLite databases) contains a plaintextWindow-byte substring of text.
func checkNoPlaintext(t *testing.T, dir, text string) {
	t.Helper()
	grams := map[string]bool{}
	for i := 0; i+plaintextWindow <= len(text); i++ {
		g := text[i : i+plaintextWindow]
		if strings.TrimSpace(g) == g && strings.ContainsFunc(g, func(r rune) bool { return r >= 'a' && r <= 'z' }) {
			grams[g] = true
		}
	}
	if len(grams) < 1000 {
		t.Fatalf("only %d substrings to look for: the policy is too short to be a test", len(grams))
	}
	scanned := 0
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		scanned += len(b)
		for i := 0; i+plaintextWindow <= len(b); i++ {
			if grams[string(b[i:i+plaintextWindow])] {
				t.Errorf("%s holds policy text %q at byte %d", path, b[i:i+plaintextWindow], i)
				return nil
			}
		}
		return nil
	})
	if scanned < len(text)/2 {
		t.Fatalf("scanned only %d bytes of stored data for a %d-byte policy: the report was not stored where expected", scanned, len(text))
	}
	t.Logf("scanned %d stored bytes for %d policy substrings: none found", scanned, len(grams))
}
