// Package jsonw writes and reads JSON as encoding/json does, byte for byte,
// without reflection, so that the page's WebAssembly links no reflect: the
// values encoding/json.Marshal writes for strings and numbers, a Writer,
// Indent, and a pull Decoder. The analyzer's generated report encoder and
// decoder (analyzer/report_json.go) and the page's few other types are
// written with them; internal/minijson shares the Scanner.
package jsonw

import (
	"errors"
	"math"
	"math/bits"
	"strconv"
	"unicode/utf8"
)

const hex = "0123456789abcdef"

// safe marks the ASCII bytes a JSON string holds as they are: not a control
// character, a quote or a backslash, nor the HTML-sensitive <, > and &.
var safe = func() (s [utf8.RuneSelf]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		s[b] = b != '"' && b != '\\' && b != '<' && b != '>' && b != '&'
	}
	return s
}()

// AppendString appends s as a JSON string, escaped as encoding/json does:
// quotes, backslashes and control characters, the HTML-sensitive <, > and &,
// U+2028 and U+2029, and invalid UTF-8 as U+FFFD. plainPrefix finds each
// byte that needs a look, eight bytes at a time, where it is, so that no
// byte is read twice.
func AppendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start, i := 0, 0
	for {
		i += plainPrefix(s[i:])
		if i >= len(s) {
			break
		}
		if b := s[i]; b < utf8.RuneSelf {
			if safe[b] {
				i++ // never: plainPrefix stops only at a byte to escape
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '"', '\\':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// plainPrefix returns how many bytes at the start of s need no escape and
// are ASCII: the place of the first that needs a look, or len(s). It tests
// eight bytes at once: x|4 is '&' only for " and &, x|2 is '>' only for <
// and >, and a byte that is zero in q, b or a (it borrows into its high
// bit), below 0x20 (the same) or from 0x80 is one to escape or look at.
// The lowest byte the test marks is the first (a borrow runs only upward,
// from a byte marked rightly); a byte's high bit, from x or a borrow, marks
// it, so that no mask of ^x is needed. The last bytes, fewer than eight,
// go one at a time.
func plainPrefix(s string) int {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i <= len(s)-8; i += 8 { // (so written, s[i:i+8] needs no bounds test)
		g := s[i : i+8]
		x := uint64(g[0]) | uint64(g[1])<<8 | uint64(g[2])<<16 | uint64(g[3])<<24 |
			uint64(g[4])<<32 | uint64(g[5])<<40 | uint64(g[6])<<48 | uint64(g[7])<<56
		q, b, a := x|4*lo^'&'*lo, x^'\\'*lo, x|2*lo^'>'*lo
		if m := (x | (x - 0x20*lo) | (q - lo) | (b - lo) | (a - lo)) & hi; m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for ; i < len(s) && s[i] < utf8.RuneSelf && safe[s[i]]; i++ {
	}
	return i
}

// ErrFloat is the error for a float that JSON cannot hold (NaN, ±Inf), as
// encoding/json refuses it.
var ErrFloat = errors.New("json: unsupported value: a float that is not finite")

// AppendFloat appends f as encoding/json writes a float64: the shortest
// decimal that reads back as f, in exponent form below 1e-6 and from 1e21.
// It returns ErrFloat, and dst as it was, for NaN and ±Inf.
func AppendFloat(dst []byte, f float64) ([]byte, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return dst, ErrFloat
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' { // e-09 as e-9
		n := len(dst)
		if n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst, nil
}
