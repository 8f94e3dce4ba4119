//go:build !js

package analyzer

import (
	"io/fs"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/internal/minijson"
)

// compileRules compiles the rule files of language lang in rules, the
// folder rules/ (rules/<lang>), into their tables, with the explanations of
// their entries written ahead, and reads their checklist and PrivacySpy's
// rubric (rules/privacyspy): what rules_<lang>.go holds. It is for go
// generate and the tests (see rules.go); the browser builds leave it out,
// with lexicon.CompileRules.
func compileRules(rules fs.FS, lang string) (*lexicon.Tables, []check, rubricFile, error) {
	var rubric rubricFile
	dir := lang
	lx, err := lexicon.CompileRules(rules, dir)
	if err != nil {
		return nil, nil, rubric, err
	}
	t := lx.Tables
	t.Entries = append([]lexicon.Entry(nil), t.Entries...)
	for i := range t.Entries {
		explainAhead(&t.Entries[i])
	}
	b, err := fs.ReadFile(rules, dir+"/checklist/checklist.json")
	if err != nil {
		return nil, nil, rubric, err
	}
	var list []check
	if err := minijson.Unmarshal(b, &list); err != nil {
		return nil, nil, rubric, err
	}
	if b, err = fs.ReadFile(rules, "privacyspy/rubric.json"); err != nil {
		return nil, nil, rubric, err
	}
	if err := minijson.Unmarshal(b, &rubric); err != nil {
		return nil, nil, rubric, err
	}
	return &t, list, rubric, nil
}
