// Command eval measures the analyzer against the OPP-115 annotations in
// ../shared/corpus/opp115 (never copied into the repository): segment by
// segment, multi-label precision, recall and F1 for the nine scored practice
// categories and the fourteen data type groups, with micro and macro averages.
// It scores two readings: each segment analysed alone, as segment classifiers
// are scored, and each segment within its whole policy (the segments joined
// by blank lines and analysed once, a segment getting the findings whose
// evidence starts inside it), which is what a reader pasting a policy gets:
// list items keep the sentence that introduces them, paragraphs their heading.
//
//	go run ./scripts/eval [-corpus ../shared/corpus] [-split dev] [-mode both|alone|in-policy] [-errors label]
package main
