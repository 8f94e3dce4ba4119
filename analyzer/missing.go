package analyzer

// check is one item of what a complete policy should say (rules/<language>/checklist):
// it is covered when a finding matches any of "kind:id" (id may be "*").
type check struct {
	ID   string   `json:"id"`
	Law  string   `json:"law"`
	Text string   `json:"text"`
	Any  []string `json:"any"`
}

// checks is the checklist; idKeys holds, by a finding's kind and id, the
// checks it covers.
type checks struct {
	list []check
}

// checklist is the checklist of the language (checklistEN, written ahead in
// rules_en.go from rules/en/checklist).
var checklist = checks{list: checklistEN}

// addMissing lists what the policy does not say: "not mentioned" is
// information for the reader, never silence. The findings have their keys
// (summarize sets them).
func addMissing(r *Report, input string, aggregate func(int) bool) {
	cs := &checklist
	k := keysOf(rules())
	covered := make([]bool, len(cs.list))
	kind := "" // the kind of the findings before, which often share it
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.note&noteOthersTool != 0 {
			continue // another's opt-out tool: no way to reach the company
		}
		if f.Kind != kind {
			kind = f.Kind
			for _, c := range k.star {
				if c.kind == kind {
					covered[c.check] = true
				}
			}
		}
		for _, c := range k.covers[f.key] {
			if c.kind == kind {
				covered[c.check] = true
			}
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
		case "complaint":
			// A complaint sent to the company ("if you have a concern,
			// contact us and we will try to resolve it") is no right
			// to complain to a regulator: the right is named for what
			// they offer (complaintsToThem).
			covered[i] = covered[i] && !complaintsOnlyToThem(r)
		case "opt-out-sale":
			// A company that sells nothing and aims no ads at the reader
			// (no "sharing" for them in CPRA's sense) has nothing to opt
			// out of: the law asks for the opt-out only of those who do.
			if !covered[i] && saleDenied {
				if targeted == "" {
					targeted, _ = behavioralMarketing(r, input, rubricSets, aggregate)
				}
				covered[i] = targeted == "no"
			}
		}
		if !covered[i] {
			r.Missing = append(r.Missing, Missing{ID: c.ID, Law: c.Law, Text: c.Text})
		}
	}
}

// complaintsOnlyToThem reports whether every statement of the complaint
// right sends the complaint to the company itself.
func complaintsOnlyToThem(r *Report) bool {
	for k := range r.Rights {
		if r.Rights[k].ID == "complaint" {
			return r.Rights[k].Name == complaintToThemName
		}
	}
	return false
}
