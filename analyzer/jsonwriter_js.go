//go:build js && !reportjson

package analyzer

// spareJSON is the writer of the last AppendJSON, for the next, with the
// strings it found need no escape: a spare, as for the scratch (see
// scratch_js.go), where sync.Pool would add the sync package to the page.
var spareJSON *jsonWriter

// getJSONWriter returns a writer for AppendJSON: the spare or a new one.
func getJSONWriter() *jsonWriter {
	w := spareJSON
	spareJSON = nil
	if w == nil {
		w = new(jsonWriter)
	}
	return w
}

// putJSONWriter keeps the writer of an AppendJSON for the next.
func putJSONWriter(w *jsonWriter) { spareJSON = w }
