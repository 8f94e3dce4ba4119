package analyzer

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var updateCases = flag.Bool("update-cases", false, "rewrite the findings of testdata/cases/*.txt from what the analyzer gives now")

// ruleCase is one case of testdata/cases: a sentence, with the heading of
// its section and the intro of its list when they matter, and what the
// analyzer makes of it.
type ruleCase struct {
	line                 int // of its first line
	comments             []string
	heading, intro, text string
	want                 []string // "=> ..." and "-- ..." lines
}

// TestCases runs the rule cases of testdata/cases/*.txt (see its README):
// each sentence must give exactly the findings listed, and drop the hits
// listed for the reasons given. go test -run TestCases -update-cases
// rewrites the lists from the analyzer's current behaviour.
func TestCases(t *testing.T) {
	files, err := filepath.Glob("testdata/cases/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no case files: %v", err)
	}
	total := 0
	for _, path := range files {
		total += checkCaseFile(t, path, (*ruleCase).run)
	}
	t.Logf("%d rule cases in %d files", total, len(files))
}

// input is the policy text of the case, and where its sentence starts.
func (c *ruleCase) input() (string, int) {
	var b strings.Builder
	if c.heading != "" {
		b.WriteString("# " + c.heading + "\n\n")
	}
	if c.intro != "" {
		b.WriteString(c.intro + "\n- ")
	}
	at := b.Len()
	b.WriteString(c.text)
	return b.String(), at
}

// run analyses the case and writes what it gives: the findings of its
// sentence ("=> kind id "words" [negated] [aggregate] [consent] [served] (category) [if "condition"]
// because reason"; a finding the reading adds, such as a minimum age, has no
// reason), then the hits dropped ("-- rule "words" because reason"). Hits of
// cues and other classes that make no findings are left out.
func (c *ruleCase) run() []string {
	text, at := c.input()
	var events []traceEvent
	r := analyzeRules(text, withTrace(func(e traceEvent) {
		if e.Start >= at {
			events = append(events, e)
		}
	}))
	var out []string
	for _, f := range r.Findings {
		if f.Start < at {
			continue
		}
		line := caseLine(f)
		if f.note&noteAggregate != 0 {
			line += " aggregate"
		}
		if f.note&noteConsent != 0 {
			line += " consent" // the age below which a parent must consent, no minimum
		}
		if f.note&noteServed != 0 {
			line += " served" // an age of the young the company serves, no minimum
		}
		if f.note&noteRegional != 0 {
			line += " regional" // a minimum age for the readers of a region
		}
		if f.note&noteTitled != 0 {
			line += " titled" // never the evidence of a claim (a title's, a pointer's)
		}
		line += " (" + f.Category + ")"
		if f.Condition != "" {
			line += " if " + strconv.Quote(f.Condition)
		}
		for _, e := range events {
			if e.Kept && e.Start == f.Start && e.End == f.End && e.Rule == f.Rule {
				line += " because " + e.Reason
				break
			}
		}
		out = append(out, line)
	}
	for _, e := range events {
		if !e.Kept && !strings.HasSuffix(e.Reason, "/not-a-finding") {
			out = append(out, fmt.Sprintf("-- %s %q because %s", e.Rule, text[e.Start:e.End], e.Reason))
		}
	}
	return out
}

// readCases parses a case file: cases separated by blank lines, each
// "heading:" and "intro:" lines (optional), a "text:" line, and the lines
// of what it gives; "#" starts a comment line.
func readCases(path string) ([]ruleCase, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var cases []ruleCase
	var cur *ruleCase
	var comments []string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.TrimSpace(line) == "":
			if cur == nil && len(comments) > 0 {
				cases = append(cases, ruleCase{comments: comments}) // a comment of its own
				comments = nil
			}
			cur = nil
		case strings.HasPrefix(line, "#"):
			comments = append(comments, line)
		default:
			if cur == nil {
				cases = append(cases, ruleCase{line: n, comments: comments})
				cur, comments = &cases[len(cases)-1], nil
			}
			key, val, _ := strings.Cut(line, " ")
			switch key {
			case "heading:":
				cur.heading = val
			case "intro:":
				cur.intro = val
			case "text:":
				cur.text = val
			case "=>", "--":
				cur.want = append(cur.want, line)
			default:
				return nil, fmt.Errorf("%s:%d: a case line starts with heading:, intro:, text:, => or --", path, n)
			}
		}
	}
	for _, c := range cases {
		if c.text == "" && c.line > 0 {
			return nil, fmt.Errorf("%s:%d: a case without text:", path, c.line)
		}
	}
	if len(comments) > 0 {
		cases = append(cases, ruleCase{comments: comments})
	}
	return cases, sc.Err()
}

// writeCases writes cases back to path.
func writeCases(path string, cases []ruleCase) error {
	var b strings.Builder
	for i, c := range cases {
		if i > 0 {
			b.WriteString("\n")
		}
		for _, l := range c.comments {
			b.WriteString(l + "\n")
		}
		if c.text == "" {
			continue
		}
		if c.heading != "" {
			b.WriteString("heading: " + c.heading + "\n")
		}
		if c.intro != "" {
			b.WriteString("intro: " + c.intro + "\n")
		}
		b.WriteString("text: " + c.text + "\n")
		for _, l := range c.want {
			b.WriteString(l + "\n")
		}
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// diffLines shows want and got line by line: "-" wanted and missing, "+"
// given and not wanted.
func diffLines(want, got []string) string {
	in := func(xs []string, x string) bool {
		for _, y := range xs {
			if y == x {
				return true
			}
		}
		return false
	}
	var b strings.Builder
	for _, w := range want {
		if !in(got, w) {
			b.WriteString("  - " + w + "\n")
		}
	}
	for _, g := range got {
		if !in(want, g) {
			b.WriteString("  + " + g + "\n")
		}
	}
	if b.Len() == 0 {
		b.WriteString("  (the same lines in another order)\n  want:\n    " + strings.Join(want, "\n    ") + "\n  got:\n    " + strings.Join(got, "\n    ") + "\n")
	}
	return b.String()
}

// caseLine is the start of a case's line for finding f: its kind, id and
// words, and whether it is denied.
func caseLine(f Finding) string {
	line := "=> " + f.Kind + " " + f.ID + " " + strconv.Quote(f.Text)
	if f.Negated {
		line += " negated"
	}
	return line
}

// checkCaseFile runs the cases of the file at path with run and reports
// each whose lines are not what run gives (with -update-cases it writes
// them instead); it returns how many cases it ran.
func checkCaseFile(t *testing.T, path string, run func(c *ruleCase) []string) int {
	t.Helper()
	cases, err := readCases(path)
	if err != nil {
		t.Fatal(err)
	}
	changed, n := false, 0
	for i := range cases {
		c := &cases[i]
		if c.text == "" {
			continue // a comment
		}
		n++
		got := run(c)
		if strings.Join(got, "\n") == strings.Join(c.want, "\n") {
			continue
		}
		if *updateCases {
			c.want, changed = got, true
			continue
		}
		t.Errorf("%s:%d: %s\n%s", path, c.line, c.text, diffLines(c.want, got))
	}
	if changed {
		if err := writeCases(path, cases); err != nil {
			t.Fatal(err)
		}
	}
	return n
}
