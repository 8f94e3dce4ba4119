package analyzer

import (
	"errors"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/outline"
	"github.com/policylens/policylens/analyzer/internal/sentence"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// The outline reader reads a policy in a language the analyzer has no full
// rules for, from the cue file of its language (rules/outline/<code>.txt,
// docs/outline.md): in each sentence, words of data with a verb of
// collecting or of passing data on, recipients, rights, retention and the
// other topics, with negation. Its findings carry the English rules' ids,
// so that the report's sections, points and rubric are made from them as
// for English; what the policy does not say (Missing) is left out, and the
// sentence model does not read them.

// The cue files are compiled into outline_detect.go (the language line and
// detect words of each, in every build) and outline_cues.go (the rest, as
// the outline cue asset: outline_asset.go; native builds only) by go
// generate (the page links no embed package): after editing
// rules/outline/, run go generate ./analyzer; TestOutlineFiles fails until
// the files are what they hold.
//
//go:generate go test -run ^TestOutlineFiles$ . -args -update-outline

var (
	outlineOnce  sync.Once
	outlineLangs []*outline.Lang // each file's language and detect words (outline.ParseDetect)
	outlineFile  []int           // by language, its file in outlineDetectFiles

	outlineBuiltin sync.Once
	outlineSrc     atomic.Pointer[outlineSet] // nil until the cues are given (SetOutline) or read from the build
)

// outlineSet is what the outline reader has of the cues: the cues of each
// file, compiled on the first text in its language (a text is in one
// language, and compiling all seven files took about 40 ms in
// WebAssembly), or why it has none.
type outlineSet struct {
	err  error
	full []func() (*outline.Lang, error) // by file of outlineDetectFiles
}

// errOutlinePending is the state of a WebAssembly build before it is given
// the outline cue asset.
var errOutlinePending = errors.New("not loaded yet")

// outlineLanguages returns the language and the detect words of each cue
// file, read on the first call (the first text that may not be English: an
// English analysis pays nothing). A file that does not read is left out
// (TestOutlineFiles fails on it).
func outlineLanguages() []*outline.Lang {
	outlineOnce.Do(func() {
		for i, f := range outlineDetectFiles {
			l, err := outline.ParseDetect(f.name, f.data)
			if err != nil {
				continue
			}
			outlineLangs = append(outlineLangs, l)
			outlineFile = append(outlineFile, i)
		}
	})
	return outlineLangs
}

// setOutline gives the outline reader the cue asset, or err, why it could
// not be had, and returns what is wrong with it (nil when it reads).
func setOutline(asset string, err error) error {
	s := &outlineSet{err: err}
	if err == nil {
		var texts []string
		texts, s.err = readOutlineAsset(asset, outlineDetectFiles[:])
		for i, text := range texts {
			name := outlineDetectFiles[i].name
			s.full = append(s.full, sync.OnceValues(func() (*outline.Lang, error) { return outline.Parse(name, text) }))
		}
	}
	outlineSrc.Store(s)
	return s.err
}

// outlineCues returns language l (one of outlineLanguages) with its cues
// compiled, or why it has none: the asset is not there yet
// (errOutlinePending), could not be had, or the file does not compile.
func outlineCues(l *outline.Lang) (*outline.Lang, error) {
	outlineBuiltin.Do(func() {
		if a, ok := builtinOutline(); ok && outlineSrc.Load() == nil {
			setOutline(a, nil)
		}
	})
	s := outlineSrc.Load()
	switch {
	case s == nil:
		return nil, errOutlinePending
	case s.err != nil:
		return nil, s.err
	}
	for i, x := range outlineLanguages() {
		if x == l {
			return s.full[outlineFile[i]]()
		}
	}
	return nil, errors.New("no cue file of " + l.Name)
}

// loadOutline compiles the cue files of the build, in the order of their
// names, and returns the errors of those that do not compile.
func loadOutline() ([]*outline.Lang, []error) {
	a, _ := builtinOutline()
	texts, err := readOutlineAsset(a, outlineDetectFiles[:])
	if err != nil {
		return nil, []error{err}
	}
	var langs []*outline.Lang
	var errs []error
	for i, text := range texts {
		l, err := outline.Parse(outlineDetectFiles[i].name, text)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		langs = append(langs, l)
	}
	return langs, errs
}

// outlineUnavailable is the notice of a text in language l that is not
// read, the cues of l being missing for err.
func outlineUnavailable(l *outline.Lang, err error) Notice {
	msg := "This policy looks to be in " + l.Name + ", which PolicyLens reads in outline with reading material loaded apart from the analyser"
	if err == errOutlinePending {
		msg += ": it has not arrived yet, so the policy was not read. Try again in a moment."
	} else {
		msg += ", and that material could not be loaded (" + err.Error() + "), so the policy was not read. Reload the page to try again."
	}
	return Notice{ID: "outline-unavailable", Level: "error", Message: msg}
}

// Detection bars (see TestOutlineDetect; chosen with its texts): the best
// language's detect words in the sample (its first outlineSample words
// that are not numbers), at least outlineMinWords and outlineShare percent
// of the words, and outlineLead/10 times the runner-up's count (a tie is
// no language).
const (
	outlineMinWords = 2
	outlineShare    = 15
	outlineLead     = 15 // 1.5 times
	outlineSample   = 400
)

// detectOutline returns the outline language text is written in (its
// detect words: outlineCues compiles its cues), or nil when none is clearly
// ahead (or none is in the sample at all).
func detectOutline(input string) *outline.Lang {
	langs := outlineLanguages()
	if len(langs) == 0 {
		return nil
	}
	sample := input
	if len(sample) > 16<<10 {
		sample = sample[:16<<10]
	}
	ws := outline.Words(sample, 0, nil)
	// Two samples: of characters, for a language written without spaces
	// (each character of Han, Hiragana or Katakana is a word), and of
	// words, where a run of such characters (and what is glued to it) is
	// one word that is no detect word, so that a line of Chinese does not
	// outweigh the French sentence after it.
	chars, words := make([]outline.Word, 0, min(len(ws), outlineSample)), make([]outline.Word, 0, min(len(ws), outlineSample))
	for i, w := range ws {
		digit := w.Fold[0] >= '0' && w.Fold[0] <= '9'
		if !digit && len(chars) < outlineSample {
			chars = append(chars, w)
		}
		switch {
		case i > 0 && ws[i-1].End == w.Start: // glued to the word before: one word with it
			if n := len(words); n > 0 && words[n-1].End == w.Start {
				words[n-1].End, words[n-1].Fold = w.End, "\x00"
			}
		case i+1 < len(ws) && ws[i+1].Start == w.End:
			// the first of glued words: counted as the run's (a digit
			// first leaves it out, as the whole word was)
			if !digit && len(words) < outlineSample {
				words = append(words, outline.Word{Start: w.Start, End: w.End, Fold: "\x00"})
			}
		case !digit && len(words) < outlineSample:
			words = append(words, w)
		}
	}
	var best *outline.Lang
	top, second := 0, 0
	for _, l := range langs {
		sample := words
		if l.Ideographic() {
			sample = chars
		}
		switch s := l.Detect(sample); {
		case s > top:
			best, top, second = l, s, top
		case s > second:
			second = s
		}
	}
	n := len(words)
	if best != nil && best.Ideographic() {
		n = len(chars)
	}
	if top < outlineMinWords || top*100 < n*outlineShare || top*10 < second*outlineLead {
		return nil
	}
	return best
}

// olMatch is a cue matched in a sentence, over its words [from, to).
type olMatch struct {
	c        *outline.Cue
	from, to int
	negated  bool // a negate cue before it in its clause (verbs, rights, purposes...)
	intro    bool // a verb of the list's intro
}

// olReader reads one text in outline.
type olReader struct {
	l        *outline.Lang
	lx       *lexicon.Lexicon
	d        *sentence.Doc
	words    []outline.Word
	findings []Finding
	reasons  []string // by finding, for the outline cases
	ms       []outline.Match
	dated    []dated // the dates of the updated findings, for addFields
}

// readOutline reads the text of d, in language l, for the report r: it
// sets the language and the outline notice and returns the findings (with
// the text's contacts), the reason of each (for the outline cases) and the
// dates of its updated findings, for finish.
func readOutline(r *Report, d *sentence.Doc, lx *lexicon.Lexicon, l *outline.Lang) ([]Finding, []string, []dated) {
	o := &olReader{l: l, lx: lx, d: d, words: outline.Words(d.Text, 0, nil)}
	for i := range d.Sents {
		if len(o.findings) >= MaxFindings {
			r.Notices = append(r.Notices, truncated(d.Sents[i].Start))
			break
		}
		o.sentence(i)
	}
	r.Language = l.Code
	r.Notices = append(r.Notices, Notice{ID: "outline", Level: "info",
		Message: "This policy is in " + l.Name + ". PolicyLens read it in outline: what it collects and shares, rights, retention and other topics, from key words in each sentence. Details an English reading gives may be missing."})
	o.findings = contacts(d, o.findings) // e-mail and web addresses: no words of a language
	for len(o.reasons) < len(o.findings) {
		o.reasons = append(o.reasons, "contact")
	}
	return o.findings, o.reasons, o.dated
}

// sentenceWords returns the words of o.words within [start, end).
func (o *olReader) sentenceWords(start, end int) []outline.Word {
	i := sort.Search(len(o.words), func(i int) bool { return o.words[i].Start >= start })
	j := i
	for j < len(o.words) && o.words[j].End <= end {
		j++
	}
	return o.words[i:j]
}

// matches returns the cues matched over ws, each marked negated when a
// negate cue starts before it in its clause (or starts on its first word
// and covers it: a negation glued to its verb, Czech "neprodáváme", or a
// Korean pair of verbs denied at its end, "제공하거나 판매하지 않습니다"),
// or a negate-after cue
// follows it there ("Wir verkaufen Ihre Daten nicht"), with no exception
// between ("sauf"; an exception at the negation voids it too: "nicht
// nur"; an "except after" cue ends the reach of a negate-after cue: "und
// nicht an Dritte übermittelt").
func (o *olReader) matches(ws []outline.Word) []olMatch {
	o.ms = o.l.Match(ws, o.ms[:0])
	// A comma between two verbs, the second at most one word on, lists
	// them in one clause ("tidak akan membagikan, menjual, atau
	// menyewakan": the denial reaches the three).
	verbAt := func(i int, end bool) bool {
		for _, m := range o.ms {
			if c := &o.l.Cues[m.Cue]; c.Kind == outline.Verb && (end && m.To == i+1 || !end && m.From == i) {
				return true
			}
		}
		return false
	}
	clause := make([]int, len(ws))
	for i := 1; i < len(ws); i++ {
		clause[i] = clause[i-1]
		gap := o.d.Text[ws[i-1].End:ws[i].Start]
		listed := strings.TrimSpace(gap) == "," && verbAt(i-1, true) && (verbAt(i, false) || i+1 < len(ws) && verbAt(i+1, false))
		if clauseBreak(gap) && !listed {
			clause[i]++
		}
	}
	out := make([]olMatch, 0, len(o.ms))
	for _, m := range o.ms {
		out = append(out, olMatch{c: &o.l.Cues[m.Cue], from: m.From, to: m.To})
	}
	for i := range out {
		m := &out[i]
		if m.c.Kind == outline.Negate || m.c.Kind == outline.Except || m.c.Kind == outline.NegateAfter {
			continue
		}
		for _, n := range out {
			switch {
			case clause[n.from] != clause[m.from]:
			case n.c.Kind == outline.Negate && (n.from < m.from || n.from == m.from && n.to >= m.to) && !exceptBetween(out, n.from-1, m.from),
				n.c.Kind == outline.NegateAfter && n.from >= m.to && !stopBetween(out, m.from, n.from+1):
				m.negated = true
			}
		}
	}
	return out
}

// clauseBreak reports whether the characters between two words end a
// clause: a comma, a semicolon, a colon, a bracket or a dash (full-width
// and ideographic too: "、", "，", "（"), or an ideographic stop that did not
// end the sentence (a Latin word after it: "。Cookieとは").
func clauseBreak(gap string) bool {
	return strings.ContainsAny(gap, ",;:()[]—–、，；：（）。！？") || strings.Contains(gap, " - ")
}

// exceptBetween reports whether an exception cue ("sauf") starts in
// (from, to).
func exceptBetween(ms []olMatch, from, to int) bool {
	for _, e := range ms {
		if e.c.Kind == outline.Except && e.c.ID != "after" && e.from > from && e.from < to {
			return true
		}
	}
	return false
}

// stopBetween reports whether what ends the reach of a negation at to back
// to a verb at from starts in (from, to): an exception cue, or an "except
// after" cue with no verb between it and the negation ("gespeichert und
// nicht an Dritte übermittelt", where the negation opens a clause of its
// own; not "verkaufen oder vermieten Ihre Daten nicht").
func stopBetween(ms []olMatch, from, to int) bool {
	for _, e := range ms {
		if e.c.Kind != outline.Except || e.from <= from || e.from >= to {
			continue
		}
		if e.c.ID != "after" {
			return true
		}
		verb := false
		for _, x := range ms {
			verb = verb || x.c.Kind == outline.Verb && x.from > e.from && x.from < to
		}
		if !verb {
			return true
		}
	}
	return false
}

// sentence reads sentence si.
func (o *olReader) sentence(si int) {
	d := o.d
	s := &d.Sents[si]
	ws := o.sentenceWords(s.Start, s.End)
	if len(ws) == 0 {
		return
	}
	b := &d.Blocks[s.Block]
	if b.Contents {
		return // a line of a table of contents states nothing
	}
	ms := o.matches(ws)
	// A list item is read with the verbs of its intro ("Nous collectons :").
	if in := o.introOf(si, b); in != nil {
		iws := o.sentenceWords(in.Start, in.End)
		ims := o.matches(iws)
		for _, m := range ims {
			if m.c.Kind == outline.Verb {
				m.intro = true
				ms = append(ms, m)
			}
		}
	}
	st := &olSentence{o: o, s: s, ws: ws, ms: ms, first: len(o.findings)}
	st.survey()
	for _, m := range st.ms {
		if !m.intro {
			st.read(m)
		}
	}
	// in the order of their words, as the English reading gives them
	fs, rs := o.findings[st.first:], o.reasons[st.first:]
	for i := 1; i < len(fs); i++ { // stable, by hand: a sentence has a few
		for j := i; j > 0 && fs[j].Start < fs[j-1].Start; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
	if b.Kind == text.BlockHeading {
		for i := st.first; i < len(o.findings); i++ {
			o.findings[i].note |= noteTitled
		}
	}
	// A denial of passing data on is the company's, as English's "we do
	// not share" (noteWeDeny): where nothing is said of selling, one of
	// the reader's data denies a sale too (sharingDenied). Not with an
	// exception cue in the sentence, whose condition the outline cannot
	// quote ("sauf si la loi l'exige").
	if !st.has(outline.Except) {
		for i := st.first; i < len(o.findings); i++ {
			if f := &o.findings[i]; f.Kind == "share" && f.Negated {
				f.note |= noteWeDeny
			}
		}
	}
	for _, dt := range st.dates { // by their start: their index now
		for i := st.first; i < len(o.findings); i++ {
			if f := &o.findings[i]; f.Kind == "updated" && f.Start == dt.finding {
				if n := len(o.dated); n == 0 || o.dated[n-1].finding != i { // two cues, one date: once
					o.dated = append(o.dated, dated{finding: i, date: dt.date})
				}
				break
			}
		}
	}
}

// olSentence is the sentence being read: its words, its matches (with
// the verbs of its intro) and where its findings start. Its helpers are
// methods, not closures: the compiler would write a closure out again at
// each of its thirty calls (25 KB of the page's WebAssembly, brotli).
type olSentence struct {
	o     *olReader
	s     *text.Sentence
	ws    []outline.Word
	ms    []olMatch
	first int // the sentence's first finding in o.findings

	dataNamed bool    // a cue of data in the sentence (not its intro)
	transfer  bool    // a cue of a transfer abroad or its safeguard
	limited   bool    // a limit to keeping data: as needed, or a period
	sold      bool    // a sale denial made already (one a sentence: "nous ne louons ni ne vendons")
	tell      bool    // a verb of telling the reader, tellM
	tellM     olMatch // the first verb of telling
	dates     []dated // the dates of its updated findings, each by the finding's start
}

// survey notes what the sentence holds as a whole, which the reading of
// each cue asks: data named, a transfer, a limit to keeping data, a verb of
// telling. A limit to keeping data lifts the denial of the verbs of
// collecting ("nous ne conservons pas vos données au-delà de 3 ans": the data
// is kept, for a time).
func (st *olSentence) survey() {
	// A verb within a right's words names what the right is of ("the
	// right to know the third parties data was passed on to"): no verb
	// of the sentence.
	kept := st.ms[:0]
	for _, m := range st.ms {
		if m.c.Kind != outline.Verb || m.intro || !st.o.within(st.ms, m, outline.Right) {
			kept = append(kept, m)
		}
	}
	st.ms = kept
	o, ms := st.o, st.ms
	for _, m := range ms {
		st.dataNamed = st.dataNamed || m.c.Kind == outline.Data && !m.intro
	}
	st.transfer = st.has(outline.Transfer) || st.has(outline.Safeguard)
	st.limited = o.namesID(ms, outline.Retention, "as-needed")
	for _, m := range ms {
		if m.intro || m.c.Kind != outline.Unit {
			continue // (an intro's words are not ws)
		}
		if _, _, ok := st.numberBefore(m.from); ok {
			st.limited = st.limited || st.has(outline.Retention)
		}
	}
	if st.limited {
		for i := range ms {
			if ms[i].c.Kind == outline.Verb && ms[i].c.ID == "collect" && !ms[i].intro {
				ms[i].negated = false
			}
		}
	}
	for _, m := range ms {
		if m.c.Kind == outline.Tell && !m.intro {
			st.tell, st.tellM = true, m
			break
		}
	}
}

// read reads cue m of the sentence (not of its intro).
func (st *olSentence) read(m olMatch) {
	switch m.c.Kind {
	case outline.Data:
		st.data(m)
	case outline.Recipient:
		st.recipient(m)
	case outline.Verb:
		st.verb(m)
	case outline.Right:
		if !m.negated {
			st.add("right", m.c.ID, st.o.category("right", m.c.ID, "user-choice"), m, m.from, m.to, false, "right", "a right or choice of the reader (%n), %q")
		}
	case outline.Retention:
		st.retention(m)
	case outline.Unit:
		st.unit(m)
	case outline.Security:
		if !m.negated {
			st.add("security", m.c.ID, "data-security", m, m.from, m.to, false, "security", "a security measure (%n), %q")
		}
	case outline.Breach:
		if st.tell {
			st.add("breach", "notify", "data-security", m, m.from, m.to, st.tellM.negated, "breach+tell", "a breach of data, %q, with a verb of telling the reader%d")
		} else {
			st.add("security", "incident", "data-security", m, m.from, m.to, false, "breach", "a breach of data spoken of, %q")
		}
	case outline.Children:
		st.add("children", "children", "specific-audiences", m, m.from, m.to, false, "children", "children or minors, %q")
	case outline.Change:
		st.add("change", "change", "policy-change", m, m.from, m.to, false, "change", "a change of this policy, %q")
	case outline.Notice:
		if st.has(outline.Change) {
			st.add("change", "notice-"+m.c.ID, "policy-change", m, m.from, m.to, false, "change+notice", "how the reader is told of a change, %q")
		}
	case outline.Tell:
		if st.has(outline.Change) && !m.negated {
			st.add("change", "notice-told", "policy-change", m, m.from, m.to, false, "change+tell", "a verb of telling the reader of a change, %q")
		}
	case outline.Transfer:
		st.add("transfer", "international", "other", m, m.from, m.to, false, "transfer", "data moved to another country, %q")
	case outline.Safeguard:
		st.add("transfer", m.c.ID, "other", m, m.from, m.to, false, "safeguard", "a safeguard for data moved abroad (%n), %q")
	case outline.Purpose:
		st.add("purpose", m.c.ID, "other", m, m.from, m.to, m.negated, "purpose", "a purpose data is used for (%n), %q%d")
	case outline.Updated:
		from, to, date, ok := st.o.dateAfter(st.ws, m.to)
		for k := max(m.from-8, 0); !ok && k < m.from; k++ {
			// a date just before its cue ("2020年4月1日制定")
			if f, t, dt, ok2 := st.o.dateAfter(st.ws, k); ok2 && t == m.from {
				from, to, date, ok = f, t, dt, true
			}
		}
		if ok {
			f := st.add("updated", "updated", "policy-change", m, from, to, false, "updated", "the date the policy was last updated or took effect, %q")
			st.dates = append(st.dates, dated{finding: f.Start, date: date})
		}
	case outline.DNT:
		if m.negated {
			st.add("dnt", "not-honored", "do-not-track", m, m.from, m.to, false, "dnt", "Do Not Track named, %q, with a negation: they do not respond to it")
		} else {
			st.add("dnt", "mentioned", "do-not-track", m, m.from, m.to, false, "dnt", "Do Not Track named, %q")
		}
	}
}

// data reads a cue of data: collected or passed on by the verbs nearest it;
// cookies and trackers named are a use of them with no verb.
func (st *olSentence) data(m olMatch) {
	collectV, collect := st.nearest(m, "collect")
	shareV, share := st.nearest(m, "share")
	share = share && (!st.transfer || st.o.namesRecipient(st.ms)) // moved abroad is not passed on
	category := "first-party-collection"
	switch {
	case st.has(outline.Retention):
		category = "data-retention"
	case !collect && !share && st.has(outline.Right):
		category = "user-choice" // "refuser les cookies": the reader's choice names data
	}
	kind, id, reason, cookies := "collect", m.c.ID, "data+", ""
	if m.c.ID == "info-generic" {
		// data of no type: the practices of collecting or passing
		// on data without saying which, as English reads them
		kind, id, reason = "practice", "collect-unspecified", "generic+"
	}
	switch {
	case collect:
		st.add(kind, id, category, m, m.from, m.to, collectV.negated, reason+"collect", "data (%n), %q, with a verb of collecting%d")
	case (m.c.ID == "cookies" || m.c.ID == "web-beacons") && !share:
		cookies = "cookies"
		st.add(kind, id, category, m, m.from, m.to, m.negated, cookies, "cookies or trackers named, %q%d")
	}
	if share {
		if kind == "practice" {
			id = "share-unspecified"
		} else {
			kind = "share"
		}
		st.add(kind, id, "third-party-sharing", m, m.from, m.to, shareV.negated, reason+"share", "data (%n), %q, with a verb of passing it on%d")
	}
}

// recipient reads a cue of a recipient: passed data on by the nearest verb
// of passing on, or one that collects data itself where the company uses it.
func (st *olSentence) recipient(m olMatch) {
	if st.o.within(st.ms, m, outline.Transfer, outline.Safeguard) {
		return // "pays tiers": a country, no recipient
	}
	v, ok := st.nearest(m, "share")
	if !ok {
		// A recipient that collects data itself where the company
		// uses it, as English reads "we use analytics providers"
		// (the rule's "collects"): "nous utilisons Google
		// Analytics", "traitées par nos sous-traitants".
		// Not with a sale denied: "회사가 처리하는 개인정보를 광고주에게
		// 판매하지 않습니다" names the buyer it does not sell to.
		if c, used := st.nearest(m, "collect"); used && !c.negated && !c.intro && !st.saleDenied() {
			if e := st.o.lx.ByClass["recipient"][m.c.ID]; e != nil && e.Collects {
				st.add("share", m.c.ID, "third-party-sharing", m, m.from, m.to, false, "recipient+use", "a recipient that collects data itself (%n), %q, with a verb of using or collecting")
			}
		}
		return
	}
	neg := v.negated && (v.intro || !exceptBetween(st.ms, min(v.from, m.from), max(v.from, m.from)))
	st.add("share", m.c.ID, "third-party-sharing", m, m.from, m.to, neg, "recipient+share", "a recipient of data (%n), %q, with a verb of passing data on%d")
}

// saleDenied reports whether the sentence has a verb of selling denied.
func (st *olSentence) saleDenied() bool {
	for _, x := range st.ms {
		if x.c.Kind == outline.Verb && (x.c.ID == "sell" || x.c.ID == "sell-yes") && x.negated && !x.intro {
			return true
		}
	}
	return false
}

// verb reads a verb cue for what a denial of it says alone: no passing on
// (with no recipient named), no sale, or (sell-yes) a sale.
func (st *olSentence) verb(m olMatch) {
	switch {
	case m.c.ID == "share" && m.negated && st.dataNamed && !st.transfer && !st.o.namesRecipient(st.ms):
		st.add("share", "other-third-parties", "third-party-sharing", m, m.from, m.to, true, "share-denied",
			"a verb of passing data on, %q, denied, with no recipient named: they say they do not pass data on")
	case (m.c.ID == "sell" || m.c.ID == "sell-yes") && m.negated && (st.dataNamed || st.o.namesRecipient(st.ms)) && !st.sold:
		st.sold = true // one denial a sentence ("nous ne louons ni ne vendons")
		st.add("sale", "sale", "third-party-sharing", m, m.from, m.to, true, "sale-denied", "a verb of selling, %q, denied: they say they do not sell data")
	case m.c.ID == "sell-yes" && !m.negated && st.dataNamed && !st.o.namesID(st.ms, outline.Recipient, "business-transfer"):
		st.add("sale", "sale", "third-party-sharing", m, m.from, m.to, false, "sale", "a verb of selling, %q, with data: they say they sell data")
	}
}

// retention reads a cue of keeping data.
func (st *olSentence) retention(m olMatch) {
	switch {
	case m.c.ID == "as-needed":
		// (never a denial: "nous ne conservons pas vos données au-delà
		// de la durée nécessaire" keeps them as long as needed)
		st.add("retention", "as-needed", "data-retention", m, m.from, m.to, false, "as-needed", "keeping data as long as needed, %q")
	case m.negated && !st.limited:
		st.add("retention", "not-kept", "other", m, m.from, m.to, true, "retention-denied", "a word of keeping data, %q%d")
	default:
		st.add("retention", "retain", "data-retention", m, m.from, m.to, false, "retention", "a word of keeping data, %q")
	}
}

// unit reads a unit of time after a number: a retention period, or a
// minimum age in a sentence about children.
func (st *olSentence) unit(m olMatch) {
	n, from, ok := st.numberBefore(m.from)
	if !ok || st.notQuantity(m, n, from) {
		return
	}
	switch {
	case st.has(outline.Retention):
		st.add("retention", "period", "data-retention", m, from, m.to, false, "period", "a period in a sentence about keeping data, %q")
	case st.has(outline.Children) && m.c.ID == "years" && n >= 10 && n <= 21:
		f := st.add("children", "min-age", "specific-audiences", m, from, m.from, false, "age", "an age, %q, in a sentence about children")
		f.age = uint8(n)
	}
}

// notQuantity reports whether number n, from word from to unit m, is no
// quantity of time: a part of a date ("2024年3月1日", "27 июля 2006
// года"), a year ("2006 года"), or the number of a law named with its year
// ("Nomor 27 Tahun 2022").
func (st *olSentence) notQuantity(m olMatch, n, from int) bool {
	ws, i := st.ws, from
	if m.c.ID == "years" && (isYear(n) || m.to < len(ws) && isYear(atoi(ws[m.to].Fold))) {
		return true
	}
	for k := max(i-6, 0); k <= i; k++ {
		if from, to, _, ok := st.o.dateAfter(ws, k); ok && from <= i && i < to {
			return true
		}
	}
	return false
}

// atoi is outline.Atoi, -1 for a word that is no number.
func atoi(w string) int {
	if n, ok := outline.Atoi(w); ok {
		return n
	}
	return -1
}

// add adds the finding of kind, id and category over words [from, to),
// from cue m, unless the sentence has it already; reason is for the
// cases, explanation what the finding says (after "Read in outline").
//
//go:noinline
func (st *olSentence) add(kind, id, category string, m olMatch, from, to int, negated bool, reason, explanation string) *Finding {
	o := st.o
	start, end := st.ws[from].Start, st.ws[to-1].End
	for i := st.first; i < len(o.findings); i++ {
		if f := &o.findings[i]; f.Kind == kind && f.ID == id && f.Start == start && f.End == end {
			return f
		}
	}
	rule := "outline/" + o.l.Code + "/" + m.c.Kind.String()
	if m.c.ID != "" {
		rule += "." + m.c.ID
	}
	// the explanation's %q is the words quoted, %n the name of the cue's
	// English rule, %d ", denied" for a negated finding
	var b strings.Builder
	b.WriteString("Read in outline (" + o.l.Name + "): ")
	for i := 0; i < len(explanation); i++ {
		if explanation[i] != '%' || i+1 == len(explanation) {
			b.WriteByte(explanation[i])
			continue
		}
		switch i++; explanation[i] {
		case 'q':
			b.WriteString("'" + o.d.Text[start:end] + "'")
		case 'n':
			b.WriteString(lowerFirst(o.cueName(m.c)))
		case 'd':
			if negated {
				b.WriteString(", denied")
			}
		}
	}
	b.WriteByte('.')
	f := Finding{Kind: kind, ID: id, Category: category, Start: start, End: end, Text: o.d.Text[start:end],
		Negated: negated, Rule: rule, Sentence: Span{st.s.Start, st.s.End}, Explanation: b.String()}
	o.findings = append(o.findings, f)
	o.reasons = append(o.reasons, reason)
	return &o.findings[len(o.findings)-1]
}

// has reports whether the sentence (not its intro) has a cue of kind k.
func (st *olSentence) has(k outline.Kind) bool {
	for _, m := range st.ms {
		if m.c.Kind == k && !m.intro {
			return true
		}
	}
	return false
}

// nearest is the verb of id nearest m: in the sentence, else in the
// intro; ok false when there is none.
//
//go:noinline
func (st *olSentence) nearest(m olMatch, id string) (v olMatch, ok bool) {
	best := -1
	for _, x := range st.ms {
		if x.c.Kind != outline.Verb || x.c.ID != id {
			continue
		}
		dist := abs(x.from - m.from)
		if x.intro {
			dist = 1 << 30
		}
		if best < 0 || dist < best {
			v, best, ok = x, dist, true
		}
	}
	return v, ok
}

// introOf returns the sentence that introduces list item si, of block b:
// its intro, or the sentence before the list or the heading above it when
// it ends with a colon ("Nous collectons les données suivantes :" is short
// enough to be read as a heading); nil for a sentence of no list item.
func (o *olReader) introOf(si int, b *text.Block) *text.Sentence {
	d := o.d
	if b.Kind != text.BlockListItem {
		return nil
	}
	if b.Intro >= 0 && b.Intro != si {
		return &d.Sents[b.Intro]
	}
	// The sentence before the list, when it ends in a colon: the English
	// structure takes an intro only with its words ("the following").
	k := si - 1
	for k >= 0 && si-k < 200 && d.Blocks[d.Sents[k].Block].Kind == text.BlockListItem {
		k--
	}
	if k >= 0 && d.Sents[k+1].Block != d.Sents[k].Block { // the last sentence of its block
		if pb := &d.Blocks[d.Sents[k].Block]; pb.Kind != text.BlockListItem && introEnds(d.Text[pb.Start:pb.End]) {
			return &d.Sents[k]
		}
	}
	if b.Heading < 0 {
		return nil
	}
	h := &d.Blocks[b.Heading]
	if !introEnds(d.Text[h.Start:h.End]) {
		return nil
	}
	for k := si - 1; k >= 0 && d.Sents[k].Block >= b.Heading; k-- {
		if d.Sents[k].Block == b.Heading {
			return &d.Sents[k]
		}
	}
	return nil
}

// introEnds reports whether s, a paragraph or heading before a list, ends
// as one that introduces it: with a colon, full-width too ("："), or with
// "。", as a Japanese intro ends ("以下の情報を取得します。"), or "다.", as a
// Korean one ends ("다음의 정보를 수집합니다.": its verbs end so).
func introEnds(s string) bool {
	t := strings.TrimSpace(s)
	return text.EndsWithColon(s) || strings.HasSuffix(t, "：") || strings.HasSuffix(t, "。") || strings.HasSuffix(t, "다.")
}

// dateAfter reads a date in the words of ws from i on (up to four words
// on): a day, a month's name and a year ("12 mars 2024", "1er janvier
// 2023", "12 de marzo de 2024"), a month and a year, day/month/year in
// digits, day first as in the languages read in outline ("12/03/2024"),
// or year/month/day in digits, year first ("2024-03-01", "2024. 3. 1.",
// as Korean writes it). It returns its words [from, to) and the date as
// yyyymmdd (yyyymm without a day). Japanese, Chinese and Korean write
// year, month and day, each with its character ("2024年4月1日", "2024년 4월
// 1일"; ideographDate).
func (o *olReader) dateAfter(ws []outline.Word, i int) (from, to, date int, ok bool) {
	month := func(k int) int {
		if k >= len(ws) {
			return 0
		}
		for _, m := range o.l.Match(ws[k:k+1], nil) {
			if c := &o.l.Cues[m.Cue]; c.Kind == outline.Month {
				n, _ := outline.Atoi(c.ID)
				return n
			}
		}
		return 0
	}
	num := func(k int) int {
		if k >= len(ws) {
			return -1
		}
		w := ws[k].Fold
		if len(w) > 2 && w[len(w)-2:] == "er" { // "1er"
			w = w[:len(w)-2]
		}
		n, ok := outline.Atoi(w)
		if !ok {
			return -1
		}
		return n
	}
	year := func(k int) bool { n := num(k); return isYear(n) }
	// next is the word after k, over one short word that joins the parts
	// of a date in Spanish, Portuguese or Italian ("12 de marzo de 2024",
	// "1 de março de 2023", "marzo del 2024"): at most three letters, no
	// number, no month.
	next := func(k int) int {
		if j := k + 1; j+1 < len(ws) && num(j) < 0 && month(j) == 0 && utf8.RuneCountInString(ws[j].Fold) <= 3 {
			return j + 1
		}
		return k + 1
	}
	// sep reports whether words k and k+1 are parts of a date in digits:
	// one ".", "/" or "-" between them, with a space after it or none
	sep := func(k int) bool {
		gap := o.d.Text[ws[k].End:ws[k+1].Start]
		g := strings.TrimRight(gap, " ")
		return len(gap) <= 2 && (g == "." || g == "/" || g == "-")
	}
	for k := i; k < len(ws) && k < i+4; k++ {
		d := num(k)
		switch m := next(k); {
		case d >= 1 && d <= 31 && month(m) > 0 && year(next(m)):
			return k, next(m) + 1, num(next(m))*10000 + month(m)*100 + d, true
		case month(k) > 0 && year(m):
			return k, m + 1, num(m)*100 + month(k), true
		case d >= 1 && d <= 31 && num(k+1) >= 1 && num(k+1) <= 12 && year(k+2) && ws[k+1].Start-ws[k].End == 1 && ws[k+2].Start-ws[k+1].End == 1:
			return k, k + 3, num(k+2)*10000 + num(k+1)*100 + d, true // "12/03/2024", "12.03.2024"
		case isYear(d) && num(k+1) >= 1 && num(k+1) <= 12 && num(k+2) >= 1 && num(k+2) <= 31 && sep(k) && sep(k+1):
			return k, k + 3, d*10000 + num(k+1)*100 + num(k+2), true // "2024. 3. 1.", "2024/03/01"
		}
		if y, mo, dd, ok := isoDate8(ws[k].Fold); ok {
			return k, k + 1, y*10000 + mo*100 + dd, true // "2024-03-01", one word
		}
		if to, date, ok := o.ideographDate(ws, k); ok {
			return k, to, date, true
		}
	}
	return 0, 0, 0, false
}

// isYear reports whether n reads as the year of a policy's date.
func isYear(n int) bool { return n >= 1990 && n <= 2100 }

// isoDate8 reads w as a date written yyyy-mm-dd (inner hyphens keep it
// one word).
func isoDate8(w string) (y, m, d int, ok bool) {
	if len(w) != 10 || w[4] != '-' || w[7] != '-' {
		return 0, 0, 0, false
	}
	y, ok1 := outline.Atoi(w[:4])
	m, ok2 := outline.Atoi(w[5:7])
	d, ok3 := outline.Atoi(w[8:])
	return y, m, d, ok1 && ok2 && ok3 && isYear(y) && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// ideographDate reads year, month and day from word k, each number
// followed by its character (Japanese, Chinese: "2024年4月1日"; Korean
// "2024년 4월 1일부터", where the word may carry a particle); the year may
// be of an era (an era cue: "令和6年", "令和元年") and the numbers written
// in characters (numeral cues: "二〇二四年三月一日"). It returns the end of
// its words and the date as yyyymmdd (yyyymm without a day).
func (o *olReader) ideographDate(ws []outline.Word, k int) (to, date int, ok bool) {
	era := 0
	for _, m := range o.l.Match(ws[k:min(k+4, len(ws))], nil) {
		if c := &o.l.Cues[m.Cue]; c.Kind == outline.Era && m.From == 0 {
			era, _ = outline.Atoi(c.ID)
			k += m.To
			break
		}
	}
	y, k := o.numberAt(ws, k)
	if era > 0 && y >= 1 {
		y += era - 1
	}
	if !isYear(y) || k >= len(ws) || !outline.IsIdeographic(ws[k].Fold) {
		return 0, 0, false
	}
	mo, k := o.numberAt(ws, k+1)
	if mo < 1 || mo > 12 || k >= len(ws) || !outline.IsIdeographic(ws[k].Fold) {
		return 0, 0, false
	}
	if d, j := o.numberAt(ws, k+1); d >= 1 && d <= 31 && j < len(ws) && outline.IsIdeographic(ws[j].Fold) {
		return j + 1, y*10000 + mo*100 + d, true
	}
	return k + 1, y*100 + mo, true
}

// numberAt reads the number at word k: a word of digits, or digits
// written as characters, one word each (numeral cues: "二〇二四" is 2024,
// "十二" 12, "二十一" 21; "元" of an era's first year is 1). It returns the
// number, -1 for none, and the word after it.
func (o *olReader) numberAt(ws []outline.Word, k int) (n, next int) {
	if k >= len(ws) {
		return -1, k
	}
	if n, ok := outline.Atoi(ws[k].Fold); ok {
		return n, k + 1
	}
	n, tens, j := -1, false, k
	for ; j < len(ws) && j < k+4; j++ {
		v := -1
		for _, m := range o.l.Match(ws[j:j+1], nil) {
			if c := &o.l.Cues[m.Cue]; c.Kind == outline.Numeral {
				v, _ = outline.Atoi(c.ID)
			}
		}
		switch {
		case v < 0:
			return n, j
		case v == 10 && !tens: // "十二", "二十一"
			tens, n = true, max(n, 1)*10
		case v == 10:
			return n, j
		case tens:
			n += v
		default:
			n = max(n, 0)*10 + v
		}
	}
	return n, j
}

// within reports whether match m lies inside a match of one of kinds.
func (o *olReader) within(ms []olMatch, m olMatch, kinds ...outline.Kind) bool {
	for _, x := range ms {
		for _, k := range kinds {
			if x.c.Kind == k && !x.intro && x.from <= m.from && m.to <= x.to {
				return true
			}
		}
	}
	return false
}

// namesRecipient reports whether ms hold a recipient that is not part of a
// transfer's words.
func (o *olReader) namesRecipient(ms []olMatch) bool {
	for _, m := range ms {
		if m.c.Kind == outline.Recipient && !m.intro && !o.within(ms, m, outline.Transfer, outline.Safeguard) {
			return true
		}
	}
	return false
}

// namesID reports whether ms hold a cue of kind k and id.
func (o *olReader) namesID(ms []olMatch, k outline.Kind, id string) bool {
	for _, m := range ms {
		if m.c.Kind == k && m.c.ID == id && !m.intro {
			return true
		}
	}
	return false
}

// englishClass is the class of the English rules whose ids the cues of
// kind k name (data types, recipients, rights, measures, purposes), or ""
// for a kind whose ids are the outline's own.
func englishClass(k outline.Kind) string {
	switch k {
	case outline.Data:
		return "datatype"
	case outline.Recipient:
		return "recipient"
	case outline.Right:
		return "right"
	case outline.Security:
		return "security"
	case outline.Purpose:
		return "purpose"
	}
	return ""
}

// cueName is the display name of the English rule cue c names, or its id.
func (o *olReader) cueName(c *outline.Cue) string {
	if e := o.lx.ByClass[englishClass(c.Kind)][c.ID]; e != nil {
		return e.Name
	}
	return c.ID
}

// category is the category of the English rule of class and id, or def.
func (o *olReader) category(class, id, def string) string {
	if e := o.lx.ByClass[class][id]; e != nil && e.Category != "" {
		return e.Category
	}
	return def
}

// numberBefore returns the number that ends just before word i, written
// in digits or in words (a number cue of the sentence: "zwei", "trente")
// and the word where it starts.
func (st *olSentence) numberBefore(i int) (n, from int, ok bool) {
	if i == 0 {
		return 0, i, false
	}
	if n, ok := outline.Atoi(st.ws[i-1].Fold); ok {
		return n, i - 1, true
	}
	for _, m := range st.ms {
		if m.c.Kind == outline.Number && !m.intro && m.to == i {
			n, _ := outline.Atoi(m.c.ID)
			return n, m.from, true
		}
	}
	return 0, i, false
}

// englishPeriod writes n of unit ("months") in English: "13 months", "1 year".
func englishPeriod(n int, unit string) string {
	if n == 1 {
		unit = strings.TrimSuffix(unit, "s")
	}
	return strconv.Itoa(n) + " " + unit
}

// englishPeriods writes the retention periods of r in English ("13 mois"
// is "13 months"), as the English reading lists them.
func englishPeriods(r *Report, l *outline.Lang) {
	r.Retention.Periods = r.Retention.Periods[:0]
	r.Retention.Days = r.Retention.Days[:0]
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Kind != "retention" || f.ID != "period" || !stated(f) {
			continue
		}
		ws := outline.Words(f.Text, 0, nil)
		if len(ws) < 2 {
			continue
		}
		ms := l.Match(ws, nil)
		n, ok := outline.Atoi(ws[0].Fold)
		at := 1 // the unit's word
		for _, m := range ms {
			if c := l.Cues[m.Cue]; !ok && c.Kind == outline.Number && m.From == 0 {
				n, ok = outline.Atoi(c.ID) // "zwei Jahre", "trente jours"
				at = m.To
			}
		}
		for _, m := range ms {
			if c := l.Cues[m.Cue]; c.Kind == outline.Unit && ok && m.From == at {
				addPeriod(r, englishPeriod(n, c.ID))
				break
			}
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
