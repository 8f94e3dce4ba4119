// Package nodewasm finds what a test needs to run a Go program built for
// js/wasm under Node: the one place for that look-up in the tests that
// check the page's WebAssembly (its reports, its trimmed symbol tables).
package nodewasm

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Tools returns the node command, Go's Node runner for js/wasm
// (GOROOT/lib/wasm/wasm_exec_node.js) and the go command ($GO, or "go").
// It skips t when there is no node, and fails it when the go command
// cannot name its GOROOT.
func Tools(t testing.TB) (node, runner, goTool string) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("no node to run WebAssembly")
	}
	goTool = os.Getenv("GO")
	if goTool == "" {
		goTool = "go"
	}
	root, err := exec.Command(goTool, "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	return node, filepath.Join(strings.TrimSpace(string(root)), "lib", "wasm", "wasm_exec_node.js"), goTool
}
