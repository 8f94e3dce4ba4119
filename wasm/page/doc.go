//go:build js && wasm

// Command page is the PolicyLens web page app, compiled to WebAssembly.
//
// It always installs the JavaScript API globalThis.policylens (ready,
// analyze, summarize, kinds, version, reportLink) so other consumers such as
// the browser extension can load the same WASM without the page and show
// the page's summary. When the page's
// elements are present (textarea#policy-input), it also runs the page:
// analysis as the reader types or pastes, highlights built from DOM text
// nodes (never innerHTML with policy content), the summary, filters,
// tooltips and exports.
//
// The policy text never leaves the device: nothing here makes a network
// request.
package main
