package analyzer

import (
	"encoding/json"
	"strings"
	"sync"
)

// check is one item of what a complete policy should say (rules/checklist):
// it is covered when a finding matches any of "kind:id" (id may be "*").
type check struct {
	ID   string   `json:"id"`
	Law  string   `json:"law"`
	Text string   `json:"text"`
	Any  []string `json:"any"`
}

var checklist = sync.OnceValue(func() []check {
	b, err := rulesFS.ReadFile("rules/checklist/checklist.json")
	if err != nil {
		panic("analyzer: " + err.Error())
	}
	var cs []check
	if err := json.Unmarshal(b, &cs); err != nil {
		panic("analyzer: checklist: " + err.Error())
	}
	return cs
})

// addMissing lists what the policy does not say: "not mentioned" is
// information for the reader, never silence.
func addMissing(r *Report) {
	type key struct{ kind, id string }
	have := map[key]bool{}
	for _, f := range r.Findings {
		have[key{f.Kind, "*"}] = true
		have[key{f.Kind, f.ID}] = true
	}
	for _, c := range checklist() {
		covered := false
		for _, k := range c.Any {
			kind, id, _ := strings.Cut(k, ":")
			if have[key{kind, id}] {
				covered = true
				break
			}
		}
		if !covered {
			r.Missing = append(r.Missing, Missing{ID: c.ID, Law: c.Law, Text: c.Text})
		}
	}
}
