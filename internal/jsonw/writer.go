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

// Int appends n. The offsets of a report, most of its numbers, take two
// digits a step here, fewer instructions than strconv's general path.
//
//go:noinline
func (w *Writer) Int(n int) {
	if uint(n) >= 1e9 { // negative, or ten digits and more
		w.B = strconv.AppendInt(w.B, int64(n), 10)
		return
	}
	u := uint32(n)
	// Its digits: about log10 from its bits, then one comparison.
	k := bits.Len32(u|1) * 1233 >> 12
	if u|1 >= pow10[k] {
		k++
	}
	// The digits go straight into B, two at a time, not through a buffer
	// and a copy.
	l := len(w.B)
	if cap(w.B)-l < k {
		w.B = append(w.B, "000000000"[:k]...)
	}
	b := w.B[l : l+k]
	for k >= 2 {
		q := u / 100
		binary.LittleEndian.PutUint16(b[k-2:], digitPairs[u%100])
		u, k = q, k-2
	}
	if k == 1 {
		b[0] = byte('0' + u)
	}
	w.B = w.B[:l+len(b)]
}

// pow10 are the powers of ten up to 10^9.
var pow10 = [...]uint32{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9}

// digitPairs are the two digits of 00 to 99, each as the two bytes of a
// little-endian uint16.
var digitPairs = func() (t [100]uint16) {
	for i := range t {
		t[i] = uint16('0'+i/10) | uint16('0'+i%10)<<8
	}
	return t
}()

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
