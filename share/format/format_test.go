package format

import (
	"go/build"
	"testing"
)

// TestImports keeps the format free of any codec: the web page links this
// package, and Go's compression and cryptography would come with it.
func TestImports(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	allowed := map[string]bool{"encoding/base64": true, "errors": true, "strconv": true}
	for _, imp := range pkg.Imports {
		if !allowed[imp] {
			t.Errorf("share/format imports %s; the page would link it", imp)
		}
	}
}
