// Package golden compares generated files and golden files with what a test
// makes, or writes them when the test runs with its update flag: the one
// place for the write-or-compare step of go generate's checks and golden
// tests.
package golden

import (
	"bytes"
	"os"
	"testing"
)

// File checks that the file at path holds want; with update it writes want
// to path instead. A mismatch fails the test with the file's name and fix,
// the command that makes the file again ("run go generate ./analyzer").
func File(t testing.TB, path string, want []byte, update bool, fix string) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got, err := os.ReadFile(path); err != nil || !bytes.Equal(got, want) {
		t.Errorf("%s is not what the test makes now: %s", path, fix)
	}
}
