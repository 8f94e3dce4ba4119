package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/policylens/policylens/share"
)

type testEnv struct {
	h     *Handler
	kv    *fakeKV
	clock time.Time
	logs  []string
}

func newTestEnv(t *testing.T) *testEnv {
	t.Helper()
	e := &testEnv{clock: time.Date(2026, 3, 1, 12, 0, 30, 0, time.UTC)}
	now := func() time.Time { return e.clock }
	e.kv = newFakeKV(now)
	e.h = &Handler{
		Store:            e.kv,
		Now:              now,
		UploadsPerMinute: 5,
		Log:              func(msg string) { e.logs = append(e.logs, msg) },
	}
	return e
}

// do runs one request; ip sets CF-Connecting-IP.
func (e *testEnv) do(method, target string, body []byte, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, bytes.NewReader(body))
	if body != nil {
		req.Header.Set("Content-Type", "application/octet-stream")
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	httpHandler{e.h}.ServeHTTP(rec, req)
	return rec
}

func sealed(t *testing.T, payload string) []byte {
	t.Helper()
	env, _, err := share.Seal([]byte(payload))
	if err != nil {
		t.Fatal(err)
	}
	return env
}

func (e *testEnv) upload(t *testing.T, env []byte, query string) UploadResponse {
	t.Helper()
	rec := e.do("POST", "/api/reports"+query, env)
	if rec.Code != http.StatusCreated {
		t.Fatalf("upload: %d %s", rec.Code, rec.Body)
	}
	var up UploadResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &up); err != nil {
		t.Fatal(err)
	}
	if rec.Header().Get("Location") != "/api/reports/"+up.ID {
		t.Errorf("Location = %q", rec.Header().Get("Location"))
	}
	return up
}

func TestUploadFetchDelete(t *testing.T) {
	e := newTestEnv(t)
	env := sealed(t, "a report")
	up := e.upload(t, env, "")
	if !share.ValidID(up.ID) || !share.ValidToken(up.DeleteToken) {
		t.Fatalf("bad id or token: %+v", up)
	}
	if want := e.clock.Add(7 * 24 * time.Hour).Truncate(time.Second).Format(time.RFC3339); up.ExpiresAt != want {
		t.Errorf("expiresAt = %s, want %s (default 7 days)", up.ExpiresAt, want)
	}
	stored := e.kv.data[reportKey(up.ID)].value
	if strings.Contains(stored, up.DeleteToken) {
		t.Fatal("the store holds the delete token itself")
	}

	rec := e.do("GET", "/api/reports/"+up.ID, nil)
	if rec.Code != http.StatusOK || !bytes.Equal(rec.Body.Bytes(), env) {
		t.Fatalf("fetch: %d, body equal %v", rec.Code, bytes.Equal(rec.Body.Bytes(), env))
	}
	if ct := rec.Header().Get("Content-Type"); ct != "application/octet-stream" {
		t.Errorf("Content-Type = %q", ct)
	}
	if rec := e.do("HEAD", "/api/reports/"+up.ID, nil); rec.Code != http.StatusOK || rec.Body.Len() != 0 {
		t.Errorf("HEAD: %d with %d body bytes", rec.Code, rec.Body.Len())
	}

	for _, tc := range []struct {
		name, auth string
		want       int
	}{
		{"no header", "", http.StatusUnauthorized},
		{"basic scheme", "Basic " + up.DeleteToken, http.StatusUnauthorized},
		{"empty bearer", "Bearer ", http.StatusUnauthorized},
		{"wrong token", "Bearer " + share.NewToken(), http.StatusForbidden},
		{"malformed token", "Bearer nope", http.StatusForbidden},
		{"the id as token", "Bearer " + up.ID, http.StatusForbidden},
		{"right token", "Bearer " + up.DeleteToken, http.StatusNoContent},
		{"again", "Bearer " + up.DeleteToken, http.StatusNotFound},
	} {
		var hdr []string
		if tc.auth != "" {
			hdr = []string{"Authorization", tc.auth}
		}
		if rec := e.do("DELETE", "/api/reports/"+up.ID, nil, hdr...); rec.Code != tc.want {
			t.Errorf("delete %s: %d %s, want %d", tc.name, rec.Code, rec.Body, tc.want)
		}
	}
	if rec := e.do("GET", "/api/reports/"+up.ID, nil); rec.Code != http.StatusNotFound {
		t.Errorf("fetch after delete: %d", rec.Code)
	}
}

func TestExpiry(t *testing.T) {
	for _, tc := range []struct {
		query string
		ttl   time.Duration
	}{
		{"?expiry=1d", 24 * time.Hour},
		{"?expiry=7d", 7 * 24 * time.Hour},
		{"?expiry=30d", 30 * 24 * time.Hour},
		{"", 7 * 24 * time.Hour},
	} {
		t.Run(tc.query, func(t *testing.T) {
			e := newTestEnv(t)
			start := e.clock
			up := e.upload(t, sealed(t, "r"), tc.query)
			if got := e.kv.lastTTL[reportKey(up.ID)]; got != tc.ttl {
				t.Errorf("KV TTL = %v, want %v", got, tc.ttl)
			}
			exp, err := time.Parse(time.RFC3339, up.ExpiresAt)
			if err != nil || exp.Sub(start) > tc.ttl || exp.Sub(start) < tc.ttl-time.Second {
				t.Fatalf("expiresAt %s for ttl %v: %v", up.ExpiresAt, tc.ttl, err)
			}
			e.clock = exp.Add(-time.Second)
			if rec := e.do("GET", "/api/reports/"+up.ID, nil); rec.Code != http.StatusOK {
				t.Errorf("one second before expiry: %d", rec.Code)
			}
			e.clock = exp
			if rec := e.do("GET", "/api/reports/"+up.ID, nil); rec.Code != http.StatusNotFound {
				t.Errorf("at expiry: %d", rec.Code)
			}
		})
	}
}

// TestExpiredRecordStillInStore: KV may keep a value past its TTL for a
// while; the record's own expiry must still hide it.
func TestExpiredRecordStillInStore(t *testing.T) {
	e := newTestEnv(t)
	id := share.NewID()
	rec := record{Expires: e.clock.Add(-time.Minute), TokenHash: make([]byte, 32), Envelope: sealed(t, "old")}
	e.kv.data[reportKey(id)] = fakeEntry{rec.encode(), e.clock.Add(time.Hour)}
	if r := e.do("GET", "/api/reports/"+id, nil); r.Code != http.StatusNotFound {
		t.Fatalf("expired record served: %d", r.Code)
	}
}

func TestBadInput(t *testing.T) {
	valid := sealed(t, "ok")
	wrongVersion := bytes.Clone(valid)
	wrongVersion[0] = 7
	id := share.NewID()
	for _, tc := range []struct {
		name, method, target string
		body                 []byte
		header               []string
		want                 int
	}{
		{"empty body", "POST", "/api/reports", []byte{}, nil, 400},
		{"short envelope", "POST", "/api/reports", valid[:share.MinEnvelopeBytes-1], nil, 400},
		{"wrong version", "POST", "/api/reports", wrongVersion, nil, 400},
		{"too large", "POST", "/api/reports", append([]byte{1}, make([]byte, share.MaxEnvelopeBytes)...), nil, 413},
		{"largest accepted", "POST", "/api/reports", append([]byte{1}, make([]byte, share.MaxEnvelopeBytes-1)...), nil, 201},
		{"bad expiry", "POST", "/api/reports?expiry=2d", valid, nil, 400},
		{"expiry in seconds", "POST", "/api/reports?expiry=86400", valid, nil, 400},
		{"json body", "POST", "/api/reports", valid, []string{"Content-Type", "application/json"}, 415},
		{"bad content type", "POST", "/api/reports", valid, []string{"Content-Type", ";;"}, 415},
		{"no content type", "POST", "/api/reports", valid, []string{"Content-Type", ""}, 415},
		{"text/plain (sendBeacon, forms)", "POST", "/api/reports", valid, []string{"Content-Type", "text/plain;charset=UTF-8"}, 415},
		{"form", "POST", "/api/reports", valid, []string{"Content-Type", "application/x-www-form-urlencoded"}, 415},
		{"multipart", "POST", "/api/reports", valid, []string{"Content-Type", "multipart/form-data; boundary=x"}, 415},
		{"octet-stream, other case", "POST", "/api/reports", valid, []string{"Content-Type", " Application/Octet-Stream "}, 201},
		{"preflight", "OPTIONS", "/api/reports", nil, []string{"Origin", "https://evil.example", "Access-Control-Request-Method", "POST"}, 405},
		{"preflight for a report", "OPTIONS", "/api/reports/" + id, nil, []string{"Origin", "https://evil.example", "Access-Control-Request-Method", "DELETE"}, 405},
		{"octet-stream with params", "POST", "/api/reports", valid, []string{"Content-Type", "application/octet-stream; foo=bar"}, 201},
		{"PUT reports", "PUT", "/api/reports", valid, nil, 405},
		{"GET reports", "GET", "/api/reports", nil, nil, 405},
		{"POST report", "POST", "/api/reports/" + id, valid, nil, 405},
		{"PATCH report", "PATCH", "/api/reports/" + id, nil, nil, 405},
		{"short id", "GET", "/api/reports/abc", nil, nil, 400},
		{"long id", "GET", "/api/reports/" + id + "A", nil, nil, 400},
		{"id with bad char", "GET", "/api/reports/" + id[:21] + "*", nil, nil, 400},
		{"id non-canonical", "GET", "/api/reports/AAAAAAAAAAAAAAAAAAAAAB", nil, nil, 400},
		{"delete bad id", "DELETE", "/api/reports/..", nil, []string{"Authorization", "Bearer x"}, 400},
		{"unknown id", "GET", "/api/reports/" + id, nil, nil, 404},
		{"delete unknown", "DELETE", "/api/reports/" + id, nil, []string{"Authorization", "Bearer " + share.NewToken()}, 404},
		{"nested path", "GET", "/api/reports/" + id + "/x", nil, nil, 404},
		{"other api", "GET", "/api/other", nil, nil, 404},
		{"page bad id", "GET", "/r/nope", nil, nil, 400},
		{"page POST", "POST", "/r/" + id, nil, nil, 405},
		{"unknown path", "GET", "/nothing-here", nil, nil, 404},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEnv(t)
			e.h.UploadsPerMinute = 1000
			rec := e.do(tc.method, tc.target, tc.body, tc.header...)
			if rec.Code != tc.want {
				t.Fatalf("%s %s: %d %s, want %d", tc.method, tc.target, rec.Code, rec.Body, tc.want)
			}
			if rec.Code >= 400 {
				var msg map[string]string
				if err := json.Unmarshal(rec.Body.Bytes(), &msg); err != nil || msg["error"] == "" {
					t.Errorf("error body %q is not {\"error\": ...}", rec.Body)
				}
			}
			if rec.Code == 405 && rec.Header().Get("Allow") == "" {
				t.Error("405 without Allow")
			}
			for name := range rec.Header() {
				if strings.HasPrefix(name, "Access-Control-") {
					t.Errorf("a CORS header %s: %q", name, rec.Header().Get(name))
				}
			}
			for key := range e.kv.data {
				if rec.Code >= 400 && strings.HasPrefix(key, "report:") {
					t.Errorf("a rejected request stored %s", key)
				}
			}
		})
	}
}

func TestDeclaredLengthTooLarge(t *testing.T) {
	e := newTestEnv(t)
	req := httptest.NewRequest("POST", "/api/reports", strings.NewReader("x"))
	req.ContentLength = share.MaxEnvelopeBytes + 1
	req.Header.Set("Content-Type", "application/octet-stream")
	rec := httptest.NewRecorder()
	httpHandler{e.h}.ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("%d, want 413 before reading", rec.Code)
	}
}

func TestRateLimit(t *testing.T) {
	e := newTestEnv(t)
	env := sealed(t, "r")
	post := func(ip string) int {
		return e.do("POST", "/api/reports", env, "CF-Connecting-IP", ip).Code
	}
	for i := range 5 {
		if c := post("203.0.113.7"); c != http.StatusCreated {
			t.Fatalf("upload %d: %d", i+1, c)
		}
	}
	rec := e.do("POST", "/api/reports", env, "CF-Connecting-IP", "203.0.113.7")
	if rec.Code != http.StatusTooManyRequests || rec.Header().Get("Retry-After") == "" {
		t.Fatalf("6th upload: %d, Retry-After %q", rec.Code, rec.Header().Get("Retry-After"))
	}
	if c := post("198.51.100.1"); c != http.StatusCreated {
		t.Errorf("another client was limited: %d", c)
	}
	e.clock = e.clock.Add(time.Minute)
	if c := post("203.0.113.7"); c != http.StatusCreated {
		t.Errorf("next minute: %d", c)
	}
	for key := range e.kv.data {
		if strings.Contains(key, "203.0.113") {
			t.Errorf("the client IP is stored in key %q", key)
		}
	}
}

func TestStoreErrors(t *testing.T) {
	e := newTestEnv(t)
	up := e.upload(t, sealed(t, "r"), "")
	e.kv.fail = errors.New("kv down")
	for _, tc := range []struct {
		method string
		target string
		body   []byte
		hdr    []string
	}{
		{"POST", "/api/reports", sealed(t, "r"), nil},
		{"GET", "/api/reports/" + up.ID, nil, nil},
		{"DELETE", "/api/reports/" + up.ID, nil, []string{"Authorization", "Bearer " + up.DeleteToken}},
	} {
		if rec := e.do(tc.method, tc.target, tc.body, tc.hdr...); rec.Code != http.StatusServiceUnavailable {
			t.Errorf("%s with KV down: %d", tc.method, rec.Code)
		}
	}
	if len(e.logs) == 0 {
		t.Error("store errors were not logged")
	}
}

func TestCorruptRecord(t *testing.T) {
	e := newTestEnv(t)
	id := share.NewID()
	e.kv.data[reportKey(id)] = fakeEntry{"garbage", e.clock.Add(time.Hour)}
	if rec := e.do("GET", "/api/reports/"+id, nil); rec.Code != http.StatusInternalServerError {
		t.Fatalf("corrupt record: %d", rec.Code)
	}
}

func TestSecurityHeadersEverywhere(t *testing.T) {
	e := newTestEnv(t)
	up := e.upload(t, sealed(t, "r"), "")
	for _, tc := range []struct{ method, target string }{
		{"POST", "/api/reports"},
		{"GET", "/api/reports/" + up.ID},
		{"GET", "/api/reports/bad"},
		{"PUT", "/api/reports"},
		{"GET", "/r/" + up.ID},
		{"GET", "/missing"},
	} {
		rec := e.do(tc.method, tc.target, sealed(t, "x"))
		h := rec.Header()
		for _, name := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options", "Strict-Transport-Security"} {
			if h.Get(name) == "" {
				t.Errorf("%s %s: no %s", tc.method, tc.target, name)
			}
		}
		if h.Get("Referrer-Policy") != "no-referrer" || h.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s %s: weak headers %v", tc.method, tc.target, h)
		}
		isAPI := strings.HasPrefix(tc.target, "/api/")
		if isAPI != (h.Get("Content-Security-Policy") == apiCSP) {
			t.Errorf("%s %s: CSP %q", tc.method, tc.target, h.Get("Content-Security-Policy"))
		}
	}
}

func TestPageRedirect(t *testing.T) {
	e := newTestEnv(t)
	id := share.NewID()
	for _, method := range []string{"GET", "HEAD"} {
		rec := e.do(method, "/r/"+id, nil)
		if rec.Code != http.StatusFound || rec.Header().Get("Location") != "/?report="+id {
			t.Errorf("%s /r/{id}: %d to %q", method, rec.Code, rec.Header().Get("Location"))
		}
	}
}

// TestRateLimitCountsValidUploadsOnly: refused uploads (bad type, bad
// envelope, bad expiry) use none of the client's budget.
func TestRateLimitCountsValidUploadsOnly(t *testing.T) {
	e := newTestEnv(t)
	env := sealed(t, "r")
	const ip = "CF-Connecting-IP"
	for range 10 {
		e.do("POST", "/api/reports", env, ip, "203.0.113.9", "Content-Type", "text/plain")
		e.do("POST", "/api/reports", env[:10], ip, "203.0.113.9")
		e.do("POST", "/api/reports?expiry=9d", env, ip, "203.0.113.9")
	}
	for i := range e.h.UploadsPerMinute {
		if c := e.do("POST", "/api/reports", env, ip, "203.0.113.9").Code; c != http.StatusCreated {
			t.Fatalf("valid upload %d after refused ones: %d", i+1, c)
		}
	}
}

// barrierKV runs rate-limit operations in rounds of n: each waits until n
// have arrived in its round, as when n uploads from one client reach KV at
// the same moment, step by step.
type barrierKV struct {
	*fakeKV
	mu      sync.Mutex
	arrived int
	n       int
	rounds  map[int]chan struct{}
}

func (b *barrierKV) wait(key string) {
	if !strings.HasPrefix(key, "rate:") {
		return
	}
	b.mu.Lock()
	round := b.arrived / b.n
	b.arrived++
	if b.rounds[round] == nil {
		b.rounds[round] = make(chan struct{})
	}
	ch := b.rounds[round]
	if b.arrived%b.n == 0 {
		close(ch)
	}
	b.mu.Unlock()
	<-ch
}

func (b *barrierKV) Get(ctx context.Context, key string) (string, bool, error) {
	b.wait(key)
	return b.fakeKV.Get(ctx, key)
}

func (b *barrierKV) Put(ctx context.Context, key, value string, ttl time.Duration) error {
	b.wait(key)
	return b.fakeKV.Put(ctx, key, value, ttl)
}

func (b *barrierKV) Count(ctx context.Context, prefix string, max int) (int, error) {
	b.wait(prefix)
	return b.fakeKV.Count(ctx, prefix, max)
}

// TestRateLimitConcurrent sends 40 uploads from one client at the same
// moment with a limit of 5: no more than 5 may pass (a counter read by all
// of them at once let every one through).
func TestRateLimitConcurrent(t *testing.T) {
	e := newTestEnv(t)
	const n = 40
	e.h.Store = &barrierKV{fakeKV: e.kv, n: n, rounds: map[int]chan struct{}{}}
	env := sealed(t, "r")
	var passed atomic.Int32
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if e.do("POST", "/api/reports", env, "CF-Connecting-IP", "203.0.113.50").Code == http.StatusCreated {
				passed.Add(1)
			}
		}()
	}
	wg.Wait()
	if p := int(passed.Load()); p > e.h.UploadsPerMinute {
		t.Fatalf("%d of %d concurrent uploads passed a limit of %d", p, n, e.h.UploadsPerMinute)
	}
}
