package api

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	"github.com/policylens/policylens/share"
)

// FuzzHandler sends arbitrary requests: the handler must never panic, must
// answer with a status the API documents, and must set the security headers.
func FuzzHandler(f *testing.F) {
	env, _, _ := share.Seal([]byte("r"))
	id := share.NewID()
	f.Add("POST", "/api/reports?expiry=1d", "application/octet-stream", "", env)
	f.Add("GET", "/api/reports/"+id, "", "", []byte(nil))
	f.Add("DELETE", "/api/reports/"+id, "", "Bearer "+share.NewToken(), []byte(nil))
	f.Add("GET", "/r/"+id, "", "", []byte(nil))
	f.Add("PATCH", "/api/reports/%00", "text/plain", "Basic x", []byte{1, 2})
	documented := map[int]bool{200: true, 201: true, 204: true, 302: true, 400: true, 401: true, 403: true,
		404: true, 405: true, 413: true, 415: true, 429: true, 500: true}
	f.Fuzz(func(t *testing.T, method, target, contentType, auth string, body []byte) {
		u, err := url.ParseRequestURI(target)
		if err != nil || !validMethod(method) {
			return
		}
		now := time.Unix(1900000000, 0)
		kv := newFakeKV(func() time.Time { return now })
		h := &Handler{Store: kv, Now: func() time.Time { return now }, UploadsPerMinute: 3}
		req := httptest.NewRequest(http.MethodGet, "/", bytes.NewReader(body))
		req.Method, req.URL = method, u
		req.Header.Set("Content-Type", contentType)
		req.Header.Set("Authorization", auth)
		rec := httptest.NewRecorder()
		httpHandler{h}.ServeHTTP(rec, req)
		if !documented[rec.Code] {
			t.Fatalf("%s %s: undocumented status %d", method, target, rec.Code)
		}
		if rec.Header().Get("Content-Security-Policy") == "" || rec.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Fatalf("%s %s: no security headers", method, target)
		}
	})
}

func validMethod(m string) bool {
	if m == "" {
		return false
	}
	for _, c := range m {
		if c < '!' || c > '~' {
			return false
		}
	}
	return true
}
