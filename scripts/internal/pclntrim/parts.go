package pclntrim

import "fmt"

// Part is a named range of a module's linear memory, as its data segments
// set it.
type Part struct {
	Name  string
	Bytes []byte
}

// Offsets in runtime.moduledata of Go 1.26 of the bounds Parts reads
// (after the pcHeader pointer and six slices: findfunctab, minpc, maxpc,
// text, etext, noptrdata, enoptrdata, data, edata, ..., rodata, gofunc,
// epclntab).
const (
	mdFindfunctab = 8 + 6*24
	mdNoptrdata   = mdFindfunctab + 5*8
	mdData        = mdNoptrdata + 2*8
	mdRodata      = mdGofunc - 8
	mdEpclntab    = mdGofunc + 8
)

// Parts cuts the linear memory of a js/wasm module built by Go 1.26 where
// runtime.moduledata says its parts begin and end: the read-only data
// (type descriptors, strings, tables), the pclntab's function names, pc
// tables and function table, the funcdata (go:func.*), findfunctab,
// noptrdata and data, in that order, and the rest (the pclntab's header,
// cutab and filetab, typelinks and itablinks) last. For `make size`.
func Parts(wasm []byte) ([]Part, error) {
	m, err := parseModule(wasm)
	if err != nil {
		return nil, err
	}
	mem := m.memory()
	hdr, err := findHeader(mem)
	if err != nil {
		return nil, err
	}
	md, err := findModuledata(mem, hdr)
	if err != nil {
		return nil, err
	}
	u := func(o uint64) uint64 { return mem.u64(md + o) }
	tab := func(o, size uint64) (uint64, uint64) {
		p, n := mem.slice(md + o)
		return p, p + n*size
	}
	type span struct {
		name     string
		from, to uint64
	}
	start := u(mdRodata)
	spans := []span{{"read-only data (types, strings, tables)", start, hdr}}
	for _, s := range []struct {
		name string
		off  uint64
		size uint64
	}{
		{"function names (funcnametab)", mdFuncnametab, 1},
		{"pc tables (pctab)", mdPctab, 1},
		{"function table (ftab, _func)", mdPclntable, 1},
	} {
		from, to := tab(s.off, s.size)
		spans = append(spans, span{s.name, from, to})
	}
	spans = append(spans,
		span{"funcdata (go:func.*)", u(mdGofunc), u(mdFindfunctab)},
		span{"findfunctab", u(mdFindfunctab), u(mdEpclntab)},
		span{"noptrdata", u(mdNoptrdata), u(mdNoptrdata + 8)},
		span{"data", u(mdData), min(u(mdData+8), uint64(len(mem)))},
	)
	var parts []Part
	var rest []byte
	at := start
	for _, s := range spans {
		if s.from < at || s.to < s.from || s.to > uint64(len(mem)) {
			return nil, fmt.Errorf("%s at %#x-%#x: not after %#x within memory (%#x)", s.name, s.from, s.to, at, len(mem))
		}
		rest = append(rest, mem[at:s.from]...)
		parts = append(parts, Part{s.name, mem[s.from:s.to]})
		at = s.to
	}
	rest = append(rest, mem[at:]...)
	return append(parts, Part{"the rest (pclntab header, cutab, filetab, typelinks, itablinks)", rest}), nil
}
