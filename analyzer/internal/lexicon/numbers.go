package lexicon

import (
	"github.com/policylens/policylens/analyzer/internal/text"
	"github.com/policylens/policylens/internal/decimal"
)

// Number reads the number that starts at token p of n tokens, tok(i)
// giving token i: figures ("30") or words, rule class "number", looked up,
// whose ids are their values ("thirty"; a word of tens and one of ones,
// "twenty-four", "twenty four"; a value of a hundred or more multiplies the
// words before it, "one hundred"; a word of class "number-and" joins the
// words after a hundred, "one hundred and eighty"), the words of one number
// with nothing but a space or hyphen between them. It returns the value and
// the token after the number; -1 and p when token p starts none.
func (lx *Lexicon) Number(tok func(int32) *text.Token, p, n int32) (int, int32) {
	if p >= n {
		return -1, p
	}
	if t := tok(p); t.Num >= 0 {
		return int(t.Num), p + 1
	}
	v := lx.numberWord(tok(p).ID)
	if v < 0 {
		return -1, p
	}
	total, last, to := 0, 0, p+1
	for {
		if v >= 100 {
			total = max(total, 1) * v // "one hundred"
		} else {
			total += v
		}
		last = v
		if to >= n || tok(to).SepBefore != text.SepSpace {
			return total, to
		}
		next := to
		if last >= 100 && next+1 < n && lx.Lookup(tok(next).ID, "number-and") != nil && tok(next+1).SepBefore == text.SepSpace {
			next++ // "one hundred and eighty"
		}
		w := lx.numberWord(tok(next).ID)
		switch {
		case w >= 100 && total < 100, // "one hundred"
			w >= 0 && w < 100 && last >= 100,                             // "hundred eighty", "hundred and eighty"
			w >= 0 && w < 10 && last >= 20 && last < 100 && last%10 == 0: // "twenty-four"
			v, to = w, next+1
		default: // "four five", "ten years"
			return total, to
		}
	}
}

// numberWord is the value of the word of id, a word of rule class "number",
// or -1.
func (lx *Lexicon) numberWord(id int32) int {
	e := lx.Lookup(id, "number")
	if e == nil {
		return -1
	}
	v, _ := decimal.Atoi(e.ID)
	return v
}

// NumberEnding returns where the number that ends at token p starts, at
// from or after, and its value: "one hundred and eighty" before "days";
// "thirty (30)", "1 (one)" with its restatement (see Restated); p and -1
// when none ends there.
func (lx *Lexicon) NumberEnding(tok func(int32) *text.Token, from, p int32) (int32, int) {
	for q := max(from, p-7); q <= p; q++ {
		if v, to := lx.Number(tok, q, p+1); v >= 0 && lx.Restated(tok, q, to, p+1) == p+1 {
			return q, v
		}
	}
	return p, -1
}

// Restated returns the end of the same number written the other way in
// brackets (or after a comma) after the number of tokens [p, to) ("seven
// (7)", "1 (one)"), or to when none follows.
func (lx *Lexicon) Restated(tok func(int32) *text.Token, p, to, n int32) int32 {
	if to >= n || tok(to).SepBefore != text.SepComma || (tok(to).Num >= 0) == (tok(p).Num >= 0) {
		return to
	}
	v, _ := lx.Number(tok, p, to)
	if w, end := lx.Number(tok, to, n); w == v {
		return end
	}
	return to
}
