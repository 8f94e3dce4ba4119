// Package analyzer reads a privacy policy as a user pastes it and reports
// what it says: the data collected, who receives it and whether it is sold,
// the reader's rights, retention, security, children, Do Not Track, policy
// changes and international transfers, what data is used for and where it
// comes from, breach notices and the policy's date, each with evidence
// spans.
//
// The entry point is Analyze. The engine is pure Go with no I/O so that it
// compiles to WebAssembly and runs in the browser: the policy text never
// leaves the reader's device.
//
// The passes, each a package that imports only those before it (see
// docs/ARCHITECTURE.md):
//
//   - internal/text: tokens normalised for matching (case, inflection,
//     apostrophes, mojibake such as "donât") with their byte spans, blocks
//     and sentences;
//   - internal/lexicon: the rules of rules/<language>/*.json compiled into a
//     token trie, matched, and overlapping hits resolved;
//   - internal/sentence: the read-only view of each sentence (with its list
//     intro and heading) and what it says as a whole;
//   - internal/classes: one rule class per file, each judging its hits with
//     a named reason;
//   - this package: the reading of each sentence (reading.go), the report
//     assembled from its findings (summary.go, fields.go, points.go, missing.go,
//     explain.go, contacts.go).
//
// Spans are byte offsets into the input (like goldmark's text.Segment);
// conversion to UTF-16 happens only at the JavaScript boundary.
package analyzer
