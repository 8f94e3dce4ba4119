// Package example holds the page's example policy (wasm/page/example.txt),
// behind "Try an example" and the page's warm-up, as a string constant in
// text.go, which go generate writes from the file: an embedded file would
// link package embed, and with it io/fs and time, into the page's
// WebAssembly.
package example

//go:generate go test -run ^TestText$ . -args -update
