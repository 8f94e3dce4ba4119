package api

import (
	"crypto/sha256"
	"net/http"
	"strconv"
	"time"
)

// rateWindow is the length of one rate-limit window.
const rateWindow = time.Minute

// allowUpload counts an upload against the client's per-minute budget and
// reports whether it is within it.
//
// With no memory between requests, the count lives in KV under a key derived
// from a hash of the client IP and the current minute (the IP itself is never
// stored), expiring after two minutes. KV is eventually consistent and has no
// atomic increment, so concurrent uploads can read the same count: the limit
// is approximate, a brake on abuse rather than an exact quota. Storage errors
// let the upload through: rate limiting must not take the product down.
func (h *Handler) allowUpload(r *http.Request) bool {
	limit := h.UploadsPerMinute
	if limit <= 0 {
		limit = DefaultUploadsPerMinute
	}
	ip := r.Header.Get("CF-Connecting-IP")
	if ip == "" {
		ip = "unknown"
	}
	window := h.now().Unix() / int64(rateWindow/time.Second)
	sum := sha256.Sum256([]byte("policylens-upload-rate|" + strconv.FormatInt(window, 10) + "|" + ip))
	key := "rate:" + b64.EncodeToString(sum[:16])

	value, found, err := h.Store.Get(r.Context(), key)
	if err != nil {
		h.logf("rate limit read: %v", err)
		return true
	}
	n := 0
	if found {
		n, _ = strconv.Atoi(value) // a damaged counter restarts at zero
	}
	if n >= limit {
		return false
	}
	if err := h.Store.Put(r.Context(), key, strconv.Itoa(n+1), 2*rateWindow); err != nil {
		h.logf("rate limit write: %v", err)
	}
	return true
}
