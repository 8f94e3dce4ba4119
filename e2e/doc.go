// Package e2e holds the end-to-end tests that drive the built product in real
// headless Chromium (Debian's chromium package) through chromedp. They need
// `make site` (and `make extension`, `make worker`) to have run; `make test`
// does that first.
//
// Set POLICYLENS_CHROMIUM to use another browser binary.
package e2e
