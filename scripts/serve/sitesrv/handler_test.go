package sitesrv

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHandler(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"index.html":                    "<!doctype html><title>page</title>",
		"policylens.0123456789.wasm":    "\x00asm-raw",
		"policylens.0123456789.wasm.br": "brotli-bytes",
		"policylens.0123456789.wasm.gz": "gzip-bytes",
		"model.en.0123456789.bin":       "weights",
		"model.en.0123456789.bin.br":    "brotli-weights",
		"sw.js":                         "// sw",
		"_headers":                      "secret layout",
		".hidden":                       "x",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()

	tests := []struct {
		name, path, accept string
		status             int
		body, ctype, enc   string
		cache              string
	}{
		{"root", "/", "", 200, "<!doctype html><title>page</title>", "text/html; charset=utf-8", "", RevalidateCache},
		{"short link redirects like the Worker", "/r/abc123", "", 302, "", "", "", ""},
		{"wasm raw", "/policylens.0123456789.wasm", "", 200, "\x00asm-raw", "application/wasm", "", ImmutableCache},
		{"wasm brotli", "/policylens.0123456789.wasm", "gzip, deflate, br", 200, "brotli-bytes", "application/wasm", "br", ImmutableCache},
		{"wasm gzip", "/policylens.0123456789.wasm", "gzip", 200, "gzip-bytes", "application/wasm", "gzip", ImmutableCache},
		{"model brotli", "/model.en.0123456789.bin", "br", 200, "brotli-weights", "application/octet-stream", "br", ImmutableCache},
		{"br refused by q=0", "/policylens.0123456789.wasm", "br;q=0, gzip", 200, "gzip-bytes", "application/wasm", "gzip", ImmutableCache},
		{"service worker", "/sw.js", "", 200, "// sw", "text/javascript; charset=utf-8", "", RevalidateCache},
		{"missing", "/nope.js", "", 404, "", "", "", ""},
		{"host config hidden", "/_headers", "", 404, "", "", "", ""},
		{"dotfile hidden", "/.hidden", "", 404, "", "", "", ""},
		{"compressed copy not direct", "/policylens.0123456789.wasm.br", "", 404, "", "", "", ""},
		{"traversal", "/../../etc/passwd", "", 404, "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest("GET", srv.URL+tt.path, nil)
			req.Header.Set("Accept-Encoding", tt.accept) // empty disables Go's transparent gzip
			res, err := http.DefaultTransport.RoundTrip(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			b, _ := io.ReadAll(res.Body)
			if res.StatusCode != tt.status {
				t.Fatalf("status %d, want %d", res.StatusCode, tt.status)
			}
			if got := res.Header.Get("Content-Security-Policy"); got != CSP {
				t.Errorf("CSP = %q", got)
			}
			if res.Header.Get("X-Content-Type-Options") != "nosniff" {
				t.Error("nosniff missing")
			}
			if tt.status == 302 && res.Header.Get("Location") != "/?report=abc123" {
				t.Errorf("Location = %q", res.Header.Get("Location"))
			}
			if tt.status != 200 {
				return
			}
			if string(b) != tt.body {
				t.Errorf("body = %q, want %q", b, tt.body)
			}
			if got := res.Header.Get("Content-Type"); got != tt.ctype {
				t.Errorf("Content-Type = %q, want %q", got, tt.ctype)
			}
			if got := res.Header.Get("Content-Encoding"); got != tt.enc {
				t.Errorf("Content-Encoding = %q, want %q", got, tt.enc)
			}
			if got := res.Header.Get("Cache-Control"); got != tt.cache {
				t.Errorf("Cache-Control = %q, want %q", got, tt.cache)
			}
		})
	}
}

func TestAccepts(t *testing.T) {
	for _, tt := range []struct {
		header, coding string
		want           bool
	}{
		{"gzip, deflate, br", "br", true},
		{"gzip", "br", false},
		{"br;q=0", "br", false},
		{"br; q=0.0, gzip", "br", false},
		{"br;q=0.5", "br", true},
		{"BR", "br", true},
		{"", "gzip", false},
	} {
		if got := accepts(tt.header, tt.coding); got != tt.want {
			t.Errorf("accepts(%q, %q) = %v", tt.header, tt.coding, got)
		}
	}
}

func TestMetaCSP(t *testing.T) {
	m := MetaCSP()
	if strings.Contains(m, "frame-ancestors") || !strings.Contains(m, "'wasm-unsafe-eval'") || !strings.HasPrefix(m, "default-src 'self'") {
		t.Errorf("MetaCSP = %q", m)
	}
}
