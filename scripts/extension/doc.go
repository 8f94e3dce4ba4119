// Command extension packages the PolicyLens browser extension.
//
// It reads the extension sources (site/extension) and the built web page
// (dist/site, through its asset-manifest.json), minifies the sources with
// github.com/tdewolff/minify/v2 and writes
//
//   - dist/extension/: the unpacked Chromium extension (load it with
//     "Load unpacked" or --load-extension);
//   - dist/policylens-extension.zip: the same files, ready for store upload;
//   - dist/policylens-extension-firefox.zip: the Firefox build of the same
//     sources (background scripts instead of a service worker, a Gecko id).
//
// The analyzer WASM and the web page are bundled under report/, so the
// extension runs no remote code and needs no server. Archives are
// deterministic: the same inputs give byte-identical zips.
//
// Usage:
//
//	go run ./scripts/extension [-src site/extension] [-site dist/site] [-out dist]
package main
