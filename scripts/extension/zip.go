package main

import (
	"archive/zip"
	"bytes"
	"os"
	"path"
	"path/filepath"
	"time"
)

// zipTime is the modification time of every archive entry, so that the same
// files always give the same archive.
var zipTime = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// stored are extensions already compressed: deflating them again is wasted.
var stored = map[string]bool{".png": true, ".jpg": true, ".gz": true, ".br": true, ".woff2": true}

// writeZip writes files into a deterministic zip archive (sorted names,
// fixed times and modes) and returns its size.
func writeZip(name string, files files) (int, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range files.names() {
		h := &zip.FileHeader{Name: n, Method: zip.Deflate, Modified: zipTime}
		if stored[path.Ext(n)] {
			h.Method = zip.Store
		}
		h.SetMode(0o644)
		w, err := zw.CreateHeader(h)
		if err != nil {
			return 0, err
		}
		if _, err := w.Write(files[n]); err != nil {
			return 0, err
		}
	}
	if err := zw.Close(); err != nil {
		return 0, err
	}
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return 0, err
	}
	return buf.Len(), os.WriteFile(name, buf.Bytes(), 0o644)
}

// writeDir replaces dir with exactly the given files.
func writeDir(dir string, files files) error {
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	for _, n := range files.names() {
		p := filepath.Join(dir, filepath.FromSlash(n))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, files[n], 0o644); err != nil {
			return err
		}
	}
	return nil
}
