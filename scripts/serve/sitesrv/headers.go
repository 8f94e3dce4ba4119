package sitesrv

import "strings"

// CSP is the Content-Security-Policy of the page: only our own scripts and
// WASM, no inline script, no plugins, no framing, and network access only to
// our own origin (the WASM itself and, on an explicit Share click, the
// report Worker).
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; " +
	"base-uri 'none'; frame-ancestors 'none'; connect-src 'self'; img-src 'self' data:; form-action 'none'"

// MetaCSP is CSP as an HTML <meta> element can carry it (without
// frame-ancestors, which browsers ignore there), so the page is protected
// on hosts that cannot set headers.
func MetaCSP() string {
	var parts []string
	for _, d := range strings.Split(CSP, ";") {
		if d = strings.TrimSpace(d); d != "" && !strings.HasPrefix(d, "frame-ancestors") {
			parts = append(parts, d)
		}
	}
	return strings.Join(parts, "; ")
}

// SecurityHeaders are sent with every response. HSTS tells browsers to use
// HTTPS only for a year (they ignore it on plain-HTTP localhost).
var SecurityHeaders = [][2]string{
	{"Content-Security-Policy", CSP},
	{"X-Content-Type-Options", "nosniff"},
	{"Referrer-Policy", "no-referrer"},
	{"X-Frame-Options", "DENY"},
	{"Cross-Origin-Opener-Policy", "same-origin"},
	{"Cross-Origin-Resource-Policy", "same-origin"},
	{"Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"},
	{"Strict-Transport-Security", "max-age=31536000"},
}

// ImmutableCache is the Cache-Control of fingerprinted files; everything
// else is revalidated on each use so a deploy shows up at once.
const (
	ImmutableCache  = "public, max-age=31536000, immutable"
	RevalidateCache = "no-cache"
)
