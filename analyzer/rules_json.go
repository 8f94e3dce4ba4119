//go:build rulesjson

package analyzer

import (
	"embed"
	"io/fs"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
)

// rulesFS holds the rule files, a folder per language (rules/en/...), for
// the build that compiles them at start-up (tag rulesjson; see rules.go).
//
//go:embed rules
var rulesFS embed.FS

// rulesEN, checklistEN, rubricRules and contactRules are what rules_en.go and
// rules_en_tables.go hold,
// compiled when the program starts.
var rulesEN, checklistEN, rubricRules, contactRules = func() (*lexicon.Tables, []check, rubricFile, contactCueFile) {
	rules, err := fs.Sub(rulesFS, "rules")
	if err != nil {
		panic("analyzer: " + err.Error())
	}
	t, list, rubric, cues, err := compileRules(rules, language)
	if err != nil {
		panic("analyzer: " + err.Error())
	}
	return t, list, rubric, cues
}()
