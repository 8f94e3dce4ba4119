package sentence

import (
	"slices"
	"strings"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// CommonBrands drops from raw (in token order) the one-word recipient
// matches that name a company by a common word (words brand-words:
// "Segment", "Adjust", "Sentry") where the word is the word: in lower case
// ("audience segments"), first in its sentence, line or clause ("Adjust your
// browser settings"), or inside a run of capitalised words ("How To Adjust
// Your Settings"). Dropped before overlaps are resolved, such a match
// neither hides the hits it covers nor makes a party that acts in the
// sentence.
func (d *Doc) CommonBrands(raw []lexicon.Hit) []lexicon.Hit {
	lx, toks := d.Lexicon, d.Toks
	out := raw[:0]
	for _, h := range raw {
		if lx.Entries[h.Entry].Cls == lexicon.ClassRecipient {
			if h.To-h.From == 1 && lx.InSet(toks[h.From].ID, lexicon.WordsBrandWords) && !d.brandName(h.From) {
				continue
			}
			// "us@acme.zendesk.com", "https://www.facebook.com/settings": a
			// company's name in an address is where a link or a message
			// goes, not a party data goes to.
			if lx.InSet(toks[h.From].ID, lexicon.WordsCompanyNames) && d.inAddress(toks[h.From]) {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// brandName reports whether the word at p is written as a name: capitalised,
// and not after another capitalised word joined by a space; first in its
// sentence, line or clause, only with a word after it that is neither a
// small word nor "of" ("Segment uses cookies", not "Adjust your browser
// settings", "Segments of users").
func (d *Doc) brandName(p int32) bool {
	lx, toks := d.Lexicon, d.Toks
	t := toks[p]
	if t.Flags&text.TokUpper == 0 {
		return false
	}
	if p == 0 || t.Flags&text.TokLineStart != 0 || t.SepBefore >= text.SepClause {
		if int(p)+1 >= len(toks) {
			return false
		}
		n := toks[p+1]
		return n.SepBefore == text.SepSpace && n.Flags&text.TokLineStart == 0 && !lx.InSet(n.ID, lexicon.WordsDeterminers) && !d.IsWord(int(p)+1, lexicon.GOf)
	}
	return !(t.SepBefore == text.SepSpace && toks[p-1].Flags&text.TokUpper != 0)
}

// inAddress reports whether token t is part of a web or email address: a
// dot, "@" or "/" right before it, or a dot and a letter right after it
// ("zendesk.com").
func (d *Doc) inAddress(t text.Token) bool {
	if t.Start > 0 {
		switch d.Text[t.Start-1] {
		case '.', '@', '/':
			return true
		}
	}
	e := int(t.End)
	return e+1 < len(d.Text) && d.Text[e] == '.' && text.IsASCIILetter(d.Text[e+1])
}

// ownTiers say when a recipient's name is the policy's own (the policy of
// Twitter naming Twitter, Zendesk's naming Zendesk): written at least
// ownMin times, first within the first start bytes (its title or first
// lines) and at least perMille times in a thousand words; the later it is
// first written, the more often it must be. In the TOSBack policies the
// companies' own names are written 3 (Snapchat, at byte 131) to 24 times in
// a thousand words and first within 860 bytes; a vendor another policy names
// as often is named later (Google in the Open Knowledge Foundation's policy,
// 6.6 at byte 685; PayPal in Tutanota's, Zendesk in a support section).
var ownTiers = [...]struct {
	start    int32
	perMille int
}{{200, 2}, {600, 4}, {1000, 10}}

// ownMin is how often a name must be written to be the policy's own;
// ownWords how many words a text must have for a name to be its own (a
// paragraph on Google Analytics names Google often and early).
const (
	ownMin   = 8
	ownWords = 1000
)

// ownName reports whether a name written n times in a text of words words,
// first at byte first, is the text's own (see ownTiers).
func ownName(n, words int, first int32) bool {
	if n < ownMin || words < ownWords {
		return false
	}
	for _, t := range ownTiers {
		if first < t.start && n*1000 >= t.perMille*words {
			return true
		}
	}
	return false
}

// FindOwnNames sets d.Own: the word ids of the recipient names (the first
// word of a recipient hit, capitalised there, that is a company's name:
// words company-names) that are the policy's own
// company or product, by how often and how early the text writes them.
func (d *Doc) FindOwnNames() {
	d.Own = d.Own[:0]
	if len(d.Toks) < ownWords {
		return // ownName holds no name of so short a text
	}
	// The candidates in the order of their first hits, then one pass over
	// the tokens counts them all (a pass for each was most of the work).
	var seen []int32
	for _, h := range d.Hits {
		t := &d.Toks[h.From]
		if d.Lexicon.Entries[h.Entry].Cls != lexicon.ClassRecipient || t.Flags&text.TokUpper == 0 || !d.Lexicon.InSet(t.ID, lexicon.WordsCompanyNames) || slices.Contains(seen, t.ID) {
			continue
		}
		seen = append(seen, t.ID)
	}
	if len(seen) == 0 {
		return
	}
	type tally struct {
		n     int
		first int32 // the byte of its first token
		at    int   // the index of its first token
	}
	var buf [16]tally
	counts := buf[:0]
	for range seen {
		counts = append(counts, tally{0, -1, 0})
	}
	var suffixes []int // the tokens that are company suffixes, for companyNames
	for i := range d.Toks {
		t := &d.Toks[i]
		if sets := d.Lexicon.Sets(t.ID); !sets.Has(lexicon.WordsCompanyNames) {
			if t.ID != 0 && sets.Has(lexicon.WordsCompanySuffixes) {
				suffixes = append(suffixes, i)
			}
			continue // every candidate is in the set
		}
		if j := slices.Index(seen, t.ID); j >= 0 {
			c := &counts[j]
			if c.n++; c.first < 0 {
				c.first, c.at = t.Start, i
			}
		}
	}
	var makers []string
	found := false
	for j, id := range seen {
		n, first := counts[j].n, counts[j].first
		if !ownName(n, len(d.Toks), first) {
			// "Snap Inc." and its "Snapchat": a product named by
			// extending the company's own name is the company's, and
			// the two names are written together.
			if !found {
				makers, found = d.companyNames(suffixes), true
			}
			n, first = d.extendedName(d.Toks[counts[j].at], makers, n, first)
		}
		if ownName(n, len(d.Toks), first) {
			d.Own = append(d.Own, id)
		}
	}
}

// companyNames returns the names written as a company's, a capitalised word
// right before a company suffix ("Snap Inc.", "Acme Ltd"), in lower case;
// suffixes are the indices of the tokens that are company suffixes.
func (d *Doc) companyNames(suffixes []int) []string {
	var names []string
	for _, i := range suffixes {
		if i == 0 {
			continue
		}
		p := &d.Toks[i-1]
		if p.Flags&text.TokUpper == 0 || p.End-p.Start < 3 {
			continue
		}
		if w := strings.ToLower(d.Text[p.Start:p.End]); !slices.Contains(names, w) {
			names = append(names, w)
		}
	}
	return names
}

// extendedName adds to a recipient name's tally (n times, first at byte
// first) the company name of makers it extends ("Snapchat" of "Snap
// Inc."): written capitalised, counted with the product's name.
func (d *Doc) extendedName(t text.Token, makers []string, n int, first int32) (int, int32) {
	w := strings.ToLower(d.Text[t.Start:t.End])
	for _, m := range makers {
		if len(m) >= len(w) || !strings.HasPrefix(w, m) {
			continue
		}
		for i := range d.Toks {
			u := &d.Toks[i]
			if u.Flags&text.TokUpper != 0 && int(u.End-u.Start) == len(m) && strings.EqualFold(d.Text[u.Start:u.End], m) {
				n++
				if u.Start < first {
					first = u.Start
				}
			}
		}
		return n, first
	}
	return n, first
}

// IsOwn reports whether word id is one of the policy's own names.
func (d *Doc) IsOwn(id int32) bool {
	for _, x := range d.Own {
		if x == id {
			return true
		}
	}
	return false
}

// OwnName reports whether hit h starts with one of the policy's own names
// ("Twitter", "Facebook Pixel" in Facebook's policy): the company itself,
// no party it passes data to.
func (vw *View) OwnName(h lexicon.Hit) bool {
	if len(vw.Doc.Own) == 0 {
		return false
	}
	t := vw.Tok(h.From)
	return vw.Doc.IsOwn(t.ID)
}
