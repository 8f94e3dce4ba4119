//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/internal/jsonw"
	"github.com/policylens/policylens/summary"
	"github.com/policylens/policylens/wasm/jsapi"
	"github.com/policylens/policylens/wasm/view"
)

// version is the API version reported as policylens.version; it follows the
// report format version.
const version = "1.0.0"

// api is globalThis.policylens.
var api js.Value

// installAPI creates (or completes, when a loader made a placeholder with a
// pending ready promise) globalThis.policylens.
func installAPI() {
	g := js.Global()
	api = g.Get("policylens")
	if api.Type() != js.TypeObject {
		api = g.Get("Object").New()
		g.Set("policylens", api)
	}
	// policylens.ready exists from the start: the analyser is ready only
	// once it has read its sentence model, which it waits for.
	if api.Get("ready").Type() != js.TypeObject {
		var resolve js.Value
		executor := js.FuncOf(func(_ js.Value, args []js.Value) any { resolve = args[0]; return nil })
		api.Set("ready", g.Get("Promise").New(executor))
		executor.Release()
		api.Set("_resolveReady", resolve)
	}
	api.Set("version", version)
	api.Set("formatVersion", analyzer.FormatVersion)
	api.Set("maxInputBytes", analyzer.MaxInputBytes)
	api.Set("analyze", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) == 0 || args[0].Type() != js.TypeString {
			return reportToJS(badInput("policylens.analyze(text) needs the policy text as a string."), "")
		}
		text := args[0].String()
		return reportToJS(analyze(text), text)
	}))
	api.Set("summarize", js.FuncOf(func(this js.Value, args []js.Value) any {
		var r *analyzer.Report
		if len(args) > 0 {
			r = reportFromJS(args[0])
		}
		if r == nil {
			r = badInput("policylens.summarize(report) needs a report that policylens.analyze returned.")
		}
		return toJS(summary.Of(r))
	}))
	api.Set("verdictCard", js.FuncOf(func(this js.Value, args []js.Value) any {
		var r *analyzer.Report
		if len(args) > 0 {
			r = reportFromJS(args[0])
		}
		if r == nil {
			return js.Null()
		}
		if v := summary.Of(r).Verdict; v != nil {
			t := newTree()
			card := verdictCard(t, noParent, v)
			t.build()
			return t.el(card)
		}
		return js.Null()
	}))
	kinds := make([]any, len(view.Kinds))
	for i, k := range view.Kinds {
		kinds[i] = map[string]any{"id": k.ID, "label": k.Label, "icon": k.Icon}
	}
	api.Set("kinds", js.ValueOf(kinds))
}

// markReady resolves policylens.ready with the API object.
func markReady() {
	if resolve := api.Get("_resolveReady"); resolve.Type() == js.TypeFunction {
		resolve.Invoke(api)
		api.Delete("_resolveReady")
	}
}

// reportToJS converts a report to a plain JavaScript object with UTF-16
// offsets. JSON is the fastest faithful bridge: one string crosses the
// boundary and JSON.parse builds the object natively.
func reportToJS(r *analyzer.Report, text string) js.Value {
	b, err := jsapi.ToUTF16(r, text).AppendJSON(nil)
	if err != nil {
		b, _ = jsapi.ToUTF16(badInput("PolicyLens could not encode the report: "+err.Error()), "").AppendJSON(nil)
	}
	return js.Global().Get("JSON").Call("parse", string(b))
}

// toJS converts a summary to a plain JavaScript object, through JSON as
// reportToJS does. A Summary holds only strings and ints, so it encodes.
func toJS(s summary.Summary) js.Value {
	b := s.AppendJSON(nil)
	return js.Global().Get("JSON").Call("parse", string(b))
}

// reportFromJS reads back a report object that policylens.analyze returned,
// or nil when v is not one. The summary reads no finding but counts them
// and passes evidence indices through, so the findings (the bulk of a big
// report) do not cross as JSON: they come back as that many empty ones.
func reportFromJS(v js.Value) *analyzer.Report {
	if v.Type() != js.TypeObject {
		return nil
	}
	g := js.Global()
	findings := v.Get("findings")
	if !g.Get("Array").Call("isArray", findings).Bool() {
		return nil
	}
	lite := g.Get("Object").Call("assign", g.Get("Object").New(), v, map[string]any{"findings": []any{}, "blocks": []any{}})
	var r analyzer.Report
	if err := jsonw.Decode([]byte(g.Get("JSON").Call("stringify", lite).String()), r.DecodeJSON); err != nil {
		return nil
	}
	r.Findings = make([]analyzer.Finding, findings.Length())
	return &r
}

// badInput is an empty report carrying an error notice. A Go panic inside a
// js.FuncOf would stop the whole program, so API misuse is reported this way.
func badInput(msg string) *analyzer.Report {
	r := analyzer.Analyze("")
	r.Notices = append([]analyzer.Notice{{ID: "bad-input", Level: "error", Message: msg}}, r.Notices...)
	return r
}
