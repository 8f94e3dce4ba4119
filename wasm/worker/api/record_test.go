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

// TestStoredValuesAreNeverKVMissing: a Store on Workers KV reads "<null>"
// as a missing key, so nothing the handler stores may look like it.
func TestStoredValuesAreNeverKVMissing(t *testing.T) {
	e := newTestEnv(t)
	e.upload(t, sealed(t, "r"), "")
	if len(e.kv.data) < 2 {
		t.Fatalf("expected a report and a rate counter, got %d keys", len(e.kv.data))
	}
	for key, v := range e.kv.data {
		if v.value == KVMissing {
			t.Errorf("%s stores %q", key, KVMissing)
		}
	}
	if _, err := decodeRecord(KVMissing); err == nil {
		t.Error("decodeRecord accepts the missing-key marker")
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
