// Package lexicon is the analyzer's second pass: it compiles the rule files
// of a language (rules/<language>/*.json: phrases by rule class, word sets
// matched by stem, grammar sets matched exactly) into Tables (CompileRules),
// matches their patterns over the tokens of package text and resolves
// overlapping hits by class priority (classPriority), leaving one reading of
// each phrase. The analyzer compiles its rules ahead, at go generate, and
// ships the tables in their binary form (Encode), which Decode reads back
// when a program starts.
//
// The rules the engine names by themselves (cues, a few entries of other
// classes) are RuleRefs resolved when the rules compile; the word and
// grammar sets are WordSets and GrammarSets, so that no English word or rule
// id is spelled in the engine's Go code.
package lexicon
