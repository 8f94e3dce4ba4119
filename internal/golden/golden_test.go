package golden

import (
	"os"
	"path/filepath"
	"testing"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Fatal(...any)          { r.failed = true }
func (r *recorder) Helper()               {}

func TestFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gen.go")
	r := &recorder{TB: t}
	File(r, path, []byte("a"), false, "regenerate")
	if !r.failed {
		t.Error("a missing file passed")
	}
	r = &recorder{TB: t}
	File(r, path, []byte("a"), true, "regenerate")
	if b, err := os.ReadFile(path); r.failed || err != nil || string(b) != "a" {
		t.Fatalf("update wrote %q (%v), failed %v", b, err, r.failed)
	}
	File(r, path, []byte("a"), false, "regenerate")
	if r.failed {
		t.Error("the same bytes failed")
	}
	File(r, path, []byte("b"), false, "regenerate")
	if !r.failed {
		t.Error("other bytes passed")
	}
}
