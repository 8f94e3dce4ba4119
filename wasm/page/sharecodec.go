//go:build js && wasm

package main

import (
	"errors"
	"syscall/js"

	"github.com/policylens/policylens/share/format"
)

// browserCodec gives share/format the browser's primitives from
// site/sharecodec.js (policylens._shareCodec, set by app.js): raw DEFLATE
// through CompressionStream and DecompressionStream, AES-256-GCM through
// crypto.subtle, crypto.getRandomValues. The format, its limits and its
// messages stay Go's (share/format), as the Worker and the tests use them;
// only Go's compression and cryptography are not linked. Its methods wait
// for promises: call them from a goroutine, never from an event callback.
type browserCodec struct{}

// codec is the one the page uses.
var codec format.Codec = browserCodec{}

// errNoCodec is for a host without site/sharecodec.js (the extension popup).
var errNoCodec = errors.New("this page cannot make or open share links")

// call runs policylens._shareCodec[name](args...) and waits for its result.
func (browserCodec) call(name string, args ...any) (js.Value, error) {
	m := api.Get("_shareCodec")
	if m.Type() != js.TypeObject {
		return js.Value{}, errNoCodec
	}
	return awaitValue(js.Global().Get("Promise").Call("resolve", m.Call(name, args...)))
}

func (c browserCodec) Deflate(p []byte) ([]byte, error) {
	v, err := c.call("deflate", bytesToJS(p))
	if err != nil {
		return nil, err
	}
	return bytesFromJS(v), nil
}

func (c browserCodec) Inflate(p []byte, limit int) ([]byte, error) {
	v, err := c.call("inflate", bytesToJS(p), limit)
	switch {
	case err != nil:
		return nil, err
	case v.Type() != js.TypeString:
		return bytesFromJS(v), nil
	case v.String() == "trailing":
		return nil, format.ErrTrailing
	}
	return nil, format.ErrCorrupt
}

func (c browserCodec) Random(b []byte) error {
	v, err := c.call("random", len(b))
	if err != nil {
		return err
	}
	if js.CopyBytesToGo(b, v) != len(b) {
		return errors.New("the browser gave too few random bytes")
	}
	return nil
}

func (c browserCodec) SealGCM(key, nonce, plaintext, aad []byte) ([]byte, error) {
	v, err := c.call("seal", bytesToJS(key), bytesToJS(nonce), bytesToJS(plaintext), bytesToJS(aad))
	if err != nil {
		return nil, err
	}
	return bytesFromJS(v), nil
}

func (c browserCodec) OpenGCM(key, nonce, sealed, aad []byte) ([]byte, error) {
	v, err := c.call("open", bytesToJS(key), bytesToJS(nonce), bytesToJS(sealed), bytesToJS(aad))
	switch {
	case err != nil:
		return nil, err
	case v.IsNull():
		return nil, format.ErrNotAuthentic
	}
	return bytesFromJS(v), nil
}

// bytesToJS copies b into a new Uint8Array.
func bytesToJS(b []byte) js.Value {
	u8 := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(u8, b)
	return u8
}

// bytesFromJS copies a Uint8Array into Go.
func bytesFromJS(u8 js.Value) []byte {
	b := make([]byte, u8.Length())
	js.CopyBytesToGo(b, u8)
	return b
}
