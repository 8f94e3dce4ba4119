package outline

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Kind is the kind of a cue line ("data", "verb", ...).
type Kind uint8

// The kinds of cue lines (docs/outline.md). Negate, Except and
// NegateAfter are the "negate:", "except:" and "negate-after:" lines (a
// negation that follows its verb: German "nicht", Dutch "niet").
const (
	Data Kind = iota
	Verb
	Recipient
	Right
	Retention
	Unit
	Security
	Children
	Change
	Notice
	Transfer
	Safeguard
	Purpose
	DNT
	Breach
	Tell
	Negate
	Except
	NegateAfter
	Updated
	Month
	Era      // a calendar era, its id the Gregorian year of its first year ("era 2019: 令和")
	Numeral  // a digit written as a character ("numeral 3: 三"; "numeral 10: 十")
	Number   // a number written as words, its id its value ("number 2: zwei | deux"; "number 24: vierundzwanzig")
	NumKinds // the number of kinds
)

// kindNames are the kinds as the cue files spell them, by Kind.
var kindNames = [NumKinds]string{"data", "verb", "recipient", "right", "retention", "unit", "security",
	"children", "change", "notice", "transfer", "safeguard", "purpose", "dnt", "breach", "tell", "negate", "except", "negate-after", "updated", "month", "era", "numeral", "number"}

func (k Kind) String() string { return kindNames[k] }

// kindIDs are the ids a kind takes (the English analyzer's ids); a kind
// absent takes none.
var kindIDs = map[Kind][]string{
	Data: {"email", "phone", "postal-address", "name", "contact-info", "account", "age", "gender", "demographics",
		"payment-info", "payment-card", "bank-account", "government-id", "health", "biometrics", "location",
		"precise-location", "ip-address", "device-id", "device-info", "browser", "os", "cookies", "web-beacons",
		"browsing", "content", "photos", "contacts", "social-profile", "preferences", "employment", "survey",
		"feedback", "personal-info", "advertising-id",
		"info-generic"}, // data without a type ("les données", "des informations"): the English practices collect-unspecified and share-unspecified
	Verb: {"collect", "share", "sell", "sell-yes"},
	Recipient: {"service-providers", "affiliates", "advertisers", "analytics", "business-partners", "business-transfer",
		"law-enforcement", "social-networks", "public", "other-third-parties"},
	Right: {"access", "correction", "deletion", "objection", "restriction", "portability", "withdraw-consent",
		"complaint", "opt-out-marketing", "cookie-control"},
	Unit:      {"days", "weeks", "months", "years"},
	Security:  {"encryption", "access-control", "physical", "technical", "safeguards"},
	Notice:    {"email", "posted", "consent", "in-app", "none"},
	Safeguard: {"scc", "adequacy", "bcr"},
	Month:     {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"},
	Numeral:   {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"},
	Purpose: {"advertising", "targeted-advertising", "marketing", "analytics", "personalization", "security",
		"service", "research", "legal"},
}

// optionalIDs are the ids a kind without ids may take besides none:
// "retention as-needed" (kept as long as needed, no period); "except
// after", words that end the reach of a negate-after cue and nothing else
// ("gespeichert und nicht an Dritte übermittelt": the "nicht" is the
// second verb's).
var optionalIDs = map[Kind][]string{
	Retention: {"as-needed"},
	Except:    {"after"},
}

// IDs returns the ids kind k takes (nil for a kind without ids).
func IDs(k Kind) []string { return kindIDs[k] }

// Cue is one phrase of a cue line.
type Cue struct {
	Kind   Kind
	ID     string // "" for a kind without ids
	Phrase string // as written
	Line   int    // its line in the cue file
	words  []pat
}

// pat is a word of a phrase: a folded word, a prefix (written "word*") or
// any one word ("?").
type pat struct {
	s      string
	prefix bool
	any    bool
}

func (p pat) match(w string) bool {
	switch {
	case p.any:
		return true
	case p.prefix:
		return strings.HasPrefix(w, p.s)
	}
	return w == p.s
}

// Lang is the compiled cue file of one language.
type Lang struct {
	Code, Name string
	File       string
	Cues       []Cue
	detect     map[string]bool
	detectList []string // in the order of the file
	// the phrases by their first word: written out, or as a prefix
	first  map[string][]int32
	prefix map[string][]int32
	maxPre int // the longest prefix in prefix, in bytes
}

// Match is a match of cue Cue over words [From, To) of a sentence.
type Match struct {
	Cue      int32
	From, To int
}

// Error is an error of a cue file: its file, line (0 for the file as a
// whole) and what is wrong.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return e.File + ": " + e.Msg
	}
	return e.File + ":" + strconv.Itoa(e.Line) + ": " + e.Msg
}

// Parse compiles cue file data; name (the file's name) is for errors.
func Parse(name, data string) (*Lang, error) { return parse(name, data, true) }

// ParseDetect reads only what detection needs of cue file data: the
// language line and the detect words, skipping (and not checking) the
// cues, which a Lang so read does not match. Telling a text's language
// needs every file's detect words; reading it, one file's cues.
func ParseDetect(name, data string) (*Lang, error) { return parse(name, data, false) }

// parse is Parse, or with cues false ParseDetect.
func parse(name, data string, cues bool) (*Lang, error) {
	l := &Lang{File: name, detect: map[string]bool{}, first: map[string][]int32{}, prefix: map[string][]int32{}}
	errf := func(n int, msg string) error { return &Error{name, n, msg} }
	for n, line := range strings.Split(data, "\n") {
		n++
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if l.Code == "" {
			f := strings.Fields(line)
			if len(f) < 3 || f[0] != "language" {
				return nil, errf(n, "the first line must be \"language <code> <Name>\"")
			}
			l.Code, l.Name = f[1], strings.Join(f[2:], " ")
			continue
		}
		head, body, ok := strings.Cut(line, ":")
		if !ok {
			return nil, errf(n, "a line is \"<kind> [<id>]: phrase | phrase\", \"detect: words\" or \"negate: phrases\"")
		}
		f := strings.Fields(head)
		if len(f) == 0 || len(f) > 2 {
			return nil, errf(n, quote(head)+": a kind and at most one id before the colon")
		}
		if f[0] == "detect" && len(f) == 1 {
			for _, w := range strings.Fields(body) {
				ws := Words(w, 0, nil)
				if len(ws) != 1 {
					return nil, errf(n, "detect word "+quote(w)+" is not one word")
				}
				if !l.detect[ws[0].Fold] {
					l.detectList = append(l.detectList, ws[0].Fold)
				}
				l.detect[ws[0].Fold] = true
			}
			continue
		}
		if !cues {
			continue
		}
		k := kindOf(f[0])
		if k < 0 {
			return nil, errf(n, "unknown kind "+quote(f[0]))
		}
		id := ""
		if len(f) == 2 {
			id = f[1]
		}
		if y, ok := Atoi(id); Kind(k) == Era && ok && y >= 1800 && y <= 2100 {
			// an era's first year
		} else if Kind(k) == Era {
			return nil, errf(n, "kind era needs the Gregorian year of the era's first year as its id, not "+quote(id))
		} else if v, ok := Atoi(id); Kind(k) == Number && ok && v >= 1 {
			// a number's value
		} else if Kind(k) == Number {
			return nil, errf(n, "kind number needs the number's value as its id, not "+quote(id))
		} else if opt := optionalIDs[Kind(k)]; id != "" && slices.Contains(opt, id) {
			// an optional id of a kind that takes none ("retention as-needed")
		} else if ids := kindIDs[Kind(k)]; ids == nil && id != "" {
			return nil, errf(n, "kind "+f[0]+" takes no id ("+quote(id)+")")
		} else if ids != nil && !slices.Contains(ids, id) {
			if id == "" {
				return nil, errf(n, "kind "+f[0]+" needs an id: one of "+strings.Join(ids, " "))
			}
			return nil, errf(n, "unknown "+f[0]+" id "+quote(id)+": one of "+strings.Join(ids, " "))
		}
		for _, ph := range strings.Split(body, "|") {
			ph = strings.TrimSpace(ph)
			if ph == "" {
				return nil, errf(n, "an empty phrase (two bars, or a bar at an end)")
			}
			if strings.ContainsAny(ph, "{}") {
				return nil, errf(n, "phrase "+quote(ph)+": a group not expanded (go generate expands them: ExpandGroups)")
			}
			ws, msg := compilePhrase(ph)
			if msg != "" {
				return nil, errf(n, msg)
			}
			l.Cues = append(l.Cues, Cue{Kind: Kind(k), ID: id, Phrase: ph, Line: n, words: ws})
		}
	}
	if l.Code == "" {
		return nil, errf(0, "no \"language\" line")
	}
	if len(l.detect) == 0 {
		return nil, errf(0, "no \"detect:\" words")
	}
	for i, c := range l.Cues {
		w := c.words[0]
		if w.prefix {
			l.prefix[w.s] = append(l.prefix[w.s], int32(i))
			l.maxPre = max(l.maxPre, len(w.s))
		} else {
			l.first[w.s] = append(l.first[w.s], int32(i))
		}
	}
	return l, nil
}

func quote(s string) string { return "\"" + s + "\"" }

// Atoi reads a word of digits as a number; ok false for any other word or
// one too long.
func Atoi(s string) (n int, ok bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

func kindOf(s string) int {
	for k, name := range kindNames {
		if name == s {
			return k
		}
	}
	return -1
}

// ExpandGroups returns the phrases of a cue line's body as a cue file
// writes them: phrases separated by bars, and in a phrase a group
// "{a|b|c}" stands for each of its alternatives in turn, written into the
// phrase where the group stands ("{提供|開示}{しません|しない}" is 提供しません,
// 提供しない, 開示しません, 開示しない, in that order: a language that glues
// its endings to the verb writes each stem and each ending once). An
// alternative may be empty ("{を|}行いません"); groups do not nest. msg says
// what is wrong, "" when nothing is. go generate expands the groups when it
// writes the cue files into the analyzer (analyzer/outline_test.go), so
// that Parse, which the page runs, reads plain phrases.
func ExpandGroups(body string) (phrases []string, msg string) {
	for len(body) > 0 || phrases == nil {
		end, depth := 0, 0
		for end < len(body) && (body[end] != '|' || depth > 0) {
			switch body[end] {
			case '{':
				if depth++; depth > 1 {
					return nil, "a group in a group: " + quote(body)
				}
			case '}':
				if depth--; depth < 0 {
					return nil, "a \"}\" that closes no group: " + quote(body)
				}
			}
			end++
		}
		if depth != 0 {
			return nil, "a group not closed: " + quote(body)
		}
		ph := strings.TrimSpace(body[:end])
		if ph == "" {
			return nil, "an empty phrase (two bars, or a bar at an end)"
		}
		alts := []string{""}
		for rest := ph; rest != ""; {
			open := strings.IndexByte(rest, '{')
			if open < 0 {
				open = len(rest)
			}
			for i := range alts {
				alts[i] += rest[:open]
			}
			if open == len(rest) {
				break
			}
			closing := open + strings.IndexByte(rest[open:], '}')
			var grown []string
			for _, a := range alts {
				for _, x := range strings.Split(rest[open+1:closing], "|") {
					grown = append(grown, a+x)
				}
			}
			alts, rest = grown, rest[closing+1:]
		}
		for _, a := range alts {
			if a = strings.TrimSpace(a); a == "" {
				return nil, "a group that can leave its phrase empty: " + quote(ph)
			}
			phrases = append(phrases, a)
		}
		if end == len(body) {
			break
		}
		body = body[end+1:]
		if strings.TrimSpace(body) == "" {
			return nil, "an empty phrase (two bars, or a bar at an end)"
		}
	}
	return phrases, ""
}

// compilePhrase compiles a phrase: words separated by spaces, "word*" a
// prefix, "?" any one word. A word the tokenizer splits ("l'adresse") is
// its words in a row.
func compilePhrase(ph string) ([]pat, string) {
	var out []pat
	for _, w := range strings.Fields(ph) {
		if w == "?" {
			out = append(out, pat{any: true})
			continue
		}
		star := strings.HasSuffix(w, "*")
		stem := strings.TrimSuffix(w, "*")
		ws := Words(stem, 0, nil)
		if len(ws) == 0 || strings.Contains(stem, "*") || strings.Contains(stem, "?") {
			return nil, "phrase " + quote(ph) + ": " + quote(w) + " is no word"
		}
		for i, x := range ws {
			out = append(out, pat{s: x.Fold, prefix: star && i == len(ws)-1})
		}
	}
	if len(out) == 0 || out[0].any {
		return nil, "phrase " + quote(ph) + " must start with a word"
	}
	if out[len(out)-1].any {
		return nil, "phrase " + quote(ph) + " must end with a word"
	}
	return out, ""
}

// Match appends to dst the matches of the cues over words, by their first
// word and then the longer first. Of overlapping matches of one kind (two
// data cues, "vos données" and "données de localisation") the longest
// stays, and of two as long the first.
func (l *Lang) Match(words []Word, dst []Match) []Match {
	from := len(dst)
	for i := range words {
		w := words[i].Fold
		for _, c := range l.first[w] {
			if to := l.matchAt(c, words, i); to > 0 {
				dst = append(dst, Match{c, i, to})
			}
		}
		for n := 1; n <= len(w) && n <= l.maxPre; n++ {
			for _, c := range l.prefix[w[:n]] {
				if to := l.matchAt(c, words, i); to > 0 {
					dst = append(dst, Match{c, i, to})
				}
			}
		}
	}
	ms := dst[from:]
	// Of overlapping matches of one kind the longest stays, and of two
	// as long the first: "vos données de géolocalisation" is location,
	// not "vos données" (personal-info). (Sorted by hand: sort.Slice is
	// not linked in the page, and a sentence has a few matches.)
	longer := func(a, b Match) bool {
		if la, lb := a.To-a.From, b.To-b.From; la != lb {
			return la > lb
		}
		return a.From < b.From
	}
	insertionSort(ms, longer)
	n := from
	for _, m := range ms {
		k := l.Cues[m.Cue].Kind
		overlaps := false
		for _, x := range dst[from:n] {
			if k == Negate || k == Except || k == NegateAfter {
				break // every negation counts ("ne louons ni ne vendons")
			}
			if l.Cues[x.Cue].Kind == k && x.From < m.To && m.From < x.To {
				overlaps = true
				break
			}
		}
		if !overlaps {
			dst[n] = m
			n++
		}
	}
	insertionSort(dst[from:n], func(a, b Match) bool { return a.From < b.From || a.From == b.From && a.To > b.To })
	return dst[:n]
}

// insertionSort sorts ms stably by less.
func insertionSort(ms []Match, less func(a, b Match) bool) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && less(ms[j], ms[j-1]); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// matchAt returns where cue c's match from word i ends, or 0.
func (l *Lang) matchAt(c int32, words []Word, i int) int {
	ps := l.Cues[c].words
	if i+len(ps) > len(words) {
		return 0
	}
	for j, p := range ps {
		if !p.match(words[i+j].Fold) {
			return 0
		}
	}
	return i + len(ps)
}

// Ideographic reports whether the language's detect words are characters
// of Han, Hiragana or Katakana (Japanese, Chinese), each a word: its share
// of a text is counted over characters, another language's over words.
func (l *Lang) Ideographic() bool {
	if len(l.detectList) == 0 {
		return false
	}
	c, _ := utf8.DecodeRuneInString(l.detectList[0])
	return isCJK(c)
}

// DetectWords returns the detect words, folded, in the order of the file.
func (l *Lang) DetectWords() []string { return l.detectList }

// Detect counts the words of words that are detect words of the language.
func (l *Lang) Detect(words []Word) int {
	n := 0
	for _, w := range words {
		if l.detect[w.Fold] {
			n++
		}
	}
	return n
}
