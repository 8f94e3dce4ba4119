package api

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/policylens/policylens/share"
)

func TestRecordRoundTrip(t *testing.T) {
	env, _, _ := share.Seal([]byte("r"))
	in := record{Expires: time.Unix(1900000000, 0).UTC(), TokenHash: share.HashToken(share.NewToken()), Envelope: env}
	s := in.encode()
	if s == "<null>" || !strings.HasPrefix(s, "r1.") {
		t.Fatalf("encoded %q", s)
	}
	out, err := decodeRecord(s)
	if err != nil || !out.Expires.Equal(in.Expires) || !bytes.Equal(out.TokenHash, in.TokenHash) || !bytes.Equal(out.Envelope, in.Envelope) {
		t.Fatalf("round trip: %+v, %v", out, err)
	}
}

func TestDecodeRecordRejects(t *testing.T) {
	hash := b64.EncodeToString(make([]byte, 32))
	for _, s := range []string{
		"", "<null>", "r1", "r1.1.x.y", "r2.1900000000." + hash + ".AQ",
		"r1.-5." + hash + ".AQ", "r1.abc." + hash + ".AQ", "r1.1900000000.AAAA.AQ",
		"r1.1900000000." + hash + ".", "r1.1900000000." + hash + ".A+", "r1.1900000000." + hash + ".AQ.extra",
	} {
		if _, err := decodeRecord(s); err == nil {
			t.Errorf("decodeRecord(%q) accepted", s)
		}
	}
}

func FuzzDecodeRecord(f *testing.F) {
	env, _, _ := share.Seal([]byte("r"))
	f.Add(record{Expires: time.Unix(1900000000, 0), TokenHash: make([]byte, 32), Envelope: env}.encode())
	f.Add("<null>")
	f.Add("r1.1.2.3")
	f.Fuzz(func(t *testing.T, s string) {
		r, err := decodeRecord(s)
		if err != nil {
			return
		}
		if got := r.encode(); got != s {
			t.Fatalf("decode/encode is not canonical: %q -> %q", s, got)
		}
	})
}
