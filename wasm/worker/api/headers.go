package api

import (
	_ "embed"
	"net/http"
	"strings"
)

// StaticHeaders is the _headers file Workers static assets apply to the site;
// the handler sends the same headers, so both halves of the product share one
// policy.
//
//go:embed _headers
var StaticHeaders string

// securityHeaders are the "/*" headers of StaticHeaders, parsed once.
var securityHeaders = parseHeaders(StaticHeaders)

// apiCSP replaces the page CSP on API responses: they are data, never documents.
const apiCSP = "default-src 'none'; frame-ancestors 'none'; sandbox"

// parseHeaders reads the "Name: value" lines indented under the "/*" rule of
// a Cloudflare _headers file.
func parseHeaders(file string) http.Header {
	h := http.Header{}
	inAll := false
	for _, line := range strings.Split(file, "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
		case line[0] != ' ' && line[0] != '\t':
			inAll = trimmed == "/*"
		case inAll:
			if name, value, ok := strings.Cut(trimmed, ":"); ok {
				h.Add(strings.TrimSpace(name), strings.TrimSpace(value))
			}
		}
	}
	return h
}

// setSecurityHeaders adds the security headers to a response; api selects the
// API's stricter CSP.
func setSecurityHeaders(h http.Header, api bool) {
	for name, values := range securityHeaders {
		h[name] = append([]string(nil), values...)
	}
	if api {
		h.Set("Content-Security-Policy", apiCSP)
		h.Set("Cache-Control", "no-store")
	}
}
