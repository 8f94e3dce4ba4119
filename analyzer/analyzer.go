package analyzer

import "github.com/policylens/policylens/analyzer/model"

// MaxInputBytes is the largest input Analyze reads; larger input yields a
// report with a "too-large" error notice and nothing else.
const MaxInputBytes = 10 << 20

// MaxFindings bounds the findings of one report, so that pathological input
// (a 10 MB file of one sentence repeated) cannot make a report of hundreds
// of megabytes; a report that reaches it carries a "truncated" notice.
const MaxFindings = 20000

// Option configures Analyze.
type Option func(*config)

type config struct {
	withBlocks bool
	model      *model.Model             // nil: the default model; noModel: none
	inputs     func(Span, *model.Input) // see ModelInputs
	hashes     func(Span, []uint32)     // sees each sentence's features as the model scores them (tests)
	trace      func(traceEvent)         // see withTrace
}

// WithModel reads each sentence with sentence model m instead of the default
// one (see package model); WithModel(nil) reads with the rules alone.
func WithModel(m *model.Model) Option {
	return func(c *config) {
		c.model = m
		if m == nil {
			c.model = noModel
		}
	}
}

// noModel stands for "no sentence model" in config.model.
var noModel = new(model.Model)

// WithBlocks includes the structural blocks (headings, paragraphs, list
// items) in Report.Blocks. They are left out by default to keep reports small.
func WithBlocks() Option { return func(c *config) { c.withBlocks = true } }

// traceEvent is one decision of a rule class, for withTrace.
type traceEvent struct {
	// _ makes the type not comparable: no code compares two, so the
	// compiler writes no equality function for it, which the page's
	// WebAssembly would link through the type's descriptor.
	_        [0]func()
	Rule     string // the rule of the hit: "datatype.email"
	Start    int    // the hit's byte span
	End      int
	Sentence Span
	Kept     bool
	Reason   string // the class's reason: "datatype/in-name"
}

// withTrace calls fn with every decision a rule class makes on a hit of the
// sentence's own (not its list intro's), in order. The case tests use it; the
// reasons are not in the report.
func withTrace(fn func(traceEvent)) Option { return func(c *config) { c.trace = fn } }
