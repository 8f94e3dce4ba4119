package view

import (
	"fmt"
	"strings"

	"github.com/policylens/policylens/analyzer"
)

// maxQuotes is how many evidence quotes the Markdown export shows per item.
const maxQuotes = 2

// Markdown renders the report as a Markdown document: notices, every summary
// section with quotes of its evidence, and the counts per highlight kind.
// Text from the policy is escaped so it cannot inject markup or links.
func Markdown(r *analyzer.Report) string {
	var b strings.Builder
	b.WriteString("# Privacy policy report (PolicyLens)\n\n")
	fmt.Fprintf(&b, "%d words, %d findings. Analysed on this device; the policy text was not sent anywhere.\n\n",
		r.Stats.Words, len(r.Findings))
	for _, n := range r.Notices {
		fmt.Fprintf(&b, "> **%s:** %s\n\n", n.Level, EscapeMarkdown(n.Message))
	}
	for _, s := range Summarize(r) {
		fmt.Fprintf(&b, "## %s\n\n", s.Title)
		if len(s.Items) == 0 {
			fmt.Fprintf(&b, "%s\n\n", s.Empty)
			continue
		}
		group := ""
		for _, it := range s.Items {
			if it.Group != "" && it.Group != group {
				group = it.Group
				fmt.Fprintf(&b, "\n**%s**\n\n", EscapeMarkdown(group))
			}
			b.WriteString("- ")
			switch it.Polarity {
			case "good":
				b.WriteString("✔ ")
			case "bad":
				b.WriteString("✘ ")
			}
			b.WriteString(EscapeMarkdown(it.Text))
			if it.Detail != "" {
				b.WriteString(" — " + EscapeMarkdown(it.Detail))
			}
			b.WriteString("\n")
			for i, e := range it.Evidence {
				if i == maxQuotes {
					fmt.Fprintf(&b, "  - …and %d more\n", len(it.Evidence)-maxQuotes)
					break
				}
				if e >= 0 && e < len(r.Findings) {
					fmt.Fprintf(&b, "  - “%s”\n", EscapeMarkdown(oneLine(r.Findings[e].Text)))
				}
			}
		}
		b.WriteString("\n")
	}
	b.WriteString("## Highlights per kind\n\n| kind | count |\n|---|---|\n")
	counts := Counts(r)
	for _, k := range Kinds {
		fmt.Fprintf(&b, "| %s | %d |\n", k.Label, counts[k.ID])
	}
	return b.String()
}

// Counts returns the number of findings per highlight kind.
func Counts(r *analyzer.Report) map[string]int {
	c := make(map[string]int, len(Kinds))
	for _, f := range r.Findings {
		if Highlighted(f.Kind) {
			c[f.Kind]++
		}
	}
	return c
}

var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "&", "&amp;", "#", `\#`, "|", `\|`, "!", `\!`,
)

// EscapeMarkdown makes s literal text in Markdown (and in the HTML that
// Markdown may contain).
func EscapeMarkdown(s string) string { return mdEscaper.Replace(s) }

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
