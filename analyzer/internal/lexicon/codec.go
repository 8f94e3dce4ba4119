package lexicon

import (
	"errors"
	"strconv"

	"github.com/policylens/policylens/analyzer/internal/text"
)

// tablesFormat is the version of the binary form of Tables; it changes with
// the fields that codec.tables reads and writes, so that old bytes are
// refused rather than misread.
const tablesFormat = 8

// bitsAbove is the number of one-token alternatives above which a slot also
// keeps them as a bit set, tested in one step.
const bitsAbove = 6

// Encode returns the binary form of the tables: compact (numbers as
// varints, offsets as differences, no pointers, nothing that follows from
// the rest), for a program to carry them as a few kilobytes and read them
// when it starts with Decode.
func (t *Tables) Encode() []byte {
	c := codec{}
	c.tables(t)
	return c.out
}

// Decode reads tables that Encode wrote. Their strings share the memory of
// data. Nothing is compiled: what Encode leaves out because it follows from
// the rest (the offsets of the slots' alternatives, their bit sets, the
// patterns' index by first tokens and pairs, the vocabulary's hash table)
// is laid out again as CompileRules lays it out.
func Decode(data string) (*Tables, error) {
	c := codec{in: data, reading: true}
	t := &Tables{}
	c.tables(t)
	if c.err == nil && c.in != "" {
		c.err = errors.New("trailing bytes")
	}
	if c.err == nil {
		c.err = t.layOut()
	}
	if c.err != nil {
		return nil, errors.New("lexicon: the binary tables are not of this version of the analyzer: " + c.err.Error())
	}
	return t, nil
}

// layOut works out what Encode leaves out: where each slot's alternatives
// are in IDs (one-token ones, then each longer one as its length and its
// ids), the slots' bit sets, masks and index of longer alternatives, which
// patterns can start at a token (indexPatterns), and the vocabulary's hash
// table.
func (t *Tables) layOut() error {
	n := int32(len(t.Words.Ends)) // token ids
	bad := func(id int32) bool { return id < 0 || id >= n }
	at := int32(0)
	for k := range t.Slots {
		s := &t.Slots[k]
		s.Single, s.Bits = at, -1
		at += s.NSingle
		if at > int32(len(t.IDs)) {
			return errors.New("slots beyond their ids")
		}
		if s.NSingle == 1 {
			s.ID = t.IDs[s.Single]
		}
		s.Multi = at
		for _, id := range t.IDs[s.Single:at] {
			if bad(id) {
				return errors.New("an id beyond the vocabulary")
			}
		}
		for range s.NMulti {
			if at >= int32(len(t.IDs)) || t.IDs[at] < 2 || at+1+t.IDs[at] > int32(len(t.IDs)) {
				return errors.New("slots beyond their ids")
			}
			if bad(t.IDs[at+1]) || bad(t.IDs[at+2]) {
				return errors.New("an id beyond the vocabulary")
			}
			at += 1 + t.IDs[at]
		}
		if s.NSingle > bitsAbove {
			s.Bits = int32(len(t.Bits))
			t.Bits = append(t.Bits, make([]uint64, t.BitWords)...)
			for _, id := range t.IDs[s.Single : s.Single+s.NSingle] {
				if id < 0 || id>>6 >= t.BitWords {
					return errors.New("an id beyond the vocabulary")
				}
				t.Bits[s.Bits+id>>6] |= 1 << (uint(id) & 63)
			}
		}
	}
	for _, p := range t.Patterns {
		if p.Slot < 0 || p.NSlots < 1 || p.Slot+p.NSlots > int32(len(t.Slots)) {
			return errors.New("patterns beyond their slots")
		}
	}
	t.indexSlots()
	t.indexPatterns(int(n))
	t.indexAbbreviations()
	if err := t.Words.Index(); err != nil {
		return err
	}
	t.indexExact()
	return nil
}

// codec writes the fields of Tables in one fixed order, or reads them back
// in the same order: the two directions share every line, so they cannot
// drift apart.
type codec struct {
	out     []byte
	in      string
	reading bool
	err     error
}

// tables reads or writes t.
func (c *codec) tables(t *Tables) {
	format := int32(tablesFormat)
	c.int(&format)
	if format != tablesFormat && c.err == nil {
		c.err = errors.New("format " + strconv.Itoa(int(format)))
	}
	structs(c, &t.Entries, c.entry)
	c.vocab(&t.Words)
	var prev Pattern
	structs(c, &t.Patterns, func(p *Pattern) {
		c.delta(&p.Slot, &prev.Slot)
		c.int(&p.NSlots)
		c.int(&p.Entry)
		c.bools(&p.Weak, &p.Opens, &p.Word, &p.Plain)
	})
	structs(c, &t.Slots, func(s *Slot) {
		c.int(&s.NSingle)
		c.int(&s.NMulti)
		c.bools(&s.Optional, &s.Comma, &s.Name)
	})
	ints(c, &t.IDs, false)
	c.int(&t.BitWords)
	c.int(&t.MaxLen)
	structs(c, &t.WordSets, func(w *WordBits) {
		for i := range w {
			c.uint(&w[i])
		}
	})
	structs(c, &t.Grammar, func(g *GrammarBits) {
		for i := range g {
			c.uint(&g[i])
		}
	})
	for g := range t.GWords {
		structs(c, &t.GWords[g], c.str)
	}
	for r := range t.Refs {
		c.int(&t.Refs[r])
	}
}

func (c *codec) entry(e *Entry) {
	for _, s := range []*string{&e.Class, &e.ID, &e.Name, &e.Group, &e.Category, &e.Explanation, &e.Rule, &e.LowerName} {
		c.str(s)
	}
	for i := range e.Explained {
		c.str(&e.Explained[i])
	}
	c.bools(&e.Sensitive, &e.Vague, &e.Choice, &e.Collects, &e.Targeted)
	c.int(&e.Idx)
	cls, grp, cat, prio, side := int32(e.Cls), int32(e.Grp), int32(e.Cat), int32(e.Prio), int32(e.Side)
	c.int(&cls)
	c.int(&grp)
	c.int(&cat)
	c.int(&prio)
	c.int(&side)
	e.Cls, e.Grp, e.Cat, e.Prio, e.Side = class(cls), DataGroup(grp), Category(cat), int8(prio), int8(side)
}

func (c *codec) vocab(v *text.VocabTable) {
	ints(c, &v.Ends, true)
	c.str(&v.Words)
}

// structs reads or writes a slice, its length first, each element with f.
func structs[T any](c *codec, p *[]T, f func(*T)) {
	n := uint64(len(*p))
	c.uint(&n)
	if c.reading {
		if c.err != nil || n > uint64(len(c.in)) { // every element takes a byte at least
			c.fail()
			return
		}
		*p = make([]T, n)
	}
	for i := range *p {
		f(&(*p)[i])
	}
}

// ints reads or writes a slice of integers; with delta, each as its
// difference from the one before (offsets that grow).
func ints[T int32 | uint16 | uint32 | uint64](c *codec, p *[]T, delta bool) {
	n := uint64(len(*p))
	c.uint(&n)
	if c.reading {
		if c.err != nil || n > uint64(len(c.in)) { // every number takes a byte at least
			c.fail()
			return
		}
		*p = make([]T, n)
	}
	var zero T
	_, isU64 := any(zero).(uint64) // bit sets: as they are, not zigzagged
	if c.reading {
		readInts(c, *p, delta, isU64)
		return
	}
	var prev int64
	for k := range *p {
		v := &(*p)[k]
		x := int64(*v)
		if delta {
			x -= prev
		}
		u := uint64(x<<1) ^ uint64(x>>63) // zigzag: small negatives stay small
		if isU64 {
			u = uint64(*v)
		}
		c.uint(&u)
		if c.reading {
			if isU64 {
				*v = T(u)
			} else {
				x = int64(u>>1) ^ -int64(u&1)
				if delta {
					x += prev
				}
				*v = T(x)
			}
		}
		prev = int64(*v)
	}
}

// readInts reads len(dst) numbers into dst as ints writes them (raw: as
// they are; else zigzagged, and with delta differences): the hot loop of
// Decode, reading its varints in place.
func readInts[T int32 | uint16 | uint32 | uint64](c *codec, dst []T, delta, raw bool) {
	in, pos := c.in, 0
	var prev int64
	for k := range dst {
		var u uint64
		for shift := uint(0); ; shift += 7 {
			if pos >= len(in) || shift > 63 {
				c.fail()
				return
			}
			b := in[pos]
			pos++
			u |= uint64(b&0x7f) << shift
			if b < 0x80 {
				break
			}
		}
		x := int64(u)
		if !raw {
			x = int64(u>>1) ^ -int64(u&1)
			if delta {
				x += prev
			}
		}
		dst[k] = T(x)
		prev = x
	}
	c.in = in[pos:]
}

// int reads or writes one int32 (zigzag varint).
func (c *codec) int(p *int32) {
	u := uint64(int64(*p)<<1) ^ uint64(int64(*p)>>63)
	c.uint(&u)
	if c.reading {
		*p = int32(int64(u>>1) ^ -int64(u&1))
	}
}

// delta reads or writes *p as its difference from *prev, and makes it prev.
func (c *codec) delta(p, prev *int32) {
	d := *p - *prev
	c.int(&d)
	if c.reading {
		*p = *prev + d
	}
	*prev = *p
}

// bools reads or writes up to eight flags as one byte.
func (c *codec) bools(ps ...*bool) {
	var b uint64
	for i, p := range ps {
		if *p {
			b |= 1 << i
		}
	}
	c.uint(&b)
	if c.reading {
		for i, p := range ps {
			*p = b&(1<<i) != 0
		}
	}
}

// str reads or writes a string: its length, then its bytes. A string read
// is a part of the input, not a copy.
func (c *codec) str(p *string) {
	n := uint64(len(*p))
	c.uint(&n)
	if !c.reading {
		c.out = append(c.out, *p...)
		return
	}
	if c.err != nil || n > uint64(len(c.in)) {
		c.fail()
		return
	}
	*p, c.in = c.in[:n], c.in[n:]
}

// uint reads or writes a varint.
func (c *codec) uint(p *uint64) {
	if !c.reading {
		v := *p
		for v >= 0x80 {
			c.out = append(c.out, byte(v)|0x80)
			v >>= 7
		}
		c.out = append(c.out, byte(v))
		return
	}
	var v uint64
	for shift := uint(0); ; shift += 7 {
		if c.err != nil || c.in == "" || shift > 63 {
			c.fail()
			return
		}
		b := c.in[0]
		c.in = c.in[1:]
		v |= uint64(b&0x7f) << shift
		if b < 0x80 {
			break
		}
	}
	*p = v
}

func (c *codec) fail() {
	if c.err == nil {
		c.err = errors.New("truncated or malformed")
	}
	c.in = ""
}
