package jsonw

import (
	"encoding/binary"
	"math/bits"
	"strconv"
)

// Writer appends JSON to B piece by piece, as encoding/json writes it. Its
// methods are calls rather than appends written out at each use, which in
// WebAssembly cost several times the code.
type Writer struct {
	B     []byte
	Err   error              // the first float that JSON cannot hold (ErrFloat)
	plain [plainSlots]string // strings String wrote as they are, by length (see String)
}

// plainSlots is how many strings that need no escape a Writer remembers.
const plainSlots = 1024

// Raw appends s as it is: punctuation and object keys.
//
//go:noinline
func (w *Writer) Raw(s string) { w.B = append(w.B, s...) }

// Byte appends c as it is.
//
//go:noinline
func (w *Writer) Byte(c byte) { w.B = append(w.B, c) }

// Int appends n. The offsets of a report, most of its numbers, are below
// 10^8: their eight digits are worked out side by side in one uint64 and
// stored at once, fewer instructions than strconv's general path. The
// number is split into lanes, halving them twice: two lanes of four digits
// (32 bits each), four of two (16 bits), eight of one (a byte), the highest
// digits in the lowest lanes, which are the first bytes of a little-endian
// store. A quotient is a multiplication and a shift that is exact over the
// lane's range (x/100 is x*5243>>19 for x < 10^4, x/10 is x*103>>10 for
// x < 100), and no lane's product reaches the next.
//
//go:noinline
func (w *Writer) Int(n int) {
	if uint(n) >= 1e8 { // negative, or nine digits and more
		w.B = strconv.AppendInt(w.B, int64(n), 10)
		return
	}
	u := uint64(n)
	hi := u / 1e4
	x := hi | (u-hi*1e4)<<32
	q := x * 5243 >> 19 & 0x0000007f_0000007f
	x = q | (x-q*100)<<16
	q = x * 103 >> 10 & 0x000f000f_000f000f
	x = q | (x-q*10)<<8
	// Leading zeros are the low zero bytes; the last digit always counts.
	z := bits.TrailingZeros64(x|1<<56) >> 3
	b := w.B
	l := len(b)
	if cap(b)-l < 8 {
		b = append(b, "00000000"...)[:l]
	}
	binary.LittleEndian.PutUint64(b[l:l+8], (x+0x30303030_30303030)>>(8*z))
	w.B = b[:l+8-z]
}

// String appends s as a JSON string (see KeyString).
func (w *Writer) String(s string) { w.KeyString("", s) }

// KeyString appends key (an object key and its colon, with the punctuation
// before it) and s as a JSON string: the two in one call. A string that
// needed no escape is remembered in a slot by its length and last byte, so
// that the same string again (a rule's name or explanation, written for
// each of its findings) is copied without being read for escapes: comparing
// it with the slot's string is quick, the more so when both are the same
// string.
//
//go:noinline
func (w *Writer) KeyString(key, s string) {
	w.B = append(w.B, key...)
	if len(s) == 0 {
		w.B = append(w.B, `""`...)
		return
	}
	p := &w.plain[(len(s)*8^int(s[len(s)-1])^int(s[len(s)/2])<<4)&(plainSlots-1)]
	if len(s) == len(*p) && s == *p {
		w.B = append(append(append(w.B, '"'), s...), '"')
		return
	}
	n := len(w.B)
	w.B = AppendString(w.B, s)
	if len(w.B)-n == len(s)+2 { // an escape is always longer than what it escapes
		*p = s
	}
}

// KeyInt appends key and n (see KeyString).
//
//go:noinline
func (w *Writer) KeyInt(key string, n int) {
	w.B = append(w.B, key...)
	w.Int(n)
}

// KeyBool appends key and v (see KeyString).
//
//go:noinline
func (w *Writer) KeyBool(key string, v bool) {
	w.B = append(w.B, key...)
	if v {
		w.B = append(w.B, "true"...)
	} else {
		w.B = append(w.B, "false"...)
	}
}

// Bool appends true or false.
//
//go:noinline
func (w *Writer) Bool(v bool) { w.B = strconv.AppendBool(w.B, v) }

// Float appends f (see AppendFloat); NaN and ±Inf set Err.
func (w *Writer) Float(f float64) {
	var err error
	if w.B, err = AppendFloat(w.B, f); err != nil && w.Err == nil {
		w.Err = err
	}
}

// Ints appends v as an array of numbers, null when nil.
func (w *Writer) Ints(v []int) {
	if w.Null(v == nil) {
		return
	}
	for i, x := range v {
		w.Sep(i)
		w.Int(x)
	}
	w.Byte(']')
}

// Floats appends v as an array of numbers, null when nil (see Float).
func (w *Writer) Floats(v []float64) {
	if w.Null(v == nil) {
		return
	}
	for i, x := range v {
		w.Sep(i)
		w.Float(x)
	}
	w.Byte(']')
}

// Strings appends v as an array of strings, null when nil.
func (w *Writer) Strings(v []string) {
	if w.Null(v == nil) {
		return
	}
	for i, x := range v {
		w.Sep(i)
		w.String(x)
	}
	w.Byte(']')
}

// Null begins an array: null when nil (and it reports true), else '['.
//
//go:noinline
func (w *Writer) Null(isNil bool) bool {
	if isNil {
		w.Raw("null")
	} else {
		w.Byte('[')
	}
	return isNil
}

// Sep appends the comma before the element of index i > 0 of an array.
//
//go:noinline
func (w *Writer) Sep(i int) {
	if i > 0 {
		w.B = append(w.B, ',')
	}
}
