// Package api is the PolicyLens share-link Worker's HTTP logic, in plain Go
// without net/http, so it is tested natively and keeps the Worker small. The
// Worker's main package (wasm/worker, GOOS=js) turns the runtime's Request
// into a Request, calls Handler.Serve, and binds Workers KV to Store.
//
// Routes:
//
//	POST   /api/reports?expiry=1d|7d|30d  store an envelope   → 201 {id, deleteToken, expiresAt}
//	GET    /api/reports/{id}               fetch an envelope   → 200 ciphertext, 404
//	DELETE /api/reports/{id}               Authorization: Bearer <deleteToken> → 204, 401, 403, 404
//	GET    /r/{id}                         302 to /?report={id}; the page decrypts with the key in the fragment
//	OPTIONS (any path)                     405: CORS preflights are refused
//
// An upload must be Content-Type: application/octet-stream (415 otherwise),
// which a cross-site form or sendBeacon cannot send without a preflight.
//
// The Worker never sees a key or a plaintext report: it stores the envelope
// (see package share), the SHA-256 of the delete token and the expiry time.
// Request bodies are never logged. Each request runs in a fresh Go instance,
// so the handler keeps no state in memory; the upload rate limit lives in KV
// (see allowUpload).
package api
