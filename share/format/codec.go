package format

import "errors"

// Codec is what the format needs from its host: raw DEFLATE (RFC 1951, no
// zlib or gzip header), AES-256-GCM with a 12-byte nonce and a 16-byte tag,
// and cryptographic randomness.
type Codec interface {
	// Deflate compresses p.
	Deflate(p []byte) ([]byte, error)
	// Inflate decompresses p, returning at most limit+1 bytes: it stops as
	// soon as the output passes limit, which is not an error here. It
	// returns ErrCorrupt when p does not unpack (damaged or cut short) and
	// ErrTrailing when data follows its final block.
	Inflate(p []byte, limit int) ([]byte, error)
	// Random fills b with cryptographically random bytes.
	Random(b []byte) error
	// SealGCM encrypts plaintext: the ciphertext followed by the tag.
	SealGCM(key, nonce, plaintext, aad []byte) ([]byte, error)
	// OpenGCM reverses SealGCM; it returns ErrNotAuthentic when the key does
	// not open sealed (the wrong key, or altered data).
	OpenGCM(key, nonce, sealed, aad []byte) ([]byte, error)
}

// The errors a Codec returns for what is wrong with its input; any other
// error is the codec's own failure (a browser without Web Crypto), passed on
// as it is.
var (
	ErrCorrupt      = errors.New("deflate: the data does not unpack")
	ErrTrailing     = errors.New("deflate: data after the final block")
	ErrNotAuthentic = errors.New("aes-gcm: message authentication failed")
)

// MaxPayloadBytes bounds the size of a decoded payload (after decompression),
// for fragments and envelopes alike. It is far above any real report and far
// below what would hurt a browser tab, so a crafted link cannot blow memory.
const MaxPayloadBytes = 16 << 20

// inflate decompresses with c, refusing output over MaxPayloadBytes and
// trailing garbage after the final block; what names the input in messages
// ("link", "report").
func inflate(c Codec, p []byte, what string) ([]byte, error) {
	out, err := c.Inflate(p, MaxPayloadBytes)
	switch {
	case errors.Is(err, ErrTrailing):
		return nil, fail("the "+what+" is damaged: it has data after its compressed text", ErrMalformed)
	case errors.Is(err, ErrCorrupt):
		return nil, fail("the "+what+" is damaged: its compressed text does not unpack (was it cut short?)", ErrMalformed)
	case err != nil:
		return nil, err
	case len(out) > MaxPayloadBytes:
		return nil, fail("the "+what+" unpacks to over "+sizeText(MaxPayloadBytes)+" of text, more than PolicyLens opens", ErrTooLarge)
	}
	return out, nil
}

// checkPayload refuses a payload over MaxPayloadBytes before compressing it.
func checkPayload(p []byte) error {
	if len(p) > MaxPayloadBytes {
		return fail("the text is over "+sizeText(MaxPayloadBytes), ErrTooLarge)
	}
	return nil
}
