package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/policylens/policylens/scripts/internal/pclntrim"
	"github.com/policylens/policylens/scripts/internal/wasmbin"

	"github.com/andybalholm/brotli"
)

// printBreakdown prints where the page's WebAssembly goes: the code of each
// package (from a build that keeps the function names, which the shipped
// one strips; the code is the same), the data section, and the parts of
// linear memory it sets (pclntrim.Parts: zero runs included, which the
// segments leave out). Brotli figures
// are each part compressed alone: they overlap a little (what parts share
// compresses once in the whole file), but growth shows where it happens.
func printBreakdown(w io.Writer) error {
	m, err := pageWithNames(".")
	if err != nil {
		return err
	}
	code := map[string][]byte{} // package -> its functions' code, back to back
	for i, body := range m.bodies {
		pkg := packageOf(m.names[m.imports+i])
		code[pkg] = append(code[pkg], body...)
	}
	type row struct {
		pkg       string
		raw, comp int
	}
	var rows []row
	total := 0
	for pkg, b := range code {
		rows = append(rows, row{pkg, len(b), brotliSize(b)})
		total += len(b)
	}
	sort.Slice(rows, func(i, j int) bool {
		return rows[i].comp > rows[j].comp || rows[i].comp == rows[j].comp && rows[i].pkg < rows[j].pkg
	})
	fmt.Fprintf(w, "\nwasm/page by package: code of each package, the data section and the parts of memory it sets (brotli: each alone)\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "part\traw\tbrotli\t")
	const shown = 30
	var rest row
	for i, r := range rows {
		if i >= shown {
			rest.raw += r.raw
			rest.comp += r.comp
			continue
		}
		fmt.Fprintf(tw, "%s\t%.1f KB\t%.1f KB\t\n", r.pkg, float64(r.raw)/1024, float64(r.comp)/1024)
	}
	if len(rows) > shown {
		fmt.Fprintf(tw, "%d more packages\t%.1f KB\t%.1f KB\t\n", len(rows)-shown, float64(rest.raw)/1024, float64(rest.comp)/1024)
	}
	fmt.Fprintf(tw, "all code\t%.1f KB\t%.1f KB\t\n", float64(total)/1024, float64(brotliSize(m.code))/1024)
	fmt.Fprintf(tw, "data (strings, tables, types, line tables)\t%.1f KB\t%.1f KB\t\n", float64(len(m.data))/1024, float64(brotliSize(m.data))/1024)
	parts, err := pclntrim.Parts(m.file)
	if err != nil {
		return err
	}
	for _, p := range parts {
		fmt.Fprintf(tw, "memory: %s\t%.1f KB\t%.1f KB\t\n", p.Name, float64(len(p.Bytes))/1024, float64(brotliSize(p.Bytes))/1024)
	}
	return tw.Flush()
}

// wasmModule is what printBreakdown reads of a WebAssembly module.
type wasmModule struct {
	imports    int            // imported functions, which come first in the function index space
	bodies     [][]byte       // the code of each defined function
	names      map[int]string // function index -> name (the "name" section)
	code, data []byte         // the code and data sections
	file       []byte         // the whole module
}

// parseWASM reads the sections of a WebAssembly module that printBreakdown
// needs.
func parseWASM(b []byte) (*wasmModule, error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, errors.New("not a WebAssembly module")
	}
	m := &wasmModule{names: map[int]string{}}
	r := &wasmbin.Reader{B: b[8:]}
	for len(r.B) > 0 && r.Err == nil {
		id := r.Byte()
		sec := &wasmbin.Reader{B: r.Bytes(r.Uleb())}
		switch id {
		case 0: // custom
			if sec.Name() == "name" {
				for len(sec.B) > 0 && sec.Err == nil {
					sub := sec.Byte()
					body := &wasmbin.Reader{B: sec.Bytes(sec.Uleb())}
					if sub != 1 { // function names
						continue
					}
					for n := body.Uleb(); n > 0 && body.Err == nil; n-- {
						i := int(body.Uleb())
						m.names[i] = body.Name()
					}
				}
			}
		case 2: // imports
			for n := sec.Uleb(); n > 0 && sec.Err == nil; n-- {
				sec.Name()
				sec.Name()
				switch kind := sec.Byte(); kind {
				case 0: // function
					sec.Uleb()
					m.imports++
				case 1: // table
					sec.Byte()
					limits(sec)
				case 2: // memory
					limits(sec)
				case 3: // global
					sec.Byte()
					sec.Byte()
				}
			}
		case 10: // code
			m.code = sec.B
			for n := sec.Uleb(); n > 0 && sec.Err == nil; n-- {
				m.bodies = append(m.bodies, sec.Bytes(sec.Uleb()))
			}
		case 11: // data
			m.data = sec.B
		}
		if sec.Err != nil {
			return nil, sec.Err
		}
	}
	return m, r.Err
}

// limits reads the limits of a table or memory: its flags, its minimum
// and, when flag 1 says so, its maximum.
func limits(r *wasmbin.Reader) {
	if r.Byte()&1 != 0 {
		r.Uleb()
	}
	r.Uleb()
}

// funcPackage finds the package of a function's name in the name section,
// where Go writes "github.com_policylens_policylens_analyzer.Analyze": the
// path's slashes become underscores, its dots (in a domain) stay.
var funcPackage = regexp.MustCompile(`^((?:[a-z0-9-]+\.(?:com|org|net|io|in|co|dev)_)?[^.]*)`)

// pageWithNames compiles wasm/page of the module in dir as it ships
// (symbol tables trimmed) but with its function names kept, and parses it.
func pageWithNames(dir string) (*wasmModule, error) {
	tmp, err := os.MkdirTemp("", "policylens-size-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	wasm := filepath.Join(tmp, "page.wasm")
	cmd := exec.Command(goTool(), "build", "-trimpath", "-ldflags=-w", "-o", wasm, "./wasm/page")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("compile wasm/page with names: %w", err)
	}
	if err := trimWASM(wasm); err != nil { // as it ships
		return nil, err
	}
	data, err := os.ReadFile(wasm)
	if err != nil {
		return nil, err
	}
	m, err := parseWASM(data)
	if err != nil {
		return nil, err
	}
	m.file = data
	return m, nil
}

// packageOf returns the import path of the package of function name: the
// project's own as their path in the repository.
func packageOf(name string) string {
	p := funcPackage.FindString(name)
	if p == "" {
		return "(unnamed)"
	}
	p = strings.ReplaceAll(p, "_", "/")
	if rest, ok := strings.CutPrefix(p, "github.com/policylens/policylens/"); ok {
		return rest
	}
	switch p {
	case "main":
		return "wasm/page"
	case "type/":
		return "(type equality and hashing)"
	}
	return p
}

func brotliSize(b []byte) int {
	var buf bytes.Buffer
	w := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: 24})
	w.Write(b)
	w.Close()
	return buf.Len()
}
