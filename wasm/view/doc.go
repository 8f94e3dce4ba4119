// Package view turns an analyzer report into what the web page shows: the
// highlight kinds with their labels and icons, the non-overlapping text
// segments to highlight, the summary model and its Markdown export.
//
// It is plain Go, shared by the WASM page (wasm/page) and its native tests,
// so every decision about what the reader sees is unit-tested without a
// browser.
package view
