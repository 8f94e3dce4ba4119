package render

// Option configures Text and Markdown.
type Option func(*config)

type config struct {
	source    string
	title     string
	color     bool
	width     int
	maxQuotes int
}

func newConfig(opts []Option) *config {
	c := &config{width: 80, maxQuotes: 2}
	for _, o := range opts {
		o(c)
	}
	if c.title == "" {
		c.title = "Privacy policy report"
	}
	return c
}

// WithSource passes the analysed text, so evidence is quoted as the whole
// sentence around each match instead of the matched words alone. It must be
// the exact text the report was made from (spans are byte offsets into it).
func WithSource(text string) Option { return func(c *config) { c.source = text } }

// WithTitle sets the report's heading, such as the file name.
func WithTitle(title string) Option { return func(c *config) { c.title = title } }

// WithColor makes Text use ANSI colours and bold; Markdown ignores it.
func WithColor(on bool) Option { return func(c *config) { c.color = on } }

// WithWidth sets the column at which Text wraps lines (default 80; 0 or less
// disables wrapping); Markdown ignores it.
func WithWidth(n int) Option { return func(c *config) { c.width = n } }

// WithMaxQuotes sets how many quotes are shown per item (default 2; the rest
// are counted). Zero or less shows every quote.
func WithMaxQuotes(n int) Option { return func(c *config) { c.maxQuotes = n } }
