package render

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer"
)

// ANSI SGR sequences used by Text with colour.
const (
	sgrReset  = "\x1b[0m"
	sgrBold   = "\x1b[1m"
	sgrDim    = "\x1b[2m"
	sgrRed    = "\x1b[31m"
	sgrGreen  = "\x1b[32m"
	sgrYellow = "\x1b[33m"
	sgrCyan   = "\x1b[36m"
)

// Text writes r as a readable plain-text summary with the evidence quoted,
// wrapped at 80 columns unless WithWidth says otherwise, in colour when
// WithColor(true) is given. Marks make the text clear without colour:
// ✔ good for the reader, ✘ bad, ! worth a look, • neutral.
func Text(w io.Writer, r *analyzer.Report, opts ...Option) error {
	c := newConfig(opts)
	d := build(r, c)
	t := &textWriter{w: bufio.NewWriter(w), c: c}
	t.line(t.style(sgrBold, d.title))
	t.line(t.style(sgrDim, d.summary))
	for _, s := range d.sections {
		t.line("")
		t.line(t.style(sgrBold+sgrCyan, strings.ToUpper(s.title)))
		if s.empty() {
			t.para("  ", "  ", s.none)
			continue
		}
		for _, g := range s.groups {
			indent := "  "
			if g.title != "" {
				t.line("  " + t.style(sgrBold, clean(g.title)))
				indent = "    "
			}
			for _, e := range g.entries {
				t.entry(r, indent, e)
			}
		}
	}
	return t.w.Flush()
}

type textWriter struct {
	w *bufio.Writer
	c *config
}

func (t *textWriter) entry(r *analyzer.Report, indent string, e entry) {
	mark, color := "•", ""
	switch e.tone {
	case good:
		mark, color = "✔", sgrGreen
	case bad:
		mark, color = "✘", sgrRed
	case warn:
		mark, color = "!", sgrYellow
	}
	sub := indent + "    "
	t.para(indent+t.style(color+sgrBold, mark)+" ", indent+"  ", t.style(color, clean(e.text)))
	for _, d := range e.details {
		t.para(indent+"  ", sub, clean(d))
	}
	qs, more := quotes(r, e.evidence, t.c)
	for _, q := range qs {
		s := t.style(sgrDim, "“"+q.before) + t.style(sgrBold, q.match) + t.style(sgrDim, q.after+"”")
		t.para(sub, sub+" ", s)
	}
	if more > 0 {
		t.para(sub, sub, t.style(sgrDim, "(and "+strconv.Itoa(more)+" more)"))
	}
}

// style wraps s in an SGR sequence when colour is on.
func (t *textWriter) style(sgr, s string) string {
	if !t.c.color || sgr == "" || s == "" {
		return s
	}
	return sgr + s + sgrReset
}

func (t *textWriter) line(s string) {
	t.w.WriteString(s)
	t.w.WriteByte('\n')
}

// para writes s word-wrapped at the configured width: the first line starts
// with first, the following ones with rest. Escape sequences take no width.
func (t *textWriter) para(first, rest, s string) {
	line, width := first, visible(first)
	fresh := true
	for _, word := range strings.Split(s, " ") {
		if word == "" {
			continue
		}
		n := visible(word)
		if !fresh && t.c.width > 0 && width+1+n > t.c.width {
			t.line(line)
			line, width, fresh = rest, visible(rest), true
		}
		if !fresh {
			line += " "
			width++
		}
		line += word
		width += n
		fresh = false
	}
	t.line(line)
}

// visible is the number of runes in s that take a column, skipping ANSI
// escape sequences (the only control characters left after clean).
func visible(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] == '\x1b' {
			j := strings.IndexByte(s[i:], 'm')
			if j < 0 {
				break
			}
			i += j + 1
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return n
}
