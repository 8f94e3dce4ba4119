package api

// PageParam is the query parameter that carries a short link's report id to
// the page: GET /r/{id} redirects to /?report={id}, and the browser keeps the
// link's fragment (#k=<key>) across the redirect, so the page gets both.
//
// A redirect, rather than serving the page at /r/{id}, keeps the page's
// relative URLs and its base-uri 'none' CSP working, and keeps the site
// deployable on any static host.
const PageParam = "report"

// page handles GET and HEAD /r/{id}; id is valid base64url, which needs no
// escaping in a query.
func (h *Handler) page(w *Response, id string) {
	w.Set("Location", "/?"+PageParam+"="+id)
	w.Set("Cache-Control", "no-store")
	w.Status = 302
}
