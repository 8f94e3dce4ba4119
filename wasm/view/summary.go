package view

import (
	"fmt"
	"sort"
	"strings"

	"github.com/policylens/policylens/analyzer"
)

// Section is one heading of the summary beside the text.
type Section struct {
	ID    string // stable, used for element ids: "collect", "sale", ...
	Title string
	Items []Item
	Empty string // shown when Items is empty
}

// Item is one line of the summary. Evidence holds finding indices; the page
// links each to its highlight.
type Item struct {
	Group    string // sub-heading within the section ("Contact details"), may be empty
	Text     string
	Detail   string // how to use a right, conditions, periods, ...
	Polarity string // "good", "bad" or ""
	Evidence []int
}

// groupNames gives recognisable names to the OPP-115 data type groups.
var groupNames = map[string]string{
	"contact":         "Contact details",
	"location":        "Location",
	"financial":       "Financial",
	"health":          "Health",
	"demographic":     "Demographics",
	"online-activity": "Online activity",
	"device":          "Device and technical",
	"identifier":      "Identifiers",
	"cookies":         "Cookies and tracking",
	"computer":        "Device and technical",
	"social":          "Social media",
	"user-profile":    "Account and profile",
	"account":         "Account and profile",
	"biometric":       "Biometric",
	"generic":         "Personal information",
	"other":           "Other",
}

// GroupName is the display name of a data type group.
func GroupName(g string) string {
	if n, ok := groupNames[g]; ok {
		return n
	}
	if g == "" {
		return "Other"
	}
	return strings.ToUpper(g[:1]) + strings.ReplaceAll(g[1:], "-", " ")
}

// Summarize builds the summary sections from a report, in reading order.
// Sections are always present so the reader sees what was not found.
func Summarize(r *analyzer.Report) []Section {
	return []Section{
		collected(r),
		recipients(r),
		sale(r),
		rights(r),
		retention(r),
		points(r),
		security(r),
		children(r),
		dnt(r),
		changes(r),
		transfers(r),
		others(r),
		missing(r),
	}
}

func collected(r *analyzer.Report) Section {
	s := Section{ID: "collect", Title: "What they collect", Empty: "The policy names no specific personal data."}
	var types []analyzer.DataType
	for _, d := range r.DataTypes {
		if d.Collected || !d.Shared {
			types = append(types, d)
		}
	}
	sort.SliceStable(types, func(a, b int) bool { return GroupName(types[a].Group) < GroupName(types[b].Group) })
	for _, d := range types {
		it := Item{Group: GroupName(d.Group), Text: d.Name, Evidence: d.Evidence}
		if d.Sensitive {
			it.Detail = "sensitive"
			it.Polarity = "bad"
		}
		s.Items = append(s.Items, it)
	}
	return s
}

func recipients(r *analyzer.Report) Section {
	s := Section{ID: "share", Title: "Who gets it", Empty: "The policy does not say who receives your data."}
	for _, p := range r.Sharing.Recipients {
		it := Item{Text: p.Name, Detail: p.Condition, Evidence: p.Evidence}
		if p.Negated {
			it.Text = "Not shared with " + lowerFirst(p.Name)
			it.Polarity = "good"
		}
		s.Items = append(s.Items, it)
	}
	var shared []string
	var ev []int
	for _, d := range r.DataTypes {
		if d.Shared {
			shared = append(shared, d.Name)
			ev = append(ev, d.Evidence...)
		}
	}
	if len(shared) > 0 {
		s.Items = append(s.Items, Item{Text: "Data shared: " + strings.Join(shared, ", "), Evidence: ev})
	}
	return s
}

func sale(r *analyzer.Report) Section {
	s := Section{ID: "sale", Title: "Do they sell it?"}
	it := Item{Detail: r.Sharing.SaleCondition, Evidence: r.Sharing.SaleEvidence}
	switch r.Sharing.Sale {
	case "yes":
		it.Text, it.Polarity = "Yes, they may sell your data", "bad"
	case "no":
		it.Text, it.Polarity = "No, they say they do NOT sell your data", "good"
	default:
		it.Text = "The policy does not say"
	}
	s.Items = []Item{it}
	return s
}

func rights(r *analyzer.Report) Section {
	s := Section{ID: "right", Title: "Your rights and how to use them", Empty: "The policy names no rights or choices."}
	for _, g := range r.Rights {
		var d []string
		if len(g.How) > 0 {
			d = append(d, "How: "+strings.Join(g.How, "; "))
		}
		d = append(d, g.Conditions...)
		s.Items = append(s.Items, Item{Text: g.Name, Detail: strings.Join(d, ". "), Evidence: g.Evidence})
	}
	return s
}

func retention(r *analyzer.Report) Section {
	s := Section{ID: "retention", Title: "How long they keep it"}
	it := Item{Detail: strings.Join(r.Retention.Periods, ", "), Evidence: r.Retention.Evidence}
	switch r.Retention.Policy {
	case "indefinite":
		it.Text, it.Polarity = "Indefinitely", "bad"
	case "limited":
		it.Text, it.Polarity = "For a limited period", "good"
	case "as-needed":
		it.Text = "As long as they need it"
	default:
		it.Text = "The policy does not say"
	}
	s.Items = []Item{it}
	return s
}

func points(r *analyzer.Report) Section {
	s := Section{ID: "points", Title: "Good and bad points", Empty: "Nothing stands out either way."}
	for _, p := range r.Points {
		pol := p.Polarity
		if pol == "neutral" {
			pol = ""
		}
		s.Items = append(s.Items, Item{Text: p.Text, Polarity: pol, Evidence: p.Evidence})
	}
	sort.SliceStable(s.Items, func(a, b int) bool { return rank(s.Items[a].Polarity) < rank(s.Items[b].Polarity) })
	return s
}

func rank(p string) int {
	switch p {
	case "bad":
		return 0
	case "good":
		return 1
	}
	return 2
}

func security(r *analyzer.Report) Section {
	s := Section{ID: "security", Title: "Security", Empty: "The policy names no security measures."}
	for _, m := range r.Security.Measures {
		s.Items = append(s.Items, Item{Text: m.Name, Evidence: m.Evidence})
	}
	return s
}

func children(r *analyzer.Report) Section {
	s := Section{ID: "children", Title: "Children", Empty: "The policy says nothing about children."}
	c := r.Children
	switch {
	case c.MinAge > 0:
		s.Items = []Item{{Text: fmt.Sprintf("Not meant for children under %d", c.MinAge), Evidence: c.Evidence}}
	case len(c.Evidence) > 0:
		s.Items = []Item{{Text: "The policy mentions children", Evidence: c.Evidence}}
	}
	return s
}

func dnt(r *analyzer.Report) Section {
	s := Section{ID: "dnt", Title: "Do Not Track"}
	it := Item{Evidence: r.DoNotTrack.Evidence}
	switch r.DoNotTrack.Status {
	case "honored":
		it.Text, it.Polarity = "Do Not Track signals are honoured", "good"
	case "not-honored":
		it.Text, it.Polarity = "Do Not Track signals are NOT honoured", "bad"
	default:
		it.Text = "The policy does not say"
	}
	s.Items = []Item{it}
	return s
}

var noticeNames = map[string]string{"email": "by email", "posted": "posted on the site", "in-app": "in the app", "consent": "asking for consent"}

func changes(r *analyzer.Report) Section {
	s := Section{ID: "change", Title: "Changes to the policy", Empty: "The policy does not say how you are told about changes."}
	c := r.Changes
	if !c.Mentioned && len(c.Evidence) == 0 {
		return s
	}
	var how []string
	for _, n := range c.Notice {
		if v, ok := noticeNames[n]; ok {
			n = v
		}
		how = append(how, n)
	}
	it := Item{Text: "Changes are announced", Evidence: c.Evidence}
	if len(how) > 0 {
		it.Detail = strings.Join(how, ", ")
	} else {
		it.Text = "Changes are mentioned, without saying how you are told"
	}
	s.Items = []Item{it}
	return s
}

func transfers(r *analyzer.Report) Section {
	s := Section{ID: "transfer", Title: "International transfers", Empty: "The policy does not mention transfers abroad."}
	t := r.Transfers
	if !t.Mentioned && len(t.Evidence) == 0 {
		return s
	}
	it := Item{Text: "Data may be transferred to other countries", Evidence: t.Evidence}
	if len(t.Safeguards) > 0 {
		it.Detail = "Safeguards: " + strings.ReplaceAll(strings.Join(t.Safeguards, ", "), "-", " ")
	}
	s.Items = []Item{it}
	return s
}

func others(r *analyzer.Report) Section {
	s := Section{ID: "other", Title: "Legal bases and contacts", Empty: "No legal bases or contact details found."}
	for _, b := range r.LegalBases {
		s.Items = append(s.Items, Item{Group: "Legal bases", Text: b.Name, Evidence: b.Evidence})
	}
	for _, c := range r.Contacts {
		s.Items = append(s.Items, Item{Group: "Contact", Text: c.Value, Detail: c.Kind, Evidence: c.Evidence})
	}
	return s
}

func missing(r *analyzer.Report) Section {
	s := Section{ID: "missing", Title: "What the policy does not say", Empty: "Nothing obvious is missing."}
	for _, m := range r.Missing {
		s.Items = append(s.Items, Item{Text: m.Text, Detail: m.Law, Polarity: "bad"})
	}
	return s
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
