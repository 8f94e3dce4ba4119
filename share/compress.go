package share

import (
	"bytes"
	"compress/flate"
	"io"
)

// MaxPayloadBytes bounds the size of a decoded payload (after decompression),
// for fragments and envelopes alike. It is far above any real report and far
// below what would hurt a browser tab, so a crafted link cannot blow memory.
const MaxPayloadBytes = 16 << 20

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
// and trailing garbage after the final block; what names the input in
// messages ("link", "report").
func inflate(p []byte, what string) ([]byte, error) {
	src := bytes.NewReader(p)
	r := flate.NewReader(src)
	defer r.Close()
	out, err := io.ReadAll(io.LimitReader(r, MaxPayloadBytes+1))
	if err != nil {
		return nil, fail("the "+what+" is damaged: its compressed text does not unpack (was it cut short?)", ErrMalformed)
	}
	if len(out) > MaxPayloadBytes {
		return nil, fail("the "+what+" unpacks to over "+sizeText(MaxPayloadBytes)+" of text, more than PolicyLens opens", ErrTooLarge)
	}
	if src.Len() != 0 {
		return nil, fail("the "+what+" is damaged: it has data after its compressed text", ErrMalformed)
	}
	return out, nil
}
