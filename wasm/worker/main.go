//go:build js && wasm

// Command worker is the PolicyLens Cloudflare Worker: it stores encrypted
// shareable reports in Workers KV and redirects short links /r/{id} to the
// page; the static site itself is served by Workers static assets from the
// same deploy.
//
// The JavaScript side is syumai/workers' shim (workers-assets-gen): for each
// request it starts a fresh Go instance, with the runtime's env and a
// binding object in the global "context", and calls
// context.binding.handleRequest(request) once Go reports ready. This file
// speaks to that shim and to KV through syscall/js alone: syumai/workers' Go
// package would bring net/http (and with it TLS, fmt and reflect), which
// tripled the Worker's size and start-up work. All the logic lives in
// package api and is tested natively.
package main

import (
	"context"
	"strconv"
	"syscall/js"

	"github.com/policylens/policylens/wasm/worker/api"
)

//go:wasmimport workers ready
func ready()

func main() {
	ctx := js.Global().Get("context")
	env := ctx.Get("env")
	h := &api.Handler{Store: newKVStore(env.Get("REPORTS")), Log: logError}
	if n, err := strconv.Atoi(jsString(env.Get("UPLOADS_PER_MINUTE"))); err == nil {
		h.UploadsPerMinute = n
	}
	ctx.Get("binding").Set("handleRequest", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return newPromise(func(resolve js.Value) {
			resolve.Invoke(serve(h, args[0]))
		})
	}))
	ready()
	// Never return: an answer that needs no KV is ready while the runtime
	// is still inside the Promise constructor, and a Go program that exited
	// there would pull its instance from under that call. The instance is
	// dropped with the request.
	select {}
}

// newPromise returns a JavaScript Promise that run resolves from a goroutine
// of its own (Go may not block inside a JavaScript callback).
func newPromise(run func(resolve js.Value)) js.Value {
	executor := js.FuncOf(func(_ js.Value, args []js.Value) any {
		go run(args[0])
		return nil
	})
	defer executor.Release() // a Promise calls its executor before New returns
	return js.Global().Get("Promise").New(executor)
}

// serve answers one runtime Request object with a runtime Response object.
// A panic (a JavaScript exception while talking to KV) becomes a 500.
func serve(h *api.Handler, req js.Value) (out js.Value) {
	defer func() {
		if p := recover(); p != nil {
			logError("request failed: " + panicText(p))
			out = toResponse(&api.Response{Status: 500, Body: []byte(`{"error":"internal error"}` + "\n"),
				Header: [][2]string{{"Content-Type", "application/json; charset=utf-8"}}}, req)
		}
	}()
	return toResponse(h.Serve(toRequest(req)), req)
}

// toRequest wraps a runtime Request object for the API.
func toRequest(req js.Value) *api.Request {
	u := js.Global().Get("URL").New(req.Get("url"))
	search := u.Get("search").String()
	if search != "" {
		search = search[1:]
	}
	headers := req.Get("headers")
	return &api.Request{
		Method:  req.Get("method").String(),
		Path:    u.Get("pathname").String(),
		Query:   search,
		Context: context.Background(),
		Header:  func(name string) string { return jsString(headers.Call("get", name)) },
		ReadBody: func(limit int) ([]byte, error) {
			buf, err := await(req.Call("arrayBuffer"))
			if err != nil {
				return nil, err
			}
			u8 := js.Global().Get("Uint8Array").New(buf)
			b := make([]byte, min(u8.Length(), limit+1))
			js.CopyBytesToGo(b, u8)
			return b, nil
		},
	}
}

// toResponse makes a runtime Response object; HEAD, 204 and 302 answers
// carry no body.
func toResponse(res *api.Response, req js.Value) js.Value {
	headers := js.Global().Get("Headers").New()
	for _, kv := range res.Header {
		headers.Call("set", kv[0], kv[1])
	}
	body := js.Null()
	if len(res.Body) > 0 && req.Get("method").String() != "HEAD" && res.Status != 204 && res.Status != 302 {
		body = js.Global().Get("Uint8Array").New(len(res.Body))
		js.CopyBytesToJS(body, res.Body)
	}
	return js.Global().Get("Response").New(body, map[string]any{"status": res.Status, "headers": headers})
}

// jsString returns a JavaScript string's value, "" for null or undefined.
func jsString(v js.Value) string {
	if v.Type() != js.TypeString {
		return ""
	}
	return v.String()
}

// logError writes to the Worker's log (console.error).
func logError(msg string) { js.Global().Get("console").Call("error", msg) }

func panicText(p any) string {
	switch v := p.(type) {
	case error:
		return v.Error()
	case string:
		return v
	}
	return "panic"
}
