//go:build js && !reportjson

package analyzer

// spareJSON is the writer of the last AppendJSON, with the strings it found
// need no escape (see spare).
var spareJSON spare[jsonWriter]

// getJSONWriter returns a writer for AppendJSON: the spare or a new one.
func getJSONWriter() *jsonWriter { return spareJSON.get() }

// putJSONWriter keeps the writer of an AppendJSON for the next.
func putJSONWriter(w *jsonWriter) { spareJSON.put(w) }
