//go:build js && wasm

package main

import (
	"honnef.co/go/js/dom/v2"
)

func main() {
	installAPI()
	installWorkerAPI()
	doc := dom.GetWindow().Document()
	if doc != nil && doc.GetElementByID("policy-input") != nil {
		startPage(doc)
	}
	markReady()
	select {}
}
