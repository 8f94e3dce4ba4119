package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
)

// practiceClass judges the practices named by purpose or choice (rule class
// "practice"): why data is used or passed on, and the reader's choices.
type practiceClass struct{}

func (*practiceClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	e := vw.Entry(h)
	if vw.IsRule(h, lexicon.RPurpose) {
		return purpose(vw, c, h, e)
	}
	if choice := vw.IsRule(h, lexicon.RChoice); !choice || c.Collect || c.Share || c.Use || c.You {
		return kept("practice/named", finding(e, "practice", e.Category))
	}
	return drop("practice/choice-without-practice")
}

// purpose decides whether purpose hit h is a use of data, a reason to pass
// it on, or neither.
func purpose(vw *sentence.View, c *sentence.Context, h lexicon.Hit, e *lexicon.Entry) verdict {
	// "- Improving the Site;": a bare verb opens a list item of
	// purposes; elsewhere ("Providing your email is optional") it is none.
	if h.Weak && (int(h.From) != c.ItemStart || int(h.To) >= len(vw.Toks)) {
		return drop("practice/bare-verb-not-an-item")
	}
	sharePurpose := decision{Kind: "practice", ID: "share-purpose", Category: "third-party-sharing"}
	// "Your information may be disclosed: - to satisfy applicable laws,":
	// a list item under a sharing intro gives a reason to pass data on.
	if vw.Own > 0 && c.Share && !c.OtherTopic && !c.Meta && introShares(vw) {
		return kept("practice/share-purpose-item", sharePurpose)
	}
	// "We may share it when ... Examples include: - Protecting the
	// safety of customers;": the list goes on from a sentence about
	// passing data on.
	if h.Weak && !c.Collect && !c.Use && (c.Share || c.Carried.Share) {
		return kept("practice/share-purpose-carried", sharePurpose)
	}
	// A recipient word in a list item under "We use information:" is
	// no sharing ("to manage ... forum management", "to comply with
	// applicable law").
	if c.OtherTopic || c.Share || c.Choice || c.Recipient && vw.Own == 0 && !(c.Listed && int(h.From) == c.ItemStart) || c.Meta {
		return drop("practice/purpose-of-another-topic")
	}
	// "To manage your newsletter preferences, please click here": the
	// reader's aim, and the reader acts.
	if int(h.From) == vw.Own && (c.Instructs || vw.SentenceHas(lexicon.GClickVisit)) {
		return drop("practice/readers-aim")
	}
	// A purpose is a use of data when the sentence uses or names data,
	// or is itself a purpose ("To deliver relevant advertisements.", a
	// list item under "We use information to:"); "We are committed to
	// protecting your privacy" states no use.
	if !(c.Collect || c.Use || c.Store || c.Carried.Collect || vw.Own > 0 || c.Listed ||
		int(h.From)-vw.Own <= 1 || sentence.HasData(vw, "")) {
		return drop("practice/no-use")
	}
	return kept("practice/purpose", finding(e, "practice", e.Category))
}

// introShares reports whether the list intro has a sharing verb and the
// item none of its own.
func introShares(vw *sentence.View) bool {
	intro := false
	for _, vi := range vw.Verbs {
		v := vw.Hits[vi]
		if e := vw.Entry(v); !vw.IsRule(v, lexicon.RShare) && e.Class != "sale" {
			continue
		}
		if int(v.From) >= vw.Own {
			return false
		}
		intro = true
	}
	return intro
}
