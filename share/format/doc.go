// Package format is the definition of PolicyLens's share links: the
// envelope and fragment layouts, their versions, the size limits, the ids
// and keys, and every message a person reads about a broken link. It does
// the framing, the checks and the order of the steps; the primitives
// (raw DEFLATE, AES-256-GCM, randomness) come from a Codec.
//
// Package share supplies Go's codec (compress/flate, crypto/aes,
// crypto/rand) for the Worker, the tests and the command line; the web page
// supplies the browser's own (CompressionStream, crypto.subtle,
// crypto.getRandomValues, in site/sharecodec.js), so its WebAssembly links
// none of Go's compression or cryptography. This package imports neither:
// keep it so.
//
// Every decoder here takes untrusted input: lengths are checked before work
// is done and decompression is bounded by MaxPayloadBytes (the codec stops
// reading as soon as the output passes it), so a crafted link (a "zip
// bomb") cannot exhaust memory.
package format
