// Package analyzer reads a privacy policy as a user pastes it and reports
// what it says: the data collected, who receives it and whether it is sold,
// the reader's rights, retention, security, children, Do Not Track, policy
// changes and international transfers, each with evidence spans.
//
// The entry point is Analyze. The engine is pure Go with no I/O so that it
// compiles to WebAssembly and runs in the browser: the policy text never
// leaves the reader's device.
//
// The pipeline, one file per concern:
//
//   - tokens.go: a tokenizer that normalises for matching (case, inflection,
//     apostrophes, mojibake such as "donât") while keeping every token's byte
//     span in the original input;
//   - structure.go: headings, paragraphs, list items and sentences;
//   - lexicon.go, rules/*.json: the rules, as data, compiled into a token trie;
//   - clauses.go: negation and condition scopes within a sentence;
//   - engine.go: turns matches in context into findings;
//   - summary.go: folds findings into the report's sections;
//   - points.go, missing.go: the reader's verdict and what the policy omits.
//
// Spans are byte offsets into the input (like goldmark's text.Segment);
// conversion to UTF-16 happens only at the JavaScript boundary.
package analyzer
