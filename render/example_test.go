package render_test

import (
	"os"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/render"
)

// ExampleMarkdown renders a report as Markdown, quoting each piece of
// evidence as its whole sentence. Quoted policy text is escaped.
func ExampleMarkdown() {
	text := "We never sell your *personal* information."
	r := &analyzer.Report{
		Sharing: analyzer.Sharing{Sale: "no", SaleEvidence: []int{0}},
		Findings: []analyzer.Finding{{
			Kind: "sale", Start: 3, End: 13, Text: "never sell",
			Sentence: analyzer.Span{Start: 0, End: len(text)},
		}},
	}
	r.Stats.Words = 6
	_ = render.Markdown(os.Stdout, r, render.WithSource(text), render.WithTitle("policy.txt"))
	// Output:
	// # policy.txt
	//
	// 6 words · 0 sentences · 1 finding
	//
	// ## Verdict
	//
	// - Do they sell your data? **Good:** No, they say
	// - Used for targeted ads? Not stated
	// - Can you delete it? Not stated
	// - How long do they keep it? Not stated
	// - Who gets it? No one named
	// - Children? Not mentioned
	// - Do Not Track? Not mentioned
	//
	// ## Concerns
	//
	// No concerns were found.
	//
	// ## In your favour
	//
	// Nothing in your favour was found.
	//
	// ## Worth knowing
	//
	// Nothing else worth knowing was found.
	//
	// ## Your rights and choices
	//
	// No rights or choices are described.
	//
	// ## Who gets your data
	//
	// - **Good:** They say they do not sell your personal data.
	//   - > “We **never sell** your \*personal\* information.”
	// - No recipients of your data are named.
	//
	// ## What they collect
	//
	// No kinds of personal data were found.
	//
	// ## What they use it for
	//
	// The policy does not say what your data is used for.
	//
	// ## Where else they get your data
	//
	// The policy names no source of your data but you.
	//
	// ## How long they keep it
	//
	// - The policy does not say how long data is kept.
	//
	// ## Security
	//
	// - No security measures are named.
	// - The policy does not say whether you are told of a breach.
	//
	// ## Children
	//
	// - The policy does not mention children.
	//
	// ## Do Not Track
	//
	// - The policy does not mention Do Not Track.
	//
	// ## Changes to the policy
	//
	// - The policy does not say how changes are announced.
	//
	// ## International transfers
	//
	// - The policy does not mention transfers to other countries.
	//
	// ## Legal bases
	//
	// No legal basis for processing is named.
	//
	// ## Contacts
	//
	// No contact details were found.
	//
	// ## What the policy does not say
	//
	// Nothing expected is missing.
}
