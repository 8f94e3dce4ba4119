// Package wasmbin reads the binary format WebAssembly modules are written
// in: LEB128 numbers, bytes and names, as their sections are made of. The
// build's size report and scripts/internal/pclntrim read modules with it;
// nothing that ships imports it.
package wasmbin

import "errors"

// ErrTruncated is the error of a Reader that ran out of bytes.
var ErrTruncated = errors.New("truncated WebAssembly module")

// Reader reads B from its start. After the first read past its end, Err is
// ErrTruncated, B is empty and every read returns zero.
type Reader struct {
	B   []byte
	Err error
}

func (r *Reader) fail() {
	if r.Err == nil {
		r.Err = ErrTruncated
	}
	r.B = nil
}

// Byte reads one byte.
func (r *Reader) Byte() byte {
	if len(r.B) == 0 {
		r.fail()
		return 0
	}
	c := r.B[0]
	r.B = r.B[1:]
	return c
}

// Bytes reads n bytes, sharing B's memory.
func (r *Reader) Bytes(n uint64) []byte {
	if n > uint64(len(r.B)) {
		r.fail()
		return nil
	}
	out := r.B[:n]
	r.B = r.B[n:]
	return out
}

// Uleb reads an unsigned LEB128 number of up to 64 bits.
func (r *Reader) Uleb() uint64 {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		c := r.Byte()
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
	r.fail()
	return 0
}

// Sleb reads a signed LEB128 number of up to 64 bits.
func (r *Reader) Sleb() int64 {
	var v int64
	shift := 0
	for shift < 64 {
		c := r.Byte()
		v |= int64(c&0x7f) << shift
		shift += 7
		if c < 0x80 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v
		}
	}
	r.fail()
	return 0
}

// Name reads a name: its length, then its bytes.
func (r *Reader) Name() string { return string(r.Bytes(r.Uleb())) }
