package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
)

var (
	// htmlRef finds src and href attributes in the sources' HTML.
	htmlRef = regexp.MustCompile(`\b(?:src|href)="([^"]*)"`)
	// injectRef finds the files the popup injects: files: ['a.js', 'b.css'].
	injectRef = regexp.MustCompile(`files:\s*\[([^\]]*)\]`)
	quoted    = regexp.MustCompile(`'([^']+)'|"([^"]+)"`)
)

// checkRefs fails when a source file points at a file the sources lack:
// a script or stylesheet in HTML, or a file the popup injects into pages.
func checkRefs(name string, b []byte, src string) error {
	var refs []string
	switch path.Ext(name) {
	case ".html":
		for _, m := range htmlRef.FindAllSubmatch(b, -1) {
			refs = append(refs, string(m[1]))
		}
	case ".js":
		for _, m := range injectRef.FindAllSubmatch(b, -1) {
			for _, q := range quoted.FindAllSubmatch(m[1], -1) {
				refs = append(refs, string(q[1])+string(q[2]))
			}
		}
	}
	for _, r := range refs {
		if r == sharedCSS && path.Dir(name) == "." {
			continue // added from the built web page (build)
		}
		if r == "" || strings.Contains(r, ":") || strings.HasPrefix(r, "#") {
			if strings.Contains(r, "://") {
				return fmt.Errorf("%s: %q is remote; the extension ships every file it uses", name, r)
			}
			continue
		}
		p := filepath.Join(src, filepath.FromSlash(path.Dir(name)), filepath.FromSlash(r))
		if _, err := os.Stat(p); err != nil {
			return fmt.Errorf("%s refers to %q, which does not exist", name, r)
		}
	}
	return nil
}

// checkBundle fails when the manifest or bundle.json names a file the
// package lacks.
func checkBundle(out files) error {
	refs, err := manifestRefs(out["manifest.json"])
	if err != nil {
		return err
	}
	var b bundle
	if err := json.Unmarshal(out["bundle.json"], &b); err != nil {
		return err
	}
	refs = append(refs, b.WASM, b.WASMExec, b.Model, b.Outline, b.Report)
	for _, r := range refs {
		if _, ok := out[r]; !ok {
			return fmt.Errorf("the package has no %q, which the manifest or bundle.json names", r)
		}
	}
	return nil
}
