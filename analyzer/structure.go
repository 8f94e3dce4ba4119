package analyzer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Block kinds.
const (
	blockHeading   = "heading"
	blockParagraph = "paragraph"
	blockListItem  = "list-item"
)

// block is a heading, paragraph or list item: a byte span of the input and
// the range of its tokens.
type block struct {
	kind       string
	start, end int
	tokFrom    int
	tokTo      int
	intro      int  // for a list item: the sentence that introduces the list, or -1
	heading    int  // the block index of the section heading, or -1
	contents   bool // a line of a table of contents (see markContents)
}

// sentence is a range of tokens within one block.
type sentence struct {
	start, end     int // byte span
	tokFrom, tokTo int
	block          int
}

// line is one line of the input, trimmed.
type line struct {
	start, end int // span of the trimmed content
	blank      bool
	bullet     int // bytes of list marker at start (0 when none)
	numbered   bool
}

// splitLines scans the input into lines, trimming white space and noting list markers.
func splitLines(text string, lines []line) []line {
	for pos := 0; pos <= len(text); {
		nl := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if nl >= 0 {
			end = pos + nl
		}
		s, e := trimSpan(text, pos, end)
		l := line{start: s, end: e, blank: s >= e}
		if !l.blank {
			l.bullet, l.numbered = listMarker(text[s:e])
		}
		lines = append(lines, l)
		if nl < 0 {
			break
		}
		pos = end + 1
	}
	return lines
}

// trimSpan trims white space (including NBSP, and markdown quote markers) from text[s:e].
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '>' && r != '\u00a0' && r != '\ufeff' {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\u00a0' {
			break
		}
		e -= n
	}
	return s, e
}

// listMarker returns the length of a list marker at the start of a trimmed
// line ("- ", "* ", "• ", "1. ", "(a) ", "iv) ") and whether it is numbered.
func listMarker(s string) (int, bool) {
	r, n := utf8.DecodeRuneInString(s)
	switch r {
	case '-', '*', '+', '•', '·', '▪', '◦', '‣', '○', '●', '■', '□', '➢', '►', '–', '—', '\uf0b7':
		if n < len(s) && (s[n] == ' ' || s[n] == '\t') {
			return n + 1, false
		}
		if r != '-' && r != '*' && r != '+' && n < len(s) {
			return n, false
		}
		return 0, false
	}
	// "1." "1)" "(1)" "a." "(a)" "iv)" followed by a space.
	i := 0
	if i < len(s) && s[i] == '(' {
		i++
	}
	j := i
	for j < len(s) && j-i < 4 && (s[j] >= '0' && s[j] <= '9' || s[j] >= 'a' && s[j] <= 'z') {
		j++
	}
	if j == i || j >= len(s) {
		return 0, false
	}
	if s[j] != '.' && s[j] != ')' {
		return 0, false
	}
	word := s[i:j]
	if !(isDigits(word) || len(word) == 1 || isRoman(word)) {
		return 0, false
	}
	j++
	if j < len(s) && s[j] == ' ' {
		return j + 1, true
	}
	return 0, false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isRoman(s string) bool {
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("ivxl", rune(s[i])) {
			return false
		}
	}
	return s != ""
}

// isHeading decides whether a trimmed line that is not a list item reads as
// a heading: markdown "#", a bold line, a numbered section title, or a short
// line without closing punctuation in title or upper case.
func isHeading(text string, l line, next *line) bool {
	s := text[l.start:l.end]
	if strings.HasPrefix(s, "#") {
		return true
	}
	if len(s) > 120 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.HasPrefix(s, "**") && strings.HasSuffix(s, "**") && len(s) > 4 {
		return true
	}
	if strings.ContainsRune(".,;!?\"”'’", last) {
		return false
	}
	if last == ':' {
		return len(s) < 60 && !strings.ContainsAny(s[:len(s)-1], ".,;")
	}
	n, upper, caps := 0, 0, 0
	for i := 0; i < len(s); {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i == len(s) {
			break
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\t' {
			j++
		}
		n++
		if n > 12 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(s[i:j])
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			upper++
		}
		if !hasLower(s[i:j]) {
			caps++
		}
		i = j
	}
	// A hard-wrapped line goes on with a lower-case word on the next line.
	if next != nil && !next.blank && next.bullet == 0 {
		r, _ := utf8.DecodeRuneInString(text[next.start:next.end])
		if unicode.IsLower(r) {
			return false
		}
	}
	if caps == n {
		return true
	}
	// Title Case: most words capitalised (small words excepted).
	return upper*10 >= n*6 || n <= 3
}

// bareItem reports whether a line can be an item of a list that lost its
// bullets: a few words ("Email address", "Name", "IP address"), not a
// Markdown heading and not in Title Case ("How We Use Information", the line
// of a table of contents).
func bareItem(s string) bool {
	if strings.HasPrefix(s, "#") || endsWithColon(s) {
		return false
	}
	words, long, caps := 0, 0, 0
	for _, w := range strings.Fields(s) {
		words++
		if n := utf8.RuneCountInString(w); n >= 3 {
			long++
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				caps++
			}
		}
	}
	return words <= 6 && !(caps >= 2 && caps*10 >= long*6)
}

// hasLower reports whether s holds a lower-case letter.
func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// endsSentence reports whether a line ends with closing punctuation, so that
// the next line starts a new block rather than continuing a hard-wrapped one.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’)*_ ")
	if s == "" {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:;", last)
}

// buildStructure splits the input into blocks and sentences over toks.
// The slices passed in are reused for the result (nil is fine).
func buildStructure(text string, toks []token, lines []line, blocks []block, sents []sentence) ([]line, []block, []sentence) {
	lines = splitLines(text, lines[:0])
	blocks = blocks[:0]
	heading := -1
	cur := -1     // index of the open paragraph or list item that may continue
	bare := false // the last line was an item of a list that lost its bullets
	for i := range lines {
		l := lines[i]
		if l.blank {
			cur, bare = -1, false
			continue
		}
		var next *line
		if i+1 < len(lines) {
			next = &lines[i+1]
		}
		s := text[l.start:l.end]
		wasBare := bare
		bare = false
		switch {
		case l.bullet > 0 && !(l.numbered && isHeading(text, line{start: l.start + l.bullet, end: l.end}, next) && !strings.HasSuffix(s, ":")):
			blocks = append(blocks, block{kind: blockListItem, start: l.start, end: l.end, intro: -1, heading: heading})
			cur = len(blocks) - 1
		case cur >= 0 && !endsSentence(text[blocks[cur].start:blocks[cur].end]),
			// "- Provide our Services:" then its description on the next line.
			cur >= 0 && blocks[cur].kind == blockListItem && endsWithColon(text[blocks[cur].start:blocks[cur].end]):
			blocks[cur].end = l.end // a hard-wrapped line continues the block
		case i > 0 && !lines[i-1].blank && (wasBare || len(blocks) > 0 && endsWithColon(text[blocks[len(blocks)-1].start:blocks[len(blocks)-1].end])) && bareItem(s):
			// "We collect the following:" then "Name", "Email address" on
			// lines of their own: a list copied from a web page without
			// its bullets (a table of contents, in Title Case, is not).
			blocks = append(blocks, block{kind: blockListItem, start: l.start, end: l.end, intro: -1, heading: heading})
			cur, bare = -1, true
			continue
		case isHeading(text, l, next):
			blocks = append(blocks, block{kind: blockHeading, start: l.start, end: l.end, intro: -1, heading: -1})
			heading = len(blocks) - 1
			cur = -1
		default:
			blocks = append(blocks, block{kind: blockParagraph, start: l.start, end: l.end, intro: -1, heading: heading})
			cur = len(blocks) - 1
		}
	}
	// Assign tokens to blocks and split sentences.
	sents = sents[:0]
	t := 0
	for bi := range blocks {
		b := &blocks[bi]
		for t < len(toks) && int(toks[t].start) < b.start {
			t++
		}
		b.tokFrom = t
		for t < len(toks) && int(toks[t].end) <= b.end {
			t++
		}
		b.tokTo = t
		from := b.tokFrom
		for k := b.tokFrom + 1; k <= b.tokTo; k++ {
			// Very long "sentences" (lists without stops, junk) are cut so
			// that the work per sentence stays bounded.
			long := k < b.tokTo && (k-from >= maxSentenceTokens && toks[k].sepBefore >= sepComma || k-from >= 2*maxSentenceTokens)
			if k == b.tokTo || sentenceBreak(text, toks, k) || long {
				if k > from {
					sents = append(sents, sentence{start: int(toks[from].start), end: sentenceEnd(text, int(toks[k-1].end), b.end), tokFrom: from, tokTo: k, block: bi})
				}
				from = k
			}
		}
	}
	// A list item inherits the sentence that introduces its list: the last
	// sentence of the paragraph or heading before it, if it reads as an
	// introduction (checked only when a list follows).
	lastIntro, candidate := -1, -1
	openList := false // the last block was an item without a bullet that the list goes on after
	si := 0
	for bi := range blocks {
		b := &blocks[bi]
		firstSent := si
		for si < len(sents) && sents[si].block == bi {
			si++
		}
		// Copying a web page often loses the bullets: paragraphs ending in
		// ";" after "We use it to:" are a list all the same.
		if b.kind == blockParagraph {
			goesOn := itemGoesOn(text[b.start:b.end])
			startsList := candidate >= 0 && goesOn && endsWithColon(text[sents[candidate].start:sents[candidate].end])
			if openList && lastIntro >= 0 || startsList {
				if startsList {
					lastIntro, candidate = candidate, -1
				}
				b.kind, b.intro = blockListItem, lastIntro
				openList = goesOn
				continue
			}
		}
		openList = false
		switch b.kind {
		case blockListItem:
			if candidate >= 0 {
				if last := sents[candidate]; introduces(text[last.start:last.end]) {
					lastIntro = candidate
				}
				candidate = -1
			}
			b.intro = lastIntro
		case blockParagraph, blockHeading:
			lastIntro, candidate = -1, -1
			if si > firstSent {
				candidate = si - 1
			}
		}
	}
	markContents(text, blocks)
	return lines, blocks, sents
}

// markContents marks the lines of a table of contents: three or more short
// headings in a row ("How We Use Information", "Sharing of Information",
// "Data Security", ...), save the last when text follows it, which heads
// that text. A table of contents names topics; it states no practice. A
// line ending in a colon introduces what follows, a long line is a
// statement set as a heading ("**By using our Web Site, you consent to our
// use of cookies.**") and a rule of dashes holds no words: none is a
// contents line.
func markContents(text string, blocks []block) {
	line := func(b *block) bool {
		return b.kind == blockHeading && b.tokTo > b.tokFrom && b.tokTo-b.tokFrom <= 12 && !endsWithColon(strings.TrimSpace(text[b.start:b.end]))
	}
	for i := range blocks {
		if anchorLink(text[blocks[i].start:blocks[i].end]) {
			blocks[i].contents = true
		}
	}
	for i := 0; i < len(blocks); {
		j := i
		for j < len(blocks) && line(&blocks[j]) {
			j++
		}
		if j-i >= 3 {
			last := j
			if j < len(blocks) {
				last = j - 1
			}
			for k := i; k < last; k++ {
				blocks[k].contents = true
			}
		}
		i = max(j, i+1)
	}
}

// anchorLink reports whether a line is nothing but a Markdown link to a place
// on the same page ("1. [How We Share Information](#sharing)",
// "**[V. Your Rights](#section-5)**"): a line of a table of contents.
func anchorLink(s string) bool {
	if !strings.Contains(s, "](#") {
		return false // most lines: no need to trim
	}
	s = strings.Trim(s, "*_-+•· \t")
	s = strings.TrimLeft(s, "0123456789.)\\ \t")
	s = strings.Trim(s, "*_ \t")
	i := strings.Index(s, "](#")
	return i > 0 && s[0] == '[' && strings.HasSuffix(s, ")") &&
		!strings.ContainsAny(s[1:i], "[]") && !strings.ContainsAny(s[i+3:len(s)-1], "()[] ")
}

// introduces reports whether a sentence introduces a list: it ends with a
// colon or a dash, or announces "the following".
func introduces(s string) bool {
	s = strings.TrimRight(s, " *_")
	if strings.HasSuffix(s, ":") || strings.HasSuffix(s, "-") || strings.HasSuffix(s, "—") {
		return true
	}
	return indexFold(s, "following") >= 0 || hasSuffixFold(s, "include") || hasSuffixFold(s, "such as")
}

// endsWithColon reports whether s ends with a colon, ignoring spaces and emphasis.
func endsWithColon(s string) bool {
	return strings.HasSuffix(strings.TrimRight(s, " *_"), ":")
}

// mayEndWithColon is a quick test before endsWithColon(strings.TrimSpace(s)):
// false when the last byte that is no ASCII space or emphasis is plain ASCII
// other than a colon.
func mayEndWithColon(s string) bool {
	i := len(s) - 1
	for i >= 0 && (s[i] == ' ' || s[i] == '*' || s[i] == '_' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f') {
		i--
	}
	return i >= 0 && (s[i] == ':' || s[i] >= 0x80)
}

// itemGoesOn reports whether a list item ends as one that more items follow:
// with ";" or ",", or with "and" / "or" after one.
func itemGoesOn(s string) bool {
	s = strings.TrimRight(s, " *_")
	if strings.HasSuffix(s, ";") || strings.HasSuffix(s, ",") {
		return true
	}
	for _, w := range []string{"; and", "; or", ", and", ", or"} {
		if hasSuffixFold(s, w) {
			return true
		}
	}
	return false
}

// maxSentenceTokens bounds a sentence; a longer one is cut at a comma.
const maxSentenceTokens = 150

// sentenceBreak reports whether token k starts a new sentence: a stop
// before it, and a capital or a number at its start, unless the stop ends an
// abbreviation ("e.g. Google", "U.S. Department", "Mr. Smith").
func sentenceBreak(text string, toks []token, k int) bool {
	t := toks[k]
	if t.sepBefore != sepStop {
		return false
	}
	if t.flags&tokUpper != 0 || t.num >= 0 {
		return !abbreviation(text, toks[k-1])
	}
	return false
}

// sentenceEnd extends a sentence past its closing punctuation, up to the block end.
func sentenceEnd(text string, end, limit int) int {
	for end < limit {
		c := text[end]
		if c == '.' || c == '!' || c == '?' || c == '"' || c == ')' || c == ':' || c == ';' {
			end++
			continue
		}
		break
	}
	return end
}
