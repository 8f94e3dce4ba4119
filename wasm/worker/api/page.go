package api

import (
	"net/http"
	"net/url"
)

// PageParam is the query parameter that carries a short link's report id to
// the page: GET /r/{id} redirects to /?report={id}, and the browser keeps the
// link's fragment (#k=<key>) across the redirect, so the page gets both.
//
// A redirect, rather than serving the page at /r/{id}, keeps the page's
// relative URLs and its base-uri 'none' CSP working, and keeps the site
// deployable on any static host.
const PageParam = "report"

// page handles GET and HEAD /r/{id}.
func (h *Handler) page(w http.ResponseWriter, r *http.Request, id string) {
	w.Header().Set("Location", "/?"+url.Values{PageParam: {id}}.Encode())
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusFound)
}
