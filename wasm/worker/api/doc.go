// Package api is the PolicyLens share-link Worker's HTTP logic, in plain Go so
// it is tested natively. The Worker's main package (wasm/worker, GOOS=js)
// only binds Cloudflare Workers KV to the Store defined here.
//
// Routes:
//
//	POST   /api/reports?expiry=1d|7d|30d  store an envelope   → 201 {id, deleteToken, expiresAt}
//	GET    /api/reports/{id}               fetch an envelope   → 200 ciphertext, 404
//	DELETE /api/reports/{id}               Authorization: Bearer <deleteToken> → 204, 401, 403, 404
//	GET    /r/{id}                         302 to /?report={id}; the page decrypts with the key in the fragment
//
// The Worker never sees a key or a plaintext report: it stores the envelope
// (see package share), the SHA-256 of the delete token and the expiry time.
// Request bodies are never logged. Each request runs in a fresh Go instance,
// so the handler keeps no state in memory; the upload rate limit lives in KV.
package api
