package api

// siteHeaders are the security headers the site is served with: the same
// values as scripts/serve/sitesrv.SecurityHeaders, which the site build also
// writes to dist/site/_headers for Workers static assets. They are repeated
// here rather than imported because sitesrv links net/http and regexp;
// TestSecurityHeadersMatchSite keeps them in step.
var siteHeaders = [][2]string{
	{"Content-Security-Policy", "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; " +
		"base-uri 'none'; frame-ancestors 'none'; connect-src 'self'; img-src 'self' data:; form-action 'none'"},
	{"X-Content-Type-Options", "nosniff"},
	{"Referrer-Policy", "no-referrer"},
	{"X-Frame-Options", "DENY"},
	{"Cross-Origin-Opener-Policy", "same-origin"},
	{"Cross-Origin-Resource-Policy", "same-origin"},
	{"Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"},
	{"Strict-Transport-Security", "max-age=31536000"},
}

// apiCSP replaces the page CSP on API responses: they are data, never documents.
const apiCSP = "default-src 'none'; frame-ancestors 'none'; sandbox"

// setSecurityHeaders adds the security headers to a response; for the API,
// a CSP that allows nothing, and no caching.
func setSecurityHeaders(w *Response, api bool) {
	for _, kv := range siteHeaders {
		w.Set(kv[0], kv[1])
	}
	if api {
		w.Set("Content-Security-Policy", apiCSP)
		w.Set("Cache-Control", "no-store")
	}
}
