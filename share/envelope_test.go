package share

import (
	"bytes"
	"crypto/rand"
	"errors"
	"strings"
	"testing"
)

func randomBytes(n int) []byte {
	b := make([]byte, n)
	rand.Read(b)
	return b
}

// nonCanonical flips the unused low bits of the last character of a
// base64url string whose length leaves some, so Strict decoding rejects it.
func nonCanonical(s string) string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	last := bytes.IndexByte([]byte(alphabet), s[len(s)-1])
	return s[:len(s)-1] + string(alphabet[last|1])
}

func TestSealOpenRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name    string
		payload []byte
	}{
		{"empty", []byte{}},
		{"json", []byte(`{"version":1,"findings":[]}`)},
		{"large compressible", bytes.Repeat([]byte("We share data with advertisers. "), 1<<16)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env, key, err := Seal(tc.payload)
			if err != nil {
				t.Fatal(err)
			}
			if err := ValidateEnvelope(env); err != nil {
				t.Fatalf("Seal made an invalid envelope: %v", err)
			}
			if env[0] != EnvelopeVersion || len(key) != 43 {
				t.Fatalf("version %d, key length %d", env[0], len(key))
			}
			got, err := Open(env, key)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, tc.payload) {
				t.Fatal("round trip changed the payload")
			}
		})
	}
}

func TestSealIsFreshEachTime(t *testing.T) {
	p := []byte("the same report")
	e1, k1, _ := Seal(p)
	e2, k2, _ := Seal(p)
	if k1 == k2 || bytes.Equal(e1[1:1+NonceSize], e2[1:1+NonceSize]) || bytes.Equal(e1, e2) {
		t.Fatal("two seals share a key, nonce or ciphertext")
	}
}

func TestSealHidesPlaintext(t *testing.T) {
	secret := []byte("We collect your precise location and sell it to data brokers.")
	env, _, _ := Seal(bytes.Repeat(secret, 10))
	for i := 0; i+8 <= len(secret); i++ {
		if bytes.Contains(env, secret[i:i+8]) {
			t.Fatalf("envelope contains plaintext %q", secret[i:i+8])
		}
	}
}

func TestSealTooLarge(t *testing.T) {
	if _, _, err := Seal(randomBytes(MaxEnvelopeBytes)); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
}

func TestOpenRejects(t *testing.T) {
	env, key, _ := Seal([]byte("report"))
	_, otherKey, _ := Seal([]byte("report"))
	flipped := bytes.Clone(env)
	flipped[len(flipped)-1] ^= 1
	version2 := bytes.Clone(env)
	version2[0] = 2
	// A well-encrypted zip bomb: authentic, but over the payload limit once inflated.
	bombEnv := sealCompressed(t, deflate(make([]byte, MaxPayloadBytes+1)), key)
	version0 := bytes.Clone(env)
	version0[0] = 0
	version255 := bytes.Clone(env)
	version255[0] = 0xff
	for _, tc := range []struct {
		name string
		env  []byte
		key  string
		want error
		msg  string // part of the message a person reads
	}{
		{"wrong key", env, otherKey, ErrDecrypt, "the link's key does not open this report"},
		{"tampered", flipped, key, ErrDecrypt, "does not open"},
		{"newer version", version2, key, ErrNewerVersion, "made by a newer version of PolicyLens"},
		{"version 0", version0, key, ErrMalformed, "the report is damaged"},
		{"version 255 (-1)", version255, key, ErrNewerVersion, "newer version"},
		{"short", env[:MinEnvelopeBytes-1], key, ErrMalformed, "cut short"},
		{"nil", nil, key, ErrMalformed, "cut short"},
		{"too large", make([]byte, MaxEnvelopeBytes+1), key, ErrTooLarge, "over the 512 KiB a short link holds"},
		{"empty key", env, "", ErrMalformed, "the link has no key: the part after #k= is empty"},
		{"short key", env, key[:42], ErrMalformed, "the link's key (after #k=) is damaged"},
		{"padded key", env, key + "=", ErrMalformed, "key (after #k=) is damaged"},
		{"key with newline", env, key[:20] + "\n" + key[20:], ErrMalformed, "key (after #k=) is damaged"},
		{"non-canonical key", env, nonCanonical(key), ErrMalformed, "key (after #k=) is damaged"},
		{"zip bomb", bombEnv, key, ErrTooLarge, "the report unpacks to over 16 MiB of text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Open(tc.env, tc.key)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("message %q lacks %q", err, tc.msg)
			}
			if tc.want != ErrDecrypt && errors.Is(err, ErrDecrypt) || strings.Contains(err.Error(), "share:") {
				t.Errorf("message %q misleads", err)
			}
		})
	}
}

// sealCompressed builds an envelope around already-compressed data, as a
// hostile client could.
func sealCompressed(t *testing.T, compressed []byte, key string) []byte {
	t.Helper()
	k, err := b64.DecodeString(key)
	if err != nil {
		t.Fatal(err)
	}
	env := append([]byte{EnvelopeVersion}, randomBytes(NonceSize)...)
	return newAEAD(k).Seal(env, env[1:], compressed, env[:1])
}

func TestValidateEnvelope(t *testing.T) {
	for _, tc := range []struct {
		name string
		env  []byte
		want error
	}{
		{"minimum", append([]byte{1}, make([]byte, MinEnvelopeBytes-1)...), nil},
		{"maximum", append([]byte{1}, make([]byte, MaxEnvelopeBytes-1)...), nil},
		{"one short", append([]byte{1}, make([]byte, MinEnvelopeBytes-2)...), ErrMalformed},
		{"one over", append([]byte{1}, make([]byte, MaxEnvelopeBytes)...), ErrTooLarge},
		{"version 0", make([]byte, 64), ErrMalformed},
		{"empty", nil, ErrMalformed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := ValidateEnvelope(tc.env); !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func FuzzOpen(f *testing.F) {
	env, key, _ := Seal([]byte(`{"version":1}`))
	f.Add(env, key)
	f.Add([]byte{1}, key)
	f.Add(make([]byte, 40), "")
	f.Fuzz(func(t *testing.T, env []byte, key string) {
		out, err := Open(env, key)
		if err == nil && len(out) > MaxPayloadBytes {
			t.Fatalf("opened %d bytes, over the limit", len(out))
		}
		if (ValidateEnvelope(env) != nil) && err == nil {
			t.Fatal("Open accepted an envelope ValidateEnvelope rejects")
		}
	})
}

func FuzzValidateEnvelope(f *testing.F) {
	env, _, _ := Seal([]byte("x"))
	f.Add(env)
	f.Add([]byte{})
	f.Add([]byte{2, 0, 0})
	f.Fuzz(func(t *testing.T, env []byte) {
		err := ValidateEnvelope(env)
		ok := len(env) >= MinEnvelopeBytes && len(env) <= MaxEnvelopeBytes && env[0] == EnvelopeVersion
		if (err == nil) != ok {
			t.Fatalf("ValidateEnvelope(%d bytes, version %v) = %v", len(env), env[:min(1, len(env))], err)
		}
	})
}
