package summary

import (
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer"
)

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  many \t\n spaces  ", " many spaces "},
		{"red \x1b[31mtext\x1b[0m", "red [31mtext[0m"},
		{"bidi \u202Eevil\u202C ok", "bidi evil ok"},
		{"nul\x00 and \u0085 next-line", "nul and next-line"},
		{"bad \xc3\x28", "bad \uFFFD("},
	}
	for _, tt := range tests {
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzClean holds Clean's shortcut for plain text to its rune by rune path.
func FuzzClean(f *testing.F) {
	for _, s := range []string{"", " ", "  ", "a  b", "plain text.", " lead", "trail ", "tab\there", "\x7f", "caf\u00e9", "~}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !plain(s) {
			return
		}
		if got := Clean(s + "\u00e9"); got != s+"\u00e9" { // not plain: the rune by rune path
			t.Errorf("Clean(%q + é) = %q, want it unchanged", s, got)
		}
	})
}

func TestShorten(t *testing.T) {
	long := strings.Repeat("word ", 100)
	tests := []struct {
		name string
		in   Quote
		max  int
		want Quote
	}{
		{"fits", Quote{"", "a ", "b", " c"}, 10, Quote{"", "a ", "b", " c"}},
		{"both sides", Quote{"", long, "MATCH", " " + long}, 25, Quote{"", "…word word ", "MATCH", " word word…"}},
		{"match at start", Quote{"", "", "MATCH", " " + long}, 25, Quote{"", "", "MATCH", " word word word word…"}},
		{"match too long", Quote{"", "x ", long, ""}, 12, Quote{"", "…", "word word", "…"}},
	}
	for _, tt := range tests {
		if got := shorten(tt.in, tt.max); got != tt.want {
			t.Errorf("%s: shorten = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestQuotesSkipBadEvidence(t *testing.T) {
	r := &analyzer.Report{Findings: []analyzer.Finding{
		{Start: 0, End: 3, Text: "abc", Sentence: analyzer.Span{Start: 0, End: 999}},
		{Start: 5, End: 2, Text: "xyz", Sentence: analyzer.Span{Start: -4, End: 1}},
	}}
	qs, more := Quotes(r, []int{-1, 0, 7, 1, 0}, "abc def", 5)
	if more != 0 || len(qs) != 2 || qs[0].String() != "abc" || qs[1].String() != "xyz" {
		t.Errorf("Quotes = %q, %d more; want the two findings' own texts", qs, more)
	}
}

// TestQuotesOnePerSentence checks that two matches in one sentence give one
// quote (the first), while the matched words alone are quoted per finding.
func TestQuotesOnePerSentence(t *testing.T) {
	src := "We collect your card number and card expiry. We sell nothing."
	sent := analyzer.Span{Start: 0, End: 44}
	r := &analyzer.Report{Findings: []analyzer.Finding{
		{Start: 16, End: 27, Text: "card number", Sentence: sent},
		{Start: 32, End: 43, Text: "card expiry", Sentence: sent},
		{Start: 45, End: 52, Text: "We sell", Sentence: analyzer.Span{Start: 45, End: 61}},
	}}
	qs, more := Quotes(r, []int{0, 1, 2}, src, 0)
	if len(qs) != 2 || more != 0 || qs[0].Match != "card number" || qs[1].String() != "We sell nothing." {
		t.Errorf("with source: %q, %d more", qs, more)
	}
	qs, _ = Quotes(r, []int{0, 1, 2}, "", 0)
	if len(qs) != 3 {
		t.Errorf("without source: %q, want the three matched texts", qs)
	}
}

// TestQuotesOnceForARepeatedSentence checks that a sentence the text holds
// twice, word for word, is quoted once, whichever of its copies matched.
func TestQuotesOnceForARepeatedSentence(t *testing.T) {
	src := "You can disable cookies. You can disable cookies. You can block cookies."
	r := &analyzer.Report{Findings: []analyzer.Finding{
		{Start: 8, End: 23, Text: "disable cookies", Sentence: analyzer.Span{Start: 0, End: 24}},
		{Start: 33, End: 48, Text: "disable cookies", Sentence: analyzer.Span{Start: 25, End: 49}},
		{Start: 58, End: 71, Text: "block cookies", Sentence: analyzer.Span{Start: 50, End: 72}},
	}}
	qs, more := Quotes(r, []int{0, 1, 2}, src, 0)
	if len(qs) != 2 || more != 0 || qs[0].String() != "You can disable cookies." || qs[1].String() != "You can block cookies." {
		t.Errorf("Quotes = %q, %d more; want each distinct sentence once", qs, more)
	}
}

// TestQuoteListItemIntro: a quote of a list item shows the sentence that
// introduces the list before it (issue #15: "the list item with its
// intro"); a sentence that is no list item has none.
func TestQuoteListItemIntro(t *testing.T) {
	text := "We use cookies to remember you.\n\nWe have disclosed these kinds of data to advertisers:\n\n- Geolocation data\n"
	var sawItem bool
	for _, q := range dataQuotes(text) {
		switch q.Before + q.Match + q.After {
		case "Geolocation data":
			sawItem = true
			if q.Intro != "We have disclosed these kinds of data to advertisers: " {
				t.Errorf("intro %q", q.Intro)
			}
		default:
			if q.Intro != "" {
				t.Errorf("%q has an intro %q", q.String(), q.Intro)
			}
		}
	}
	if !sawItem {
		t.Errorf("no quote of the list item")
	}
	for _, tt := range []struct{ in, want string }{
		{"For example", "For example … "},
		{"These third parties include:**:", "These third parties include: "}, // bold, then a colon of its own
		{"**Data we collect** about you includes:", "Data we collect about you includes: "},
		{"3. **Use of Information:", "Use of Information: "}, // a heading's number and bold
		{`1\. Information that identifies you, for example:`, "Information that identifies you, for example: "},
		{"What we share: :", "What we share: "},
		{"This does **not** include when:", "This does not include when: "},
		{"**", ""},
		{":", ""},
	} {
		if got := introText(tt.in); got != tt.want {
			t.Errorf("introText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestDropItemNumber: a list item's number opening a quote is dropped; a
// sentence's own words are not.
func TestDropItemNumber(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"10. To provide you with offers", "To provide you with offers"},
		{`2\. For analytics purposes`, "For analytics purposes"},
		{"(b) Your name", "Your name"},
		{"iv) Your email", "Your email"},
		{"IV. Access", "Access"},
		{"a) Cookies", "Cookies"},
		{"A. Smith, our officer", "A. Smith, our officer"},
		{"e.g. your name", "e.g. your name"},
		{"(1. not a marker", "(1. not a marker"},
		{"2023. A year", "2023. A year"}, // a year, not an item
		{"999. Last", "Last"},
		{"We collect", "We collect"},
		{"10.", "10."},
		{"", ""},
	} {
		if got := dropItemNumber(tt.in); got != tt.want {
			t.Errorf("dropItemNumber(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// dataQuotes returns the quotes of every data type's evidence in the
// report of text.
func dataQuotes(text string) []Quote {
	r := analyzer.Analyze(text)
	var all []Quote
	for _, d := range r.DataTypes {
		qs, _ := Quotes(r, d.Evidence, text, 0)
		all = append(all, qs...)
	}
	return all
}

// TestQuoteDropsBoldMarks: Markdown's bold marks are no part of a quote.
func TestQuoteDropsBoldMarks(t *testing.T) {
	qs := dataQuotes("**Contact details**: we collect your email address when you sign up.\n")
	if len(qs) == 0 {
		t.Fatal("no quote")
	}
	for _, q := range qs {
		if strings.Contains(q.String(), "**") {
			t.Errorf("quote %q keeps the bold marks", q.String())
		}
	}
}
