package share

import (
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
)

// MaxPayloadBytes bounds the size of a decoded payload (after decompression),
// for fragments and envelopes alike. It is far above any real report and far
// below what would hurt a browser tab, so a crafted link cannot blow memory.
const MaxPayloadBytes = 16 << 20

// ErrTooLarge reports a payload, fragment or envelope over its size limit.
var ErrTooLarge = errors.New("share: too large")

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

// inflate decompresses raw DEFLATE data, refusing output over MaxPayloadBytes
// and trailing garbage after the final block.
func inflate(p []byte) ([]byte, error) {
	src := bytes.NewReader(p)
	r := flate.NewReader(src)
	defer r.Close()
	out, err := io.ReadAll(io.LimitReader(r, MaxPayloadBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%w: corrupt compressed data: %v", ErrMalformed, err)
	}
	if len(out) > MaxPayloadBytes {
		return nil, fmt.Errorf("%w: payload over %d bytes once decompressed", ErrTooLarge, MaxPayloadBytes)
	}
	if src.Len() != 0 {
		return nil, fmt.Errorf("%w: corrupt compressed data: trailing bytes", ErrMalformed)
	}
	return out, nil
}
