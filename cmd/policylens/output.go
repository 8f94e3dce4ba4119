package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/render"
	"golang.org/x/term"
)

// analyzeFiles analyses each input in turn and prints its report as soon as
// it is ready. An input that fails is reported on stderr (and, in JSON with
// several inputs, as an error element) and the others still run.
func analyzeFiles(f *analyzeFlags, stdin io.Reader, stdout, stderr io.Writer) int {
	files := f.files
	if len(files) == 0 {
		files = []string{"-"}
		if isTerminal(stdin) {
			fmt.Fprintln(stderr, "policylens: reading the policy from standard input; end it with Ctrl-D (or pass a FILE)")
		}
	}
	if n := countOf(files, "-"); n > 1 {
		fmt.Fprintf(stderr, "policylens: standard input (-) is given %d times; it can be read once\n", n)
		return exitUsage
	}
	color, width := textStyle(f.color, stdout)
	w := bufio.NewWriter(stdout)
	arrayJSON := f.format == "json" && len(files) > 1
	if arrayJSON {
		w.WriteString("[\n")
	}
	code := exitOK
	for i, name := range files {
		text, notices, err := readPolicy(name, stdin)
		var r *analyzer.Report
		if err == nil {
			if r, err = analyze(text, notices); err != nil {
				err = fmt.Errorf("%s %w", displayName(name), err)
			}
		}
		if err != nil {
			fmt.Fprintf(stderr, "policylens: %v\n", err)
			code = max(code, exitCode(err))
		}
		switch {
		case arrayJSON:
			if i > 0 {
				w.WriteString(",\n")
			}
			el := struct {
				File   string           `json:"file"`
				Report *analyzer.Report `json:"report,omitempty"`
				Error  string           `json:"error,omitempty"`
			}{File: name, Report: r}
			if err != nil {
				el.Error = err.Error()
			}
			writeJSON(w, el)
		case err != nil:
		case f.format == "json":
			writeJSON(w, r)
			w.WriteString("\n")
		case f.format == "markdown":
			sep(w, i)
			render.Markdown(w, r, render.WithSource(text), render.WithTitle(title(name)))
		default:
			sep(w, i)
			render.Text(w, r, render.WithSource(text), render.WithTitle(title(name)), render.WithColor(color), render.WithWidth(width))
		}
		if err := w.Flush(); err != nil {
			return writeFailed(stderr, err)
		}
	}
	if arrayJSON {
		w.WriteString("\n]\n")
	}
	if err := w.Flush(); err != nil {
		return writeFailed(stderr, err)
	}
	return code
}

// analyze runs the engine on text and adds the reader's notices. A report
// whose "binary" notice says the engine found no text to read becomes a
// rejection, like binary input caught while reading. A panic becomes an
// error so one input cannot take the others down with it.
func analyze(text string, notices []analyzer.Notice) (r *analyzer.Report, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = nil, fmt.Errorf("internal error while analysing (please report it): %v", p)
		}
	}()
	r = analyzer.Analyze(text)
	for _, n := range r.Notices {
		if n.ID == "binary" {
			return nil, rejected("looks like a binary file (mostly control characters or bytes that are not UTF-8), not text: save the policy as plain UTF-8 text and try again")
		}
	}
	for _, n := range notices {
		if !hasNotice(r, n.ID) {
			r.Notices = append(r.Notices, n)
		}
	}
	return r, nil
}

func hasNotice(r *analyzer.Report, id string) bool {
	for _, n := range r.Notices {
		if n.ID == id {
			return true
		}
	}
	return false
}

// writeFailed reports an output error and returns exitOutput. A closed pipe
// (the reader stopped, as head does) is not worth a message: the program
// just stops.
func writeFailed(stderr io.Writer, err error) int {
	if !errors.Is(err, syscall.EPIPE) {
		fmt.Fprintf(stderr, "policylens: writing the report: %v\n", err)
	}
	return exitOutput
}

func exitCode(err error) int {
	var ie *inputError
	if errors.As(err, &ie) {
		return ie.code
	}
	return exitRejected
}

func writeJSON(w io.Writer, v any) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

// sep separates consecutive reports with a blank line.
func sep(w *bufio.Writer, i int) {
	if i > 0 {
		w.WriteString("\n")
	}
}

func title(name string) string {
	return "Privacy policy report: " + displayName(name)
}

// textStyle decides colour and wrap width for text output: colour when asked,
// or (auto) when stdout is a terminal and neither NO_COLOR nor TERM=dumb says
// otherwise; width follows the terminal (40 to 100 columns), else 80.
func textStyle(mode string, stdout io.Writer) (color bool, width int) {
	tty := isTerminal(stdout)
	switch mode {
	case "always":
		color = true
	case "auto":
		color = tty && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
	}
	width = 80
	if f, ok := stdout.(*os.File); ok && tty {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
			width = min(max(w, 40), 100)
		}
	}
	return color, width
}

func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func countOf(list []string, s string) int {
	n := 0
	for _, v := range list {
		if v == s {
			n++
		}
	}
	return n
}
