//go:build js && wasm

package main

import (
	"errors"
	"strconv"
	"strings"
	"syscall/js"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/analyzer/model"
)

// The sentence model is not in the WASM (analyzer/sentmodel_js.go): the
// loader fetches it beside the WASM, as an asset of the same site, and
// passes it as policylens.model, a promise of its bytes (an ArrayBuffer, a
// typed array or a Response). The page's analysis worker gets the page's
// copy from the page (worker.js).

// sentModel is the sentence model every analysis here reads with; nil when
// it could not be loaded.
var sentModel *model.Model

// modelBytes is sentModel's encoding, for the worker.
var modelBytes []byte

// modelProblem says why there is no sentence model; "" when there is one.
var modelProblem string

// loadModel waits for policylens.model and reads it. A missing or broken
// model is not fatal: the analyser reads with the rules alone, and says so
// (modelProblem, policylens.modelError, a notice in every report).
func loadModel() {
	b, err := awaitModel(api.Get("model"))
	mark("model-bytes")
	if err == nil {
		if sentModel, err = model.Load(b); err != nil {
			err = errors.New("the sentence model could not be read (" + err.Error() + ")")
		}
	}
	if err != nil {
		modelProblem = err.Error()
		sentModel = nil
	} else {
		modelBytes = b
	}
	api.Set("modelError", modelProblem)
}

// awaitModel reads the bytes of the model v stands for.
func awaitModel(v js.Value) ([]byte, error) {
	if v.Type() == js.TypeUndefined || v.IsNull() {
		return nil, errors.New("no sentence model was given to the analyser")
	}
	b, err := awaitBytes(v)
	switch {
	case err == errNotBytes:
		return nil, errors.New("policylens.model is not the bytes of a sentence model")
	case err != nil:
		msg := err.Error()
		if strings.HasPrefix(msg, "the sentence model") || strings.HasPrefix(msg, "no sentence model") {
			return nil, err // the page's reason, passed on to its worker
		}
		return nil, errors.New("the sentence model could not be loaded (" + msg + ")")
	}
	return b, nil
}

// errNotBytes is awaitBytes's error for a value that is no bytes.
var errNotBytes = errors.New("not bytes")

// awaitBytes reads the bytes v stands for: an ArrayBuffer, a Uint8Array,
// a Response, or a promise of one. Its errors are the reason alone
// ("HTTP 404", a rejected promise's message).
func awaitBytes(v js.Value) ([]byte, error) {
	g := js.Global()
	if v.Type() == js.TypeObject && v.Get("then").Type() == js.TypeFunction {
		var err error
		if v, err = awaitValue(v); err != nil {
			return nil, errors.New(strings.TrimPrefix(err.Error(), "Error: "))
		}
	}
	if r := g.Get("Response"); r.Type() == js.TypeFunction && v.InstanceOf(r) {
		if !v.Get("ok").Bool() {
			return nil, errors.New("HTTP " + strconv.Itoa(v.Get("status").Int()))
		}
		var err error
		if v, err = awaitValue(v.Call("arrayBuffer")); err != nil {
			return nil, err
		}
	}
	if v.Type() != js.TypeObject {
		return nil, errNotBytes
	}
	if v.InstanceOf(g.Get("ArrayBuffer")) {
		v = g.Get("Uint8Array").New(v)
	}
	if !v.InstanceOf(g.Get("Uint8Array")) {
		return nil, errNotBytes
	}
	b := make([]byte, v.Length())
	js.CopyBytesToGo(b, v)
	return b, nil
}

// analyze is analyzer.Analyze with the page's sentence model. Without one,
// the report says that it was read with the rules alone.
func analyze(text string, opts ...analyzer.Option) *analyzer.Report {
	r := analyzer.Analyze(text, append(opts, analyzer.WithModel(sentModel))...)
	if modelProblem != "" {
		r.Notices = append(r.Notices, analyzer.Notice{ID: "no-model", Level: "warning",
			Message: "This text was read with the rules alone, without the sentence model (" + modelProblem +
				"), so the result may differ from the command line's. Reload the page to try again."})
	}
	return r
}
