//go:build !js && !reportjson

package analyzer

import "sync"

// jsonWriters keeps writers for AppendJSON, and with each the strings it
// found need no escape (jsonw.Writer.KeyString): a rule's id, name and
// explanation, a rubric question, are read for escapes once, not once per
// report. The pool lets go of them at garbage collections.
var jsonWriters = sync.Pool{New: func() any { return new(jsonWriter) }}

// getJSONWriter returns a writer for AppendJSON: a pooled one or a new one.
func getJSONWriter() *jsonWriter { return jsonWriters.Get().(*jsonWriter) }

// putJSONWriter gives back a writer of AppendJSON for the next report.
func putJSONWriter(w *jsonWriter) { jsonWriters.Put(w) }
