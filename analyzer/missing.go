package analyzer

import (
	"strings"
	"sync"

	"github.com/policylens/policylens/internal/minijson"
)

// check is one item of what a complete policy should say (rules/checklist):
// it is covered when a finding matches any of "kind:id" (id may be "*").
type check struct {
	ID   string   `json:"id"`
	Law  string   `json:"law"`
	Text string   `json:"text"`
	Any  []string `json:"any"`
	any  []kindID // Any, parsed
}

// kindID is a finding kind and id; id "*" stands for any.
type kindID struct{ kind, id string }

var checklist = sync.OnceValue(func() []check {
	b, err := rulesFS.ReadFile("rules/checklist/checklist.json")
	if err != nil {
		panic("analyzer: " + err.Error())
	}
	var cs []check
	if err := minijson.Unmarshal(b, &cs); err != nil {
		panic("analyzer: checklist: " + err.Error())
	}
	for i := range cs {
		for _, k := range cs[i].Any {
			kind, id, _ := strings.Cut(k, ":")
			cs[i].any = append(cs[i].any, kindID{kind, id})
		}
	}
	return cs
})

// addMissing lists what the policy does not say: "not mentioned" is
// information for the reader, never silence.
func addMissing(r *Report) {
	have := map[kindID]bool{}
	for _, f := range r.Findings {
		have[kindID{f.Kind, "*"}] = true
		have[kindID{f.Kind, f.ID}] = true
	}
	for _, c := range checklist() {
		covered := false
		for _, k := range c.any {
			if have[k] {
				covered = true
				break
			}
		}
		if !covered {
			r.Missing = append(r.Missing, Missing{ID: c.ID, Law: c.Law, Text: c.Text})
		}
	}
}
