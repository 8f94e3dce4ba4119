package format

import "strconv"

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

// Seal compresses plaintext and encrypts it under a fresh random 256-bit key
// and nonce. It returns the envelope to upload and the key, as unpadded
// base64url, to put in the link's fragment. It returns ErrTooLarge when the
// envelope would exceed MaxEnvelopeBytes.
func Seal(c Codec, plaintext []byte) (envelope []byte, key string, err error) {
	if err := checkPayload(plaintext); err != nil {
		return nil, "", err
	}
	compressed, err := c.Deflate(plaintext)
	if err != nil {
		return nil, "", err
	}
	if n := 1 + NonceSize + len(compressed) + TagSize; n > MaxEnvelopeBytes {
		return nil, "", fail("the encrypted report would be "+sizeText(n)+", over the "+sizeText(MaxEnvelopeBytes)+" a short link holds", ErrTooLarge)
	}
	k := make([]byte, KeySize)
	head := make([]byte, 1+NonceSize)
	head[0] = EnvelopeVersion
	if err := c.Random(k); err != nil {
		return nil, "", err
	}
	if err := c.Random(head[1:]); err != nil {
		return nil, "", err
	}
	sealed, err := c.SealGCM(k, head[1:], compressed, head[:1])
	if err != nil {
		return nil, "", err
	}
	return append(head, sealed...), b64.EncodeToString(k), nil
}

// Open decrypts an envelope made by Seal with the key from the link and
// returns the original payload.
func Open(c Codec, envelope []byte, key string) ([]byte, error) {
	if err := ValidateEnvelope(envelope); err != nil {
		return nil, err
	}
	if key == "" {
		return nil, fail("the link has no key: the part after #k= is empty (was the link cut short?)", ErrMalformed)
	}
	k, err := b64.DecodeString(key)
	if err != nil || len(k) != KeySize || len(key) != b64.EncodedLen(KeySize) {
		return nil, fail("the link's key (after #k=) is damaged: a key is "+strconv.Itoa(b64.EncodedLen(KeySize))+
			" letters, digits, - or _ (was the link cut short?)", ErrMalformed)
	}
	compressed, err := c.OpenGCM(k, envelope[1:1+NonceSize], envelope[1+NonceSize:], envelope[:1])
	if err == ErrNotAuthentic {
		return nil, fail("the link's key does not open this report: the link was changed or cut short", ErrDecrypt)
	} else if err != nil {
		return nil, err
	}
	return inflate(c, compressed, "report")
}

// ValidateEnvelope checks an envelope's structure without a key: its length
// and version byte. The Worker calls it on every upload.
func ValidateEnvelope(envelope []byte) error {
	switch {
	case len(envelope) > MaxEnvelopeBytes:
		return fail("the encrypted report is "+sizeText(len(envelope))+", over the "+sizeText(MaxEnvelopeBytes)+" a short link holds", ErrTooLarge)
	case len(envelope) < MinEnvelopeBytes:
		return fail("the encrypted report is cut short ("+sizeText(len(envelope))+")", ErrMalformed)
	case envelope[0] != EnvelopeVersion:
		return versionError("report", envelope[0], EnvelopeVersion)
	}
	return nil
}
