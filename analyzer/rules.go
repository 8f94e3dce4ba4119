package analyzer

import (
	"embed"
	"sync"

	"github.com/policylens/policylens/analyzer/internal/classes"
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/model"
)

// rulesFS holds the rule files, a folder per language (rules/en/...).
//
//go:embed rules
var rulesFS embed.FS

// language is the folder of rules/ the analyzer reads: the rule files of one
// language (phrases, word sets, grammar words, the checklist). A second
// language is a second folder.
const language = "en"

var (
	lexOnce sync.Once
	lex     *lexicon.Lexicon
	judges  []classes.RuleClass // by entry index: what judges the entry's hits (see ruleClasses)
	// ruleHashes holds, by entry index, the hash of the entry's rule as a
	// feature of the sentence model (model.RuleHash).
	ruleHashes []uint32
	lexErr     error
)

// rules returns the compiled embedded rules of the language, with the
// explanations of their findings written ahead. A broken rule file is a
// programming error caught by the tests, so it panics.
func rules() *lexicon.Lexicon {
	lexOnce.Do(func() {
		lex, lexErr = lexicon.CompileRules(rulesFS, "rules/"+language)
		if lexErr != nil {
			return
		}
		judges = classes.JudgesOf(lex)
		ruleHashes = make([]uint32, len(lex.Entries))
		for i := range lex.Entries {
			explainAhead(&lex.Entries[i])
			ruleHashes[i] = model.RuleHash(lex.Entries[i].Rule)
		}
	})
	if lexErr != nil {
		panic("analyzer: " + lexErr.Error())
	}
	return lex
}
