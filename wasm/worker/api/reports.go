package api

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/policylens/policylens/share"
)

// Expiries are the lifetimes a sharer may choose, by their query value.
var Expiries = map[string]time.Duration{
	"1d":  24 * time.Hour,
	"7d":  7 * 24 * time.Hour,
	"30d": 30 * 24 * time.Hour,
}

// DefaultExpiry is used when an upload names none.
const DefaultExpiry = "7d"

// httpTime is net/http.TimeFormat, the date format of HTTP headers.
const httpTime = "Mon, 02 Jan 2006 15:04:05 GMT"

func reportKey(id string) string { return "report:" + id }

// upload handles POST /api/reports. Only a valid upload counts against the
// client's rate limit, so the body is checked first.
func (h *Handler) upload(w *Response, r *Request) {
	ttl, ok := Expiries[cmpOr(query(r.Query, "expiry"), DefaultExpiry)]
	if !ok {
		writeError(w, 400, "expiry must be 1d, 7d or 30d")
		return
	}
	if !isOctetStream(r.Header("Content-Type")) {
		// A cross-site form or sendBeacon can only send other types without
		// a CORS preflight, which the Worker refuses.
		writeError(w, 415, "send the report as Content-Type: application/octet-stream")
		return
	}
	if n, err := strconv.ParseInt(r.Header("Content-Length"), 10, 64); err == nil && n > share.MaxEnvelopeBytes {
		tooLarge(w)
		return
	}
	body, err := r.ReadBody(share.MaxEnvelopeBytes)
	if err != nil {
		writeError(w, 400, "cannot read the request body")
		return
	}
	if err := share.ValidateEnvelope(body); err != nil {
		if errors.Is(err, share.ErrTooLarge) {
			tooLarge(w)
		} else {
			writeError(w, 400, "malformed report envelope: "+err.Error())
		}
		return
	}
	if !h.allowUpload(r) {
		w.Set("Retry-After", "60")
		writeError(w, 429, "too many uploads from this address; try again in a minute")
		return
	}
	h.store(w, r, body, ttl)
}

// store saves a checked envelope under a fresh id and answers 201.
func (h *Handler) store(w *Response, r *Request, body []byte, ttl time.Duration) {
	id, token := share.NewID(), share.NewToken()
	expires := h.now().Add(ttl).Truncate(time.Second).UTC()
	rec := record{Expires: expires, TokenHash: share.HashToken(token), Envelope: body}
	if err := h.Store.Put(r.Context, reportKey(id), rec.encode(), ttl); err != nil {
		h.log("store report", err)
		writeError(w, 503, "storage is unavailable; try again")
		return
	}
	w.Set("Location", reportsPath+"/"+id)
	writeJSON(w, 201, "id", id, "deleteToken", token, "expiresAt", expires.Format(time.RFC3339))
}

// isOctetStream reports whether a Content-Type is application/octet-stream,
// parameters allowed.
func isOctetStream(ct string) bool {
	mt, _, _ := strings.Cut(ct, ";")
	return strings.EqualFold(strings.TrimSpace(mt), "application/octet-stream")
}

func tooLarge(w *Response) {
	writeError(w, 413, "report is over "+strconv.Itoa(share.MaxEnvelopeBytes)+" bytes")
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// load returns the live record for id; found is false for unknown or expired
// ids, and the error answer is then written.
func (h *Handler) load(w *Response, r *Request, id string) (rec record, found bool) {
	value, found, err := h.Store.Get(r.Context, reportKey(id))
	if err != nil {
		h.log("load report", err)
		writeError(w, 503, "storage is unavailable; try again")
		return record{}, false
	}
	if found {
		rec, err = decodeRecord(value)
		if err != nil {
			h.log("load report", err)
			writeError(w, 500, "the stored report is damaged")
			return record{}, false
		}
	}
	if !found || !h.now().Before(rec.Expires) {
		writeError(w, 404, "no such report: it never existed, expired or was deleted")
		return record{}, false
	}
	return rec, true
}

// fetch handles GET and HEAD /api/reports/{id}.
func (h *Handler) fetch(w *Response, r *Request, id string) {
	rec, ok := h.load(w, r, id)
	if !ok {
		return
	}
	w.Set("Content-Type", "application/octet-stream")
	w.Set("Expires", rec.Expires.Format(httpTime))
	w.Status = 200
	if r.Method != "HEAD" {
		w.Body = rec.Envelope
	}
}

// delete handles DELETE /api/reports/{id}.
func (h *Handler) delete(w *Response, r *Request, id string) {
	scheme, token, _ := strings.Cut(r.Header("Authorization"), " ")
	if !strings.EqualFold(scheme, "Bearer") || token == "" {
		w.Set("WWW-Authenticate", `Bearer realm="policylens"`)
		writeError(w, 401, "send the delete token as Authorization: Bearer <token>")
		return
	}
	rec, ok := h.load(w, r, id)
	if !ok {
		return
	}
	if !share.ValidToken(token) || !share.TokenMatches(token, rec.TokenHash) {
		writeError(w, 403, "wrong delete token")
		return
	}
	if err := h.Store.Delete(r.Context, reportKey(id)); err != nil {
		h.log("delete report", err)
		writeError(w, 503, "storage is unavailable; try again")
		return
	}
	w.Status = 204
}
