package render

import (
	"bufio"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/internal/decimal"
	"github.com/policylens/policylens/summary"
)

// Markdown writes r as a Markdown document: a level-1 heading, the verdict
// (score, plain answers and PrivacySpy's rubric), one level-2 heading per
// section, entries as list items with their details and the
// evidence quoted (as block quotes) in a nested list. Every piece of text from the report or the policy is
// escaped, so a policy cannot add links, images, HTML or headings.
func Markdown(w io.Writer, r *analyzer.Report, opts ...Option) error {
	c := newConfig(opts)
	sum := summary.Of(r)
	b := bufio.NewWriter(w)
	b.WriteString("# " + escape(c.title) + "\n\n" + escape(sum.Stats) + "\n")
	for i, s := range sum.Sections {
		if v := sum.Verdict; v != nil && s.ID != summary.Notices && (i == 0 || sum.Sections[i-1].ID == summary.Notices) {
			markdownVerdict(b, v) // after the notices about the input, before the rest
		}
		b.WriteString("\n## " + escape(s.Title) + "\n\n")
		if len(s.Groups) == 0 {
			b.WriteString(escape(s.Empty) + "\n")
			continue
		}
		for i, g := range s.Groups {
			if g.Title != "" {
				if i > 0 {
					b.WriteString("\n")
				}
				b.WriteString("### " + escape(g.Title) + "\n\n")
			}
			for _, it := range g.Items {
				markdownItem(b, r, it, c)
			}
		}
	}
	return b.Flush()
}

var markdownTone = map[summary.Tone]string{summary.Good: "**Good:** ", summary.Bad: "**Bad:** "}

// markdownVerdict writes the score, the plain answers and the rubric.
func markdownVerdict(b *bufio.Writer, v *summary.Verdict) {
	b.WriteString("\n## Verdict\n\n")
	if v.Score != "" {
		b.WriteString("**" + escape("Score: "+v.Score+" / 10 ("+v.Word+")") + "**\n\n")
	}
	for _, a := range v.Answers {
		b.WriteString("- " + escape(a.Question) + " " + markdownTone[a.Tone] + escape(a.Answer) + "\n")
	}
	if len(v.Rubric) == 0 {
		return
	}
	b.WriteString("\n## PrivacySpy's rubric\n\n")
	for _, a := range v.Rubric {
		b.WriteString("- " + escape(a.Question) + " " + markdownTone[a.Tone] + escape(a.Answer) + "\n")
	}
	b.WriteString("\n" + escape(v.Credit) + "\n")
}

func markdownItem(b *bufio.Writer, r *analyzer.Report, it summary.Item, c *config) {
	label := markdownTone[it.Tone]
	if it.Label != "" {
		label = "**" + it.Label + ":** "
	}
	b.WriteString("- " + label + escape(it.Text) + "\n")
	for _, d := range it.Details {
		b.WriteString("  - " + escape(d) + "\n")
	}
	qs, more := summary.Quotes(r, it.Evidence, c.source, c.maxQuotes)
	for _, q := range qs {
		b.WriteString("  - > “" + escape(q.Intro) + escape(q.Before) + emphasis(q) + escape(q.After) + "”\n")
	}
	if more > 0 {
		b.WriteString("  - (and " + decimal.Thousands(more) + " more)\n")
	}
}

// emphasis bolds the match inside its sentence when CommonMark would surely
// render the ** as bold (a word character on each inner edge and none
// outside); otherwise it leaves the match plain.
func emphasis(q summary.Quote) string {
	m := escape(q.Match)
	if q.Before == "" && q.After == "" {
		return m
	}
	first, _ := utf8.DecodeRuneInString(q.Match)
	last, _ := utf8.DecodeLastRuneInString(q.Match)
	prev, _ := utf8.DecodeLastRuneInString(q.Before)
	next, _ := utf8.DecodeRuneInString(q.After)
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	if word(first) && word(last) && (q.Before == "" || !word(prev)) && (q.After == "" || !word(next)) {
		return "**" + m + "**"
	}
	return m
}

// escape makes s render literally in Markdown: it backslash-escapes the
// characters that act anywhere in a line (emphasis, code, links, HTML,
// entities, tables, strikethrough, maths) and, at the start, those that would
// begin a block (heading, list, quote, setext underline, numbered list).
// The text is first put on one line by summary.Clean.
func escape(s string) string {
	s = summary.Clean(s)
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
