// Package classes is the analyzer's fourth pass: one rule class per file
// (collect, share, sale, right, retention, security, children, change,
// dnt, transfer, legal-basis, practice), each a RuleClass that judges the
// hits of its rule class in a sentence's View and Context and returns a
// verdict with a named reason ("datatype/in-name", "sale/goods"). Classes
// write nothing: the minimum age, retention periods and the details of a
// right come back as values (Age, Periods, RightDetailsOf).
package classes
