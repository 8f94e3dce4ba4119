package sentence

import (
	"strings"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// InSet reports whether token k is in word set w (rules class "words").
func (d *Doc) InSet(k int, w lexicon.WordSet) bool {
	return d.Lexicon.InSet(d.Toks[k].ID, w)
}

// abbreviationBefore reports whether the stop before token k ends an
// abbreviation.
func (d *Doc) abbreviationBefore(k int) bool {
	ab := d.Lexicon.Abbreviations()
	return ab.Abbreviation(d.Text, d.Toks[k-1]) || d.IsWord(k-1, lexicon.GAbbreviations)
}

// toReader reports whether h, a passing-on cue, has the reader as receiver
// ("a cookie is sent to you", "provided to you"): the company sends to the
// reader, it does not pass data on. to bounds the sentence.
func (d *Doc) toReader(h lexicon.Hit, to int) bool {
	if int(h.To) >= to {
		return false
	}
	return d.IsWord(int(h.To-1), lexicon.GToWith) && d.IsWord(int(h.To), lexicon.GReaderObjects)
}

// toPurpose reports whether h, a passing-on cue of a bare verb and "to",
// has a purpose open at its "to" ("the information you provide to answer
// your question"): what follows is why, not to whom, and the data given is
// named before it. (With its object inside, "provide personal information
// to enhance your experience" still gives data.)
func (d *Doc) toPurpose(h lexicon.Hit) bool {
	if h.To-h.From != 2 || !d.IsWord(int(h.To-1), lexicon.GTo) {
		return false
	}
	for j := d.firstHit(int(h.To - 1)); j < len(d.Hits) && d.Hits[j].From == h.To-1; j++ {
		if d.Hits[j].Entry == d.Lexicon.Refs[lexicon.RPurpose] {
			return true
		}
	}
	return false
}

// firstHit returns the index of the first hit starting at or after token k.
func (d *Doc) firstHit(k int) int { return FirstAt(d.Hits, k) }

// FirstAt returns the index of the first of hits hs (sorted by start) that
// starts at or after token k. Each sentence searches the text's hits, so its
// binary search has no branch that depends on the data, which a processor
// cannot predict: it moves past the lower half by masking its size.
func FirstAt(hs []lexicon.Hit, k int) int {
	if len(hs) == 0 {
		return 0
	}
	base := 0
	for n := len(hs); n > 1; n -= n / 2 {
		half := n / 2
		before := (int(hs[base+half-1].From) - k) >> 63 // -1 when that hit starts before k, else 0
		base += half & before
	}
	if int(hs[base].From) < k {
		base++
	}
	return base
}

// firstAtFrom is FirstAt with a hint: a view reads the sentences in order,
// so the answer for its last sentence is at or before the answer for the
// next. The hint is used only when every hit before it starts before k
// (then the answer is at or after it): from there a few hits are read one
// by one, then spans of 8, 16, 32... hits until one ends at or after k,
// and a binary search of that span. Any hint gives FirstAt's answer.
func firstAtFrom(hs []lexicon.Hit, k, hint int) int {
	if hint <= 0 || hint > len(hs) || int(hs[hint-1].From) >= k {
		return FirstAt(hs, k)
	}
	for i := hint; i < hint+8; i++ {
		if i == len(hs) || int(hs[i].From) >= k {
			return i
		}
	}
	lo := hint + 8 // every hit before lo starts before k
	for span := 8; ; span *= 2 {
		if lo+span >= len(hs) {
			return lo + FirstAt(hs[lo:], k)
		}
		if int(hs[lo+span-1].From) >= k {
			return lo + FirstAt(hs[lo:lo+span], k)
		}
		lo += span
	}
}

// Doc is what the text and match passes make of the input: its tokens, the
// resolved hits of the rules over them, its blocks and sentences. It is
// read-only once analyze has built it.
type Doc struct {
	Text    string
	Lexicon *lexicon.Lexicon
	Toks    []text.Token
	Hits    []lexicon.Hit
	Aside   []lexicon.Hit // the hits of the aside classes (see lexicon.Resolve)
	Blocks  []text.Block
	Sents   []text.Sentence
	Own     []int32 // word ids of the policy's own names among the recipients (see FindOwnNames)
	// asWe holds the ids of "we", "us" and "our" that NamesAsWe gave the
	// tokens of the policy's name for itself, 0 when it gave none.
	asWe [3]int32
	// named holds, when namedSet, the indices of the tokens that were
	// company names or suffixes (words company-names, company-suffixes)
	// when NamesAsWe read every token: FindOwnNames counts these only,
	// not every token again. (NamesAsWe gives some of them and some
	// tokens of no word set the ids of "we", "us" or "our", which are in
	// neither set.)
	named    []int32
	namedSet bool
	// shaped holds the indices of the tokens that may be written as a
	// name (NamesAsWe): capitalised, or with a capital after a small
	// letter, and no word a rule knows, or capitalised before a dot (a
	// site's name, "Booking.com"), in text order; definedNames notes them
	// in its pass over every token, so that frequentNames and NamesAsWe
	// read these only.
	shaped []int32
	// dataSpans are the inline data addresses of the text, a start and a
	// length each, when dataRead (see proseAt).
	dataSpans []int32
	dataRead  bool
	// ownWritten holds writtenAsOwn's answers, by word as written: each
	// reads every token of the text, and a sentence's opening name is
	// asked of again at each of its verbs and denials.
	ownWritten []ownWritten
}

// ownWritten is writtenAsOwn's answer for a word.
type ownWritten struct {
	w   string
	own bool
}

// IsWord reports whether token k is one of the words of grammar set g, in
// any ASCII case.
func (d *Doc) IsWord(k int, g lexicon.GrammarSet) bool {
	t := &d.Toks[k]
	// Most tokens are not the stem of any of g's words: a loop over tokens
	// tests MayBe itself, and calls spells only for the few that may be.
	return d.Lexicon.MayBe(t.ID, g) && d.spells(t, g)
}

// spells reports whether token t, which MayBe says may be a word of grammar
// set g, is one of them, in any ASCII case. A word of g written with an
// apostrophe ("you've", "don't") is a token written with one, or with what
// stands for one (see foldsJoined): "you’ve", "youâve"; not "youve".
func (d *Doc) spells(t *text.Token, g lexicon.GrammarSet) bool {
	if t.Flags&(text.TokExact|text.TokOwnName) == text.TokExact {
		return d.Lexicon.Exact(t.ID, g) // written as its stem: no word to compare
	}
	s := d.Text[t.Start:t.End]
	if t.Flags&text.TokOwnName != 0 {
		s = d.ownWord(t.ID) // "Acme" read as "we"
	}
	for _, x := range d.Lexicon.GWords[g] {
		if foldsTo(s, x) || len(s) > len(x) && foldsJoined(s, x) {
			return true
		}
	}
	return false
}

// foldsJoined reports whether s, its ASCII capitals made lower case, is
// lower where lower has an apostrophe and s has any of what Tokenize reads
// as one within a word (text.ApostropheLen): "You’ve" for "you've".
func foldsJoined(s, lower string) bool {
	j := strings.IndexByte(lower, '\'')
	if j < 0 || !foldsTo(s[:min(j, len(s))], lower[:j]) {
		return false
	}
	n := text.ApostropheLen(s[j:])
	return n > 0 && foldsTo(s[j+n:], lower[j+1:])
}

// foldsTo reports whether s, its ASCII capitals made lower case, is lower.
func foldsTo(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// Answers returns the sentence that sentence si answers when si is a bare
// answer to a question of yes or no, or -1: "Yes" or "No" and at most
// three words echoing the question ("No.", "No, we do not.", "Yes, you
// can."), right after a sentence that opens its block, asks ("?") and opens
// with an auxiliary ("Do we sell your personal information?", "Can I delete
// my account?"), after the number of its item if any. The answer opens its
// block or follows the question in it. What the question asks is the
// answer's statement, denied by a "No" (see View.BuildAnswer), which
// AnswersNo reports.
func (d *Doc) Answers(si int) int {
	s := &d.Sents[si]
	if si == 0 || s.TokTo-s.TokFrom > 4 || !d.IsWord(s.TokFrom, lexicon.GAnswers) {
		return -1
	}
	for k := s.TokFrom + 1; k < s.TokTo; k++ {
		if !d.IsWord(k, lexicon.GAnswerEchoes) {
			return -1
		}
	}
	q := &d.Sents[si-1]
	if q.TokFrom != d.Blocks[q.Block].TokFrom || q.Block != s.Block && s.TokFrom != d.Blocks[s.Block].TokFrom {
		return -1
	}
	if !d.asks(q) || d.askingAux(q) < 0 {
		return -1
	}
	return si - 1
}

// asks reports whether sentence s ends with a question mark: its own last
// character, or one set apart after it, out of its span, past spaces and
// the markup that closes emphasis ("Do we use cookies ?", "**Do we sell
// your data** ?").
func (d *Doc) asks(s *text.Sentence) bool {
	if s.End > s.Start && d.Text[s.End-1] == '?' {
		return true
	}
	// (strings.TrimLeft(rest, " *_\t\r\n") as a loop: TrimLeft builds its
	// set of the cutset's bytes at each call, for every sentence.)
	rest := d.Text[s.End:d.Blocks[s.Block].End]
	i := 0
	for i < len(rest) && (rest[i] == ' ' || rest[i] == '*' || rest[i] == '_' || rest[i] == '\t' || rest[i] == '\r' || rest[i] == '\n') {
		i++
	}
	return i < len(rest) && rest[i] == '?'
}

// askingAux returns the token of the auxiliary that opens question q, after
// the number of its item if any ("5. Do we use cookies?"), or -1 when it
// opens with none (only questions of yes or no are answered bare).
func (d *Doc) askingAux(q *text.Sentence) int {
	k := q.TokFrom
	for k < q.TokTo && d.Toks[k].Num >= 0 {
		k++
	}
	if k+1 >= q.TokTo || !d.IsWord(k, lexicon.GAskingAux) {
		return -1
	}
	return k
}

// AnswersNo reports whether sentence si, a bare answer (see Answers),
// answers "No".
func (d *Doc) AnswersNo(si int) bool {
	return d.IsWord(d.Sents[si].TokFrom, lexicon.GAnswerNo)
}
