package sitesrv

import (
	"bytes"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
)

// fingerprinted matches names the build gave a content hash: app.0123456789.js.
var fingerprinted = regexp.MustCompile(`\.[0-9a-f]{10}\.[a-z0-9]+$`)

// contentTypes are set explicitly so the page never depends on the host's
// MIME database (application/wasm is missing from many).
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".wasm":        "application/wasm",
	".bin":         "application/octet-stream",
	".svg":         "image/svg+xml",
	".json":        "application/json",
	".webmanifest": "application/manifest+json",
	".txt":         "text/plain; charset=utf-8",
	".md":          "text/markdown; charset=utf-8",
	".png":         "image/png",
	".ico":         "image/x-icon",
}

// IsFingerprinted reports whether a file name carries a content hash.
func IsFingerprinted(name string) bool { return fingerprinted.MatchString(name) }

// Handler serves the built site in dir.
func Handler(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		for _, kv := range SecurityHeaders {
			h.Set(kv[0], kv[1])
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := path.Clean("/" + r.URL.Path)
		if id, ok := strings.CutPrefix(name, "/r/"); ok && id != "" && !strings.Contains(id, "/") {
			// A short link: like the Worker, send the browser to the page,
			// which keeps the #k= fragment and opens the report. Redirecting
			// (rather than serving the page at /r/) keeps the page's
			// relative asset URLs valid.
			http.Redirect(w, r, "/?report="+url.QueryEscape(id), http.StatusFound)
			return
		}
		switch {
		case name == "/":
			name = "/index.html"
		case strings.HasPrefix(path.Base(name), ".") || strings.HasPrefix(path.Base(name), "_") ||
			strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz"):
			http.NotFound(w, r)
			return
		}
		file := filepath.Join(dir, filepath.FromSlash(name))
		st, err := os.Stat(file)
		if err != nil || !st.Mode().IsRegular() {
			http.NotFound(w, r)
			return
		}
		ext := path.Ext(name)
		if ct, ok := contentTypes[ext]; ok {
			h.Set("Content-Type", ct)
		}
		if IsFingerprinted(name) {
			h.Set("Cache-Control", ImmutableCache)
		} else {
			h.Set("Cache-Control", RevalidateCache)
		}
		h.Add("Vary", "Accept-Encoding")
		for _, enc := range []struct{ token, suffix string }{{"br", ".br"}, {"gzip", ".gz"}} {
			if !accepts(r.Header.Get("Accept-Encoding"), enc.token) {
				continue
			}
			if b, err := os.ReadFile(file + enc.suffix); err == nil {
				h.Set("Content-Encoding", enc.token)
				http.ServeContent(w, r, name, st.ModTime(), bytes.NewReader(b))
				return
			}
		}
		f, err := os.Open(file)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		http.ServeContent(w, r, name, st.ModTime(), f)
	})
}

// accepts reports whether an Accept-Encoding header allows coding (q > 0).
func accepts(header, coding string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), coding) {
			continue
		}
		params = strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return !(strings.HasPrefix(params, "q=0") && strings.Trim(strings.TrimPrefix(params, "q=0"), ".0") == "")
	}
	return false
}
