package render

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer"
)

// maxQuoteRunes is the longest quote shown; longer sentences are cut around
// the match with an ellipsis.
const maxQuoteRunes = 200

// quote is one piece of evidence ready to print: the match with the rest of
// its sentence on either side, already cleaned and shortened.
type quote struct {
	before, match, after string
}

func (q quote) String() string { return q.before + q.match + q.after }

// quotes returns the distinct quotes for evidence indices (skipping any that
// are out of range) and how many distinct ones were left out beyond max.
func quotes(r *analyzer.Report, evidence []int, c *config) (qs []quote, more int) {
	seen := map[string]bool{}
	for _, i := range evidence {
		if i < 0 || i >= len(r.Findings) {
			continue
		}
		q, fromSentence := quoteFinding(&r.Findings[i], c.source)
		key := q.String()
		if fromSentence { // one quote per sentence, whichever words matched
			key = fmt.Sprint(r.Findings[i].Sentence)
		}
		if q.String() == "" || seen[key] {
			continue
		}
		seen[key] = true
		if c.maxQuotes > 0 && len(qs) >= c.maxQuotes {
			more++
			continue
		}
		qs = append(qs, q)
	}
	return qs, more
}

// quoteFinding quotes the finding's sentence from source when the spans are
// consistent with it (fromSentence), and the finding's own text otherwise.
func quoteFinding(f *analyzer.Finding, source string) (q quote, fromSentence bool) {
	s := f.Sentence
	q = quote{match: f.Text}
	if source != "" && 0 <= s.Start && s.Start <= f.Start && f.Start <= f.End &&
		f.End <= s.End && s.End <= len(source) && source[f.Start:f.End] == f.Text {
		q = quote{before: source[s.Start:f.Start], match: f.Text, after: source[f.End:s.End]}
		fromSentence = true
	}
	q.before, q.match, q.after = clean(q.before), clean(q.match), clean(q.after)
	// Move spaces at the edges of the match outside it, and trim the ends.
	if strings.HasPrefix(q.match, " ") {
		q.before += " "
	}
	if strings.HasSuffix(q.match, " ") {
		q.after = " " + q.after
	}
	q.match = strings.TrimSpace(q.match)
	q.before = strings.TrimLeft(q.before, " ")
	q.after = strings.TrimRight(q.after, " ")
	if q.match == "" {
		q.before, q.after = "", ""
	}
	return shorten(q, maxQuoteRunes), fromSentence
}

// clean makes untrusted text safe and compact to print on one line: invalid
// UTF-8 becomes U+FFFD, control and bidirectional-override characters are
// dropped, and runs of white space become one space.
func clean(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r), unicode.Is(unicode.Bidi_Control, r), r == '\u2028', r == '\u2029', r == '\uFEFF':
			continue
		}
		if space {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// shorten cuts q to at most max runes plus ellipses, keeping the whole match
// when it fits and sharing the rest between the context on either side.
func shorten(q quote, max int) quote {
	nb, nm, na := utf8.RuneCountInString(q.before), utf8.RuneCountInString(q.match), utf8.RuneCountInString(q.after)
	if nb+nm+na <= max {
		return q
	}
	if nm >= max {
		return quote{before: ellipsisIf(nb > 0), match: cutRight(q.match, max), after: "…"}
	}
	room := max - nm
	keepB := min(nb, room/2)
	keepA := min(na, room-keepB)
	keepB = min(nb, room-keepA)
	if keepB < nb {
		q.before = "…" + cutLeft(q.before, keepB)
	}
	if keepA < na {
		q.after = cutRight(q.after, keepA) + "…"
	}
	return q
}

func ellipsisIf(b bool) string {
	if b {
		return "…"
	}
	return ""
}

// cutRight keeps the first n runes of s, backing up to a word boundary when
// one is near, without trailing space.
func cutRight(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	atWord := r[n] == ' '
	r = r[:n]
	if i := lastSpace(r); !atWord && i > n/2 {
		r = r[:i]
	}
	return strings.TrimRight(string(r), " ,;:")
}

// cutLeft keeps the last n runes of s, moving forward to a word boundary when
// one is near, without leading space.
func cutLeft(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	atWord := r[len(r)-n-1] == ' '
	r = r[len(r)-n:]
	for i, c := range r {
		if atWord {
			break
		}
		if c == ' ' && i < n/4 {
			return string(r[i+1:])
		}
		if i >= n/4 {
			break
		}
	}
	return string(r)
}

func lastSpace(r []rune) int {
	for i := len(r) - 1; i >= 0; i-- {
		if r[i] == ' ' {
			return i
		}
	}
	return -1
}
