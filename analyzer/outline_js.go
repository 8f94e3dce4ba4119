//go:build js

package analyzer

// builtinOutline returns the build's outline cue asset: a WebAssembly build
// holds none (the page loads it apart: SetOutline).
func builtinOutline() (string, bool) { return "", false }

// SetOutline gives the analyzer the outline cue asset (outline.txt beside
// the page, the native build's OutlineAsset), or err, why it could not be
// had, and returns what is wrong with the asset (nil when it reads). A
// WebAssembly build holds what telling a text's language needs, but not
// the cues the outline reader reads it with: until SetOutline gives them,
// a text in a language of rules/outline gets no findings and an
// "outline-unavailable" notice saying that the material has not arrived
// (or, after a failed SetOutline, why it could not be had). English texts
// never need it.
func SetOutline(asset []byte, err error) error { return setOutline(string(asset), err) }
