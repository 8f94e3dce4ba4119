package e2e

import (
	"fmt"
	"strings"
	"testing"
)

// TestLogExcerpt checks that a failing Worker test shows the lines that
// matter, not the whole wrangler log.
func TestLogExcerpt(t *testing.T) {
	var log strings.Builder
	for i := range 470 {
		fmt.Fprintf(&log, "[wrangler:info] GET /api/reports/%d 404 Not Found (3ms)\n", i)
		if i == 100 {
			log.WriteString("✘ [ERROR] Uncaught RuntimeError: unreachable\n")
		}
		if i == 200 {
			log.WriteString("panic: runtime error: index out of range\n")
		}
	}
	got := logExcerpt(log.String())
	lines := strings.Split(got, "\n")
	if len(lines) > excerptMax+1 {
		t.Errorf("excerpt has %d lines, want at most %d", len(lines), excerptMax+1)
	}
	for _, want := range []string{"✘ [ERROR] Uncaught RuntimeError", "panic: runtime error", "/api/reports/469 404"} {
		if !strings.Contains(got, want) {
			t.Errorf("excerpt lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "/api/reports/50 404") {
		t.Errorf("excerpt keeps an ordinary request line:\n%s", got)
	}
	var many strings.Builder
	for i := range 100 {
		fmt.Fprintf(&many, "error %d\n", i)
	}
	got = logExcerpt(many.String())
	if n := strings.Count(got, "\n") + 1; n != excerptMax+1 || !strings.HasPrefix(got, "... (60 earlier") || !strings.HasSuffix(got, "error 99") {
		t.Errorf("100 error lines gave %d lines:\n%s", n, got)
	}
}
