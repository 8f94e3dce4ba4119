// Package sentence is the analyzer's third pass: the read-only view of one
// sentence that the rule classes read. Doc is what the text and match passes
// made of the input; View lays out one sentence of it (with the intro of its
// list) as positions, with its hits, clauses, negations and verbs, and
// answers position-indexed questions (Is, In, ActorBefore, GoverningVerb,
// NegatedNear, ...); Context is what the sentence says as a whole (a
// practice, a topic, a question, advice, the heading's scene).
//
// Nothing here decides a finding: that is package classes.
package sentence
