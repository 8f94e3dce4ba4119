package classes

import (
	"strings"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
	"github.com/policylens/policylens/analyzer/internal/text"
	"github.com/policylens/policylens/internal/decimal"
)

// updatedClass judges when the policy says it was last updated or took
// effect (rule class "updated", an aside class): the date right after
// "Last updated", "Effective Date", "revised", "took effect". The finding
// is the date as written; its evidence carries the date read as yyyymmdd
// or yyyymm when the month is a word or the numbers leave no doubt (see
// readDate). A date counts in a date line (its cue opens the sentence or a
// clause of it: "Last updated: May 1, 2020") or where the policy is named before the cue
// ("This policy was revised on"); "The law took effect on January 1, 2020"
// is another event's, even as a sentence of its own.
type updatedClass struct{}

func (*updatedClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	p := h.To
	// "Date:" labels the date after it, opening its line or after the
	// policy's name ("Terms of Service ... Date: March 16, 2017"); "the date
	// of your visit" is no cue, nor is "Starting date:" another event's.
	glued := gluedCue(vw, h)
	if vw.IsRule(h, lexicon.RDateLabel) {
		if int(p) >= len(vw.Toks) || vw.Tok(p).SepBefore != text.SepClause {
			return drop("updated/no-date")
		}
		if !opensLine(vw, h) && !policyBefore(vw, h) && !glued {
			return drop("updated/another-event")
		}
	}
	for n := 0; n < 6 && int(p) < len(vw.Toks) && vw.Is(p, lexicon.GDateLead); n++ {
		p++
	}
	p = byAgent(vw, h, p)
	p = versionNumberEnd(vw, h, p)
	at, ok := readDate(vw, p)
	if !ok {
		// "On May 15, 2018, we adopted an amended Privacy Policy": the
		// date opens the sentence, and the policy follows the verb.
		if at, ok = dateOpening(vw, h); ok && policyAfter(vw, h) {
			return verdict{decision: decision{Kind: "updated", ID: vw.Entry(h).ID, Category: "policy-change"}, Keep: true, Reason: "updated/date-before", At: at}
		}
		return drop("updated/no-date")
	}
	// "As of September 8, 2020" is the policy's date as a line of its
	// own; "As of January 1, 2020, residents may ..." is the law's.
	if vw.IsRule(h, lexicon.RAsOf) && (int(at.To) != len(vw.Toks) || !opensLine(vw, h) && !glued) {
		return drop("updated/not-a-date-line")
	}
	// "Last updated: May 1, 2020", "Effective Date: ...": a date line
	// opens with its cue; elsewhere the policy is named before it, and a
	// law or a feature takes effect as well as a policy.
	opens := int(h.From) <= vw.Own+1 || vw.Clause[h.From] != vw.Clause[h.From-1] || dashBefore(vw, h.From) || glued // "Your Privacy Rights – Effective August 18, 2020"
	if (!opens || vw.IsRule(h, lexicon.RInForce)) && !policyBefore(vw, h) {
		return drop("updated/another-event")
	}
	return verdict{decision: decision{Kind: "updated", ID: vw.Entry(h).ID, Category: "policy-change"}, Keep: true, Reason: "updated/date", At: at}
}

// dateLineClass judges a date that is a line of its own under the cue that
// names it (rule class "month"): "Effective Date:" and then "October 28,
// 2019" on the next line, as a page's text often reads, the first entry
// under a change log's name ("Version history" and then "August 1, 2016:
// First version"), and a date line that opens the text or stands right
// under its title. Any other month names nothing by itself.
type dateLineClass struct{}

func (*dateLineClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	own := int32(vw.Own)
	if h.From != own && (h.From != own+1 || dayAt(vw, own) == 0) { // "25 May 2018" opens with its day
		return drop("month/not-a-finding") // a month in a sentence: a date the updated class may read
	}
	at, ok := readDate(vw, own)
	line := ok && int(at.To) == len(vw.Toks)
	if !ok || !line && !entryAfter(vw, at.To) {
		return drop("updated/not-a-date-line")
	}
	cue, ok := cueLineBefore(vw)
	if !ok {
		// "August 18th, 2016" as the text's first line, or right under
		// its title: the document's date.
		if line && vw.OpensText() {
			return verdict{decision: decision{Kind: "updated", ID: "updated", Category: "policy-change"}, Keep: true, Reason: "updated/opening-date-line", At: at}
		}
		return drop("updated/no-cue-before")
	}
	if !line && !vw.IsRule(cue, lexicon.RHistory) {
		return drop("updated/not-a-date-line")
	}
	return verdict{decision: decision{Kind: "updated", ID: vw.Entries[cue.Entry].ID, Category: "policy-change"}, Keep: true, Reason: "updated/date-line", At: at}
}

// byAgent returns where the date starts when the body that adopted or
// approved the policy stands between the cue at h and the date: "Adopted by
// the board on September 20, 2018". "by" follows the cue right away, and
// "on" comes within six words, just before a date; otherwise p.
func byAgent(vw *sentence.View, h lexicon.Hit, p int32) int32 {
	if p != h.To || int(p) >= len(vw.Toks) || !vw.Is(p, lexicon.GBy) {
		return p
	}
	for q := p + 2; q < p+8 && int(q) < len(vw.Toks); q++ {
		if vw.Is(q, lexicon.GOn) {
			if _, ok := readDate(vw, q+1); ok {
				return q + 1
			}
			return p
		}
	}
	return p
}

// gluedCue reports whether the word right before hit h, with a space
// between, ends in the first word of a date line's cue (grammar glued-cues)
// run into a word before it: a capital right after a lower-case letter
// ("Privacy PolicyLast Modified: May 1, 2020", "Terms of Service
// AgreementEffective as of June 2, 2020"). A page's heading ran into the
// date line under it, which the cue opens.
func gluedCue(vw *sentence.View, h lexicon.Hit) bool {
	p := h.From - 1
	if p < int32(vw.Own) || vw.Tok(h.From).SepBefore != text.SepSpace {
		return false
	}
	t := vw.Tok(p)
	w := vw.Doc.Text[t.Start:t.End]
	for _, cue := range vw.Doc.Lexicon.GWords[lexicon.GGluedCues] {
		n := len(w) - len(cue)
		if n > 0 && strings.EqualFold(w[n:], cue) && w[n] >= 'A' && w[n] <= 'Z' && w[n-1] >= 'a' && w[n-1] <= 'z' {
			return true
		}
	}
	return false
}

// opensLine reports whether hit h opens its sentence or its line ("Date:"
// and "As of" as labels of the date after them).
func opensLine(vw *sentence.View, h lexicon.Hit) bool {
	return int(h.From) == vw.Own || vw.Tok(h.From).Flags&text.TokLineStart != 0
}

// entryAfter reports whether a colon or a dash follows the date that ends
// at p, and words after it: an entry of a change log ("September 16,
// 2018: First version").
func entryAfter(vw *sentence.View, p int32) bool {
	return int(p) < len(vw.Toks) && (vw.Tok(p).SepBefore == text.SepClause || dashBefore(vw, p))
}

// cueLineBefore returns the hit of a date's cue ("Last updated", "Effective
// Date") that ends the line or the sentence just before the sentence of vw,
// with at most words such as "on" or "date" after it.
func cueLineBefore(vw *sentence.View) (lexicon.Hit, bool) {
	d := vw.Doc
	k0 := int32(vw.Toks[vw.Own])
	if k0 == 0 || d.Toks[k0].Flags&text.TokLineStart == 0 && d.Toks[k0].SepBefore < text.SepStop { // "When was this policy last updated? August 22, 2019."
		return lexicon.Hit{}, false
	}
	for j := sentence.FirstAt(d.Aside, int(k0)) - 1; j >= 0; j-- {
		g := d.Aside[j]
		if g.To < k0-3 {
			break
		}
		if vw.Entries[g.Entry].Class != "updated" || vw.Entries[g.Entry].ID == "in-force" {
			continue
		}
		for k := g.To; k < k0; k++ {
			if !d.IsWord(int(k), lexicon.GDateLead) {
				return lexicon.Hit{}, false
			}
		}
		return g, true
	}
	return lexicon.Hit{}, false
}

// versionNumberEnd returns the position after the version number at p when
// the cue h is "version" ("Version 1.0 - November 9, 2017", "Version: 1.1,
// 22.03.2018"), else p: the date comes after the number.
func versionNumberEnd(vw *sentence.View, h lexicon.Hit, p int32) int32 {
	if h.To-h.From != 1 || int(p) >= len(vw.Toks) || !vw.Is(h.From, lexicon.GPolicyWords) || vw.Tok(p).Num < 0 {
		return p
	}
	if _, date := readDate(vw, p); date {
		return p // "Version 22.03.2018": the number is the date
	}
	q := p + 1
	for int(q) < len(vw.Toks) && vw.Tok(q).Num >= 0 && joinedBy(vw, q) && vw.Doc.Text[vw.Tok(q-1).End] == '.' {
		q++
	}
	return q
}

// dashBefore reports whether a dash or a bar stands between the token at p
// and the one before it ("Created: 31 Jan 2011 - Last updated: ...").
func dashBefore(vw *sentence.View, p int32) bool {
	for _, c := range vw.Doc.Text[vw.Tok(p-1).End:vw.Tok(p).Start] {
		switch c {
		case '-', '|', '–', '—':
			return true
		}
	}
	return false
}

// dateOpening reads the date of "On <date>," opening the sentence, at most
// three words before hit h ("On May 15, 2018, edX adopted").
func dateOpening(vw *sentence.View, h lexicon.Hit) (Evidence, bool) {
	own := int32(vw.Own)
	if int(own)+1 >= len(vw.Toks) || !vw.Is(own, lexicon.GOn) {
		return Evidence{}, false
	}
	at, ok := readDate(vw, own+1)
	if !ok || at.To >= h.From || h.From-at.To > 3 || vw.Tok(at.To).SepBefore != text.SepComma {
		return Evidence{}, false
	}
	return at, true
}

// policyAfter reports whether a name of the policy stands after hit h in
// its clause, within six words ("adopted an amended Privacy Policy"); "it"
// and "this" there stand for anything ("adopted this approach").
func policyAfter(vw *sentence.View, h lexicon.Hit) bool {
	for q := h.To; int(q) < len(vw.Toks) && q < h.To+6 && vw.Clause[q] == vw.Clause[h.From]; q++ {
		if vw.Is(q, lexicon.GPolicyWords) && !vw.Is(q, lexicon.GItThem) && !vw.Is(q, lexicon.GThis) {
			return true
		}
	}
	return false
}

// policyBefore reports whether a name of the policy stands before hit h in
// its clause ("This Privacy Policy was last revised", "this version takes
// effect").
func policyBefore(vw *sentence.View, h lexicon.Hit) bool {
	for q := h.From - 1; q >= int32(vw.Own) && vw.Clause[q] == vw.Clause[h.From]; q-- {
		if vw.Is(q, lexicon.GPolicyWords) {
			return true
		}
	}
	return false
}

// past returns p, or the position after it when the word at p is of set g
// ("September the 20th", "1st of May").
func past(vw *sentence.View, p int32, g lexicon.GrammarSet) int32 {
	if int(p) < len(vw.Toks) && vw.Is(p, g) {
		return p + 1
	}
	return p
}

// readDate reads a date at position p: "May 1, 2020", "Jan. 2, 2014",
// "March 2019", "1 May 2020", "3rd March 2019", "2021-03-04",
// "01/05/2020". N is the date as yyyymmdd (yyyymm without a day), or 0
// when it cannot be told: day and month both 12 or under in a date of
// numbers ("01/05/2020" is January in the US and May in Europe).
func readDate(vw *sentence.View, p int32) (Evidence, bool) {
	if int(p) >= len(vw.Toks) {
		return Evidence{}, false
	}
	if m := monthAt(vw, p); m > 0 { // May 1, 2020; March 2019; September the 20th 2018
		q := past(vw, p+1, lexicon.GThe)
		if d := dayAt(vw, q); d > 0 {
			if y := yearAt(vw, q+1, false); y > 0 {
				return Evidence{From: p, To: q + 2, N: y*10000 + m*100 + d}, true
			}
		}
		if y := yearAt(vw, p+1, shortMonth(vw, p)); y > 0 {
			return Evidence{From: p, To: p + 2, N: y*100 + m}, true
		}
		return Evidence{}, false
	}
	if d := dayAt(vw, p); d > 0 { // 1 May 2020, 1st of May, 2020
		q := past(vw, p+1, lexicon.GOf)
		if m := monthAt(vw, q); m > 0 {
			if y := yearAt(vw, q+1, false); y > 0 {
				return Evidence{From: p, To: q + 2, N: y*10000 + m*100 + d}, true
			}
		}
	}
	return numericDate(vw, p)
}

// numericDate reads a date of three numbers joined by "/", "-" or ".":
// year first (2021-03-04), or day and month in either order, read only when
// one of them is over 12 or both are the same.
func numericDate(vw *sentence.View, p int32) (Evidence, bool) {
	if int(p)+2 >= len(vw.Toks) {
		return Evidence{}, false
	}
	var n [3]int
	for k := int32(0); k < 3; k++ {
		t := vw.Tok(p + k)
		if t.Num < 0 || k > 0 && !joinedBy(vw, p+k) {
			return Evidence{}, false
		}
		n[k] = int(t.Num)
	}
	at := Evidence{From: p, To: p + 3}
	if vw.Tok(p).End-vw.Tok(p).Start == 4 { // 2021-03-04
		at.N = validDate(n[0], n[1], n[2])
		return at, at.N > 0
	}
	y := n[2]
	if vw.Tok(p+2).End-vw.Tok(p+2).Start == 2 {
		y += 2000
	}
	switch {
	case n[0] > 12 && n[1] <= 12: // 31/12/2020
		at.N = validDate(y, n[1], n[0])
	case n[1] > 12 && n[0] <= 12: // 12/31/2020
		at.N = validDate(y, n[0], n[1])
	case n[0] == n[1]:
		at.N = validDate(y, n[0], n[1])
	}
	return at, y >= 1990 && y <= 2100 && n[0] >= 1 && n[1] >= 1 && n[0] <= 31 && n[1] <= 31
}

// joinedBy reports whether the token at p follows the one before it with a
// single "/", "-" or "." between them.
func joinedBy(vw *sentence.View, p int32) bool {
	a, b := vw.Tok(p-1), vw.Tok(p)
	if b.Start-a.End != 1 {
		return false
	}
	switch vw.Doc.Text[a.End] {
	case '/', '-', '.':
		return true
	}
	return false
}

// validDate is y, m, d as yyyymmdd, or 0 when they are no date.
func validDate(y, m, d int) int {
	if y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0
	}
	return y*10000 + m*100 + d
}

// monthAt returns the month (1..12) named at p, 0 when none. A month hit's
// entry id is its number.
func monthAt(vw *sentence.View, p int32) int {
	for _, g := range vw.Aside {
		if g.From == p && vw.Entry(g).Class == "month" {
			m, _ := decimal.Atoi(vw.Entry(g).ID)
			return m
		}
	}
	return 0
}

// dayAt returns the day of the month at p: a number from 1 to 31, or one
// with two letters after it ("3rd", "21st"); 0 when none.
func dayAt(vw *sentence.View, p int32) int {
	if int(p) >= len(vw.Toks) {
		return 0
	}
	t := vw.Tok(p)
	if t.Num >= 1 && t.Num <= 31 && t.End-t.Start <= 2 {
		return int(t.Num)
	}
	s := vw.Doc.Text[t.Start:t.End]
	if n := len(s); n == 3 || n == 4 {
		if d, ok := decimal.Atoi(s[:n-2]); ok && d >= 1 && d <= 31 && text.ASCIILetters(s[n-2:]) {
			return d
		}
	}
	return 0
}

// shortMonth reports whether the month at p is written short, with its
// dot: "Sept." of "Sept. 2019".
func shortMonth(vw *sentence.View, p int32) bool {
	t := vw.Tok(p)
	return t.End-t.Start <= 4 && int(t.End) < len(vw.Doc.Text) && vw.Doc.Text[t.End] == '.'
}

// yearAt returns the year (1990..2100) at p, 0 when none: after a comma
// or a space, or after a stop when afterStop (the dot of a short month,
// "Sept. 2019").
func yearAt(vw *sentence.View, p int32, afterStop bool) int {
	if int(p) >= len(vw.Toks) {
		return 0
	}
	if t := vw.Tok(p); t.Num >= 1990 && t.Num <= 2100 && (t.SepBefore <= text.SepComma || afterStop && t.SepBefore == text.SepStop) {
		return int(t.Num)
	}
	return 0
}
