//go:build !js

package analyzer

import (
	_ "embed"
	"sync"

	"github.com/policylens/policylens/analyzer/model"
)

// modelBytes is the default sentence model of the language (make model
// writes it; its manifest, weights/en.json, says what it was trained on and
// how well it did). The web page loads it as an asset of its own instead (see
// sentmodel_js.go).
//
//go:embed weights/en.bin
var modelBytes []byte

var defaultModel = sync.OnceValue(func() *model.Model {
	m, err := model.Load(modelBytes)
	if err != nil {
		panic("analyzer: the embedded sentence model: " + err.Error())
	}
	return m
})
