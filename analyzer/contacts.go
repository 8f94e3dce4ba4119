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

// contactCueFile is rules/<language>/contacts/contacts.json: the words
// contacts looks for in web addresses, email addresses and the sentences
// around them. Words of a sentence count as whole words of its prose, the
// parts outside its web addresses (see cueInProse): not "your contacts"
// (an address book), "visitors", "as submitted", nor "visiting" inside
// ".../company/visiting/".
type contactCueFile struct {
	// Words in a web address mark it as a way to reach the company or use a
	// right, wherever they stand ("/contact", "aboutads.info").
	Words []string `json:"words"`
	// Parts are Words that count only as a whole part of the address:
	// "/opt/", "#optin" and "/forms/" are, "adopt", "options", "platform",
	// "formats", "information", "copyright" and "redpocket" are not.
	Parts []string `json:"parts"`
	// ReachCues in a sentence mark its web addresses as ways to reach the
	// company ("contact us at", "write to"), also on another's site (a form
	// the company has another run, a complaint body); OptOutCues do so only
	// on the company's own ("opt out of interest-based ads from many
	// companies at youronlinechoices.com" points to an industry's tool).
	ReachCues  []string `json:"reachCues"`
	OptOutCues []string `json:"optOutCues"`
	// BrowserCues in a sentence with a right but no reachCues make its
	// addresses on another's site that browser maker's or guide's help
	// ("How to control cookies in your browser: support.browser.example/...",
	// "to learn how to delete cookies, visit allaboutcookies.org"): a way to
	// use the right, as OptOutCues make one, no way to reach the company.
	BrowserCues []string `json:"browserCues"`
	// RequestCues are the ReachCues an authority's request also uses: in
	// a sentence that names one (AuthorityCues: "law enforcement
	// requests", "requests from governments", "DNS requests"), the only
	// such cue makes no way to reach the company ("learn how we respond to
	// these requests", a report or guidelines for the authorities).
	// AuthorityWords do the same in a web address whose only Words are
	// RequestCues ("/legal/lawenforcementrequests.html",
	// "/government-requests-guide.html").
	RequestCues    []string `json:"requestCues"`
	AuthorityCues  []string `json:"authorityCues"`
	AuthorityWords []string `json:"authorityWords"`
	// NotReachCues start with a reach cue and name the reader's data, no
	// way to reach anyone: "we use contact information to ...".
	NotReachCues []string `json:"notReachCues"`
	// ReachWords in a web address on another's site mark it as a way to
	// reach them there: a contact page (their representative's), a form for
	// requests the company has another run ("/dsar/webform/..."), a body the
	// reader can complain to; not an industry's opt-out tool. ReachParts are
	// ReachWords that count only as a whole part of the address
	// ("/forms/data/", "dpo.example.com"; not "formats").
	ReachWords []string `json:"reachWords"`
	ReachParts []string `json:"reachParts"`
	// PointerCues mark a sentence's web addresses as ways to reach them
	// only on the company's own site ("learn more at", "visit"): on
	// another's, "learn more about how Google uses data at ..." points to
	// that company's policy.
	PointerCues []string `json:"pointerCues"`
	// VisitingCues make a sentence one of the reader's visits to a site,
	// not one that points to it: "when you visit [www.example.com]", "data
	// collected when visiting https://example.com". (Not "by visiting":
	// "you can control your data by visiting the [Service Center]".)
	VisitingCues []string `json:"visitingCues"`
	// ReadingCues in a sentence that points on mark its address as more to
	// read ("For more information, see our [Cookies Notice]", "learn more in
	// the [Your Rights] section", "please see our [FAQ]"): a document, a
	// section of the policy or a help page, no way to reach them. (A right or
	// a word of contacting in the sentence still makes its address one.)
	ReadingCues []string `json:"readingCues"`
	// PastVersionCues in a sentence that points on mark its address as an
	// earlier version of the policy ("to see the prior version, click
	// here"): something to read, no way to reach them.
	PastVersionCues []string `json:"pastVersionCues"`
	// ReferenceWords name, as the last part of a web address's path or its
	// fragment, a page to read beside the policy: the terms of use, a
	// glossary of its terms ("/legal/terms", "/about/tos/", "Terms.html",
	// "#glossary-product"), no way to reach anyone.
	ReferenceWords []string `json:"ReferenceWords"`
	// DocumentLabels are the labels of links to a policy or the terms, to
	// read rather than a way to reach anyone: "[Privacy Policy](...)" in a
	// table of processors whose row also holds "[Opt Out](...)" is that
	// processor's policy; "[Terms of Use](https://example.com/legal)" the
	// terms, whatever the address's last part.
	DocumentLabels []string `json:"documentLabels"`
	// ReportWords anywhere in a web address's host or path name a report to
	// read ("transparency.example.com/principles",
	// "/policies/transparency-report-2019"), no way to reach anyone,
	// whatever its sentence says of requests.
	ReportWords []string `json:"reportWords"`
	// SiteTerms end the term a policy defines for a web address it names
	// right before it ("www.example.com (the \"Site\")", "[example.com](...)
	// (collectively, the \"Example Website\")"): the site the policy covers,
	// named as its service, no way to reach anyone ("(\"Profile
	// Settings\")" names a page to use: one).
	SiteTerms []string `json:"siteTerms"`
	// PolicyPages in the last part of a web address's path, with a
	// fragment, make it a section of a policy to read
	// ("/privacy-policy#your-choices", "/privacystatement#cookies"), no way
	// to reach anyone: the policy's own sections, another's policy.
	PolicyPages []string `json:"policyPages"`
	// PlaceholderLocals are the words of the local part of an email address
	// written as a sample ("yourname@", "firstname.surname@", "name@"),
	// PlaceholderGiven the given names that are one beside one of those
	// ("john.doe@"; "john@" alone may be a real person's), and
	// PlaceholderHosts the first label of a sample host ("@yourdomain.com",
	// "@company.com"): a form of address, no way to reach anyone. (Not
	// "example": the tests write their addresses at example.com.)
	PlaceholderLocals []string `json:"placeholderLocals"`
	PlaceholderGiven  []string `json:"placeholderGiven"`
	PlaceholderHosts  []string `json:"placeholderHosts"`
}

// contactRules are the words of rules/<language>/contacts/contacts.json
// (contactCueFile), written ahead into rules_<language>.go by go generate.
// Their sets:
// contactWordSet, contactPartSet, contactCueSet, pointerCueSet and
// pastVersionCueSet find contactWords, contactParts, contactCues,
// pointerCues and pastVersionCues; contactAnySet finds contactWords and
// contactParts anywhere, in one scan of an address that holds none (most).
var (
	contactWordSet   = newCueSet(contactRules.Words)
	contactPartSet   = newCueSet(contactRules.Parts)
	contactAnySet    = newCueSet(slices.Concat(contactRules.Words, contactRules.Parts))
	contactCueSet    = newCueSet(contactCues)
	pointerCueSet    = newCueSet(contactRules.PointerCues)
	reachCueSet      = newCueSet(contactRules.ReachCues)
	optOutCueSet     = newCueSet(contactRules.OptOutCues)
	browserCueSet    = newCueSet(contactRules.BrowserCues)
	reachWordSet     = newCueSet(contactRules.ReachWords)
	reachPartSet     = newCueSet(contactRules.ReachParts)
	readingCueSet    = newCueSet(contactRules.ReadingCues)
	referenceSet     = newCueSet(contactRules.ReferenceWords)
	notReachCueSet   = newCueSet(contactRules.NotReachCues)
	authorityCueSet  = newCueSet(contactRules.AuthorityCues)
	authorityWordSet = newCueSet(contactRules.AuthorityWords)
	// contactNoRequestSet finds contactWords and contactParts but
	// RequestCues.
	contactNoRequestSet = newCueSet(slices.DeleteFunc(slices.Concat(contactRules.Words, contactRules.Parts), func(w string) bool {
		return slices.Contains(contactRules.RequestCues, w)
	}))
	// contactOnlySet finds contactCues but RequestCues.
	contactOnlySet = newCueSet(slices.DeleteFunc(slices.Clone(contactCues), func(w string) bool {
		return slices.Contains(contactRules.RequestCues, w)
	}))
	visitingCueSet = newCueSet(contactRules.VisitingCues)
	policyPageSet  = newCueSet(contactRules.PolicyPages)
	reportWordSet  = newCueSet(contactRules.ReportWords)

	pastVersionCueSet = newCueSet(contactRules.PastVersionCues)
)

// contactCues in a sentence mark the web addresses in it as ways to reach
// the company: reachCues and optOutCues (see contactCueFile).
var contactCues = slices.Concat(contactRules.ReachCues, contactRules.OptOutCues)

// assetEnds are the endings of web addresses of a page's files (images,
// scripts, style sheets, fonts): the page's make-up, never a way to reach
// anyone. Each starts with a dot (pageAsset tests it first).
var assetEnds = []string{".svg", ".png", ".gif", ".jpg", ".jpeg", ".webp", ".ico", ".js", ".css", ".woff", ".woff2", ".ttf"}

// contacts appends to stated, the sentences' findings in sentence order, the
// email addresses and web links in the input: the ways to reach the company
// or use a right.
func contacts(d *sentence.Doc, stated []Finding) []Finding {
	src := d.Text
	found, examined := 0, 0
	var seen contactSentence // the sentence of the last address examined
	ats, webs := atSigns(src), webAddressList(src)
	sites := textSites{ats: ats, webs: webs}
	out := stated
	nextAt, atLen, nextWeb, webLen := -1, 0, -1, 0 // next at-sign and next web address at or after i, their lengths; -2 for none
	for i := 0; i < len(src) && found < maxContacts; {
		if nextAt != -2 && nextAt < i {
			ats = spotsFrom(ats, i)
			nextAt = -2
			if len(ats) > 0 {
				nextAt, atLen = ats[0].p, ats[0].n
			}
		}
		if nextWeb != -2 && nextWeb < i {
			webs = webFrom(src, webs, i)
			nextWeb = -2
			if len(webs) > 0 {
				nextWeb, webLen = webs[0].p, webs[0].n
			}
		}
		p := nextAt
		if p == -2 || nextWeb != -2 && nextWeb < p {
			p = nextWeb
		}
		if p == -2 {
			break
		}
		if p == nextAt {
			if s, e, ok := emailAt(src, p, atLen); ok && !placeholderEmail(src[s:e]) && !pageAsset(src[s:e]) {
				// (An image's name, "logo@2x.png", is no address.)
				out = append(out, contact(d, "email", s, e))
				found++
				i = e
				continue
			}
		} else if n := webLen; n > 8 { // p is nextWeb
			examined++
			if k := strings.Index(src[p:p+n], "]("); k >= 0 {
				// A link's text or image ("[ADDRESS](TARGET)",
				// "[![logo](IMAGE)](TARGET)"): its target is read next.
				i = p + k + 2
				continue
			}
			if a, hidden := protectedEmail(src[p : p+n]); hidden {
				// An address its host hides from robots: the address
				// its fragment encodes, or none.
				if a != "" && !placeholderEmail(a) {
					out = append(out, contact(d, "email", p, p+n))
					found++
				}
				i = p + n
				continue
			}
			if ok, tool := contactURL(d, stated, p, p+n, &seen, &sites); ok {
				out = append(out, contact(d, "url", p, p+n))
				if tool {
					out[len(out)-1].note |= noteOthersTool
				}
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

// referencePage reports whether the web address u is a page of
// ReferenceWords: the last part of its path, or its fragment, holds one as a
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

// policySection reports whether the web address u is a section of a policy
// (PolicyPages in the last part of its path, and a fragment):
// "/privacy-policy#your-choices" is to read, its own or another's.
func policySection(u string) bool {
	k := strings.IndexByte(u, '#')
	if k < 0 || k+2 >= len(u) || u[k+1] == '/' || u[k+1] == '!' {
		return false // no fragment, or a page's route ("#/", "#!/")
	}
	u = u[:k]
	if q := strings.IndexByte(u, '?'); q >= 0 {
		u = u[:q]
	}
	h := host(u)
	path := strings.TrimRight(u[strings.Index(u, h)+len(h):], "/")
	return policyPageSet.in(path[strings.LastIndexByte(path, '/')+1:])
}

// documentLabel reports whether the web address that starts at text[s] is
// the target of a Markdown link whose label is or ends with one of
// DocumentLabels ("[Privacy Policy]", "[Zendesk's privacy policy]")
// (an address that says it is a way to reach them is tested first). It
// looks for the label's '[' only among the 40 bytes before "](" (one
// further back is too far), and compares an ASCII label without a lower-case
// copy (DocumentLabels are ASCII in lower case; a label beyond ASCII, whose
// lower case may be ASCII, "K" the Kelvin sign, goes through
// strings.ToLower): it read back to the text's last '[', wherever it was,
// and copied every label.
func documentLabel(txt string, s int) bool {
	if s < 2 || txt[s-2:s] != "](" {
		return false
	}
	from := max(0, s-2-40)
	k := strings.LastIndexByte(txt[from:s-2], '[')
	if k < 0 {
		return false
	}
	label := strings.Trim(txt[from+k+1:s-2], " *_")
	for i := 0; i < len(label); i++ {
		if label[i] >= utf8.RuneSelf {
			label = strings.ToLower(label)
			break
		}
	}
	for _, l := range contactRules.DocumentLabels {
		if n := len(label) - len(l); n >= 0 && text.HasPrefixFoldASCII(label[n:], l) && (n == 0 || label[n-1] == ' ') {
			return true
		}
	}
	return false
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
	for {
		p := w.start(i)
		if p < 0 {
			return -2
		}
		if w.n = text.URLLen(w.s[p:]); w.n > 0 {
			return p
		}
		i = p + 1
	}
}

// start finds the next "http://", "https://" or "www." at or after i that does
// not continue a word (where next asks text.URLLen whether a web address
// starts); -2 when there is none. i never decreases from one call to the
// next.
func (w *webAddresses) start(i int) int {
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
			return p
		}
		i = p + 1
	}
	return -2
}

// webAddressList returns every place of s where a web address may start, in
// order: what webAddresses.start gives from the start on, each one after the
// last, their lengths unknown (-1) until webFrom asks (the text is searched
// once, for contacts and ownSites both, and most addresses inside another,
// "www." in "https://www.", are never measured).
func webAddressList(s string) []spot {
	var out []spot
	web := webAddresses{s: s, http: -1, www: -1}
	for i := 0; ; {
		p := web.start(i)
		if p < 0 {
			return out
		}
		out = append(out, spot{p, -1})
		i = p + 1
	}
}

// webFrom returns webs, the places of text s where a web address may start
// (webAddressList), from the first web address at or after i: what
// webAddresses.next(i) gives, and its length. It measures the places it
// passes (text.URLLen) in webs, which share them with its other slices.
func webFrom(s string, webs []spot, i int) []spot {
	for {
		webs = spotsFrom(webs, i)
		if len(webs) == 0 {
			return webs
		}
		if webs[0].n < 0 {
			webs[0].n = text.URLLen(s[webs[0].p:])
		}
		if webs[0].n > 0 {
			return webs
		}
		i = webs[0].p + 1
	}
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
	label   bool // contactCues only in the labels of its links, two or more: the link whose label holds one is (see linkLabelCue)
	cued    bool // optOut is known (optOutOnly)
	optOut  bool // optOutCues (browserCues with a right), no reachCues nor email address: an address on another's site is a tool
	pointer bool // pointerCues: it points to more reading
	menu    bool // links and little else (menuOnly), or a page's code (pageCode)
}

// contactURL reports whether the web address text[s:e] is a way to reach the
// company or use a right, rather than a menu link, an image or another
// company's page, and whether it is another's tool to use a right (tool: a
// finding for the right's how, no contact; see noteOthersTool): its address
// says so ("/contact", "/opt-out", "aboutads.info": a tool on another's
// site unless it names a contact page, form or request, see reachAddress);
// or its sentence holds a right (among stated, the
// sentences' findings); or, outside a menu ("[Visiting us](...)" names a
// page), its sentence is about contacting them (contactCues, an email
// address), or points to it ("visit", "click") on the company's own site,
// not to more reading (ReadingCues: "learn more at", "see our FAQ")
// (sites.own, which it fills on first use: see ownSites). In a menu, a right
// counts for the link whose label names it. Where only its sentence says
// so, a page to read is none (see toRead). A contact word that stands only
// in the company's own site name ("fullcontact.com") says nothing (see
// ownSiteWord). seen is the verdict on the sentence of
// the previous address, which it updates.
func contactURL(d *sentence.Doc, stated []Finding, s, e int, seen *contactSentence, sites *textSites) (ok, tool bool) {
	u := d.Text[s:e]
	if pageAsset(u) || policySection(u) {
		return false, false
	}
	says := contactAnySet.in(u) && (partInPage(u) || contactWordSet.in(u) && !ownSiteWord(d, u, sites)) &&
		!(authorityWordSet.in(u) && !contactNoRequestSet.in(u)) // an authority's requests: see RequestCues
	// An address that says so is one on the company's site, or on
	// another's where its address or sentence speaks of reaching them
	// (asked in the order of their cost: ownSites reads every address).
	if says {
		return true, !sites.reachAddress(d.Text, u) && !sites.ownSite(d, u)
	}
	// Then a page to read (referencePage, documentLabel) is none; asked
	// only where the sentence would make it one (most addresses stand in
	// menus): the sentence's verdict depends on the sentence alone.
	st, in := sentenceAt(d, s, e)
	if !in {
		return false, false
	}
	if !seen.known || seen.span != st {
		*seen = contactSentence{span: st, known: true, right: holdsRight(stated, st)}
		// (Each test only where the ones before it leave the verdict open.)
		if t := d.Text[st.Start:st.End]; len(t) <= 2000 { // longer: a run of links and labels, not a sentence
			seen.menu = menuOnly(t) || pageCode(t)
			if !seen.right && !seen.menu {
				var buf [8]string
				prose := proseParts(t, buf[:0]) // once for the three cue tests
				seen.contact = cueInProseBut(contactCueSet, prose) &&
					!(cueInProse(authorityCueSet, prose) && !cueInProseBut(contactOnlySet, prose))
				if seen.contact && strings.Count(t, "](") >= 2 && !cueOutsideLabels(t) {
					seen.contact, seen.label = false, true
				}
				if !seen.contact && holdsEmail(t) {
					seen.contact, seen.label = true, false
				}
				seen.pointer = !seen.contact && cueInProse(pointerCueSet, prose) && !cueInProse(pastVersionCueSet, prose) &&
					!cueInProse(readingCueSet, prose) && !cueInProse(visitingCueSet, prose)
			}
		}
	}
	if seen.label {
		// A run of links whose cue stands in one's label ("[Site Map](...)
		// | [Blog](...) | [Contact Us](...) Copyright ..."): that link, or
		// another's tool where its label only speaks of opting out.
		if cue, optOut := linkLabelCue(d.Text, st, s); cue {
			return !toRead(d.Text, s, e), optOut && !sites.reachAddress(d.Text, u) && !sites.ownSite(d, u)
		}
	}
	switch {
	case (seen.contact || seen.right && !seen.menu) && seen.optOutOnly(d.Text) &&
		!sites.reachAddress(d.Text, u) && !sites.ownSite(d, u):
		// Another's page where the sentence only speaks of opting out (an
		// industry's opt-out tool, an analytics vendor's add-on): a way to
		// use a right, no way to reach them; one where it says to contact,
		// write, ask or complain is one.
		return !toRead(d.Text, s, e), true
	case seen.right && seen.menu:
		// A menu whose labels name a right ("[Delete your account](...)
		// | [Terms](...)"): the link of that label only; another's tool
		// where the label only speaks of opting out or of cookies
		// ("[Cookie settings in Safari](...)", a browser maker's help).
		if !labelHoldsRight(d.Text, stated, st, s) || toRead(d.Text, s, e) {
			return false, false
		}
		return true, labelOptOutOnly(d.Text, st, s) && !sites.reachAddress(d.Text, u) && !sites.ownSite(d, u)
	case seen.right:
		return !toRead(d.Text, s, e), false
	case seen.menu:
		return false, false
	case seen.contact:
		return !toRead(d.Text, s, e), false
	case !seen.pointer, toRead(d.Text, s, e):
		return false, false
	}
	return sites.ownSite(d, u), false
}

// cueOutsideLabels reports whether the sentence t holds one of contactCues
// (as cueInProseBut finds them) outside the labels and targets of its
// Markdown links ("[label](target)"; a sentence may start inside the first
// label).
func cueOutsideLabels(t string) bool {
	var buf [8]string
	for i := 0; i < len(t); {
		seg, next := t[i:], len(t)
		if k := strings.Index(seg, "]("); k >= 0 {
			seg = seg[:k]
			if b := strings.LastIndexByte(seg, '['); b >= 0 {
				seg = seg[:b]
			} else {
				seg = "" // the label the sentence starts in
			}
			next = i + k + 2
			if c := strings.IndexByte(t[next:], ')'); c >= 0 {
				next += c + 1 // past the target
			} else {
				next = len(t)
			}
		}
		if cueInProseBut(contactCueSet, proseParts(seg, buf[:0])) {
			return true
		}
		i = next
	}
	return false
}

// linkLabelCue reports whether the label of the Markdown link whose target
// starts at text[s] ("[label](TARGET)"), in sentence st, holds one of
// contactCues, and whether it only speaks of opting out (optOutCues, no
// reachCues).
func linkLabelCue(text string, st Span, s int) (cue, optOut bool) {
	if s < 2 || text[s-2:s] != "](" {
		return false, false
	}
	b := st.Start // a sentence may start inside the first label
	if k := strings.LastIndexByte(text[st.Start:s-2], '['); k >= 0 {
		b += k + 1
	}
	var buf [4]string
	prose := proseParts(text[b:s-2], buf[:0])
	if !cueInProseBut(contactCueSet, prose) {
		return false, false
	}
	return true, cueInProse(optOutCueSet, prose) && !cueInProseBut(reachCueSet, prose)
}

// labelOptOutOnly reports whether the label of the Markdown link whose
// target starts at text[s] ("[label](TARGET)"), in sentence st, speaks of
// opting out or of the browser and its cookies (optOutCues, browserCues)
// and holds no reachCues.
func labelOptOutOnly(text string, st Span, s int) bool {
	if s < 2 || text[s-2:s] != "](" {
		return false
	}
	b := st.Start // a sentence may start inside the first label
	if k := strings.LastIndexByte(text[st.Start:s-2], '['); k >= 0 {
		b += k + 1
	}
	var buf [4]string
	prose := proseParts(text[b:s-2], buf[:0])
	return (cueInProse(optOutCueSet, prose) || cueInProse(browserCueSet, prose)) && !cueInProseBut(reachCueSet, prose)
}

// optOutOnly reports whether the sentence c, of text, only speaks of
// opting out or, with a right, of the browser and its cookies (optOutCues,
// browserCues; and no reachCues nor an email address), found the first
// time it is asked (a menu and a sentence of more than 2000 bytes do not).
func (c *contactSentence) optOutOnly(text string) bool {
	if !c.cued {
		c.cued = true
		if t := text[c.span.Start:c.span.End]; !c.menu && len(t) <= 2000 && (optOutCueSet.in(t) || c.right && browserCueSet.in(t)) {
			var buf [8]string
			prose := proseParts(t, buf[:0])
			c.optOut = (cueInProse(optOutCueSet, prose) || c.right && cueInProse(browserCueSet, prose)) &&
				!cueInProseBut(reachCueSet, prose) && !holdsEmail(t)
		}
	}
	return c.optOut
}

// reachAddress reports whether the web address u holds one of reachWords
// outside the names of the company's sites (its email addresses' and, once
// found, ownSites): not the "contact" of
// "twitter.com/fullcontact" in FullContact's policy.
func (ts *textSites) reachAddress(text, u string) bool {
	if !reachWordSet.in(u) {
		return reachPartSet.wholePart(u)
	}
	lower := ""
	for _, sites := range [2][]string{ts.mailSites(text), ts.own} {
		for _, st := range sites {
			if name, _, _ := strings.Cut(st, "."); reachWordSet.in(name) {
				if lower == "" {
					lower = strings.ToLower(u)
				}
				lower = strings.ReplaceAll(lower, name, "")
			}
		}
	}
	return lower == "" || reachWordSet.in(lower)
}

// ownSite reports whether the web address u is the company's whose policy
// is text: on one of its sites (ownSites, found the first time), or on
// another's that names one of its sites in its host or query (a form a vendor runs for it:
// "preferences-mgr.trustarc.com/?type=mattel" in Mattel's policy,
// "actblue.actionkit.com" in ActBlue's).
func (ts *textSites) ownSite(d *sentence.Doc, u string) bool {
	text := d.Text
	st := site(u)
	if ts.own == nil {
		if slices.Contains(ts.mailSites(text), st) {
			return true // one of own: no need to find the rest
		}
		ts.own = ownSites(text, ts.mailSites(text), ts.webs)
	}
	if slices.Contains(ts.own, st) {
		return true
	}
	if name, _, _ := strings.Cut(st, "."); ts.openingNames(d, name) {
		return true
	}
	h := host(u)
	named := strings.ToLower(h[:len(h)-min(len(h), len(st))]) // the host's labels before its site
	if k := strings.IndexByte(u, '?'); k >= 0 {
		named += " " + strings.ToLower(u[k:])
	}
	for _, o := range ts.own {
		if name, _, _ := strings.Cut(o, "."); len(name) >= 4 && wholeIn(named, name) {
			return true
		}
	}
	return false
}

// openingBytes is how much of a policy's start openingNames reads: its
// title and first sentences, where it names the company and its services.
const openingBytes = 400

// openingNames reports whether the opening of document d (its first
// openingBytes) names name, a site's first label, as a word of its prose
// that no rule knows (a proper name: "Tagged and hi5 are operated by The
// Meet Group", whose emails are at themeetgroup.com; "the websites
// EbaumsWorld.com and ..."), not inside a web address.
func (ts *textSites) openingNames(d *sentence.Doc, name string) bool {
	if len(name) < 3 {
		return false
	}
	for _, t := range d.Toks {
		if t.Start >= openingBytes {
			return false
		}
		if int(t.End-t.Start) == len(name) && t.ID == 0 && strings.EqualFold(d.Text[t.Start:t.End], name) &&
			(t.Start == 0 || d.Text[t.Start-1] != '.' && d.Text[t.Start-1] != '/') {
			return true
		}
	}
	return false
}

// wholeIn reports whether s holds w, not right after nor right before an
// ASCII letter ("mattel" in "type=mattel&pid=mattel01", not in
// "mattelccpa").
func wholeIn(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		k += i
		if (k == 0 || !text.IsASCIILetter(s[k-1])) && (k+len(w) == len(s) || !text.IsASCIILetter(s[k+len(w)])) {
			return true
		}
		i = k + 1
	}
}

// toRead reports whether the web address text[s:e] is a page to read
// beside the policy, no way to reach them: one of ReferenceWords
// (referencePage), a report (reportPage) or a link labelled as a policy
// or the terms (documentLabel).
func toRead(text string, s, e int) bool {
	return referencePage(text[s:e]) || reportPage(text[s:e]) || documentLabel(text, s) || definedSite(text, e)
}

// definedSite reports whether the web address that ends at text[e] is
// followed by a parenthesis defining it as the site or service the policy
// covers: a quoted term, perhaps after a few words ("(the ", "(collectively,
// the "), whose last word is one of SiteTerms (see contactCueFile).
func definedSite(text string, e int) bool {
	j := e
	if j < len(text) && text[j] == ')' {
		j++ // the end of the link whose target it is
	}
	for n := 0; j < len(text) && text[j] == ' ' && n < 2; n++ {
		j++
	}
	if j >= len(text) || text[j] != '(' {
		return false
	}
	rest := text[j+1 : min(len(text), j+1+definedTermBytes)]
	open := strings.IndexAny(rest, "\"'“‘")
	if open < 0 || open > 30 {
		return false
	}
	_, n := utf8.DecodeRuneInString(rest[open:])
	term := rest[open+n:]
	end := strings.IndexAny(term, "\"'”’")
	if end < 0 {
		return false
	}
	term = strings.ToLower(strings.ReplaceAll(strings.Trim(term[:end], "*_ "), "(s)", ""))
	return slices.Contains(contactRules.SiteTerms, term[strings.LastIndexByte(term, ' ')+1:])
}

// definedTermBytes is how far after a web address definedSite looks for the
// term it is defined as.
const definedTermBytes = 80

// reportPage reports whether the web address u holds one of ReportWords in
// its host or path (not its query: "?ref=transparency" names where the
// reader came from).
func reportPage(u string) bool {
	if k := strings.IndexAny(u, "?#"); k >= 0 {
		u = u[:k]
	}
	return reportWordSet.in(u)
}

// partInPage reports whether the web address u holds one of contactParts
// in its host or its page, the last two parts of its path with its query
// and fragment ("/privacy/rights", "/opt/out", "/forms/privacy",
// "dpo.example.com"), not only in a folder higher up
// ("/help/rights/privacy/policy/what-we-collect": a section of the policy
// under a folder of that name).
func partInPage(u string) bool {
	h := host(u)
	rest := u[strings.Index(u, h)+len(h):]
	end := len(rest)
	if k := strings.IndexAny(rest, "?#"); k >= 0 {
		end = k
	}
	path := strings.TrimRight(rest[:end], "/")
	k := strings.LastIndexByte(path, '/')
	if k > 0 {
		k = strings.LastIndexByte(path[:k], '/')
	}
	tail := rest[k+1:]
	return contactPartSet.wholePart(h) || contactPartSet.wholePart(tail)
}

// ownSiteWord reports whether the web address u holds contactWords only in
// the name of the company's own site, a site of the policy's email
// addresses (see textSites.mailSites):
// "fullcontact.com/pricing" names the company, not a way to reach it, while
// "contact.example.com", "example.com/contact" and another's site such as
// "youradchoices.com" say so. (The site a policy names most is no sure
// sign of its own: a policy of few links may name an industry page most.)
func ownSiteWord(d *sentence.Doc, u string, sites *textSites) bool {
	h := host(u)
	st := hostSite(h)
	if !contactWordSet.in(st) {
		return false
	}
	hs := strings.Index(u, h) // the host starts u after its scheme
	if contactWordSet.in(u[:hs+len(h)-len(st)]) || contactWordSet.in(u[hs+len(h):]) {
		return false
	}
	return slices.Contains(sites.mailSites(d.Text), st)
}

// proseParts appends to parts the parts of the sentence t outside its web
// addresses, in order.
func proseParts(t string, parts []string) []string {
	web := webAddresses{s: t, http: -1, www: -1}
	for i := 0; i < len(t); {
		p := web.next(i)
		if p < 0 {
			return append(parts, t[i:])
		}
		parts = append(parts, t[i:p])
		i = p + web.n
	}
	return parts
}

// cueInProse reports whether prose, the parts of a sentence outside its web
// addresses (see proseParts), holds one of cs's words as a whole word.
func cueInProse(cs *cueSet, prose []string) bool {
	for _, t := range prose {
		if cs.wholePart(t) {
			return true
		}
	}
	return false
}

// cueInProseBut is cueInProse where a cue of cs that starts one of
// NotReachCues does not count ("contact" in "contact information").
func cueInProseBut(cs *cueSet, prose []string) bool {
	for _, t := range prose {
		if cs.wholePartBut(t, notReachCueSet) {
			return true
		}
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
	marks := newMailMarks(t)
	for i := 0; ; {
		p, n := marks.next(i)
		if p < 0 {
			return false
		}
		if _, _, ok := emailAt(t, p, n); ok {
			return true
		}
		i = p + 1
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

// textSites is what contacts finds of a whole text for its web addresses:
// the at-signs and web addresses once, the sites once an address asks.
type textSites struct {
	ats  []spot   // every at-sign of the text (atSigns)
	webs []spot   // where its web addresses may start (webAddressList)
	own  []string // ownSites, nil until an address asks
	mail []string // the sites of its email addresses (mailSites), nil until one asks
}

// mailSites returns the sites (see site) of the email addresses in text,
// found the first time.
func (ts *textSites) mailSites(text string) []string {
	if ts.mail != nil {
		return ts.mail
	}
	ts.mail = []string{}
	for _, a := range ts.ats {
		if s, e, ok := emailAt(text, a.p, a.n); ok {
			v := emailValue(text[s:e])
			if st := hostSite(v[strings.IndexByte(v, '@')+1:]); !slices.Contains(ts.mail, st) {
				ts.mail = append(ts.mail, st)
			}
		}
	}
	return ts.mail
}

// ownSites returns the sites (see site) of the company whose policy text
// is: mail, those of its email addresses (see textSites.mailSites), and the
// one its web addresses webs (see webAddressList) name most (of the first
// maxExaminedURLs), when it is named more than any other and none of mail
// is named.
func ownSites(text string, mail []string, webs []spot) []string {
	own := slices.Clip(mail) // appending copies: mail stays as it is
	// The site each address names most, the first to reach its count. A
	// menu names one host in address after address: a host as the one
	// before it is neither made a site nor looked up again.
	count := map[string]*int{}
	best, bestN, secondN := "", 0, 0          // secondN: the count of the site named most after best
	lastHost, last, lastN := "", "", new(int) // site("") is ""
	for i, n := 0, 0; n < maxExaminedURLs; n++ {
		if webs = webFrom(text, webs, i); len(webs) == 0 {
			break
		}
		p, wn := webs[0].p, webs[0].n
		if h := host(text[p : p+wn]); h != lastHost || n == 0 {
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
			best, bestN, secondN = last, *lastN, bestN
		} else if *lastN > secondN {
			secondN = *lastN
		}
		i = p + wn
	}
	// The site named most is the company's when it is named more than any
	// other (not the first of several named once) and its email addresses'
	// sites are named in none of the addresses (a policy at mix.com whose
	// Google Analytics paragraph names google.com most is not Google's).
	for _, m := range mail {
		if count[m] != nil {
			return own
		}
	}
	if best != "" && bestN > secondN && !slices.Contains(own, best) {
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
// address as an address is written (see emailValue), a web address without
// the invisible characters it may hold (see visibleAddress).
func contactValue(f *Finding) string {
	if f.ID == "email" {
		if a, hidden := protectedEmail(f.Text); hidden {
			return a
		}
		return emailValue(f.Text)
	}
	return visibleAddress(f.Text)
}

// emailProtection is the path of the page by which a content network
// (Cloudflare) hides the email addresses of the pages it serves from robots:
// "[[email protected]](https://example.com/cdn-cgi/l/email-protection#HEX)",
// its fragment the address, each byte after the first XOR'd with the first.
const emailProtection = "/cdn-cgi/l/email-protection"

// protectedEmail reports whether web address u is an email address hidden
// by emailProtection, and returns the address its fragment encodes; "" when
// it has none (the page shows no address without its script) or it decodes
// to no address.
func protectedEmail(u string) (string, bool) {
	k := strings.Index(u, emailProtection)
	if k < 0 {
		return "", false
	}
	rest := u[k+len(emailProtection):]
	if len(rest) < 7 || rest[0] != '#' {
		return "", true
	}
	hx := rest[1:]
	if len(hx)%2 != 0 || len(hx) < 12 {
		return "", true
	}
	b := make([]byte, len(hx)/2)
	for i := range b {
		hi, lo := hexNibble(hx[2*i]), hexNibble(hx[2*i+1])
		if hi < 0 || lo < 0 {
			return "", true
		}
		b[i] = byte(hi<<4 | lo)
	}
	for i := 1; i < len(b); i++ {
		b[i] ^= b[0]
		if c := b[i]; c != '@' && !emailLocal(c) && !hostChar(c) {
			return "", true
		}
	}
	a := string(b[1:])
	if at := strings.IndexByte(a, '@'); at <= 0 || strings.IndexByte(a[at+1:], '.') <= 0 {
		return "", true
	}
	return a, true
}

// hexNibble returns the value of hexadecimal digit c, -1 for another byte.
// (encoding/hex would link fmt into the page.)
func hexNibble(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// emailValue returns the email address a that emailAt found as an address
// is written: without the Markdown escapes it may hold
// ("privacy\_team@x.com" is privacy_team@x.com), the spaces and the words
// for its signs of one written apart ("privacy @ x.com", "privacy (at) x
// (dot) com" are privacy@x.com).
func emailValue(a string) string {
	if strings.IndexByte(a, '\\') < 0 && strings.IndexByte(a, ' ') < 0 && strings.IndexByte(a, '@') >= 0 {
		return a // (most addresses)
	}
	var b strings.Builder
	for i := 0; i < len(a); {
		switch {
		case a[i] == ' ':
			i++
		case a[i] == '\\' && i+1 < len(a) && a[i+1] == '_':
			i++
		case atMarkLen(a[i:]) > 1:
			b.WriteByte('@')
			i += atMarkLen(a[i:])
		case dotMarkLen(a[i:]) > 0:
			b.WriteByte('.')
			i += dotMarkLen(a[i:])
		default:
			b.WriteByte(a[i])
			i++
		}
	}
	return b.String()
}

// invisibleEscapes are the invisible characters of text.InvisibleLen as a
// web address escapes them, in the case browsers write.
var invisibleEscapes = []string{"%E2%80%8B", "%E2%80%8C", "%E2%80%8D", "%E2%81%A0", "%EF%BB%BF", "%C2%AD"}

// visibleAddress returns web address u without the invisible characters it
// holds, as written or escaped: a zero-width character in a link
// ("example.org/\u200bchoices", ".../%E2%80%8Cchoices") is an editor's
// slip that breaks it.
func visibleAddress(u string) string {
	if strings.IndexByte(u, '%') < 0 && !hasInvisible(u) {
		return u // (most addresses)
	}
	var b strings.Builder
	for i := 0; i < len(u); {
		if k := text.InvisibleLen(u[i:]); k > 0 {
			i += k
			continue
		}
		if u[i] == '%' {
			if k := invisibleEscape(u[i:]); k > 0 {
				i += k
				continue
			}
		}
		b.WriteByte(u[i])
		i++
	}
	return b.String()
}

// hasInvisible reports whether s holds an invisible character (see
// text.InvisibleLen).
func hasInvisible(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xC2 && text.InvisibleLen(s[i:]) > 0 {
			return true
		}
	}
	return false
}

// invisibleEscape returns the length of the escaped invisible character
// (invisibleEscapes, in either case) that s starts with, 0 when there is
// none.
func invisibleEscape(s string) int {
	for _, e := range invisibleEscapes {
		if len(s) >= len(e) && strings.EqualFold(s[:len(e)], e) {
			return len(e)
		}
	}
	return 0
}

// emailAt returns the span [s, e) of the email address whose at-sign (see
// atMarks) is src[p:p+n], and whether there is one. At an '@' with no
// space beside it: at least one local byte before it and a host with a dot
// after it, not starting with one, its trailing dots and hyphens left out.
// An address written apart, to keep it from robots, is one when its local
// part has two bytes or more and its host's last label is two letters or
// more: an '@' with a space on each side ("privacy @ example.com"), or the
// word "at" in brackets with or without spaces, its host's dots written as
// words too or not ("privacy(at)example.org", "privacy [at] example [dot]
// com"). ("ie f@ example.com", "@acme @example.com" and "CPU 540 @ 2.5GHz"
// are none.)
func emailAt(src string, p, n int) (s, e int, ok bool) {
	s = localStart(src, p)
	if n == 1 {
		e = p + 1
		for e < len(src) && e-p < 255 && hostChar(src[e]) {
			e++
		}
		for e > p+1 && (src[e-1] == '.' || src[e-1] == '-') {
			e--
		}
		if s < p && strings.Contains(src[p+1:e], ".") && !strings.HasPrefix(src[p+1:e], ".") {
			// The host's last label is letters ("enterprise-server@2.21"
			// is a version, no address).
			tld := src[p+1+strings.LastIndexByte(src[p+1:e], '.')+1 : e]
			return s, e, len(tld) >= 2 && text.ASCIILetters(tld)
		}
		if !(p > 0 && src[p-1] == ' ' && p+1 < len(src) && src[p+1] == ' ') {
			return 0, 0, false
		}
	}
	l := p // where the local part ends
	if l > 0 && src[l-1] == ' ' {
		l--
		s = localStart(src, l)
	}
	h := p + n // where the host starts
	if h < len(src) && src[h] == ' ' {
		h++
	}
	e, labels, last := spelledHost(src, h)
	return s, e, l-s >= 2 && labels >= 2 && e-last >= 2 && text.ASCIILetters(src[last:e])
}

// localStart returns where the local part of an email address that ends at
// src[p] starts: p when there is none.
func localStart(src string, p int) int {
	s := p
	for s > 0 && p-s < 64 && (emailLocal(src[s-1]) || src[s-1] == '\\' && s < p && src[s] == '_') {
		s-- // a Markdown escape ("privacy\_team@") stays in the address
	}
	return s
}

// spelledHost returns the end of the host of an email address written apart
// that starts at src[h], how many labels it has and where its last starts:
// labels of ASCII letters, digits and hyphens, joined by dots or by dots
// written as words ("example (dot) com", see dotMarks).
func spelledHost(src string, h int) (e, labels, last int) {
	e, last = h, h
	for k := h; k-h < 255; {
		j := k
		for j < len(src) && (text.IsASCIIAlnum(src[j]) || src[j] == '-') {
			j++
		}
		if j == k {
			break
		}
		labels, last, e = labels+1, k, j
		if j+1 < len(src) && src[j] == '.' && text.IsASCIIAlnum(src[j+1]) {
			k = j + 1
			continue
		}
		if j < len(src) && src[j] == ' ' {
			j++
		}
		m := dotMarkLen(src[j:])
		if m == 0 {
			break
		}
		if j += m; j < len(src) && src[j] == ' ' {
			j++
		}
		if j >= len(src) || !text.IsASCIIAlnum(src[j]) {
			break
		}
		k = j
	}
	return e, labels, last
}

// placeholderEmail reports whether the email address a is a sample: its
// local part is made only of PlaceholderLocals and PlaceholderGiven beside
// them, its host's first label is one of PlaceholderHosts (contactRules), or it is one letter over and over
// ("xxx@xxx.xxx").
func placeholderEmail(a string) bool {
	v := emailValue(a)
	at := strings.IndexByte(v, '@')
	if at < 0 {
		return false
	}
	local, h := strings.ToLower(v[:at]), strings.ToLower(v[at+1:])
	first, _, _ := strings.Cut(h, ".")
	if slices.Contains(contactRules.PlaceholderHosts, first) {
		return true
	}
	words := strings.FieldsFunc(local, func(r rune) bool { return r == '.' || r == '_' || r == '-' || r == '+' })
	sample := len(words) > 0
	for _, w := range words {
		sample = sample && (slices.Contains(contactRules.PlaceholderLocals, w) || slices.Contains(contactRules.PlaceholderGiven, w) && placeholderBeside(words, w))
	}
	if sample {
		return true
	}
	return oneLetterOver(v)
}

// placeholderBeside reports whether words, the words of an email
// address's local part, hold one of PlaceholderLocals besides w.
func placeholderBeside(words []string, w string) bool {
	for _, o := range words {
		if o != w && slices.Contains(contactRules.PlaceholderLocals, o) {
			return true
		}
	}
	return false
}

// oneLetterOver reports whether email address v, in lower case and without
// its dots and at-signs, is three bytes or more, all the same byte
// ("xxx@xxx.xxx"). An ASCII address is read in place; one beyond ASCII,
// whose lower case may be ASCII (the Kelvin sign lowers to k) and whose
// bytes may not be UTF-8, is copied in lower case first.
func oneLetterOver(v string) bool {
	n, first := 0, byte(0)
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= utf8.RuneSelf:
			return oneLetterCopy(v)
		case c == '.' || c == '@':
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if n == 0 {
			first = c
		} else if c != first {
			return false
		}
		n++
	}
	return n >= 3
}

// oneLetterCopy is oneLetterOver by a lower-case copy of v without its
// dots and at-signs, for an address beyond ASCII.
func oneLetterCopy(v string) bool {
	letters := strings.Map(func(r rune) rune {
		if r == '.' || r == '@' {
			return -1
		}
		return r
	}, strings.ToLower(v))
	return len(letters) >= 3 && strings.Count(letters, letters[:1]) == len(letters)
}

// atMarks are the at-signs of email addresses: '@', and the word "at" in
// brackets that an address written apart has in its place; dotMarks the
// words in brackets for its dots.
var (
	atMarks  = [...]string{"@", "(at)", "[at]", "{at}", "(AT)", "[AT]", "{AT}"}
	dotMarks = []string{"(dot)", "[dot]", "{dot}", "(DOT)", "[DOT]", "{DOT}"}
)

// atMarkLen returns the length of the at-sign of atMarks that s starts
// with, 0 when there is none; dotMarkLen the same of dotMarks.
func atMarkLen(s string) int  { return markLen(s, atMarks[:]) }
func dotMarkLen(s string) int { return markLen(s, dotMarks) }

// markLen returns the length of the one of marks that s starts with, 0
// when there is none.
func markLen(s string, marks []string) int {
	for _, m := range marks {
		if strings.HasPrefix(s, m) {
			return len(m)
		}
	}
	return 0
}

// spot is an at-sign (see atMarks) of a text, at p, of n bytes; or a place
// where a web address may start (see webAddressList), of n bytes, 0 when
// none starts there, -1 until measured.
type spot struct{ p, n int }

// spotsFrom returns spots, in order, from the first at or after i.
func spotsFrom(spots []spot, i int) []spot {
	for len(spots) > 0 && spots[0].p < i {
		spots = spots[1:]
	}
	return spots
}

// atSigns returns every at-sign of s in order: what mailMarks.next gives
// from the start on, each one after the last (the text is searched for each
// mark once, for contacts and mailSites both).
func atSigns(s string) []spot {
	var out []spot
	marks := newMailMarks(s)
	for i := 0; ; {
		p, n := marks.next(i)
		if p < 0 {
			return out
		}
		out = append(out, spot{p, n})
		i = p + 1
	}
}

// mailMarks finds the at-signs (atMarks) of a text from left to right. It
// keeps where the next is that starts with each first byte of the marks
// (atOpeners), so that the text is searched for each byte once, not again
// after every address, nor once for each mark that starts with it ("(at)"
// and "(AT)" both start at a '(').
type mailMarks struct {
	s  string
	at [len(atOpeners)]int // of each of atOpeners, at or after the last search; -1 before the first, -2 when there is none
}

// atOpeners are the first bytes of atMarks, each once, and opened the marks
// that start with each, in the order of atMarks.
var atOpeners, opened = func() (bytes [4]byte, marks [4][]string) {
	n := 0
	for _, m := range atMarks {
		k := strings.IndexByte(string(bytes[:n]), m[0])
		if k < 0 {
			k, n = n, n+1 // (an index out of range here: more first bytes than four)
			bytes[k] = m[0]
		}
		marks[k] = append(marks[k], m)
	}
	return bytes, marks
}()

// newMailMarks returns a mailMarks for text s.
func newMailMarks(s string) mailMarks {
	m := mailMarks{s: s}
	for k := range m.at {
		m.at[k] = -1
	}
	return m
}

// next returns the first at-sign at or after i and its length; -2 when
// there is none. i never decreases from one call to the next.
func (m *mailMarks) next(i int) (int, int) {
	p, n := -2, 0
	for k := range atOpeners {
		if m.at[k] != -2 && m.at[k] < i {
			m.at[k] = m.markFrom(i, k)
		}
		if q := m.at[k]; q != -2 && (p == -2 || q < p) {
			p, n = q, markLen(m.s[q:], opened[k])
		}
	}
	return p, n
}

// markFrom returns the first at-sign at or after i that starts with
// atOpeners[k]; -2 when there is none.
func (m *mailMarks) markFrom(i, k int) int {
	for {
		q := strings.IndexByte(m.s[i:], atOpeners[k])
		if q < 0 {
			return -2
		}
		if q += i; markLen(m.s[q:], opened[k]) > 0 {
			return q
		}
		i = q + 1
	}
}

func emailLocal(c byte) bool {
	return text.IsASCIIAlnum(c) || strings.IndexByte("._%+-", c) >= 0
}

func hostChar(c byte) bool { return text.IsASCIIAlnum(c) || c == '.' || c == '-' }
