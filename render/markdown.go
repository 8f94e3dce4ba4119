package render

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer"
)

// Markdown writes r as a Markdown document: a level-1 heading, one level-2
// heading per section, entries as list items with their details and the
// evidence quoted (as block quotes) in a nested list. Every piece of text from the report or the policy is
// escaped, so a policy cannot add links, images, HTML or headings.
func Markdown(w io.Writer, r *analyzer.Report, opts ...Option) error {
	c := newConfig(opts)
	d := build(r, c)
	b := bufio.NewWriter(w)
	b.WriteString("# " + escape(d.title) + "\n\n" + escape(d.summary) + "\n")
	for _, s := range d.sections {
		b.WriteString("\n## " + escape(s.title) + "\n\n")
		if s.empty() {
			b.WriteString(escape(s.none) + "\n")
			continue
		}
		for i, g := range s.groups {
			if g.title != "" {
				if i > 0 {
					b.WriteString("\n")
				}
				b.WriteString("### " + escape(g.title) + "\n\n")
			}
			for _, e := range g.entries {
				markdownEntry(b, r, e, c)
			}
		}
	}
	return b.Flush()
}

var markdownTone = map[tone]string{good: "**Good:** ", bad: "**Bad:** "}

func markdownEntry(b *bufio.Writer, r *analyzer.Report, e entry, c *config) {
	label := markdownTone[e.tone]
	if e.label != "" {
		label = "**" + e.label + ":** "
	}
	b.WriteString("- " + label + escape(e.text) + "\n")
	for _, d := range e.details {
		b.WriteString("  - " + escape(d) + "\n")
	}
	qs, more := quotes(r, e.evidence, c)
	for _, q := range qs {
		b.WriteString("  - > “" + escape(q.before) + emphasis(q) + escape(q.after) + "”\n")
	}
	if more > 0 {
		b.WriteString("  - (and " + strconv.Itoa(more) + " more)\n")
	}
}

// emphasis bolds the match inside its sentence when CommonMark would surely
// render the ** as bold (a word character on each inner edge and none
// outside); otherwise it leaves the match plain.
func emphasis(q quote) string {
	m := escape(q.match)
	if q.before == "" && q.after == "" {
		return m
	}
	first, _ := utf8.DecodeRuneInString(q.match)
	last, _ := utf8.DecodeLastRuneInString(q.match)
	prev, _ := utf8.DecodeLastRuneInString(q.before)
	next, _ := utf8.DecodeRuneInString(q.after)
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	if word(first) && word(last) && (q.before == "" || !word(prev)) && (q.after == "" || !word(next)) {
		return "**" + m + "**"
	}
	return m
}

// escape makes s render literally in Markdown: it backslash-escapes the
// characters that act anywhere in a line (emphasis, code, links, HTML,
// entities, tables, strikethrough, maths) and, at the start, those that would
// begin a block (heading, list, quote, setext underline, numbered list).
// The text is first put on one line by clean.
func escape(s string) string {
	s = clean(s)
	var b strings.Builder
	if s != "" && strings.IndexByte("#+-=>", s[0]) >= 0 {
		b.WriteByte('\\')
		b.WriteByte(s[0])
		s = s[1:]
	} else if i := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }); i > 0 && (s[i] == '.' || s[i] == ')') {
		b.WriteString(s[:i])
		b.WriteByte('\\')
		s = s[i:]
	}
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>|~$&", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
