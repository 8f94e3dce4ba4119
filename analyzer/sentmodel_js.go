//go:build js

package analyzer

import "github.com/policylens/policylens/analyzer/model"

// defaultModel is nil in WebAssembly: the page loads the sentence model as an
// asset of its own, beside the WASM, and passes it with WithModel, so that the
// download of the analyzer does not carry the weights.
func defaultModel() *model.Model { return nil }
