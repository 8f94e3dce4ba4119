// Package pclntrim shrinks the Go symbol tables inside a js/wasm binary
// built by Go 1.26: it rewrites, after linking, the parts of the pclntab
// that only a traceback (or a profiler, or runtime.CallersFrames) reads, so
// that they take no bytes once compressed:
//
//   - every function's pc->line and pc->file tables (_func.pcln, .pcfile)
//     become "no table" (offset 0), which the runtime reads as file "?",
//     line 0; the per-unit file tables (cutab, filetab), each function's
//     cuOffset and startLine go to zero;
//   - the inlining trees (FUNCDATA_InlTree, PCDATA_InlTreeIndex) go, so a
//     stack shows no inlined frames, and the names only they used;
//   - the argument metadata a traceback prints (FUNCDATA_ArgInfo,
//     FUNCDATA_ArgLiveInfo, PCDATA_ArgLiveIndex) goes.
//
// The bytes no remaining table refers to become zero, and the data segments
// are cut anew around the longer zero runs (segmentGap), so that brotli
// drops them. What the runtime needs outside tracebacks
// stays byte for byte: the pc->sp tables, the stack maps and the unsafe-point
// and panic-bounds tables, the pointer maps and the other funcdata the GC and
// stack growth read, the function names (panicwrap and the reflect stubs'
// frames read them), funcID and flags.
//
// Why that is safe, read from the runtime of Go 1.26: pcvalue returns -1
// for a table at offset 0 before any check, so funcline1 gives "?", 0; the
// inline unwinder treats an index of -1 as "not inlined", and gorecover
// walks its frames with it, but a function that calls recover is never
// inlined, so the frames it counts are physical ones; cutab and filetab are
// read only by funcfile, after a valid pcfile value. The tables' extents
// come from the layout the linker writes (cmd/link/internal/ld/pcln.go):
// pctab is one pad byte then every distinct table back to back, and go:func.*
// every distinct funcdata back to back, so a table ends where the next
// distinct offset starts. Tables are shared between functions and even
// between kinds (equal contents are one symbol), so a byte goes to zero only
// if no kept table starts at its table's offset.
//
// Nothing that ships imports this package; scripts/build runs it on the
// page's WASM.
package pclntrim

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Supports reports whether Trim knows the layout of the toolchain whose
// `go env GOVERSION` is v: Go 1.26's. The magic number of the pclntab has
// not changed since Go 1.20 although the layout around it has, so a
// builder checks the version before trimming, and a new Go means reading
// runtime/runtime2.go's _func, runtime/symtab.go and
// cmd/link/internal/ld/pcln.go again, and running this package's tests.
func Supports(v string) bool {
	rest, ok := strings.CutPrefix(v, "go1.26")
	return ok && (rest == "" || rest[0] == '.' || strings.HasPrefix(rest, "rc"))
}

// Options chooses what Trim removes.
type Options struct {
	Lines  bool // pc->line and pc->file tables, cutab, filetab, cuOffset, startLine
	Inline bool // inlining trees and their indexes, and the names only they use
	Args   bool // the arguments' metadata that tracebacks print
}

// All removes everything the package knows to be for tracebacks only.
var All = Options{Lines: true, Inline: true, Args: true}

// Stats says what Trim found and zeroed, in bytes of linear memory.
type Stats struct {
	Funcs                         int
	LineTables, FileTables        int // pctab bytes zeroed, by kind (a table shared by two kinds counts once, under the first met)
	InlineIndexes                 int // pctab bytes of PCDATA_InlTreeIndex tables zeroed
	ArgLive                       int // pctab bytes of PCDATA_ArgLiveIndex tables zeroed
	FileTab, CUTab                int
	InlTrees, ArgInfo             int // go:func.* bytes zeroed
	Names                         int // funcnametab bytes zeroed
	SegmentsBefore, SegmentsAfter int
}

// Layout constants of Go 1.26 (runtime/runtime2.go _func, internal/abi).
const (
	magic    = 0xfffffff1
	funcSize = 11 * 4

	pcdataInlTreeIndex = 2
	pcdataArgLiveIndex = 3

	funcdataInlTree     = 3
	funcdataArgInfo     = 5
	funcdataArgLiveInfo = 6

	// offsets in _func
	offPcsp      = 16
	offPcfile    = 20
	offPcln      = 24
	offNpcdata   = 28
	offCuOffset  = 32
	offStartLine = 36
	offNfuncdata = 43

	// offsets in runtime.moduledata (64-bit pointers)
	mdFuncnametab = 8
	mdCutab       = 8 + 1*24
	mdFiletab     = 8 + 2*24
	mdPctab       = 8 + 3*24
	mdPclntable   = 8 + 4*24
	mdFtab        = 8 + 5*24
	mdGofunc      = 8 + 6*24 + 21*8
)

// Trim returns the module wasm with the traceback-only tables removed.
func Trim(wasm []byte, opt Options) ([]byte, Stats, error) {
	var st Stats
	m, err := parseModule(wasm)
	if err != nil {
		return nil, st, err
	}
	st.SegmentsBefore = len(m.segments)
	mem := m.memory()
	if err := trimMemory(mem, opt, &st); err != nil {
		return nil, st, err
	}
	out, n, err := m.rewrite(mem)
	st.SegmentsAfter = n
	return out, st, err
}

// memory is linear memory as the data segments initialise it.
type memory []byte

func (m memory) u32(a uint64) uint32 { return binary.LittleEndian.Uint32(m[a:]) }
func (m memory) u64(a uint64) uint64 { return binary.LittleEndian.Uint64(m[a:]) }
func (m memory) put32(a uint64, v uint32) {
	binary.LittleEndian.PutUint32(m[a:], v)
}
func (m memory) zero(from, to uint64) {
	clear(m[from:to])
}

// slice reads a Go slice header at a: its data address and length.
func (m memory) slice(a uint64) (ptr, n uint64) { return m.u64(a), m.u64(a + 8) }

func trimMemory(mem memory, opt Options, st *Stats) error {
	hdr, err := findHeader(mem)
	if err != nil {
		return err
	}
	if mem[hdr+6] != 1 || mem[hdr+7] != 8 {
		return fmt.Errorf("pcHeader at %#x: minLC %d, ptrSize %d: not js/wasm", hdr, mem[hdr+6], mem[hdr+7])
	}
	nfunc := mem.u64(hdr + 8)
	md, err := findModuledata(mem, hdr)
	if err != nil {
		return err
	}
	nametab, namelen := mem.slice(md + mdFuncnametab)
	cutab, cutablen := mem.slice(md + mdCutab)
	filetab, filetablen := mem.slice(md + mdFiletab)
	pctab, pctablen := mem.slice(md + mdPctab)
	pclntable, _ := mem.slice(md + mdPclntable)
	ftab, ftablen := mem.slice(md + mdFtab)
	gofunc := mem.u64(md + mdGofunc)
	for i, want := range []uint64{mem.u64(hdr + 32), mem.u64(hdr + 40), mem.u64(hdr + 48), mem.u64(hdr + 56), mem.u64(hdr + 64)} {
		got := []uint64{nametab, cutab, filetab, pctab, pclntable}[i]
		if got != hdr+want {
			return fmt.Errorf("moduledata at %#x disagrees with pcHeader at %#x (table %d)", md, hdr, i)
		}
	}
	if ftab != pclntable || ftablen != nfunc+1 {
		return fmt.Errorf("ftab %#x/%d, pclntable %#x, nfunc %d: unexpected layout", ftab, ftablen, pclntable, nfunc)
	}
	if gofunc == 0 || gofunc >= uint64(len(mem)) {
		return fmt.Errorf("go:func.* at %#x: outside memory", gofunc)
	}
	st.Funcs = int(nfunc)

	// Every function's _func, and the tables it refers to.
	type fn struct{ addr, npcdata, nfuncdata uint64 }
	funcs := make([]fn, nfunc)
	keptPC := map[uint32]bool{}    // pctab offsets of tables that stay
	dropPC := map[uint32]*int{}    // pctab offsets of tables that go, and the counter of their kind
	allPC := map[uint32]bool{}     // every pctab offset
	keptFD := map[uint32]bool{}    // go:func.* offsets that stay
	dropFD := map[uint32]*int{}    // go:func.* offsets that go
	allFD := map[uint32]bool{}     // every go:func.* offset
	funcNames := map[uint32]bool{} // funcnametab offsets of the functions' own names
	var inlTrees []uint32          // go:func.* offsets of the inlining trees
	for i := range funcs {
		off := mem.u32(ftab + uint64(i)*8 + 4)
		f := fn{addr: pclntable + uint64(off)}
		if f.addr+funcSize > uint64(len(mem)) {
			return fmt.Errorf("function %d at %#x: outside memory", i, f.addr)
		}
		f.npcdata = uint64(mem.u32(f.addr + offNpcdata))
		f.nfuncdata = uint64(mem[f.addr+offNfuncdata])
		funcs[i] = f
		funcNames[mem.u32(f.addr+4)] = true
		pc := func(o uint32, drop bool, kind *int) {
			if o == 0 {
				return
			}
			allPC[o] = true
			if drop {
				if dropPC[o] == nil {
					dropPC[o] = kind
				}
			} else {
				keptPC[o] = true
			}
		}
		pc(mem.u32(f.addr+offPcsp), false, nil)
		pc(mem.u32(f.addr+offPcfile), opt.Lines, &st.FileTables)
		pc(mem.u32(f.addr+offPcln), opt.Lines, &st.LineTables)
		for j := uint64(0); j < f.npcdata; j++ {
			o := mem.u32(f.addr + funcSize + 4*j)
			switch {
			case j == pcdataInlTreeIndex && opt.Inline:
				pc(o, true, &st.InlineIndexes)
			case j == pcdataArgLiveIndex && opt.Args:
				pc(o, true, &st.ArgLive)
			default:
				pc(o, false, nil)
			}
		}
		for j := uint64(0); j < f.nfuncdata; j++ {
			o := mem.u32(f.addr + funcSize + 4*f.npcdata + 4*j)
			if o == ^uint32(0) {
				continue
			}
			allFD[o] = true
			switch {
			case j == funcdataInlTree:
				inlTrees = append(inlTrees, o)
				if opt.Inline {
					dropFD[o] = &st.InlTrees
				} else {
					keptFD[o] = true
				}
			case (j == funcdataArgInfo || j == funcdataArgLiveInfo) && opt.Args:
				dropFD[o] = &st.ArgInfo
			default:
				keptFD[o] = true
			}
		}
	}

	// The extent of each table: up to the next distinct offset.
	pcEnds := ends(allPC, uint32(pctablen))
	fdEnds := ends(allFD, 0) // the last funcdata's end is unknown: 0, kept
	for o, end := range pcEnds {
		if end <= o || uint64(end) > pctablen {
			return fmt.Errorf("pctab table at %d ends at %d (pctab %d bytes)", o, end, pctablen)
		}
		// Each table must parse within its extent.
		n, err := tableLen(mem[pctab+uint64(o) : pctab+uint64(end)])
		if err != nil {
			return fmt.Errorf("pctab table at %d: %v", o, err)
		}
		if uint64(n) > uint64(end-o) {
			return fmt.Errorf("pctab table at %d: %d bytes past its extent %d", o, n, end-o)
		}
	}

	// Names only the inlining trees use (before the trees go).
	inlNames := map[uint32]bool{}
	if opt.Inline {
		for _, o := range inlTrees {
			end := fdEnds[o]
			if end == 0 {
				continue
			}
			for e := uint64(o); e+16 <= uint64(end); e += 16 {
				n := mem.u32(gofunc + e + 4)
				if uint64(n) >= namelen {
					return fmt.Errorf("inlining tree at %d: name offset %d past funcnametab (%d)", o, n, namelen)
				}
				if !funcNames[n] {
					inlNames[n] = true
				}
			}
		}
	}

	// Rewrite each _func.
	for _, f := range funcs {
		if opt.Lines {
			mem.put32(f.addr+offPcfile, 0)
			mem.put32(f.addr+offPcln, 0)
			mem.put32(f.addr+offCuOffset, 0)
			mem.put32(f.addr+offStartLine, 0)
		}
		for j := uint64(0); j < f.npcdata; j++ {
			if j == pcdataInlTreeIndex && opt.Inline || j == pcdataArgLiveIndex && opt.Args {
				mem.put32(f.addr+funcSize+4*j, 0)
			}
		}
		for j := uint64(0); j < f.nfuncdata; j++ {
			if j == funcdataInlTree && opt.Inline || (j == funcdataArgInfo || j == funcdataArgLiveInfo) && opt.Args {
				mem.put32(f.addr+funcSize+4*f.npcdata+4*j, ^uint32(0))
			}
		}
	}

	// Zero what no kept table uses.
	for o, kind := range dropPC {
		if keptPC[o] {
			continue
		}
		end := pcEnds[o]
		mem.zero(pctab+uint64(o), pctab+uint64(end))
		*kind += int(end - o)
	}
	for o, kind := range dropFD {
		if keptFD[o] || fdEnds[o] == 0 {
			continue
		}
		end := fdEnds[o]
		mem.zero(gofunc+uint64(o), gofunc+uint64(end))
		*kind += int(end - o)
	}
	if opt.Lines {
		mem.zero(cutab, cutab+4*cutablen)
		mem.zero(filetab, filetab+filetablen)
		st.CUTab, st.FileTab = int(4*cutablen), int(filetablen)
	}
	for o := range inlNames {
		a := nametab + uint64(o)
		end := a
		for end < nametab+namelen && mem[end] != 0 {
			end++
		}
		mem.zero(a, end)
		st.Names += int(end - a)
	}
	return nil
}

// ends maps each offset to the next larger one, the last to last.
func ends(offs map[uint32]bool, last uint32) map[uint32]uint32 {
	sorted := make([]uint32, 0, len(offs))
	for o := range offs {
		sorted = append(sorted, o)
	}
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	out := make(map[uint32]uint32, len(sorted))
	for i, o := range sorted {
		if i+1 < len(sorted) {
			out[o] = sorted[i+1]
		} else {
			out[o] = last
		}
	}
	return out
}

// tableLen returns the length of the pc-value table at the start of p, as
// runtime.step reads it: (value delta, pc delta) pairs of varints, ended by
// a zero value delta after the first pair.
func tableLen(p []byte) (int, error) {
	n := 0
	for first := true; ; first = false {
		v, k := uvarint(p[n:])
		if k == 0 {
			return 0, errors.New("truncated value delta")
		}
		n += k
		if v == 0 && !first {
			return n, nil
		}
		_, k = uvarint(p[n:])
		if k == 0 {
			return 0, errors.New("truncated pc delta")
		}
		n += k
	}
}

func uvarint(p []byte) (uint32, int) {
	var v uint32
	for i, shift := 0, 0; i < len(p) && i < 5; i, shift = i+1, shift+7 {
		v |= uint32(p[i]&0x7f) << shift
		if p[i] < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}

// findHeader finds runtime.pcheader: its magic, two zero bytes, at a
// pointer-aligned address; there must be one.
func findHeader(mem memory) (uint64, error) {
	found := uint64(0)
	n := 0
	for a := uint64(0); a+72 <= uint64(len(mem)); a += 8 {
		if mem.u32(a) == magic && mem[a+4] == 0 && mem[a+5] == 0 {
			found = a
			n++
		}
	}
	if n != 1 {
		return 0, fmt.Errorf("%d pclntab headers (magic %#x) in the data: want 1 (a Go 1.26 js/wasm build?)", n, magic)
	}
	return found, nil
}

// findModuledata finds runtime.firstmoduledata: the one pointer-aligned
// word that holds hdr followed by the funcnametab slice's pointer.
func findModuledata(mem memory, hdr uint64) (uint64, error) {
	name := hdr + mem.u64(hdr+32)
	found := uint64(0)
	n := 0
	for a := uint64(0); a+mdGofunc+8 <= uint64(len(mem)); a += 8 {
		if mem.u64(a) == hdr && mem.u64(a+8) == name {
			found = a
			n++
		}
	}
	if n != 1 {
		return 0, fmt.Errorf("%d moduledata candidates for pcHeader %#x: want 1", n, hdr)
	}
	return found, nil
}
