package share

import (
	"bytes"
	"compress/flate"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"io"

	"github.com/policylens/policylens/share/format"
)

// Codec is Go's implementation of the format's primitives: compress/flate
// at the best compression level, crypto/aes GCM and crypto/rand. The page
// uses the browser's instead (site/sharecodec.js), to the same format.
var Codec format.Codec = goCodec{}

// Seal compresses plaintext and encrypts it under a fresh random 256-bit key
// and nonce (format.Seal with Go's codec). It returns the envelope to upload
// and the key, as unpadded base64url, to put in the link's fragment; and
// ErrTooLarge when the envelope would exceed MaxEnvelopeBytes.
func Seal(plaintext []byte) (envelope []byte, key string, err error) {
	return format.Seal(Codec, plaintext)
}

// Open decrypts an envelope made by Seal with the key from the link and
// returns the original payload.
func Open(envelope []byte, key string) ([]byte, error) { return format.Open(Codec, envelope, key) }

// EncodeFragment compresses payload and returns it as a URL-fragment-safe
// base64url value (without the "#r=" prefix); ErrTooLarge when the result
// would exceed MaxFragmentLen.
func EncodeFragment(payload []byte) (string, error) { return format.EncodeFragment(Codec, payload) }

// DecodeFragment reverses EncodeFragment.
func DecodeFragment(s string) ([]byte, error) { return format.DecodeFragment(Codec, s) }

type goCodec struct{}

func (goCodec) Deflate(p []byte) ([]byte, error) { return deflate(p), nil }

// deflate compresses p with raw DEFLATE at the best compression level.
func deflate(p []byte) []byte {
	var buf bytes.Buffer
	w, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil { // only for an invalid level
		panic(err)
	}
	w.Write(p) // writes to a bytes.Buffer cannot fail
	w.Close()
	return buf.Bytes()
}

func (goCodec) Inflate(p []byte, limit int) ([]byte, error) {
	src := bytes.NewReader(p)
	r := flate.NewReader(src)
	defer r.Close()
	out, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	switch {
	case err != nil:
		return nil, format.ErrCorrupt
	case len(out) > limit:
		return out, nil
	case src.Len() != 0:
		return nil, format.ErrTrailing
	}
	return out, nil
}

func (goCodec) Random(b []byte) error {
	rand.Read(b) // crypto/rand.Read never fails (Go 1.24+)
	return nil
}

func (goCodec) SealGCM(key, nonce, plaintext, aad []byte) ([]byte, error) {
	return newAEAD(key).Seal(nil, nonce, plaintext, aad), nil
}

func (goCodec) OpenGCM(key, nonce, sealed, aad []byte) ([]byte, error) {
	out, err := newAEAD(key).Open(nil, nonce, sealed, aad)
	if err != nil {
		return nil, format.ErrNotAuthentic
	}
	return out, nil
}

// newAEAD returns AES-256-GCM for a 32-byte key.
func newAEAD(k []byte) cipher.AEAD {
	block, err := aes.NewCipher(k)
	if err != nil { // only for a wrong key length, checked by callers
		panic(err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		panic(err)
	}
	return aead
}
