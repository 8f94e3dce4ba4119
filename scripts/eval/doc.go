// Command eval measures the analyzer (`make eval`), honestly: on policies no
// part of it was tuned on, as far as the data allows.
//
//   - Cross-validated, by company: OPP-115 train+dev and MAPP train
//     (../shared/corpus, never copied into the repository), each segment
//     alone and each within its whole policy; every policy is scored by the
//     rules and by a sentence model trained, as `make model` trains the
//     shipped one, on the project's annotations of every TOSBack policy but
//     those of the same company. (The rules were written with OPP-115 train
//     and dev in view, so on OPP-115 they are flattered; MAPP and the
//     annotations are fairer to them.) On MAPP, the analyzer's vague
//     "information about you" is scored as no data type: MAPP's annotators
//     give their generic type to data called personal, almost never to
//     "your information" (see appUnscored); and MAPP is scored on the twelve
//     types its scheme has, without user profile and survey data, which
//     none of its segments carries (see appGroups). Data named only in findings
//     filed under a practice for which the corpus records no data type
//     (access, security, "other"; in MAPP also the reader's choices and
//     retention) is scored as none (see untyped).
//   - The project's own annotations of TOSBack sentences, sentence by
//     sentence, with policy-family folds: rules alone and with the model;
//     categories, rights and data types (every sentence scored, as OPP-115
//     scores every segment: a sentence's data types are the groups of its
//     collect and share findings, except those filed under a practice
//     other than collection, sharing or the audiences, as the annotation
//     guide types data only in sentences that state collection or sharing:
//     see collectShareOnly).
//   - OPP-115 dev with the shipped analyzer, for comparison with earlier
//     figures (dev was tuned on).
//   - ToS;DR points: does the report of each volunteer's quote state the
//     fact of its case (tosdr-claims.json maps cases to claims); and, read
//     by the rules alone, the points the sentence model loses and adds.
//
// Beside each cross-validated comparison of the rules alone with the rules
// and the model, what the model changes: the labels it takes from a unit
// the rules gave it (and how often the unit does not hold them: its drops
// right) and those it gives (and how often the unit holds them).
//
// Scores are multi-label precision, recall and F1 per label with micro and
// macro averages, as the field scores OPP-115.
//
//	go run ./scripts/eval [-corpus ../shared/corpus] [-quick] [-errors label[,label...]]
package main
