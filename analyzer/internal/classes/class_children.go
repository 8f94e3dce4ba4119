package classes

import (
	"strings"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
)

// childrenClass judges what the policy says about children (rule class
// "children"); the minimum age is read from the numbers (see age).
type childrenClass struct{}

func (*childrenClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	if last := vw.Toks[h.To-1]; vw.Doc.Toks[last].Num > 0 && statuteTitle(vw, last) {
		return drop("children/statute") // "a court order under 18 U.S.C. 2705": a code of laws, no age
	}
	if minorAdjective(vw, h) {
		return drop("children/minor-adjective") // "minor changes to this policy": small, not young
	}
	return kept("children/named", finding(vw.Entry(h), "children", "specific-audiences"))
}

// minorAdjective reports whether the hit is the adjective "minor" before
// a noun of change or news ("minor changes", "more minor updates"), which
// speaks of size, not of age.
func minorAdjective(vw *sentence.View, h lexicon.Hit) bool {
	if h.To-h.From != 1 || int(h.To) >= len(vw.Toks) || word(vw, h.From) != "minor" {
		return false
	}
	return vw.In(h.To, lexicon.WordsChangeNouns) || vw.In(h.To, lexicon.WordsNewsNouns)
}

// audienceClass judges the other audiences a policy addresses (rule class
// "audience": California residents, Europeans, ...).
type audienceClass struct{}

func (*audienceClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	return kept("audience/named", finding(vw.Entry(h), "practice", "specific-audiences"))
}

// Age finds the minimum age in a sentence about children: "under 13",
// "under the age of 16", "18 years or older". An age the sentence gives for
// something else is none: selling minors' data ("We do not sell personal
// information of minors under 16"), targeted ads ("We do not show
// personalized ads to children under 16"), a right of minors ("If you are under 18,
// you may ask us to remove content"; "If you are 16 or older, you have the
// right to direct us not to sell"), the top of a range ("between 13 and
// 17"), the title of a statute ("an order under 18 U.S.C. 2705"), advice
// to read the policy with a parent ("If you are under 18, please read this
// policy with your parents": minors may use the service). Regional
// is set when the sentence speaks to a region ("residents of the EU under
// 16"); Bars when it bars the young from the service (see barsUse);
// Consent when it asks a parent's leave instead (see parentsLeave); Served
// when the age is no minimum but one of the young the company serves (see
// youngServed) or whose data it passes on in a sentence that neither
// collects nor uses any ("We do not disclose personal information of
// individuals under 16 to third parties for consideration"; not "No one
// under 13 may provide any information": see wePassOn). (A served age
// stays a finding, the sentence's words for the sentence model, but no
// verdict weighs it.)
func Age(vw *sentence.View, c *sentence.Context) (Evidence, bool) {
	if !c.Children || c.Sale && dataSaleNamed(vw) || saleChoice(vw, c) || accessRight(vw) || erasesPosts(vw) || readWithParents(vw) {
		return Evidence{}, false
	}
	for p := vw.Own; p < len(vw.Toks); p++ {
		k := vw.Toks[p]
		n, end := int(vw.Doc.Toks[k].Num), int32(p+1)
		if n < 0 {
			n, end = vw.Number(int32(p)) // "at least thirteen years old"
		}
		to := int(end)
		if n < 12 || n > 21 || rangeTop(vw, int32(p)) || statuteTitle(vw, k) {
			continue
		}
		ok := false
		for q := p - 1; q >= vw.Own && q >= p-4; q-- {
			if vw.Is(int32(q), lexicon.GAgeLead) {
				ok = true
			}
		}
		if to < len(vw.Toks) {
			if vw.Is(int32(to), lexicon.GAgeUnit) {
				ok = true
			}
		}
		ok = ok || minimumIs(vw, int32(p)) // "The minimum age to create an account is 13"
		if !ok || targetedAdsBefore(vw, int32(p)) || vw.GrammarBefore(int32(p), 4, lexicon.GPastBe) {
			continue
		}
		served := youngServed(vw, int32(p)) || c.Share && !c.Collect && !c.Use && wePassOn(vw)
		return Evidence{From: int32(p), To: int32(to), N: n, Regional: regional(vw, int32(p)), Bars: barsUse(vw), Consent: parentsLeave(vw), Law: lawsAge(vw, int32(p)), Served: served}, true
	}
	return Evidence{}, false
}

// wePassOn reports whether the company passes data on in the sentence: a
// verb of passing on (rule cue.share) with "we" at most three words
// before it ("we do not disclose", "we will share"; not "We request that
// users under 13 not disclose any information", "Our service is not
// intended to be used by anyone under 18").
func wePassOn(vw *sentence.View) bool {
	for _, g := range vw.Hits {
		if int(g.From) < vw.Own || !vw.IsRule(g, lexicon.RShare) {
			continue
		}
		for q := g.From - 1; q >= int32(vw.Own) && q >= g.From-3; q-- {
			if vw.Is(q, lexicon.GWe) {
				return true
			}
		}
	}
	return false
}

// minimumIs reports whether the number at p follows a form of "be" (words
// "be-forms") in a clause that names a minimum before it (words
// "age-minimum"): "The minimum age to create an account is 13", where the
// words before an age stand too far before it.
func minimumIs(vw *sentence.View, p int32) bool {
	if p-1 < int32(vw.Own) || !vw.In(p-1, lexicon.WordsBeForms) {
		return false
	}
	for q := p - 2; q >= int32(vw.Own) && vw.Clause[q] == vw.Clause[p]; q-- {
		if vw.In(q, lexicon.WordsAgeMinimum) {
			return true
		}
	}
	return false
}

// youngServed reports whether the age at p names those below it (words
// "age-below" up to four words before it: "children under 13") in a
// sentence that neither denies nor requires anything (no negator, no
// words "age-bars"), asks a parent's leave, deletes (words "deleting": "we
// will delete data we learn came from a child under 13") nor opens a
// condition before the age ("if", "when": "If you believe we have data of
// a child under 13, contact us"): what the company does for
// or with the young ("We take extra precautions for our learners under the
// age of 13", "how we use the data we collect from children under 13 when
// they use our services"), no age below which they may not use the
// service.
func youngServed(vw *sentence.View, p int32) bool {
	below := false
	for q := p - 1; q >= int32(vw.Own) && q >= p-4; q-- {
		below = below || vw.In(q, lexicon.WordsAgeBelow)
	}
	if !below || vw.Denies() || vw.SetFrom(vw.Own, lexicon.WordsAgeBars) || parentsLeave(vw) || vw.SetFrom(vw.Own, lexicon.WordsDeleting) {
		return false // "... we delete it": a remedy, which keeps the young out
	}
	for q := int32(vw.Own); q < p; q++ {
		if vw.Is(q, lexicon.GConditional) {
			return false // "If you believe we have data from a child under 13, tell us"
		}
	}
	return true
}

// statuteTitle reports whether the number at token k is the title of a
// code of laws: "18 U.S.C. 2705", "15 USC 6501", "16 CFR Part 312".
func statuteTitle(vw *sentence.View, k int) bool {
	if k+1 >= len(vw.Doc.Toks) {
		return false
	}
	next := vw.Doc.Toks[k+1]
	code := make([]byte, 0, 3)
	for _, c := range []byte(vw.Doc.Text[next.Start:min(len(vw.Doc.Text), int(next.Start)+8)]) {
		switch {
		case c == '.':
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			code = append(code, c|0x20)
		default:
			return false
		}
		if len(code) == 3 {
			return string(code) == "usc" || string(code) == "cfr"
		}
	}
	return false
}

// erasesPosts reports whether the sentence speaks of removing what the
// reader posted (a word of content-removal, then one of posted-words at
// most ten words after it): California's right of minors to remove their
// posts ("If you are under 18, you may request and obtain removal of
// content you publicly posted"), whose age is the right's, not the
// service's minimum.
func erasesPosts(vw *sentence.View) bool {
	if !vw.MayHaveIn(lexicon.WordsContentRemoval) {
		return false
	}
	for p := vw.Own; p < len(vw.Toks); p++ {
		if !vw.In(int32(p), lexicon.WordsContentRemoval) {
			continue
		}
		for q := p + 1; q < len(vw.Toks) && q <= p+10; q++ {
			if vw.In(int32(q), lexicon.WordsPostedWords) {
				return true
			}
		}
	}
	return false
}

// readWithParents reports whether the sentence advises the young to read
// or review the policy with a parent ("If you are under 18, we suggest
// that you review this information with your parents") and bars nothing
// ("If you are under 13, do not use the app; ask your parents to read
// this" still bars).
func readWithParents(vw *sentence.View) bool {
	return vw.SetFrom(vw.Own, lexicon.WordsReadingTogether) && vw.SetFrom(vw.Own, lexicon.WordsGuardianConsent) && !vw.SetFrom(vw.Own, lexicon.WordsAgeBars)
}

// barsUse reports whether the sentence bars the young from the service
// itself: it denies or requires (words "age-bars": "may not use", "not
// permitted to register", "must be at least 18 to use", "We restrict the
// use of our services to adults") a word of using it (words
// "service-use"; giving it data counts: "No one under 16 may provide any
// information to the site"), and lets no parent's consent or involvement stand in
// ("may use the service only with the involvement of a parent" sets the
// age of a consent). Such an
// age is the service's minimum; an age that sorts its members ("Members
// who say they are 18 or older have public profiles") or speaks to a
// child already there ("If your child is under 13 and joined with a false
// age, tell us") is not.
func barsUse(vw *sentence.View) bool {
	return vw.SetFrom(vw.Own, lexicon.WordsServiceUse) && vw.SetFrom(vw.Own, lexicon.WordsAgeBars) && !vw.SetFrom(vw.Own, lexicon.WordsGuardianConsent)
}

// parentsLeave reports whether the sentence asks a parent's leave (words
// "parent-words" and "parent-leave": "If you are under 15, ask your
// guardian's permission to use the app", "we do not collect data from
// children under 13 without parental consent", "only with the involvement
// of a parent"): the young may use the service with it, so the age is the
// one below which a parent must consent, not a minimum age. (Such a
// sentence never bars: see barsUse.)
func parentsLeave(vw *sentence.View) bool {
	return vw.SetFrom(vw.Own, lexicon.WordsParentWords) && vw.SetFrom(vw.Own, lexicon.WordsParentLeave)
}

// rangeTop reports whether the number at p ends a range ("13 – 17", "13-16",
// "between 13 and 16"): another number stands right before it, or before
// "and" / "to" before it.
func rangeTop(vw *sentence.View, p int32) bool {
	if p > int32(vw.Own) && vw.Tok(p-1).Num >= 0 {
		return true
	}
	return p > int32(vw.Own)+1 && vw.Tok(p-2).Num >= 0 && (vw.Is(p-1, lexicon.GAndOr) || vw.Is(p-1, lexicon.GTo))
}

// dataSaleNamed reports whether the sentence names a sale of data (not of
// products: "we do not intend to sell any of our products to minors"), of
// what it does not name ("we do not knowingly sell the PI of minors under
// 16") or the reader's leave for one ("you must authorize us to sell your
// data").
func dataSaleNamed(vw *sentence.View) bool {
	for _, g := range vw.Hits {
		if vw.Entry(g).Class == "sale" {
			switch notSaleOfData(vw, g) {
			case "", "sale/no-data", "sale/reader-acts":
				return true
			}
		}
	}
	return false
}

// saleChoice reports whether the sentence opts the reader in or out (words
// opting) of a sale it, its heading or the sentence before names ("If you
// told us you are under 16, we have already opted you out" under "Do Not
// Sell My Personal Information"): the age is the choice's.
func saleChoice(vw *sentence.View, c *sentence.Context) bool {
	return (c.Sale || c.AfterSale || c.HeadingSale) && vw.SetFrom(vw.Own, lexicon.WordsOpting)
}

// targetedAdsBefore reports whether advertising aimed at the reader's
// interests is named before position p, in p's clause ("We do not show
// personalized ads to children under 16"): the age there says who gets no
// such ads, not who may use the service ("not directed to children under
// 13, and we show them no targeted ads" still gives 13).
func targetedAdsBefore(vw *sentence.View, p int32) bool {
	for _, g := range vw.Aside {
		if e := vw.Entry(g); e.Class == "purpose" && e.Targeted && g.From < p && vw.Clause[g.From] == vw.Clause[p] {
			return true
		}
	}
	return false
}

// accessRight reports whether the sentence names a right to see, correct
// or delete data ("you may ask us to remove content you posted"), or to
// opt out of sales ("you have the right to direct us not to sell").
func accessRight(vw *sentence.View) bool {
	for _, g := range vw.Hits {
		if e := vw.Entry(g); int(g.From) >= vw.Own && !g.Weak && e.Cls == lexicon.ClassRight && (e.Cat == lexicon.CategoryUserAccess || vw.IsRule(g, lexicon.ROptOutSale)) {
			return true
		}
	}
	return false
}

// regional reports whether the sentence speaks to the readers of a region
// (an audience: California, the EU, other regions; or a region's name,
// words region-names: "if you live in Germany", "under 16 in Europe")
// with the age at p: not
// when the region stands with an age of its own in parentheses that the
// age at p is outside of ("No one under 13 (or 16 in some European
// countries) may give us data": 13 is the general age, the parentheses
// hold a regional variant; but "under 16 (for users in the EEA)" is
// regional).
func regional(vw *sentence.View, p int32) bool {
	for _, g := range vw.Hits {
		if vw.Entry(g).Class == "audience" && !ageOfItsOwn(vw, g, p) {
			return true
		}
	}
	end := int32(len(vw.Toks))
	for q := vw.NextIn(int32(vw.Own), end, lexicon.WordsRegionNames); q < end; q = vw.NextIn(q+1, end, lexicon.WordsRegionNames) {
		if !ageOfItsOwn(vw, lexicon.Hit{From: q, To: q + 1}, p) {
			return true
		}
	}
	return false
}

// ageOfItsOwn reports whether hit g stands inside parentheses, after
// another age than the one at p outside them ("(or up to 16 in Europe)").
func ageOfItsOwn(vw *sentence.View, g lexicon.Hit, p int32) bool {
	if !vw.InParens(g) || vw.InParens(lexicon.Hit{From: p, To: p + 1}) {
		return false
	}
	for q := g.From - 1; q >= int32(vw.Own) && q > p; q-- {
		if n := vw.Tok(q).Num; n >= 12 && n <= 21 {
			return true
		}
		if strings.IndexByte(vw.Doc.Text[vw.Tok(q-1).End:vw.Tok(q).Start], '(') >= 0 {
			return false // the parentheses open with no age before g
		}
	}
	return false
}

// Evidence is a finding that a class reads from the numbers of a sentence
// (a minimum age, a retention period): its words, positions [from, to) of
// the view, and the number.
type Evidence struct {
	From, To int32
	N        int
	Regional bool // a minimum age for the readers of a region
	Bars     bool // a minimum age that bars the young from the service (see barsUse)
	Consent  bool // the age below which a parent must consent, no minimum (see parentsLeave)
	Law      bool // a minimum age a law states, not the company (see lawsAge)
	Served   bool // an age of the young the company serves or whose data it passes on, no minimum (see youngServed, wePassOn)
	Minimum  bool // a retention period that is the least time data is kept, no limit ("for at least seven years": see Periods)
}

// lawsAge reports whether the age at p is what a law says: a law is named
// before it ("The Children's Online Privacy Protection Act protects children
// under 13", "The law applies to websites directed to children under 13",
// "Under the Act, parental consent is needed for children under 13") and
// the company says nothing in the sentence ("we", "our"; not "If you are
// under 13, per COPPA, do not use this site", whose law comes after the
// age, nor "we do not knowingly collect data from children under 13, as the
// law requires").
func lawsAge(vw *sentence.View, p int32) bool {
	law := false
	for q := int32(vw.Own); q < p && !law; q++ {
		law = vw.In(q, lexicon.WordsLawNames)
	}
	if !law {
		return false
	}
	for q := int32(vw.Own); int(q) < len(vw.Toks); q++ {
		if vw.Is(q, lexicon.GWe) || vw.Is(q, lexicon.GOurForms) {
			return false
		}
	}
	for _, g := range vw.Hits {
		if int(g.From) >= vw.Own && vw.IsRule(g, lexicon.RWe) {
			return false
		}
	}
	return true
}
