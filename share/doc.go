// Package share turns a PolicyLens report into something that can travel in a
// link without the policy text ever reaching a server in readable form.
//
// There are two ways to share:
//
//   - In the URL fragment (#r=...): EncodeFragment compresses the payload and
//     encodes it as base64url; browsers never send the fragment to a server.
//     MaxFragmentLen is the longest value the page offers as a link.
//   - As a short link through the Worker: Seal compresses and encrypts the
//     payload with AES-256-GCM under a fresh random key; only the envelope is
//     uploaded, and the key travels in the link's fragment (#k=...). Open
//     reverses it. ValidateEnvelope is the Worker's structural check.
//
// The links the page makes and reads:
//
//	https://<site>/#r=<EncodeFragment value>     fragment link, works on any static host
//	https://<site>/r/<id>#k=<key>                short link through the Worker
//
// The Worker answers GET /r/<id> with a redirect to /?report=<id>; browsers
// keep the fragment across it, so the page opens as /?report=<id>#k=<key>,
// fetches GET /api/reports/<id> and calls Open(envelope, key). Uploads are
// POST /api/reports?expiry=1d|7d|30d with the envelope as an
// application/octet-stream body; the README documents the whole API.
//
// NewID, NewToken, ValidID, ValidToken, HashToken and TokenMatches are the
// id and delete-token helpers the Worker uses.
//
// Decoders return an *Error whose message says, for a person, what is wrong
// with a link (a newer format, damage, a missing or damaged key, a key that
// does not open it, a text too large once unpacked); errors.Is tells the
// kind: ErrMalformed, ErrNewerVersion, ErrTooLarge, ErrDecrypt.
//
// Every decoder here takes untrusted input: lengths are checked before work is
// done and decompression is bounded by MaxPayloadBytes, so a crafted link
// (a "zip bomb") cannot exhaust memory.
//
// The format itself (layouts, versions, limits, messages, the order of the
// steps) is defined once, in share/format, around a Codec of primitives;
// this package is Go's codec (compress/flate, crypto/aes, crypto/rand) and
// what the Worker needs. The package is pure Go (no syscall/js) so it runs
// natively in tests and in the Worker. The web page does not import it: it
// calls share/format with the browser's codec (site/sharecodec.js), so its
// WebAssembly carries none of Go's compression or cryptography.
package share
