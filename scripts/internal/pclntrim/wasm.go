package pclntrim

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/policylens/policylens/scripts/internal/wasmbin"
)

const (
	sectionData      = 11
	sectionDataCount = 12
)

// module is a WebAssembly module cut into its sections, with the data
// section's segments read.
type module struct {
	sections []section
	segments []segment
}

type section struct {
	id      byte
	payload []byte
}

type segment struct {
	offset uint64
	data   []byte
}

func parseModule(b []byte) (*module, error) {
	if len(b) < 8 || !bytes.Equal(b[:4], []byte("\x00asm")) {
		return nil, errors.New("not a WebAssembly module")
	}
	m := &module{}
	r := wasmbin.Reader{B: b[8:]}
	for len(r.B) > 0 {
		id := r.Byte()
		n := r.Uleb()
		payload := r.Bytes(n)
		if r.Err != nil {
			return nil, r.Err
		}
		m.sections = append(m.sections, section{id, payload})
		if id != sectionData {
			continue
		}
		d := wasmbin.Reader{B: payload}
		for n := d.Uleb(); n > 0 && d.Err == nil; n-- {
			if flags := d.Uleb(); flags != 0 {
				return nil, fmt.Errorf("data segment with flags %d: only active segments of memory 0 are handled", flags)
			}
			if op := d.Byte(); op != 0x41 { // i32.const
				return nil, fmt.Errorf("data segment offset opcode %#x: only i32.const is handled", op)
			}
			off := d.Sleb()
			if end := d.Byte(); end != 0x0b {
				return nil, fmt.Errorf("data segment offset: %#x where end was expected", end)
			}
			data := d.Bytes(d.Uleb())
			if off < 0 {
				return nil, fmt.Errorf("data segment at negative offset %d", off)
			}
			m.segments = append(m.segments, segment{uint64(off), data})
		}
		if d.Err != nil {
			return nil, d.Err
		}
		if len(d.B) != 0 {
			return nil, errors.New("data section: bytes after the segments")
		}
	}
	if r.Err != nil {
		return nil, r.Err
	}
	if len(m.segments) == 0 {
		return nil, errors.New("no data segments")
	}
	return m, nil
}

// memory returns linear memory from 0 to the end of the last segment, as
// the segments initialise it.
func (m *module) memory() memory {
	end := uint64(0)
	for _, s := range m.segments {
		end = max(end, s.offset+uint64(len(s.data)))
	}
	mem := make(memory, end)
	for _, s := range m.segments {
		copy(mem[s.offset:], s.data)
	}
	return mem
}

// maxSegments is the linker's cap (cmd/link/internal/wasm: "A higher number
// of segments gets rejected by some WebAssembly runtimes").
const maxSegments = 100000

// segmentGap is the shortest run of zero bytes that ends a data segment.
// The linker cuts at 8 (a segment's header takes about as many bytes as
// that), which suits the raw file; compressed, a run of zeros costs next to
// nothing while each header's offset costs bytes, and the trimmed tables
// leave tens of thousands of short runs (findfunctab's buckets of 20 bytes
// alone, mostly zero in WebAssembly, made about 40,000 segments). At 64 the
// page's WASM went from 57,626 segments to 2,107: 946.2 -> 884.7 KB brotli,
// 1,309.9 -> 1,206.9 KB gzip, 4,811.5 -> 5,351.0 KB raw (6 December 2026;
// 32 gave 886.7 KB brotli, 256 gave 881.3 at 5,543 KB raw). At 4,096 (7
// December) the 2,067 segments left were 3: the headers' offsets, which
// change with every layout, were the part of the data section that moved
// its compressed size by 2 KB from build to build; the page's WASM
// 886.4 -> 884.2 and 889.2 -> 884.5 KB brotli (two builds), 1,201.3 ->
// 1,194.8 KB gzip, 5,385 -> 5,728 KB raw (the zeros inside segments).
const segmentGap = 4096

// rewrite returns the module with its data section replaced by segments
// of mem cut where a run of segmentGap or more zero bytes lies, and the
// number of segments.
func (m *module) rewrite(mem memory) ([]byte, int, error) {
	start := m.segments[0].offset
	for _, s := range m.segments {
		start = min(start, s.offset)
	}
	var segs []segment
	data, off := mem[start:], start
	for len(data) > 0 {
		for len(data) > 0 && data[0] == 0 {
			data, off = data[1:], off+1
		}
		if len(data) == 0 {
			break
		}
		end, zeroEnd := 0, 0
		for {
			for end < len(data) && data[end] != 0 {
				end++
			}
			zeroEnd = end
			for zeroEnd < len(data) && data[zeroEnd] == 0 {
				zeroEnd++
			}
			if zeroEnd-end >= segmentGap || zeroEnd == len(data) {
				break
			}
			end = zeroEnd
		}
		segs = append(segs, segment{off, data[:end]})
		data, off = data[zeroEnd:], off+uint64(zeroEnd)
	}
	if len(segs) > maxSegments {
		return nil, len(segs), fmt.Errorf("%d data segments: more than the %d some runtimes take", len(segs), maxSegments)
	}
	var sec []byte
	sec = appendUleb(sec, uint64(len(segs)))
	for _, s := range segs {
		sec = appendUleb(sec, 0)
		sec = append(sec, 0x41)
		sec = appendSleb(sec, int64(s.offset))
		sec = append(sec, 0x0b)
		sec = appendUleb(sec, uint64(len(s.data)))
		sec = append(sec, s.data...)
	}
	out := []byte("\x00asm\x01\x00\x00\x00")
	for _, s := range m.sections {
		payload := s.payload
		switch s.id {
		case sectionData:
			payload = sec
		case sectionDataCount:
			payload = appendUleb(nil, uint64(len(segs)))
		}
		out = append(out, s.id)
		out = appendUleb(out, uint64(len(payload)))
		out = append(out, payload...)
	}
	return out, len(segs), nil
}

func appendUleb(b []byte, v uint64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v != 0 {
			b = append(b, c|0x80)
			continue
		}
		return append(b, c)
	}
}

func appendSleb(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 && c&0x40 == 0 || v == -1 && c&0x40 != 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
