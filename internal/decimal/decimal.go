// Package decimal reads decimal integers as strconv.Atoi does, without
// strconv's parsers and their error values, whose messages quote the input
// with strconv's tables of printable characters: the page's WebAssembly
// links neither (with strconv.ParseFloat, which internal/jsonw leaves to the
// browser there, they cost it 12 KiB brotli); and writes them for people, as
// every report (command line, Markdown, the page) writes a count.
package decimal

import (
	"math/bits"
	"strconv"
)

// Atoi returns what strconv.Atoi returns for s (a base 10 integer with an
// optional sign), with true where strconv.Atoi returns no error: 0 and false
// for no digits or another character, the largest or smallest int and false
// for a value beyond them.
func Atoi(s string) (int, bool) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg, s = s[0] == '-', s[1:]
	}
	if s == "" {
		return 0, false
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		c := uint64(s[i] - '0')
		if c > 9 {
			return 0, false
		}
		if n > (1<<64-1-c)/10 { // beyond uint64, where strconv stops reading
			n = 1<<64 - 1
			break
		}
		n = n*10 + c
	}
	cutoff := uint64(1) << (bits.UintSize - 1)
	switch {
	case !neg && n >= cutoff:
		return int(cutoff - 1), false
	case neg && n > cutoff:
		return -int(cutoff-1) - 1, false
	case neg:
		return -int(n), true
	}
	return int(n), true
}

// Thousands writes n in base 10 with commas between groups of three digits:
// "8,158", "20,000", "-1,234", "999".
func Thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
