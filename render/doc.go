// Package render writes an analyzer.Report for a person to read: plain or
// colour text for a terminal (Text) and Markdown for export (Markdown).
//
// What the report says, in which sections and words, is package summary's
// (summary.Of); render only lays it out. Both renderers show the summary's
// sections in order, each item with its details and its evidence quoted
// (summary.Quotes): the whole sentence when the analysed text is passed with
// WithSource (one quote per sentence, the match in bold), otherwise the
// matched words. Long quotes are shortened around the match; WithMaxQuotes
// bounds the quotes per item.
//
// Quoted policy text is untrusted: Text prints only what summary.Clean left
// (no control characters, so a policy cannot inject terminal escape
// sequences) and Markdown escapes every character Markdown would interpret.
// Reports themselves may be untrusted (shared links): out-of-range evidence
// indices and spans are skipped, never a panic.
//
// The package does no I/O beyond the io.Writer it is given and builds for
// js/wasm, so the web page uses Markdown for its "download as Markdown"
// export.
package render
