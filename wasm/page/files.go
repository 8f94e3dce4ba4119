//go:build js && wasm

package main

import (
	"strings"
	"syscall/js"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/wasm/view"
)

// wireFiles lets the reader open or drop a .txt, .md or .html file. Files
// are read locally; HTML is parsed by an inert DOMParser document (no
// scripts run, nothing loads) and reduced to its text.
func (p *page) wireFiles() {
	fileInput := byID(p.doc, "file-input")
	on(byID(p.doc, "open-file"), "click", func(js.Value) { fileInput.Call("click") })
	on(fileInput, "change", func(js.Value) {
		if files := fileInput.Get("files"); files.Length() > 0 {
			go p.loadFile(files.Index(0))
		}
		fileInput.Set("value", "")
	})
	drop := byID(p.doc, "input-section")
	on(drop, "dragover", func(ev js.Value) {
		ev.Call("preventDefault")
		drop.Get("classList").Call("add", "dragging")
	})
	on(drop, "dragleave", func(js.Value) { drop.Get("classList").Call("remove", "dragging") })
	on(drop, "drop", func(ev js.Value) {
		drop.Get("classList").Call("remove", "dragging")
		files := ev.Get("dataTransfer").Get("files")
		if files.Length() == 0 {
			return // dropped text goes into the textarea as usual
		}
		ev.Call("preventDefault")
		go p.loadFile(files.Index(0))
	})
}

// loadFile reads a File and analyses it.
func (p *page) loadFile(f js.Value) {
	name := f.Get("name").String()
	if n := f.Get("size").Int(); n > analyzer.MaxInputBytes*2 {
		setText(p.message, name+" is "+size(n)+"; PolicyLens reads policies up to "+size(analyzer.MaxInputBytes)+".")
		return
	}
	v, err := awaitValue(f.Call("text"))
	if err != nil {
		setText(p.message, "Could not read "+name+": "+err.Error())
		return
	}
	text := v.String()
	if strings.ContainsRune(text, 0) {
		setText(p.message, name+" is not a text file. Open a .txt, .md or .html file, or paste the policy.")
		return
	}
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".html") || strings.HasSuffix(lower, ".htm") || f.Get("type").String() == "text/html" {
		text = htmlText(text)
	}
	setText(p.message, "Opened "+name+".")
	p.take(text, js.Undefined(), name)
}

// blockTags end a line when HTML is turned into text.
var blockTags = map[string]bool{
	"P": true, "DIV": true, "LI": true, "UL": true, "OL": true, "H1": true, "H2": true, "H3": true,
	"H4": true, "H5": true, "H6": true, "BR": true, "TR": true, "TABLE": true, "SECTION": true,
	"ARTICLE": true, "HEADER": true, "FOOTER": true, "BLOCKQUOTE": true, "PRE": true, "DT": true,
	"DD": true, "DL": true, "HR": true, "MAIN": true, "NAV": true, "ASIDE": true, "ADDRESS": true,
}

// htmlText extracts readable text from an HTML document.
func htmlText(src string) string {
	parser := js.Global().Get("DOMParser").New()
	doc := parser.Call("parseFromString", src, "text/html")
	for _, sel := range []string{"script", "style", "noscript", "template", "svg", "iframe", "object"} {
		nodes := doc.Call("querySelectorAll", sel)
		for i := nodes.Length() - 1; i >= 0; i-- {
			nodes.Index(i).Call("remove")
		}
	}
	var b strings.Builder
	var walk func(n js.Value)
	walk = func(n js.Value) {
		for c := n.Get("firstChild"); !c.IsNull(); c = c.Get("nextSibling") {
			switch c.Get("nodeType").Int() {
			case 3: // text
				b.WriteString(view.CollapseSpace(c.Get("data").String()))
			case 1: // element
				tag := c.Get("tagName").String()
				block := blockTags[tag]
				if block {
					b.WriteByte('\n')
				}
				walk(c)
				if block {
					b.WriteByte('\n')
				}
			}
		}
	}
	body := doc.Get("body")
	if body.IsNull() {
		return ""
	}
	walk(body)
	return view.TidyLines(b.String())
}
