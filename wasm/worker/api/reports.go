package api

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
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

// UploadResponse is the JSON body of a successful upload.
type UploadResponse struct {
	ID          string `json:"id"`
	DeleteToken string `json:"deleteToken"`
	ExpiresAt   string `json:"expiresAt"` // RFC 3339, UTC
}

func reportKey(id string) string { return "report:" + id }

// upload handles POST /api/reports.
func (h *Handler) upload(w http.ResponseWriter, r *http.Request) {
	expiry := r.URL.Query().Get("expiry")
	if expiry == "" {
		expiry = DefaultExpiry
	}
	ttl, ok := Expiries[expiry]
	if !ok {
		writeError(w, http.StatusBadRequest, "expiry must be 1d, 7d or 30d")
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" {
		if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != "application/octet-stream" {
			writeError(w, http.StatusUnsupportedMediaType, "body must be application/octet-stream")
			return
		}
	}
	if r.ContentLength > share.MaxEnvelopeBytes {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("report is over %d bytes", share.MaxEnvelopeBytes))
		return
	}
	if !h.allowUpload(r) {
		w.Header().Set("Retry-After", "60")
		writeError(w, http.StatusTooManyRequests, "too many uploads from this address; try again in a minute")
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, share.MaxEnvelopeBytes+1))
	if err != nil {
		writeError(w, http.StatusBadRequest, "cannot read the request body")
		return
	}
	if err := share.ValidateEnvelope(body); err != nil {
		if errors.Is(err, share.ErrTooLarge) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("report is over %d bytes", share.MaxEnvelopeBytes))
		} else {
			writeError(w, http.StatusBadRequest, "malformed report envelope")
		}
		return
	}
	id, token := share.NewID(), share.NewToken()
	expires := h.now().Add(ttl).Truncate(time.Second).UTC()
	rec := record{Expires: expires, TokenHash: share.HashToken(token), Envelope: body}
	if err := h.Store.Put(r.Context(), reportKey(id), rec.encode(), ttl); err != nil {
		h.logf("store report: %v", err)
		writeError(w, http.StatusServiceUnavailable, "storage is unavailable; try again")
		return
	}
	w.Header().Set("Location", reportsPath+"/"+id)
	writeJSON(w, http.StatusCreated, UploadResponse{ID: id, DeleteToken: token, ExpiresAt: expires.Format(time.RFC3339)})
}

// load returns the live record for id; found is false for unknown or expired ids.
func (h *Handler) load(w http.ResponseWriter, r *http.Request, id string) (rec record, found bool) {
	value, found, err := h.Store.Get(r.Context(), reportKey(id))
	if err != nil {
		h.logf("load report: %v", err)
		writeError(w, http.StatusServiceUnavailable, "storage is unavailable; try again")
		return record{}, false
	}
	if found {
		rec, err = decodeRecord(value)
		if err != nil {
			h.logf("load report: %v", err)
			writeError(w, http.StatusInternalServerError, "the stored report is damaged")
			return record{}, false
		}
	}
	if !found || !h.now().Before(rec.Expires) {
		writeError(w, http.StatusNotFound, "no such report: it never existed, expired or was deleted")
		return record{}, false
	}
	return rec, true
}

// fetch handles GET and HEAD /api/reports/{id}.
func (h *Handler) fetch(w http.ResponseWriter, r *http.Request, id string) {
	rec, ok := h.load(w, r, id)
	if !ok {
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Expires", rec.Expires.Format(http.TimeFormat))
	if r.Method == http.MethodHead {
		// No Content-Length: the Workers runtime would then expect that many
		// body bytes and fail the response.
		w.WriteHeader(http.StatusOK)
		return
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(rec.Envelope)))
	w.WriteHeader(http.StatusOK)
	w.Write(rec.Envelope)
}

// delete handles DELETE /api/reports/{id}.
func (h *Handler) delete(w http.ResponseWriter, r *http.Request, id string) {
	scheme, token, _ := strings.Cut(r.Header.Get("Authorization"), " ")
	if !strings.EqualFold(scheme, "Bearer") || token == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="policylens"`)
		writeError(w, http.StatusUnauthorized, "send the delete token as Authorization: Bearer <token>")
		return
	}
	rec, ok := h.load(w, r, id)
	if !ok {
		return
	}
	if !share.ValidToken(token) || !share.TokenMatches(token, rec.TokenHash) {
		writeError(w, http.StatusForbidden, "wrong delete token")
		return
	}
	if err := h.Store.Delete(r.Context(), reportKey(id)); err != nil {
		h.logf("delete report: %v", err)
		writeError(w, http.StatusServiceUnavailable, "storage is unavailable; try again")
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
