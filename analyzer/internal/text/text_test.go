package text

import (
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

func TestStem(t *testing.T) {
	same := [][]string{
		{"party", "parties"}, {"share", "shares", "shared", "sharing"}, {"cookie", "cookies"},
		{"address", "addresses"}, {"collect", "collects", "collected", "collecting"}, {"process", "processes", "processed"},
		{"third", "3rd"}, {"note", "notes", "noted", "noting"},
	}
	for _, group := range same {
		first := string(Stem([]byte(group[0])))
		for _, w := range group[1:] {
			if got := string(Stem([]byte(w))); got != first {
				t.Errorf("stem(%q) = %q, stem(%q) = %q; want equal", group[0], first, w, got)
			}
		}
	}
	for _, apart := range [][2]string{{"us", "use"}, {"incoming", "income"}, {"evening", "even"}, {"noted", "not"}, {"noting", "not"}, {"https", "http"}} {
		if string(Stem([]byte(apart[0]))) == string(Stem([]byte(apart[1]))) {
			t.Errorf("%q and %q must not meet", apart[0], apart[1])
		}
	}
}

// TestVocabTable checks that every vocabulary word looks up to its id and
// that other words find nothing.
func TestVocabTable(t *testing.T) {
	vocab := map[string]int32{}
	words := []string{""}
	for i := range 500 {
		w := string(Stem([]byte("word" + strconv.Itoa(i))))
		vocab[w] = int32(len(words))
		words = append(words, w)
	}
	for _, w := range []string{"email", "address", "we", "share", "inform", "parti"} {
		vocab[w] = int32(len(words))
		words = append(words, w)
	}
	tb := NewVocabTable(words)
	for w, id := range vocab {
		if got := tb.Lookup([]byte(w)); got != id {
			t.Errorf("lookup(%q) = %d, want %d", w, got, id)
		}
	}
	for _, w := range []string{"", "zzzzqx", "emailx", "e", strings.Repeat("a", 300)} {
		if _, ok := vocab[w]; !ok {
			if got := tb.Lookup([]byte(w)); got != 0 {
				t.Errorf("lookup(%q) = %d, want 0", w, got)
			}
		}
	}
}

func TestTokenizerID(t *testing.T) {
	words := []string{""}
	for _, w := range []string{"email", "address", "we", "share", "inform", "parti", "third", "cooki", "information", "thirdpartycooki"} {
		words = append(words, w)
	}
	tb := NewVocabTable(words)
	tz := Tokenizer{Words: &tb}
	// Twice, so that the second round reads the remembered ids; words that
	// stem alike, words the same but for their length, short and longer
	// words, and more words than the tables have slots.
	var many []string
	for i := range 2 * shortIDs {
		many = append(many, "w"+strconv.Itoa(i), "longerword"+strconv.Itoa(i))
	}
	list := append([]string{"emails", "email", "parties", "party", "3rd", "we", "a", "a\x00", "cookies", "sharing", "informations", "addresses", "addresses\x00", "informationx", "seventeen-letters", "thirdpartycookies"}, many...)
	for range 2 {
		for _, w := range list {
			want := tb.Lookup(Stem([]byte(w)))
			buf := append(make([]byte, 0, 16), w...)
			if got, _ := tz.id(buf); got != want {
				t.Errorf("id(%q) = %d, want %d", w, got, want)
			}
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct {
		s, needle string
		index     int
		suffix    bool
	}{
		{"We collect the FOLLOWING:", "following", 15, false},
		{"the Following data", "following", 4, false},
		{"follow", "following", -1, false},
		{"", "following", -1, false},
		{"Such data may include", "include", 14, true},
		{"text </SCRIPT> more", "</script", 5, false},
		{"<</scrip", "</script", -1, false},
		{"data such As", "such as", 5, true},
	}
	for _, tt := range tests {
		if got := IndexFold(tt.s, tt.needle); got != tt.index {
			t.Errorf("indexFold(%q, %q) = %d, want %d", tt.s, tt.needle, got, tt.index)
		}
		if got := HasSuffixFold(tt.s, tt.needle); got != tt.suffix {
			t.Errorf("hasSuffixFold(%q, %q) = %v, want %v", tt.s, tt.needle, got, tt.suffix)
		}
	}
}

func TestMenuRun(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"a shop's menus", "Skip to Content Home Shop Women Men Kids Sale New Arrivals Best Sellers Gift Cards Help Center Track Order Returns Store Locator Sign In Create Account English Deutsch Français Español Italiano Careers Press Investors Blog Sell Online Pricing Partners", true},
		{"a country picker", "Select Country Argentina Australia Austria Belgium Brazil Canada Chile Denmark Finland France Germany Greece Hungary India Ireland Italy Japan Mexico Norway Poland Portugal Spain Sweden Switzerland Turkey Ukraine United Kingdom United States Uruguay Vietnam", true},
		{"a sentence full of names", "We may also use display advertising and other advanced features through Google Analytics, such as Remarketing with Google Analytics, Google Display Network Impression Reporting, the DoubleClick Campaign Manager Integration and Google Analytics Demographics and Interest Reporting.", false},
		{"a list of categories", "As defined in Section 4, this may be: Data You Provide; Relationship Data; Data You Make Public; Service Data; Content and Advertising Information; Third Party Information; and Device Data that we collect when you visit.", false},
		{"a disclaimer in capitals", "THE SERVICE IS PROVIDED AS IS AND AS AVAILABLE WITHOUT WARRANTIES OF ANY KIND EITHER EXPRESS OR IMPLIED INCLUDING WITHOUT LIMITATION WARRANTIES OF MERCHANTABILITY FITNESS FOR A PARTICULAR PURPOSE OR NON INFRINGEMENT", false},
		{"a short heading", "Privacy Policy Terms of Service Cookie Settings", false},
		// Departments each with a few shelves: many commas, no little words.
		{"a shop's departments", "Home Garden Furniture, Lighting… Kitchen Cookware, Knives, Mugs… Outdoor Tents, Backpacks… Women Dresses, Coats, Boots… Men Shirts, Jackets… Kids Toys, Shoes… Sale Women Sale, Men Sale, Kids Sale… Help Track Order Returns Store Finder Gift Cards", true},
		{"a list of partners", "Partners we work with include Google Analytics, Adobe Analytics, Facebook Pixel, Twitter Ads, LinkedIn Insight, Pinterest Tag, Snap Pixel, TikTok Pixel, Microsoft Clarity, Hotjar, Mixpanel, Amplitude, Segment, Braze, Iterable, Salesforce Marketing Cloud and Zendesk Support.", false},
		{"a table's rows", "Example Holdings Ltd | 1 High Street, London, United Kingdom | Information Commissioner's Office |\n| Example Services GmbH | Hauptstrasse 5, Berlin, Germany | Berlin Commissioner |\n| Example Labs BV | Kade 7, Amsterdam, Netherlands | Dutch Authority Autoriteit Persoonsgegevens |", false},
	}
	for _, tt := range tests {
		if got := MenuRun(tt.s); got != tt.want {
			t.Errorf("%s: MenuRun = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestLinkRun(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"a footer of links", "[About](https://example.com/about) [Careers](https://example.com/jobs) [Do Not Sell My Info](https://example.com/ccpa) [Cookie Settings](https://example.com/cookies)", true},
		{"a menu run together, cut by its tokens", `Home](https://example.com/)[*   Shop](https://example.com/shop "Shop")[*   Help](https://example.com/help)[*   Sign in`, true},
		{"a sentence with links", "We use [Google Analytics](https://example.com/ga), [Mixpanel](https://example.com/mp) and [Hotjar](https://example.com/hj) to measure traffic.", false},
		{"a table of contents", "[Your Rights](#rights) [Sharing](#sharing) [Security](#security)", false},
		{"contents on another URL", "[Your Rights](https://example.com/privacy#rights) [Sharing](https://example.com/privacy#sharing) [Security](https://example.com/privacy#security)", false},
		{"two links", "[Privacy](https://example.com/privacy) [Terms](https://example.com/terms)", false},
	}
	for _, tt := range tests {
		if got := LinkRun(tt.s); got != tt.want {
			t.Errorf("%s: LinkRun = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestWordFast compares Word, whose common case reads a plain ASCII word in
// one run, with wordSlow, the byte by byte reading, at every place of texts
// that start words, end words early and hold what sends Word to wordSlow.
func TestWordFast(t *testing.T) {
	texts := []string{
		"We share Your EMAIL with 3 partners, e.g. ACME's 2nd-party Ads.",
		"don't donât don’t O'Brien COVID19 19COVID 42 x",
		"Café naïve ÉCOLE résumé straße",
		"abcdefgh abcdefghi ABCDEFGH AbCdEfGh12345678 a",
		"end",
		"Word'",
	}
	var fast, slow Tokenizer
	for _, s := range texts {
		for i := range len(s) {
			fe, ff := fast.Word(s, i)
			se, sf := slow.wordSlow(s, i)
			if fe != se || ff&^TokModelWord != sf || string(fast.Buf) != string(slow.Buf) {
				t.Errorf("Word(%q, %d) = %d, %b, %q; wordSlow: %d, %b, %q", s, i, fe, ff, fast.Buf, se, sf, slow.Buf)
			}
		}
	}
}

// TestMenuLines checks which lines BuildStructure marks as a menu or a table
// of contents: links on lines of their own are a menu, short items after
// an intro ("We collect the following:" then "Name", "Email address") are
// a list, and neither is navigation.
func TestMenuLines(t *testing.T) {
	in := "* [Home](https://example.com/)\n* [Shop](https://example.com/shop)\n* [Help Center](https://example.com/help)\n\n" +
		"We collect the following:\nName\nEmail address\nYour IP address\n\nWe keep it for a year.\n"
	tz := Tokenizer{Words: &VocabTable{}}
	toks := tz.Tokenize(in, nil)
	_, blocks, _ := BuildStructure(in, toks, &Abbreviations{}, nil, nil, nil)
	want := map[string]bool{"[Home]": true, "[Shop]": true, "[Help Center]": true, "Name": false, "Email address": false, "Your IP address": false}
	for _, b := range blocks {
		s := in[b.Start:b.End]
		for k, menu := range want {
			if !strings.Contains(s, k) || strings.Contains(s, "[") != strings.HasPrefix(k, "[") {
				continue
			}
			if b.Menu != menu || b.Contents {
				t.Errorf("%q: Menu %v Contents %v, want Menu %v", s, b.Menu, b.Contents, menu)
			}
			if !menu && b.Kind != BlockListItem {
				t.Errorf("%q: kind %s, want a list item", s, b.Kind)
			}
			delete(want, k)
		}
	}
	if len(want) > 0 {
		t.Errorf("lines not found: %v", want)
	}
}

// TestContentsLinks checks which lines that end in a link to a section are
// a table of contents: three or more titles in a row, each then its link
// ("2. How we share data [Jump to section](#share)"); not statements that
// point on ("We do not sell it. [More](#sale)"), answers to questions ("Do
// we sell it? [No](#sale)") nor two such titles alone.
func TestContentsLinks(t *testing.T) {
	tests := []struct {
		in       string
		contents bool
	}{
		{"1.  What we collect [Jump to section](#collect)\n2.  How we share data with our service providers [Jump to section](#share)\n3.  Cookies [Jump to section](#cookies)\n", true},
		{"*   Do we sell your data? [No](#sale)\n*   Do we use cookies? [Yes](#cookies)\n*   Can you delete your data? [Yes](#delete)\n", false},
		{"*   We collect your email. [More](#collect)\n*   We share it with processors. [More](#share)\n*   We keep it for a year. [More](#keep)\n", false},
		{"*   **Data you give us**: we keep your email [here](#a)\n*   **Data we collect**: we log visits [here](#b)\n*   **Data from others**: partners send us lists [here](#c)\n", false},
		{"1.  What we collect [Jump to section](#collect)\n2.  Cookies [Jump to section](#cookies)\n\nWe collect your email.\n", false},
	}
	for _, tt := range tests {
		tz := Tokenizer{Words: &VocabTable{}}
		toks := tz.Tokenize(tt.in, nil)
		_, blocks, _ := BuildStructure(tt.in, toks, &Abbreviations{}, nil, nil, nil)
		for _, b := range blocks {
			if s := tt.in[b.Start:b.End]; strings.Contains(s, "](#") && b.Contents != tt.contents {
				t.Errorf("%q: Contents %v, want %v", s, b.Contents, tt.contents)
			}
		}
	}
}

// TestTables checks how the rows of a Markdown table are read: each row a
// block of its own, read as an item under the sentence that introduces the
// table or else under the row naming the columns; a row answering "No"
// under a column about collecting states nothing; a row's yes/no answers
// stay in the sentence of its first cell.
func TestTables(t *testing.T) {
	type row struct {
		text     string // the start of the row's first sentence
		sentence string // the whole first sentence, when it matters
		intro    string // the start of its intro, "" for none
		kind     string
		contents bool
		none     bool // Block.SharesNone
	}
	tests := []struct {
		name string
		in   string
		rows []row
	}{{
		name: "intro before the table",
		in: "We collected the following categories:\n\n| Category | Collected | Disclosed |\n| --- | --- | --- |\n" +
			"| Identifiers. | Yes | Yes |\n| Biometric data | **No** | No |\n",
		rows: []row{
			{text: "Category", kind: blockParagraph},
			{text: "Identifiers", sentence: "Identifiers. | Yes | Yes", intro: "We collected", kind: BlockListItem},
			{text: "Biometric", kind: blockParagraph, contents: true},
		},
	}, {
		name: "column names after an empty first row",
		in: "Our notice for California.\n\n|     |     |\n| --- | --- |\n| **Data type** | **Disclosed to** |\n" +
			"| Email address | No one |\n| Phone number | Payment processors |\n",
		rows: []row{
			{text: "Data type", kind: blockParagraph},
			{text: "Email address", kind: blockParagraph, none: true}, // read alone: "No one" is about disclosing
			{text: "Phone number", intro: "Data type", kind: BlockListItem},
		},
	}, {
		name: "a yes in another column of disclosing",
		in: "Our notice.\n\n| Category | Disclosed for a business purpose | Disclosed for money |\n| --- | --- | --- |\n" +
			"| Contact details | Yes | No |\n",
		rows: []row{
			{text: "Contact details", kind: blockParagraph},
		},
	}, {
		name: "a no under examples before the no under collected",
		in: "We collected the following categories:\n\n| Category | Examples | Collected |\n| --- | --- | --- |\n" +
			"| Identifiers | Name | Yes |\n| Health data | None | No |\n",
		rows: []row{
			{text: "Identifiers", intro: "We collected", kind: BlockListItem},
			{text: "Health data", kind: blockParagraph, contents: true},
		},
	}, {
		name: "rows do not run on",
		in:   "| Related entities such as affiliates |\n| Commercial information | Service providers |\n",
		rows: []row{
			{text: "Related entities", sentence: "Related entities such as affiliates", kind: blockParagraph},
			{text: "Commercial information", kind: blockParagraph},
		},
	}}
	for _, tt := range tests {
		tz := Tokenizer{Words: &VocabTable{}}
		toks := tz.Tokenize(tt.in, nil)
		_, blocks, sents := BuildStructure(tt.in, toks, &Abbreviations{}, nil, nil, nil)
		for _, r := range tt.rows {
			found := false
			for _, s := range sents {
				if !strings.HasPrefix(tt.in[s.Start:s.End], r.text) {
					continue
				}
				found = true
				b := blocks[s.Block]
				if r.sentence != "" && tt.in[s.Start:s.End] != r.sentence {
					t.Errorf("%s: sentence %q, want %q", tt.name, tt.in[s.Start:s.End], r.sentence)
				}
				intro := ""
				if b.Kind == BlockListItem && b.Intro >= 0 {
					intro = tt.in[sents[b.Intro].Start:sents[b.Intro].End]
				}
				if r.intro == "" && intro != "" || !strings.HasPrefix(intro, r.intro) {
					t.Errorf("%s: %q has intro %q, want %q", tt.name, r.text, intro, r.intro)
				}
				if b.Kind != r.kind || b.Contents != r.contents || b.SharesNone != r.none {
					t.Errorf("%s: %q is a %s (contents %v, shares none %v), want a %s (contents %v, shares none %v)", tt.name, r.text, b.Kind, b.Contents, b.SharesNone, r.kind, r.contents, r.none)
				}
				break
			}
			if !found {
				t.Errorf("%s: no sentence starts with %q", tt.name, r.text)
			}
		}
	}
}

// TestAnswersNo finds the first cell of a table row that says no, after a
// given column.
func TestAnswersNo(t *testing.T) {
	for _, tt := range []struct {
		row         string
		after, want int
	}{
		{"| Identifiers | Yes | No |", 0, 3},
		{"| Biometrics | **No** | No |", 0, 2},
		{"| Biometrics | **No** | No |", 2, 3},
		{"| Health data | None | No |", 2, 3},
		{"| Health data | None | Yes |", 2, 0},
		{"| Email address | No one |", 0, 2},
		{"| Geolocation | Not sold. |", 0, 2},
		{"| Nothing here | Notes |", 0, 0},
		{"| No |", 0, 1},
		{"| unclosed | no", 0, 0},
	} {
		if got := answersNo(tt.row, tt.after); got != tt.want {
			t.Errorf("answersNo(%q, %d) = %d, want %d", tt.row, tt.after, got, tt.want)
		}
	}
}

// TestMarkdownHeadings checks which "#" lines head a section: "#" to
// "######" and a space, on a line not longer than a heading runs; a long
// "#" line (a statement set as a heading, or a heading that lost the line
// break before its text) is a paragraph and heads nothing, nor is a hashtag
// a heading.
func TestMarkdownHeadings(t *testing.T) {
	long := "# 4. How Long We Keep Your Data. We keep your account details for as long as your account is open, " +
		"and your game scores for two years after your last visit. We keep the messages you send us until we have answered them."
	tests := []struct {
		in      string
		heading bool
	}{
		{"# How We Use Your Information", true},
		{"### What information do we collect about you and how do we use it when you visit our websites and apps?", true},
		{"#Privacy", true}, // short and in title case: a heading as any such line is
		{"#OurPromise We never sell the data you give us, and we say so plainly here.", false},
		{long, false},
		// A numbered Markdown heading, its marker set apart by two spaces
		// as pages copied to Markdown set it.
		{"12.  ### Changes to this Privacy Notice", true},
		{"12. ### Changes to this Privacy Notice", true},
	}
	for _, tt := range tests {
		in := tt.in + "\n\nWe collect your email address.\n"
		tz := Tokenizer{Words: &VocabTable{}}
		toks := tz.Tokenize(in, nil)
		_, blocks, _ := BuildStructure(in, toks, &Abbreviations{}, nil, nil, nil)
		if len(blocks) != 2 {
			t.Errorf("%.40q: %d blocks, want 2", tt.in, len(blocks))
			continue
		}
		if got := blocks[0].Kind == BlockHeading; got != tt.heading {
			t.Errorf("%.40q: heading %v, want %v", tt.in, got, tt.heading)
		}
		if got := blocks[1].Heading == 0; got != tt.heading {
			t.Errorf("%.40q: heads the next paragraph %v, want %v", tt.in, got, tt.heading)
		}
	}
}

// TestAloneItems checks short lines after an intro, each between blank
// lines (a list whose tags became blank lines): a run of them is the intro's
// list; a short line followed by its paragraph is that paragraph's heading.
func TestAloneItems(t *testing.T) {
	tests := []struct {
		in   string
		want []string // the kind of each block, in order
	}{
		{"With respect to the data we hold about you, you have the following rights:\n\nRight to information\n\nRight to correction or deletion\n",
			[]string{"paragraph", "list-item", "list-item"}},
		{"When you sign up for an account, we collect the following information:\n\nName\n\nEmail address\n\nWe keep it for a year.\n",
			[]string{"paragraph", "list-item", "list-item", "paragraph"}},
		{"With respect to the data we hold about you, you have the following rights:\n\nRight to information\n\nYou may ask us what we hold about you.\n",
			[]string{"paragraph", "heading", "paragraph"}},
		{"When you use the service, we use the data we hold about you as follows:\n\nOur services\n\nWe run the site with it.\n\nMarketing\n\nWe send you news.\n",
			[]string{"paragraph", "heading", "paragraph", "heading", "paragraph"}},
		{"When you sign up for an account, we collect the following:\nName\nEmail address\n\nCookies\n\nWe use cookies to remember you.\n",
			[]string{"paragraph", "list-item", "list-item", "heading", "paragraph"}},
	}
	for _, tt := range tests {
		tz := Tokenizer{Words: &VocabTable{}}
		toks := tz.Tokenize(tt.in, nil)
		_, blocks, _ := BuildStructure(tt.in, toks, &Abbreviations{}, nil, nil, nil)
		var got []string
		for _, b := range blocks {
			got = append(got, string(b.Kind))
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%.50q: blocks %v, want %v", tt.in, got, tt.want)
		}
		for _, b := range blocks {
			if b.Kind == BlockListItem && b.Intro != 0 {
				t.Errorf("%.50q: item %q: intro %d, want 0", tt.in, tt.in[b.Start:b.End], b.Intro)
			}
		}
	}
}

// TestInitialWrap checks that a line ending in an initial's stop ("e.g.",
// "the U.S.") goes on with the next line when that starts in lower case,
// and ends its block before a capital or after a word's stop.
func TestInitialWrap(t *testing.T) {
	tests := []struct {
		in     string
		blocks int
	}{
		{"We measure our campaigns, e.g.\non their reach.\n", 1},
		{"The laws in the U.S.\nregarding data may differ.\n", 1},
		{"We measure our campaigns, e.g.\nOn their reach we say more.\n", 2},
		{"We measure our campaigns.\non their reach.\n", 2},
		{"Our plan 2.\nsee below.\n", 2},
	}
	// "・" is a bullet (Japanese lists)
	{
		in := "以下の情報を取得します。\n・氏名\n・住所\n"
		tz := Tokenizer{Words: &VocabTable{}}
		_, blocks, _ := BuildStructure(in, tz.Tokenize(in, nil), &Abbreviations{}, nil, nil, nil)
		if len(blocks) != 3 || blocks[1].Kind != BlockListItem || blocks[2].Kind != BlockListItem {
			t.Errorf("%q: blocks %+v, want a paragraph and two list items", in, blocks)
		}
	}
	// a short line that ends with "。" is a sentence, not a heading
	for in, want := range map[string]bool{"個人情報保護方針\n": true, "当社は個人情報を販売しません。\n": false} {
		tz := Tokenizer{Words: &VocabTable{}}
		_, blocks, _ := BuildStructure(in, tz.Tokenize(in, nil), &Abbreviations{}, nil, nil, nil)
		if got := len(blocks) == 1 && blocks[0].Kind == BlockHeading; got != want {
			t.Errorf("%q: a heading %v, want %v", in, got, want)
		}
	}
	for _, tt := range tests {
		tz := Tokenizer{Words: &VocabTable{}}
		toks := tz.Tokenize(tt.in, nil)
		_, blocks, _ := BuildStructure(tt.in, toks, &Abbreviations{}, nil, nil, nil)
		if len(blocks) != tt.blocks {
			t.Errorf("%q: %d blocks, want %d", tt.in, len(blocks), tt.blocks)
		}
	}
}

// TestFoldSet checks foldSet.has against strings.EqualFold over each word,
// with the runes beyond ASCII that fold to ASCII letters (K, ſ) among the
// pieces of the texts and of the words.
func TestFoldSet(t *testing.T) {
	words := []string{"mr", "no", "cal", "prof", "sk", "\u212Aa", "s\u017F", "longerword", "é", ""}
	f := newFoldSet(words)
	pieces := []string{"m", "R", "n", "O", "c", "A", "l", "p", "r", "o", "f", "s", "K", "k", "\u212A", "\u017F", "S", "é", "É", "longer", "WORD"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(4); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		want := false
		for _, w := range words {
			want = want || len(w) == len(s) && strings.EqualFold(s, w)
		}
		if got := f.has(s); got != want {
			t.Fatalf("has(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAddresses checks which words of addresses match no rule: every word
// of an e-mail address, a site's top-level domain and path but not its name,
// and no word of prose that a dot joins without a space.
func TestAddresses(t *testing.T) {
	words := []string{""}
	for _, w := range strings.Fields("eu uk gdpr cookies privacy opt out acme you it e g collect europa optout") {
		words = append(words, string(Stem([]byte(w))))
	}
	tb := NewVocabTable(words)
	tz := Tokenizer{Words: &tb}
	for _, c := range []struct{ text, matched string }{
		{"Does Acme.eu track you?", "acme you"},
		{"Write to gdpr@acme.de or privacy.team@acme.co.uk.", ""},
		{"[opt-out@acme.com](mailto:opt-out@acme.com)", ""},
		{"See acme.com/privacy/cookies, or ec.europa.eu.", "acme europa"},
		{"Visit optout.acme.co.uk to opt out.", "optout acme opt out"},
		{"Acme.com collects cookies.", "acme collect cooki"},
		{"We collect it.It is yours, e.g. cookies.", "collect it it e g cooki"},
		{"On our .eu site, in the UK.", "eu uk"},
		{"See www.example.org/\u200copt\\_out.asp or https://x.example/cook\u00adies\u200b to opt out.", "opt out"},
	} {
		var got []string
		for _, tok := range tz.Tokenize(c.text, nil) {
			if tok.ID != 0 {
				got = append(got, words[tok.ID])
			}
		}
		if g := strings.Join(got, " "); g != c.matched {
			t.Errorf("%q: words with ids %q, want %q", c.text, g, c.matched)
		}
	}
}

// TestURLLen checks that a web address runs over the invisible characters
// inside it (zero-width ones, soft hyphens) and leaves off those at its end.
func TestURLLen(t *testing.T) {
	for s, want := range map[string]string{
		"www.example.org/\u200cmanaging/\u200copt_out.asp, or": "www.example.org/\u200cmanaging/\u200copt_out.asp",
		"https://x.example/q/12\u200b34](https://x.example)":   "https://x.example/q/12\u200b34](https://x.example",
		"https://x.example/con\u00adtact\u200b now":            "https://x.example/con\u00adtact",
		"https://x.example/a.\u2060\ufeff":                     "https://x.example/a",
		"https://x.example/a\u200b\u200b b":                    "https://x.example/a",
		"https://x.example/a\u00a0b":                           "https://x.example/a",
	} {
		if got := s[:URLLen(s)]; got != want {
			t.Errorf("URLLen(%q): %q, want %q", s, got, want)
		}
	}
}

// FuzzURLLen checks that URLLen's address is a prefix of its input that
// ends on a whole character, neither an invisible one nor a byte it leaves
// off an address's end.
func FuzzURLLen(f *testing.F) {
	for _, s := range []string{"https://x.example/a", "www.x.org/\u200cb/\u200c", "http://x/\u00ad.", "www.\xe2\x80", "http://a\u200b\u200b)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := URLLen(s)
		if n < 0 || n > len(s) {
			t.Fatalf("URLLen(%q) = %d", s, n)
		}
		if n > 0 && (invisibleBefore(s[:n]) > 0 || urlByte[s[n-1]]&urlIn == 0 || urlByte[s[n-1]]&urlTrail != 0) {
			t.Fatalf("URLLen(%q) = %d ends on %q", s, n, s[:n])
		}
	})
}

// TestApostropheLen checks what stands for an apostrophe within a word:
// the marks Tokenize joins a word's parts with, the mojibake of "’" and
// the lone "â" some round trips leave of it; not other mojibake ("â€œ",
// a quote) nor a letter.
func TestApostropheLen(t *testing.T) {
	for s, want := range map[string]int{
		"'ve":             1,
		"’ve":             3,
		"‘ll":             3,
		"`s":              1,
		"ʼre":             2,
		"â€™ve":           8,
		"â\u0080\u0099ve": 6,
		"âve":             2,
		"â€œquote":        0,
		"ve":              0,
		"":                0,
	} {
		if got := ApostropheLen(s); got != want {
			t.Errorf("ApostropheLen(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestIdeographicStops: "。", "！" and "？" end a sentence whatever follows
// (Japanese and Chinese have no capitals), and the sentence holds its stop;
// an English stop before a lower-case word still does not.
func TestIdeographicStops(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"当社は個人情報を取得します。お客様の同意を得ます！本当ですか？はい", []string{"当社は個人情報を取得します。", "お客様の同意を得ます！", "本当ですか？", "はい"}},
		{"我们收集您的信息。我们不出售您的信息。", []string{"我们收集您的信息。", "我们不出售您的信息。"}},
		{"We use cookies. and more", []string{"We use cookies. and more"}},
		{"Acme（株式会社エー）is our name。We say so.", []string{"Acme（株式会社エー）is our name。We say so."}},
		{"Acme is our name。株式会社エー", []string{"Acme is our name。", "株式会社エー"}},
	}
	for _, tt := range tests {
		tz := Tokenizer{Words: &VocabTable{}}
		toks := tz.Tokenize(tt.in, nil)
		_, _, sents := BuildStructure(tt.in, toks, &Abbreviations{}, nil, nil, nil)
		var got []string
		for _, s := range sents {
			got = append(got, tt.in[s.Start:s.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: sentences %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNestedIntros checks the intros of nested lists: items under an item
// whose last sentence ends in a colon take that sentence, the items after
// them take the outer intro again, and an item less indented than the
// first of its intro's list has no intro (the list ended).
func TestNestedIntros(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want map[string]string // the start of an item -> the start of its intro ("" for none)
	}{{
		name: "an item introduces its sub-list",
		in: "We use your data for these purposes:\n\n*   Support. We answer your questions.\n*   Safety. We check accounts for the following reasons:\n" +
			"    *   to stop spam;\n    *   to stop fraud.\n*   Research on our products.\n",
		want: map[string]string{"Support": "We use", "to stop spam": "We check", "to stop fraud": "We check", "Research": "We use"},
	}, {
		name: "a sub-list under an item that introduces nothing keeps the outer intro",
		in:   "We collect:\n\n*   Contact details.\n    *   Your name\n    *   Your email address\n*   Your location\n",
		want: map[string]string{"Contact": "We collect", "Your name": "We collect", "Your location": "We collect"},
	}, {
		name: "a sub-list with no outer intro",
		in:   "*   Sharing. We pass data on only in these cases:\n    *   with your consent\n    *   to obey the law\n*   Keeping. We keep data for a year.\n",
		want: map[string]string{"Sharing": "", "with your consent": "We pass", "to obey the law": "We pass", "Keeping": ""},
	}, {
		name: "an outer item ends the intro's list",
		in: "1.  We process payments through other services.\n\n    This happens in two ways:\n\n    *   We pass your card to them.\n    *   They take it from you.\n" +
			"2.  We may sell our business, and your data with it.\n",
		want: map[string]string{"We pass your card": "This happens", "They take": "This happens", "We may sell": "", "We process": ""},
	}}
	for _, tt := range tests {
		tz := Tokenizer{Words: &VocabTable{}}
		toks := tz.Tokenize(tt.in, nil)
		_, blocks, sents := BuildStructure(tt.in, toks, &Abbreviations{}, nil, nil, nil)
		for item, want := range tt.want {
			found := false
			for _, s := range sents {
				b := blocks[s.Block]
				// An item's text starts after its marker.
				if !strings.Contains(tt.in[b.Start:b.End], item) || !strings.HasPrefix(strings.TrimLeft(tt.in[b.Start:b.End], "*0123456789. "), item) {
					continue
				}
				found = true
				got := ""
				if b.Kind == BlockListItem && b.Intro >= 0 {
					got = tt.in[sents[b.Intro].Start:sents[b.Intro].End]
				}
				if b.Kind != BlockListItem || want == "" && got != "" || !strings.HasPrefix(got, want) {
					t.Errorf("%s: %q (a %s) has intro %q, want %q", tt.name, item, b.Kind, got, want)
				}
				break
			}
			if !found {
				t.Errorf("%s: no item starts with %q", tt.name, item)
			}
		}
	}
}
