package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// Context is what a whole sentence (with its intro and heading) says.
type Context struct {
	// _ makes the type not comparable: no code compares two, so the
	// compiler writes no equality function for it, which the page's
	// WebAssembly would link through the type's descriptor.
	_                                                  [0]func()
	Collect, Use, Share, Sale, Retain, we, You, Choice bool
	Recipient                                          bool
	Change, Children, DNT                              bool
	Notice                                             bool  // a way of telling the reader is named ("we will notify you", "by email")
	ChangeNamed                                        bool  // a change of the policy is named in words of changing it ("we may update this policy")
	Transfer                                           bool  // data moved abroad: "transferred" is not sharing there
	OtherTopic                                         bool  // the sentence is about rights, security, changes, children...
	TopicNotChoice                                     bool  // and something other than a choice of the reader's over data makes it so (security, a right of access, changes, keeping...)
	TopicAt                                            int32 // where a right, security or audience first makes it so; -1 if none does
	TopicSecurity                                      bool  // and that first one is security
	KeepingOnly                                        bool  // keeping data is the sentence's only other topic
	KeepingTopic                                       bool  // keeping data is what makes it another topic (it may also share, collect or offer a choice)
	Meta                                               bool  // "this policy describes what information we collect"
	MetaIntro                                          bool  // Meta comes only from the intro of the sentence's list ("Examples of how we use data include: - To ...")
	MetaKinds                                          bool  // and that intro names kinds of data ("The types of data we collect include:")
	ThirdPartySubject                                  bool  // "third parties may collect ..."
	WeToo                                              bool  // and we act with them: "we and our partners may collect", "we, or third parties we use, use cookies"
	OthersFirst                                        bool  // the first party the sentence names is a third party ("They use these profiles ...")
	AfterOthers                                        bool  // the sentence before, in its paragraph, names a third party first (set by the reading)
	AfterSale                                          bool  // the sentence before, in its paragraph, names a sale (set by the reading)
	DNTStatus                                          string
	DNTNoStandard                                      bool // DNTStatus is "not-honored" only because the sentence says there is no standard ("no uniform standard for Do Not Track exists"), not that we do not respond
	HeadingCollect, HeadingShare                       bool
	HeadingSale                                        bool // the section heading names selling ("Do Not Sell My Personal Information")
	IntroNeg                                           bool // the intro ends in a negation ("We pledge not to:"), or the sentence is a question a bare "No" answers
	Carried                                            Carry
	ChoiceRight                                        bool // a choice of the reader's: "unsubscribe", "disable cookies"
	Security                                           bool // the sentence is about protecting data
	Disclaims                                          bool // the sentence disclaims what others do with data ("we are not responsible for their practices", "this policy does not cover their use of cookies")
	Store                                              bool // a verb of keeping or deleting data ("stores", "removes")
	DNTPhrase                                          bool // a Do Not Track signal phrase matched (c.dnt may also come from the bare name)
	Heading                                            bool // the sentence is a heading
	Title                                              bool // a heading that starts with a capital: a title ("7. DATA SECURITY"), not a short line of text
	Question                                           bool // the sentence asks ("What are Cookies?")
	Navigation                                         bool // the sentence points to a section ("[Your Rights](#your-rights)"), or is a line of a menu
	Forbidden                                          bool // a list item whose intro forbids the reader what it names ("You agree not to:", "Uses that are prohibited on the Site:"): the reader's conduct, no practice
	Menu                                               bool // the sentence is a line of a menu of links, or a page's menus run together: no topic of the policy either
	Warning                                            bool // the sentence tells the reader not to do something ("Do not share your password")
	Listed                                             bool // a fragment ending in a semicolon, a list item whose intro is out of view
	Instructs                                          bool // the sentence tells the reader what to do ("please send us ...")
	Leads                                              bool // the sentence ends in a colon: a list or the details follow
	RunIn                                              bool // a bold title opening a list item or paragraph ("**Right of erasure.** You may ask ..."): its findings are evidence only where the text after it does not state the same (see analyzer's summarize)
	Labelled                                           bool // the sentence describes the data its Title Case label opens it with (see dataLabel)
	declines                                           int8 // readerDeclines, once worked out: 0 not yet, 1 no, 2 yes
	ItemStart                                          int  // token of the sentence that opens a list item (or a listed fragment), -1 if none
}

// Context reads what sentence s says as a whole, with its intro and heading.
func (vw *View) Context(s *text.Sentence) Context {
	// A line ending in a colon may be a list's intro ("We may share your
	// information with:"), a sentence rather than a title.
	colon := text.MayEndWithColon(vw.Doc.Text[s.Start:s.End]) && text.EndsWithColon(strings.TrimSpace(vw.Doc.Text[s.Start:s.End]))
	// runIn and runInTitle both read boldTitle's answer: it is worked out
	// once, when first needed.
	var bold boldAnswer
	heading := vw.Doc.Blocks[s.Block].Kind == text.BlockHeading || vw.underlined(s)
	if vw.answer {
		heading = false // a question answered: its statement, not a title
	} else if !heading {
		bold = vw.boldTitle(s)
		heading = runIn(bold)
	}
	c := Context{Heading: heading && !colon && !vw.statement(s), Leads: colon, TopicAt: -1}
	c.Title = c.Heading && vw.titled()
	if !c.Title && !colon {
		if !bold.known {
			bold = vw.boldTitle(s)
		}
		c.RunIn = runInTitle(vw.Doc.Text[s.Start:s.End], bold) || vw.plainRunInTitle(s)
	} else {
		c.RunIn = !c.Title && colon && vw.colonTitle(s)
	}
	ownership, notice := vw.readHits(&c)
	c.Notice = notice
	c.KeepingOnly = c.Retain && !c.OtherTopic && !c.Choice && !c.Share
	c.KeepingTopic = c.Retain && !c.OtherTopic
	c.OtherTopic = c.OtherTopic || c.Retain
	c.TopicNotChoice = c.TopicNotChoice || c.Retain
	// "You will be notified by email of any change in ownership": a new
	// owner brings a new policy, and the reader is told how.
	if ownership && notice && !c.Share && !c.Collect && !c.Use {
		c.Change = true
	}
	// "If a revision is material, we will notify you", "we'll notify you
	// no less than seven days before the changes take effect": telling the
	// reader of a change the sentence names only by a noun.
	if notice && !c.Change && vw.changeNounOfPolicy() {
		c.Change = true
	}
	vw.readForm(&c, s)
	// (Both need a verb of handing over, which most sentences that name a
	// recipient lack: MayHaveIn says so without reading their words.)
	if !c.Share && c.Recipient && vw.MayHaveIn(lexicon.WordsHandingOver) && (vw.handsOver() || vw.handsOverDative()) {
		c.Share = true // "We may need to forward your name, email address and IP address to certain content providers", "we may give our partners your email address"
	}
	if !c.Share && c.Recipient && vw.MayHave(lexicon.GAccessNouns) && vw.partyAccessesPastRelative() {
		c.Share = true // "Third parties that perform services for us may access your data"
	}
	c.HeadingCollect, c.HeadingShare, c.HeadingSale = vw.headingSays(s)
	if vw.joined {
		c.IntroNeg = vw.introNegates()
		c.Forbidden = vw.introForbids()
	}
	c.IntroNeg = c.IntroNeg || vw.answerNo
	if c.DNT {
		c.DNTStatus = vw.dntStatus(&c)
	}
	if i := vw.firstOwn(); i >= 0 {
		h := vw.Hits[i]
		c.Labelled = vw.Entry(h).Cls == lexicon.ClassDatatype && vw.dataLabel(&c, h)
	}
	return c
}

// statement reports whether sentence s, set as a heading, reads as a
// statement: it ends with a full stop and names a subject ("**We do not and
// will not sell your Personal Information.**"), unlike "7. DATA SECURITY" or
// "What are Cookies?".
func (vw *View) statement(s *text.Sentence) bool {
	t := strings.TrimRight(vw.Doc.Text[s.Start:s.End], " *_\t\r\n")
	if !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "!") || len(vw.Toks)-vw.Own < 4 {
		return false
	}
	return vw.SentenceHas(lexicon.GSubjects) && !vw.dataTopic()
}

// dataTopic reports whether the sentence opens with data and "we" right
// after it, in at most eight words: "**Data we share with third
// parties**.", "**Information we collect automatically**." name a topic
// (the "we" is in a clause on the data), not a statement.
func (vw *View) dataTopic() bool {
	if vw.ownWords() > 8 {
		return false
	}
	for _, h := range vw.Hits {
		if h.From > int32(vw.Own) {
			break
		}
		if h.From == int32(vw.Own) && vw.Entry(h).Cls == lexicon.ClassDatatype && int(h.To) < len(vw.Toks) && vw.Is(h.To, lexicon.GWe) {
			return true
		}
	}
	return false
}

// underlined reports whether sentence s is a line underlined with dashes or
// equals signs, the rest of its block ("The information we sell" over
// "-----": Markdown's setext heading).
func (vw *View) underlined(s *text.Sentence) bool {
	rest := strings.TrimSpace(vw.Doc.Text[s.End:vw.Doc.Blocks[s.Block].End])
	return len(rest) >= 3 && (strings.Trim(rest, "-") == "" || strings.Trim(rest, "=") == "")
}

// runIn reports whether a sentence, of boldTitle's answer b, is a run-in heading: a short title in
// bold that opens its paragraph, with a full stop after the bold and the
// paragraph going on ("**Supervisory Authority**. If you are located in
// ..."). A bold sentence with a subject ("**We never sell your data**.") is
// a statement, not a title.
func runIn(b boldAnswer) bool {
	lead, rest := b.lead, b.rest
	if !b.ok || lead != "**" && lead != "__" {
		return false
	}
	return (strings.HasPrefix(rest, lead+".") || strings.HasPrefix(rest, lead+" .")) && strings.TrimSpace(rest[len(lead)+1:]) != ""
}

// runInTitle reports whether sentence (its text; b is boldTitle's answer)
// is a short title in bold (or bold
// italics) that opens its paragraph or list item, with a full stop inside or
// right after the bold and the text going on ("**Right of erasure.** You
// may ask ...", "* **_Business Transfers._** As we grow ...").
func runInTitle(sentence string, b boldAnswer) bool {
	rest := b.rest
	if !b.ok {
		return false
	}
	own := strings.TrimSpace(sentence)
	after := strings.TrimLeft(rest, "*_.")
	closing := rest[:len(rest)-len(after)]
	return strings.Trim(closing, ".") != "" && (strings.HasSuffix(own, ".") || strings.Contains(closing, ".")) && strings.TrimSpace(after) != ""
}

// capitalisedShare reports whether at least pct per cent of toks are
// capitalised: it stops as soon as the count is sure either way (in a
// sentence of prose, once too few tokens are left).
func capitalisedShare(toks []text.Token, pct int) bool {
	need := len(toks) * pct // against 100 times the count
	n := 0
	for i := range toks {
		if toks[i].Flags&text.TokUpper != 0 {
			if n++; n*100 >= need {
				return true
			}
		} else if (n+len(toks)-1-i)*100 < need {
			return false
		}
	}
	return n*100 >= need
}

// ownWords counts the words of the sentence's own part, a hyphenated word
// ("Third-party", which the tokens split) as one: "Music Streaming and
// Other Third-party Services" is six words. It stops counting past
// maxTitleWords: only titles need the number.
func (vw *View) ownWords() int {
	n := 0
	for p := vw.Own; p < len(vw.Toks) && n <= maxTitleWords; p++ {
		if p > vw.Own && vw.Doc.Text[vw.tok(int32(p-1)).End:vw.tok(int32(p)).Start] == "-" {
			continue
		}
		n++
	}
	return n
}

// maxTitleWords is the most words a run-in title has.
const maxTitleWords = 12

// plainRunInTitle reports whether sentence s is a title in Title Case, not
// in bold, that opens its paragraph or list item (after at most a bullet
// and a number or letter) and that the text of the item goes on after:
// "Business Transfers. We may disclose ...", "(A) Right to Know. You have
// the right ...", "5. Purchase or Sale of Businesses. We continually ...";
// or alone in its block, a paragraph after it.
// Two to twelve words, the first capitalised, no subject, a full stop.
func (vw *View) plainRunInTitle(s *text.Sentence) bool {
	b := &vw.Doc.Blocks[s.Block]
	if !itemLead(vw.Doc.Text[b.Start:s.Start]) {
		return false
	}
	// The text goes on in its block, or, a title alone in its block ("3.
	// Access by Third Parties."), in a paragraph right after it.
	if strings.TrimSpace(vw.Doc.Text[s.End:b.End]) == "" {
		if s.Block+1 >= len(vw.Doc.Blocks) || vw.Doc.Blocks[s.Block+1].Kind == text.BlockHeading || vw.Doc.Blocks[s.Block+1].Kind == text.BlockListItem {
			return false
		}
	}
	own := strings.TrimSpace(vw.Doc.Text[s.Start:s.End])
	if !strings.HasSuffix(own, ".") || strings.Contains(own, "**") || strings.Contains(own, "__") {
		return false
	}
	if n := vw.ownWords(); n < 2 || n > maxTitleWords || !vw.titled() || !vw.titleCase() {
		return false
	}
	return !vw.SentenceHas(lexicon.GSubjects)
}

// colonTitle reports whether sentence s, which ends in a colon, is a title
// alone in its block before a paragraph: "Right to Delete:", "**Third-Party
// Service Providers:**", "Deletion Request Rights:" over the text that
// states it. One to six words in Title Case, the first capitalised, no
// subject, nothing but a list bullet, a number or bold marks before it in
// its block and nothing after it. (Before a list it is the list's intro.)
func (vw *View) colonTitle(s *text.Sentence) bool {
	b := &vw.Doc.Blocks[s.Block]
	if strings.TrimSpace(strings.Trim(vw.Doc.Text[s.End:b.End], "*_ ")) != "" {
		return false
	}
	if lead := strings.Trim(vw.Doc.Text[b.Start:s.Start], "*_ #"); !itemLead(lead) {
		return false
	}
	if s.Block+1 >= len(vw.Doc.Blocks) || vw.Doc.Blocks[s.Block+1].Kind == text.BlockHeading || vw.Doc.Blocks[s.Block+1].Kind == text.BlockListItem {
		return false
	}
	if n := vw.ownWords(); n < 1 || n > 6 || !vw.titled() || !vw.titleCase() {
		return false
	}
	return !vw.SentenceHas(lexicon.GSubjects)
}

// itemLead reports whether s is what may stand before a title in its
// block: spaces, a list bullet, then a number or a letter ("5.", "6.3.",
// "(A)", "2)", Markdown's escaped "5\\."), or nothing. (Written out rather
// than as a regular expression: package regexp would add 110 KB brotli to
// the page's WebAssembly.)
func itemLead(s string) bool {
	s = trimSpace(s)
	if r, n := utf8.DecodeRuneInString(s); r == '*' || r == '+' || r == '-' || r == '•' {
		s = trimSpace(s[n:])
	}
	if s == "" {
		return true
	}
	s = strings.TrimPrefix(s, `\`)
	s = strings.TrimPrefix(s, "(")
	switch {
	case s != "" && isDigit(s[0]):
		s = digits(s)
		for len(s) > 1 && s[0] == '.' && isDigit(s[1]) {
			s = digits(s[1:])
		}
		if s != "" && isDigit(s[0]) {
			return false // a fourth digit
		}
	case s != "" && (s[0] >= 'A' && s[0] <= 'Z' || s[0] >= 'a' && s[0] <= 'z'):
		s = s[1:]
	default:
		return false
	}
	s = strings.TrimPrefix(s, `\`)
	if s != "" && (s[0] == '.' || s[0] == ')') {
		s = s[1:]
	}
	return trimSpace(s) == ""
}

// digits returns s past its first one to three ASCII digits.
func digits(s string) string {
	n := 0
	for n < 3 && n < len(s) && isDigit(s[n]) {
		n++
	}
	return s[n:]
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// trimSpace trims the ASCII spaces of a regular expression's \s (tab,
// newline, form feed, carriage return, space) from the start of s.
func trimSpace(s string) string {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return s[i:]
}

// titleCase reports whether every word of four letters or more in the
// sentence's own part starts with a capital ("Disclosure in the Event of
// Merger, Sale, or Other Asset Transfer"), but for the small words of
// titles ("Right to be Free from Discrimination"; titled tests the first): a
// longer bold title, not a statement in bold.
func (vw *View) titleCase() bool {
	for p := vw.Own; p < len(vw.Toks); p++ {
		t := vw.tok(int32(p))
		if t.Num < 0 && t.End-t.Start >= 4 && t.Flags&text.TokUpper == 0 && !vw.Is(int32(p), lexicon.GTitleSmall) {
			return false
		}
	}
	return true
}

// boldTitle reports whether sentence s may be a bold title opening its
// paragraph or list item: at most six words (or twelve in Title Case), the first capitalised, no
// subject ("**We never sell your data**" is a statement), and nothing
// before it in its block but a list bullet, the number or letter of its
// item and bold (or bold italics) marks ("(e) **Right to restriction.**"),
// which it returns trimmed (lead), with the rest of the block after the
// sentence.
//
// The marks before it are tested first: they rule out almost every
// sentence (one further on in its block has words before it) in a few
// steps, where counting its words takes a step a word.
func (vw *View) boldTitle(s *text.Sentence) boldAnswer {
	no := boldAnswer{known: true}
	b := &vw.Doc.Blocks[s.Block]
	lead := strings.TrimSpace(vw.Doc.Text[b.Start:s.Start])
	// A lead of two bytes or none may leave the item's number and the
	// marks to the sentence (numberedLead).
	if !boldMarks(lead) && !numberedBold(lead) {
		return no
	}
	if len(lead) < 3 {
		lead = vw.numberedLead(b, lead)
	}
	if !strings.Contains(lead, "**") && !strings.Contains(lead, "__") {
		return no
	}
	if n := vw.ownWords(); n > maxTitleWords || n > 6 && !vw.titleCase() || !vw.titled() {
		return no
	}
	if vw.SentenceHas(lexicon.GSubjects) && !vw.dataTopic() {
		return no
	}
	// (The rest starts after the punctuation right after the title's last
	// word: the sentence also takes in bold marks before its stop,
	// "**Authority**.", which the rest must hold.)
	end := text.PunctEnd(vw.Doc.Text, int(vw.Doc.Toks[s.TokTo-1].End), b.End)
	return boldAnswer{lead: lead, rest: vw.Doc.Text[end:b.End], ok: true, known: true}
}

// boldAnswer is boldTitle's answer: ok, with the marks before the title
// (lead) and the rest of its block after its last word and the
// punctuation right after it (rest); known once worked out.
type boldAnswer struct {
	lead, rest string
	ok, known  bool
}

// numberedLead returns the lead of a sentence whose own text opens with the
// number or letter of its item ("e) **Right to restriction.**", after a lead
// of "(" or nothing): the block's text up to its first word; else lead.
func (vw *View) numberedLead(b *text.Block, lead string) string {
	for p := vw.Own; p < len(vw.Toks); p++ {
		t := vw.tok(int32(p))
		if t.Num >= 0 || t.End-t.Start <= 3 && p+1 < len(vw.Toks) && vw.enumerator(t) {
			continue
		}
		if p == vw.Own {
			return lead
		}
		if l := strings.TrimSpace(vw.Doc.Text[b.Start:t.Start]); numberedBold(l) {
			return l
		}
		return lead
	}
	return lead
}

// numberedBold reports whether lead, the marks before a sentence in its
// block, holds bold marks around the number or letter of an item: "(e) **"
// before "Right to restriction.**", "**(" before "4) Right to be Free from
// Discrimination.**" (the sentence takes the number but for its opening
// bracket). Only short leads are read: a lead of prose is no title's.
func numberedBold(lead string) bool {
	if len(lead) > 12 {
		return false
	}
	var b [12]byte
	n := 0
	for i := 0; i < len(lead); i++ {
		if c := lead[i]; c != '*' && c != '_' {
			b[n] = c
			n++
		}
	}
	t := strings.TrimSpace(string(b[:n]))
	return t != "" && (t == "(" || itemLead(t))
}

// boldMarks reports whether s holds nothing but bold and italic marks,
// list bullets and spaces: strings.Trim(s, "*_-+• ") == "", without
// decoding s rune by rune (bytes beyond ASCII but for the bullet's are
// none of these).
func boldMarks(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '*', '_', '-', '+', ' ':
			continue
		}
		if !strings.HasPrefix(s[i:], "•") {
			return false
		}
		i += len("•") - 1
	}
	return true
}

// titled reports whether the sentence's first word (after a number such
// as "7." or a letter that numbers it, such as "d)" or "a.") starts with a
// capital: "d) Right to Request Deletion of Personal Information" is a
// title.
func (vw *View) titled() bool {
	for p := vw.Own; p < len(vw.Toks); p++ {
		t := vw.tok(int32(p))
		if t.Num >= 0 {
			continue
		}
		if t.End-t.Start <= 3 && p+1 < len(vw.Toks) && vw.enumerator(t) {
			continue
		}
		return t.Flags&text.TokUpper != 0
	}
	return false
}

// enumerator reports whether t is a letter or a short roman numeral that
// numbers an item, right before a full stop or a closing bracket: "d)",
// "a.", "iv)".
func (vw *View) enumerator(t *text.Token) bool {
	w := vw.Doc.Text[t.Start:t.End]
	if int(t.End) >= len(vw.Doc.Text) || vw.Doc.Text[t.End] != '.' && vw.Doc.Text[t.End] != ')' {
		return false
	}
	if len(w) == 1 {
		return true
	}
	return strings.Trim(strings.ToLower(w), "ivx") == ""
}

// actors notes who acts before the first collecting verb: we, or a third
// party ("third parties may collect ...").
type actors struct {
	firstCollect, firstActor int32 // -1 for none
	third                    bool  // the first actor is a third party
	weToo                    bool  // joined to "we" by "and" or "or" ("we and third parties")
	weList                   bool  // the last party named is joined to "we", perhaps in a list
	lastTo                   int32 // where the last party named ends
}

// note records the party at h, a third one or not, while no collecting verb
// came, or the verb's words start with the party ("partners may receive"):
// the party is its subject.
func (act *actors) note(h lexicon.Hit, third bool) {
	if act.firstCollect < 0 || act.firstCollect == h.From && act.firstActor < 0 {
		act.firstActor, act.third, act.weToo = h.From, third, false
	}
}

// readHits sets what the sentence's hits say of it, and reports whether it
// names a business transfer and a way of telling the reader.
func (vw *View) readHits(c *Context) (ownership, notice bool) {
	act := actors{firstCollect: -1, firstActor: -1}
	lx := vw.Doc.Lexicon
	for _, h := range vw.Hits {
		e := vw.Entry(h)
		switch e.Class {
		case "cue":
			vw.readCue(c, h, &act)
		case "right", "security", "audience":
			if h.Weak {
				continue // a bare word of a right ("transfer", "limited") makes no topic
			}
			if e.Cls == lexicon.ClassRight && e.Cat == lexicon.CategoryUserAccess && vw.ActorBefore(h.From) == PartyThird {
				continue // "No third party will receive your personal information": what others do, no right (the right class drops it too)
			}
			if e.Class == "right" && vw.CompanyReserves(h) {
				continue // "We reserve the right to access, use and share your information": the company's own act, no right of the reader's
			}
			if e.Class == "right" && vw.RightAsPurpose(h) {
				continue // "We use your information to fix errors": what data is used for, no right (the right class drops it too)
			}
			if !c.OtherTopic {
				c.TopicAt, c.TopicSecurity = h.From, e.Class == "security"
			}
			c.OtherTopic = true
			c.TopicNotChoice = c.TopicNotChoice || !(e.Class == "right" && e.Choice)
			// "we will delete it" is a deletion right's words and a verb
			// of deleting data: the store cue under it was dropped.
			c.Store = c.Store || lx.Is(e, lexicon.RDeletion)
			c.Security = c.Security || e.Class == "security"
			c.ChoiceRight = c.ChoiceRight || e.Choice
		case "transfer":
			if vw.placesRecipients(h) {
				continue // "We share your data with partners in and outside your country": a sharing, and where the partners are
			}
			c.Transfer, c.OtherTopic, c.TopicNotChoice = true, true, true
		case "children":
			c.Children = true
		case "recipient":
			// "notify users of law enforcement requests": a request told
			// of is neither a recipient nor an actor.
			// Nor is a word of acquiring data ("the Company acquires
			// personal information") a business transfer. Nor is Google
			// denying an act with no analytics aim ("Google will not
			// combine your IP address with other data": see
			// View.GoogleNotMeasuring; "Google may use cookies to show
			// you ads" has Google act), nor a party the company compares
			// itself with ("we, as well as many other companies, use
			// cookies"), nor one in the company's own name as the text
			// defines it ("Acme, together with its affiliates ("Acme",
			// "we"), collects").
			if vw.RequestToldOf(h) || vw.DataAcquired(h) || vw.GoogleNotMeasuring(h) && vw.NegatedNear(h.To+1, 1) || vw.ComparedWith(h) || vw.InOwnDefinition(h) {
				break
			}
			c.Recipient = c.Recipient || !vw.OwnName(h)
			ownership = ownership || lx.Is(e, lexicon.RBusinessTransfer)
			// "OMNI or our service providers may use": we act too.
			p := int(h.From)
			// "Twitter may collect" in Twitter's policy: the company acts.
			// "Partners may receive your email address": the verb's
			// words start with the party (see actors.note), which gets
			// data if data follows ("may receive a commission" gets none).
			if act.firstCollect != h.From || vw.DataBetween(h.To, min(h.To+8, int32(len(vw.Toks)))) {
				act.note(h, !(p >= 2 && vw.Is(int32(p-1), lexicon.GOur) && vw.Is(int32(p-2), lexicon.GAndOr)) && !vw.OwnName(h))
			}
			// "Your data may be gathered by third parties": the party
			// after "by" acts through the sentence's collecting verb
			// (not a denial or the policy's scope: "It does not apply to
			// information collected by any third party"; nor a company
			// by name: "information collected by ShareThis" may be in
			// ShareThis's own policy, too short for OwnName to know).
			if act.firstActor < 0 && vw.passiveAgent(h, act.firstCollect) && !vw.In(h.From, lexicon.WordsCompanyNames) && !vw.NegatedNear(h.From, 8) {
				act.firstActor, act.third, act.weToo = act.firstCollect, true, false
			}
			// "We and the service providers we use may collect": both act.
			// (So do the parties listed after one joined to "we": "We and
			// our affiliates, analytics providers and partners with whom
			// we work use cookies".)
			joined := vw.joinedToWe(h.From) || act.weList && vw.listedAfter(act.lastTo, h.From)
			act.weList, act.lastTo = joined, h.To
			if act.firstCollect < 0 && act.third {
				act.weToo = joined
			}
		case "sale":
			// Words pointing back at a sale ("We do not engage in such
			// activity") make no sentence about selling by themselves:
			// the reading weighs them with the sentence before. Nor does
			// "trade" with no object ("a trade body").
			c.Sale = c.Sale || !lx.Is(e, lexicon.RSalePointingBack) && !vw.TradeWithoutObject(h)
		case "retention":
			// A bare period ("birth year") or "as required by law" does
			// not make the sentence one about keeping data.
			if lx.Is(e, lexicon.RRetain) {
				c.Retain = true
			}
		case "change":
			c.Change, c.OtherTopic, c.ChangeNamed, c.TopicNotChoice = true, true, true, true
		case "notice":
			notice = true
		case "dnt":
			if lx.Is(e, lexicon.RSignal) {
				c.DNT, c.OtherTopic, c.DNTPhrase, c.TopicNotChoice = true, true, true, true
			}
		case "practice":
			if lx.Is(e, lexicon.RChoice) {
				c.Choice = true
			}
		}
	}
	c.ThirdPartySubject = act.firstCollect >= 0 && act.third && act.firstActor <= act.firstCollect && vw.Clause[act.firstActor] == vw.Clause[act.firstCollect]
	c.WeToo = c.ThirdPartySubject && act.weToo
	c.OthersFirst = act.third && act.firstActor >= 0
	return ownership, notice
}

// passiveAgent reports whether recipient hit h is the agent of the
// collecting verb at v: "by" right before it (past small words), right after
// the verb ("collected by the partners", "gathered by third parties") or
// after the data the verb's noun names ("the collection of precise location
// data by the advertiser"), with no "we" before the verb.
func (vw *View) passiveAgent(h lexicon.Hit, v int32) bool {
	q := h.From - 1
	for q > v && vw.In(q, lexicon.WordsDeterminers) {
		q--
	}
	if v < 0 || q <= v || !vw.Is(q, lexicon.GBy) || vw.Clause[v] != vw.Clause[h.From] {
		return false
	}
	if q != v+1 && !vw.dataOfNoun(v, q) {
		return false
	}
	// "data we collect and data collected by partners": we collect too.
	for p := int32(vw.Own); p < v && vw.MayHave(lexicon.GWe); p++ {
		if vw.Is(p, lexicon.GWe) {
			return false
		}
	}
	return true
}

// dataOfNoun reports whether the collecting words at v end in "of" (or "of"
// follows them) and data
// words alone fill the span from there to q ("collection of your location
// data"): the data the noun of collecting names.
func (vw *View) dataOfNoun(v, q int32) bool {
	end := int32(-1)
	for _, g := range vw.Hits {
		if g.From == v && vw.IsRule(g, lexicon.RCollect) {
			end = g.To
		}
	}
	if end >= 0 && end < q && vw.Is(end, lexicon.GOf) {
		end++
	}
	if end < 0 || end >= q || !vw.Is(end-1, lexicon.GOf) {
		return false
	}
	covered := end
	for _, d := range vw.Hits {
		if d.From >= q {
			break
		}
		if d.From < end || vw.Entry(d).Cls != lexicon.ClassDatatype {
			continue
		}
		for covered < d.From && (vw.In(covered, lexicon.WordsDeterminers) || vw.Is(covered, lexicon.GAndOr) || vw.Is(covered, lexicon.GPossessives)) {
			covered++
		}
		if d.From != covered {
			return false
		}
		covered = max(covered, d.To)
		if covered < q && vw.Is(covered, lexicon.GLabelNouns) {
			covered++ // "precise location data"
		}
	}
	return covered == q
}

// readCue sets what cue hit h says of the sentence.
func (vw *View) readCue(c *Context, h lexicon.Hit, act *actors) {
	// "Canary does not presently support Do Not Track.": the name,
	// capitalised, with no signal word after it.
	if vw.IsRule(h, lexicon.RNegation) && vw.dntName(h) {
		c.DNT, c.OtherTopic, c.TopicNotChoice = true, true, true
	}
	switch {
	case vw.IsRule(h, lexicon.RCollect) || vw.IsRule(h, lexicon.RUse):
		collect := vw.IsRule(h, lexicon.RCollect)
		c.Collect = c.Collect || collect
		c.Use = c.Use || !collect
		// "Third-party services we use may collect": the verb of a
		// relative clause on a party is neither the actor nor the
		// sentence's verb.
		if vw.relativeWe(h.From) {
			break
		}
		// "They may use it": the actor is part of the verb's words.
		if they := vw.MayHave(lexicon.GThey) && vw.Is(h.From, lexicon.GThey); they || vw.MayHave(lexicon.GWe) && vw.Is(h.From, lexicon.GWe) {
			act.note(h, they)
		}
		// "Information is used", "for purposes of": no actor
		// before these words of using acts through them.
		if act.firstCollect < 0 && (collect || !vw.In(h.From, lexicon.WordsNoActorUse)) {
			act.firstCollect = h.From
		}
	case vw.IsRule(h, lexicon.RStore):
		c.Store = true
	case vw.IsRule(h, lexicon.RShare):
		c.Share = c.Share || vw.NonRecipientAccess(h) < 0
	case vw.IsRule(h, lexicon.RWe):
		c.we = true
		// "Ad networks that serve ads on our site may use web
		// beacons": "our" is no actor; "we" is.
		if !vw.Is(h.From, lexicon.GOurForms) && !vw.relativeWe(h.From) {
			act.note(h, false)
		}
	case vw.IsRule(h, lexicon.ROtherActor):
		if !vw.ComparedWith(h) {
			act.note(h, true)
		}
	case vw.IsRule(h, lexicon.RYou):
		c.You = true
	case vw.IsRule(h, lexicon.RUserPref):
		// "If you do not agree": the reader, and a choice.
		c.Choice = true
		c.You = c.You || vw.HasWord(h, lexicon.GReader)
	case vw.IsRule(h, lexicon.RMeta):
		// "The types of information we collect include your name",
		// "Here are the kinds of data we collect:": not a pointer to
		// what the policy says, but the list itself (or its lead).
		// "(see the section below for more information)": an aside
		// in parentheses points elsewhere, the sentence around it
		// still states its practice.
		// (Nor does a name: "to be in line with Fair Information
		// Practices, should a data breach occur we will notify the
		// users".)
		if !vw.lists(h.To) && !vw.InParens(h) && !(c.Leads && vw.Is(h.From, lexicon.GKinds)) && !vw.InName(h.From) {
			// "Some examples of how we use your data include: - To
			// ...": the intro announces the item, which states it (not
			// "The types of data we collect include: - Information
			// about your customer service interactions", an item of
			// data).
			intro := h.From < int32(vw.Own)
			c.MetaIntro = intro && (!c.Meta || c.MetaIntro)
			c.MetaKinds = c.MetaKinds || intro && (vw.Is(h.From, lexicon.GKinds) || vw.Is(h.From+1, lexicon.GKinds))
			c.Meta = true
		}
	case vw.IsRule(h, lexicon.RAdvice):
		c.Instructs = true
	case vw.IsRule(h, lexicon.RDisclaimer):
		// "We may disclose it to third parties whose practices are not
		// covered by this privacy statement": a disclaimer in a relative
		// clause on a party says what the policy does not govern of that
		// party; the sentence still states its own practice.
		if !vw.partyRelative(h.From) {
			c.OtherTopic, c.TopicNotChoice, c.Disclaims = true, true, true
		}
	}
}

// changeNounOfPolicy reports whether a change noun stands in the sentence's
// own words and may name a change to the policy: not one of something else
// ("changes or updates to our websites, products, or services",
// "modifications of the app"), unless the sentence names the policy.
func (vw *View) changeNounOfPolicy() bool {
	if !vw.MayHaveIn(lexicon.WordsChangeNouns) {
		return false // neither branch below can return true
	}
	for p := vw.Own; p < len(vw.Toks); p++ {
		if vw.Is(int32(p), lexicon.GPolicyWords) {
			return vw.changeNotTheReaders()
		}
		if vw.In(int32(p), lexicon.WordsChangeNouns) {
			if !vw.changeOfOther(p) {
				return true
			}
		}
	}
	return false
}

// changeOfOther reports whether the change noun at p names the change of
// something not the policy: within four words, past "to", "of" or "on" (or
// "in" right after it) and then past determiners ("our",
// "the", "any") and an aspect with its "of" ("the scope of"), a word of
// WordsChangedThings ("changes to the scope of our offers", "changes in the
// Services", "changes to any products").
func (vw *View) changeOfOther(p int) bool {
	// "you can change your browser to notify you", "make changes to your
	// profile": the reader changes what is theirs, not the policy.
	if vw.readersThingAfter(p) {
		return true
	}
	for q := p + 1; q < len(vw.Toks) && q <= p+4 && vw.Clause[q] == vw.Clause[p]; q++ {
		if !(vw.Is(int32(q), lexicon.GTo) || vw.Is(int32(q), lexicon.GOf) || vw.Is(int32(q), lexicon.GOn) || q == p+1 && vw.In(int32(q), lexicon.WordsChangeIn)) {
			continue
		}
		r := vw.pastDeterminers(q + 1)
		if r+1 < len(vw.Toks) && vw.In(int32(r), lexicon.WordsChangedAspects) && vw.Is(int32(r+1), lexicon.GOf) {
			r = vw.pastDeterminers(r + 2)
		}
		return r < len(vw.Toks) && vw.In(int32(r), lexicon.WordsChangedThings)
	}
	return false
}

// pastDeterminers returns the first position from r, at most two words on,
// that is no possessive, article or determiner ("our", "the", "any").
func (vw *View) pastDeterminers(r int) int {
	for q := r; r < len(vw.Toks) && r <= q+1 && (vw.Is(int32(r), lexicon.GPossessives) || vw.Is(int32(r), lexicon.GArticle) || vw.Is(int32(r), lexicon.GThe) || vw.Is(int32(r), lexicon.GDemonstratives) || vw.In(int32(r), lexicon.WordsDeterminers)); r++ {
	}
	return r
}

// readForm sets what the sentence's form says: advice to the reader, an item
// of a list, an instruction, a question.
func (vw *View) readForm(c *Context, s *text.Sentence) {
	// "Do not share your password with anyone", "Never give out your
	// password": advice to the reader, not the company's practice (a list
	// item is not: "We pledge to: - Never sell your data").
	if vw.Own == 0 && len(vw.Toks) > 1 {
		first, next := int32(vw.Own), int32(vw.Own+1)
		// (MayHave first spares most sentences the calls of Is.)
		switch {
		case vw.MayHave(lexicon.GWarningOpeners) && vw.Is(first, lexicon.GWarningOpeners):
			c.Warning = true
		case vw.MayHave(lexicon.GDo) && vw.Is(first, lexicon.GDo) || vw.MayHave(lexicon.GPlease) && vw.Is(first, lexicon.GPlease):
			// "Please do not post the personal data of others", "Please
			// never give out your password": advice as well.
			c.Warning = vw.Is(next, lexicon.GNot) || vw.Is(first, lexicon.GPlease) && (vw.Is(next, lexicon.GWarningOpeners) ||
				vw.Is(next, lexicon.GDo) && int(next)+1 < len(vw.Toks) && vw.Is(next+1, lexicon.GNot))
		}
	}
	// "Your device type, browser type and language;": an item of a list
	// whose intro is out of view (pasted without it). What a policy lists
	// this way is what it collects or uses; so is data after an opening
	// word of examples or of a list ("including how you were referred to
	// our site", "such as your browsing history", "and the operating
	// system you use"), the rest of a list cut off its intro, and the data
	// that a word standing for data named before includes ("This will
	// include your full name, your date of birth and your phone number").
	// The block's last sentence may stop short of its ";" or ",".
	b := &vw.Doc.Blocks[s.Block]
	if vw.Own == 0 && s.End <= b.End {
		// (Each call below is made only where it may change something:
		// calls cost most in WebAssembly.)
		t := strings.TrimSpace(vw.Doc.Text[s.Start:s.End])
		rest := strings.TrimSpace(vw.Doc.Text[s.End:b.End])
		if rest != "" {
			rest = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(rest, "and"), "or"))
		}
		if len(rest) == 1 {
			t += rest
		}
		// t is trimmed (and rest, of one byte, is no space): only a
		// trailing "and" or "or" leaves it anything to trim.
		if u := strings.TrimSuffix(strings.TrimSuffix(t, " and"), " or"); len(u) != len(t) {
			t = strings.TrimSpace(u)
		}
		c.Listed = strings.HasSuffix(t, ";") || strings.HasSuffix(t, ",") ||
			(b.Kind == text.BlockListItem && b.Intro < 0 && s.TokFrom == b.TokFrom || b.Kind != text.BlockHeading && (vw.listsData() || vw.readerDataAlone(s, b, t))) && vw.dataItem(c)
	}
	c.Instructs = c.Instructs || vw.instructs()
	c.ItemStart = -1
	if c.Listed || b.Kind == text.BlockListItem && s.TokFrom == b.TokFrom {
		c.ItemStart = vw.Own
	}
	// A question ("What information do we collect?", "Do we share your
	// data ?") announces a topic.
	if len(vw.Toks) > vw.Own && !vw.answer {
		if vw.MayHave(lexicon.GQuestionWords) && vw.Is(int32(vw.Own), lexicon.GQuestionWords) {
			c.Meta, c.MetaIntro = true, false
		}
		if vw.Doc.asks(s) {
			c.Meta, c.Question, c.MetaIntro = true, true, false
		}
	}
	// "[Security of Your Information](#security-of-your-information)": a
	// line of a table of contents points to a section; a line of a menu
	// ("* [Health Savings Account](https://...)") to a page; and a page's
	// menus copied with it run on as one sentence of names ("Skip to
	// Content Home Start Sell Online ... Pricing Help Center Blog").
	// (A link to a part of a page, "#sharing", is a line of its table of
	// contents, whatever page it names: a topic of the policy.)
	// Both link tests need a "](" in the sentence: most sentences hold no
	// "]" at all, which one search says for the two.
	links := strings.IndexByte(vw.Doc.Text[s.Start:s.End], ']') >= 0
	c.Menu = vw.menu(s, links)
	c.Navigation = c.Menu || b.Menu || links && pointsToSection(vw.Doc.Text[s.Start:s.End])
}

// Menu reports whether sentence s, which vw reads, is a line of a menu of
// links to other pages, or a page's menus run together (see text.MenuRun
// and text.LinkRun): navigation naming no topic of the policy, unlike a line
// of its table of contents.
func (vw *View) Menu(s *text.Sentence) bool {
	return vw.menu(s, strings.IndexByte(vw.Doc.Text[s.Start:s.End], ']') >= 0)
}

// menu is Menu, told whether the sentence holds a "]" (links), without which
// it is no run of links.
func (vw *View) menu(s *text.Sentence, links bool) bool {
	b := &vw.Doc.Blocks[s.Block]
	t := vw.Doc.Text[s.Start:s.End]
	return b.Menu && !strings.Contains(vw.Doc.Text[b.Start:b.End], "#") ||
		s.TokTo-s.TokFrom >= 30 && capitalisedShare(vw.Doc.Toks[s.TokFrom:s.TokTo], 40) && text.MenuRun(t) ||
		links && text.LinkRun(t)
}

// pointsToSection reports whether sentence t is mostly links to sections of
// the page: "[Your Rights](#your-rights)", "1. [Security](#security)",
// "[Sharing](https://example.com/privacy/#sharing)" (not
// "You can opt out as described in the [Opt out](#opt-out) section below",
// a statement that points on for details: three words or more outside the
// links).
func pointsToSection(t string) bool {
	if !strings.Contains(t, "](#") && !strings.Contains(t, "/#") {
		return false
	}
	var rest strings.Builder
	for {
		i := sectionLink(t)
		if i < 0 {
			break
		}
		open := strings.LastIndexByte(t[:i], '[')
		end := strings.IndexByte(t[i:], ')')
		if open < 0 || end < 0 {
			return true
		}
		rest.WriteString(t[:open])
		rest.WriteByte(' ')
		t = t[i+end+1:]
	}
	rest.WriteString(t)
	words := 0
	for _, f := range strings.Fields(rest.String()) {
		for _, r := range f {
			if unicode.IsLetter(r) {
				words++
				break
			}
		}
	}
	return words < 3
}

// sectionLink returns where the next link to a part of a page starts in t
// (its "]"): "](#sharing)", or a page's address whose path ends in "/"
// before the part's name ("](https://example.com/privacy/#sharing)", as a
// policy's own table of contents names its sections), or -1.
func sectionLink(t string) int {
	for k := 0; ; {
		i := strings.Index(t[k:], "](")
		if i < 0 {
			return -1
		}
		i += k
		end := strings.IndexByte(t[i:], ')')
		if end < 0 {
			end = len(t) - i
		}
		if target := t[i+2 : i+end]; strings.HasPrefix(target, "#") || strings.Contains(target, "/#") {
			return i
		}
		k = i + 2
	}
}

// listsData reports whether the sentence of vw, no definition, reads as a
// list of data without its intro: data first, then more data and a word of
// listing, or one data word after an opening word of listing or "and"/"or";
// or data a word standing for data named before includes (see
// includesBack). The data hits are counted first: most sentences have
// none, and then reading every word for a definition is not needed.
func (vw *View) listsData() bool {
	n, own := dataHits(vw), int32(vw.Own)
	if n == 0 || vw.SentenceHas(lexicon.GDefines) {
		return false
	}
	if dataFirst(vw) && (n >= 2 && vw.SetFrom(vw.Own, lexicon.WordsListing) || n >= 1 && (vw.In(own, lexicon.WordsListing) || vw.Is(own, lexicon.GAndOr))) {
		return true
	}
	return n >= 2 && includesBack(vw)
}

// readerDataAlone reports whether sentence s (its text t) is a block b of
// its own that names nothing but the reader's data and ends in a stop:
// "Your IP address.", "your location information." on lines of their own,
// the items of a list that lost its bullets and its intro. (A title, "Your
// Personal Data", has no stop.)
func (vw *View) readerDataAlone(s *text.Sentence, b *text.Block, t string) bool {
	own := int32(vw.Own)
	if s.TokFrom != b.TokFrom || s.TokTo != b.TokTo || !strings.HasSuffix(t, ".") || len(vw.Toks)-vw.Own > 6 {
		return false
	}
	yours, named := false, false // "Your" opens it; a specific kind of data, strong or weak ("Your email address"), follows
	for _, h := range vw.Hits {
		e := vw.Entry(h)
		yours = yours || h.From == own && vw.IsRule(h, lexicon.RYou) && vw.Is(own, lexicon.GPossessives)
		named = named || e.Cls == lexicon.ClassDatatype && !Unnamed(e) && h.From <= own+1
	}
	return yours && named
}

// includesBack reports whether the sentence of vw opens with a word that
// stands for data named before and a word of examples follows it within
// three words ("This will regularly include", "These include", "It
// includes").
func includesBack(vw *View) bool {
	if len(vw.Toks) <= vw.Own+1 || !vw.Is(int32(vw.Own), lexicon.GDataPronouns) {
		return false
	}
	for p := vw.Own + 1; p < min(vw.Own+4, len(vw.Toks)); p++ {
		if vw.In(int32(p), lexicon.WordsListing) {
			return true
		}
	}
	return false
}

// NoStatement reports whether the sentence states nothing the classes may
// report: a line of a table of contents.
func (c *Context) NoStatement() bool { return c.Navigation || c.Forbidden }

// NotEvidence reports whether the findings of the sentence name topics
// rather than state them: a title ("7. DATA SECURITY", not a statement set
// as a heading) or a question ("What are Cookies?"). They count for the
// practice categories of their section, never as the evidence of a claim.
func (c *Context) NotEvidence() bool { return c.Title || c.Question }

// HandlesData reports whether the sentence states that data is collected,
// used, kept or passed on: a cue of its own, a third party as its subject,
// or collecting carried over from the sentence before.
func (c *Context) HandlesData() bool {
	return c.Use || c.Collect || c.Store || c.Retain || c.Share || c.Sale || c.ThirdPartySubject || c.Carried.Collect
}

// ProtectsOnly reports whether the sentence is about protecting data and
// states no other use of it ("We use firewalls to help prevent fraud").
func (c *Context) ProtectsOnly() bool { return c.Security && !c.Use && !c.Collect && !c.Share }

// headingSays reports whether the section heading of sentence s names
// collecting or using, and passing data on: it sets the scene for data
// types mentioned without a verb; and whether it names selling ("Your Right
// to Opt Out of the Sale of Personal Information", "Do Not Sell My Personal
// Information").
func (vw *View) headingSays(s *text.Sentence) (collect, share, sale bool) {
	hb := vw.Doc.Blocks[s.Block].Heading
	if hb < 0 {
		return false, false, false
	}
	// "| Email address | User entry | No one |" under "| Data type | ... |
	// Disclosed to |": the row says no one gets the data.
	none := vw.Doc.Blocks[s.Block].SharesNone
	// The sentences of a section share its heading: its answer is kept.
	if k := &vw.heading; k.doc == vw.Doc && k.block == hb {
		return k.collect, k.share && !none, k.sale
	}
	if vw.Doc.Blocks[hb].TokTo-vw.Doc.Blocks[hb].TokFrom <= 40 {
		for j := vw.Doc.firstHit(vw.Doc.Blocks[hb].TokFrom); j < len(vw.Doc.Hits) && int(vw.Doc.Hits[j].From) < vw.Doc.Blocks[hb].TokTo; j++ {
			h := vw.Doc.Hits[j]
			e := vw.Entry(h)
			if vw.IsRule(h, lexicon.RCollect) || vw.IsRule(h, lexicon.RUse) {
				collect = true
			}
			if vw.IsRule(h, lexicon.RShare) || e.Cls == lexicon.ClassRecipient {
				share = true
			}
			if e.Class == "sale" || vw.IsRule(h, lexicon.ROptOutSale) {
				sale = true
			}
		}
	}
	vw.heading = headingAnswer{vw.Doc, hb, collect, share, sale}
	return collect, share && !none, sale
}

// introNegates reports whether the intro ends in a negation with no verb
// after it. (It negates the item's first sentence only: "We pledge not to:
// - Sell your data. We share it with service providers.")
func (vw *View) introNegates() bool {
	lastNeg, lastVerb := int32(-1), int32(-1)
	for i, h := range vw.Hits {
		if int(h.From) >= vw.Own {
			break
		}
		if vw.Reaches(i, int32(vw.Own)) {
			lastNeg = h.From
		}
		if vw.isVerb(h) {
			lastVerb = h.From
		}
	}
	return lastNeg >= 0 && lastNeg > lastVerb
}

// introForbids reports whether the intro of the list item of vw forbids
// the reader what the item names: it names no company and no third party,
// and either ends in a negation after the reader ("You agree not to:", "you
// may not:", "You will never:") or names forbidden conduct ("The following
// are examples of uses that are prohibited on the Site:"). Not "We will
// never:" (the company's pledge) nor "Our service providers are prohibited
// from:" (a limit on those who get the data).
func (vw *View) introForbids() bool {
	own := int32(vw.Own)
	if own < 2 || !vw.MayHave(lexicon.GNot) && !vw.MayHave(lexicon.GWarningOpeners) && !vw.MayHaveIn(lexicon.WordsForbiddenConduct) {
		return false
	}
	// (Only who stands before the forbidding counts: "uses that are
	// prohibited on the Site or when using the Site Services".)
	cut, reader := own, false
	for p := int32(0); p < own; p++ {
		if vw.In(p, lexicon.WordsForbiddenConduct) {
			cut = p
			break
		}
		if vw.Is(p, lexicon.GWe) {
			return false
		}
		reader = reader || vw.Is(p, lexicon.GReader)
	}
	for _, h := range vw.Hits {
		if h.From >= cut {
			break
		}
		if (vw.IsRule(h, lexicon.RWe) || vw.IsRule(h, lexicon.ROtherActor) || vw.Entry(h).Cls == lexicon.ClassRecipient) && !vw.objectAt(h.From) {
			return false
		}
	}
	last := own - 1
	if vw.Is(last, lexicon.GTo) {
		last--
	}
	return cut < own || reader && (vw.Is(last, lexicon.GNot) || vw.Is(last, lexicon.GWarningOpeners))
}

// objectAt reports whether the party named at p is a preposition's object
// ("on the Site", "with our partners"), past at most an article or a
// possessive: where something happens or whom it reaches, not who acts.
func (vw *View) objectAt(p int32) bool {
	if p > 0 && (vw.Is(p-1, lexicon.GThe) || vw.Is(p-1, lexicon.GArticle) || vw.Is(p-1, lexicon.GPossessives)) {
		p--
	}
	return p > 0 && vw.Is(p-1, lexicon.GObjectPreps)
}

// dntStatus reads how a sentence about Do Not Track treats it: honored,
// not-honored or just mentioned. A heading, a question, a supposition ("If
// we do respond to DNT signals in the future"), what is asked ("the law
// requires us to disclose how we respond") or what others do ("whether the
// third-party services it uses honor the requests") only mentions it.
func (vw *View) dntStatus(c *Context) string {
	if c.Heading || c.Meta {
		return "mentioned"
	}
	status := "mentioned"
	noStandard, denied := false, false
	for i, h := range vw.Hits {
		if !vw.IsRule(h, lexicon.RRespond) && !vw.IsRule(h, lexicon.RNoStandard) || vw.dntMention(h) {
			continue
		}
		switch {
		case vw.IsRule(h, lexicon.RNoStandard):
			status, noStandard = "not-honored", true
		case vw.negVerb[i] || vw.notAllBefore(h.From):
			status, denied = "not-honored", true
		case status == "mentioned":
			status = "honored"
		}
	}
	// "Some browsers send Do Not Track signals, but there is no uniform
	// standard for them": the lack of a standard is why a company would
	// not respond, not its answer; with no denial beside it, it says less
	// than one (the verdict quotes it after them).
	c.DNTNoStandard = noStandard && !denied
	if status == "mentioned" {
		// "We do not ... Do Not Track", not "if you do not want to be
		// tracked" nor "We do not do behavioral ad targeting regardless of
		// your DNT preference": a negation counts when we are its subject
		// and the signal's name follows it closely.
		for i, h := range vw.Hits {
			if vw.NegAt[i] && vw.ActorBefore(h.From) != PartyReader && vw.signalWithin(h.To, 10) && !vw.Supposed(h.From) {
				status = "not-honored"
				if vw.trackingUnless(h.To) {
					status = "honored"
				}
			}
		}
	}
	if status == "mentioned" && vw.dntObeyed() {
		status = "honored"
	}
	return status
}

// trackingUnless reports whether a denial ending at p denies tracking on the
// condition of the reader's signal: "Matomo does not track you if you
// activated the Do Not Track option", "we do not collect analytics data
// when your browser sends Do Not Track" (a verb of tracking right after the
// negator, then "if" or "when" before the signal); not "we do not alter our
// practices when we receive a Do Not Track signal".
func (vw *View) trackingUnless(p int32) bool {
	if int(p) >= len(vw.Toks) || !vw.In(p, lexicon.WordsTrackingActs) {
		return false
	}
	for _, g := range vw.Hits {
		if g.From > p && (vw.IsRule(g, lexicon.RSignal) || vw.IsRule(g, lexicon.RNegation) && vw.dntName(g)) {
			return vw.SentenceHasIn(p, g.From, lexicon.GOccasion)
		}
	}
	return false
}

// notAllBefore reports whether "not all" or "not every" stands before the
// word at p in its clause, as the subject of its verb: "Not all of our
// websites respond to Do Not Track signals" says that some do not.
func (vw *View) notAllBefore(p int32) bool {
	for q := int32(vw.Own); q+1 < p; q++ {
		if vw.Clause[q] == vw.Clause[p] && vw.Is(q, lexicon.GNot) && vw.In(q+1, lexicon.WordsAllEvery) {
			return true
		}
	}
	return false
}

// dntObeyed reports whether the sentence makes the reader's signal the
// condition of something we then do not do: "If you have Do Not Track
// enabled, we do not collect analytics data", "If you want to opt out,
// enable the Do Not Track setting, then we won't count you". The signal
// follows "if" or "when"; the negation, with us as its subject, follows the
// signal, and "regardless of" does not stand between them.
func (vw *View) dntObeyed() bool {
	sig := int32(-1)
	for _, g := range vw.Hits {
		if vw.IsRule(g, lexicon.RSignal) || vw.IsRule(g, lexicon.RNegation) && vw.dntName(g) {
			sig = g.From
			break
		}
	}
	if sig < 0 || !vw.SentenceHasIn(int32(vw.Own), sig, lexicon.GOccasion) {
		return false
	}
	for i, h := range vw.Hits {
		if h.From > sig && vw.NegAt[i] && vw.ActorBefore(h.From) == PartyWe && !vw.SentenceHasIn(sig, h.From, lexicon.GRegardless) {
			return true
		}
	}
	return false
}

// RecallsSignal reports whether the sentence of vw, which follows one that
// names a Do Not Track signal, answers that signal by a word pointing back
// at it, and if so reads it, in c, as a sentence about Do Not Track: "Some
// browsers send Do Not Track signals. Acme does not take action in response
// to these signals." / "... we do not respond to it". A word of responding
// is followed within six words by "it" or "them", or by a pointing word and
// a noun of signals.
func (vw *View) RecallsSignal(c *Context) bool {
	for _, h := range vw.Hits {
		if int(h.From) < vw.Own || !vw.IsRule(h, lexicon.RRespond) {
			continue
		}
		for p := h.To; p < h.To+6 && int(p) < len(vw.Toks); p++ {
			if vw.Is(p, lexicon.GItThem) || p > h.To && vw.signalPointedAt(p) {
				c.DNT, c.OtherTopic, c.TopicNotChoice = true, true, true
				c.DNTStatus = vw.dntStatus(c)
				return true
			}
		}
	}
	return false
}

// PointsAtSignal reports whether the sentence of vw points back, by a
// pointing word and a noun of signals, at a Do Not Track signal a sentence
// before named: "it is not clear whether users mean these signals to be
// sent". Such a sentence keeps the signal named for the one after it.
func (vw *View) PointsAtSignal() bool {
	for p := int32(vw.Own) + 1; int(p) < len(vw.Toks); p++ {
		if vw.signalPointedAt(p) {
			return true
		}
	}
	return false
}

// signalPointedAt reports whether the word at p is a noun of signals after a
// pointing word ("these signals", "such requests").
func (vw *View) signalPointedAt(p int32) bool {
	return vw.Is(p, lexicon.GSignalNouns) && vw.Is(p-1, lexicon.GPointing)
}

// dntMention reports whether the words at h, of responding to Do Not Track,
// only mention it: supposed, asked about, or said of others.
func (vw *View) dntMention(h lexicon.Hit) bool {
	return vw.Supposed(h.From) || vw.Asked(h.From) || vw.ActorBefore(h.From) == PartyThird || vw.relativeSubject(h.From)
}

// relativeSubject reports whether the verb at p has a relative word as its
// subject, standing right before it: "a website that responds to a DNT
// signal", "services that honor the requests" (not "we").
func (vw *View) relativeSubject(p int32) bool {
	q := p - 1
	if q > int32(vw.Own) && vw.In(q, lexicon.WordsModal) {
		q--
	}
	return q >= int32(vw.Own) && vw.Is(q, lexicon.GRelative)
}

// signalWithin reports whether a Do Not Track signal phrase, or the name
// "Do Not Track", starts within n words after p, not after "regardless of".
func (vw *View) signalWithin(p, n int32) bool {
	for _, g := range vw.Hits {
		if g.From >= p && g.From-p <= n && (vw.IsRule(g, lexicon.RSignal) || vw.IsRule(g, lexicon.RNegation) && vw.dntName(g)) {
			return !vw.SentenceHasIn(p, g.From, lexicon.GRegardless)
		}
	}
	return false
}

// handsOver reports whether a verb of handing over ("forward", "give",
// "provide") passes data to a recipient in its clause: data named after the
// verb, then "to" or "with" and the recipient (with at most small words
// between: "to certain content providers"). The share cues cover these verbs
// only with a short object ("provide your information to"), not a list of
// data ("forward your name, email address, IP address, and shipping address
// to certain content providers"); "provide links to third party sites" and
// "information provided by you to these sites" pass nothing on.
func (vw *View) handsOver() bool {
	toOrWith := func(q int32) bool { return vw.Is(q, lexicon.GToWith) }
	for _, g := range vw.Hits {
		if int(g.From) < vw.Own || vw.Entry(g).Cls != lexicon.ClassRecipient {
			continue
		}
		to := g.From - 1
		for to >= int32(vw.Own) && to >= g.From-3 && !toOrWith(to) && vw.In(to, lexicon.WordsDeterminers) {
			to--
		}
		// "provide your contact information, so that the advertiser can
		// fulfill the offer": the recipient is whom the data is for.
		if to > int32(vw.Own) && vw.Is(to, lexicon.GThat) && vw.Is(to-1, lexicon.GSo) {
			to--
		} else if to < int32(vw.Own) || !toOrWith(to) || vw.Clause[to] != vw.Clause[g.From] {
			continue
		}
		for q := to - 1; q >= int32(vw.Own) && vw.Clause[q] == vw.Clause[to]; q-- {
			if vw.In(q, lexicon.WordsHandingOver) {
				if !vw.handedToUs(q) && (vw.DataBetween(q, to) || vw.handedOverData(q)) {
					return true
				}
				break
			}
		}
	}
	return false
}

// handedToUs reports whether the verb of handing over at q hands data to
// the company, "information is sent to us": a recipient later in the clause
// is not whom it goes to.
func (vw *View) handedToUs(q int32) bool {
	return int(q)+2 < len(vw.Toks) && vw.Is(q+1, lexicon.GToWith) && vw.Is(q+2, lexicon.GUs)
}

// handedOverData reports whether the verb of handing over at q is a passive
// whose subject, earlier in its clause, is data: "your email address may be
// securely transmitted to our partners".
func (vw *View) handedOverData(q int32) bool {
	be := q - 1
	if be > int32(vw.Own) && !vw.In(be, lexicon.WordsBeForms) {
		be-- // an adverb: "be securely transmitted"
	}
	if be < int32(vw.Own) || !vw.In(be, lexicon.WordsBeForms) || vw.Clause[be] != vw.Clause[q] {
		return false
	}
	return vw.DataBetween(vw.clauseStart(be)-1, be)
}

// handsOverDative reports whether a verb of handing over has a recipient
// right after it and the data after the recipient (see Dative).
func (vw *View) handsOverDative() bool {
	for _, g := range vw.Hits {
		if vw.Entry(g).Cls == lexicon.ClassRecipient {
			if v, _ := vw.Dative(g); v >= 0 {
				return true
			}
		}
	}
	return false
}

// Dative reports the verb and the first word of the data where recipient
// hit g stands right after a verb of handing over, with the data after it
// and no "to" or "with" ("we may give our partners your email address", "we
// send advertisers your device ID", "we do not provide advertisers access
// to your personal information"). Only small words stand between the verb
// and the recipient, and between the recipient and the data ("certain",
// "your", "access to"). It returns -1, -1 if g is no such recipient.
func (vw *View) Dative(g lexicon.Hit) (verb, data int32) {
	if int(g.From) <= vw.Own || g.Weak && !vw.IsRule(g, lexicon.ROtherThirdParties) {
		return -1, -1
	}
	// "provide any third party cookies": a kind of data, not a party;
	// "provide such third party's personal information": whose data.
	if vw.DataAt(g.To-1) || vw.possessive(g) {
		return -1, -1
	}
	v := g.From - 1
	for v > int32(vw.Own) && v >= g.From-3 && vw.In(v, lexicon.WordsDeterminers) {
		v--
	}
	if v < int32(vw.Own) || !vw.In(v, lexicon.WordsHandingOver) || vw.Clause[v] != vw.Clause[g.From] {
		return -1, -1
	}
	for q := g.To; int(q) < len(vw.Toks) && q <= g.To+3 && vw.Clause[q] == vw.Clause[g.From]; q++ {
		if vw.DataAt(q) {
			return v, q
		}
		if vw.Is(q, lexicon.GToWith) {
			// "access to your data"; "give our partners to", "with" end it.
			if q > g.To && vw.In(q-1, lexicon.WordsDativeFillers) {
				continue
			}
			break
		}
		if !vw.In(q, lexicon.WordsDeterminers) && !vw.In(q, lexicon.WordsDativeFillers) {
			break
		}
	}
	return -1, -1
}

// possessive reports whether recipient hit g ends in a possessive ("any
// person's", "such third parties'").
func (vw *View) possessive(g lexicon.Hit) bool {
	end := int(vw.tok(g.To - 1).End)
	if int(g.To) < len(vw.Toks) {
		end = int(vw.tok(g.To).End)
	}
	// strings.ContainsAny with a rune beyond ASCII reads rune by rune,
	// each looked up in the set: two byte searches instead.
	s := vw.Doc.Text[vw.tok(g.From).Start:end]
	return strings.IndexByte(s, '\'') >= 0 || strings.Contains(s, "’")
}

// DativeOf returns the verb of the dative construction (see Dative) whose
// data datatype hit h is, or -1.
func (vw *View) DativeOf(h lexicon.Hit) int32 {
	for _, g := range vw.Hits {
		if g.From >= h.From {
			break
		}
		if vw.Entry(g).Cls == lexicon.ClassRecipient {
			if v, d := vw.Dative(g); v >= 0 && d >= h.From && d < h.To {
				return v
			}
		}
	}
	return -1
}

// ClosesParen reports whether a closing parenthesis stands between the
// token at p and the next one ("access (subject to law), correct").
func (vw *View) ClosesParen(p int32) bool {
	return strings.IndexByte(vw.Doc.Text[vw.tok(p).End:vw.tok(p+1).Start], ')') >= 0
}

// InParens reports whether hit h stands inside parentheses within its
// sentence.
func (vw *View) InParens(h lexicon.Hit) bool {
	from, at := int(vw.tok(int32(vw.Own)).Start), int(vw.tok(h.From).Start)
	if from > at {
		return false
	}
	// strings.LastIndexByte reads byte by byte; IndexByte, which reads
	// many at once, finds most sentences' words free of parentheses.
	if strings.IndexByte(vw.Doc.Text[from:at], '(') < 0 {
		return false
	}
	open := strings.LastIndexByte(vw.Doc.Text[from:at], '(')
	return open >= 0 && strings.IndexByte(vw.Doc.Text[from+open:at], ')') < 0
}

// InCrossReference reports whether hit h stands inside parentheses that
// open with a word pointing to another part of the policy ("(see the
// section on law enforcement)", "(refer to Sharing with Partners below)").
func (vw *View) InCrossReference(h lexicon.Hit) bool {
	if !vw.MayHave(lexicon.GCrossReference) || !vw.InParens(h) {
		return false
	}
	for q := h.From - 1; q >= int32(vw.Own); q-- {
		if strings.IndexByte(vw.Doc.Text[vw.tok(q).End:vw.tok(q+1).Start], '(') >= 0 {
			return vw.Is(q+1, lexicon.GCrossReference)
		}
	}
	return false
}

// NamesSection reports whether hit h stands in a cross-reference (see
// InCrossReference) as a part of the name of the section it points to
// ("(see "Exercising Your Access and Deletion Rights" below)"), not in a
// statement of the company's that the brackets go on to make, after a "we"
// ("(refer to section 'How we use your information' to see when we are
// relying on your consent)").
func (vw *View) NamesSection(h lexicon.Hit) bool {
	if !vw.InCrossReference(h) {
		return false
	}
	for q := h.From - 1; q >= int32(vw.Own); q-- {
		if vw.Is(q, lexicon.GCrossReference) {
			return true // the brackets open here
		}
		if vw.Is(q, lexicon.GWe) && q+1 < h.From && !vw.quoted(q) {
			return false
		}
	}
	return true
}

// quoted reports whether the word at p stands inside quotation marks opened
// in the sentence's own words ("'How we use your information'"): a
// straight mark opens after a space or a bracket and closes before one.
func (vw *View) quoted(p int32) bool {
	t := vw.Doc.Text[vw.tok(int32(vw.Own)).Start:vw.tok(p).Start]
	in := false
	for i, r := range t {
		switch r {
		case '‘', '“':
			in = true
		case '’', '”':
			in = false
		case '"', '\'':
			if i == 0 || t[i-1] == ' ' || t[i-1] == '(' {
				in = true
			} else if i+1 >= len(t) || strings.IndexByte(" ),.;:", t[i+1]) >= 0 {
				in = false
			}
		}
	}
	return in
}

// lists reports whether the words at p say that what comes before them is
// made up of what follows: "include", "may include", "are", "consist of".
func (vw *View) lists(p int32) bool {
	for ; int(p) < len(vw.Toks) && vw.In(p, lexicon.WordsModal); p++ {
	}
	if int(p) >= len(vw.Toks) {
		return false
	}
	return vw.Is(p, lexicon.GMadeOf) // exact words: "including" after it is no list
}

// ReaderDeclines reports whether the sentence is about the reader not giving
// data: "you can choose not to provide", "if you do not submit", "you may
// decline to share".
func (vw *View) ReaderDeclines(c *Context) bool {
	if c.declines == 0 {
		c.declines = 1
		if vw.declined() {
			c.declines = 2
		}
	}
	return c.declines == 2
}

// declined does the work of readerDeclines.
func (vw *View) declined() bool {
	end := int32(len(vw.Toks))
	for q := vw.NextIn(int32(vw.Own)+1, end, lexicon.WordsGiving); q < end; q = vw.NextIn(q+1, end, lexicon.WordsGiving) {
		p := int(q)
		switch prev := int32(p - 1); {
		case vw.Is(prev, lexicon.GTo) && p >= vw.Own+2:
			if vw.In(int32(p-2), lexicon.WordsDeclining) && vw.youBefore(p-2, 4) {
				return true
			}
		case vw.Is(prev, lexicon.GNot) && p >= vw.Own+3 && vw.Is(int32(p-3), lexicon.GReader):
			return true // "if you do not provide"
		}
	}
	return false
}

// youBefore reports whether "you" stands within n words before position p
// of the sentence ("you may always choose not to").
func (vw *View) youBefore(p, n int) bool {
	for q := p - 1; q >= max(vw.Own, p-n); q-- {
		if vw.Is(int32(q), lexicon.GReader) {
			return true
		}
	}
	return false
}

// dataLabel reports whether data hit h opens its sentence as a label in Title
// Case ending in "Information", "Data" or "Details" that the sentence goes on
// to describe: "Payment Information needed to process payments such as your
// card number", "Geographic Location Information but only if your device
// transmits location data" (a list of the kinds of data a service collects,
// its intro out of view).
func (vw *View) dataLabel(c *Context, h lexicon.Hit) bool {
	if int(h.From) != vw.Own || h.To-h.From < 2 || int(h.To) >= len(vw.Toks) || c.Heading || c.OtherTopic || c.Meta || c.Choice || c.Change || c.Children {
		return false
	}
	for p := h.From; p < h.To; p++ {
		if t := vw.tok(p); !TitleCase(t) {
			return false
		}
	}
	return vw.Is(h.To-1, lexicon.GLabelNouns) && !TitleCase(vw.tok(h.To))
}

// dataItem reports whether a list item whose intro is out of view names
// data without saying anything about it ("- details of your visits to our
// site, including traffic data, location data and weblogs."): no verb, no
// other topic, and not addressed to the reader ("You may also contact us
// at ...").
func (vw *View) dataItem(c *Context) bool {
	if len(vw.Verbs) > 0 || c.OtherTopic || c.Choice || c.Meta || c.Instructs || len(vw.Toks) == vw.Own {
		return false
	}
	p := vw.Own
	for p < len(vw.Toks)-1 && (vw.tok(int32(p)).Num >= 0 || vw.tok(int32(p)).End-vw.tok(int32(p)).Start == 1) {
		p++ // "6. You may ...", "(c) ..."
	}
	return !vw.Is(int32(p), lexicon.GNotAnItem)
}

// Carry is what a sentence about collecting or sharing passes on to the
// sentence after it, which may list the data without a verb ("For example:
// name and email address").
type Carry struct {
	Sent           int // index of the sentence it comes from
	Collect, Share bool
	Others         bool // a third party is the first party it names ("They use these profiles ...")
	Leads          bool // the sentence ends in a colon: what follows lists what it names ("in these cases:")
	Denied         bool // every datum it names is denied ("We do not collect sensitive data."): "This includes ..." lists what it denies
}

// instructs reports whether a word of instructing ("please") stands in the
// sentence's own words outside parentheses: "(for more information, please
// read our Personalization page)" is an aside; the sentence around it
// states its practice.
func (vw *View) instructs() bool {
	if !vw.MayHaveIn(lexicon.WordsInstructing) {
		return false
	}
	for p := vw.Own; p < len(vw.Toks); p++ {
		if vw.In(int32(p), lexicon.WordsInstructing) && !vw.InParens(lexicon.Hit{From: int32(p), To: int32(p + 1)}) {
			return true
		}
	}
	return false
}

// relativeWe reports whether the "we" at p opens a relative clause on the
// party named right before it in which the company engages the party
// ("third-party services we use may collect your IP address", "the vendors
// that we engage", "partners we work with"): the party, not the company,
// acts in the sentence. Before p stand at most a relative word and, after a
// recipient, a word that names it as a business ("services" in "third-party
// services"), with only spaces between ("as required by law, we obtain your
// consent" is no such clause); "we" is in lower case ("| Analytics | We use
// cookies" starts anew). A buyer or an authority is no party a company
// engages. After "to whom" or "with whom" the clause is on the party
// whatever its verb ("partners with whom we have an agreement").
func (vw *View) relativeWe(p int32) bool {
	if !vw.MayHave(lexicon.GWe) || !vw.Is(p, lexicon.GWe) || vw.tok(p).Flags&text.TokUpper != 0 {
		return false
	}
	q := p - 1
	if q > int32(vw.Own) && (vw.Is(q, lexicon.GRelative) || vw.Is(q, lexicon.GFormalRelative)) && vw.tok(q+1).SepBefore == text.SepSpace {
		q--
	}
	// "third parties with whom we have an agreement": "to" or "with"
	// before "whom" or "which" can only open a clause on the party.
	formal := false
	if q > int32(vw.Own) && q+1 < p && vw.Is(q+1, lexicon.GFormalRelative) && vw.Is(q, lexicon.GToWith) && vw.tok(q+1).SepBefore == text.SepSpace {
		q, formal = q-1, true
	}
	if q < int32(vw.Own) || vw.tok(q+1).SepBefore != text.SepSpace {
		return false
	}
	for _, g := range vw.Hits {
		if vw.Entry(g).Cls == lexicon.ClassRecipient && !vw.IsRule(g, lexicon.RBusinessTransfer) && !vw.IsRule(g, lexicon.RLawEnforcement) &&
			(g.To-1 == q || g.To == q && vw.In(q, lexicon.WordsNotDataAfter)) {
			return formal || vw.EngagedAfter(g.To, false) >= 0
		}
	}
	return false
}

// EngagedAfter returns where a verb of engaging a party stands in a relative
// clause on the party that ends at p, or -1: past at most a word that names
// the party as a business ("services", "providers"), a relative word ("that",
// "whom"), "we" and at most one more word ("also"), a verb of
// engaging-providers ("third-party services we use", "vendors that we
// engage"), or with wide also of engaging ("partners we work with"). The verb
// has no object of its own (the relative word is its object): "we tell
// advertisers that we use cookies" and "we inform partners that we use your
// data" say what we do, they engage no one.
func (vw *View) EngagedAfter(p int32, narrow bool) int32 {
	n := int32(len(vw.Toks))
	if p < n && vw.In(p, lexicon.WordsNotDataAfter) {
		p++
	}
	if p < n && (vw.Is(p, lexicon.GRelative) || vw.Is(p, lexicon.GFormalRelative)) {
		p++
	}
	if p+1 >= n || !vw.Is(p, lexicon.GWe) {
		return -1
	}
	for q := p + 1; q < n && q <= p+2; q++ {
		if vw.In(q, lexicon.WordsEngagingProviders) || !narrow && vw.In(q, lexicon.WordsEngaging) {
			if q+1 < n && (vw.DataAt(q+1) || vw.In(q+1, lexicon.WordsDeterminers)) {
				return -1
			}
			return q
		}
	}
	return -1
}

// joinedToWe reports whether the party at p follows "we" and "and" or "or",
// with at most one small word between ("we and the service providers", "we,
// or third parties").
func (vw *View) joinedToWe(p int32) bool {
	q := p - 1
	if q > int32(vw.Own) && vw.In(q, lexicon.WordsDeterminers) {
		q--
	}
	return q > int32(vw.Own) && vw.Is(q, lexicon.GAndOr) && vw.Is(q-1, lexicon.GWe)
}

// listedAfter reports whether only words joining a list ("and", "or",
// determiners) stand in [from, to): the party at to follows the one ending
// at from in a list.
func (vw *View) listedAfter(from, to int32) bool {
	if from <= 0 || from > to {
		return false
	}
	for q := from; q < to; q++ {
		if !vw.Is(q, lexicon.GAndOr) && !vw.In(q, lexicon.WordsDeterminers) {
			return false
		}
	}
	return true
}

// readersThingAfter reports whether the change word at p is followed by
// what is the reader's: "your" right after it ("change your browser
// settings") or after "to" or "of" ("changes to your profile"); or is the
// reader's own, "your" right before it ("send us your changes by email":
// the reader's corrections, no change of the policy).
func (vw *View) readersThingAfter(p int) bool {
	if p > vw.Own && vw.In(int32(p-1), lexicon.WordsYourForms) {
		return true
	}
	q := p + 1
	if q < len(vw.Toks) && (vw.Is(int32(q), lexicon.GTo) || vw.Is(int32(q), lexicon.GOf)) {
		q++
	}
	if q >= len(vw.Toks) || vw.Clause[q] != vw.Clause[p] {
		return false
	}
	return vw.In(int32(q), lexicon.WordsYourForms)
}

// changeNotTheReaders reports whether a change noun in the sentence's own
// words names a change other than the reader's to what is theirs ("so that
// it will notify you" names the policy by "it", but "change your browser
// settings" no change of it).
func (vw *View) changeNotTheReaders() bool {
	for p := vw.Own; p < len(vw.Toks); p++ {
		if vw.In(int32(p), lexicon.WordsChangeNouns) && !vw.readersThingAfter(p) {
			return true
		}
	}
	return false
}

// partyRelative reports whether the word at p stands in a relative clause
// on a party: a relative word ("whose", "that", "who") at most four words
// before p, right after a hit of a recipient.
func (vw *View) partyRelative(p int32) bool {
	for q := p - 1; q > int32(vw.Own) && q >= p-4; q-- {
		if !vw.Is(q, lexicon.GRelOpeners) {
			continue
		}
		for _, g := range vw.Hits {
			if g.To == q && vw.Entry(g).Cls == lexicon.ClassRecipient {
				return true
			}
		}
		return false
	}
	return false
}
