package analyzer

import (
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
// while privacy pages, opt-out pages and link targets still do.
func TestContactsLeavePageFiles(t *testing.T) {
	src := "# Privacy Policy\n\n" +
		"We collect your email address to run the service.\n\n" +
		"To opt out of interest-based ads, visit [www.adpages.example](https://www.adpages.example/choices).\n\n" +
		"[![logo](https://cdn.example.com/uploads/logo.svg)](https://www.example.com/home)\n\n" +
		"Our products: https://www.example.com/platform/tools and https://www.example.com/information/about and https://www.example.com/downloads/ .\n\n" +
		"Script: https://www.example.com/js/formdata.min.js?ver=2 and https://www.example.com/privacy/banner.png\n\n" +
		"Install the browser add-on at https://tools.example.com/gaoptout or read https://www.example.com/legal/privacy or https://www.example.com/opt/out .\n"
	var got []string
	for _, c := range Analyze(src).Contacts {
		got = append(got, c.Value)
	}
	want := []string{"https://www.adpages.example/choices", "https://tools.example.com/gaoptout",
		"https://www.example.com/legal/privacy", "https://www.example.com/opt/out"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("contacts:\n got %q\nwant %q", got, want)
	}
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
