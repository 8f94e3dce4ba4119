// Package view holds what the web page shows beside the summary: the
// highlight kinds with their labels and icons, the non-overlapping text
// segments to highlight, and the share link payload. The summary itself,
// and its Markdown export, are packages summary and render, shared with the
// command line and the extension.
//
// It is plain Go, shared by the WASM page (wasm/page) and its native tests,
// so every decision about what the reader sees is unit-tested without a
// browser.
package view
