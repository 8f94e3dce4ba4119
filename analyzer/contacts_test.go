package analyzer

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/internal/text"
)

// TestWebAddresses checks webAddresses.next, called with ever larger
// offsets as contacts calls it, against a plain search from each offset.
func TestWebAddresses(t *testing.T) {
	for _, s := range []string{
		"",
		"no address here",
		"see https://example.com/privacy and www.example.org, or http://a.b/c",
		"www.first.com then shttp://no.com then https://x.y/z www.last.net",
		"httphttp://x.com wwww.y.com http:// www. https://ok.com/a?b=c",
	} {
		want := func(i int) int {
			for p := i; p < len(s); p++ {
				if (strings.HasPrefix(s[p:], "http") || strings.HasPrefix(s[p:], "www.")) &&
					(p == 0 || !text.IsASCIIAlnum(s[p-1])) && text.URLLen(s[p:]) > 0 {
					return p
				}
			}
			return -2
		}
		for step := 1; step <= 7; step += 3 {
			w := webAddresses{s: s, http: -1, www: -1}
			for i := 0; i < len(s); i += step {
				if got := w.next(i); got != want(i) {
					t.Fatalf("%q: next(%d) = %d, want %d", s, i, got, want(i))
				}
			}
		}
	}
}

// TestContactsLeavePageFiles checks that a page's images, scripts and
// style sheets, a link's text beside its target and words that merely hold
// a contact word ("uploads", "platform", "information") make no contacts,
// while privacy pages a sentence points to, opt-out pages on the company's
// own site and link targets still do (another's opt-out page, the industry's
// "adpages.example/choices", does not: see TestContactsLeaveOthersTools).
func TestContactsLeavePageFiles(t *testing.T) {
	src := "# Privacy Policy\n\n" +
		"We collect your email address to run the service.\n\n" +
		"To opt out of interest-based ads, visit [www.adpages.example](https://www.adpages.example/choices).\n\n" +
		"[![logo](https://cdn.example.com/uploads/logo.svg)](https://www.example.com/home)\n\n" +
		"Our products: https://www.example.com/platform/tools and https://www.example.com/information/about and https://www.example.com/downloads/ .\n\n" +
		"Script: https://www.example.com/js/formdata.min.js?ver=2 and https://www.example.com/privacy/banner.png\n\n" +
		"Install the browser add-on at https://tools.example.com/gaoptout or learn more at https://www.example.com/legal/privacy or https://www.example.com/opt/out .\n"
	wantContacts(t, src, "https://tools.example.com/gaoptout",
		"https://www.example.com/legal/privacy", "https://www.example.com/opt/out")
}

// TestContactsEndAtTheirLink checks that a link's target ends at the ")"
// that closes the link, with text or another link right after it ("...
// [here](https://x.example/contact)and", "url(https://x/i.svg)}"), and keeps
// brackets of its own ("wiki/Opt_(out)").
func TestContactsEndAtTheirLink(t *testing.T) {
	src := "# Privacy Policy\n\n" +
		"For questions, please [contact us](https://www.example.com/contact)and we will answer.\n\n" +
		"To opt out, see [opt out](https://www.example.com/wiki/Opt_(out))[Help](https://www.example.com/help).\n\n" +
		".nav .contact-icon::before{content:url(https://cdn.example.com/images/contact_icon.svg)}#nav .x{}\n"
	wantContacts(t, src, "https://www.example.com/contact", "https://www.example.com/wiki/Opt_(out)", "https://www.example.com/help")
}

// TestContactPartsWhole checks that a part word of an address ("opt",
// "form", "right") counts only as a whole part ("/opt/out", "#optin",
// "/forms/", "rights"), not inside a longer word ("options", "formats",
// "formal", "optimization").
func TestContactPartsWhole(t *testing.T) {
	for u, want := range map[string]bool{
		"https://www.example.com/opt/out":                 true,
		"https://www.example.com/privacy/opting_out":      true,
		"https://www.example.com/privacy#optin":           true,
		"https://www.example.com/forms/privacy":           true,
		"https://www.example.com/privacy#rights":          true,
		"https://www.example.com/options-trading/":        false,
		"https://support.example.com/supported-formats/":  false,
		"https://www.example.org/wiki/Privacy/de-formal":  false,
		"https://www.example.com/yield-optimization-page": false,
	} {
		if got := contactPartSet.wholePart(u); got != want {
			t.Errorf("%s: %v, want %v", u, got, want)
		}
	}
}

// TestPartInPage checks that a part word counts in the host or the last
// two parts of the path with the query and fragment, not in a folder
// higher up (a section of the policy under "/help/rights/").
func TestPartInPage(t *testing.T) {
	for u, want := range map[string]bool{
		"https://www.example.com/opt/out":                                   true,
		"https://www.example.com/forms/privacy":                             true,
		"https://www.example.com/privacy#rights":                            true,
		"https://www.example.com/legal/privacy?section=rights":              true,
		"https://dpo.example.com/":                                          true,
		"https://www.example.com/privacy/your-rights/":                      true,
		"https://www.example.com/help/rights/privacy/policy/what-we-gather": false,
		"https://www.example.com/help/rights/copyright/notice.html":         false,
		"https://www.example.com/legal/options-trading/":                    false,
	} {
		if got := partInPage(u); got != want {
			t.Errorf("%s: %v, want %v", u, got, want)
		}
	}
}

// TestContactsLeaveLinkedPolicies checks that a link labelled as a policy
// is no contact, even beside an opt-out link (kept: a right in a menu's
// label), nor is another's opt-out page named a privacy policy.
func TestContactsLeaveLinkedPolicies(t *testing.T) {
	src := "Analytics (Acme Inc.): data collected: cookies. Place of processing: United States - " +
		"[Privacy Policy](https://www.acme.example/legal/privacy/) - [Opt Out](https://tools.acme.example/analytics-off).\n\n" +
		"See our [Cookie Policy](https://www.example.com/cookies) and contact us with questions.\n\n" +
		"You may opt out via its [privacy policy](https://www.vendor.example/privacy/optout.html).\n"
	wantContacts(t, src, "https://tools.acme.example/analytics-off")
}

// TestContactsLeaveSamplesAndVersions checks that an address written as a
// sample ("yourname@acme-corp.com", "xxx@xxx.xxx", "help@yourcompany.com")
// or a version tag ("server@2.21") is no contact, and a real one still is.
func TestContactsLeaveSamplesAndVersions(t *testing.T) {
	src := "Use a work address such as yourname@acme-corp.com to sign in.\n\n" +
		"Addresses like firstname.surname@acme-corp.com are business data.\n\n" +
		"The field takes an address in the form xxx@xxx.xxx only.\n\n" +
		"Write to privacy@sample-domain.com, not help@yourcompany.com.\n\n" +
		"This page applies to enterprise-server@2.21 and later.\n\n" +
		"A sample record reads john.doe@acme-corp.com.\n\n" +
		"Questions? Email dpo@acme.co.uk or our founder at john@acme.co.uk.\n"
	wantContacts(t, src, "privacy@sample-domain.com", "dpo@acme.co.uk", "john@acme.co.uk")
}

// TestPageAsset checks pageAsset against the plain reading of its rule (the
// query or fragment cut at the first ? or #, then any ending in any case),
// and that every ending starts with the dot it tests first.
func TestPageAsset(t *testing.T) {
	for _, end := range assetEnds {
		if !strings.HasPrefix(end, ".") {
			t.Errorf("asset ending %q does not start with a dot", end)
		}
	}
	plain := func(u string) bool {
		if k := strings.IndexAny(u, "?#"); k >= 0 {
			u = u[:k]
		}
		for _, end := range assetEnds {
			if len(u) > len(end) && strings.EqualFold(u[len(u)-len(end):], end) {
				return true
			}
		}
		return false
	}
	for _, u := range []string{"https://a.example/logo.PNG", "https://a.example/x.js?v=1#top", "https://a.example/x#a.css?b",
		"https://a.example/page?img=a.png", "https://a.example/font.woff2", "https://a.example/c\u017fs", "https://a.example/.css",
		".css", "css", "", "https://a.example/x.jpeg#", "https://a.example/x.html", "https://a.example/\u212a.svg", "https://a.example/a.sVg?"} {
		if got, want := pageAsset(u), plain(u); got != want {
			t.Errorf("pageAsset(%q) = %v, want %v", u, got, want)
		}
	}
}

// TestContactsLeaveMenusAndOthersPages checks that a menu of links gives
// only the addresses that say they are ways to reach the company, and that
// a pointer to another company's policy, or to more reading on the
// company's own site (its cookie policy), is no contact, while a way to use
// a right on another site and a contact address on any site still are.
func TestContactsLeaveMenusAndOthersPages(t *testing.T) {
	src := "[Home](https://www.example.com/) | [Help](https://www.example.com/help) | [Contact](https://www.example.com/contact) | [Deutsch](https://www.example.com/de/privacy)\n\n" +
		"# Privacy Policy\n\n" +
		"Questions? Write to privacy@example.com.\n\n" +
		"Learn more about how the analytics vendor uses data at https://www.vendor.example/policies/privacy.\n\n" +
		"Learn more in our [cookie policy](https://www.example.com/cookie-policy).\n\n" +
		"You may delete your account at https://accounts.group.example/account/delete.\n\n" +
		"If you have questions about their practices, contact them at https://www.vendor.example/support.\n"
	wantContacts(t, src, "https://www.example.com/contact", "privacy@example.com",
		"https://accounts.group.example/account/delete", "https://www.vendor.example/support")
}

// TestSite checks the sites ownSites compares.
func TestSite(t *testing.T) {
	for u, want := range map[string]string{
		"https://www.Example.com/a?b": "example.com", "www.bbc.co.uk/privacy": "bbc.co.uk", "http://ask.fm": "ask.fm",
		"https://mail.ppy.sh/x": "ppy.sh", "https://a.b.remove.bg": "remove.bg", "example.org": "example.org",
		"https://x.example.com.au:8080/": "example.com.au", "https://buyercentral.alibaba.com\\_x": "alibaba.com",
	} {
		if got := site(u); got != want {
			t.Errorf("site(%q) = %q, want %q", u, got, want)
		}
	}
}

// contactValues returns the values of the contacts Analyze finds in src,
// in report order.
func contactValues(src string) []string {
	var got []string
	for _, c := range Analyze(src).Contacts {
		got = append(got, c.Value)
	}
	return got
}

// TestContactsWordsOfProse checks that a contact word counts only where it
// says so: not in the name of the company's own site ("bestcontact.example"
// names the company), not inside a longer word ("your contacts",
// "visitors", "as submitted") nor inside a web address of the sentence
// ("/company/visiting/"), and that a right in a menu's label makes that
// link a contact, not the whole menu; while a contact page on the own site
// and a link beside an email address stay contacts (another's site named for
// choices no longer does: an industry's tool).
func TestContactsWordsOfProse(t *testing.T) {
	src := "[Pricing](https://www.bestcontact.example/pricing) | [Talk to us](https://www.bestcontact.example/contact/) | [Blog](https://blog.bestcontact.example/)\n\n" +
		"# Privacy Policy\n\n" +
		"Write to privacy@bestcontact.example with any question.\n\n" +
		"To help your contacts find you, your [username](https://www.example.com/faq#names) is public.\n\n" +
		"Your visits to the site mean you accept our [Terms](https://www.example.com/terms).\n\n" +
		"We forward notices [as the law asks](https://www.example.com/terms#notices) as they were submitted to us.\n\n" +
		"We share data with [companies we own](https://www.example.com/company/visiting/).\n\n" +
		"Learn about ad networks at [the industry site](https://www.adchoices.example/).\n\n" +
		"To use your rights, send an email to rights@bestcontact.example or open our [Privacy Center](https://center.portal.example/brand).\n\n" +
		"[Delete your account](https://www.example.com/account/remove) | [Terms](https://www.example.com/legal) | [Blog](https://www.example.com/blog)\n"
	wantContacts(t, src, "https://www.bestcontact.example/contact/", "privacy@bestcontact.example",
		"rights@bestcontact.example", "https://center.portal.example/brand", "https://www.example.com/account/remove")
}

// TestContactsLeaveCodeAndPastVersions checks that a link to an earlier
// version of the policy or to more reading ("to learn more about cookies,
// click here"; a settings page stays) and the links of a page's code (JSON, HTML
// attributes) are no contacts, and that an email address keeps the
// Markdown escapes of its local part, shown without them.
func TestContactsLeaveCodeAndPastVersions(t *testing.T) {
	src := "# Privacy Policy\n\n" +
		"To see the prior version of this policy, click [here](https://www.example.com/privacy-2019).\n\n" +
		"To learn more about cookies, click [here](https://www.example.com/cookies).\n\n" +
		"To manage your cookies, click [here](https://www.example.com/cookie-settings).\n\n" +
		"Questions? Email privacy\\_team@example.com or the\\_dpo@example.com.\n"
	wantContacts(t, src, "https://www.example.com/cookie-settings", "privacy_team@example.com", "the_dpo@example.com")
	for s, want := range map[string]bool{
		`"items":[{"text":"Visit the shop","href":"https://shop.example.com/items"}]`:                           true,
		`<a class="logo" data-action="click" href="https://www.example.com/">Home</a>`:                          true,
		`Questions? Email us at "privacy@example.com": we answer within a week.`:                                false,
		`For more, see the "Cookies" section or click [here](https://www.example.com/cookies "Cookie policy").`: false,
	} {
		if got := pageCode(s); got != want {
			t.Errorf("pageCode(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMenuOnly checks that a run of three links or more is a menu with a
// title or the name of the page it is on before it, but that a sentence
// of links with words of its own is not.
func TestMenuOnly(t *testing.T) {
	for s, want := range map[string]bool{
		"[Terms](https://x.example/terms) | [Privacy](https://x.example/privacy)":                                                         true,
		"Our company[About](https://x.example/about)[Contact us](https://x.example/contact)[Jobs](https://x.example/jobs)":                true,
		"Privacy policy · [FAQ](https://x.example/faq \"FAQ\") · [Requests](https://x.example/requests) · [Help](https://x.example/help)": true,
		"Contact us at [help](https://x.example/help)":                                                                                    false,
		"You can [delete](https://x.example/d), [export](https://x.example/e) or [fix](https://x.example/f) your data":                    false,
		"Über uns [A](https://x.example/a) [B](https://x.example/b) [C](https://x.example/c)":                                             true,
		"Lesen Sie [A](https://x.example/a) und [B](https://x.example/b)":                                                                 false,
	} {
		if got := menuOnly(s); got != want {
			t.Errorf("menuOnly(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestReferencePage checks that the terms of use and a glossary, as the
// last part of an address's path or its fragment, are reference pages, and
// that a page under them or a word inside a longer one is not.
func TestReferencePage(t *testing.T) {
	for u, want := range map[string]bool{
		"https://www.example.com/legal/terms?lang=en":              true,
		"https://www.example.com/about/tos/":                       true,
		"http://www.example.co.uk/home/article-12/Terms.html":      true,
		"https://www.example.com/terms-of-use/#s3":                 true,
		"https://www.example.com/privacy#glossary-product":         true,
		"https://www.example.com/help/memberagreement/":            true,
		"https://www.example.com/terms/cookies":                    false,
		"https://www.example.com/terms/dnsmpi":                     false,
		"https://www.example.com/karmaterms":                       false,
		"https://www.example.com/privacy/tostring":                 false,
		"https://terms.example.com/":                               false,
		"https://www.example.com/terms-and-conditions/53ce656f5e2": false,
	} {
		if got := referencePage(u); got != want {
			t.Errorf("referencePage(%q) = %v, want %v", u, got, want)
		}
	}
}

// TestContactsWrittenApart checks that an email address written apart to
// keep it from robots is a contact, shown as an address is written: an '@'
// with a space on each side, the word "at" (and "dot") in brackets; and
// that a one-sided space, a handle list and a clock speed are none.
func TestContactsWrittenApart(t *testing.T) {
	src := "# Privacy Policy\n\n" +
		"To be removed, write to privacy @ example.com.\n\n" +
		"To reach our officer, email dpo @ example.net today.\n\n" +
		"For access, contact **rights (at) example (dot) org** at any time.\n\n" +
		"To use these rights, email requests(at)example.org or call us.\n\n" +
		"Questions go to help [at] example [dot] co [dot] uk or to HELP[AT]Example.org.\n\n" +
		"Mail us at team ab c@ example.com or team ab c @example.com.\n\n" +
		"We keep work addresses (@acme @example-ltd @example-corp.com). The test machine ran an X 540 @ 2.53Ghz.\n"
	wantContacts(t, src, "privacy@example.com", "dpo@example.net", "rights@example.org", "requests@example.org",
		"help@example.co.uk", "HELP@Example.org")
}

// TestContactsInvisibleCharacters checks that a zero-width character or a
// soft hyphen inside a web address leaves it whole, shown without them (also
// as its target escapes them), and that one after its end is no part of it.
func TestContactsInvisibleCharacters(t *testing.T) {
	src := "# Privacy Policy\n\n" +
		"To opt out of ads, visit [www.example.com/\u200cmanaging/\u200copt\\_out.asp](http://www.example.com/%E2%80%8Cmanaging/%E2%80%8Copt_out.asp).\n\n" +
		"To access your data, go to [https://portal.example.com/q/12\u200b34](https://portal.example.com/q/1234) or write to us.\n\n" +
		"For questions, contact us at https://www.example.com/con\u00adtact\u200b now.\n"
	wantContacts(t, src, "http://www.example.com/managing/opt_out.asp", "https://portal.example.com/q/1234", "https://www.example.com/contact")
}

// TestContactsLeaveOthersTools checks that an opt-out page on another's
// site (an industry's tool, an analytics vendor's add-on, a browser's help)
// is no contact where its sentence only speaks of opting out or of a right,
// while the company's own opt-out page, a request form another runs for it,
// its representative's contact page and a body to complain to still are.
func TestContactsLeaveOthersTools(t *testing.T) {
	src := "# Privacy Policy\n\n" +
		"Questions? Write to privacy@example.com or see https://www.example.com/help.\n\n" +
		"To opt out of interest-based ads from many companies, visit https://www.adindustry.example/choices.\n\n" +
		"You may opt out of the analytics vendor by installing its add-on at https://tools.vendor.example/dlpage/optout.\n\n" +
		"To opt out of the sale of your data, use https://www.example.com/privacy/opt-out.\n\n" +
		"To delete your data, submit a request at https://portal.formhost.example/dsar/webform/1234.\n\n" +
		"Our representative in the Union can be reached at https://www.repfirm.example/contact-representative/.\n\n" +
		"You have the right to lodge a complaint with the regulator at https://www.regulator.example/complaints.\n"
	wantContacts(t, src, "privacy@example.com", "https://www.example.com/help", "https://www.example.com/privacy/opt-out",
		"https://portal.formhost.example/dsar/webform/1234", "https://www.repfirm.example/contact-representative/",
		"https://www.regulator.example/complaints")
}

// wantContacts checks that the contacts of src's report are want, in order.
func wantContacts(t *testing.T, src string, want ...string) {
	t.Helper()
	if got := contactValues(src); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("contacts:\n got %q\nwant %q", got, want)
	}
}

// TestAtSigns checks atSigns, which searches the text once for each first
// byte of atMarks, against a test of every offset with atMarkLen, on texts
// made of the marks' bytes and a few others.
func TestAtSigns(t *testing.T) {
	texts := []string{"", "@", "(at)", "a (AT) b [at] c {At} d (at] e {AT}@x(at)", "((at)[[AT]{{at}}@@"}
	rng := rand.New(rand.NewPCG(27, 5))
	const bytes = "@([{)]}aAtT x"
	for range 20000 {
		b := make([]byte, rng.IntN(24))
		for k := range b {
			b[k] = bytes[rng.IntN(len(bytes))]
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		var want []spot
		for p := range len(s) {
			if n := atMarkLen(s[p:]); n > 0 {
				want = append(want, spot{p, n})
			}
		}
		got := atSigns(s)
		if len(got) != len(want) {
			t.Fatalf("atSigns(%q) = %v, want %v", s, got, want)
		}
		for k := range got {
			if got[k] != want[k] {
				t.Fatalf("atSigns(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// TestDocumentLabel compares documentLabel with what it was, a lower-case
// copy of the label after a search back to the text's last '[', over links
// whose label is each of documentLabels in several cases, with the
// Kelvin sign for a k, padded to 38-42 bytes, and after other brackets.
func TestDocumentLabel(t *testing.T) {
	was := func(txt string, s int) bool {
		if s < 2 || txt[s-2:s] != "](" {
			return false
		}
		k := strings.LastIndexByte(txt[:s-2], '[')
		if k < 0 || s-2-k > 40 {
			return false
		}
		label := strings.ToLower(strings.Trim(txt[k+1:s-2], " *_"))
		for _, l := range contactRules.DocumentLabels {
			if label == l {
				return true
			}
		}
		return false
	}
	var labels []string
	for _, l := range append(slices.Clone(contactRules.DocumentLabels), "privacy", "terms of use", "") {
		labels = append(labels, l, strings.ToUpper(l), strings.ReplaceAll(l, "p", "P"), strings.ReplaceAll(l, "k", "\u212a"), " **"+l+"** ")
	}
	n := 0
	for _, l := range labels {
		for pad := 0; pad <= 42-len(l); pad++ {
			for _, before := range []string{"", "see [", "[a] ", "x"} {
				label := l + strings.Repeat(" ", pad)
				if pad%2 == 1 {
					label = strings.Repeat("_", pad) + l
				}
				txt := before + "[" + label + "](https://example.com/p)"
				s := strings.Index(txt, "](") + 2
				if got, want := documentLabel(txt, s), was(txt, s); got != want {
					t.Fatalf("documentLabel(%q) = %v, want %v", txt, got, want)
				}
				n++
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d links", n)
	}
}

// TestOneLetterOver compares oneLetterOver with oneLetterCopy, what
// placeholderEmail did for every address (a lower-case copy without dots
// and at-signs whose bytes are all its first), over addresses of a few
// letters in either case, dots, at-signs, the Kelvin sign, a letter beyond
// ASCII and a byte that is not UTF-8.
func TestOneLetterOver(t *testing.T) {
	was := oneLetterCopy // what placeholderEmail did for every address
	parts := []string{"x", "X", "k", "K", "\u212a", "y", ".", "@", "é", "\xff", "xx"}
	var walk func(v string, depth int)
	n := 0
	walk = func(v string, depth int) {
		if got, want := oneLetterOver(v), was(v); got != want {
			t.Fatalf("oneLetterOver(%q) = %v, want %v", v, got, want)
		}
		n++
		if depth == 0 {
			return
		}
		for _, p := range parts {
			walk(v+p, depth-1)
		}
	}
	walk("", 5)
	if n < 100000 {
		t.Fatalf("only %d addresses", n)
	}
}

// TestContactsLeavePagesToRead checks that a page to read (the terms, a
// link labelled as a policy) stays no contact where only its sentence would
// make it one: a pointer to the company's own site, or a menu link whose
// label names a right; the same sentences' other pages still are.
func TestContactsLeavePagesToRead(t *testing.T) {
	src := "Please visit https://www.example.com/legal/terms for the rules of our service.\n\n" +
		"Please visit https://www.example.com/account/settings to change your settings.\n\n" +
		"[Delete your account](https://www.example.com/help/terms) | [Home](https://www.example.com/) | [Blog](https://www.example.com/blog)\n\n" +
		"[Delete your account](https://www.example.com/help/delete) | [Home](https://www.example.com/) | [Blog](https://www.example.com/blog)\n"
	wantContacts(t, src, "https://www.example.com/account/settings", "https://www.example.com/help/delete")
}

// TestOthersToolsStayHow checks that another's opt-out tool, no contact,
// still tells how to use the right of its sentence, and covers no contact
// item of the checklist: a policy that names only such tools misses one.
func TestOthersToolsStayHow(t *testing.T) {
	src := "[Home](https://www.example.com/) | [Blog](https://www.example.com/blog) | [Jobs](https://www.example.com/jobs)\n\n" +
		"# Privacy Policy\n\n" +
		"We collect your email address and share it with advertisers for interest-based ads.\n\n" +
		"To opt out of interest-based ads from many companies, visit [the industry page](https://www.adindustry.example/choices).\n"
	r := Analyze(src)
	if len(r.Contacts) != 0 {
		t.Errorf("contacts = %v, want none", r.Contacts)
	}
	how := false
	for _, rt := range r.Rights {
		how = how || slices.Contains(rt.How, "https://www.adindustry.example/choices")
	}
	if !how {
		t.Errorf("no right's how holds the industry's tool: %+v", r.Rights)
	}
	if !slices.ContainsFunc(r.Missing, func(m Missing) bool { return m.ID == "contact" }) {
		t.Errorf("missing = %v, want contact among them", r.Missing)
	}
}

// TestContactsLeavePolicySections checks that a link to a section of a
// policy (a fragment of a page of PolicyPages), to another company's
// policy by its label ("[Vendor privacy policy]"), and a site the reader
// visits are no contacts, nor the reader's contact information; while the
// company's page reached "by visiting" it is one.
func TestContactsLeavePolicySections(t *testing.T) {
	src := "# Privacy Policy\n\n" +
		"Learn how to use [your choices](https://www.example.com/privacy-policy#your-choices) at any time.\n\n" +
		"To opt out, [click here](https://www.example.com/privacy-policy#/optout) now.\n\n" +
		"Your help requests are stored according to the [Helpdesk Vendor privacy policy](https://www.helpdesk.example/company/privacy/).\n\n" +
		"Data is collected when you visit [www.example.com](https://www.example.com/) and our other sites.\n\n" +
		"We use contact information to enable [sign-in checks](https://help.example.com/account/two-step).\n\n" +
		"You can manage your data by visiting the [account center](https://www.example.com/account/center).\n\n" +
		"Questions? Write to privacy@example.com.\n"
	wantContacts(t, src, "https://www.example.com/privacy-policy#/optout", "https://www.example.com/account/center", "privacy@example.com")
}

// TestContactsVendorRunsOwnForm checks that an opt-out form another runs
// for the company, whose host or query names one of the company's sites,
// is the company's own (a contact), not another's tool.
func TestContactsVendorRunsOwnForm(t *testing.T) {
	src := "# Privacy Policy\n\n" +
		"Questions? Write to privacy@acmetoys.com.\n\n" +
		"To opt out of the sale of your data, use the [tool](https://prefs.vendor.example/?type=acmetoys&pid=acmetoys01).\n\n" +
		"You can unsubscribe by clicking [here](https://acmetoys.mailhost.example/unsubscribe/).\n\n" +
		"To opt out of interest-based ads from many companies, visit https://www.adindustry.example/choices/?type=acmetoysccpa.\n"
	wantContacts(t, src, "privacy@acmetoys.com", "https://prefs.vendor.example/?type=acmetoys&pid=acmetoys01",
		"https://acmetoys.mailhost.example/unsubscribe/")
}

// TestContactsOwnSiteNamedInOpening checks that a site whose name the
// policy's opening gives as a proper name is the company's own though its
// emails are on another domain: its opt-out page is a contact, while an
// industry's is not.
func TestContactsOwnSiteNamedInOpening(t *testing.T) {
	src := "# Privacy Policy\n\nZibblo and Quorra (the Services) are run by Parent Group, Inc.\n\n" +
		"Questions? Write to privacy@parentgroup.example.\n\n" +
		"To opt out of the sale of your data, click [here](http://www.zibblo.example/ccpa_opt_out.html).\n\n" +
		"To opt out of interest-based ads from many companies, visit https://www.adindustry.example/choices.\n"
	wantContacts(t, src, "privacy@parentgroup.example", "http://www.zibblo.example/ccpa_opt_out.html")
}

// TestContactsOthersSiteNamedMost checks that the site a policy names most
// is not taken for the company's when its email addresses' site is named
// too: the analytics vendor's opt-out page stays another's tool.
func TestContactsOthersSiteNamedMost(t *testing.T) {
	src := "# Privacy Policy\n\nWrite to support@mixly.example or see https://www.mixly.example/help.\n\n" +
		"We use Vendor Analytics (https://www.vendor.example/analytics, https://www.vendor.example/terms). " +
		"To opt out of Vendor Analytics, install https://tools.vendor.example/dlpage/optout.\n"
	wantContacts(t, src, "support@mixly.example", "https://www.mixly.example/help")
}

// TestContactsLeaveImageNames checks that an image's file name holding an
// at-sign ("logo@2x.svg") is no email address.
func TestContactsLeaveImageNames(t *testing.T) {
	wantContacts(t, "Write to privacy@example.com.\n\n![Group](/uploads/Group-27@2x.svg)\n", "privacy@example.com")
}

// TestContactsReadProtectedEmail checks that an address a content network
// hides behind its email-protection page is the address its fragment
// encodes, and that such a page without one (or with no address in it) is
// no contact.
func TestContactsReadProtectedEmail(t *testing.T) {
	src := "# Privacy Policy\n\n" +
		"Questions about privacy go to [\\[email protected\\]](https://www.example.org/cdn-cgi/l/email-protection#2a5a58435c4b49536a4f524b475a464f0445584d).\n\n" +
		"You may also write to [\\[email protected\\]](https://www.example.org/cdn-cgi/l/email-protection) or [\\[email protected\\]](https://www.example.org/cdn-cgi/l/email-protection#2a44455e0a4b440a4b4e4e584f5959).\n"
	wantContacts(t, src, "privacy@example.org")
}

// TestContactsLeaveReportsAndTerms checks that a transparency report (its
// word in the host or path) and a link labelled as the terms or a policy,
// whatever its address ("/legal", "/refunds"), are pages to read, no contacts, though their
// sentences speak of requests or hold a right; a request form and a page
// whose query alone names the word stay contacts.
func TestContactsLeaveReportsAndTerms(t *testing.T) {
	src := "# Privacy Policy\n\n" +
		"Learn more about how we [respond to these requests](https://transparency.example.com/principles).\n\n" +
		"We list the government requests we receive in our [report](https://www.example.com/policies/transparency-report-2024/).\n\n" +
		"We may delete your account if you break our [Terms of Use](https://www.example.com/legal).\n\n" +
		"We may disclose data in response to legal requests or to enforce the [General Terms](https://www.example.com/legal/ua).\n\n" +
		"Questions about refunds? Read our [30-day refund policy](https://www.example.com/refunds).\n\n" +
		"To make a request, use our [request form](https://www.example.com/privacy/requests?from=transparency).\n"
	wantContacts(t, src, "https://www.example.com/privacy/requests?from=transparency")
}

// TestContactsLeaveDefinedSites checks that a site the policy names and
// defines as the site or service it covers ("(the \"Site\")", "(collectively,
// the “Example Website”)", "(the \"Service(s)\")") is no contact, while a
// page defined as one to use ("(\"Profile Settings\")") and the same site
// named where the reader is sent to sign in stay contacts.
func TestContactsLeaveDefinedSites(t *testing.T) {
	src := "# Privacy Policy\n\n" +
		"This policy covers users of our services available at [www.example.com](https://www.example.com/about) (the \"Site\").\n\n" +
		"It covers people who visit our websites such as www.example.com (collectively, the “Example Website”).\n\n" +
		"It covers the products we sell at www.example.net (the \"Service(s)\").\n\n" +
		"You can access and delete your profile information [here](https://www.example.com/settings/profile) (\"**Profile Settings**\").\n\n" +
		"To change your preferences, please go to www.example.com and sign in.\n\n" +
		"Questions? Write to privacy@example.com.\n"
	wantContacts(t, src, "https://www.example.com/settings/profile", "www.example.com", "privacy@example.com")
}

// TestContactsLeaveBrowserHelp checks that another's page in a sentence
// with a right that speaks of the browser or its cookies (a browser
// maker's help, a cookie guide) is no contact but still a finding, another's
// tool (for the right's how where the right's sentence is the address's),
// while the company's own cookie settings and another's page where the
// sentence asks the reader to write stay contacts.
func TestContactsLeaveBrowserHelp(t *testing.T) {
	src := "# Privacy Policy\n\n" +
		"Questions? Write to privacy@example.com.\n\n" +
		"How to delete cookies in the Browsa browser: [https://support.webmaker.example/kb/delete-cookies](https://support.webmaker.example/kb/delete-cookies)\n\n" +
		"To learn how to block or delete cookies, visit [www.cookieguide.example](http://www.cookieguide.example/).\n\n" +
		"You can delete cookies in our [cookie settings](https://www.example.com/account/privacy).\n\n" +
		"To delete the cookies our representative keeps, write to them at https://www.repfirm.example/acme.\n"
	r := Analyze(src)
	var got []string
	for _, c := range r.Contacts {
		got = append(got, c.Value)
	}
	if want := []string{"privacy@example.com", "https://www.example.com/account/privacy", "https://www.repfirm.example/acme"}; !slices.Equal(got, want) {
		t.Errorf("contacts:\n got %q\nwant %q", got, want)
	}
	tool := false
	for _, f := range r.Findings {
		tool = tool || f.Text == "https://support.webmaker.example/kb/delete-cookies" && f.note&noteOthersTool != 0
	}
	if !tool {
		t.Errorf("the browser's help is no finding marked as another's tool: %+v", r.Findings)
	}
}

// TestContactsCueInOneLabel checks that a contact cue in the label of one
// link of a run of links ("[Blog](...) | [Contact Us](...) Copyright ...",
// a footer with words of its own) makes that link a contact, not the
// others, and that a cue in a link's target ("(#contact-information)") is
// none; while a cue in the sentence's own words keeps all its links.
func TestContactsCueInOneLabel(t *testing.T) {
	src := "# Privacy Policy\n\n" +
		"Questions? Write to privacy@example.com.\n\n" +
		"More from the Example team: [Site Map](https://www.example.com/sitemap.html) | [Blog](https://blog.example.com/) | [Press Room](https://www.example.com/press/) | [Ask Us](https://help.example.com/ask.html)  \n" +
		"Copyright © Example, Inc. All rights reserved.\n\n" +
		"When you subscribe to an [Example](https://www.example.com/) newsletter, your [details](#contact-information) are shared with the [publisher](https://www.example.com/publishers).\n\n" +
		"For questions, see the [Help Center](https://help.example.com/) or [write to us](https://www.example.com/write).\n"
	wantContacts(t, src, "privacy@example.com", "https://help.example.com/ask.html", "https://help.example.com/", "https://www.example.com/write")
}

// TestContactsLeaveAuthoritiesRequests checks that "requests" that are an
// authority's (law enforcement's, a government's, DNS requests), in the
// sentence or in the address, make no way to reach the company, while the
// reader's request form and a sentence that also says to contact them
// still do.
func TestContactsLeaveAuthoritiesRequests(t *testing.T) {
	src := "# Privacy Policy\n\n" +
		"Questions? Write to privacy@example.com.\n\n" +
		"For more about what we disclose in response to requests from law enforcement, please see our [Report](https://www.example.com/about/lerr/).\n\n" +
		"We disclose data in response to a subpoena or court order ([more](https://www.example.com/legal/lawenforcementrequests.html)).\n\n" +
		"Your browser sends DNS requests to a resolver that meets our [standards](https://www.example.com/resolver-standards).\n\n" +
		"To make a request about your data, use our [form](https://www.example.com/privacy/requests).\n\n" +
		"For government requests, please contact our [legal team](https://www.example.com/legal/team).\n"
	wantContacts(t, src, "privacy@example.com", "https://www.example.com/privacy/requests", "https://www.example.com/legal/team")
}

// TestContactsLeaveMenuBrowserHelp checks that in a list of links whose
// labels name a right, a browser maker's help labelled with cookies or an
// opt-out on another's site is another's tool, no contact, while the
// company's own settings page in the same list stays one.
func TestContactsLeaveMenuBrowserHelp(t *testing.T) {
	src := "# Privacy Policy\n\n" +
		"Questions? Write to privacy@example.com.\n\n" +
		"In your browser's settings you can choose which cookies to accept. Where you find these settings depends on your browser:\n\n" +
		"*   [Cookie settings in Chrome](https://support.browserco.example/kb/cookies)\n" +
		"*   [Vendor opt-out](https://www.vendor.example/legal/privacy/)\n" +
		"*   [Your cookie settings](https://www.example.com/account/cookies)\n"
	wantContacts(t, src, "privacy@example.com", "https://www.example.com/account/cookies")
}
