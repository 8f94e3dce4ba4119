//go:build !(js && wasm)

package jsonw

import "strconv"

// parseFloat reads a JSON number as strconv.ParseFloat(s, 64), reporting
// whether it fits float64 (float_js.go has the browser's).
func parseFloat(s string) (float64, bool) {
	f, err := strconv.ParseFloat(s, 64)
	return f, err == nil
}
