//go:build js && wasm

package jsonw

import (
	"math"
	"syscall/js"
)

// parseFloat reads a JSON number as strconv.ParseFloat(s, 64) does, with
// the JavaScript engine's Number, which rounds the same way (to the nearest
// float64, ties to even): strconv's parser would add about 25 KB of code to
// the page's WebAssembly. It reports false where ParseFloat fails: beyond the
// range of float64.
func parseFloat(s string) (float64, bool) {
	f := js.Global().Call("Number", s).Float()
	if f == 0 && s != "" && s[0] == '-' {
		f = math.Copysign(0, -1) // syscall/js passes JavaScript's -0 as 0
	}
	return f, !math.IsInf(f, 0) && !math.IsNaN(f)
}
