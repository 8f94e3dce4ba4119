package analyzer

import (
	"embed"
	"sync"
)

//go:embed rules
var rulesFS embed.FS

// language is the folder of rules/ the analyzer reads: the rule files of one
// language (phrases, word sets, grammar words, the checklist). A second
// language is a second folder.
const language = "en"

var (
	lexOnce sync.Once
	lex     *lexicon
	judges  []ruleClass // by entry index: what judges the entry's hits (see ruleClasses)
	lexErr  error
)

// rules returns the compiled embedded rules of the language, with the
// explanations of their findings written ahead. A broken rule file is a
// programming error caught by the tests, so it panics.
func rules() *lexicon {
	lexOnce.Do(func() {
		lex, lexErr = compileRules(rulesFS, "rules/"+language)
		if lexErr != nil {
			return
		}
		judges = judgesOf(lex)
		for i := range lex.entries {
			explainAhead(&lex.entries[i])
		}
	})
	if lexErr != nil {
		panic("analyzer: " + lexErr.Error())
	}
	return lex
}
