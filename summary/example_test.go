package summary_test

import (
	"os"
	"strings"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/summary"
)

// ExampleOf prints the collected data of a report as a face would: group
// headings by display name, the most sensitive first, and a mark per tone.
func ExampleOf() {
	r := analyzer.Analyze("We collect your IP address, your email address and your health information. We may share your email address with advertisers.")
	marks := map[summary.Tone]string{summary.Good: "✔", summary.Bad: "✘", summary.Warn: "!", summary.Plain: "•"}
	var b strings.Builder
	for _, s := range summary.Of(r).Sections {
		if s.ID != summary.Collected {
			continue
		}
		for _, g := range s.Groups {
			b.WriteString(g.Title + "\n")
			for _, it := range g.Items {
				b.WriteString("  " + marks[it.Tone] + " " + it.Text + "\n")
			}
		}
	}
	os.Stdout.WriteString(b.String())
	// Output:
	// Health
	//   ! Health information (collected, sensitive)
	// Contact details
	//   ! Email address (collected, shared)
	// IP address and device IDs
	//   • IP address (collected)
}
