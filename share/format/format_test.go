package format

import (
	"bytes"
	"encoding/base64"
	"go/build"
	"testing"
)

// TestImports keeps the format free of any codec: the web page links this
// package, and Go's compression and cryptography would come with it.
func TestImports(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	allowed := map[string]bool{"errors": true, "strconv": true}
	for _, imp := range pkg.Imports {
		if !allowed[imp] {
			t.Errorf("share/format imports %s; the page would link it", imp)
		}
	}
}

// TestBase64 holds b64 to base64.RawURLEncoding.Strict().
func TestBase64(t *testing.T) {
	for _, s := range []string{"", "A", "AA", "AB", "AAA", "AAB", "AAAA", "AA==", "A\nA", "\r\n", "AAA\nA", "AAAAA", "-_-_", "+/+/", "YWJj", "YWI", "YW", "YWJ", "Zm9vYmFy", "Zm9vYg", "Zm9vYh", " AAA"} {
		checkBase64(t, s)
	}
	for n := range 40 {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i*37 + n)
		}
		if got, want := b64.EncodeToString(b), base64.RawURLEncoding.Strict().EncodeToString(b); got != want || b64.EncodedLen(n) != len(want) {
			t.Errorf("EncodeToString(%x) = %s (EncodedLen %d), want %s", b, got, b64.EncodedLen(n), want)
		}
		checkBase64(t, b64.EncodeToString(b))
	}
}

func FuzzBase64(f *testing.F) {
	for _, s := range []string{"YWJj", "YW\nI", "Zm9vYh", "A"} {
		f.Add(s)
	}
	f.Fuzz(checkBase64)
}

func checkBase64(t *testing.T, s string) {
	want, werr := base64.RawURLEncoding.Strict().DecodeString(s)
	got, err := b64.DecodeString(s)
	if (err == nil) != (werr == nil) || werr == nil && !bytes.Equal(got, want) {
		t.Errorf("DecodeString(%q) = %x, %v; want %x, %v", s, got, err, want, werr)
	}
}
