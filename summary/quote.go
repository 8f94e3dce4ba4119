package summary

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer"
)

// maxQuoteRunes is the longest quote shown; longer sentences are cut around
// the match with an ellipsis.
const maxQuoteRunes = 200

// Quote is one piece of evidence ready to show: the matched words with the
// rest of their sentence on either side, made one line of printable text
// (see Clean) and shortened around the match.
//
// Intro, for a quote of a list item, is the sentence that introduces the
// list, ready to show before it (ending in a space): "Geolocation data"
// states what it does only after "We have disclosed the following
// categories of personal information:".
type Quote struct {
	Intro                string
	Before, Match, After string
}

func (q Quote) String() string { return q.Intro + q.Before + q.Match + q.After }

// maxIntroRunes is the longest intro shown before a list item; a longer one
// keeps its end, which leads into the item.
const maxIntroRunes = 120

// Quotes returns the distinct quotes of an item's evidence and how many more
// distinct ones there are beyond limit (zero or less: no limit). Evidence
// indices out of range are skipped. With source, the exact text the report
// was made from (spans are offsets into it), each finding is quoted as its
// whole sentence, one quote per sentence (and one for a sentence the text
// repeats word for word); without it, or where the spans do not fit it, as
// the matched words.
func Quotes(r *analyzer.Report, evidence []int, source string, limit int) (qs []Quote, more int) {
	seen := map[string]bool{}
	for _, i := range evidence {
		if i < 0 || i >= len(r.Findings) {
			continue
		}
		q, fromSentence := quoteFinding(&r.Findings[i], source)
		k := "q" + q.String()
		if fromSentence { // one quote per sentence, whichever words matched
			sent := r.Findings[i].Sentence
			k = "s" + strconv.Itoa(sent.Start) + "-" + strconv.Itoa(sent.End)
		}
		// A sentence a policy repeats word for word is quoted once.
		text := "t" + q.Before + q.Match + q.After
		if q.String() == "" || seen[k] || fromSentence && seen[text] {
			continue
		}
		seen[k] = true
		if fromSentence {
			seen[text] = true
		}
		if limit > 0 && len(qs) >= limit {
			more++
			continue
		}
		qs = append(qs, q)
	}
	return qs, more
}

// quoteFinding quotes the finding's sentence from source when the spans are
// consistent with it (fromSentence), and the finding's own text otherwise.
func quoteFinding(f *analyzer.Finding, source string) (q Quote, fromSentence bool) {
	s := f.Sentence
	q = Quote{Match: f.Text}
	if source != "" && 0 <= s.Start && s.Start <= f.Start && f.Start <= f.End &&
		f.End <= s.End && s.End <= len(source) && source[f.Start:f.End] == f.Text {
		q = Quote{Before: source[s.Start:f.Start], Match: f.Text, After: source[f.End:s.End]}
		fromSentence = true
	}
	q.Before, q.Match, q.After = Clean(q.Before), Clean(q.Match), Clean(q.After)
	if fromSentence {
		// "**Personal Information**: information that ...": Markdown's
		// bold marks in a pasted file are no words of the policy. (Not
		// "__", which names cookies: "__utma".)
		q.Before, q.Match, q.After = strings.ReplaceAll(q.Before, "**", ""), strings.ReplaceAll(q.Match, "**", ""), strings.ReplaceAll(q.After, "**", "")
	}
	// Move spaces at the edges of the match outside it, and trim the ends.
	if strings.HasPrefix(q.Match, " ") {
		q.Before += " "
	}
	if strings.HasSuffix(q.Match, " ") {
		q.After = " " + q.After
	}
	q.Match = strings.TrimSpace(q.Match)
	q.Before = strings.TrimLeft(q.Before, " ")
	if fromSentence {
		q.Before = strings.TrimLeft(dropItemNumber(q.Before), " ")
	}
	q.After = strings.TrimRight(q.After, " ")
	if q.Match == "" {
		q.Before, q.After = "", ""
	}
	q = shorten(q, maxQuoteRunes)
	if in := f.Intro; fromSentence && in != (analyzer.Span{}) && 0 <= in.Start && in.Start < in.End && in.End <= s.Start {
		q.Intro = introText(source[in.Start:in.End])
	}
	return q, fromSentence
}

// dropItemNumber drops the number of a list item that opens a quote's
// sentence ("10. ", "2\. " with Markdown's escaped dot, "(b) ", "iv) "): its
// place in a list the quote does not show says nothing to the reader. A
// capital letter is kept ("A. Smith" may be a name).
func dropItemNumber(s string) string {
	i := 0
	if i < len(s) && s[i] == '(' {
		i++
	}
	j := i
	for j < len(s) && j-i < 4 && (s[j] >= '0' && s[j] <= '9' || s[j] >= 'a' && s[j] <= 'z' || strings.IndexByte("IVX", s[j]) >= 0) {
		j++
	}
	word := s[i:j]
	if j == i || !(allDigits(word) && len(word) <= 3 || len(word) == 1 && word[0] >= 'a' || strings.Trim(strings.ToLower(word), "ivx") == "") {
		return s
	}
	if j < len(s) && s[j] == '\\' {
		j++
	}
	switch {
	case j >= len(s) || s[j] != '.' && s[j] != ')', i > 0 && s[j] != ')':
		return s // "(1." is no number of an item
	case j+1 >= len(s) || s[j+1] != ' ':
		return s
	}
	return s[j+2:]
}

// allDigits reports whether s is digits only.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// introText is a list's intro made ready to stand before one of its items,
// cleaned as the quote is (Markdown's bold marks and the intro's own item
// number dropped: "3. **Use of Information:**" reads "Use of Information:"),
// with one colon at its end where it has any ("include:**:" reads
// "include:"), its end kept when it is long, and a space after it (an
// ellipsis first when it does not end in a colon, as it leads on to the item
// only loosely).
func introText(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(Clean(s), "**", ""))
	s = strings.TrimLeft(dropItemNumber(s), " ")
	if t := strings.TrimRight(s, ": "); t != s && strings.HasSuffix(s, ":") {
		s = t + ":"
	}
	if s == "" || s == ":" {
		return ""
	}
	if utf8.RuneCountInString(s) > maxIntroRunes {
		s = "…" + cutLeft(s, maxIntroRunes)
	}
	if !strings.HasSuffix(s, ":") {
		s += " …"
	}
	return s + " "
}

// Clean makes untrusted text safe and compact to show on one line: invalid
// UTF-8 becomes U+FFFD, control and bidirectional-override characters are
// dropped, and runs of white space become one space.
func Clean(s string) string {
	if plain(s) {
		return s // nearly every name and message: nothing to change
	}
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

// plain reports whether Clean would return s as it is: printable ASCII
// without two spaces in a row.
func plain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' || c == ' ' && i > 0 && s[i-1] == ' ' {
			return false
		}
	}
	return true
}

// shorten cuts q to at most max runes plus ellipses, keeping the whole match
// when it fits and sharing the rest between the context on either side.
func shorten(q Quote, max int) Quote {
	nb, nm, na := utf8.RuneCountInString(q.Before), utf8.RuneCountInString(q.Match), utf8.RuneCountInString(q.After)
	if nb+nm+na <= max {
		return q
	}
	if nm >= max {
		return Quote{Before: ellipsisIf(nb > 0), Match: cutRight(q.Match, max), After: "…"}
	}
	room := max - nm
	keepB := min(nb, room/2)
	keepA := min(na, room-keepB)
	keepB = min(nb, room-keepA)
	if keepB < nb {
		q.Before = "…" + cutLeft(q.Before, keepB)
	}
	if keepA < na {
		q.After = cutRight(q.After, keepA) + "…"
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

// cutItems joins the cleaned items with ", " up to n runes, whole items
// only: a period is never shown without its unit ("one week, 7 days", not
// "one week, seven (7)"). The first item is cut as cutRight cuts when it
// alone is longer. It returns the text and how many items it shows.
func cutItems(items []string, n int) (string, int) {
	out, shown := "", 0
	for i, x := range items {
		x = Clean(x)
		if i == 0 {
			out, shown = x, 1
			continue
		}
		if len([]rune(out))+2+len([]rune(x)) > n {
			break
		}
		out += ", " + x
		shown++
	}
	return cutRight(out, n), shown
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
