package api

import (
	"testing"

	"github.com/policylens/policylens/scripts/serve/sitesrv"
)

func TestSecurityHeadersMatchSite(t *testing.T) {
	for _, api := range []bool{false, true} {
		h := &Response{}
		setSecurityHeaders(h, api)
		for _, kv := range sitesrv.SecurityHeaders {
			want := kv[1]
			if api && kv[0] == "Content-Security-Policy" {
				want = apiCSP
			}
			if got := h.Get(kv[0]); got != want {
				t.Errorf("api=%v: %s = %q, want %q", api, kv[0], got, want)
			}
		}
		if h.Get("Strict-Transport-Security") == "" {
			t.Errorf("api=%v: no HSTS", api)
		}
	}
}
