package summary

import (
	"strings"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/internal/decimal"
)

// Summary is what a reader sees of a report.
type Summary struct {
	Stats    string    `json:"stats"`             // "262 words · 17 sentences · 21 findings"
	Verdict  *Verdict  `json:"verdict,omitempty"` // nil when the text is not a policy
	Sections []Section `json:"sections"`
}

// Section is one heading of the summary. A section with nothing to show has
// no groups, and Empty says so in a sentence.
type Section struct {
	ID     string  `json:"id"` // one of the section ids below
	Title  string  `json:"title"`
	Empty  string  `json:"empty,omitempty"`
	Groups []Group `json:"groups"`
}

// Group is a run of items under a sub-heading. Most sections hold one group
// without a title; "What they collect" holds one per data type group. A
// group always has items.
type Group struct {
	ID    string `json:"id,omitempty"`    // the data type group ("contact"), if any
	Title string `json:"title,omitempty"` // its display name ("Contact details")
	Items []Item `json:"items"`
}

// Item is one line of the summary. Evidence holds indices into the report's
// findings, passed through unchecked: a face that follows them (to quote or
// to highlight) skips those out of range.
type Item struct {
	ID       string   `json:"id,omitempty"` // the report's id for the thing ("email", "advertisers", "no-sale")
	Text     string   `json:"text"`
	Tone     Tone     `json:"tone,omitempty"`
	Label    string   `json:"label,omitempty"`   // a word that stands in for the tone's ("Error", "Warning")
	Details  []string `json:"details,omitempty"` // how to use a right, a condition, periods, ...
	Evidence []int    `json:"evidence"`
}

// Tone is how an item reads for the reader. Marks, colours and words follow
// it, so colour is never the only signal.
type Tone string

// The tones.
const (
	Plain Tone = ""     // neither good nor bad
	Good  Tone = "good" // good for the reader
	Bad   Tone = "bad"  // a concern
	Warn  Tone = "warn" // worth a look: data that is shared or sensitive, a half-good answer
)

// Section ids, in reading order: what speaks against the policy, what
// speaks for it, what is neither but worth knowing, the reader's rights,
// who gets the data, what data, the rest, and last, quieter, what the
// policy leaves out. They match the finding kinds, or the points'
// polarity, where there is one.
const (
	Notices      = "notices" // about the input itself; only present when there are notices
	Concerns     = "concerns"
	InFavour     = "good"
	WorthKnowing = "neutral"
	Rights       = "right"
	Sharing      = "share"
	Collected    = "collect"
	Purposes     = "purpose"
	Sources      = "source"
	Retention    = "retention"
	Security     = "security"
	Children     = "children"
	DoNotTrack   = "dnt"
	Changes      = "change"
	Transfers    = "transfer"
	LegalBases   = "legal-basis"
	Contacts     = "contact"
	Missing      = "missing"
)

// Of arranges a report into its verdict and sections in reading order.
// Every section but Notices is always present, so the reader also sees what
// was not found, except when a notice explains why nothing was (empty,
// binary, too large, not English, not a privacy policy): then the notices
// are all there is, and there is no verdict.
//
// Report values are untrusted (shared links, the JavaScript API): Of never
// indexes the report's slices with values taken from the report itself, and
// every text it copies from the report is made one line of printable text
// (see Clean).
func Of(r *analyzer.Report) Summary {
	s := Summary{Stats: stats(r), Sections: []Section{}}
	if n := notices(r); len(n.Groups) > 0 {
		s.Sections = append(s.Sections, n)
	}
	if len(r.Findings) == 0 && hasError(r.Notices) || notAPolicy(r.Notices) {
		return s
	}
	s.Verdict = verdictOf(r)
	s.Sections = append(s.Sections,
		points(Concerns, "Concerns", "No concerns were found.", r, Bad),
		points(InFavour, "In your favour", "Nothing in your favour was found.", r, Good),
		points(WorthKnowing, "Worth knowing", "Nothing else worth knowing was found.", r, Plain),
		rights(r),
		sharing(r),
		collected(r),
		purposes(r),
		sources(r),
		retention(r),
		security(r),
		children(r),
		doNotTrack(r),
		changes(r),
		transfers(r),
		list(LegalBases, "Legal bases", "No legal basis for processing is named.", r.LegalBases),
		contacts(r),
		missing(r),
	)
	return s
}

// notAPolicy reports whether the analyzer found that the text is not a
// privacy policy: then a list of what it "does not say" would mislead.
func notAPolicy(notices []analyzer.Notice) bool {
	for _, n := range notices {
		if n.ID == "not-a-policy" {
			return true
		}
	}
	return false
}

func hasError(notices []analyzer.Notice) bool {
	for _, n := range notices {
		if n.Level == "error" {
			return true
		}
	}
	return false
}

func stats(r *analyzer.Report) string {
	parts := []string{
		count(r.Stats.Words, "word"),
		count(r.Stats.Sentences, "sentence"),
		count(len(r.Findings), "finding"),
	}
	if r.Language != "" && r.Language != "en" {
		parts = append(parts, "language: "+Clean(r.Language))
	}
	return strings.Join(parts, " · ")
}

// count writes n with thousands separators and the noun in the right number.
func count(n int, noun string) string {
	s := decimal.Thousands(n)
	if n == 1 {
		return s + " " + noun
	}
	return s + " " + noun + "s"
}

// add appends an item to the section's last group, making one if needed.
// It is not inlined: its nineteen calls would each copy it (1.3 KiB brotli
// of the page's WASM).
//
//go:noinline
func (s *Section) add(it Item) {
	it.Evidence = evidence(it.Evidence)
	if len(s.Groups) == 0 {
		s.Groups = append(s.Groups, Group{})
	}
	g := &s.Groups[len(s.Groups)-1]
	g.Items = append(g.Items, it)
}

func section(id, title, empty string) Section {
	return Section{ID: id, Title: title, Empty: empty, Groups: []Group{}}
}
