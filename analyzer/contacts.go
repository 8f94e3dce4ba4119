package analyzer

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer/internal/sentence"
	"github.com/policylens/policylens/analyzer/internal/text"
)

const (
	maxContacts     = 40
	maxExaminedURLs = 2000
)

// contactWords in a web address mark it as a way to reach the company or use
// a right, wherever it stands.
var contactWords = []string{"contact", "optout", "opt-out", "opt_out", "dnt", "choice", "unsubscribe", "preference", "setting",
	"aboutads", "networkadvertising", "donotsell", "do-not-sell", "request", "complaint",
	"ftc.gov", "ico.org.uk", "edpb"}

// contactParts are contactWords that count only as a whole part of the
// address: "/opt/", "#optin" and "/forms/" are, "adopt", "options",
// "platform", "formats", "information", "copyright" and "redpocket" are not
// ("ads", in "uploads" and "downloads" as in the hosts of ad servers, says
// nothing on its own).
var contactParts = []string{"opt", "optin", "opting", "right", "rights", "dpo", "form", "forms"}

// contactWordSet, contactPartSet, contactCueSet, pointerCueSet and
// pastVersionCueSet find contactWords, contactParts, contactCues,
// pointerCues and pastVersionCues.
var (
	contactWordSet = newCueSet(contactWords)
	contactPartSet = newCueSet(contactParts)
	contactCueSet  = newCueSet(contactCues)
	pointerCueSet  = newCueSet(pointerCues)

	pastVersionCueSet = newCueSet(pastVersionCues)
)

// assetEnds are the endings of web addresses of a page's files (images,
// scripts, style sheets, fonts): the page's make-up, never a way to reach
// anyone. Each starts with a dot (pageAsset tests it first).
var assetEnds = []string{".svg", ".png", ".gif", ".jpg", ".jpeg", ".webp", ".ico", ".js", ".css", ".woff", ".woff2", ".ttf"}

// contactCues in a sentence mark the web addresses in it as ways to reach
// the company: "contact us at", "write to"; pointerCues mark them so only on
// the company's own site ("learn more at", "visit"): on another's, "learn
// more about how Google uses data at ..." points to that company's policy.
// Each is a whole word of the sentence outside its web addresses (see
// cueInProse): not "your contacts" (an address book), "visitors", "as
// submitted", nor "visiting" inside ".../company/visiting/".
var (
	contactCues = []string{"contact", "contacting", "contacted", "write", "in writing", "question", "questions",
		"request", "requests", "requesting", "opt out", "opt-out", "complaint", "complaints",
		"email us", "e-mail us", "call us", "submit", "by mail", "reach us", "be reached"}
	pointerCues = []string{"visit", "visiting", "go to", "please see", "learn more", "more information", "available at",
		"can be found", "click", "clicking"}
)

// pastVersionCues in a sentence that points on mark its address as an
// earlier version of the policy ("to see the prior version, click here"):
// something to read, no way to reach them.
var pastVersionCues = []string{"prior version", "previous version", "earlier version", "older version", "archived version",
	"past version", "prior versions", "previous versions", "earlier versions", "older versions", "archived versions",
	"past versions", "previous policy", "prior policy", "previous privacy policy", "prior privacy policy"}

// contacts appends to stated, the sentences' findings in sentence order, the
// email addresses and web links in the input: the ways to reach the company
// or use a right.
func contacts(d *sentence.Doc, stated []Finding) []Finding {
	src := d.Text
	found, examined := 0, 0
	var seen contactSentence // the sentence of the last address examined
	var own []string         // the company's sites (ownSites), once an address asks
	var mail []string        // the sites of its email addresses (mailSites), once an address asks
	web := webAddresses{s: src, http: -1, www: -1}
	out := stated
	nextAt, nextWeb := -1, -1 // next '@' and next web address start at or after i; -2 for none
	for i := 0; i < len(src) && found < maxContacts; {
		if nextAt != -2 && nextAt < i {
			nextAt = indexFrom(src, i, "@")
		}
		if nextWeb != -2 && nextWeb < i {
			nextWeb = web.next(i)
		}
		p := nextAt
		if p == -2 || nextWeb != -2 && nextWeb < p {
			p = nextWeb
		}
		if p == -2 {
			break
		}
		if src[p] == '@' {
			if s, e, ok := emailAt(src, p); ok {
				out = append(out, contact(d, "email", s, e))
				found++
				i = e
				continue
			}
		} else if n := web.n; n > 8 { // p is the address web.next found last
			examined++
			if k := strings.Index(src[p:p+n], "]("); k >= 0 {
				// A link's text or image ("[ADDRESS](TARGET)",
				// "[![logo](IMAGE)](TARGET)"): its target is read next.
				i = p + k + 2
				continue
			}
			if contactURL(d, stated, p, p+n, &seen, &own, &mail) {
				out = append(out, contact(d, "url", p, p+n))
				found++
			}
			i = p + n
			if examined >= maxExaminedURLs {
				nextWeb = -2 // menus of thousands of links: stop looking for more
			}
			continue
		}
		i = p + 1
	}
	return out
}

// referenceWords name, as the last part of a web address's path or its
// fragment, a page to read beside the policy: the terms of use, a glossary
// of its terms ("/legal/terms", "/about/tos/", "Terms.html",
// "#glossary-product"), no way to reach anyone.
var referenceWords = []string{"terms", "tos", "termsofuse", "termsofservice", "conditions", "agreement",
	"useragreement", "memberagreement", "glossary", "glossar", "definitions"}

// referenceSet finds referenceWords.
var referenceSet = newCueSet(referenceWords)

// referencePage reports whether the web address u is a page of
// referenceWords: the last part of its path, or its fragment, holds one as a
// whole part ("/legal/terms?lang=en", "/terms-of-use/#s3"), not a page
// under it ("/terms/cookies", "/terms/dnsmpi").
func referencePage(u string) bool {
	frag := ""
	if k := strings.IndexByte(u, '#'); k >= 0 {
		u, frag = u[:k], u[k+1:]
	}
	if k := strings.IndexByte(u, '?'); k >= 0 {
		u = u[:k]
	}
	h := host(u)
	path := strings.TrimRight(u[strings.Index(u, h)+len(h):], "/")
	last := path[strings.LastIndexByte(path, '/')+1:]
	return referenceSet.wholePart(last) || referenceSet.wholePart(frag)
}

// pageAsset reports whether the web address u is a file of the page (an
// image, script, style sheet or font), ignoring its query and fragment.
func pageAsset(u string) bool {
	// Two byte searches (strings.IndexAny reads byte by byte), and each
	// ending's dot tested before its letters: EqualFold was called
	// for every ending of every address.
	if k := strings.IndexByte(u, '?'); k >= 0 {
		u = u[:k]
	}
	if k := strings.IndexByte(u, '#'); k >= 0 {
		u = u[:k]
	}
	for _, end := range assetEnds {
		if len(u) > len(end) && u[len(u)-len(end)] == '.' && strings.EqualFold(u[len(u)-len(end):], end) {
			return true
		}
	}
	return false
}

// indexFrom is strings.Index from offset i, -2 when absent.
func indexFrom(s string, i int, sub string) int {
	if k := strings.Index(s[i:], sub); k >= 0 {
		return i + k
	}
	return -2
}

// webAddresses finds the web addresses of a text from left to right. It
// keeps where the next "http" and the next "www." are, so that the text is
// searched for each once, not again after every address.
type webAddresses struct {
	s         string
	http, www int // at or after the last search; -1 before the first, -2 when there is none
	n         int // the length of the address next returned (text.URLLen)
}

// next finds the next "http://", "https://" or "www." at or after i that
// does not continue a word; -2 when there is none. i never decreases from
// one call to the next.
func (w *webAddresses) next(i int) int {
	for i < len(w.s) {
		if w.http != -2 && w.http < i {
			w.http = nextHTTP(w.s, i)
		}
		if w.www != -2 && w.www < i {
			w.www = nextWWW(w.s, i)
		}
		p := w.http
		if p == -2 || w.www != -2 && w.www < p {
			p = w.www
		}
		if p == -2 {
			return -2
		}
		if p == 0 || !text.IsASCIIAlnum(w.s[p-1]) {
			if w.n = text.URLLen(w.s[p:]); w.n > 0 {
				return p
			}
		}
		i = p + 1
	}
	return -2
}

// nextHTTP returns the first p at or after i where s holds "http://" or
// "https://" (its s in either case: text.URLLen's test of an "http" is
// then true), -2 when there is none. It looks for the colon, which prose
// holds far less often than an h.
func nextHTTP(s string, i int) int {
	for c := i + 4; c < len(s); c++ {
		k := strings.IndexByte(s[c:], ':')
		if k < 0 {
			return -2
		}
		c += k
		if c+2 < len(s) && s[c+1] == '/' && s[c+2] == '/' {
			if s[c-4:c] == "http" {
				return c - 4
			}
			if c-5 >= i && s[c-5:c-1] == "http" && s[c-1]|0x20 == 's' {
				return c - 5
			}
		}
	}
	return -2
}

// nextWWW returns the first "www." at or after i in s, -2 when there is
// none. It looks for the dot, which prose holds less often than a w.
func nextWWW(s string, i int) int {
	for c := i + 3; c < len(s); c++ {
		k := strings.IndexByte(s[c:], '.')
		if k < 0 {
			return -2
		}
		c += k
		if s[c-3:c] == "www" {
			return c - 3
		}
	}
	return -2
}

// contactSentence is what contactURL found of a sentence, kept for the next
// web address in it (a run of links is one sentence of many addresses).
type contactSentence struct {
	span    Span
	known   bool
	right   bool // it holds a right (among stated)
	contact bool // contactCues: about contacting them
	pointer bool // pointerCues: it points to more reading
	menu    bool // links and little else (menuOnly), or a page's code (pageCode)
}

// contactURL reports whether the web address text[s:e] is a way to reach the
// company or use a right, rather than a menu link, an image or another
// company's page: its address says so ("/contact", "/opt-out",
// "aboutads.info"); or its sentence holds a right (among stated, the
// sentences' findings); or, outside a menu ("[Visiting us](...)" names a
// page), its sentence is about contacting them (contactCues, an email
// address), or points to it ("learn more at") on the company's own site
// (own, which it fills on first use: see ownSites). In a menu, a right
// counts for the link whose label names it. A contact word that stands only
// in the company's own site name ("fullcontact.com") says nothing (see
// ownSiteWord; mail is its cache). seen is the verdict on the sentence of
// the previous address, which it updates.
func contactURL(d *sentence.Doc, stated []Finding, s, e int, seen *contactSentence, own, mail *[]string) bool {
	u := d.Text[s:e]
	if pageAsset(u) {
		return false
	}
	if contactPartSet.wholePart(u) || contactWordSet.in(u) && !ownSiteWord(d, u, mail) {
		return true
	}
	if referencePage(u) {
		return false
	}
	st, ok := sentenceAt(d, s, e)
	if !ok {
		return false
	}
	if !seen.known || seen.span != st {
		*seen = contactSentence{span: st, known: true, right: holdsRight(stated, st)}
		// (Each test only where the ones before it leave the verdict open.)
		if t := d.Text[st.Start:st.End]; len(t) <= 2000 { // longer: a run of links and labels, not a sentence
			seen.menu = menuOnly(t) || pageCode(t)
			seen.contact = !seen.right && !seen.menu && (cueInProse(contactCueSet, t) || holdsEmail(t))
			seen.pointer = !seen.right && !seen.menu && !seen.contact && cueInProse(pointerCueSet, t) &&
				!cueInProse(pastVersionCueSet, t)
		}
	}
	switch {
	case seen.right && seen.menu:
		// A menu whose labels name a right ("[Delete your account](...)
		// | [Terms](...)"): the link of that label only.
		return labelHoldsRight(d.Text, stated, st, s)
	case seen.right:
		return true
	case seen.menu:
		return false
	case seen.contact:
		return true
	case !seen.pointer:
		return false
	}
	if *own == nil {
		*own = ownSites(d.Text)
	}
	return slices.Contains(*own, site(u))
}

// ownSiteWord reports whether the web address u holds contactWords only in
// the name of the company's own site, a site of the policy's email
// addresses (mail, which it fills on first use: see mailSites):
// "fullcontact.com/pricing" names the company, not a way to reach it, while
// "contact.example.com", "example.com/contact" and another's site such as
// "youradchoices.com" say so. (The site a policy names most is no sure
// sign of its own: a policy of few links may name an industry page most.)
func ownSiteWord(d *sentence.Doc, u string, mail *[]string) bool {
	h := host(u)
	st := hostSite(h)
	if !contactWordSet.in(st) {
		return false
	}
	hs := strings.Index(u, h) // the host starts u after its scheme
	if contactWordSet.in(u[:hs+len(h)-len(st)]) || contactWordSet.in(u[hs+len(h):]) {
		return false
	}
	if *mail == nil {
		*mail = mailSites(d.Text)
	}
	return slices.Contains(*mail, st)
}

// cueInProse reports whether the sentence t holds one of cs's words as a
// whole word outside its web addresses.
func cueInProse(cs *cueSet, t string) bool {
	web := webAddresses{s: t, http: -1, www: -1}
	for i := 0; i < len(t); {
		p := web.next(i)
		if p < 0 {
			return cs.wholePart(t[i:])
		}
		if cs.wholePart(t[i:p]) {
			return true
		}
		i = p + web.n
	}
	return false
}

// pageCode reports whether the sentence t is a page's code rather than
// prose: JSON ("\"href\":\"https://...\"") or HTML attributes
// ("class=\"nav\""), whose words ("click", "Visit the ...") label its
// parts, no way to reach anyone.
func pageCode(t string) bool {
	return strings.Count(t, "\":") >= 2 || strings.Count(t, "=\"") >= 2
}

// holdsEmail reports whether the sentence t gives an email address ("send
// an email to privacy@example.com or visit our Privacy Center"): it is about
// reaching them.
func holdsEmail(t string) bool {
	for i := 0; ; {
		k := strings.IndexByte(t[i:], '@')
		if k < 0 {
			return false
		}
		if _, _, ok := emailAt(t, i+k); ok {
			return true
		}
		i += k + 1
	}
}

// labelHoldsRight reports whether the Markdown link whose target starts at
// text[s] ("[label](TARGET)") has a right among stated (the sentences'
// findings) in its label, in sentence st.
func labelHoldsRight(text string, stated []Finding, st Span, s int) bool {
	if s < 2 || text[s-2:s] != "](" {
		return false
	}
	b := st.Start // a sentence may start inside the first label
	if k := strings.LastIndexByte(text[st.Start:s-2], '['); k >= 0 {
		b += k
	}
	for k := sort.Search(len(stated), func(k int) bool { return stated[k].Sentence.Start >= st.Start }); k < len(stated) && stated[k].Sentence.Start == st.Start; k++ {
		if f := stated[k]; f.Kind == "right" && f.Start >= b && f.End <= s-2 {
			return true
		}
	}
	return false
}

// mailSites returns the sites (see site) of the email addresses in text.
func mailSites(text string) []string {
	own := []string{}
	for i := 0; ; {
		k := strings.IndexByte(text[i:], '@')
		if k < 0 {
			break
		}
		p := i + k
		if _, e, ok := emailAt(text, p); ok {
			if st := hostSite(text[p+1 : e]); !slices.Contains(own, st) {
				own = append(own, st)
			}
		}
		i = p + 1
	}
	return own
}

// ownSites returns the sites (see site) of the company whose policy text
// is: those of its email addresses, and the one its web addresses name most
// (of the first maxExaminedURLs).
func ownSites(text string) []string {
	own := mailSites(text)
	// The site each address names most, the first to reach its count. A
	// menu names one host in address after address: a host as the one
	// before it is neither made a site nor looked up again.
	count := map[string]*int{}
	best, bestN := "", 0
	lastHost, last, lastN := "", "", new(int) // site("") is ""
	web := webAddresses{s: text, http: -1, www: -1}
	for i, n := 0, 0; n < maxExaminedURLs; n++ {
		p := web.next(i)
		if p < 0 {
			break
		}
		if h := host(text[p : p+web.n]); h != lastHost || n == 0 {
			lastHost = h
			if st := hostSite(h); st != last || n == 0 {
				last, lastN = st, count[st]
				if lastN == nil {
					lastN = new(int)
					count[st] = lastN
				}
			}
		}
		if *lastN++; last == best {
			bestN = *lastN
		} else if *lastN > bestN {
			best, bestN = last, *lastN
		}
		i = p + web.n
	}
	if best != "" && !slices.Contains(own, best) {
		own = append(own, best)
	}
	return own
}

// secondLevels are the labels under which a country's code names sites
// of three labels: "example.co.uk".
var secondLevels = []string{"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go"}

// hostEnd holds the bytes that end a web address's host: "/?#:\\" (a
// table rather than strings.IndexAny, which builds its set at each call).
var hostEnd = [256]bool{'/': true, '?': true, '#': true, ':': true, '\\': true}

// site returns the site of web address or host u, in lower case: the last
// two labels of its host ("example.com" of "https://www.example.com/a"),
// three under a country's second level ("example.co.uk").
func site(u string) string { return hostSite(host(u)) }

// host returns the host of web address u as written: without its scheme,
// up to its path, query, fragment or port.
func host(u string) string {
	switch {
	case text.HasPrefixFoldASCII(u, "https://"):
		u = u[len("https://"):]
	case text.HasPrefixFoldASCII(u, "http://"):
		u = u[len("http://"):]
	}
	for k := 0; k < len(u); k++ {
		if hostEnd[u[k]] {
			return u[:k]
		}
	}
	return u
}

// hostSite returns the site of host u (see site).
func hostSite(u string) string {
	u = strings.ToLower(strings.Trim(u, "."))
	labels := 2
	if k := strings.LastIndexByte(u, '.'); k >= 0 && len(u)-k == 3 {
		j := strings.LastIndexByte(u[:k], '.')
		if slices.Contains(secondLevels, u[j+1:k]) {
			labels = 3 // "co.uk", "com.au", "org.br", "ne.jp"
		}
	}
	for k, n := len(u), 0; k > 0; k-- {
		if u[k-1] == '.' {
			if n++; n == labels {
				return u[k:]
			}
		}
	}
	return u
}

// menuOnly reports whether the sentence s holds nothing but links: the texts
// and targets of Markdown links ("[Terms](https://...) | [Privacy](...)"; a
// sentence may start inside the first one's brackets), web addresses, and
// signs between them; or, with three links or more, at most
// menuLeadWords words besides (a bar's title, "The Company[About](...)
// [Contact](...)[Jobs](...)", or the page it is on, "Privacy policy ·
// [FAQ](...) · [Glossary](...)").
func menuOnly(s string) bool {
	links, words := 0, 0
	k, b := strings.Index(s, "]("), strings.IndexByte(s, '[')
	label := k >= 0 && (b < 0 || b > k)
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case label: // (its end found by a byte search, not byte by byte)
			k := strings.IndexByte(s[i:], ']')
			if k < 0 {
				return menuLinks(links, words)
			}
			i += k
			label = false
			if i+1 < len(s) && s[i+1] == '(' {
				links++
				k := strings.IndexByte(s[i:], ')')
				if k < 0 {
					return menuLinks(links, words)
				}
				i += k
			}
		case c == '[':
			label = true
		case c == 'h' || c == 'H' || c == 'w' || c == 'W':
			if n := text.URLLen(s[i:]); n > 0 {
				links++
				i += n
				continue
			}
			if words++; words > menuLeadWords {
				return false
			}
			i = wordEnd(s, i)
			continue
		case c >= 0x80:
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				if words++; words > menuLeadWords {
					return false
				}
				i = wordEnd(s, i)
				continue
			}
			i += n
			continue
		case text.IsASCIIAlnum(c):
			if words++; words > menuLeadWords {
				return false
			}
			i = wordEnd(s, i)
			continue
		}
		i++
	}
	return menuLinks(links, words)
}

// menuLeadWords is how many words besides its links a menu may hold when
// it has three links or more.
const menuLeadWords = 3

// menuLinks reports whether a sentence of links links and words words
// besides them is a menu (see menuOnly).
func menuLinks(links, words int) bool {
	return links > 0 && words == 0 || links >= 3
}

// wordEnd returns the end of the word (letters, digits) starting at s[i].
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i += n
	}
	return i
}

// holdsRight reports whether sentence st holds a right among stated, the
// sentences' findings (in sentence order).
func holdsRight(stated []Finding, st Span) bool {
	for k := sort.Search(len(stated), func(k int) bool { return stated[k].Sentence.Start >= st.Start }); k < len(stated) && stated[k].Sentence.Start == st.Start; k++ {
		if stated[k].Kind == "right" {
			return true
		}
	}
	return false
}

// sentenceAt returns the span of the sentence holding text[s:e]: the last
// one starting before it in its block (web addresses are not words, so a
// sentence ending in one stops before it), extended over it.
func sentenceAt(d *sentence.Doc, s, e int) (Span, bool) {
	k := sort.Search(len(d.Sents), func(i int) bool { return d.Sents[i].Start > s }) - 1
	if k < 0 {
		return Span{}, false
	}
	st := d.Sents[k]
	if b := d.Blocks[st.Block]; e > b.End {
		return Span{}, false
	}
	return Span{st.Start, max(st.End, e)}, true
}

// contact is the finding of contact id ("email", "url") at text[s:e].
func contact(d *sentence.Doc, id string, s, e int) Finding {
	f := Finding{Kind: "contact", ID: id, Category: "other", Start: s, End: e, Text: d.Text[s:e], Rule: "contact." + id}
	f.Sentence = Span{s, e}
	if st, ok := sentenceAt(d, s, e); ok {
		f.Sentence = st
	}
	if id == "email" {
		f.Explanation = "An email address to contact them."
	} else {
		f.Explanation = "A web address named in the policy."
	}
	return f
}

// contactValue returns the value of contact finding f: its text, an email
// address without the Markdown escapes it may hold ("privacy\_team@x.com"
// is privacy_team@x.com).
func contactValue(f *Finding) string {
	if f.ID == "email" && strings.Contains(f.Text, "\\_") {
		return strings.ReplaceAll(f.Text, "\\_", "_")
	}
	return f.Text
}

// emailAt returns the span [s, e) of the email address whose '@' is
// src[p], and whether there is one: at least one local byte before it and a
// host with a dot after it, not starting with one, its trailing dots and
// hyphens left out.
func emailAt(src string, p int) (s, e int, ok bool) {
	s, e = p, p+1
	for s > 0 && p-s < 64 && (emailLocal(src[s-1]) || src[s-1] == '\\' && s < p && src[s] == '_') {
		s-- // a Markdown escape ("privacy\_team@") stays in the address
	}
	for e < len(src) && e-p < 255 && hostChar(src[e]) {
		e++
	}
	for e > p+1 && (src[e-1] == '.' || src[e-1] == '-') {
		e--
	}
	return s, e, s < p && strings.Contains(src[p+1:e], ".") && !strings.HasPrefix(src[p+1:e], ".")
}

func emailLocal(c byte) bool {
	return text.IsASCIIAlnum(c) || strings.IndexByte("._%+-", c) >= 0
}

func hostChar(c byte) bool { return text.IsASCIIAlnum(c) || c == '.' || c == '-' }
