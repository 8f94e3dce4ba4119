// Package minijson encodes and decodes JSON by reflection for packages the
// page imports but whose JSON code it does not link: the analyzer's rule
// files (compiled by go generate, the tests and the build tagged
// rulesjson). It handles structs with `json` tags (names, "-", omitempty
// and omitzero, the latter without IsZero methods), slices, pointers, strings, integers and booleans.
//
// It exists for size: encoding/json would be in the page's imports, and
// adds 117 KB (brotli) to its WebAssembly. The page itself reads and writes
// JSON without reflection (internal/jsonw, analyzer/report_json.go). The output is byte for byte what encoding/json writes (HTML-safe
// string escaping, nil slices as null, encoding/json's indentation), and
// tests compare the two on every corpus report and under fuzzing. The CLI
// and the build scripts, which are not size-bound, keep encoding/json.
//
// Kinds it does not handle (maps, floats, interfaces, channels) are an
// error, never a silent guess.
package minijson
