//go:build !js

package analyzer

import (
	"io/fs"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/internal/minijson"
)

// compileRules compiles the rule files of language lang in rules, the
// folder rules/ (rules/<lang>), into their tables, with the explanations of
// their entries written ahead, and reads their checklist, PrivacySpy's
// rubric (rules/privacyspy) and the words of contacts (rules/<lang>/contacts):
// what rules_<lang>.go holds. It is for go
// generate and the tests (see rules.go); the browser builds leave it out,
// with lexicon.CompileRules.
func compileRules(rules fs.FS, lang string) (*lexicon.Tables, []check, rubricFile, contactCueFile, error) {
	var rubric rubricFile
	var cues contactCueFile
	dir := lang
	lx, err := lexicon.CompileRules(rules, dir)
	if err != nil {
		return nil, nil, rubric, cues, err
	}
	t := lx.Tables
	t.Entries = append([]lexicon.Entry(nil), t.Entries...)
	for i := range t.Entries {
		explainAhead(&t.Entries[i])
	}
	b, err := fs.ReadFile(rules, dir+"/checklist/checklist.json")
	if err != nil {
		return nil, nil, rubric, cues, err
	}
	var list []check
	if err := minijson.Unmarshal(b, &list); err != nil {
		return nil, nil, rubric, cues, err
	}
	if b, err = fs.ReadFile(rules, "privacyspy/rubric.json"); err != nil {
		return nil, nil, rubric, cues, err
	}
	if err := minijson.Unmarshal(b, &rubric); err != nil {
		return nil, nil, rubric, cues, err
	}
	if b, err = fs.ReadFile(rules, dir+"/contacts/contacts.json"); err != nil {
		return nil, nil, rubric, cues, err
	}
	if err := minijson.Unmarshal(b, &cues); err != nil {
		return nil, nil, rubric, cues, err
	}
	return &t, list, rubric, cues, nil
}
