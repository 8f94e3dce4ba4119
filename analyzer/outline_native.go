//go:build !js

package analyzer

// OutlineAsset returns the outline cue asset (outline_asset.go): the cue
// files of rules/outline, as a WebAssembly build is given them with
// SetOutline. scripts/build writes it beside the page's WebAssembly as
// outline.txt.
func OutlineAsset() []byte { return []byte(outlineAsset) }

// builtinOutline returns the build's outline cue asset: a native build
// holds it.
func builtinOutline() (string, bool) { return outlineAsset, true }
