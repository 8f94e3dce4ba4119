// Package model is PolicyLens's sentence model: a linear multi-label
// classifier that reads one sentence of a policy, with its heading, its list
// intro and the rule hits in it, and says which practice categories, data
// type groups, rights, recipients, purposes and sources it states, and
// whether it states a practice at all.
//
// It is small on purpose. Features are hashed words, word pairs, context
// words and rule ids (Features); the weights are integers (Model), so a
// sentence gets the same decision on every platform, native or WebAssembly;
// every decision can name the features that weighed most (Model.Explain).
// Train fits a model with FTRL-Proximal, whose L1 term leaves most weights at
// zero, and Model.MarshalBinary writes the compact form that ships.
//
// The labels (Labels) follow the project's own annotations
// (annotations/README.md), which follow OPP-115's scheme.
package model
