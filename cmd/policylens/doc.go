// Command policylens analyses privacy policies on the command line. The
// analysis runs locally, like the web page: no text leaves the machine.
//
// Usage:
//
//	policylens analyze [--format text|json|markdown] [--color auto|always|never] [FILE ...|-]
//	policylens analyze --jsonl < policies.jsonl > reports.jsonl
//	policylens version
//	policylens help
//
// With no FILE, or with -, the policy is read from standard input. Each file
// gets its own report; one failing file does not stop the others.
//
// --format json prints the report object for a single input; for several
// inputs it prints one JSON array whose elements are {"file": NAME, "report":
// REPORT} or, for inputs that could not be analysed, {"file": NAME, "error":
// MESSAGE}.
//
// --jsonl reads JSON Lines from standard input, one {"id": ID, "text": TEXT}
// object per line, and writes one line per input line, in input order, as soon
// as it is ready: {"id": ID, "report": REPORT} or {"id": ID, "line": N,
// "error": MESSAGE}. Lines are analysed on every core. Blank lines are skipped.
//
// Exit codes: 0 success; 1 output could not be written; 2 usage error, or an
// input could not be read; 3 an input was rejected (binary, larger than
// analyzer.MaxInputBytes, or a malformed JSONL line). With several inputs the
// highest code wins.
package main
