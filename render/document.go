package render

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer"
)

// tone is how an entry reads for the reader.
type tone int

const (
	plain tone = iota
	good
	bad
	warn
)

// entry is one line of a section with its details and the evidence behind it.
type entry struct {
	text     string
	tone     tone
	label    string // overrides the tone's word in Markdown ("Error", "Warning")
	details  []string
	evidence []int // indices into Report.Findings
}

// group is a titled run of entries inside a section (the title may be empty).
type group struct {
	title   string
	entries []entry
}

// section is one heading of the rendered report. When it has no entries
// the renderers print none instead.
type section struct {
	title  string
	none   string
	groups []group
}

func (s *section) add(e entry) {
	if len(s.groups) == 0 {
		s.groups = append(s.groups, group{})
	}
	g := &s.groups[len(s.groups)-1]
	g.entries = append(g.entries, e)
}

func (s *section) empty() bool {
	for _, g := range s.groups {
		if len(g.entries) > 0 {
			return false
		}
	}
	return true
}

// document is the renderer-neutral form of a report.
type document struct {
	title    string
	summary  string
	sections []section
}

// build arranges a report into sections in reading order. It never indexes
// the report's slices with values taken from the report itself.
func build(r *analyzer.Report, c *config) document {
	d := document{title: c.title, summary: summary(r)}
	if d.title == "" {
		d.title = "Privacy policy report"
	}
	// When an error notice explains why nothing was found (empty, binary,
	// too large, not English), the empty sections would only be noise.
	if len(r.Findings) == 0 && hasError(r.Notices) {
		d.sections = append(d.sections, noticesSection(r))
		return d
	}
	d.sections = append(d.sections,
		noticesSection(r),
		verdictSection(r),
		collectSection(r),
		sharingSection(r),
		rightsSection(r),
		retentionSection(r),
		listSection("Security", "No security measures are named.", r.Security.Measures),
		childrenSection(r),
		dntSection(r),
		changesSection(r),
		transfersSection(r),
		listSection("Legal bases", "No legal basis for processing is named.", r.LegalBases),
		contactsSection(r),
		missingSection(r),
	)
	// An empty notices section is noise: drop it.
	if d.sections[0].empty() {
		d.sections = d.sections[1:]
	}
	return d
}

func hasError(notices []analyzer.Notice) bool {
	for _, n := range notices {
		if n.Level == "error" {
			return true
		}
	}
	return false
}

func summary(r *analyzer.Report) string {
	s := r.Stats
	parts := []string{
		count(s.Words, "word"),
		count(s.Sentences, "sentence"),
		count(len(r.Findings), "finding"),
	}
	if r.Language != "" && r.Language != "en" {
		parts = append(parts, "language: "+r.Language)
	}
	return strings.Join(parts, " · ")
}

func count(n int, noun string) string {
	s := strconv.Itoa(n)
	// Thousands separators make big counts readable.
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if n == 1 {
		return s + " " + noun
	}
	return s + " " + noun + "s"
}

func noticesSection(r *analyzer.Report) section {
	s := section{title: "About this input"}
	for _, n := range r.Notices {
		e := entry{text: n.Message}
		switch n.Level {
		case "error":
			e.tone, e.label = bad, "Error"
		case "warning":
			e.tone, e.label = warn, "Warning"
		}
		s.add(e)
	}
	return s
}

func verdictSection(r *analyzer.Report) section {
	s := section{title: "Verdict", none: "No clear good or bad points were found."}
	// Good first, then bad, then neutral; stable within each.
	for _, want := range []struct {
		polarity string
		tone     tone
	}{{"good", good}, {"bad", bad}, {"", plain}} {
		for _, p := range r.Points {
			if p.Polarity == want.polarity || want.polarity == "" && p.Polarity != "good" && p.Polarity != "bad" {
				s.add(entry{text: p.Text, tone: want.tone, evidence: p.Evidence})
			}
		}
	}
	return s
}

func collectSection(r *analyzer.Report) section {
	s := section{title: "What they collect", none: "No kinds of personal data were found."}
	byGroup := map[string][]analyzer.DataType{}
	var groups []string
	for _, dt := range r.DataTypes {
		if _, ok := byGroup[dt.Group]; !ok {
			groups = append(groups, dt.Group)
		}
		byGroup[dt.Group] = append(byGroup[dt.Group], dt)
	}
	sort.SliceStable(groups, func(i, j int) bool { return groupRank(groups[i]) < groupRank(groups[j]) })
	for _, g := range groups {
		grp := group{title: groupName(g)}
		for _, dt := range byGroup[g] {
			var tags []string
			if dt.Collected {
				tags = append(tags, "collected")
			}
			if dt.Shared {
				tags = append(tags, "shared")
			}
			if dt.Sensitive {
				tags = append(tags, "sensitive")
			}
			if len(tags) == 0 {
				tags = append(tags, "mentioned only")
			}
			text := name(dt.Name, dt.ID) + " (" + strings.Join(tags, ", ") + ")"
			t := plain
			if dt.Sensitive || dt.Shared {
				t = warn
			}
			grp.entries = append(grp.entries, entry{text: text, tone: t, evidence: dt.Evidence})
		}
		s.groups = append(s.groups, grp)
	}
	return s
}

// dataGroups names the OPP-115 data type groups in the order a reader cares
// about them: the most sensitive and identifying first.
var dataGroups = []struct{ id, name string }{
	{"health", "Health"},
	{"biometric", "Biometric data"},
	{"financial", "Financial"},
	{"location", "Location"},
	{"contact", "Contact details"},
	{"personal-identifier", "Identifiers"},
	{"demographic", "Demographics"},
	{"user-profile", "Account and profile"},
	{"user-content", "Your content and messages"},
	{"social-media", "Social media"},
	{"online-activities", "Online activity"},
	{"cookies-tracking", "Cookies and tracking"},
	{"ip-device-ids", "IP address and device IDs"},
	{"computer-info", "Computer and device"},
	{"survey", "Surveys"},
	{"generic-personal", "Unspecified personal information"},
}

func groupRank(id string) int {
	for i, g := range dataGroups {
		if g.id == id {
			return i
		}
	}
	if id == "" {
		return len(dataGroups) + 1
	}
	return len(dataGroups)
}

func groupName(id string) string {
	if id == "" {
		return "Other"
	}
	for _, g := range dataGroups {
		if g.id == id {
			return g.name
		}
	}
	return humanize(id)
}

func sharingSection(r *analyzer.Report) section {
	s := section{title: "Who gets your data"}
	sale := entry{evidence: r.Sharing.SaleEvidence}
	switch r.Sharing.Sale {
	case "yes":
		sale.text, sale.tone = "They may sell your personal data.", bad
	case "no":
		sale.text, sale.tone = "They say they do not sell your personal data.", good
	default:
		sale.text = "The policy does not say whether your data is sold."
	}
	if r.Sharing.SaleCondition != "" {
		sale.details = append(sale.details, condition(r.Sharing.SaleCondition))
	}
	s.add(sale)
	if len(r.Sharing.Recipients) == 0 {
		s.add(entry{text: "No recipients of your data are named."})
	}
	for _, rc := range r.Sharing.Recipients {
		e := entry{text: "Shared with " + lowerFirst(name(rc.Name, rc.ID)), tone: warn, evidence: rc.Evidence}
		if rc.Negated {
			e.text, e.tone = "Not shared with "+lowerFirst(name(rc.Name, rc.ID)), good
		}
		if rc.Condition != "" {
			e.details = append(e.details, condition(rc.Condition))
		}
		s.add(e)
	}
	return s
}

func rightsSection(r *analyzer.Report) section {
	s := section{title: "Your rights and choices", none: "No rights or choices are described."}
	for _, rt := range r.Rights {
		e := entry{text: name(rt.Name, rt.ID), evidence: rt.Evidence}
		if len(rt.How) > 0 {
			e.details = append(e.details, "How: "+strings.Join(rt.How, "; "))
		}
		if len(rt.Conditions) > 0 {
			e.details = append(e.details, "Conditions: "+strings.Join(rt.Conditions, "; "))
		}
		s.add(e)
	}
	return s
}

func retentionSection(r *analyzer.Report) section {
	s := section{title: "How long they keep it"}
	e := entry{evidence: r.Retention.Evidence}
	switch r.Retention.Policy {
	case "indefinite":
		e.text, e.tone = "Data may be kept indefinitely.", bad
	case "limited":
		e.text, e.tone = "Data is kept for a limited time.", good
	case "as-needed":
		e.text = "Data is kept as long as they consider it necessary."
	default:
		e.text = "The policy does not say how long data is kept."
	}
	if len(r.Retention.Periods) > 0 {
		e.details = append(e.details, "Periods mentioned: "+strings.Join(r.Retention.Periods, ", "))
	}
	s.add(e)
	return s
}

func listSection(title, none string, items []analyzer.Item) section {
	s := section{title: title, none: none}
	for _, it := range items {
		s.add(entry{text: name(it.Name, it.ID), evidence: it.Evidence})
	}
	return s
}

func childrenSection(r *analyzer.Report) section {
	s := section{title: "Children"}
	e := entry{evidence: r.Children.Evidence}
	switch {
	case r.Children.MinAge > 0:
		e.text = fmt.Sprintf("Not meant for children under %d.", r.Children.MinAge)
	case len(r.Children.Evidence) > 0:
		e.text = "Children are mentioned, but no minimum age is stated."
	default:
		e.text = "The policy does not mention children."
	}
	s.add(e)
	return s
}

func dntSection(r *analyzer.Report) section {
	s := section{title: "Do Not Track"}
	e := entry{evidence: r.DoNotTrack.Evidence}
	switch r.DoNotTrack.Status {
	case "honored":
		e.text, e.tone = "Browser Do Not Track signals are honoured.", good
	case "not-honored":
		e.text, e.tone = "Browser Do Not Track signals are ignored.", bad
	default:
		e.text = "The policy does not mention Do Not Track."
	}
	s.add(e)
	return s
}

var changeNotices = map[string]string{
	"email":   "by email",
	"posted":  "by posting the new policy",
	"in-app":  "by a notice in the app or site",
	"consent": "by asking for your consent",
}

func changesSection(r *analyzer.Report) section {
	s := section{title: "Changes to the policy"}
	e := entry{evidence: r.Changes.Evidence}
	switch {
	case len(r.Changes.Notice) > 0:
		var how []string
		for _, n := range r.Changes.Notice {
			if h, ok := changeNotices[n]; ok {
				how = append(how, h)
			} else {
				how = append(how, humanize(n))
			}
		}
		e.text = "You are told about changes " + joinAnd(how) + "."
	case r.Changes.Mentioned:
		e.text = "Changes are mentioned, but not how you are told about them."
	default:
		e.text = "The policy does not say how changes are announced."
	}
	s.add(e)
	return s
}

func transfersSection(r *analyzer.Report) section {
	s := section{title: "International transfers"}
	e := entry{evidence: r.Transfers.Evidence}
	if !r.Transfers.Mentioned && len(r.Transfers.Safeguards) == 0 {
		e.text = "The policy does not mention transfers to other countries."
	} else {
		e.text = "Your data may be transferred to other countries."
		if len(r.Transfers.Safeguards) > 0 {
			var sg []string
			for _, g := range r.Transfers.Safeguards {
				sg = append(sg, humanize(g))
			}
			e.details = append(e.details, "Safeguards: "+strings.Join(sg, ", "))
		} else {
			e.details = append(e.details, "No safeguards are named.")
		}
	}
	s.add(e)
	return s
}

func contactsSection(r *analyzer.Report) section {
	s := section{title: "Contacts", none: "No contact details were found."}
	for _, c := range r.Contacts {
		kind := map[string]string{"email": "Email", "url": "Web", "phone": "Phone"}[c.Kind]
		if kind == "" {
			kind = humanize(c.Kind)
		}
		s.add(entry{text: kind + ": " + c.Value, evidence: c.Evidence})
	}
	return s
}

func missingSection(r *analyzer.Report) section {
	s := section{title: "What the policy does not say", none: "Nothing expected is missing."}
	for _, m := range r.Missing {
		e := entry{text: m.Text, tone: warn}
		if m.Law != "" {
			e.details = append(e.details, "Required by "+m.Law)
		}
		s.add(e)
	}
	return s
}

// name is the display name, falling back to a readable form of the id.
func name(n, id string) string {
	if n != "" {
		return n
	}
	if id == "" {
		return "Unnamed"
	}
	return humanize(id)
}

// humanize turns an id such as "standard-contractual-clauses" into
// "Standard contractual clauses".
func humanize(id string) string {
	s := strings.ReplaceAll(id, "-", " ")
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// lowerFirst lower-cases the first letter unless the word looks like an
// acronym ("Advertisers" → "advertisers", "A buyer" → "a buyer", "EU" stays).
func lowerFirst(s string) string {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' || (s[1] < 'a' || s[1] > 'z') && s[1] != ' ' {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// joinAnd joins items as English prose: "a", "a and b", "a, b and c".
func joinAnd(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// maxConditionRunes bounds a condition quoted from the policy.
const maxConditionRunes = 120

// condition formats a condition taken from the policy, shortened when long.
func condition(s string) string {
	s = strings.TrimSpace(clean(s))
	if utf8.RuneCountInString(s) > maxConditionRunes {
		s = cutRight(s, maxConditionRunes) + "…"
	}
	return "Condition: " + s
}
