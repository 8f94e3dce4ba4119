package share

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"fmt"
)

// Envelope byte layout (version 1), documented in the README for other clients:
//
//	offset  size  field
//	0       1     version, 0x01
//	1       12    nonce, random per envelope
//	13      n+16  AES-256-GCM(key, nonce, plaintext=DEFLATE(payload), aad=[version]):
//	              ciphertext followed by the 16-byte tag
//
// DEFLATE is raw (RFC 1951, no zlib or gzip header). The key is 32 random
// bytes, written in links as unpadded base64url (43 characters).
const (
	// EnvelopeVersion is the first byte of every envelope this package seals.
	EnvelopeVersion = 1
	// NonceSize is the AES-GCM nonce length in bytes.
	NonceSize = 12
	// TagSize is the AES-GCM authentication tag length in bytes.
	TagSize = 16
	// KeySize is the AES-256 key length in bytes.
	KeySize = 32
	// MinEnvelopeBytes is the shortest well-formed envelope: version, nonce,
	// at least one byte of ciphertext and the tag.
	MinEnvelopeBytes = 1 + NonceSize + 1 + TagSize
	// MaxEnvelopeBytes is the largest envelope the Worker stores (512 KiB).
	MaxEnvelopeBytes = 512 << 10
)

// ErrDecrypt reports an envelope that does not open with the given key: the
// wrong key, or data that was altered.
var ErrDecrypt = errors.New("share: cannot decrypt: wrong key or damaged report")

// Seal compresses plaintext and encrypts it under a fresh random 256-bit key
// and nonce. It returns the envelope to upload and the key, as unpadded
// base64url, to put in the link's fragment. It returns ErrTooLarge when the
// envelope would exceed MaxEnvelopeBytes.
func Seal(plaintext []byte) (envelope []byte, key string, err error) {
	if len(plaintext) > MaxPayloadBytes {
		return nil, "", fmt.Errorf("%w: payload over %d bytes", ErrTooLarge, MaxPayloadBytes)
	}
	compressed := deflate(plaintext)
	if n := 1 + NonceSize + len(compressed) + TagSize; n > MaxEnvelopeBytes {
		return nil, "", fmt.Errorf("%w: encrypted report is %d bytes, limit %d", ErrTooLarge, n, MaxEnvelopeBytes)
	}
	k := make([]byte, KeySize)
	rand.Read(k) // crypto/rand.Read never fails (Go 1.24+)
	aead := newAEAD(k)
	envelope = make([]byte, 1+NonceSize, 1+NonceSize+len(compressed)+TagSize)
	envelope[0] = EnvelopeVersion
	rand.Read(envelope[1 : 1+NonceSize])
	envelope = aead.Seal(envelope, envelope[1:1+NonceSize], compressed, envelope[:1])
	return envelope, b64.EncodeToString(k), nil
}

// Open decrypts an envelope made by Seal with the key from the link and
// returns the original payload.
func Open(envelope []byte, key string) ([]byte, error) {
	if err := ValidateEnvelope(envelope); err != nil {
		return nil, err
	}
	k, err := b64.DecodeString(key)
	if err != nil || len(k) != KeySize || len(key) != b64.EncodedLen(KeySize) {
		return nil, fmt.Errorf("%w: key must be %d bytes of base64url", ErrMalformed, KeySize)
	}
	compressed, err := newAEAD(k).Open(nil, envelope[1:1+NonceSize], envelope[1+NonceSize:], envelope[:1])
	if err != nil {
		return nil, ErrDecrypt
	}
	return inflate(compressed)
}

// ValidateEnvelope checks an envelope's structure without a key: its length
// and version byte. The Worker calls it on every upload.
func ValidateEnvelope(envelope []byte) error {
	switch {
	case len(envelope) > MaxEnvelopeBytes:
		return fmt.Errorf("%w: envelope is %d bytes, limit %d", ErrTooLarge, len(envelope), MaxEnvelopeBytes)
	case len(envelope) < MinEnvelopeBytes:
		return fmt.Errorf("%w: envelope is %d bytes, at least %d needed", ErrMalformed, len(envelope), MinEnvelopeBytes)
	case envelope[0] != EnvelopeVersion:
		return fmt.Errorf("%w: unknown envelope version %d", ErrMalformed, envelope[0])
	}
	return nil
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
