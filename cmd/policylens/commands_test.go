package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer"
)

// runCmd runs the command in-process.
func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// inputs writes test files into a temporary directory and returns it.
func inputs(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	pdf := append([]byte("%PDF-1.7\n"), bytes.Repeat([]byte{0xe2, 0xe3, 0xcf, 0xd3, 'x'}, 200)...)
	files := map[string][]byte{
		"policy.txt":   []byte("We collect your email address. We do not sell your personal information.\n"),
		"empty.txt":    {},
		"nul.bin":      []byte("text\x00with a NUL byte"),
		"doc.pdf":      pdf,
		"image.png":    append([]byte("\x89PNG\r\n\x1a\n"), bytes.Repeat([]byte{1, 2, 3}, 100)...),
		"junk.bin":     bytes.Repeat([]byte{0x01, 0x02, 0x80, 0x1f, 'a', 'b', 0x90, 0x13}, 1000),
		"latin1.txt":   []byte("We collect your name and caf\xe9 preferences.\n"),
		"cp1251.txt":   bytes.Repeat([]byte{0xcc, 0xfb, 0x20, 0xf1, 0xee, 0xe1, 0xe8, 0xf0, 0xe0, 0xe5, 0xec, 0x2e, 0x20}, 50),
		"utf16le.txt":  utf16LE("\ufeffWe collect your email address."),
		"utf16nobom":   utf16LE("We collect your email address and your name."),
		"page.html":    []byte("<!DOCTYPE html><html><body><h1>Privacy</h1><p>We collect your email.</p></body></html>"),
		"readme.md":    []byte("# Privacy\n\n* We collect **email**.\n* [Contact](https://example.com)\n"),
		"french.txt":   []byte("Nous collectons votre adresse électronique et ne vendons pas vos données.\n"),
		"max.txt":      bytes.Repeat([]byte("a"), analyzer.MaxInputBytes),
		"too-big.txt":  bytes.Repeat([]byte("a"), analyzer.MaxInputBytes+1),
		"ansi.txt":     []byte("We \x1b[31mcollect\x1b[0m your email address.\n"),
		"control1.txt": []byte("We collect your email\x01 address. A stray control byte is still text.\n"),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func utf16LE(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8)) // test strings are in the BMP
	}
	return b
}

func TestRun(t *testing.T) {
	dir := inputs(t)
	p := func(name string) string { return filepath.Join(dir, name) }
	tests := []struct {
		name      string
		args      []string
		stdin     string
		code      int
		stdout    []string // substrings of stdout
		stderr    []string // substrings of stderr
		noStdout  bool
		noEscapes bool
	}{
		{name: "no arguments", code: 2, stderr: []string{"Usage:"}, noStdout: true},
		{name: "help", args: []string{"help"}, stdout: []string{"policylens analyze", "--jsonl"}},
		{name: "--help", args: []string{"--help"}, stdout: []string{"Usage:"}},
		{name: "version", args: []string{"version"}, stdout: []string{"policylens ", "report format 1"}},
		{name: "--version", args: []string{"--version"}, stdout: []string{"report format"}},
		{name: "unknown command", args: []string{"analyse-all"}, code: 2, stderr: []string{`unknown command "analyse-all"`, "Usage:"}, noStdout: true},
		{name: "analyze --help", args: []string{"analyze", "--help"}, stdout: []string{"--format", "--jsonl", "--color", "10 MiB"}},
		{name: "analyze -h", args: []string{"analyze", "-h"}, stdout: []string{"Exit codes"}},
		{name: "unknown flag", args: []string{"analyze", "--bogus"}, code: 2, stderr: []string{"unknown flag --bogus\n", "policylens analyze --help"}, noStdout: true},
		{name: "unknown flag with a value", args: []string{"analyze", "--bogus=1"}, code: 2, stderr: []string{"unknown flag --bogus\n"}, noStdout: true},
		{name: "unknown short flag", args: []string{"analyze", "-x"}, code: 2, stderr: []string{"unknown flag -x\n"}, noStdout: true},
		{name: "flag without its value", args: []string{"analyze", "--format"}, code: 2, stderr: []string{"--format needs a value"}, noStdout: true},
		{name: "value for a switch", args: []string{"analyze", "--jsonl=maybe"}, code: 2, stderr: []string{"--jsonl takes no value"}, noStdout: true},
		{name: "bad flag syntax", args: []string{"analyze", "---x"}, code: 2, stderr: []string{"unknown flag ---x"}, noStdout: true},
		{name: "bad format", args: []string{"analyze", "--format", "xml", p("policy.txt")}, code: 2, stderr: []string{`"xml"`, "text, json or markdown"}, noStdout: true},
		{name: "bad color", args: []string{"analyze", "--color", "rainbow"}, code: 2, stderr: []string{`"rainbow"`}, noStdout: true},
		{name: "jsonl with text format", args: []string{"analyze", "--jsonl", "--format", "text"}, code: 2, stderr: []string{"--jsonl always writes JSON"}, noStdout: true},
		{name: "jsonl with a file", args: []string{"analyze", "--jsonl", p("policy.txt")}, code: 2, stderr: []string{"--jsonl reads standard input"}, noStdout: true},
		{name: "stdin twice", args: []string{"analyze", "-", "-"}, code: 2, stderr: []string{"given 2 times"}, noStdout: true},
		{name: "missing file", args: []string{"analyze", p("nope.txt")}, code: 2, stderr: []string{"cannot read " + p("nope.txt") + ": no such file or directory"}, noStdout: true},
		{name: "directory", args: []string{"analyze", dir}, code: 2, stderr: []string{"cannot read " + dir + ": is a directory"}, noStdout: true},
		{name: "NUL bytes", args: []string{"analyze", p("nul.bin")}, code: 3, stderr: []string{"nul.bin looks like a binary file", "NUL"}, noStdout: true},
		{name: "PDF", args: []string{"analyze", p("doc.pdf")}, code: 3, stderr: []string{"looks like a binary file (application/pdf)"}, noStdout: true},
		{name: "PNG", args: []string{"analyze", p("image.png")}, code: 3, stderr: []string{"looks like a binary file (image/png)"}, noStdout: true},
		{name: "control junk", args: []string{"analyze", p("junk.bin")}, code: 3, stderr: []string{"looks like a binary file", "control characters"}, noStdout: true},
		{name: "mostly not UTF-8 (engine's binary notice)", args: []string{"analyze", p("cp1251.txt")}, code: 3, stderr: []string{"cp1251.txt looks like a binary file"}, noStdout: true},
		{name: "UTF-16 without BOM", args: []string{"analyze", p("utf16nobom")}, code: 3, stderr: []string{"UTF-16"}, noStdout: true},
		{name: "too large file", args: []string{"analyze", p("too-big.txt")}, code: 3, stderr: []string{"too-big.txt is larger than the 10 MiB limit (10,485,760 bytes)"}, noStdout: true},
		{name: "too large stdin", args: []string{"analyze"}, stdin: strings.Repeat("a", analyzer.MaxInputBytes+1), code: 3, stderr: []string{"standard input is larger than the 10 MiB limit"}, noStdout: true},
		{name: "text from stdin", args: []string{"analyze"}, stdin: "We collect your email address.", stdout: []string{"Privacy policy report: standard input", "VERDICT", "WHAT THEY COLLECT", "WHAT THE POLICY DOES NOT SAY"}, noEscapes: true},
		{name: "text from -", args: []string{"analyze", "-"}, stdin: "We collect your email address.", stdout: []string{"standard input"}, noEscapes: true},
		{name: "text file", args: []string{"analyze", p("policy.txt")}, stdout: []string{"Privacy policy report: " + p("policy.txt"), "WHO GETS YOUR DATA"}, noEscapes: true},
		{name: "color always", args: []string{"analyze", "--color=always", p("policy.txt")}, stdout: []string{"\x1b[1m"}},
		{name: "color never", args: []string{"analyze", "--color", "never", p("policy.txt")}, noEscapes: true},
		{name: "ANSI in the policy is not passed through", args: []string{"analyze", p("ansi.txt")}, noEscapes: true},
		{name: "empty file", args: []string{"analyze", p("empty.txt")}, code: 3, stderr: []string{"empty.txt is empty: there is no text to analyse"}, noStdout: true},
		{name: "blank stdin", args: []string{"analyze"}, stdin: " \n\t\n", code: 3, stderr: []string{"standard input is empty"}, noStdout: true},
		{name: "markdown", args: []string{"analyze", "--format", "markdown", p("policy.txt")}, stdout: []string{"# Privacy policy report: ", "## Verdict", "## What the policy does not say"}},
		{name: "flags after files", args: []string{"analyze", p("policy.txt"), "-f", "markdown"}, stdout: []string{"## Verdict"}},
		{name: "-- ends flags", args: []string{"analyze", "--", "-f"}, code: 2, stderr: []string{"cannot read -f"}},
		{name: "several files, one missing", args: []string{"analyze", p("policy.txt"), p("nope.txt"), p("readme.md")}, code: 2, stdout: []string{p("policy.txt"), p("readme.md")}, stderr: []string{"nope.txt"}},
		{name: "several failures: highest code", args: []string{"analyze", p("nope.txt"), p("nul.bin")}, code: 3, stderr: []string{"nope.txt", "nul.bin"}},
		{name: "HTML is text", args: []string{"analyze", p("page.html")}, stdout: []string{"Privacy policy report: "}},
		{name: "Markdown is text", args: []string{"analyze", p("readme.md")}, stdout: []string{"Privacy policy report: "}},
		{name: "non-English text", args: []string{"analyze", p("french.txt")}, stdout: []string{"Privacy policy report: "}},
		{name: "stray control byte is text", args: []string{"analyze", p("control1.txt")}, stdout: []string{"Privacy policy report: "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, tt.stdin, tt.args...)
			if code != tt.code {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			for _, s := range tt.stdout {
				if !strings.Contains(stdout, s) {
					t.Errorf("stdout lacks %q:\n%s", s, stdout)
				}
			}
			for _, s := range tt.stderr {
				if !strings.Contains(stderr, s) {
					t.Errorf("stderr lacks %q:\n%s", s, stderr)
				}
			}
			if tt.noStdout && stdout != "" {
				t.Errorf("stdout should be empty, got:\n%s", stdout)
			}
			if tt.noEscapes && strings.ContainsRune(stdout, '\x1b') {
				t.Errorf("stdout holds escape sequences:\n%q", stdout)
			}
			if tt.code == 0 && stderr != "" {
				t.Errorf("stderr should be empty on success, got:\n%s", stderr)
			}
		})
	}
}

// TestRunJSON checks the JSON shapes: one object for one input, an array of
// {file, report|error} for several, and the notices the CLI adds.
func TestRunJSON(t *testing.T) {
	dir := inputs(t)
	p := func(name string) string { return filepath.Join(dir, name) }

	single := func(t *testing.T, name string) *analyzer.Report {
		code, stdout, stderr := runCmd(t, "", "analyze", "--format", "json", p(name))
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, stderr)
		}
		var r analyzer.Report
		if err := json.Unmarshal([]byte(stdout), &r); err != nil {
			t.Fatalf("%s: output is not one report: %v\n%s", name, err, stdout)
		}
		return &r
	}
	t.Run("single", func(t *testing.T) {
		r := single(t, "policy.txt")
		data, _ := os.ReadFile(p("policy.txt"))
		if r.Version != analyzer.FormatVersion || r.Stats.Bytes != len(data) {
			t.Errorf("version %d, bytes %d; want %d, %d", r.Version, r.Stats.Bytes, analyzer.FormatVersion, len(data))
		}
		if hasNotice(r, "invalid-utf8") {
			t.Error("valid UTF-8 got an invalid-utf8 notice")
		}
	})
	t.Run("invalid UTF-8 notice", func(t *testing.T) {
		if r := single(t, "latin1.txt"); !hasNotice(r, "invalid-utf8") {
			t.Errorf("no invalid-utf8 notice: %+v", r.Notices)
		}
	})
	t.Run("UTF-16 converted", func(t *testing.T) {
		r := single(t, "utf16le.txt")
		if !hasNotice(r, "utf16-converted") || r.Stats.Bytes != len("We collect your email address.") {
			t.Errorf("notices %+v, bytes %d", r.Notices, r.Stats.Bytes)
		}
	})
	t.Run("several", func(t *testing.T) {
		code, stdout, stderr := runCmd(t, "", "analyze", "--format=json", p("policy.txt"), p("nul.bin"), p("empty.txt"))
		if code != 3 || !strings.Contains(stderr, "nul.bin") {
			t.Errorf("exit %d, stderr %q; want 3 naming nul.bin", code, stderr)
		}
		var got []struct {
			File   string           `json:"file"`
			Report *analyzer.Report `json:"report"`
			Error  string           `json:"error"`
		}
		if err := json.Unmarshal([]byte(stdout), &got); err != nil {
			t.Fatalf("not a JSON array: %v\n%s", err, stdout)
		}
		if len(got) != 3 || got[0].File != p("policy.txt") || got[0].Report == nil || got[1].Report != nil ||
			!strings.Contains(got[1].Error, "binary") || got[2].Report != nil || !strings.Contains(got[2].Error, "is empty") {
			t.Errorf("unexpected elements: %s", stdout)
		}
	})
}

// TestDecodeUTF16 covers both byte orders and an odd trailing byte.
func TestDecodeUTF16(t *testing.T) {
	tests := []struct {
		in   []byte
		want string
	}{
		{[]byte{0xFF, 0xFE, 'h', 0, 'i', 0}, "hi"},
		{[]byte{0xFE, 0xFF, 0, 'h', 0, 'i'}, "hi"},
		{[]byte{0xFF, 0xFE, 0xAC, 0x20}, "€"},
		{[]byte{0xFF, 0xFE, 0x3D, 0xD8, 0x00, 0xDE}, "😀"},
		{[]byte{0xFF, 0xFE, 'h', 0, 'i'}, "h\uFFFD"},
		{[]byte{0xFF, 0xFE, 0x3D, 0xD8}, "\uFFFD"},
	}
	for _, tt := range tests {
		if got := string(decodeUTF16(tt.in)); got != tt.want || !utf8.ValidString(got) {
			t.Errorf("decodeUTF16(% x) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestReadPolicyLimit checks the size limit at its edge without analysing
// 10 MiB (the engine's speed is measured by make bench, not here).
func TestReadPolicyLimit(t *testing.T) {
	dir := inputs(t)
	text, _, err := readPolicy(filepath.Join(dir, "max.txt"), nil)
	if err != nil || len(text) != analyzer.MaxInputBytes {
		t.Errorf("a file of exactly MaxInputBytes: %d bytes, %v", len(text), err)
	}
	_, _, err = readPolicy("-", strings.NewReader(strings.Repeat("a", analyzer.MaxInputBytes+1)))
	var ie *inputError
	if !errors.As(err, &ie) || ie.code != exitRejected {
		t.Errorf("MaxInputBytes+1 from stdin: %v", err)
	}
}

// FuzzParseAnalyze parses arbitrary arguments: no panic, and an unknown flag
// is named as it was typed.
func FuzzParseAnalyze(f *testing.F) {
	for _, a := range []string{"--bogus", "-bogus", "--format", "---x", "--jsonl=maybe", "-f=json", "--=", "-", "--"} {
		f.Add(a, "policy.txt")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		_, err := parseAnalyze([]string{a, b})
		if err == nil {
			return
		}
		if msg := err.Error(); strings.HasPrefix(msg, "unknown flag ") {
			name := strings.TrimPrefix(msg, "unknown flag ")
			if !strings.HasPrefix(a, name) && !strings.HasPrefix(b, name) {
				t.Fatalf("args %q %q: message names %q, which was not typed", a, b, name)
			}
		}
	})
}

// TestTextBinaryReason checks that the --jsonl texts' check, which reads a
// string in place, says what the check of files says of the same bytes.
func TestTextBinaryReason(t *testing.T) {
	for _, text := range []string{
		"We collect your email address.",
		"%PDF-1.4\n1 0 obj",
		"\x89PNG\r\n\x1a\n",
		strings.Repeat("\x01\x02 text ", 100),
		"W\x00e\x00 \x00c\x00o\x00l\x00l\x00e\x00c\x00t\x00",
		strings.Repeat("We collect your name. ", 4000) + "\x00",
		strings.Repeat("x", 600) + strings.Repeat("\x03", 100),
	} {
		if got, want := textBinaryReason(text), binaryReason([]byte(text)); got != want {
			t.Errorf("%.20q: textBinaryReason %q, binaryReason %q", text, got, want)
		}
	}
}
