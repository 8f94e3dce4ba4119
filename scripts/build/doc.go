// Command build builds the static web page into a directory ready for any
// static host:
//
//	go run ./scripts/build [-out dist/site]   # build
//	go run ./scripts/build -report dist/site  # print the sizes of a build
//	go run ./scripts/build -trim FILE.wasm     # only trim a WASM file in place (`make worker`)
//
// It compiles wasm/page to WebAssembly and trims the Go symbol tables in
// it to what the runtime reads outside tracebacks (scripts/internal/pclntrim:
// a panic's stack in the page names no file:line), copies Go's
// wasm_exec.js, minifies HTML, CSS, JavaScript (classic and module
// scripts), SVG and JSON with github.com/tdewolff/minify/v2, gives every
// asset but index.html and sw.js a content hash in its name (rewriting the
// references), fills the service worker's offline list, and writes gzip and
// brotli copies next to each file.
// It also writes asset-manifest.json (logical name -> built name, read by the
// extension packager) and _headers (the security headers, for hosts such as
// Cloudflare Pages and Netlify).
package main
