package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// adsShown reports whether purpose hit h, advertising aimed at the reader,
// is the object of a verb of showing or running ads: "We and our partners
// serve interest-based advertising", "We do not do any targeted
// advertising", "the Website does not engage in any personalised
// advertising", and the rule's words stating it in the passive
// ("advertisements may be targeted to you based on ..."). Such a sentence states (or denies) targeted ads with no
// verb of using data. The verb stands at most three words before h, with
// only small words between (lexicon.GAdShowingFillers: "serve you more
// relevant ads", "engage in any") and no comma; any other word breaks the
// link ("if you do not want targeted ads" is the reader's wish). The
// rule's words may hold the verb themselves ("serve interest-based
// advertising"). The reader's wish is none ("If you wish to not have
// your information used to serve you targeted ads, you may opt out").
func adsShown(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.Entry(h).Targeted || vw.SentenceHasIn(int32(vw.Own), h.From, lexicon.GWishes) {
		return false
	}
	if vw.Is(h.From, lexicon.GAdShowing) {
		return true
	}
	// "advertisements may be targeted to you based on information collected
	// by our partners", "Ads you see are personalized according to your
	// settings": the rule's words state the targeting in the passive.
	for p := h.From + 1; p < h.To; p++ {
		if vw.In(p, lexicon.WordsBeForms) {
			return true
		}
	}
	for p := h.From - 1; p >= int32(vw.Own) && p >= h.From-3; p-- {
		if vw.Tok(p+1).SepBefore >= text.SepComma {
			return false
		}
		if vw.Is(p, lexicon.GAdShowing) {
			return true
		}
		if !vw.Is(p, lexicon.GAdShowingFillers) {
			return false
		}
	}
	return false
}
