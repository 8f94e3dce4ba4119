package analyzer

import "strings"

// check is one item of what a complete policy should say (rules/<language>/checklist):
// it is covered when a finding matches any of "kind:id" (id may be "*").
type check struct {
	ID   string   `json:"id"`
	Law  string   `json:"law"`
	Text string   `json:"text"`
	Any  []string `json:"any"`
}

// checks is the checklist with, for each finding's "kind:id" and "kind:*",
// the checks it covers, by kind then id: most findings are of a kind no
// check names, and one look-up by kind says so.
type checks struct {
	list   []check
	covers map[string]map[string][]int
}

// checklist is the checklist of the language (checklistEN, written ahead in
// rules_en.go from rules/en/checklist).
var checklist = newChecks(checklistEN)

func newChecks(list []check) checks {
	cs := checks{list: list, covers: map[string]map[string][]int{}}
	for i, c := range cs.list {
		for _, k := range c.Any {
			kind, id, _ := strings.Cut(k, ":")
			if cs.covers[kind] == nil {
				cs.covers[kind] = map[string][]int{}
			}
			cs.covers[kind][id] = append(cs.covers[kind][id], i)
		}
	}
	return cs
}

// addMissing lists what the policy does not say: "not mentioned" is
// information for the reader, never silence.
func addMissing(r *Report, aggregate func(int) bool) {
	cs := &checklist
	covered := make([]bool, len(cs.list))
	kind, byID := "", cs.covers[""] // the checks of the kind of the findings before, which often share it
	for k := range r.Findings {
		f := &r.Findings[k]
		if f.Kind != kind {
			kind, byID = f.Kind, cs.covers[f.Kind]
			for _, i := range byID["*"] {
				covered[i] = true
			}
		}
		if byID == nil {
			continue
		}
		for _, i := range byID[f.ID] {
			covered[i] = true
		}
	}
	saleDenied := r.Sharing.Sale == "no"
	targeted := ""
	for i, c := range cs.list {
		switch c.ID {
		case "sale":
			// A denial of passing data on at all says whether it is sold
			// (decideSale reads it as one): the report says "not sold".
			covered[i] = covered[i] || r.Sharing.Sale != "unstated"
		case "opt-out-sale":
			// A company that sells nothing and aims no ads at the reader
			// (no "sharing" for them in CPRA's sense) has nothing to opt
			// out of: the law asks for the opt-out only of those who do.
			if !covered[i] && saleDenied {
				if targeted == "" {
					targeted, _ = behavioralMarketing(r, &rubricRules.Cues, aggregate)
				}
				covered[i] = targeted == "no"
			}
		}
		if !covered[i] {
			r.Missing = append(r.Missing, Missing{ID: c.ID, Law: c.Law, Text: c.Text})
		}
	}
}
