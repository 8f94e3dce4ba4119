package analyzer

import (
	"github.com/policylens/policylens/analyzer/internal/classes"
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/model"
)

// The rules of a language are data in rules/<language>/ (rule files, word
// and grammar sets, the checklist). go generate compiles them ahead into
// rules_<language>.go: their tables (lexicon.Tables) with the explanations
// written ahead, in a compact binary form held as a string constant, and the
// checklist. A program reads the tables when it starts, in well under a
// millisecond (nothing is parsed or compiled), so that the first Analyze is
// as fast as the tenth. TestRuleTables fails when the file is not what the
// rule files compile to. The tag rulesjson builds the analyzer without it,
// compiling the rule files when it starts
// (see rules_json.go); go generate uses it, so that it works even when the
// tables of an older analyzer no longer read.
//
//go:generate go test -tags rulesjson,reportjson -run ^TestRuleTables$ . -args -update-tables
//go:generate go test -tags rulesjson,reportjson -run ^TestReportJSON$ . -args -update-json

// language is the folder of rules/ the analyzer reads: the rule files of one
// language (phrases, word sets, grammar words, the checklist). A second
// language is a second folder.
const language = "en"

var (
	lex    = lexicon.New(rulesEN)  // the rules of the language
	judges = classes.JudgesOf(lex) // by entry index: what judges the entry's hits (see ruleClasses)
	// ruleHashes holds, by entry index, the hash of the entry's rule as a
	// feature of the sentence model (model.RuleHash).
	ruleHashes = func() []uint32 {
		hs := make([]uint32, len(lex.Entries))
		for i := range lex.Entries {
			hs[i] = model.RuleHash(lex.Entries[i].Rule)
		}
		return hs
	}()
)

// rules returns the compiled rules of the language, with the explanations
// of their findings written ahead.
func rules() *lexicon.Lexicon { return lex }
