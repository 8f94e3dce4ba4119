//go:build !rulesjson

package analyzer

import "github.com/policylens/policylens/analyzer/internal/lexicon"

// rulesEN are the tables of rules/en, read from their binary form
// (rulesENBin, in rules_en_tables.go) when the program starts.
var rulesEN = func() *lexicon.Tables {
	t, err := lexicon.Decode(rulesENBin)
	if err != nil {
		panic("analyzer: rules_en_tables.go: " + err.Error() + " (run go generate ./analyzer)")
	}
	return t
}()
