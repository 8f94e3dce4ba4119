package share

import (
	"bytes"
	"compress/flate"
	"errors"
	"strings"
	"testing"
)

func TestFragmentRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name    string
		payload []byte
	}{
		{"empty", nil},
		{"json", []byte(`{"version":1,"findings":[{"kind":"collect","text":"email address"}]}`)},
		{"binary", []byte{0, 1, 2, 255, 254, 0, 0}},
		{"repetitive 1 MiB", bytes.Repeat([]byte("We collect your email address. "), 1<<15)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := EncodeFragment(tc.payload)
			if err != nil {
				t.Fatal(err)
			}
			if strings.ContainsAny(s, "+/=#&?% ") {
				t.Errorf("fragment %q is not URL-safe", s)
			}
			got, err := DecodeFragment(s)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, tc.payload) {
				t.Errorf("round trip changed the payload: got %d bytes, want %d", len(got), len(tc.payload))
			}
		})
	}
}

func TestEncodeFragmentTooLong(t *testing.T) {
	// Random bytes do not compress, so 16 KiB of them cannot fit.
	if _, err := EncodeFragment(randomBytes(MaxFragmentLen)); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
}

func TestDecodeFragmentRejects(t *testing.T) {
	good, _ := EncodeFragment([]byte("hello!"))
	if len(good)%4 == 0 {
		t.Fatalf("pick a payload whose encoding has spare bits; %q has none", good)
	}
	raw, _ := b64.DecodeString(good)
	wrongVersion := append([]byte{9}, raw[1:]...)
	trailing := append(append([]byte{}, raw...), 0xAA)
	version0 := append([]byte{0}, raw[1:]...)
	for _, tc := range []struct {
		name string
		in   string
		want error
		msg  string // part of the message a person reads
	}{
		{"empty", "", ErrMalformed, "cut short"},
		{"not base64", "a+b/c", ErrMalformed, "characters a PolicyLens link never has"},
		{"padding", good + "=", ErrMalformed, "never has"},
		{"non-canonical bits", nonCanonical(good), ErrMalformed, "never has"},
		{"version only", b64.EncodeToString([]byte{fragmentVersion}), ErrMalformed, "cut short"},
		{"newer version", b64.EncodeToString(wrongVersion), ErrNewerVersion, "made by a newer version of PolicyLens (format 9)"},
		{"version 0", b64.EncodeToString(version0), ErrMalformed, "the link is damaged: it does not start the way"},
		{"not deflate", b64.EncodeToString([]byte{fragmentVersion, 0xff, 0xff, 0xff}), ErrMalformed, "does not unpack"},
		{"truncated", b64.EncodeToString(raw[:len(raw)-2]), ErrMalformed, "does not unpack"},
		{"trailing bytes", b64.EncodeToString(trailing), ErrMalformed, "data after its compressed text"},
		{"too long", strings.Repeat("A", MaxFragmentLen+1), ErrTooLarge, "more than the 16384 PolicyLens makes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeFragment(tc.in)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.msg) || strings.Contains(err.Error(), "newer") != (tc.want == ErrNewerVersion) {
				t.Errorf("message %q, want one with %q", err, tc.msg)
			}
		})
	}
}

// TestFragmentBombIsBounded checks that the worst zip bomb that fits in a
// fragment inflates to less than MaxPayloadBytes: DEFLATE expands at most
// about 1032:1, so MaxFragmentLen itself bounds fragment memory, and inflate's
// limit (TestInflateStopsAtLimit) is the second line of defence.
func TestFragmentBombIsBounded(t *testing.T) {
	n := 1 << 20
	for {
		s, err := EncodeFragment(make([]byte, n*2))
		if err != nil {
			break
		}
		n *= 2
		out, err := DecodeFragment(s)
		if err != nil || len(out) != n {
			t.Fatalf("decoding a %d-byte bomb: %v", n, err)
		}
	}
	if n > MaxPayloadBytes {
		t.Fatalf("a fragment can carry %d bytes, over MaxPayloadBytes", n)
	}
}

func TestInflateStopsAtLimit(t *testing.T) {
	// A 512 KiB envelope-sized bomb decompresses to far more than the limit;
	// inflate must stop at MaxPayloadBytes+1 instead of reading it all.
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression)
	zeros := make([]byte, 1<<20)
	for buf.Len() < 400<<10 {
		w.Write(zeros)
	}
	w.Close()
	out, err := Codec.Inflate(buf.Bytes(), MaxPayloadBytes)
	if err != nil || len(out) != MaxPayloadBytes+1 {
		t.Fatalf("inflated %d bytes (%v), want to stop at MaxPayloadBytes+1", len(out), err)
	}
}

func FuzzDecodeFragment(f *testing.F) {
	good, _ := EncodeFragment([]byte(`{"version":1}`))
	for _, s := range []string{good, "", "AQ", "AQAA", "_-_-", strings.Repeat("A", 100)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, err := DecodeFragment(s)
		if err != nil {
			return
		}
		if len(out) > MaxPayloadBytes {
			t.Fatalf("decoded %d bytes, over the limit", len(out))
		}
		// Whatever decodes must survive a round trip.
		again, err := EncodeFragment(out)
		if err != nil {
			return // a valid but poorly compressed input may not re-fit
		}
		back, err := DecodeFragment(again)
		if err != nil || !bytes.Equal(back, out) {
			t.Fatalf("round trip failed: %v", err)
		}
	})
}
