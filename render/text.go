package render

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/internal/decimal"
	"github.com/policylens/policylens/summary"
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

// Text writes r as a readable plain-text summary: the verdict (score, plain
// answers and PrivacySpy's rubric) first, then the sections with the
// evidence quoted, wrapped at 80 columns unless WithWidth says otherwise, in
// colour when WithColor(true) is given. Marks make the text clear without
// colour: ✔ good for the reader, ✘ bad, ! worth a look, • neutral.
func Text(w io.Writer, r *analyzer.Report, opts ...Option) error {
	c := newConfig(opts)
	sum := summary.Of(r)
	t := &textWriter{w: bufio.NewWriter(w), c: c}
	t.line(t.style(sgrBold, summary.Clean(c.title)))
	t.line(t.style(sgrDim, sum.Stats))
	for i, s := range sum.Sections {
		if v := sum.Verdict; v != nil && s.ID != summary.Notices && (i == 0 || sum.Sections[i-1].ID == summary.Notices) {
			t.verdict(v) // after the notices about the input, before the rest
		}
		t.line("")
		t.line(t.style(sgrBold+sgrCyan, strings.ToUpper(s.Title)))
		if len(s.Groups) == 0 {
			t.para("  ", "  ", s.Empty)
			continue
		}
		for _, g := range s.Groups {
			indent := "  "
			if g.Title != "" {
				t.line("  " + t.style(sgrBold, g.Title))
				indent = "    "
			}
			for _, it := range g.Items {
				t.item(r, indent, it)
			}
		}
	}
	return t.w.Flush()
}

type textWriter struct {
	w *bufio.Writer
	c *config
}

// mark is the sign and colour of a tone.
func mark(tone summary.Tone) (string, string) {
	switch tone {
	case summary.Good:
		return "✔", sgrGreen
	case summary.Bad:
		return "✘", sgrRed
	case summary.Warn:
		return "!", sgrYellow
	}
	return "•", ""
}

// verdict writes the score, the plain answers and the rubric: what a
// reader asks first, before the sections.
func (t *textWriter) verdict(v *summary.Verdict) {
	t.line("")
	head := "VERDICT"
	_, color := mark(v.Tone)
	if v.Score != "" {
		head += ": " + v.Score + " / 10, " + strings.ToUpper(v.Word)
	}
	t.line(t.style(sgrBold+color, head))
	for _, a := range v.Answers {
		m, color := mark(a.Tone)
		t.para("  "+t.style(color+sgrBold, m)+" ", "    ", a.Question+" "+t.style(color, a.Answer))
	}
	if len(v.Rubric) == 0 {
		return
	}
	t.line("")
	t.line(t.style(sgrBold+sgrCyan, "PRIVACYSPY'S RUBRIC"))
	for _, a := range v.Rubric {
		m, color := mark(a.Tone)
		t.para("  "+t.style(color+sgrBold, m)+" ", "    ", a.Question)
		t.para("    ", "    ", t.style(color, a.Answer))
	}
	t.para("  ", "  ", t.style(sgrDim, v.Credit))
}

func (t *textWriter) item(r *analyzer.Report, indent string, it summary.Item) {
	mark, color := mark(it.Tone)
	sub := indent + "    "
	t.para(indent+t.style(color+sgrBold, mark)+" ", indent+"  ", t.style(color, it.Text))
	for _, d := range it.Details {
		t.para(indent+"  ", sub, d)
	}
	qs, more := summary.Quotes(r, it.Evidence, t.c.source, t.c.maxQuotes)
	for _, q := range qs {
		s := t.style(sgrDim, "“"+q.Intro+q.Before) + t.style(sgrBold, q.Match) + t.style(sgrDim, q.After+"”")
		t.para(sub, sub+" ", s)
	}
	if more > 0 {
		t.para(sub, sub, t.style(sgrDim, "(and "+decimal.Thousands(more)+" more)"))
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
