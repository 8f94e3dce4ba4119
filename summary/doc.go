// Package summary turns an analyzer.Report into what a reader sees: first
// the verdict (the score out of 10 of PrivacySpy's rubric with a word and a
// tone, the plain answers a reader asks first, such as "Do they sell your
// data?", and the rubric's twelve answers), then the sections in reading
// order (notices about the input, concerns, what is in the reader's favour,
// what is neither but worth knowing, rights, who gets the data and whether
// it is sold, what is collected, what for and from whom else, retention,
// security and breaches, children, Do Not Track, changes and the last
// update, transfers, legal bases, contacts and, quieter, what the policy
// does not say), each a list of items with a display name, a tone (good,
// bad, worth a look) and the indices of the findings that are its
// evidence. A text that is not a policy gets its notices and nothing else.
//
// It is the one place that decides how a report reads. The command line's
// text and Markdown (package render), the web page's summary and the browser
// extension's popup (through policylens.summarize in wasm/page) all show a
// Summary; none of them words a report on its own.
//
// The name is the reader's word for what it builds: the page's "Summary"
// beside the text, the JavaScript API's summarize(report). It describes
// content, not a medium: package render writes bytes and wasm/page builds
// DOM from the same Summary. (The report is the analyzer's, the view is the
// page's highlighted text.)
//
// Display names live once, as data. A report carries the names its rules
// give to data types, recipients, rights, security measures and legal bases;
// transfer safeguards are named by their rules too (analyzer.IDs). What the
// rules do not name, data type groups and their order, the ways a change is
// announced and contact kinds, is in names (names.go). Sentences ("They may sell
// your personal data.", "Do they sell your data?") are code, next to the
// logic that picks them; the rubric's questions and answers are
// PrivacySpy's, carried by the report, except where the policy's silence
// answered a question about what the service does: that answer reads "Not
// stated (scored as …)" and is never shown as good. A test
// checks that every id the analyzer can emit has a display name.
//
// Quotes turns an item's evidence into sentences quoted from the policy,
// for the faces that print them. Every text in a Summary or a Quote is one
// line of printable text (Clean): reports and policies are untrusted, and
// out-of-range evidence is passed through but never followed here.
//
// The package is pure Go, without fmt, reflect, encoding/json, regexp or
// embedded files (Summary.AppendJSON writes a summary's JSON with
// internal/jsonw), so that it adds little to the page's WebAssembly.
package summary
