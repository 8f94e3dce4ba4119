package summary

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/internal/jsonw"
)

// namesJSON holds the display names that reports do not carry: data type
// groups (in the order a reader wants them), the ways of announcing a change
// and contact kinds. Names that a report carries (data types, recipients,
// rights, security measures, legal bases) come from the analyzer's rules,
// and so do those of transfer safeguards (analyzer.IDs): each name is
// written once. The ways of announcing a change are the one overlap: here
// they are phrased to complete "You are told about changes …", while the
// rules' names for them ("posted on the site or policy page") word the
// findings' explanations.
//
//go:embed names.json
var namesJSON []byte

type named struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// nameTables is names.json as read.
type nameTables struct {
	Groups        []named `json:"groups"`
	ChangeNotices []named `json:"changeNotices"`
	ContactKinds  []named `json:"contactKinds"`
}

var names = func() nameTables {
	var t nameTables
	err := jsonw.Decode(namesJSON, func(d *jsonw.Decoder) {
		list := func(p *[]named) {
			*p = nil
			if !d.Array() {
				return
			}
			*p = []named{}
			for d.More(']') {
				var n named
				if d.Object() {
					for d.More('}') {
						switch d.Field(namedJSONNames) {
						case 0:
							d.String(&n.ID)
						case 1:
							d.String(&n.Name)
						default:
							d.Skip()
						}
					}
				}
				*p = append(*p, n)
			}
		}
		if d.Object() {
			for d.More('}') {
				switch d.Field(nameTablesJSONNames) {
				case 0:
					list(&t.Groups)
				case 1:
					list(&t.ChangeNotices)
				case 2:
					list(&t.ContactKinds)
				default:
					d.Skip()
				}
			}
		}
	})
	if err != nil {
		panic("summary: names.json: " + err.Error()) // caught by the tests
	}
	return t
}()

// The JSON names of the fields of named and nameTables.
var (
	namedJSONNames      = []string{"id", "name"}
	nameTablesJSONNames = []string{"groups", "changeNotices", "contactKinds"}
)

// safeguards maps the ids of transfer safeguards to the names their rules give them.
var safeguards = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, n := range analyzer.IDs().Safeguards {
		m[n.ID] = n.Name
	}
	return m
})

// safeguardName returns the display name of a transfer safeguard ("scc" →
// "Standard contractual clauses").
func safeguardName(id string) string {
	if n := safeguards()[id]; n != "" {
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

// groupRank orders data type groups as names.json lists them; unknown
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
	s := strings.ReplaceAll(id, "-", " ")
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
