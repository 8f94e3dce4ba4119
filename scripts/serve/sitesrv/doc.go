// Package sitesrv serves the built web page (dist/site) the way production
// static hosts should: the right MIME types (application/wasm), the
// pre-compressed brotli and gzip copies the build writes, long-lived caching
// for fingerprinted files, the security headers with the strict Content
// Security Policy, and index.html for shared-report paths (/r/<id>).
//
// `make serve` uses it through scripts/serve; the end-to-end tests use it so
// they run the page under the same headers.
package sitesrv
