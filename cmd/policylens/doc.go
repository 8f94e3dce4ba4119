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
// "error": MESSAGE}. ID is any JSON value, null included, echoed compacted;
// invalid UTF-8 in it is replaced by \ufffd, so every output line is valid
// JSON in valid UTF-8. Invalid UTF-8 in TEXT reaches the analyzer, which
// reports it with the invalid-utf8 notice, as for a file. Lines are analysed
// on every core. Blank lines are skipped; no lines at all is no output and
// exit code 0. When standard error is a terminal, a progress line there
// shows the lines done, the speed in MB/s and, when standard input is a
// file, how far through it the run is and about how long is left; it is
// cleared at the end.
//
// An empty input (a file, standard input or a JSONL text that is empty or
// only white space) is refused like binary input: there is nothing to
// analyse, and a report would only list what an absent policy fails to say.
//
// Exit codes: 0 success; 1 output could not be written (when the reader of
// standard output goes away, as `| head` does, the program stops quietly
// with 1 rather than dying of SIGPIPE); 2 usage error, or an input could not
// be read; 3 an input was refused (empty, binary, larger than
// analyzer.MaxInputBytes, or a malformed JSONL line). With several inputs the
// highest code wins.
package main
