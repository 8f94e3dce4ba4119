package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"text/tabwriter"

	"github.com/andybalholm/brotli"
)

// minCompress is the size below which compressing is not worth a request
// header's worth of bytes.
const minCompress = 512

// compressAll writes name.gz and name.br next to every compressible file,
// keeping them only when smaller. brotli at its best level is the slow part
// of the build, so files are compressed in parallel.
func compressAll(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	var wg sync.WaitGroup
	errs := make(chan error, 2*len(entries))
	for _, e := range entries {
		name := e.Name()
		if !isText(name) && filepath.Ext(name) != ".wasm" && filepath.Ext(name) != ".bin" || strings.HasPrefix(name, "_") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		if len(data) < minCompress {
			continue
		}
		for _, c := range []struct {
			suffix string
			writer func(io.Writer) io.WriteCloser
		}{
			{".gz", func(w io.Writer) io.WriteCloser { z, _ := gzip.NewWriterLevel(w, gzip.BestCompression); return z }},
			{".br", func(w io.Writer) io.WriteCloser {
				return brotli.NewWriterOptions(w, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: 24}) // the largest window: the WASM is megabytes
			}},
		} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var buf bytes.Buffer
				w := c.writer(&buf)
				if _, err := w.Write(data); err != nil {
					errs <- err
					return
				}
				if err := w.Close(); err != nil {
					errs <- err
					return
				}
				if buf.Len() < len(data) {
					errs <- os.WriteFile(filepath.Join(dir, name+c.suffix), buf.Bytes(), 0o644)
				}
			}()
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// printSizes prints raw, gzip and brotli sizes of every built file, the
// WASM first.
func printSizes(w io.Writer, dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	size := func(p string) string {
		st, err := os.Stat(p)
		if err != nil {
			return "-"
		}
		return fmt.Sprintf("%.1f KB", float64(st.Size())/1024)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "file\traw\tgzip\tbrotli\t")
	var rows []string
	for _, e := range entries {
		n := e.Name()
		if strings.HasSuffix(n, ".gz") || strings.HasSuffix(n, ".br") {
			continue
		}
		if filepath.Ext(n) == ".wasm" {
			rows = append([]string{n}, rows...)
		} else {
			rows = append(rows, n)
		}
	}
	for _, n := range rows {
		p := filepath.Join(dir, n)
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t\n", n, size(p), size(p+".gz"), size(p+".br"))
	}
	return tw.Flush()
}
