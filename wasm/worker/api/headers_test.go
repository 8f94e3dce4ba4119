package api

import (
	"net/http"
	"reflect"
	"strings"
	"testing"
)

func TestParseHeaders(t *testing.T) {
	got := parseHeaders("# comment\n/*\n  A: 1\n  B: x: y\n\n/api/*\n  C: 3\n/*\n\tD: 4\n")
	want := http.Header{"A": {"1"}, "B": {"x: y"}, "D": {"4"}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestStaticHeadersPolicy(t *testing.T) {
	csp := securityHeaders.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "frame-ancestors 'none'", "connect-src 'self'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval'") && !strings.Contains(csp, "wasm-unsafe-eval") {
		t.Errorf("CSP %q allows inline code", csp)
	}
	if len(securityHeaders) < 6 {
		t.Errorf("only %d security headers parsed from _headers", len(securityHeaders))
	}
}
