package analyzer

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
	trace      func(traceEvent) // see withTrace
}

// WithBlocks includes the structural blocks (headings, paragraphs, list
// items) in Report.Blocks. They are left out by default to keep reports small.
func WithBlocks() Option { return func(c *config) { c.withBlocks = true } }

// Analyze reads a privacy policy as pasted by a user and reports what it says.
// It is deterministic, does no I/O and is safe for concurrent use. Spans in
// the report are byte offsets into text.
func Analyze(text string, opts ...Option) *Report {
	var c config
	for _, o := range opts {
		o(&c)
	}
	return analyze(text, &c)
}
