package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Block kinds.
const (
	BlockHeading   = "heading"
	blockParagraph = "paragraph"
	BlockListItem  = "list-item"
)

// Block is a heading, paragraph or list item: a byte span of the input and
// the range of its tokens.
type Block struct {
	// _ makes the type not comparable: no code compares two, so the
	// compiler writes no equality function for it, which the page's
	// WebAssembly would link through the type's descriptor.
	_          [0]func()
	Kind       string
	Start, End int
	TokFrom    int
	TokTo      int
	Intro      int   // for a list item: the sentence that introduces the list, or -1
	Heading    int   // the block index of the section heading, or -1
	Contents   bool  // a line of a table of contents (see markContents), or a row of a table that answers no: it states no practice
	Menu       bool  // a line of a menu of links (see markContents)
	SharesNone bool  // a row of a table that answers no under a column of passing data on ("| Email address | No one |" under "| Data | Disclosed to |")
	row        uint8 // a row of a Markdown table: rowHead for the row over its rule, rowBody for the others
}

// Rows of a Markdown table (Block.row).
const (
	rowHead = 1 + iota
	rowBody
)

// Sentence is a range of tokens within one block.
type Sentence struct {
	Start, End     int // byte span
	TokFrom, TokTo int
	Block          int
}

// Line is one line of the input, trimmed.
type Line struct {
	start, end int // span of the trimmed content
	blank      bool
	bullet     int // bytes of list marker at start (0 when none)
	numbered   bool
}

// splitLines scans the input into lines, trimming white space and noting list markers.
func splitLines(text string, lines []Line) []Line {
	for pos := 0; pos <= len(text); {
		nl := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if nl >= 0 {
			end = pos + nl
		}
		s, e := trimSpan(text, pos, end)
		l := Line{start: s, end: e, blank: s >= e}
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
// An ASCII byte is its own rune: it is tested by asciiSpace, without
// decoding it and asking unicode.IsSpace (a line's first and last bytes,
// most of them ASCII, are each read so).
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		if c := text[s]; c < utf8.RuneSelf {
			if !asciiSpace[c] && c != '>' {
				break
			}
			s++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\u00a0' && r != '\ufeff' {
			break
		}
		s += n
	}
	for e > s {
		if c := text[e-1]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			e--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\u00a0' {
			break
		}
		e -= n
	}
	return s, e
}

// asciiSpace marks the ASCII bytes unicode.IsSpace reports as spaces.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// listMarker returns the length of a list marker at the start of a trimmed
// line ("- ", "* ", "• ", "1. ", "(a) ", "iv) ") and whether it is numbered.
func listMarker(s string) (int, bool) {
	r, n := utf8.DecodeRuneInString(s)
	switch r {
	case '・':
		// Japanese's bullet, before a word of its scripts ("・氏名"; in
		// an English policy "・[Thailand](...)" is a line of links)
		if n < len(s) && s[n] >= utf8.RuneSelf {
			return n, false
		}
		return 0, false
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

// isRoman reports whether s is the letters of a Roman numeral (i, v, x, l)
// in either case, as strings.ToLower would lower it: ASCII only, by byte,
// with no lowered copy made.
func isRoman(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] | 0x20 {
		case 'i', 'v', 'x', 'l':
		default:
			return false
		}
	}
	return s != ""
}

// maxMarkdownHeading bounds a Markdown heading's line, in bytes: the longest
// "#" lines of the TOSBack texts that head a section run to about 150
// (a question such as "What information do we collect about you and how do
// we use it ...?"); those over 200, a few dozen, are statements.
const maxMarkdownHeading = 200

// isHeading decides whether a trimmed line that is not a list item reads as
// a heading: markdown "#", a bold line, a numbered section title, or a short
// line without closing punctuation in title or upper case.
func isHeading(text string, l Line, next *Line) bool {
	s := text[l.start:l.end]
	if strings.HasPrefix(s, "#") {
		// Markdown's heading: "#" to "######", then a space. A longer line
		// is a statement set as a heading ("#### 8.5 Whenever you use our
		// products, we strive to ...") or a heading run together with its
		// text when a page lost its tags ("# 3. Information We Collect
		// About You ...We may collect several different types of ..."): a
		// paragraph, whose sentences must not stand as the heading of those
		// that follow. A hashtag ("#ItsThatEasy We use ...") or a CSS rule
		// is no Markdown heading: the tests below judge it as any line.
		k := strings.IndexFunc(s, func(r rune) bool { return r != '#' })
		if k < 0 || s[k] == ' ' || s[k] == '\t' {
			return len(s) <= maxMarkdownHeading
		}
	}
	if len(s) > 120 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.HasPrefix(s, "**") && strings.HasSuffix(s, "**") && len(s) > 4 {
		return true
	}
	if strings.ContainsRune(".,;!?\"”'’。！？", last) {
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

// numberedTitle reports whether a numbered line is a section title rather
// than a list item: "3. Data Security", or a title in sentence case ("2. How
// we share your information") when a sentence starts on the next line, as
// in a policy copied from a web page: a list item that goes on over a line
// break goes on in lower case, or after closing punctuation.
func numberedTitle(text string, l Line, next *Line) bool {
	if !l.numbered {
		return false
	}
	title := Line{start: l.start + l.bullet, end: l.end}
	// "12.  ### Changes to this Notice": the marker may stand apart by more
	// than one space; the title starts at its first word.
	for title.start < title.end && (text[title.start] == ' ' || text[title.start] == '\t') {
		title.start++
	}
	s := text[title.start:title.end]
	if strings.HasSuffix(s, ":") {
		return false
	}
	if isHeading(text, title, next) {
		return true
	}
	if next == nil || next.blank || next.bullet > 0 || endsSentence(s) || len(strings.Fields(s)) > 8 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	r, _ := utf8.DecodeRuneInString(text[next.start:next.end])
	return unicode.IsUpper(first) && unicode.IsUpper(r) && !strings.ContainsAny(s, ",;")
}

// sentenceCaseTitle reports whether line i, which isHeading does not take
// for a heading, is a title in sentence case all the same: a short line
// that starts a block, without closing punctuation or a comma, followed on
// the next line by a sentence ("How we use your information" then "We use
// it to..."), as a page's headings come out when its text is copied.
func sentenceCaseTitle(text string, lines []Line, i int) bool {
	l := lines[i]
	if l.bullet > 0 || i > 0 && !lines[i-1].blank || i+1 >= len(lines) {
		return false
	}
	next := lines[i+1]
	if next.blank || next.bullet > 0 {
		return false
	}
	s, ns := text[l.start:l.end], text[next.start:next.end]
	if len(s) > 60 || len(strings.Fields(s)) > 8 || endsSentence(s) || strings.ContainsAny(s, ",;") {
		return false
	}
	// A line that ends on a short word in lower case ("We may share your
	// data with" then "Google Analytics...") is prose wrapped early.
	if f := strings.Fields(s); len(f) > 1 {
		if w := f[len(f)-1]; len(w) <= 4 && !unicode.IsUpper([]rune(w)[0]) {
			return false
		}
	}
	first, _ := utf8.DecodeRuneInString(s)
	r, _ := utf8.DecodeRuneInString(ns)
	return unicode.IsUpper(first) && unicode.IsUpper(r) && (len(ns) >= 40 || endsSentence(ns))
}

// bareItem reports whether a line can be an item of a list that lost its
// bullets: a few words ("Email address", "Name", "IP address"), not a
// Markdown heading and not in Title Case ("How We Use Information", the line
// of a table of contents).
func bareItem(s string) bool {
	if strings.HasPrefix(s, "#") || EndsWithColon(s) {
		return false
	}
	// The words as strings.Fields splits them, read in place, up to the
	// seventh (Fields split a paragraph's every word and made a slice of
	// them).
	words, long, caps := 0, 0, 0
	for i := 0; i < len(s); {
		first, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(first) {
			i += n
			continue
		}
		if words++; words > 6 {
			return false
		}
		runes := 0
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				break
			}
			i += n
			runes++
		}
		if runes >= 3 {
			long++
			if unicode.IsUpper(first) {
				caps++
			}
		}
	}
	return !(caps >= 2 && caps*10 >= long*6)
}

// startsLower reports whether the first letter of s is lower case.
func startsLower(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) {
			return false
		}
	}
	return false
}

// lowerWordFirst reports whether s starts with a word in lower case only,
// followed by more words, and is no line of a table ("sell or rent your
// data", not "ePrivacy GmbH" nor "payment | amount"). (Its caller also
// skips indented lines: code, addresses.)
func lowerWordFirst(s string) bool {
	if strings.ContainsRune(s, '|') {
		return false
	}
	n := 0
	for n < len(s) && s[n] >= 'a' && s[n] <= 'z' {
		n++
	}
	return n > 0 && n < len(s) && s[n] == ' '
}

// tableRow reports whether the line s is a row of a Markdown table: it
// starts and ends with a pipe ("| Identifiers | Name, email address |").
func tableRow(s string) bool {
	return len(s) >= 2 && s[0] == '|' && s[len(s)-1] == '|'
}

// ruleRow reports whether the line s is the rule under a table's first
// row ("| --- | :---: |").
func ruleRow(s string) bool {
	return tableRow(s) && strings.Trim(s, "|-: \t") == ""
}

// answersNo returns the column (from 1) of the first cell after column
// after of the table row s that says no ("| No |", "| **None** |", "| No
// one |", "| Not sold |"), or 0. It reads the row once, cell by cell.
func answersNo(s string, after int) int {
	s = strings.TrimPrefix(s, "|")
	for col := 1; ; col++ {
		i := strings.IndexByte(s, '|')
		if i < 0 {
			return 0
		}
		if col <= after {
			s = s[i+1:]
			continue
		}
		// No answer is longer than "not disclosed", thirteen bytes, and
		// a rune that lowers to ASCII is at most three bytes (ASCII, and
		// U+0130 and the Kelvin sign, two and three): a longer cell is
		// none, without a lower-case copy of it.
		if c := strings.Trim(s[:i], " *_.\t"); len(c) <= 3*len("not disclosed") {
			switch strings.ToLower(c) {
			case "no", "none", "no one", "not collected", "not disclosed", "not shared", "not sold":
				return col
			}
		}
		s = s[i+1:]
	}
}

// answersYes reports whether a cell of the table row s says yes ("| Yes |"):
// "| Contact details | Yes | No |" under "| Data | Disclosed for a business
// purpose | Disclosed for money |" passes data on.
//
// It cuts the cells one by one, not with strings.SplitSeq, whose loop
// body the compiler copies to each of the iterator's three yields.
func answersYes(s string) bool {
	for rest, more := strings.Trim(s, "|"), true; more; {
		var c string
		c, rest, more = strings.Cut(rest, "|")
		if strings.EqualFold(strings.Trim(c, " *_.\t"), "yes") {
			return true
		}
	}
	return false
}

// sentenceGoesOn returns the first token from k on that follows a full stop,
// ends after byte end (its block's) or is at lim, where a sentence grows
// long (or len(toks)): the tokens before it go on with their sentence. A
// loop of its own, so that its values stay in registers.
func sentenceGoesOn(toks []Token, k, lim, end int) int {
	toks = toks[:max(0, min(lim, len(toks)))] // one test a token for both bounds
	for k < len(toks) && toks[k].SepBefore != SepStop && int(toks[k].End) <= end {
		k++
	}
	return k
}

// appendSentence appends the sentence of toks[from:k] in block b (index
// bi) to sents, or, in a row of a table, adds a row's yes/no answers to
// the sentence before them ("Geolocation data. | Yes | Yes").
func appendSentence(text string, toks []Token, sents []Sentence, b *Block, bi, from, k int) []Sentence {
	end := sentenceEnd(text, int(toks[k-1].End), b.End)
	for _, stop := range [...]string{"。", "！", "？"} {
		if end == b.End || text[end] < utf8.RuneSelf {
			break // most sentences: the block's end or an ASCII byte follows, no stop of these
		}
		if strings.HasPrefix(text[end:b.End], stop) {
			end += len(stop) // "...取得します。"
			break
		}
	}
	if b.row != 0 && len(sents) > 0 && sents[len(sents)-1].Block == bi && answersOnly(text, toks[from:k]) {
		last := &sents[len(sents)-1]
		last.End, last.TokTo = end, k
		return sents
	}
	return append(sents, Sentence{Start: int(toks[from].Start), End: end, TokFrom: from, TokTo: k, Block: bi})
}

// answersOnly reports whether toks, in a row of a table, are yes or no
// answers only ("Yes | No").
func answersOnly(text string, toks []Token) bool {
	for _, t := range toks {
		switch w := text[t.Start:t.End]; {
		case strings.EqualFold(w, "yes"), strings.EqualFold(w, "no"):
		default:
			return false
		}
	}
	return true
}

// tableCell returns the text of column col (from 1) of the table row s.
func tableCell(s string, col int) (string, bool) {
	s = strings.TrimPrefix(s, "|")
	for ; col > 1; col-- {
		i := strings.IndexByte(s, '|')
		if i < 0 {
			return "", false
		}
		s = s[i+1:]
	}
	i := strings.IndexByte(s, '|')
	if i < 0 {
		return "", false
	}
	return s[:i], true
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

// standsAlone reports whether line i, after blank lines, is an item of a
// list whose items stand each between blank lines: a short line (bareItem)
// with a blank line or the end of the text after it, and, unless an item of
// such a list comes before it (inRun), another such line after the blank
// lines, or the end of the text: a short line followed by a paragraph is
// the heading of that paragraph. A line with a link or an image is left
// alone: lines of links are a menu ("Follow us:" then "[Twitter](...)").
func standsAlone(text string, lines []Line, i int, inRun bool) bool {
	alone := func(i int) bool {
		l := lines[i]
		s := text[l.start:l.end]
		return l.bullet == 0 && (i+1 == len(lines) || lines[i+1].blank) && bareItem(s) && !endsSentence(s) && !tableRow(s) && !strings.Contains(s, "](")
	}
	if !alone(i) {
		return false
	}
	if inRun {
		return true
	}
	j := i + 1
	for j < len(lines) && lines[j].blank {
		j++
	}
	return j == len(lines) || alone(j)
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

// endsInitial reports whether s ends with a single letter and its stop, an
// abbreviation in any language ("e.g.", "i.e.", "the U.S."), after which
// a line starting in lower case goes on with the sentence.
func endsInitial(s string) bool {
	s = strings.TrimRight(s, " \t")
	if len(s) < 2 || s[len(s)-1] != '.' {
		return false
	}
	r, n := utf8.DecodeLastRuneInString(s[:len(s)-1])
	if !unicode.IsLetter(r) {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(s[:len(s)-1-n])
	return len(s)-1-n == 0 || !unicode.IsLetter(p) && !unicode.IsDigit(p)
}

// BuildStructure splits the input into blocks and sentences over toks; ab
// are the abbreviations of the input's language, whose stop ends no
// sentence. The slices passed in are reused for the result (nil is fine).
func BuildStructure(text string, toks []Token, ab *Abbreviations, lines []Line, blocks []Block, sents []Sentence) ([]Line, []Block, []Sentence) {
	lines = splitLines(text, lines[:0])
	blocks = blocks[:0]
	heading := -1
	cur := -1     // index of the open paragraph or list item that may continue
	bare := false // the last line was an item of a list that lost its bullets
	// gapBare: the last line before blank lines was such an item, or a
	// block ending in a colon (block tags turned into blank lines: "We will
	// not:", a blank line, "sell or rent your data", a blank line, "share
	// it for marketing").
	gapBare := false
	// gapLeads: the last block before blank lines ends in a colon, an
	// intro; aloneItem: the last block is a short line standing alone
	// between blank lines that such an intro's list holds (see aloneItem).
	gapLeads, aloneItem := false, false
	// lastLeads: the last block so far ends in a colon, an intro.
	lastLeads := func() bool {
		return len(blocks) > 0 && EndsWithColon(text[blocks[len(blocks)-1].Start:blocks[len(blocks)-1].End])
	}
	for i := range lines {
		l := lines[i]
		if l.blank {
			if i > 0 && !lines[i-1].blank {
				gapLeads = lastLeads()
				gapBare = bare || gapLeads
			}
			cur, bare = -1, false
			continue
		}
		var next *Line
		if i+1 < len(lines) {
			next = &lines[i+1]
		}
		s := text[l.start:l.end]
		wasBare, wasAlone := bare, aloneItem
		bare, aloneItem = false, false
		switch {
		case tableRow(s):
			// A row of a table is a block of its own: it neither goes on
			// from the row above ("... affiliates |" then "| Commercial
			// information | ...") nor takes in the line below.
			row := uint8(rowBody)
			if next != nil && ruleRow(text[next.start:next.end]) {
				row = rowHead
			}
			blocks = append(blocks, Block{Kind: blockParagraph, Start: l.start, End: l.end, Intro: -1, Heading: heading, row: row})
			cur = -1
		case l.bullet > 0 && !numberedTitle(text, l, next):
			blocks = append(blocks, Block{Kind: BlockListItem, Start: l.start, End: l.end, Intro: -1, Heading: heading})
			cur = len(blocks) - 1
		case cur >= 0 && !endsSentence(text[blocks[cur].Start:blocks[cur].End]) && !linkTitle(s, l),
			// "... as analysis, e.g." then "on the effect of campaigns.":
			// the stop of an initial ends no sentence before lower case.
			cur >= 0 && endsInitial(text[blocks[cur].Start:blocks[cur].End]) && startsLower(s),
			// "- Provide our Services:" then its description on the next line.
			cur >= 0 && blocks[cur].Kind == BlockListItem && EndsWithColon(text[blocks[cur].Start:blocks[cur].End]):
			blocks[cur].End = l.end // a hard-wrapped line continues the block
		case i > 0 && !lines[i-1].blank && (wasBare || lastLeads()) && (bareItem(s) || startsLower(s)),
			// After blank lines only a line in lower case, which no
			// sentence starts with, goes on with the list.
			i > 0 && lines[i-1].blank && gapBare && lowerWordFirst(s) && (l.start == 0 || text[l.start-1] == '\n'):
			// "We collect the following:" then "Name", "Email address" on
			// lines of their own: a list copied from a web page without
			// its bullets (a table of contents, in Title Case, is not).
			// A longer line is an item too when it starts in lower case,
			// as no sentence does: "We will not:" then "sell or rent your
			// data to third parties".
			blocks = append(blocks, Block{Kind: BlockListItem, Start: l.start, End: l.end, Intro: -1, Heading: heading})
			cur, bare = -1, true
			continue
		case i > 0 && lines[i-1].blank && (wasAlone || gapLeads) && l.bullet == 0 && standsAlone(text, lines, i, wasAlone):
			// "You have the following rights:" then "Right to object",
			// "Right to information", each between blank lines (a list
			// whose tags became blank lines): short lines in a row, each
			// standing alone. A section heading, short too, is followed by
			// its paragraph, and its siblings are far apart.
			blocks = append(blocks, Block{Kind: BlockListItem, Start: l.start, End: l.end, Intro: -1, Heading: heading})
			cur, bare, aloneItem = -1, true, true
			continue
		case isHeading(text, l, next) || l.bullet > 0 || sentenceCaseTitle(text, lines, i):
			// (A line with a list marker gets here only as a numbered title.)
			blocks = append(blocks, Block{Kind: BlockHeading, Start: l.start, End: l.end, Intro: -1, Heading: -1})
			heading = len(blocks) - 1
			cur = -1
		default:
			blocks = append(blocks, Block{Kind: blockParagraph, Start: l.start, End: l.end, Intro: -1, Heading: heading})
			cur = len(blocks) - 1
		}
	}
	// Assign tokens to blocks and split sentences.
	sents = sents[:0]
	t := 0
	for bi := range blocks {
		b := &blocks[bi]
		for t < len(toks) && int(toks[t].Start) < b.Start {
			t++
		}
		b.TokFrom = t
		from := t
		// The block's tokens, and its sentences as they go: one pass over
		// the tokens for both (there were two, one for the block's end and
		// one for the stops).
		if t < len(toks) && int(toks[t].End) <= b.End {
			for t++; ; t++ {
				// The commonest token, after no full stop in a sentence
				// not yet long and inside the block, goes on with its
				// sentence: passed over in a loop of its own.
				if t = sentenceGoesOn(toks, t, from+maxSentenceTokens, b.End); t == len(toks) || int(toks[t].End) > b.End {
					break // the block's end
				}
				// Very long "sentences" (lists without stops, junk) are
				// cut so that the work per sentence stays bounded.
				long := t-from >= maxSentenceTokens && toks[t].SepBefore >= SepComma || t-from >= 2*maxSentenceTokens
				if toks[t].SepBefore == SepStop && sentenceBreak(text, toks, ab, from, t) || long {
					sents = appendSentence(text, toks, sents, b, bi, from, t)
					from = t
				}
			}
		}
		b.TokTo = t
		if t > from { // the block's last sentence
			sents = appendSentence(text, toks, sents, b, bi, from, t)
		}
	}
	// A list item inherits the sentence that introduces its list: the last
	// sentence of the paragraph or heading before it, if it reads as an
	// introduction (checked only when a list follows). A list nests by
	// indentation: items under an item whose last sentence ends in a colon
	// ("Security. We use your data to:") take that sentence, and an item
	// less indented than the first of its list ends that list (a numbered
	// item after the bullets of an intro within the item before it).
	lastIntro, candidate := -1, -1
	var levels []listLevel // the open lists, outermost first (list items only)
	openList := false      // the last block was an item without a bullet that the list goes on after
	// The rows of a table are the items of a list: its intro is the
	// sentence that introduces the table ("We collect the following
	// categories:") or else the row that names its columns ("Categories
	// collected | Categories disclosed to").
	tableIntro, head, wantHead := -1, -1, false
	si := 0
	for bi := range blocks {
		b := &blocks[bi]
		firstSent := si
		for si < len(sents) && sents[si].Block == bi {
			si++
		}
		if b.row != 0 {
			if bi == 0 || blocks[bi-1].row == 0 { // a new table
				tableIntro, head, wantHead = -1, -1, false
				if p := firstSent - 1; p >= 0 && sents[p].Block == bi-1 && introduces(text[sents[p].Start:sents[p].End]) {
					tableIntro = p // the last sentence of the block before, a paragraph or an item
				}
			}
			switch {
			case si > firstSent && head < 0 && (b.row == rowHead || wantHead):
				// The names of the columns (in a table copied from a web
				// page, the first row is often empty and the names follow
				// its rule).
				head = bi
				if tableIntro < 0 {
					tableIntro = si - 1
				}
			case b.row == rowHead:
				wantHead = true
			case si == firstSent:
			default:
				// A row that answers "No" in a column is not one of what
				// the intro says. Under "Collected", or a column whose
				// name is unknown, it states nothing this reading would
				// report ("Biometric information | Fingerprints | No");
				// under another ("Email address | Disclosed to: No one")
				// it is read alone.
				row := text[b.Start:b.End]
				if col := answersNo(row, 0); col > 0 {
					name := "collect"
					if head >= 0 {
						hd := text[blocks[head].Start:blocks[head].End]
						name, _ = tableCell(hd, col)
						// (A later "No" under a column of collecting
						// decides: "Health data | None | No" under "Data |
						// Examples | Collected".)
						for c := answersNo(row, col); c > 0 && IndexFold(name, "collect") < 0; c = answersNo(row, c) {
							if n, _ := tableCell(hd, c); IndexFold(n, "collect") >= 0 {
								name = n
							}
						}
						b.SharesNone = (IndexFold(name, "disclos") >= 0 || IndexFold(name, "shared") >= 0 || IndexFold(name, "recipient") >= 0) &&
							!answersYes(row)
					}
					b.Contents = IndexFold(name, "collect") >= 0
				} else if tableIntro >= 0 {
					b.Kind, b.Intro = BlockListItem, tableIntro
				}
			}
			lastIntro, candidate, openList, levels = -1, -1, false, levels[:0]
			continue
		}
		// Copying a web page often loses the bullets: paragraphs ending in
		// ";" after "We use it to:" are a list all the same.
		if b.Kind == blockParagraph {
			goesOn := itemGoesOn(text[b.Start:b.End])
			startsList := candidate >= 0 && goesOn && EndsWithColon(text[sents[candidate].Start:sents[candidate].End])
			if openList && lastIntro >= 0 || startsList {
				if startsList {
					lastIntro, candidate = candidate, -1
				}
				b.Kind, b.Intro = BlockListItem, lastIntro
				openList = goesOn
				continue
			}
		}
		openList = false
		switch b.Kind {
		case BlockListItem:
			ind := indent(text, b.Start)
			if candidate >= 0 {
				if last := sents[candidate]; introduces(text[last.Start:last.End]) {
					lastIntro = candidate
				}
				candidate = -1
				levels = append(levels[:0], listLevel{ind, lastIntro})
			}
			open := len(levels) > 0
			for len(levels) > 0 && levels[len(levels)-1].indent > ind {
				levels = levels[:len(levels)-1]
			}
			switch top := len(levels) - 1; {
			case top < 0:
				if open { // less indented than the intro's list: that list ended
					lastIntro = -1
				}
				levels = append(levels, listLevel{ind, lastIntro})
			case levels[top].indent < ind:
				intro := levels[top].intro
				if p := firstSent - 1; p >= 0 && blocks[bi-1].Kind == BlockListItem && sents[p].Block == bi-1 && EndsWithColon(text[sents[p].Start:sents[p].End]) {
					intro = p // the item before, which this list hangs under, introduces it
				}
				levels = append(levels, listLevel{ind, intro})
			}
			b.Intro = levels[len(levels)-1].intro
		case blockParagraph, BlockHeading:
			lastIntro, candidate, levels = -1, -1, levels[:0]
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
func markContents(text string, blocks []Block) {
	line := func(b *Block) bool {
		return b.Kind == BlockHeading && b.TokTo > b.TokFrom && b.TokTo-b.TokFrom <= 12 && !EndsWithColon(strings.TrimSpace(text[b.Start:b.End]))
	}
	// A line of a table of contents or of a menu is a Markdown link: one
	// search for "](" passes over the lines that hold none, most of them.
	// A line that is nothing but a link is noted as a menu's for now
	// (Menu): the runs of fewer than three are cleared below. Three or
	// more lines in a row that each name a topic, then link to its section
	// ("2. How we share information [Jump to section](#sharing)"), are
	// contents: a title holds no stop (unlike "We do not sell it.
	// [More...](#sale)") and asks nothing ("Do we sell it? [No](#sale)"
	// answers); run counts those before i.
	run := 0
	for i := range blocks {
		b := &blocks[i]
		s := text[b.Start:b.End]
		k := strings.Index(s, "](")
		if k >= 0 && titleThenAnchor(s) {
			run++
		} else {
			markRun(blocks[i-run : i])
			run = 0
		}
		if k < 0 {
			continue
		}
		if strings.Contains(s[k:], "](#") && anchorLink(s) {
			b.Contents = true
		}
		b.Menu = b.Intro < 0 && linkLine(s)
	}
	markRun(blocks[len(blocks)-run:])
	// A menu: three or more lines in a row that are nothing but a link
	// ("* [Health Savings Account](https://...)"), no list's items after an
	// intro ("We work with these partners:" then their links).
	for i := 0; i < len(blocks); {
		j := i
		for j < len(blocks) && blocks[j].Menu {
			j++
		}
		if j-i < 3 {
			for k := i; k < j; k++ {
				blocks[k].Menu = false
			}
		}
		i = max(j, i+1)
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
				blocks[k].Contents = true
			}
		}
		i = max(j, i+1)
	}
}

// markRun marks run, blocks in a row that each name a topic and link to its
// section (titleThenAnchor), as contents when they are three or more.
func markRun(run []Block) {
	if len(run) >= 3 {
		for k := range run {
			run[k].Contents = true
		}
	}
}

// linkTitle reports whether line l (text s) is a numbered title that is
// nothing but a link ("9. [How to Request Deletion](#9)"): a line of a
// table of contents of its own, which continues no item above it ("8.
// [Storage, Retention, and Deletion](#8)", an item, as its commas make it).
func linkTitle(s string, l Line) bool {
	if l.bullet == 0 || strings.IndexByte(s, ']') < 0 {
		return false
	}
	_, _, ok := markdownLink(s)
	return ok
}

// anchorLink reports whether a line that holds "](#" is nothing but a
// Markdown link to a place on the same page ("1. [How We Share
// Information](#sharing)", "**[V. Your Rights](#section-5)**"): a line of a
// table of contents.
func anchorLink(s string) bool {
	_, target, ok := markdownLink(s)
	return ok && strings.HasPrefix(target, "#")
}

// titleThenAnchor reports whether line s is a title, past its list
// marker or number, then one link to a place on the same page, which ends
// the line ("6. Cookies [Jump to section](#cookies)"): the title holds a
// letter, and no stop, question mark, colon, semicolon or other link.
func titleThenAnchor(s string) bool {
	k := strings.Index(s, "](#")
	if k < 0 {
		return false
	}
	open := strings.LastIndexByte(s[:k], '[')
	if open < 0 || !strings.HasSuffix(trimLinkMarks(s[k:]), ")") || strings.IndexByte(s[k+3:], '(') >= 0 || strings.IndexByte(s[k+3:], '[') >= 0 {
		return false
	}
	title := trimLinkMarks(s[:open])
	for len(title) > 0 && linkBytes[title[0]]&linkNumber != 0 {
		title = title[1:]
	}
	return strings.IndexFunc(title, unicode.IsLetter) >= 0 && !strings.ContainsAny(title, ".?!:;[]")
}

// linkLine reports whether a line that holds "](" is nothing but one
// Markdown link, to any place ("* [Annuities](https://example.com/annuities)",
// "[Why us](#)"), with a short text: a line of a menu.
func linkLine(s string) bool {
	label, _, ok := markdownLink(s)
	return ok && strings.Count(label, " ") < 8
}

// markdownLink splits a line that is nothing but one Markdown link, past
// its list marker, number and emphasis, into the link's text and target;
// ok is false for any other line (a text or target holding brackets, or a
// target with spaces or parentheses); a title after the target is dropped.
func markdownLink(s string) (label, target string, ok bool) {
	// The line must end with ")" once the trims below have taken the
	// marks and spaces after it: a line whose last other byte is ASCII
	// and no ")" (a paragraph with a link inside, most of those that
	// come here) is none, without trimming it.
	e := len(s)
	for e > 0 && (s[e-1] == ' ' || s[e-1] == '\t' || s[e-1] == '*' || s[e-1] == '_' || s[e-1] == '-' || s[e-1] == '+') {
		e--
	}
	if e == 0 || s[e-1] != ')' && s[e-1] < utf8.RuneSelf {
		return "", "", false
	}
	// strings.Trim(s, "*_-+•· \t"), then TrimLeft(s, "0123456789.)\\ \t")
	// and Trim(s, "*_ \t"), by a table of their bytes: Trim's cutset
	// beyond ASCII (• and ·) sent it to its rune-by-rune path, which cost
	// most of a call (about 1,200 instructions over a menu's line).
	s = trimLinkMarks(s)
	for len(s) > 0 && linkBytes[s[0]]&linkNumber != 0 {
		s = s[1:]
	}
	for len(s) > 0 && linkBytes[s[0]]&linkEmphasis != 0 {
		s = s[1:]
	}
	for len(s) > 0 && linkBytes[s[len(s)-1]]&linkEmphasis != 0 {
		s = s[:len(s)-1]
	}
	i := strings.Index(s, "](")
	if i <= 0 || s[0] != '[' || !strings.HasSuffix(s, ")") {
		return "", "", false
	}
	label, target = s[1:i], s[i+2:len(s)-1]
	// A link's title after its target: "(https://example.com/frames \"Frames\")".
	if k := strings.Index(target, ` "`); k > 0 && strings.HasSuffix(target, `"`) && k+2 < len(target) {
		target = target[:k]
	}
	// (strings.ContainsAny(label, "[]") and ContainsAny(target, "()[] "),
	// which for a short string look each byte up in the set by a call.)
	return label, target, !holdsLinkByte(label, linkBracket) && !holdsLinkByte(target, linkBracket|linkParen)
}

// The kinds of bytes of a Markdown link line (linkBytes) that markdownLink
// trims or refuses: the marks around a line's link, its number and list
// marker, its emphasis, brackets, and the parentheses and space a target
// has none of.
const (
	linkMark     = 1 << iota // '*', '_', '-', '+', ' ', '\t' (and • and ·, trimLinkMarks)
	linkNumber               // digits, '.', ')', '\\', ' ', '\t'
	linkEmphasis             // '*', '_', ' ', '\t'
	linkBracket              // '[', ']'
	linkParen                // '(', ')', ' '
)

// linkBytes has the kinds of each byte (see linkMark).
var linkBytes = func() (t [256]uint8) {
	for _, c := range []byte("*_-+ \t") {
		t[c] |= linkMark
	}
	for _, c := range []byte("0123456789.)\\ \t") {
		t[c] |= linkNumber
	}
	for _, c := range []byte("*_ \t") {
		t[c] |= linkEmphasis
	}
	t['['] |= linkBracket
	t[']'] |= linkBracket
	for _, c := range []byte("() ") {
		t[c] |= linkParen
	}
	return t
}()

// trimLinkMarks is strings.Trim(s, "*_-+•· \t"): the bytes of linkMark and
// the runes • and · at either end (a rune is these bytes at either end
// exactly when Trim decodes it there).
func trimLinkMarks(s string) string {
	for len(s) > 0 {
		if linkBytes[s[0]]&linkMark != 0 {
			s = s[1:]
		} else if strings.HasPrefix(s, "•") || strings.HasPrefix(s, "·") {
			_, n := utf8.DecodeRuneInString(s)
			s = s[n:]
		} else {
			break
		}
	}
	for len(s) > 0 {
		if linkBytes[s[len(s)-1]]&linkMark != 0 {
			s = s[:len(s)-1]
		} else if strings.HasSuffix(s, "•") || strings.HasSuffix(s, "·") {
			_, n := utf8.DecodeLastRuneInString(s)
			s = s[:len(s)-n]
		} else {
			break
		}
	}
	return s
}

// holdsLinkByte reports whether s holds a byte of one of kinds (linkBytes).
func holdsLinkByte(s string, kinds uint8) bool {
	for i := 0; i < len(s); i++ {
		if linkBytes[s[i]]&kinds != 0 {
			return true
		}
	}
	return false
}

// introduces reports whether a sentence introduces a list: it ends with a
// colon or a dash, or announces "the following".
func introduces(s string) bool {
	s = strings.TrimRight(s, " *_")
	if strings.HasSuffix(s, ":") || strings.HasSuffix(s, "-") || strings.HasSuffix(s, "—") {
		return true
	}
	return IndexFold(s, "following") >= 0 || HasSuffixFold(s, "include") || HasSuffixFold(s, "such as")
}

// listLevel is an open list of list items: the indentation of its first
// item and the sentence introducing it (-1 when none).
type listLevel struct{ indent, intro int }

// indent returns the columns of white space before byte at on its line (a
// tab counts four).
func indent(text string, at int) int {
	n := 0
	for i := at - 1; i >= 0 && (text[i] == ' ' || text[i] == '\t'); i-- {
		if n++; text[i] == '\t' {
			n += 3
		}
	}
	return n
}

// EndsWithColon reports whether s ends with a colon, ignoring spaces and emphasis.
// (A loop over the last bytes: strings.TrimRight builds its set of the
// cutset's bytes at each call.)
func EndsWithColon(s string) bool {
	i := len(s) - 1
	for i >= 0 && (s[i] == ' ' || s[i] == '*' || s[i] == '_') {
		i--
	}
	return i >= 0 && s[i] == ':'
}

// MayEndWithColon is a quick test before endsWithColon(strings.TrimSpace(s)):
// false when the last byte that is no ASCII space or emphasis is plain ASCII
// other than a colon.
func MayEndWithColon(s string) bool {
	i := len(s) - 1
	for i >= 0 && (s[i] == ' ' || s[i] == '*' || s[i] == '_' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f') {
		i--
	}
	return i >= 0 && (s[i] == ':' || s[i] >= 0x80)
}

// itemGoesOn reports whether a list item ends as one that more items follow:
// with ";" or ",", or with "and" / "or" after one.
func itemGoesOn(s string) bool {
	// (strings.TrimRight(s, " *_") as a loop, as in EndsWithColon; and
	// the words are compared only after a last byte that may end one.)
	e := len(s)
	for e > 0 && (s[e-1] == ' ' || s[e-1] == '*' || s[e-1] == '_') {
		e--
	}
	s = s[:e]
	if e == 0 {
		return false
	}
	if c := s[e-1]; c == ';' || c == ',' {
		return true
	} else if c|0x20 != 'd' && c|0x20 != 'r' {
		return false
	}
	for _, w := range []string{"; and", "; or", ", and", ", or"} {
		if HasSuffixFold(s, w) {
			return true
		}
	}
	return false
}

// maxSentenceTokens bounds a sentence; a longer one is cut at a comma.
const maxSentenceTokens = 150

// sentenceBreak reports whether token k starts a new sentence of the one
// that starts at token from: a stop before it, and a capital or a digit at
// its start ("23andMe"), unless the stop ends an abbreviation ("e.g.
// Google", "U.S. Department", "Mr. Smith"; but "the U.S. If you" ends a
// sentence, see Abbreviations.openers) or a list's marker ("10.
// California Residents", "4.2. Security").
func sentenceBreak(text string, toks []Token, ab *Abbreviations, from, k int) bool {
	t := &toks[k]
	if t.SepBefore != SepStop {
		return false
	}
	if gap := text[toks[k-1].End:t.Start]; ideographicStop(gap) && !strings.ContainsAny(gap, ".!?") {
		// Japanese and Chinese have no capitals: a word of their
		// scripts (or any beyond ASCII) starts a sentence after
		// "。"; a Latin one goes on with it, as before the stop was
		// read (a line of other languages in an English policy).
		return text[t.Start] >= utf8.RuneSelf && !markerOnly(text, toks[from:k])
	}
	if t.Flags&TokUpper == 0 && (t.Start >= int32(len(text)) || text[t.Start] < '0' || text[t.Start] > '9') {
		return false
	}
	// (The word before the stop is read first, by its length: most are
	// no abbreviation, and their dot need not be looked at.)
	if p := toks[k-1]; (t.Num >= 0 && ab.NumberedAbbreviation(text, p) || ab.Abbreviation(text, p)) && abbreviationDot(text, p) && !ab.endsBefore(text, toks, k) {
		return false // "Art. 6", "para. 1", "e.g. Google"; not "the U.S. If you"
	}
	return !markerOnly(text, toks[from:k])
}

// ideographicStop reports whether gap, the characters between two words,
// holds a full stop, exclamation or question mark of Japanese or Chinese
// ("。", "！", "？"), which ends a sentence whatever follows.
func ideographicStop(gap string) bool {
	return strings.Contains(gap, "。") || strings.Contains(gap, "！") || strings.Contains(gap, "？")
}

// Abbreviations are the words of a language whose stop need not end a
// sentence, and the words that open one after them, in lower case: the
// language's grammar sets "stop-abbreviations", "numbered-abbreviations"
// and "sentence-openers" (see lexicon.Tables.Abbreviations and
// NewAbbreviations). The zero value holds none.
type Abbreviations struct {
	stop     foldSet // titles and parts of names: "mr", "no", "cal" ("Mr. Smith", "Cal. Civ. Code")
	numbered foldSet // what a number after the stop counts: "art", "para" ("Art. 6 para. 1 lit. f GDPR")
	// openers open a sentence and start no name: after them the stop of
	// capital initials or of a word of stop ends a sentence ("in the
	// U.S. If you", "No. We do not"), where a name goes on ("the U.S.
	// Department", "Mr. Smith").
	openers foldSet
}

// NewAbbreviations returns the Abbreviations of the words of stop,
// numbered and openers (see Abbreviations).
func NewAbbreviations(stop, numbered, openers []string) Abbreviations {
	return Abbreviations{stop: newFoldSet(stop), numbered: newFoldSet(numbered), openers: newFoldSet(openers)}
}

// foldSet is a set of words, looked up ignoring case as strings.EqualFold
// compares (see has). A word is looked up at every stop before a capital:
// rather than compare it with each word of the set, it is packed into a
// number, as the set's short words are.
type foldSet struct {
	lens  uint64   // a bit per length in bytes (up to 63) of the set's words; bit 63 for longer ones
	short []uint64 // the words of up to seven ASCII bytes, packed (packFold)
	long  []string // the others
}

func newFoldSet(words []string) foldSet {
	var f foldSet
	for _, w := range words {
		f.lens |= 1 << min(len(w), 63)
		if v, ok := packFold(w); ok {
			f.short = append(f.short, v)
		} else {
			f.long = append(f.long, w)
		}
	}
	return f
}

// has reports whether s is one of the words of f, ignoring case as
// strings.EqualFold does. Words of as many bytes only can match (the runes
// beyond ASCII that fold to an ASCII letter, K and ſ, are longer than it),
// so an ASCII s can match only an ASCII word, and s beyond ASCII a word
// beyond it.
func (f *foldSet) has(s string) bool {
	if f.lens&(1<<min(len(s), 63)) == 0 {
		return false // most words: no word of the set is as long
	}
	if v, ok := packFold(s); ok {
		for _, w := range f.short {
			if w == v {
				return true
			}
		}
		return false
	}
	for _, w := range f.long {
		if len(w) == len(s) && strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// packFold returns s, of one to seven ASCII bytes, as a number: its bytes,
// letters in lower case, and its length in the top byte; false for
// another s.
func packFold(s string) (uint64, bool) {
	if len(s) == 0 || len(s) > 7 {
		return 0, false
	}
	v := uint64(len(s)) << 56
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return 0, false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		v |= uint64(c) << (8 * i)
	}
	return v, true
}

// endsBefore reports whether the stop before token k, which ends the
// abbreviation toks[k-1], ends a sentence all the same: token k is one of
// Openers and the abbreviation is a word of Stop or capital initials
// ("U.S.", "U.K."; not "e.g." nor one initial, "John A. Smith", which
// may be a list's letter).
func (a *Abbreviations) endsBefore(text string, toks []Token, k int) bool {
	t, p := toks[k], toks[k-1]
	if !a.openers.has(text[t.Start:t.End]) {
		return false
	}
	if p.End-p.Start > 1 {
		return a.stop.has(text[p.Start:p.End])
	}
	if k < 2 || p.Flags&TokUpper == 0 {
		return false
	}
	q := toks[k-2] // "U" of "U.S."
	return q.End-q.Start == 1 && q.Flags&TokUpper != 0 && q.End+1 == p.Start && text[q.End] == '.'
}

// Abbreviation reports whether token p, followed by a dot, is an abbreviation: a
// single letter (an initial, "e.g.", "U.S.", in any language) or a word of
// stop. Other short words end sentences: "contact us. We".
func (a *Abbreviations) Abbreviation(text string, p Token) bool {
	return p.End-p.Start == 1 || a.stop.has(text[p.Start:p.End])
}

// NumberedAbbreviation reports whether token p, followed by a dot and a number, is a
// word of numbered: an article, section, paragraph or letter of a law
// ("Art. 6 para. 1 lit. f GDPR", "Sec. 5"). A sentence does not end there.
func (a *Abbreviations) NumberedAbbreviation(text string, p Token) bool {
	return a.numbered.has(text[p.Start:p.End])
}

// abbreviationDot reports whether token p is directly followed by a dot
// that closes nothing: only then may the stop be an abbreviation's. A stop
// after a bracket or Markdown emphasis, or one a bracket or a quote closes,
// ends a sentence ("application(s). You", "**MR**. This", "(outside the
// U.S.). Local", "“No.” You"); emphasis after the dot does not ("_e.g._,
// Facebook").
func abbreviationDot(text string, p Token) bool {
	e := int(p.End)
	if e+1 < len(text) && text[e] == '\\' {
		e++ // Markdown's escaped dot: "1\. Key Definitions"
	}
	if e >= len(text) || text[e] != '.' {
		return false
	}
	rest := text[e+1:]
	if rest == "" {
		return true
	}
	switch rest[0] {
	case ')', ']', '"', '\'':
		return false
	case "”"[0]: // (the first byte of "’", too)
		return !closingQuote(rest)
	}
	return true
}

// markerOnly reports whether toks, the start of a sentence up to a stop,
// are a list's or a section's number only ("10.", "4.2.", "B."): a stop
// after them does not end a sentence.
func markerOnly(text string, toks []Token) bool {
	if len(toks) > 3 {
		return false // (most sentences: no word of theirs need be read)
	}
	for i, t := range toks {
		if i > 0 && t.SepBefore != SepSpace || t.Num < 0 && t.End-t.Start > 1 && !isRoman(text[t.Start:t.End]) {
			return false
		}
	}
	return true
}

// sentenceEnd extends a sentence past its closing punctuation, up to the
// block end, and past the markup between its last word and its stop:
// emphasis, a link's target, a closing quote ("your **data**.", "see
// [our page](https://x.example/a).", "“Tools”."). Markup after the last
// stop is left out ("**Sharing.**"), as the markup before the first word
// is.
func sentenceEnd(text string, end, limit int) int {
	for end = PunctEnd(text, end, limit); end < limit; end = PunctEnd(text, end, limit) {
		if c := text[end]; c == ' ' || c == '\n' {
			break // most sentences: no quote or markup closes there
		}
		if closingQuote(text[end:limit]) {
			end += len("”")
			continue
		}
		n := closingMarkup(text[end:limit])
		if n == 0 || end+n == limit || !isPunct(text[end+n]) && !closingQuote(text[end+n:limit]) {
			break
		}
		end += n
	}
	return end
}

// PunctEnd returns where the punctuation that starts at end ends, up to
// limit: stops, colons, closing brackets and straight double quotes (".",
// "!)", ".\"") right after a word.
func PunctEnd(text string, end, limit int) int {
	for end < limit && isPunct(text[end]) {
		end++
	}
	return end
}

// isPunct reports whether c is punctuation that PunctEnd passes.
func isPunct(c byte) bool {
	return c == '.' || c == '!' || c == '?' || c == '"' || c == ')' || c == ':' || c == ';'
}

// closingQuote reports whether s starts with a closing curly quote, double
// or single ("’" is an apostrophe too: "our users’.").
func closingQuote(s string) bool {
	return strings.HasPrefix(s, "”") || strings.HasPrefix(s, "’")
}

// closingMarkup returns the length of the Markdown that closes what the
// words before it opened, at the start of s: emphasis ("**", "_"),
// brackets, a link's target after its text ("](https://x.example/a)"),
// a closing single quote.
func closingMarkup(s string) int {
	i := 0
	for i < len(s) {
		switch s[i] {
		case '*', '_', '\'', ']':
			i++
		case '(':
			if i == 0 || s[i-1] != ']' {
				return i
			}
			n := LinkTarget(s[i:])
			if n == 0 {
				return i
			}
			i += n
		default:
			return i
		}
	}
	return i
}

// MenuRun reports whether the text of a sentence reads as a menu of a web
// page flattened into one line ("Close Skip to Content Home Start Start your
// business Branding Look professional ... Pricing Learn Help Center Blog"),
// as a page copied whole, or read by a tool, gives it: at least 30 words, at
// least 45% of them capitalised (Title, not ALL CAPS), hardly a comma (or
// hardly a little word at all), and few of the little words a sentence is made with ("the", "of", "we", "may").
// A sentence of a policy is none, even one full of names ("We may use
// display advertising through Google Analytics, such as Remarketing with
// Google Analytics"), and a disclaimer in capitals is ALL CAPS.
func MenuRun(s string) bool {
	words, title, commas, small := 0, 0, 0, 0
	for w := range strings.FieldsSeq(s) {
		words++
		commas += strings.Count(w, ",")
		if isSentenceWord(strings.Trim(w, ",.;:()")) {
			small++
		}
		r, n := utf8.DecodeRuneInString(w)
		if n == 0 || !unicode.IsUpper(r) {
			continue
		}
		for _, c := range w[n:] {
			if unicode.IsLower(c) {
				title++
				break
			}
		}
	}
	// A shop's menu names each department with a few of its shelves
	// ("Exercise Fitness, Yoga… Water Kayaking, Surfing…"): commas, but
	// next to none of the little words, which even a sentence listing
	// names has ("such as", "with", "and"). (Not a table's rows, whose
	// cells of names and addresses are set apart by "|" and line breaks.)
	sparse := small*100 < words*4 && !strings.ContainsAny(s, "|\n")
	return words >= 30 && title*100 >= words*45 && (commas*10 < words || sparse) && small*100 < words*12
}

// isSentenceWord reports whether w, in any case, is one of sentenceWords
// (lowered on the stack: MenuRun reads every word of long sentences).
func isSentenceWord(w string) bool {
	var b [8]byte
	if len(w) > len(b) {
		return false // the longest is five letters
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return sentenceWords[string(b[:len(w)])]
}

// sentenceWords are the little words of English sentences, which a menu of
// links lacks.
var sentenceWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "for": true,
	"on": true, "with": true, "by": true, "and": true, "or": true, "we": true, "you": true, "your": true, "our": true,
	"is": true, "are": true, "be": true, "may": true, "will": true, "that": true, "this": true, "it": true, "as": true,
	"at": true, "from": true, "which": true, "can": true, "us": true, "if": true, "not": true}

// LinkRun reports whether the text of a sentence is a run of Markdown links
// to other pages with next to nothing between them ("[About](https://...)
// [FAQ](https://...) [Reviews](https://...)", a page's menu on one line):
// three links or more, and at most one word outside them for every three
// links. (A sentence's span may start inside the first link's text and end
// inside the last target: its tokens are words.) Links that all point to
// parts of a page ("[Your Rights](#rights)", "[Disclosure](https://example.com/privacy#disclosure)")
// are a table of contents, not a menu.
func LinkRun(s string) bool {
	links := strings.Count(s, "](")
	if links < 3 {
		return false // most sentences
	}
	const (
		outside = iota
		label
		target
	)
	state := outside
	if first := strings.Index(s, "]("); strings.LastIndexByte(s[:first], '[') < 0 {
		state = label // the span starts inside the first link's text
	}
	words, local, inWord, anchored := 0, 0, false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch state {
		case outside:
			if c == '[' {
				state, inWord = label, false
				continue
			}
			letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
			if letter && !inWord {
				words++
			}
			inWord = letter || inWord && c != ' ' && c != '\t' && c != '\n'
		case label:
			if c == ']' && i+1 < len(s) && s[i+1] == '(' {
				state, anchored = target, false
				i++
			}
		case target:
			if c == '#' && !anchored {
				local++
				anchored = true
			}
			if c == ')' {
				state = outside
			}
		}
	}
	return local < links && words*3 <= links
}
