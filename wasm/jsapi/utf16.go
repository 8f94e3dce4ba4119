package jsapi

import (
	"unicode/utf8"
)

// checkpointEvery is how many bytes apart Index stores a precomputed UTF-16
// offset; a lookup scans at most this many bytes.
const checkpointEvery = 256

// Index converts byte offsets into a string to UTF-16 code unit offsets in
// the same string as JavaScript sees it. Build one with NewIndex. Lookups
// scan at most checkpointEvery bytes and do not allocate; ASCII-only text
// (the common case) converts in O(1).
type Index struct {
	s      string
	ascii  bool
	points []checkpoint // points[k] is the first rune start at or after k*checkpointEvery
}

type checkpoint struct {
	pos   int // byte offset of a rune start
	units int // UTF-16 length of s[:pos]
}

// NewIndex builds an Index for s.
func NewIndex(s string) *Index {
	x := &Index{s: s, ascii: true}
	i := ascii8(s, 0, len(s))
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return x
	}
	x.ascii = false
	x.points = make([]checkpoint, 0, len(s)/checkpointEvery+1)
	// s[:i] is ASCII: a unit a byte.
	next := 0
	for ; next <= i; next += checkpointEvery {
		x.points = append(x.points, checkpoint{next, next})
	}
	units := i
	for i < len(s) {
		for next <= i {
			x.points = append(x.points, checkpoint{i, units})
			next += checkpointEvery
		}
		if s[i] < utf8.RuneSelf {
			if j := ascii8(s, i, min(next, len(s))); j > i {
				units, i = units+j-i, j
			} else {
				units, i = units+1, i+1
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		units += runeUnits(r)
		i += w
	}
	return x
}

// ascii8 returns where the run of ASCII from i on ends, read eight bytes at
// a time up to end: ASCII bytes may follow it (fewer than eight before end,
// or before a byte beyond ASCII), which the callers read one at a time.
func ascii8(s string, i, end int) int {
	for ; i+8 <= end; i += 8 {
		w := s[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		if x&0x8080808080808080 != 0 {
			break
		}
	}
	return i
}

// runeUnits is the number of UTF-16 code units that encode r. Invalid UTF-8
// decodes to U+FFFD, one unit.
func runeUnits(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// UTF16 returns the UTF-16 offset of byte offset b. Offsets are clamped to
// [0, len(s)]. An offset inside a multi-byte rune maps to the start of that
// rune, so a span never splits a surrogate pair.
func (x *Index) UTF16(b int) int {
	if b <= 0 {
		return 0
	}
	if b > len(x.s) {
		b = len(x.s)
	}
	if x.ascii {
		return b
	}
	k := min(b/checkpointEvery, len(x.points)-1)
	if x.points[k].pos > b {
		k-- // b is inside the rune that straddles checkpoint k
	}
	_, units := scan(x.s, x.points[k].pos, x.points[k].units, b)
	return units
}

// scan counts the UTF-16 units of s from byte i (a rune start, units before
// it) up to byte b, stopping at the start of a rune that b is inside. It
// returns where it stopped and the units before that.
func scan(s string, i, units, b int) (int, int) {
	for i < b {
		if s[i] < utf8.RuneSelf {
			if j := ascii8(s, i, b); j > i {
				units, i = units+j-i, j
			} else {
				units, i = units+1, i+1
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if i+w > b {
			break
		}
		units += runeUnits(r)
		i += w
	}
	return i, units
}

// Cursor converts byte offsets that do not decrease, such as the ends of a
// text's segments in order, scanning each byte once in all; an offset
// before the last falls back to the Index. Get one from Index.Cursor.
type Cursor struct {
	x     *Index
	pos   int // a rune start at or before the last offset converted
	units int // UTF-16 length of s[:pos]
}

// Cursor returns a Cursor at the start of the text.
func (x *Index) Cursor() Cursor { return Cursor{x: x} }

// UTF16 returns the UTF-16 offset of byte offset b, as Index.UTF16 does.
func (c *Cursor) UTF16(b int) int {
	x := c.x
	if x.ascii || b < c.pos {
		return x.UTF16(b)
	}
	if b > len(x.s) {
		b = len(x.s)
	}
	i, units := c.pos, c.units
	if k := min(b/checkpointEvery, len(x.points)-1); k >= 0 && x.points[k].pos > i && x.points[k].pos <= b {
		i, units = x.points[k].pos, x.points[k].units // far ahead: from the checkpoint
	}
	c.pos, c.units = scan(x.s, i, units, b)
	return c.units
}
