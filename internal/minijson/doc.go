// Package minijson encodes and decodes JSON for the types PolicyLens sends
// through its WebAssembly page: structs with `json` tags (names, "-" and
// omitempty), slices, pointers, strings, integers and booleans.
//
// It exists for size. encoding/json adds 117 KB (brotli) to the page's
// WebAssembly, a tenth of it, while these few types need a few hundred
// lines. The output is byte for byte what encoding/json writes (HTML-safe
// string escaping, nil slices as null, encoding/json's indentation), and
// tests compare the two on every corpus report and under fuzzing. The CLI
// and the build scripts, which are not size-bound, keep encoding/json.
//
// Kinds it does not handle (maps, floats, interfaces, channels) are an
// error, never a silent guess.
package minijson
