package api

import (
	"crypto/sha256"
	"strconv"
	"time"

	"github.com/policylens/policylens/share"
)

// rateWindow is the length of one rate-limit window.
const rateWindow = time.Minute

// allowUpload counts a valid upload against the client's per-minute budget
// and reports whether it is within it.
//
// With no memory between requests, the count lives in KV. KV has no atomic
// increment, so a single counter loses updates when uploads run at the same
// moment (each reads n and writes n+1). Instead every upload writes a key of
// its own under a prefix derived from a hash of the client IP and the
// current minute (the IP itself is never stored), then counts the keys under
// that prefix: an upload goes through only when at most the limit of them
// exist, so on a consistent store no more than the limit pass however many
// run at once. Workers KV lists eventually consistently across locations
// (up to about a minute), so a client spreading a burst over several
// Cloudflare locations can still exceed it there: a brake on abuse, not an
// exact quota. Storage errors let the upload through: rate limiting must
// not take the product down.
func (h *Handler) allowUpload(r *Request) bool {
	limit := h.UploadsPerMinute
	if limit <= 0 {
		limit = DefaultUploadsPerMinute
	}
	prefix := ratePrefix(r.Header("CF-Connecting-IP"), h.now())
	if err := h.Store.Put(r.Context, prefix+share.NewID(), "1", 2*rateWindow); err != nil {
		h.log("rate limit write", err)
		return true
	}
	n, err := h.Store.Count(r.Context, prefix, limit+1)
	if err != nil {
		h.log("rate limit count", err)
		return true
	}
	return n <= limit
}

// ratePrefix is the KV key prefix of one client's uploads in the minute of now.
func ratePrefix(ip string, now time.Time) string {
	if ip == "" {
		ip = "unknown"
	}
	window := now.Unix() / int64(rateWindow/time.Second)
	sum := sha256.Sum256([]byte("policylens-upload-rate|" + strconv.FormatInt(window, 10) + "|" + ip))
	return "rate:" + b64.EncodeToString(sum[:16]) + ":"
}
