package format

import "strconv"

// MaxFragmentLen is the longest fragment value (the part after "#r=") the
// page offers as a link. 16 KiB characters pass through every current browser
// and common mail and chat clients; longer reports should use a short link.
const MaxFragmentLen = 16 << 10

// fragmentVersion is the first byte of a decoded fragment value; it lets the
// format change without breaking old links.
const fragmentVersion = 1

// b64 is unpadded base64url with canonical (zero) trailing bits, so each
// value has exactly one encoding: base64.RawURLEncoding.Strict(), in a few
// lines (package encoding/base64 cost the page's WASM 3 KiB brotli).
var b64 codec64

type codec64 struct{}

// alphabet64 is base64url's alphabet, by value.
const alphabet64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// EncodedLen is the length of the encoding of n bytes.
func (codec64) EncodedLen(n int) int { return (n*8 + 5) / 6 }

// EncodeToString encodes b.
func (codec64) EncodeToString(b []byte) string {
	out := make([]byte, 0, b64.EncodedLen(len(b)))
	for i := 0; i < len(b); i += 3 {
		n := min(3, len(b)-i)
		var v uint32
		for j := range n {
			v |= uint32(b[i+j]) << (16 - 8*j)
		}
		for j := range n + 1 {
			out = append(out, alphabet64[v>>(18-6*j)&63])
		}
	}
	return string(out)
}

// DecodeString decodes s as the strict encoding does: line breaks are
// skipped, any other character outside the alphabet, a lone last character
// or trailing bits that are not zero are an error.
func (codec64) DecodeString(s string) ([]byte, error) {
	out := make([]byte, 0, len(s)*6/8)
	v, n := uint32(0), 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\r' || s[i] == '\n' {
			continue
		}
		d := value64(s[i])
		if d < 0 {
			return nil, ErrMalformed
		}
		v, n = v<<6|uint32(d), n+1
		if n == 4 {
			out = append(out, byte(v>>16), byte(v>>8), byte(v))
			v, n = 0, 0
		}
	}
	switch {
	case n == 1, n == 2 && v&15 != 0, n == 3 && v&3 != 0:
		return nil, ErrMalformed
	case n == 2:
		out = append(out, byte(v>>4))
	case n == 3:
		out = append(out, byte(v>>10), byte(v>>2))
	}
	return out, nil
}

// value64 is the value of the character c of alphabet64, -1 for any other.
func value64(c byte) int {
	switch {
	case 'A' <= c && c <= 'Z':
		return int(c - 'A')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 26
	case '0' <= c && c <= '9':
		return int(c-'0') + 52
	case c == '-':
		return 62
	case c == '_':
		return 63
	}
	return -1
}

// EncodeFragment compresses payload and returns it as a URL-fragment-safe
// base64url value (without the "#r=" prefix). It returns ErrTooLarge when
// the result would exceed MaxFragmentLen; the caller should then offer a
// short link instead.
func EncodeFragment(c Codec, payload []byte) (string, error) {
	if err := checkPayload(payload); err != nil {
		return "", err
	}
	compressed, err := c.Deflate(payload)
	if err != nil {
		return "", err
	}
	raw := append([]byte{fragmentVersion}, compressed...)
	if b64.EncodedLen(len(raw)) > MaxFragmentLen {
		return "", fail("the link would be "+strconv.Itoa(b64.EncodedLen(len(raw)))+" characters, over the "+
			strconv.Itoa(MaxFragmentLen)+" a link may have", ErrTooLarge)
	}
	return b64.EncodeToString(raw), nil
}

// DecodeFragment reverses EncodeFragment. It accepts only values of at most
// MaxFragmentLen characters and payloads of at most MaxPayloadBytes.
func DecodeFragment(c Codec, s string) ([]byte, error) {
	if len(s) > MaxFragmentLen {
		return nil, fail("the link is "+strconv.Itoa(len(s))+" characters long, more than the "+
			strconv.Itoa(MaxFragmentLen)+" PolicyLens makes", ErrTooLarge)
	}
	raw, err := b64.DecodeString(s)
	if err != nil {
		return nil, fail("the link is damaged: it holds characters a PolicyLens link never has (was it changed, or cut short?)", ErrMalformed)
	}
	if len(raw) < 2 {
		return nil, fail("the link is cut short: it holds no text", ErrMalformed)
	}
	if raw[0] != fragmentVersion {
		return nil, versionError("link", raw[0], fragmentVersion)
	}
	return inflate(c, raw[1:], "link")
}
