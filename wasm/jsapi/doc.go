// Package jsapi prepares analyzer reports for JavaScript consumers: it turns
// the analyzer's byte offsets into UTF-16 code unit offsets, the unit that
// JavaScript strings (String.prototype.slice, Range, selection APIs) use.
//
// It is plain Go so that it is unit- and fuzz-tested natively; the WASM page
// (wasm/page) calls it at the JavaScript boundary.
package jsapi
