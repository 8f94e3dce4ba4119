// Command eval measures the analyzer against the OPP-115 annotations in
// ../shared/corpus/opp115 (never copied into the repository): segment by
// segment, multi-label precision, recall and F1 for the nine scored practice
// categories and the fourteen data type groups, with micro and macro averages.
//
//	go run ./scripts/eval [-corpus ../shared/corpus] [-split dev] [-errors category]
package main
