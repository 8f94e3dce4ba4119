// Package text is the analyzer's first pass: it reads the pasted policy
// into tokens (words and numbers normalised for matching, each with its byte
// span in the input), lines, blocks (headings, paragraphs, list items, with
// the heading of their section and the intro of their list) and sentences.
//
// It knows nothing of the rules; the only language in it is the English
// morphology of stem_en.go (stems, contractions, abbreviations).
package text
