package analyzer

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
)

// practiceClass judges the practices named by purpose or choice (rule class
// "practice"): why data is used or passed on, and the reader's choices.
type practiceClass struct{}

func (practiceClass) judge(vw *view, c *sentenceContext, i int, h lexicon.Hit) verdict {
	e := vw.en(h)
	if vw.isRule(h, lexicon.RPurpose) {
		return purpose(vw, c, h, e)
	}
	if choice := vw.isRule(h, lexicon.RChoice); !choice || c.collect || c.share || c.use || c.you {
		return kept("practice/named", finding(e, "practice", e.Category))
	}
	return drop("practice/choice-without-practice")
}

// purpose decides whether purpose hit h is a use of data, a reason to pass
// it on, or neither.
func purpose(vw *view, c *sentenceContext, h lexicon.Hit, e *lexicon.Entry) verdict {
	// "- Improving the Site;": a bare verb opens a list item of
	// purposes; elsewhere ("Providing your email is optional") it is none.
	if h.Weak && (int(h.From) != c.itemStart || int(h.To) >= len(vw.toks)) {
		return drop("practice/bare-verb-not-an-item")
	}
	sharePurpose := decision{Kind: "practice", ID: "share-purpose", Category: "third-party-sharing"}
	// "Your information may be disclosed: - to satisfy applicable laws,":
	// a list item under a sharing intro gives a reason to pass data on.
	if vw.own > 0 && c.share && !c.otherTopic && !c.meta && introShares(vw) {
		return kept("practice/share-purpose-item", sharePurpose)
	}
	// "We may share it when ... Examples include: - Protecting the
	// safety of customers;": the list goes on from a sentence about
	// passing data on.
	if h.Weak && !c.collect && !c.use && (c.share || c.carried.share) {
		return kept("practice/share-purpose-carried", sharePurpose)
	}
	// A recipient word in a list item under "We use information:" is
	// no sharing ("to manage ... forum management", "to comply with
	// applicable law").
	if c.otherTopic || c.share || c.choice || c.recipient && vw.own == 0 && !(c.listed && int(h.From) == c.itemStart) || c.meta {
		return drop("practice/purpose-of-another-topic")
	}
	// "To manage your newsletter preferences, please click here": the
	// reader's aim, and the reader acts.
	if int(h.From) == vw.own && (c.instructs || vw.sentenceHas(lexicon.GClickVisit)) {
		return drop("practice/readers-aim")
	}
	// A purpose is a use of data when the sentence uses or names data,
	// or is itself a purpose ("To deliver relevant advertisements.", a
	// list item under "We use information to:"); "We are committed to
	// protecting your privacy" states no use.
	if !(c.collect || c.use || c.store || c.carried.collect || vw.own > 0 || c.listed ||
		int(h.From)-vw.own <= 1 || hasData(vw, "")) {
		return drop("practice/no-use")
	}
	return kept("practice/purpose", finding(e, "practice", e.Category))
}

// introShares reports whether the list intro has a sharing verb and the
// item none of its own.
func introShares(vw *view) bool {
	intro := false
	for _, vi := range vw.verbs {
		v := vw.hits[vi]
		if e := vw.en(v); !vw.isRule(v, lexicon.RShare) && e.Class != "sale" {
			continue
		}
		if int(v.From) >= vw.own {
			return false
		}
		intro = true
	}
	return intro
}
