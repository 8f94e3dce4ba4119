package main

import (
	"path"
	"regexp"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	mjson "github.com/tdewolff/minify/v2/json"
)

// minifier minifies the extension's HTML, CSS, JavaScript and JSON.
var minifier = func() *minify.M {
	m := minify.New()
	m.AddFunc("text/css", css.Minify)
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true})
	m.AddFuncRegexp(regexp.MustCompile(`^(application|text)/(x-)?(java|ecma)script$|^module$`), js.Minify)
	m.AddFunc("application/json", mjson.Minify)
	return m
}()

var mediaTypes = map[string]string{
	".css":  "text/css",
	".html": "text/html",
	".js":   "application/javascript",
	".json": "application/json",
}

// minifyFile minifies a file by its extension; other files are kept as is.
func minifyFile(name string, b []byte) ([]byte, error) {
	mt, ok := mediaTypes[path.Ext(name)]
	if !ok {
		return b, nil
	}
	return minifier.Bytes(mt, b)
}
