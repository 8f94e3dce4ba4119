package api

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestJSONMatchesEncodingJSON checks the hand-written JSON against
// encoding/json (HTML escaping off) on the awkward cases.
func TestJSONMatchesEncodingJSON(t *testing.T) {
	for _, s := range []string{
		"", "plain", `quote " and \ backslash`, "tab\tnew\nline\rcr\bbs\fff", "\x00\x01\x1f\x7f",
		"<html> & 'x'", "café ☕ 😀", "\u2028\u2029", "bad \xff\xfe utf8 \xc3", "2026-03-01T12:00:00Z",
	} {
		if got, want := appendString(nil, s), mustMarshal(t, s); !bytes.Equal(got, want) {
			t.Errorf("%q: got %s, encoding/json %s", s, got, want)
		}
	}
	w := &Response{}
	writeJSON(w, 201, "id", "abc", "deleteToken", "t\"k", "expiresAt", "2026-03-08T12:00:00Z")
	var back map[string]string
	if err := json.Unmarshal(w.Body, &back); err != nil || back["deleteToken"] != `t"k` || len(back) != 3 || w.Status != 201 {
		t.Fatalf("%s: %v %v", w.Body, back, err)
	}
}

// FuzzAppendString compares appendString with encoding/json on any string.
func FuzzAppendString(f *testing.F) {
	f.Add("a\"\\\x00\u2028\xff😀")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := appendString(nil, s), mustMarshal(t, s); !bytes.Equal(got, want) {
			t.Fatalf("%q: got %s, encoding/json %s", s, got, want)
		}
	})
}

func mustMarshal(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}
