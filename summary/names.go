package summary

import (
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer"
)

// names holds the display names that reports do not carry: data type
// groups (in the order a reader wants them), the ways of announcing a change
// and contact kinds. Names that a report carries (data types, recipients,
// rights, security measures, legal bases) come from the analyzer's rules,
// and so do those of transfer safeguards (analyzer.IDs): each name is
// written once. The ways of announcing a change are the one overlap: here
// they are phrased to complete "You are told about changes …", while the
// rules' names for them ("posted on the site or policy page") word the
// findings' explanations.
var names = struct {
	Groups, ChangeNotices, ContactKinds []named
}{
	Groups: []named{
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
		{"unspecified", "Other information"},
	},
	ChangeNotices: []named{
		{"email", "by email"},
		{"posted", "by posting the new policy"},
		{"in-app", "by a notice in the app or site"},
		{"consent", "by asking for your consent"},
		{"told", "by a notice to you (the policy does not say how)"},
	},
	ContactKinds: []named{
		{"email", "Email"},
		{"url", "Web"},
	},
}

// named is an id and its display name.
type named struct{ ID, Name string }

// safeguardName returns the display name of a transfer safeguard ("scc" →
// "Standard contractual clauses").
func safeguardName(id string) string {
	if n := analyzer.SafeguardName(id); n != "" {
		return n
	}
	return humanize(id)
}

// lookup returns the name of id in list, or a readable form of the id when
// the list does not have it (a report from a newer analyzer, say).
func lookup(list []named, id string) string {
	for _, n := range list {
		if n.ID == id {
			return n.Name
		}
	}
	return humanize(id)
}

// GroupName returns the display name of a data type group ("ip-device-ids"
// → "IP address and device IDs").
func GroupName(id string) string {
	if id == "" {
		return "Other"
	}
	return lookup(names.Groups, id)
}

// groupRank orders data type groups as names lists them; unknown
// groups follow, and data without a group comes last.
func groupRank(id string) int {
	for i, g := range names.Groups {
		if g.ID == id {
			return i
		}
	}
	if id == "" {
		return len(names.Groups) + 1
	}
	return len(names.Groups)
}

// name is a display name carried by the report, falling back to a readable
// form of the id.
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
	if id == "" {
		return ""
	}
	b := []byte(id)
	for i, c := range b {
		if c == '-' {
			b[i] = ' '
		}
	}
	// The first byte in upper case, as strings.ToUpper(s[:1]) writes it
	// (which would link strings.ToUpper and strings.Replace into the page
	// for this alone): a lone byte of a longer character is not one.
	switch c := b[0]; {
	case 'a' <= c && c <= 'z':
		b[0] = c - 'a' + 'A'
	case c >= utf8.RuneSelf:
		return "\uFFFD" + string(b[1:])
	}
	return string(b)
}
