package analyzer

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
)

// shareClass judges the recipients (rule class "recipient"): who receives
// data, and a business transfer that sells data.
type shareClass struct{}

func (shareClass) judge(vw *view, c *sentenceContext, i int, h lexicon.Hit) verdict {
	e := vw.en(h)
	// "Under no circumstances will your data be sold": the data is
	// sold, not the company ("if the company is sold", "when a Mattel
	// business is bought or sold"), unless the sentence is about a
	// merger or bankruptcy.
	if vw.isRule(h, lexicon.RBusinessTransfer) && vw.hasWord(h, lexicon.GSold) && !vw.hasWord(h, lexicon.GSoldCompany) && vw.dataBefore(h) && !otherTransfer(vw, i) {
		f := decision{Kind: "sale", ID: "sale", Category: "third-party-sharing"}
		f.Negated = vw.negatedNear(h.From, 7) || c.introNeg
		if !f.Negated && notOurSale(vw, c, h.From) {
			return drop("recipient/not-our-sale")
		}
		return kept("recipient/data-sold", f)
	}
	// A recipient counts in a sentence about passing data on, and also
	// where a third party collects or uses data ("advertisers may place
	// cookies", "we use analytics providers").
	if !(c.share || c.sale || c.thirdPartySubject || !h.Weak && (c.collect || c.use) && e.Collects) {
		return drop("recipient/no-sharing")
	}
	if h.Weak && !c.share || c.warning {
		return drop("recipient/weak-or-warning")
	}
	// "we receive information from other sources, such as social
	// networks": a source of data, not a recipient.
	if vw.fromSource(h) {
		// What a social network passes on is the reader's social
		// media data ("information from third-party social media sites").
		if vw.isRule(h, lexicon.RSocialNetworks) && !h.Weak {
			return kept("recipient/social-source", decision{Kind: "collect", ID: "social-profile", Category: "first-party-collection"})
		}
		return drop("recipient/a-source")
	}
	// "third parties" in a sentence about a right, a choice, a region
	// or a disclaimer names who might get data, it does not say they do.
	if vw.isRule(h, lexicon.ROtherThirdParties) && (c.otherTopic || c.choice) {
		return drop("recipient/third-parties-in-passing")
	}
	v := vw.governingVerb(h.From)
	if askedAbout(vw, h.From, v) {
		return drop("recipient/asked-about")
	}
	f := finding(e, "share", "third-party-sharing")
	if v >= 0 {
		f.Negated = vw.negatedVerb(v, c)
	} else {
		f.Negated = c.introNeg
	}
	if c.children {
		f.Category = "specific-audiences" // as for data shared
	}
	return kept("recipient/receives", f)
}

// askedAbout reports whether the passing on of data that a hit at p (with
// governing verb v, or -1) names is what the reader asks to be told about:
// "you may request information regarding our disclosure of your personal
// information to a third party", "the right to request ... a list of the
// third parties to whom we have disclosed". Such a sentence states a right,
// not that data goes there. In the clause of the earlier of the hit and its
// verb, before it: an ask word (request, obtain) whose first told-about word
// after it (information, a list) says what it is about ("information
// regarding", "a list of"; not "requested information that includes"), and
// no "we" anywhere before p ("we may obtain information about you from
// service providers", "if you request it, we share your name").
func askedAbout(vw *view, p int32, v int) bool {
	if v >= 0 && vw.hits[v].From < p {
		p = vw.hits[v].From
	}
	ask := int32(-1)
	for q := p - 1; q >= int32(vw.own) && vw.clause[q] == vw.clause[p]; q-- {
		k := vw.toks[q]
		if vw.d.isWord(k, lexicon.GWe) {
			return false
		}
		if ask < 0 && vw.d.inSet(k, lexicon.WordsAskToKnow) {
			ask = q
		}
	}
	if ask < 0 {
		return false
	}
	for q := ask + 1; q+1 < p && q-ask <= 12; q++ {
		if vw.in(q, lexicon.WordsToldAbout) {
			return vw.in(q+1, lexicon.WordsToldOf)
		}
	}
	return false
}
