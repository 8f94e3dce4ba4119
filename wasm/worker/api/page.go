package api

import (
	"bytes"
	"net/http"
	"strconv"
)

// page handles GET /r/{id}: it serves the site's page (the request for "/"),
// which reads the id from its path and the key from its fragment, fetches the
// ciphertext and decrypts it in the browser. A <base href="/"> is added so
// the page's relative links resolve from the site root, not from /r/.
func (h *Handler) page(w http.ResponseWriter, r *http.Request) {
	if h.Page == nil {
		writeError(w, http.StatusNotFound, "the page is not deployed with this Worker")
		return
	}
	body, err := h.Page(r.Context())
	if err != nil {
		h.logf("page: %v", err)
		writeError(w, http.StatusBadGateway, "the page is unavailable")
		return
	}
	body = withBase(body)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// withBase inserts <base href="/"> right after the <head> tag unless the
// document already has a base element.
func withBase(html []byte) []byte {
	lower := bytes.ToLower(html)
	if bytes.Contains(lower, []byte("<base")) {
		return html
	}
	i := bytes.Index(lower, []byte("<head"))
	if i < 0 {
		return html
	}
	end := bytes.IndexByte(html[i:], '>')
	if end < 0 {
		return html
	}
	at := i + end + 1
	return append(append(append([]byte{}, html[:at]...), `<base href="/">`...), html[at:]...)
}
