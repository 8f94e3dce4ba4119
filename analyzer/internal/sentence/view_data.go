package sentence

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// DataBetween reports whether a data type is named between positions from
// and to of the view.
//
// A call, not inlined: its loop at each of its dozen uses cost the page's
// WebAssembly a copy.
//
//go:noinline
func (vw *View) DataBetween(from, to int32) bool {
	for _, d := range vw.Hits {
		if d.From >= to {
			break
		}
		if d.From > from && vw.Entry(d).Cls == lexicon.ClassDatatype {
			return true
		}
	}
	return false
}

// InName reports whether the title-case word at p follows another
// title-case word inside the sentence: part of a name, not a common noun
// ("Kaleida Health", but not "Health information" at a sentence start).
func (vw *View) InName(p int32) bool {
	if int(p) <= vw.Own {
		return false
	}
	t, prev := vw.tok(p), vw.tok(p-1)
	if !TitleCase(t) || !TitleCase(prev) || t.SepBefore != text.SepSpace {
		return false
	}
	return !vw.Is(p-1, lexicon.GNameBreakers) // "Your Email", "Name and Email" in a title
}

// TitleAt reports whether the word at p, in the sentence, is title-case
// and joined to the one before by a space.
func (vw *View) TitleAt(p int32) bool {
	if int(p) >= len(vw.Toks) {
		return false
	}
	t := vw.Tok(p)
	return TitleCase(t) && t.SepBefore == text.SepSpace
}

// TitleCase reports whether t starts with a capital and is not all capitals.
func TitleCase(t *text.Token) bool { return t.Flags&text.TokUpper != 0 && t.Flags&text.TokAllCaps == 0 }

// DataAt reports whether a data type is named at position p.
func (vw *View) DataAt(p int32) bool {
	for _, g := range vw.Hits {
		if vw.Entry(g).Cls == lexicon.ClassDatatype && g.From <= p && p < g.To {
			return true
		}
	}
	return false
}

// HasData reports whether the sentence names a specific kind of data of a
// group other than except (lexicon.GroupOther for any).
//
// A call, not inlined: the page's WebAssembly had a copy of it at each use.
//
//go:noinline
func HasData(vw *View, except lexicon.DataGroup) bool {
	for _, h := range vw.Hits {
		e := vw.Entry(h)
		if e.Cls == lexicon.ClassDatatype && (e.Grp != except || except == lexicon.GroupOther) && !Unnamed(e) && int(h.From) >= vw.Own {
			return true
		}
	}
	return false
}

// DataFollows reports whether a specific kind of data is named anywhere
// after the sentence: the list or the details a lead ("We collect the
// following information about you:") promises. Without them the lead's own
// words are all the text says of the data.
func (vw *View) DataFollows() bool {
	d := vw.Doc
	for j := FirstAt(d.Hits, vw.Toks[len(vw.Toks)-1]+1); j < len(d.Hits); j++ {
		if e := vw.Entry(d.Hits[j]); e.Cls == lexicon.ClassDatatype && !Unnamed(e) {
			return true
		}
	}
	return false
}

// dataFirst reports whether the sentence opens with data: its first hit is
// data, within its first four words, and not a tracking technology (which
// such a sentence defines: "Web beacons are small strings of code").
func dataFirst(vw *View) bool {
	i := vw.firstOwn()
	if i < 0 {
		return false
	}
	h := vw.Hits[i]
	e := vw.Entry(h)
	return e.Cls == lexicon.ClassDatatype && e.Grp != lexicon.GroupCookiesTracking && int(h.From) < vw.Own+4
}

// firstOwn returns the index of the sentence's first hit of its own (after
// its list intro), or -1.
func (vw *View) firstOwn() int {
	for i, h := range vw.Hits {
		if int(h.From) >= vw.Own {
			return i
		}
	}
	return -1
}

// Unnamed reports whether data entry e is of a group that names no kind of
// data ("personal information", "information about you", "information"; the
// special categories are filed with them, and callers test e.Sensitive).
func Unnamed(e *lexicon.Entry) bool {
	return e.Grp == lexicon.GroupGenericPersonal || e.Grp == lexicon.GroupUnspecified
}

// dataHits counts the hits of specific data in the sentence.
func dataHits(vw *View) int {
	n := 0
	for _, h := range vw.Hits {
		if e := vw.Entry(h); e.Cls == lexicon.ClassDatatype && !h.Weak && !Unnamed(e) && int(h.From) >= vw.Own {
			n++
		}
	}
	return n
}

// ListedWithData reports whether weak data word i stands in a list of data
// ("email, name, phone, IP address"): a specific data type named within a
// few words of it, in its clause. With strict, only other data and the
// small words of a list may stand between them (not "Our emails may contain
// web beacons").
// Vague data closes a list too when only the small words of a list come
// before it ("your name, address, or other personal information"), not
// beside it otherwise ("your name and information about your visits"), nor
// as the first word of a compound ("domain name registration information").
func ListedWithData(vw *View, i int, strict bool) bool {
	h := vw.Hits[i]
	for j, g := range vw.Hits {
		e := vw.Entry(g)
		if j == i || g.Weak || e.Cls != lexicon.ClassDatatype || vw.Clause[g.From] != vw.Clause[h.From] {
			continue
		}
		if Unnamed(e) {
			if g.From > h.To && g.From-h.To <= 4 && vw.listedBetween(h.To, g.From) {
				return true
			}
			continue
		}
		if g.From >= h.To && g.From-h.To <= 4 && (!strict || vw.listedBetween(h.To, g.From)) ||
			g.To <= h.From && h.From-g.To <= 4 && (!strict || vw.listedBetween(g.To, h.From)) {
			return true
		}
	}
	return false
}

// ListHead returns where the list of data that data hit i closes begins:
// the start of the first of the data words before it, each at most three
// words from the next with only the small words of a list between ("your
// name, email, phone and address" for "address"); h's own start when no
// data word lists before it. Weak words count, so a list of bare words
// ("name, email, phone") is one list.
func ListHead(vw *View, i int) int32 {
	h := vw.Hits[i]
	from := h.From
	for j := i - 1; j >= 0; j-- {
		g := vw.Hits[j]
		if g.To > from || vw.Entry(g).Cls != lexicon.ClassDatatype {
			continue // (a hit inside the item, or no data)
		}
		if vw.Clause[g.From] != vw.Clause[h.From] || from-g.To > 3 || !vw.listedBetween(g.To, from) {
			break
		}
		from = g.From
	}
	return from
}

// listedBetween reports whether positions [from, to) between two data
// words hold only the small words of a list ("and", "or", "your", "such
// as") and other data words.
func (vw *View) listedBetween(from, to int32) bool {
	for p := from; p < to; p++ {
		// (MayHave before each Is spares most of its calls.)
		if !(vw.MayHave(lexicon.GAndOr) && vw.Is(p, lexicon.GAndOr) || vw.MayHave(lexicon.GExampleLead) && vw.Is(p, lexicon.GExampleLead) ||
			vw.MayHave(lexicon.GOf) && vw.Is(p, lexicon.GOf) || vw.In(p, lexicon.WordsDeterminers) || vw.DataAt(p)) {
			return false
		}
	}
	return true
}

// DataBefore reports whether a data type stands before hit h in its clause:
// the subject of "will not be sold".
func (vw *View) DataBefore(h lexicon.Hit) bool {
	clause := vw.Clause[h.From]
	// "Your information may be shared but will not be sold": a clause that
	// "but" or "and" opens with no subject of its own, only auxiliaries
	// and negators before h, has the data of the clause before.
	q := h.From - 1
	for q > int32(vw.Own) && vw.Clause[q] == clause && (vw.Is(q, lexicon.GAuxiliaries) || vw.In(q, lexicon.WordsModal) || vw.Is(q, lexicon.GNot)) {
		q--
	}
	if q > int32(vw.Own) && q < h.From-1 && vw.In(q, lexicon.WordsClauseJoiners) {
		clause = vw.Clause[q-1]
	}
	for _, g := range vw.Hits {
		if g.From >= h.From {
			break
		}
		if vw.Entry(g).Cls == lexicon.ClassDatatype && (vw.Clause[g.From] == vw.Clause[h.From] || vw.Clause[g.From] == clause) {
			return true
		}
	}
	return false
}

// DataAcquired reports whether business-transfer hit h is a bare word of
// acquiring or merging (words acquiring; words match by their stem:
// "acquiring" names a buyer), perhaps with its "with", with data at most
// three words after it, only spaces between, and no party first ("the
// Company acquires personal information from public sources",
// "unauthorized acquisition of user information", "an identifier that is
// not merged with previously collected data"; not "acquire other companies
// and their data", "merged with another company", nor "a merger or
// acquisition, your data ..."): it gets data, no company changes hands.
func (vw *View) DataAcquired(h lexicon.Hit) bool {
	if !vw.IsRule(h, lexicon.RBusinessTransfer) || !vw.In(h.From, lexicon.WordsAcquiring) {
		return false // (readHits asks it of every recipient hit)
	}
	if bare := h.To-h.From == 1 || h.To-h.From == 2 && vw.Is(h.From+1, lexicon.GToWith); !bare {
		return false
	}
	for _, g := range vw.Hits {
		if g.From < h.To || g.From > h.To+3 {
			continue
		}
		if !vw.Spaced(h.To-1, g.From) {
			return false
		}
		switch vw.Entry(g).Cls {
		case lexicon.ClassRecipient:
			return false
		case lexicon.ClassDatatype:
			return true
		}
	}
	return false
}
