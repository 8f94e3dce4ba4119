package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
)

// A ruleClass decides what the hits of one rule class mean in their
// sentence: a finding of some kind, or nothing. Each class is a small type in
// a file of its own (class_*.go), registered in ruleClasses. A class reads the
// sentence's view and context and returns its decision; it writes nothing.
// i is the index of h in vw.Hits, or in vw.Aside for the hits of an aside
// class (purposes, sources, breach notices, dates).
type RuleClass interface {
	Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict
}

// ruleClasses registers what judges the hits of each rule class of the rule
// files; a class not named here makes no findings. (Where hits of different
// classes overlap, the lexicon's class priorities decide which stays: see
// lexicon.classPriority.) It is a list, not a map: the list is data, where
// a map literal is code that fills the map at start-up.
var ruleClasses = [...]struct {
	class string
	judge RuleClass
}{
	{"datatype", &collectClass{}},
	{"recipient", &shareClass{}},
	{"sale", &saleClass{}},
	{"right", &rightClass{}},
	{"retention", &retentionClass{}},
	{"security", &securityClass{}},
	{"children", &childrenClass{}},
	{"audience", &audienceClass{}},
	{"change", &changeClass{}},
	{"notice", &noticeClass{}},
	{"dnt", &dntClass{}},
	{"transfer", &transferClass{}},
	{"legal-basis", &legalBasisClass{}},
	{"practice", &practiceClass{}},
	{"purpose", &purposeClass{}},
	{"source", &sourceClass{}},
	{"breach", &breachClass{}},
	{"updated", &updatedClass{}},
	{"month", &dateLineClass{}},
}

// JudgesOf returns, by entry index, what judges the hits of each entry of lx.
func JudgesOf(lx *lexicon.Lexicon) []RuleClass {
	js := make([]RuleClass, len(lx.Entries))
	for i := range lx.Entries {
		e := &lx.Entries[i]
		for _, c := range ruleClasses {
			if c.class == e.Class {
				js[i] = c.judge
				break
			}
		}
		if js[i] == nil {
			js[i] = &noFindings{e.Class + "/not-a-finding"}
		}
	}
	return js
}

// decision is what a kept hit makes: the finding's kind, id, category and
// negation (the reading writes the rest).
type decision struct {
	// _ makes the type not comparable: no code compares two, so the
	// compiler writes no equality function for it, which the page's
	// WebAssembly would link through the type's descriptor.
	_                  [0]func()
	Kind, ID, Category string
	Negated            bool
	// Incidental marks a recipient named without the company passing data
	// to it ("we use an outside ad company to display ads", "cookies are
	// collected by our ad company"), or denied without a verb of passing
	// data on ("we do not have any control of ... sharing"): an explicit
	// denial for that recipient outweighs the former; the latter outweighs
	// nothing. It marks data named in a definition as well ("Personal
	// data means ..., such as your name"): mentioned, not collected; and
	// a Do Not Track status read only from the lack of a standard.
	Incidental bool
	// SaleDenial marks a recipient denied only by a verb of selling ("we
	// do not sell any personal information to third-party companies"):
	// the sale verdict's evidence, which says nothing of sharing with it.
	SaleDenial bool
}

// verdict is a rule class's decision on one hit, with its named reason
// ("datatype/in-name"): keep it as the finding of its decision, or drop it.
type verdict struct {
	decision
	Keep   bool
	Reason string
	// AlsoCollect asks for a collect copy of the finding kept: a verb that
	// both collects and passes data on ("we use and share your
	// information"). The reading adds it right after the finding; a hit
	// dropped owes nothing.
	AlsoCollect bool
	At          Evidence // the finding's words when they are not the hit's (a date after "Last updated"); zero for the hit's
}

// decided reports whether v is a decision. Every verdict a class gives names
// its reason; a step of a class's Judge that returns the zero verdict, with
// none, leaves the hit to the next step.
func (v verdict) decided() bool { return v.Reason != "" }

// drop is the verdict that hit h makes no finding, for reason.
func drop(reason string) verdict { return verdict{Reason: reason} }

// Drop is drop for the reading: a verdict it gives a hit by itself.
func Drop(reason string) verdict { return drop(reason) }

// kept is the verdict that hit h makes finding f, for reason.
func kept(reason string, f decision) verdict { return verdict{decision: f, Keep: true, Reason: reason} }

// finding starts the finding of a hit of entry e: its id, the kind and the
// category.
func finding(e *lexicon.Entry, kind, category string) decision {
	return decision{Kind: kind, ID: e.ID, Category: category}
}

// Informs reports whether rule class j makes no findings: its hits only
// inform the other classes (cues, ways to use a right, fees, word sets).
func Informs(j RuleClass) bool {
	_, ok := j.(*noFindings)
	return ok
}

// noFindings is a class whose hits only inform others (cues, ways to use a
// right, fees, word sets).
type noFindings struct{ reason string }

func (n *noFindings) Judge(*sentence.View, *sentence.Context, int, lexicon.Hit) verdict {
	return drop(n.reason)
}
