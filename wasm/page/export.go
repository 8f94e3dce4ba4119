//go:build js && wasm

package main

import (
	"math"
	"strings"
	"syscall/js"

	"github.com/policylens/policylens/internal/jsonw"
	"github.com/policylens/policylens/render"
)

// wireExport wires the JSON and Markdown downloads and the print view.
func (p *page) wireExport() {
	on(byID(p.doc, "download-json"), "click", func(js.Value) {
		if p.report == nil {
			return
		}
		b, err := p.report.AppendJSON(nil)
		if err != nil {
			setText(p.message, "Could not build the JSON report: "+err.Error())
			return
		}
		download("policylens-report.json", "application/json", string(jsonw.Indent(nil, b, "", "  ")))
	})
	on(byID(p.doc, "download-md"), "click", func(js.Value) {
		if p.report == nil {
			return
		}
		var b strings.Builder
		render.Markdown(&b, p.report, render.WithSource(p.src)) // a strings.Builder never fails
		download("policylens-report.md", "text/markdown", b.String())
	})
	on(byID(p.doc, "print"), "click", func(js.Value) { js.Global().Call("print") })
	on(js.Global(), "beforeprint", func(js.Value) { p.preparePrint() })
}

// preparePrint fills the printout's heading: the policy's title or source
// and the date. The print stylesheet shows the filters, with their icons
// and counts, as the legend that paper cannot give on hover, and puts the
// verdict and the summary before the text.
func (p *page) preparePrint() {
	if p.report == nil {
		return
	}
	// Paper shows the whole text, the blocks left for idle time too.
	p.view.Call("reveal", math.Inf(1))
	setText(byID(p.doc, "print-title"), p.title())
	date := js.Global().Get("Date").New().Call("toLocaleDateString").String()
	setText(byID(p.doc, "print-meta"), "Read by PolicyLens on "+date+", on this device. PolicyLens highlights what a policy says; it is not legal advice.")
}

// download saves content as a file through a temporary object URL; nothing
// is sent anywhere.
func download(name, mime, content string) {
	g := js.Global()
	blob := g.Get("Blob").New([]any{content}, map[string]any{"type": mime + ";charset=utf-8"})
	url := g.Get("URL").Call("createObjectURL", blob)
	a := g.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Call("click")
	var f js.Func
	f = js.FuncOf(func(js.Value, []js.Value) any {
		g.Get("URL").Call("revokeObjectURL", url)
		f.Release()
		return nil
	})
	g.Call("setTimeout", f, 1000)
}
