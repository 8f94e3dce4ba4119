package sentence

import (
	"slices"
	"strings"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// CommonBrand reports whether raw hit h of a recipient is to be dropped
// before overlaps are resolved: a one-word match that names a company by a common
// word (words brand-words: "Segment", "Adjust", "Sentry") where the word is
// the word: in lower case ("audience segments"), first in its sentence,
// line or clause ("Adjust your browser settings"), or inside a run of
// capitalised words ("How To Adjust Your Settings"). Dropped before
// overlaps are resolved, such a match neither hides the hits it covers nor
// makes a party that acts in the sentence. (The caller's pass over the raw
// hits tests the class, which it reads once for its other tests too.)
func (d *Doc) CommonBrand(h lexicon.Hit) bool {
	lx, toks := d.Lexicon, d.Toks
	if h.To-h.From == 1 && lx.InSet(toks[h.From].ID, lexicon.WordsBrandWords) && !d.brandName(h.From) {
		return true
	}
	// "us@acme.zendesk.com", "https://www.facebook.com/settings": a
	// company's name in an address is where a link or a message goes,
	// not a party data goes to.
	return lx.InSet(toks[h.From].ID, lexicon.WordsCompanyNames) && d.inAddress(toks[h.From])
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
// a thousand words and first within 860 bytes (PayPal 9 times at byte 855,
// after a menu); a vendor another policy names as often is named later
// (Google in the Open Knowledge Foundation's policy, 6.6 at byte 685; PayPal
// in Tutanota's, Zendesk in a support section).
var ownTiers = [...]struct {
	start    int32
	perMille int
}{{200, 2}, {600, 4}, {1000, 8}}

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

// FindOwnNames sets d.Own: the word ids of the party names (the first word
// of a recipient hit, or a word of a source hit, capitalised there, that is
// a company's name: words company-names) that are the policy's own company
// or product, by how often and how early the text writes them.
func (d *Doc) FindOwnNames() {
	d.Own = d.Own[:0]
	if len(d.Toks) < ownWords {
		return // ownName holds no name of so short a text
	}
	// The candidates in the order of their first hits, then one pass over
	// the company names and suffixes counts them all (a pass for each was
	// most of the work).
	var seen []int32
	candidate := func(p int32) {
		t := &d.Toks[p]
		if t.Flags&text.TokUpper != 0 && d.Lexicon.InSet(t.ID, lexicon.WordsCompanyNames) && !slices.Contains(seen, t.ID) {
			seen = append(seen, t.ID)
		}
	}
	for _, h := range d.Hits {
		if d.Lexicon.Entries[h.Entry].Cls == lexicon.ClassRecipient {
			candidate(h.From)
		}
	}
	// "sign in with your Google Account", "your Tumblr account": the
	// source a name is part of.
	for _, h := range d.Aside {
		if d.Lexicon.Entries[h.Entry].Class == "source" {
			for p := h.From; p < h.To; p++ {
				candidate(p)
			}
		}
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

	// The tokens that were company names or suffixes when NamesAsWe read
	// them all (Doc.named), or, for a Doc it did not read, every token.
	toks, wordSets := d.Toks, d.Lexicon.WordSets
	named := d.named
	if !d.namedSet {
		named = make([]int32, len(toks))
		for i := range named {
			named[i] = int32(i)
		}
	}
	for _, i := range named {
		t := &toks[i]
		if uint(t.ID) >= uint(len(wordSets)) {
			continue // in no word set (Sets)
		}
		if sets := &wordSets[t.ID]; !sets.Has(lexicon.WordsCompanyNames) {
			if t.ID != 0 && sets.Has(lexicon.WordsCompanySuffixes) {
				suffixes = append(suffixes, int(i))
			}
			continue // every candidate is in the set
		}
		if j := slices.Index(seen, t.ID); j >= 0 {
			c := &counts[j]
			if c.n++; c.first < 0 {
				c.first, c.at = d.proseAt(t.Start), int(i)
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
				if at := d.proseAt(u.Start); at < first {
					first = at
				}
			}
		}
		return n, first
	}
	return n, first
}

// proseAt returns byte b of the text less the bytes of the inline data
// addresses before it ("![](data:image/svg+xml;base64,...)": an image a
// converted page opens with, thousands of bytes no reader reads), so that
// a name is first written as early as it is read (see ownTiers).
// The addresses are found once a text (dataSpans), at its first call:
// each call read the text from its start again.
func (d *Doc) proseAt(b int32) int32 {
	if !d.dataRead {
		d.dataSpans, d.dataRead = dataSpans(d.Text, d.dataSpans[:0]), true
	}
	at := b
	for k := 0; k+1 < len(d.dataSpans) && d.dataSpans[k]+int32(len("(data:")) <= b; k += 2 {
		at -= min(d.dataSpans[k+1], b-d.dataSpans[k]) // an address b cuts counts up to b
	}
	return at
}

// dataSpans appends to spans the start and length of each inline data
// address in text, from its "(data:" to its ")" (to the text's end when
// none closes it), a pair each.
func dataSpans(text string, spans []int32) []int32 {
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], "(data:")
		if j < 0 {
			break
		}
		start := i + j
		end := strings.IndexByte(text[start:], ')')
		if end < 0 {
			end = len(text) - start
		}
		spans = append(spans, int32(start), int32(end))
		i = start + end
	}
	return spans
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

// InOwnDefinition reports whether party hit h stands in the name the
// company gives itself: no verb before the party in the sentence (it is in
// the subject, not an object), and a parenthesis after it, before any verb,
// sentence stop or closing parenthesis, that holds "we", "us" or "our" in
// quotes ('Acme Ltd., together with its
// affiliated companies ("Acme", "we")', 'Bar Inc. and its affiliates
// (collectively, "Bar", "we" or "us")'). Not a party's own defined term,
// 'third party companies ("Service Providers")', nor an aside, 'service
// providers (which work on our behalf)'.
func (vw *View) InOwnDefinition(h lexicon.Hit) bool {
	if int(h.From) < vw.Own {
		return false // (a hit of the list intro)
	}
	txt := vw.Doc.Text
	end := int(vw.Tok(h.To - 1).End)
	after := txt[end:min(end+48, len(txt))]
	i := strings.IndexByte(after, '(')
	if i < 0 || strings.ContainsAny(after[:i], ".;:)") {
		return false
	}
	open := int32(end + i)
	for _, v := range vw.Verbs {
		if g := vw.Hits[v]; g.From < h.From || g.From >= h.To && vw.Tok(g.From).Start < open {
			return false
		}
	}
	for p := h.To; int(p) < len(vw.Toks); p++ {
		t := vw.tok(p)
		if t.Start < open {
			continue
		}
		if strings.IndexByte(txt[open:t.Start], ')') >= 0 {
			return false
		}
		if (vw.Is(p, lexicon.GWe) || vw.Is(p, lexicon.GUs) || vw.Is(p, lexicon.GOur)) && quotedAlone(txt, int(t.Start), int(t.End)) {
			return true
		}
	}
	return false
}

// quotedAlone reports whether txt[start:end] is quoted by itself: a quote
// mark right before it and right after it (emphasis marks and a comma
// between allowed: '“**we**”', '"we,"'), not a word of a quoted title ('see
// “How we share your information”').
func quotedAlone(txt string, start, end int) bool {
	b := strings.TrimRight(txt[max(0, start-6):start], "*_")
	a := strings.TrimLeft(txt[end:min(end+6, len(txt))], "*_,")
	return (strings.HasSuffix(b, "\"") || strings.HasSuffix(b, "“") || strings.HasSuffix(b, "'")) &&
		(strings.HasPrefix(a, "\"") || strings.HasPrefix(a, "”") || strings.HasPrefix(a, "'"))
}

// NamesOwn reports whether one of the words of hit h is one of the
// policy's own names ("your Google Account" in Google's policy): the
// company itself, or an account with it, no other party.
func (vw *View) NamesOwn(h lexicon.Hit) bool {
	if len(vw.Doc.Own) == 0 {
		return false
	}
	for p := h.From; p < h.To; p++ {
		if vw.Doc.IsOwn(vw.Tok(p).ID) {
			return true
		}
	}
	return false
}

// The forms NamesAsWe gives the policy's name for itself, in Doc.asWe's
// order.
var weForms = [3]string{"we", "us", "our"}

// ownWord returns the form of "we" whose id NamesAsWe gave a token.
func (d *Doc) ownWord(id int32) string {
	for i, x := range d.asWe {
		if x == id && id != 0 {
			return weForms[i]
		}
	}
	return ""
}

// NamesAsWe finds the names the policy defines as its own, the company's
// name it gives with "we", "us" or "our" in quotes ('Acme Inc. ("Acme",
// "we", "us")', 'Acme ("we")'), and reads each capitalised one-word use of
// them as the company speaking of itself: "Acme does not sell your data"
// as "we do not sell", "Acme's partners" as "our partners", "collected by
// Acme" as "by us". A vendor or parent company the policy names is never
// so defined. Only a word that no rule knows is taken (a known brand, such
// as "Google" or "Twitter", is a recipient: see FindOwnNames). Call it
// after the tokens are made and before they are matched.
func (d *Doc) NamesAsWe() {
	d.asWe = [3]int32{}
	names := d.frequentNames(d.definedNames())
	if len(names) == 0 {
		return
	}
	for i, w := range weForms {
		d.asWe[i] = d.Lexicon.Words.Lookup(text.Stem([]byte(w)))
	}
	if d.asWe[0] == 0 || d.asWe[1] == 0 || d.asWe[2] == 0 {
		return
	}
	// Only a token definedNames noted as shaped as a name may be one: any
	// other is a word a rule knows, or not capitalised, with no site's
	// domain after it.
	for _, k := range d.shaped {
		i := int(k)
		t := &d.Toks[i]
		s, next := d.Text[t.Start:t.End], i+1 // next: the token after the name
		// "Booking.com": a site's name is the name with its domain, even
		// of a word a rule knows ("booking").
		if site := d.siteName(i); site != "" && containsFold(names, site) {
			s, next = site, i+2
		} else if t.ID != 0 || t.Flags&text.TokUpper == 0 && !innerCapital(s) || d.inAddress(*t) {
			continue // ("info@Acme.com": an address is no actor)
		}
		possessive := false
		if n := len(s); next == i+1 && n > 2 && (s[n-1] == 's' || s[n-1] == 'S') {
			if base, ok := strings.CutSuffix(s[:n-1], "'"); ok && containsFold(names, base) {
				s, possessive = base, true
			} else if base, ok := strings.CutSuffix(s[:n-1], "’"); ok && containsFold(names, base) {
				s, possessive = base, true
			}
		}
		if !possessive && !containsFold(names, s) {
			continue
		}
		// "the Acme app", "a Xiaomi Group entity", "Bose ID": a name that
		// qualifies a noun stays a name (a company suffix after it is
		// the name's).
		if !possessive && (i > 0 && t.SepBefore == text.SepSpace && (d.IsWord(i-1, lexicon.GArticle) || d.IsWord(i-1, lexicon.GThe)) ||
			next < len(d.Toks) && d.Toks[next].SepBefore == text.SepSpace && d.Toks[next].Flags&text.TokUpper != 0 && d.Toks[next].Flags&text.TokLineStart == 0 && !d.Lexicon.InSet(d.Toks[next].ID, lexicon.WordsCompanySuffixes)) {
			continue
		}
		form := 0 // "Acme collects": we
		switch {
		case possessive:
			form = 2 // "Acme's partners": our
		case i > 0 && t.SepBefore == text.SepSpace && t.Flags&text.TokLineStart == 0 && d.IsWord(i-1, lexicon.GNameObjectLead):
			form = 1 // "collected by Acme", "contact Acme": us
		}
		t.ID, t.Flags = d.asWe[form], t.Flags|text.TokOwnName // still capitalised: "Acme" may open a sentence
		if next == i+2 {                                      // the domain goes with the name
			u := &d.Toks[i+1]
			u.ID, u.Flags = t.ID, u.Flags|text.TokOwnName
			continue
		}
		// "Acme Inc. collects", "Acme, LLC does not sell": the suffix goes
		// with the name.
		if n := i + 1; !possessive && n < len(d.Toks) && d.Toks[n].SepBefore <= text.SepComma && d.Lexicon.InSet(d.Toks[n].ID, lexicon.WordsCompanySuffixes) {
			u := &d.Toks[n]
			u.ID, u.Flags = t.ID, u.Flags|text.TokOwnName
		}
	}
}

// definedNames returns the names, in lower case, that the text defines as
// the company's own: a capitalised word no rule knows, right before a
// parenthesis (perhaps with a company suffix between) or quoted inside it,
// where the parenthesis holds "we", "us" or "our" in quotes: 'Acme Inc.
// ("Acme", "we", "us" or "our")', 'Acme ("we")', '(hereinafter "Acme" or
// "we")'; or the word a quoted "we" is said to stand for ('"we", "us" and
// "our" refer to Acme', '"we" means Acme Ltd').
func (d *Doc) definedNames() []string {
	var names []string
	add := func(k int, quotes bool) {
		t := &d.Toks[k]
		if t.ID != 0 || t.Flags&text.TokUpper == 0 && !innerCapital(d.Text[t.Start:t.End]) || t.Flags&text.TokAllCaps != 0 && t.End-t.Start < 3 {
			return
		}
		// One word alone, a name of its own: not "Widgets" of "Acme
		// Widgets", "Delaware" of "a Delaware corporation", "Antigua" of
		// "the laws of Antigua"; unquoted, not after a capitalised word
		// and a comma either ("St. Johns, Antigua (", "NING, Interactive
		// Inc. (").
		sep := d.Toks[k].SepBefore
		if k > 0 && (sep == text.SepSpace || sep == text.SepComma && !quotes) && (d.Toks[k-1].Flags&text.TokUpper != 0 || sep == text.SepSpace && (d.IsWord(k-1, lexicon.GArticle) || d.IsWord(k-1, lexicon.GOf) || d.IsWord(k-1, lexicon.GThe))) {
			return
		}
		if w := strings.ToLower(d.Text[t.Start:t.End]); !slices.Contains(names, w) {
			names = append(names, w)
		}
	}
	toks, txt := d.Toks, d.Text // in registers: the loop passes over most words at once
	// This pass over every token also notes the company names and
	// suffixes, which FindOwnNames counts (Doc.named), when the text is
	// long enough for it to count them, and the tokens written as a name
	// may be, which frequentNames and NamesAsWe read (Doc.shaped).
	wordSets, record := d.Lexicon.WordSets, len(toks) >= ownWords
	d.named, d.namedSet = d.named[:0], record
	d.shaped = d.shaped[:0]
	for k := range toks {
		t := &toks[k]
		if t.ID == 0 { // a word no rule knows, in no word set
			if t.Flags&text.TokUpper != 0 || innerCapital(txt[t.Start:t.End]) {
				d.shaped = append(d.shaped, int32(k))
			}
		} else {
			if id := uint(t.ID); record && id < uint(len(wordSets)) && (wordSets[id].Has(lexicon.WordsCompanyNames) || wordSets[id].Has(lexicon.WordsCompanySuffixes)) {
				d.named = append(d.named, int32(k))
			}
			if t.Flags&text.TokUpper != 0 && int(t.End) < len(txt) && txt[t.End] == '.' {
				d.shaped = append(d.shaped, int32(k)) // (a site's name: siteName)
			}
		}
		// Most words follow no quote mark: one byte says so (the last
		// byte of a quote mark, ASCII or curly), before the word sets.
		// (Unsigned, one test rules out both the text's first token and a
		// byte past the text.)
		if b := uint(t.Start) - 1; b >= uint(len(txt)) || !quoteEnd[txt[b]] {
			continue
		}
		if !(d.IsWord(k, lexicon.GWe) || d.IsWord(k, lexicon.GUs) || d.IsWord(k, lexicon.GOur)) || !quoted(d.Text, t.Start) {
			continue
		}
		// '"we", "us" and "our" refer to Acme', '"we" means Acme Ltd':
		// the word after the defining verb (and "to"), within a few words.
		for j := k + 1; j < len(d.Toks) && j <= k+12 && d.Toks[j].SepBefore < text.SepStop; j++ {
			if !d.IsWord(j, lexicon.GNameDefining) {
				continue
			}
			n := j + 1
			if n < len(d.Toks) && d.IsWord(n, lexicon.GTo) {
				n++
			}
			if n < len(d.Toks) && d.Toks[n].SepBefore == text.SepSpace && (n+1 >= len(d.Toks) || d.Toks[n+1].SepBefore > text.SepSpace || d.Lexicon.InSet(d.Toks[n+1].ID, lexicon.WordsCompanySuffixes)) {
				add(n, false)
			}
			break
		}
		// Back to the opening parenthesis, within a few words.
		open := -1
		for j := k; j >= 0 && j > k-8; j-- {
			gap := d.Text[:d.Toks[j].Start]
			if j > 0 {
				gap = d.Text[d.Toks[j-1].End:d.Toks[j].Start]
			}
			if strings.Contains(gap, ")") {
				break
			}
			if strings.Contains(gap, "(") {
				open = j
				break
			}
			if d.Toks[j].SepBefore >= text.SepClause {
				break
			}
		}
		if open < 0 {
			continue
		}
		for j := open; j < k; j++ {
			if quoted(d.Text, d.Toks[j].Start) && (j+1 >= len(d.Toks) || d.Toks[j+1].SepBefore > text.SepSpace || quoted(d.Text, d.Toks[j+1].Start)) {
				add(j, true)
			}
		}
		b := open - 1
		if b >= 1 && d.Lexicon.InSet(d.Toks[b].ID, lexicon.WordsCompanySuffixes) && d.Toks[b].SepBefore <= text.SepComma {
			add(b-1, false) // "Acme Inc. (", "Acme, LLC ("
		} else if b >= 0 && d.Toks[open].SepBefore <= text.SepComma {
			add(b, false) // "Acme ("
		}
	}
	return names
}

// shapedStart and shapedPerMille: a name of a shape no common word has
// (frequentNames) is the policy's own also when first written within
// shapedStart bytes and at least shapedPerMille times in a thousand words:
// later and less often than ownTiers ask of a vendor's name the rules know
// (FaceApp 5 in a thousand words, first at byte 650; freeCodeCamp, after
// its menu, first at byte 3221).
const (
	shapedStart    = 6000
	shapedPerMille = 3
)

// frequentNames appends to names, the names the text defines as its own,
// the names written in a shape no common word has, written as often and as
// early as a policy's own name is (ownName) and no word a rule knows: a
// site's name with its domain ("Booking.com", counted so even of a word a
// rule knows, not of a company the rules name: see FindOwnNames), or a
// word with a capital after a small letter ("GitHub", "edX", "eBay"), not
// its possessive (a name such as "McDonald’s" is one). In lower case, as
// definedNames gives them; a site's with its domain.
func (d *Doc) frequentNames(names []string) []string {
	toks, txt := d.Toks, d.Text
	if len(toks) < ownWords || len(d.shaped) < ownMin {
		return names // (ownName holds no name written fewer times)
	}
	type tally struct {
		name  string
		n     int
		first int32 // the byte of its first token (proseAt is read for a name written often enough only)
		ascii bool  // name is all ASCII (isASCII)
	}
	var counts []tally
	// Only the tokens definedNames noted as shaped as a name (Doc.shaped)
	// may be either: a site's name has a dot right after it, and only a
	// word no rule knows is read for capitals.
	for _, k32 := range d.shaped {
		k := int(k32)
		t := &toks[k]
		w := ""
		if int(t.End) < len(txt) && txt[t.End] == '.' {
			w = d.siteName(k)
		}
		if w == "" && t.ID == 0 && t.End-t.Start > 2 && t.Flags&text.TokAllCaps == 0 {
			if s := txt[t.Start:t.End]; innerCapital(s) && !strings.ContainsAny(s, "'’") && !d.inAddress(*t) {
				w = s
			}
		}
		if w == "" {
			continue
		}
		// Two ASCII words are the same in any case only at the same
		// length (one with a letter such as the Kelvin sign, "K", may be
		// "k" at another): most names are told apart so, without a call.
		ascii := text.IsASCII(w)
		j := slices.IndexFunc(counts, func(c tally) bool {
			return (len(c.name) == len(w) || !ascii || !c.ascii) && strings.EqualFold(c.name, w)
		})
		if j < 0 {
			counts = append(counts, tally{w, 0, t.Start, ascii})
			j = len(counts) - 1
		}
		counts[j].n++
	}
	for _, c := range counts {
		if c.n < ownMin {
			continue // (neither test below holds)
		}
		first := d.proseAt(c.first)
		if !ownName(c.n, len(toks), first) && !(first < shapedStart && c.n*1000 >= shapedPerMille*len(toks)) {
			continue
		}
		if w := strings.ToLower(c.name); !slices.Contains(names, w) {
			names = append(names, w)
		}
	}
	return names
}

// siteName returns the name of a site the token at k starts, written as a
// capitalised word and its top-level domain ("Booking.com"), or "": not a
// word of an address ("help.Booking.com", "us@Acme.com"), nor a company
// the rules name ("Amazon.com": see FindOwnNames).
func (d *Doc) siteName(k int) string {
	toks, txt := d.Toks, d.Text
	t := &toks[k]
	if t.Flags&text.TokUpper == 0 || k+1 >= len(toks) || int(t.End) >= len(txt) || txt[t.End] != '.' {
		return ""
	}
	n := &toks[k+1]
	if n.Start != t.End+1 || n.ID != 0 || n.Flags&text.TokUpper != 0 || !text.IsASCIILetter(txt[n.Start]) {
		return ""
	}
	if t.Start > 0 && strings.IndexByte(".@/", txt[t.Start-1]) >= 0 || int(n.End) < len(txt) && (txt[n.End] == '.' || txt[n.End] == '/') && int(n.End)+1 < len(txt) && text.IsASCIIAlnum(txt[n.End+1]) {
		return ""
	}
	if d.Lexicon.InSet(t.ID, lexicon.WordsCompanyNames) {
		return ""
	}
	return txt[t.Start:n.End]
}

// innerCapital reports whether word s has a capital letter right after a
// small one ("GitHub", "edX", "eBay"): written so, a word is a name.
func innerCapital(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' && s[i-1] >= 'a' && s[i-1] <= 'z' {
			return true
		}
	}
	return false
}

// quoteEnd marks the bytes a quote mark may end with: ", ' and the last
// bytes of “, ” and ‘ (0x9c, 0x9d, 0x98).
var quoteEnd = [256]bool{'"': true, '\'': true, 0x9c: true, 0x9d: true, 0x98: true}

// containsFold reports whether names holds s in any case (names are in
// lower case): no lower-case copy of each capitalised word is made.
func containsFold(names []string, s string) bool {
	return slices.ContainsFunc(names, func(n string) bool { return strings.EqualFold(n, s) })
}

// quoted reports whether a quote mark stands right before byte at of s.
func quoted(s string, at int32) bool {
	p := s[:at]
	return strings.HasSuffix(p, `"`) || strings.HasSuffix(p, "“") || strings.HasSuffix(p, "'") || strings.HasSuffix(p, "‘") || strings.HasSuffix(p, "”")
}
