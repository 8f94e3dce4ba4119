package api

import (
	"context"
	"strings"
	"time"

	"github.com/policylens/policylens/share"
)

// DefaultUploadsPerMinute is the per-client upload limit when none is configured.
const DefaultUploadsPerMinute = 30

// Request is the part of an HTTP request the API reads. The Worker builds it
// from the runtime's Request object; tests build it from net/http.
type Request struct {
	Method string
	// Path is the URL path, as sent (percent-encoding is not decoded: ids
	// are base64url and never need it).
	Path string
	// Query is the raw query string, without '?'.
	Query string
	// Header returns a request header's value, "" when absent; names are
	// case-insensitive.
	Header func(name string) string
	// ReadBody returns the body, or at least limit+1 bytes of it when it
	// is longer.
	ReadBody func(limit int) ([]byte, error)
	// Context carries the request's cancellation to the Store.
	Context context.Context
}

// Response is the API's answer. Header holds name, value pairs in order.
type Response struct {
	Status int
	Header [][2]string
	Body   []byte
}

// Get returns the value of the named response header, "" when unset.
func (r *Response) Get(name string) string {
	for _, kv := range r.Header {
		if strings.EqualFold(kv[0], name) {
			return kv[1]
		}
	}
	return ""
}

// Set replaces the named response header, or adds it.
func (r *Response) Set(name, value string) {
	for i, kv := range r.Header {
		if strings.EqualFold(kv[0], name) {
			r.Header[i][1] = value
			return
		}
	}
	r.Header = append(r.Header, [2]string{name, value})
}

// Handler serves the share-link API and redirects short links /r/{id} to the page.
type Handler struct {
	// Store holds reports and rate-limit marks.
	Store Store
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// UploadsPerMinute limits uploads per client IP and minute; 0 means the default.
	UploadsPerMinute int
	// Log records operational errors; nil discards them. Bodies, keys and
	// tokens are never passed to it.
	Log func(msg string)
}

const (
	reportsPath = "/api/reports"
	pagePrefix  = "/r/"
)

// Serve routes a request and sets the security headers on every response.
// It never panics on any input (FuzzHandler).
func (h *Handler) Serve(r *Request) *Response {
	isAPI := r.Path == "/api" || strings.HasPrefix(r.Path, "/api/")
	res := &Response{Status: 200}
	setSecurityHeaders(res, isAPI)
	h.route(res, r)
	return res
}

// route picks the handler for r's path and method.
func (h *Handler) route(w *Response, r *Request) {
	path := r.Path
	switch {
	case r.Method == "OPTIONS":
		// A cross-origin upload with application/octet-stream needs a CORS
		// preflight; refusing it (no Access-Control-* headers, 405) keeps
		// other sites from creating reports in a visitor's name.
		methodNotAllowed(w, "GET, HEAD, POST, DELETE")
	case path == reportsPath:
		if r.Method != "POST" {
			methodNotAllowed(w, "POST")
			return
		}
		h.upload(w, r)
	case strings.HasPrefix(path, reportsPath+"/") && !strings.Contains(path[len(reportsPath)+1:], "/"):
		h.report(w, r, path[len(reportsPath)+1:])
	case strings.HasPrefix(path, pagePrefix) && !strings.Contains(path[len(pagePrefix):], "/"):
		if r.Method != "GET" && r.Method != "HEAD" {
			methodNotAllowed(w, "GET, HEAD")
			return
		}
		id := path[len(pagePrefix):]
		if !share.ValidID(id) {
			writeError(w, 400, "malformed report id")
			return
		}
		h.page(w, id)
	default:
		writeError(w, 404, "not found")
	}
}

// report handles GET, HEAD and DELETE /api/reports/{id}.
func (h *Handler) report(w *Response, r *Request, id string) {
	switch r.Method {
	case "GET", "HEAD", "DELETE":
	default:
		methodNotAllowed(w, "GET, HEAD, DELETE")
		return
	}
	if !share.ValidID(id) {
		writeError(w, 400, "malformed report id")
		return
	}
	if r.Method == "DELETE" {
		h.delete(w, r, id)
	} else {
		h.fetch(w, r, id)
	}
}

func (h *Handler) now() time.Time {
	if h.Now != nil {
		return h.Now()
	}
	return time.Now()
}

func (h *Handler) log(msg string, err error) {
	if h.Log != nil {
		h.Log(msg + ": " + err.Error())
	}
}

func methodNotAllowed(w *Response, allow string) {
	w.Set("Allow", allow)
	writeError(w, 405, "method not allowed; use "+allow)
}

// query returns the value of name in a raw query string. The values the API
// reads (1d, 7d, 30d) never need percent-decoding.
func query(raw, name string) string {
	for part := range strings.SplitSeq(raw, "&") {
		if k, v, ok := strings.Cut(part, "="); ok && k == name {
			return v
		}
	}
	return ""
}
