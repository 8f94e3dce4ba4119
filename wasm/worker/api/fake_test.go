package api

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// fakeKV is an in-memory Store with TTLs on a controllable clock; it records
// the TTL of every Put so tests can check what KV would be told.
type fakeKV struct {
	mu      sync.Mutex
	now     func() time.Time
	data    map[string]fakeEntry
	lastTTL map[string]time.Duration
	fail    error // returned by every call when set
}

type fakeEntry struct {
	value   string
	expires time.Time
}

func newFakeKV(now func() time.Time) *fakeKV {
	return &fakeKV{now: now, data: map[string]fakeEntry{}, lastTTL: map[string]time.Duration{}}
}

func (f *fakeKV) Get(_ context.Context, key string) (string, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return "", false, f.fail
	}
	e, ok := f.data[key]
	if !ok || !f.now().Before(e.expires) {
		return "", false, nil
	}
	return e.value, true, nil
}

func (f *fakeKV) Put(_ context.Context, key, value string, ttl time.Duration) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return f.fail
	}
	if ttl < MinTTL {
		return errors.New("fakeKV: ttl under KV's 60 s minimum")
	}
	f.data[key] = fakeEntry{value, f.now().Add(ttl)}
	f.lastTTL[key] = ttl
	return nil
}

func (f *fakeKV) Delete(_ context.Context, key string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return f.fail
	}
	delete(f.data, key)
	return nil
}

func (f *fakeKV) Count(_ context.Context, prefix string, max int) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return 0, f.fail
	}
	n := 0
	for k, e := range f.data {
		if strings.HasPrefix(k, prefix) && f.now().Before(e.expires) && n < max {
			n++
		}
	}
	return n, nil
}

// httpHandler serves a Handler through net/http, as the Worker's binding
// serves it through the Workers runtime, so tests can use httptest.
type httpHandler struct{ h *Handler }

func (s httpHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	path := r.URL.EscapedPath()
	if path == "" {
		path = "/"
	}
	res := s.h.Serve(&Request{
		Method: r.Method, Path: path, Query: r.URL.RawQuery, Context: r.Context(),
		Header: func(name string) string {
			if strings.EqualFold(name, "Content-Length") && r.ContentLength >= 0 {
				return strconv.FormatInt(r.ContentLength, 10)
			}
			return r.Header.Get(name)
		},
		ReadBody: func(limit int) ([]byte, error) { return io.ReadAll(io.LimitReader(r.Body, int64(limit)+1)) },
	})
	for _, kv := range res.Header {
		w.Header().Set(kv[0], kv[1])
	}
	w.WriteHeader(res.Status)
	w.Write(res.Body)
}

// UploadResponse is the JSON body of a successful upload.
type UploadResponse struct {
	ID          string `json:"id"`
	DeleteToken string `json:"deleteToken"`
	ExpiresAt   string `json:"expiresAt"`
}
