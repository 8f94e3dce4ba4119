package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// securityClass judges the security measures (rule class "security"): each
// one named is a finding.
type securityClass struct{}

func (*securityClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	// "transfers to a third country are subject to appropriate safeguards
	// as described in Article 46": the safeguards of a transfer (the
	// transfer class reads it), not a measure protecting the data held.
	if vw.Entry(h).ID == "safeguards" && safeguardNoun(vw, h) && transferBefore(vw, h) {
		return drop("security/transfer-safeguard")
	}
	// "Search Encrypt uses cookies ...": one word of security in the
	// title-case name of a product, after another title-case word in the
	// sentence's own words, names no measure.
	if h.To-h.From == 1 && vw.InName(h.From) && !vw.TitleAt(h.To) && productName(vw, h) {
		return drop("security/in-a-name")
	}
	// "cookies and local share devices" (Flash storage): local storage on
	// the reader's device, no shared device to warn of.
	if vw.Entry(h).ID == "advice" && h.From > int32(vw.Own) && localBefore(vw, h.From) {
		return drop("security/local-storage")
	}
	return kept("security/named", finding(vw.Entry(h), "security", "data-security"))
}

// localBefore reports whether the word before p is "local".
func localBefore(vw *sentence.View, p int32) bool {
	return vw.Is(p-1, lexicon.GLocal)
}

// productName reports whether the title-case pair that ends at one-word hit
// h is the subject of the sentence's first verb, or the whole of what
// precedes one: it stands at the sentence's start (after small words) and
// a lower-case word follows it ("Search Encrypt uses ...", "the Secure
// Browser app"), not a run-in title followed by a colon ("Data Encryption:
// we encrypt ...").
func productName(vw *sentence.View, h lexicon.Hit) bool {
	p := h.From - 2 // the word before the title-case pair
	for p >= int32(vw.Own) && vw.In(p, lexicon.WordsDeterminers) {
		p--
	}
	if p >= int32(vw.Own) || int(h.To) >= len(vw.Toks) {
		return false
	}
	return vw.Tok(h.To).SepBefore == text.SepSpace
}

// safeguardNoun reports whether hit h ends in the noun "safeguards" (or
// "safeguard"): a measure named, not a verb of protecting.
func safeguardNoun(vw *sentence.View, h lexicon.Hit) bool {
	return vw.Is(h.To-1, lexicon.GSafeguards) || vw.Is(h.To-1, lexicon.GSafeguard) && h.To-h.From > 1
}

// transferBefore reports whether a word of moving data across borders
// stands at most 20 words before hit h in the sentence's own words (an
// intro's "transfer" does not make a list item's safeguards the transfer's).
// Clauses do not bound it: "transfers ... are subject to appropriate
// safeguards" puts a condition between them.
func transferBefore(vw *sentence.View, h lexicon.Hit) bool {
	for q := h.From - 1; q >= max(int32(vw.Own), h.From-20); q-- {
		if vw.In(q, lexicon.WordsTransferring) {
			return true
		}
	}
	return false
}
