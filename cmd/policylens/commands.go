package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/policylens/policylens/analyzer"
)

// Exit codes; see doc.go.
const (
	exitOK       = 0
	exitOutput   = 1
	exitUsage    = 2
	exitRead     = 2
	exitRejected = 3
)

const usage = `policylens reads privacy policies and reports what they say.
The text is analysed on this machine; nothing is sent anywhere.

Usage:
  policylens analyze [flags] [FILE ...|-]   analyse policies (standard input when no FILE or -)
  policylens analyze --jsonl                batch: JSON lines {"id":..,"text":..} in, reports out
  policylens version                        print the version
  policylens help                           show this help

Run 'policylens analyze --help' for the analyze flags.
`

const analyzeUsage = `Usage: policylens analyze [flags] [FILE ...|-]

Analyses each FILE (or standard input when there is none, or for -) and prints
one report per input.

Flags:
  -f, --format FORMAT   text (default), json or markdown
      --color WHEN      auto (default: colour when standard output is a terminal
                        and NO_COLOR is unset), always or never
      --jsonl           read JSON lines {"id": ..., "text": ...} from standard input
                        and write one {"id": ..., "report": ...} line per input line,
                        in order, using all cores; a bad line gets {"id", "line", "error"};
                        on a terminal, standard error shows the progress

Exit codes: 0 ok, 1 output failed (or its reader went away), 2 usage or
unreadable input, 3 input refused (empty, binary, over the %d MiB limit,
malformed JSON line).
`

// run is the whole program with its environment passed in, so tests run it
// in-process. It returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "analyze", "analyse":
		return runAnalyze(args[1:], stdin, stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, versionString())
		return exitOK
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "policylens: unknown command %q\n\n%s", args[0], usage)
	return exitUsage
}

// analyzeFlags are the parsed flags and operands of the analyze command.
type analyzeFlags struct {
	format string
	color  string
	jsonl  bool
	files  []string
}

// parseAnalyze parses flags anywhere among the operands (policylens analyze
// a.txt --format json), as users expect; everything after -- is an operand.
func parseAnalyze(args []string) (*analyzeFlags, error) {
	f := &analyzeFlags{}
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // runAnalyze reports errors itself
	fs.Usage = func() {}
	fs.StringVar(&f.format, "format", "text", "")
	fs.StringVar(&f.format, "f", "text", "")
	fs.StringVar(&f.color, "color", "auto", "")
	fs.BoolVar(&f.jsonl, "jsonl", false, "")
	var rest []string
	if i := indexOf(args, "--"); i >= 0 {
		args, rest = args[:i], args[i+1:]
	}
	typed := args
	for {
		if err := fs.Parse(args); err != nil {
			return nil, flagError(err, typed)
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		f.files = append(f.files, args[0])
		args = args[1:]
	}
	f.files = append(f.files, rest...)
	switch {
	case f.format != "text" && f.format != "json" && f.format != "markdown":
		return nil, fmt.Errorf("unknown --format %q: use text, json or markdown", f.format)
	case f.color != "auto" && f.color != "always" && f.color != "never":
		return nil, fmt.Errorf("unknown --color %q: use auto, always or never", f.color)
	case f.jsonl && f.format != "json" && isSet(fs, "format", "f"):
		return nil, errors.New("--jsonl always writes JSON lines: drop --format")
	case f.jsonl && (len(f.files) > 1 || len(f.files) == 1 && f.files[0] != "-"):
		return nil, errors.New("--jsonl reads standard input: pass no FILE (policylens analyze --jsonl < policies.jsonl)")
	}
	return f, nil
}

func runAnalyze(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	f, err := parseAnalyze(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprintf(stdout, analyzeUsage, analyzer.MaxInputBytes>>20)
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "policylens: %v\n", err)
		fmt.Fprintln(stderr, "Run 'policylens analyze --help' for usage.")
		return exitUsage
	}
	if f.jsonl {
		batchGC()
		return runJSONL(stdin, stdout, stderr, runtime.GOMAXPROCS(0))
	}
	return analyzeFiles(f, stdin, stdout, stderr)
}

// flagError rewrites the flag package's errors with each flag as the user
// typed it ("unknown flag --bogus", not "flag provided but not defined:
// -bogus").
func flagError(err error, args []string) error {
	msg := err.Error()
	if typed, ok := strings.CutPrefix(msg, "bad flag syntax: "); ok { // already as typed
		return errors.New("unknown flag " + typed)
	}
	for _, f := range []struct{ prefix, say string }{
		{"flag provided but not defined: -", "unknown flag %s"},
		{"flag needs an argument: -", "%s needs a value"},
	} {
		if name, ok := strings.CutPrefix(msg, f.prefix); ok {
			return fmt.Errorf(f.say, typedFlag(args, name))
		}
	}
	if _, name, ok := strings.Cut(msg, " for -"); ok && strings.HasPrefix(msg, "invalid boolean value") {
		name, _, _ = strings.Cut(name, ":")
		return fmt.Errorf("%s takes no value: use %[1]s alone", typedFlag(args, name))
	}
	if errors.Is(err, flag.ErrHelp) {
		return err
	}
	return errors.New(msg)
}

// typedFlag returns the argument that named flag name, as typed up to any
// '=' (--bogus, -f), or -name when none did.
func typedFlag(args []string, name string) string {
	for _, a := range args {
		flagPart, _, _ := strings.Cut(a, "=")
		if strings.HasPrefix(a, "-") && strings.TrimLeft(flagPart, "-") == strings.TrimLeft(name, "-") {
			return flagPart
		}
	}
	return "-" + name
}

func isSet(fs *flag.FlagSet, names ...string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) {
		for _, n := range names {
			set = set || f.Name == n
		}
	})
	return set
}

func indexOf(args []string, s string) int {
	for i, a := range args {
		if a == s {
			return i
		}
	}
	return -1
}

// versionString names the build: module version (or VCS revision) and the
// report format version.
func versionString() string {
	v := "devel"
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && v == "devel" && len(s.Value) >= 12 {
				v = "devel " + s.Value[:12]
			}
		}
	}
	return fmt.Sprintf("policylens %s (report format %d, %s %s/%s)", v, analyzer.FormatVersion, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

// batchGC lets the garbage collector of a batch (--jsonl) run a quarter as
// often as Go's default, unless GOGC says otherwise: about 10% less CPU
// over the TOSBack policies on one core, for a peak of about 40 MB instead
// of 21 MB. A soft limit of 1 GiB (unless GOMEMLIMIT is set) makes it run
// more often again before memory grows past that.
func batchGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(1 << 30)
	}
}
