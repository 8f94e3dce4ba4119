package share

import (
	"strings"
	"testing"
)

func TestNewIDAndToken(t *testing.T) {
	seen := map[string]bool{}
	for range 1000 {
		id, tok := NewID(), NewToken()
		if !ValidID(id) || len(id) != IDLen || IDLen != 22 {
			t.Fatalf("bad id %q", id)
		}
		if !ValidToken(tok) || len(tok) != TokenLen || TokenLen != 43 {
			t.Fatalf("bad token %q", tok)
		}
		if seen[id] || seen[tok] {
			t.Fatal("repeated random value")
		}
		seen[id], seen[tok] = true, true
	}
}

func TestValidID(t *testing.T) {
	id := NewID()
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{id, true},
		{"AAAAAAAAAAAAAAAAAAAAAA", true},
		{"", false},
		{id[:21], false},
		{id + "A", false},
		{strings.Repeat("A", 21) + "B", false}, // non-zero trailing bits
		{"AAAAAAAAAAAAAAAAAAAA+A", false},
		{"AAAAAAAAAAAAAAAAAAAA/A", false},
		{"AAAAAAAAAAAAAAAAAAAA.A", false},
		{"../../../../../../etc", false},
		{NewToken(), false},
	} {
		if got := ValidID(tc.in); got != tc.want {
			t.Errorf("ValidID(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	if ValidToken(id) || ValidToken("") {
		t.Error("ValidToken accepted an id or empty string")
	}
}

func TestTokenMatches(t *testing.T) {
	tok := NewToken()
	h := HashToken(tok)
	if len(h) != 32 {
		t.Fatalf("hash is %d bytes", len(h))
	}
	if string(h) == tok || strings.Contains(string(h), tok) {
		t.Fatal("hash contains the token")
	}
	for _, tc := range []struct {
		tok  string
		hash []byte
		want bool
	}{
		{tok, h, true},
		{NewToken(), h, false},
		{"", h, false},
		{tok, nil, false},
		{tok, h[:31], false},
	} {
		if got := TokenMatches(tc.tok, tc.hash); got != tc.want {
			t.Errorf("TokenMatches(%q, %d bytes) = %v, want %v", tc.tok, len(tc.hash), got, tc.want)
		}
	}
}

func FuzzValidID(f *testing.F) {
	f.Add(NewID())
	f.Add("")
	f.Add("AAAAAAAAAAAAAAAAAAAAAB")
	f.Fuzz(func(t *testing.T, s string) {
		if ValidID(s) {
			b, err := b64.DecodeString(s)
			if err != nil || len(b) != IDBytes || b64.EncodeToString(b) != s {
				t.Fatalf("ValidID accepted non-canonical %q", s)
			}
		}
	})
}
