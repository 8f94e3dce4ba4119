// Package render turns an analyzer.Report into something a person reads:
// plain or colour text for a terminal (Text) and Markdown for export (Markdown).
//
// Both renderers show the same sections in the order a reader wants them:
// notices about the input, the verdict (good and bad points), what data is
// collected (by group, most sensitive first), who receives it and whether it
// is sold, the reader's rights and how to use them, retention, security,
// children, Do Not Track, changes, international transfers, legal bases,
// contacts and what the policy does not say. When an error notice explains
// why nothing was found (empty, binary, not English), only the notices are
// shown.
//
// Evidence is quoted from the policy: the whole sentence when the analysed
// text is passed with WithSource (one quote per sentence, the match in bold),
// otherwise the matched words. Long quotes are shortened with an ellipsis
// around the match; WithMaxQuotes bounds the quotes per item.
//
// Quoted policy text is untrusted: Text strips control characters (so a policy
// cannot inject terminal escape sequences) and Markdown escapes every
// character Markdown would interpret. Reports themselves may be untrusted
// (shared links): out-of-range evidence indices and spans are skipped, never
// a panic.
//
// The package does no I/O beyond the io.Writer it is given and builds for
// js/wasm, so the web page can use Markdown for its "download as Markdown"
// export.
package render
