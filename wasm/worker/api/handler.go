package api

import (
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"github.com/policylens/policylens/share"
)

// DefaultUploadsPerMinute is the per-client upload limit when none is configured.
const DefaultUploadsPerMinute = 30

// Handler serves the share-link API and redirects short links /r/{id} to the page.
type Handler struct {
	// Store holds reports and rate-limit counters.
	Store Store
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// UploadsPerMinute limits uploads per client IP and minute; 0 means the default.
	UploadsPerMinute int
	// Logf records operational errors; nil discards them. Bodies, keys and
	// tokens are never passed to it.
	Logf func(format string, args ...any)
}

const (
	reportsPath = "/api/reports"
	pagePrefix  = "/r/"
)

// ServeHTTP routes a request and sets the security headers on every response.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	path := r.URL.Path
	isAPI := path == "/api" || strings.HasPrefix(path, "/api/")
	setSecurityHeaders(w.Header(), isAPI)
	switch {
	case path == reportsPath:
		if r.Method != http.MethodPost {
			methodNotAllowed(w, "POST")
			return
		}
		h.upload(w, r)
	case strings.HasPrefix(path, reportsPath+"/") && !strings.Contains(path[len(reportsPath)+1:], "/"):
		id := path[len(reportsPath)+1:]
		switch r.Method {
		case http.MethodGet, http.MethodHead, http.MethodDelete:
		default:
			methodNotAllowed(w, "GET, HEAD, DELETE")
			return
		}
		if !share.ValidID(id) {
			writeError(w, http.StatusBadRequest, "malformed report id")
			return
		}
		if r.Method == http.MethodDelete {
			h.delete(w, r, id)
		} else {
			h.fetch(w, r, id)
		}
	case strings.HasPrefix(path, pagePrefix) && !strings.Contains(path[len(pagePrefix):], "/"):
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			methodNotAllowed(w, "GET, HEAD")
			return
		}
		id := path[len(pagePrefix):]
		if !share.ValidID(id) {
			writeError(w, http.StatusBadRequest, "malformed report id")
			return
		}
		h.page(w, r, id)
	default:
		writeError(w, http.StatusNotFound, "not found")
	}
}

func (h *Handler) now() time.Time {
	if h.Now != nil {
		return h.Now()
	}
	return time.Now()
}

func (h *Handler) logf(format string, args ...any) {
	if h.Logf != nil {
		h.Logf(format, args...)
	}
}

func methodNotAllowed(w http.ResponseWriter, allow string) {
	w.Header().Set("Allow", allow)
	writeError(w, http.StatusMethodNotAllowed, "method not allowed; use "+allow)
}

// writeJSON writes v as a JSON response with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil { // only for unmarshalable types, a programming error
		panic(err)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(append(body, '\n'))
}

// writeError writes {"error": msg}.
func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}
