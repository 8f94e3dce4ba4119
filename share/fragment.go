package share

import (
	"encoding/base64"
	"errors"
	"fmt"
)

// MaxFragmentLen is the longest fragment value (the part after "#r=") the
// page offers as a link. 16 KiB characters pass through every current browser
// and common mail and chat clients; longer reports should use a short link.
const MaxFragmentLen = 16 << 10

// fragmentVersion is the first byte of a decoded fragment value; it lets the
// format change without breaking old links.
const fragmentVersion = 1

// b64 is unpadded base64url with canonical (zero) trailing bits, so each
// value has exactly one encoding.
var b64 = base64.RawURLEncoding.Strict()

// ErrMalformed reports input that is not something this package produced.
var ErrMalformed = errors.New("share: malformed")

// EncodeFragment compresses payload and returns it as a URL-fragment-safe
// base64url value (without the "#r=" prefix). It returns ErrTooLarge when
// the result would exceed MaxFragmentLen; the caller should then offer a
// short link instead.
func EncodeFragment(payload []byte) (string, error) {
	if len(payload) > MaxPayloadBytes {
		return "", fmt.Errorf("%w: payload over %d bytes", ErrTooLarge, MaxPayloadBytes)
	}
	raw := append([]byte{fragmentVersion}, deflate(payload)...)
	if b64.EncodedLen(len(raw)) > MaxFragmentLen {
		return "", fmt.Errorf("%w: link would be %d characters, limit %d", ErrTooLarge, b64.EncodedLen(len(raw)), MaxFragmentLen)
	}
	return b64.EncodeToString(raw), nil
}

// DecodeFragment reverses EncodeFragment. It accepts only values of at most
// MaxFragmentLen characters and payloads of at most MaxPayloadBytes.
func DecodeFragment(s string) ([]byte, error) {
	if len(s) > MaxFragmentLen {
		return nil, fmt.Errorf("%w: link value is %d characters, limit %d", ErrTooLarge, len(s), MaxFragmentLen)
	}
	raw, err := b64.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("%w: link is not base64url: %v", ErrMalformed, err)
	}
	if len(raw) < 2 {
		return nil, fmt.Errorf("%w: link is too short", ErrMalformed)
	}
	if raw[0] != fragmentVersion {
		return nil, fmt.Errorf("%w: unknown link version %d", ErrMalformed, raw[0])
	}
	return inflate(raw[1:])
}
