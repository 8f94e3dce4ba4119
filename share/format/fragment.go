package format

import (
	"encoding/base64"
	"strconv"
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
