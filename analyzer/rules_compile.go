package analyzer

import (
	"io/fs"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/internal/minijson"
)

// compileRules compiles the rule files of folder dir of fsys (rules/<language>)
// into their tables, with the explanations of their entries written ahead,
// and reads their checklist: what rules_<language>.go holds.
func compileRules(fsys fs.FS, dir string) (*lexicon.Tables, []check, error) {
	lx, err := lexicon.CompileRules(fsys, dir)
	if err != nil {
		return nil, nil, err
	}
	t := lx.Tables
	t.Entries = append([]lexicon.Entry(nil), t.Entries...)
	for i := range t.Entries {
		explainAhead(&t.Entries[i])
	}
	b, err := fs.ReadFile(fsys, dir+"/checklist/checklist.json")
	if err != nil {
		return nil, nil, err
	}
	var list []check
	if err := minijson.Unmarshal(b, &list); err != nil {
		return nil, nil, err
	}
	return &t, list, nil
}
