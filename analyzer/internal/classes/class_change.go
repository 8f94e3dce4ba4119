package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
)

// changeClass judges the words of changing the policy (rule class "change").
type changeClass struct{}

func (*changeClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	return kept("change/named", finding(vw.Entry(h), "change", "policy-change"))
}

// noticeClass judges how the reader is told of changes (rule class
// "notice"): only in a sentence about a change.
type noticeClass struct{}

func (*noticeClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	if !c.Change {
		return drop("notice/no-change")
	}
	e := vw.Entry(h)
	// "we will notify you by email" names the way; but "by posting a
	// notice or by directly sending you a notification" names two, the
	// notice sent being one.
	if e.ID == "told" && namesWay(vw) && !vw.Is(h.From, lexicon.GSending) {
		return drop("notice/way-named")
	}
	// "If the changes, in our sole discretion, are material, we may also
	// notify you by email": the discretion is over what counts as
	// material; a sentence that tells the reader (not one that only posts
	// the new version) does not change the policy without notice.
	if e.ID == "none" && discretion(vw, h) && toldReader(vw) {
		return drop("notice/discretion-over-notice")
	}
	// "without advance notice to you": the notice is denied, not given.
	if e.ID == "told" && insideNone(vw, h) {
		return drop("notice/denied")
	}
	// "You will not receive email notification of minor changes": a way
	// of telling denied a few words before it is no notice by that way
	// (but "without notice, other than the posting of the new policy"
	// excepts it from the denial).
	if e.ID != "none" && vw.NegatedNear(h.From, 2) && !exceptionBefore(vw, h.From) {
		return drop("notice/denied")
	}
	// "If you have any questions about this Privacy Policy, contact us by
	// email": the way the reader asks, not how they are told of a change.
	if e.ID != "none" && e.ID != "told" && askedWay(vw, h) {
		return drop("notice/reader-asks")
	}
	f := finding(e, "change", "policy-change")
	f.ID = "notice-" + f.ID
	// "The features of our services may change without prior notice":
	// a change mentioned, but not of the policy, so no word that the
	// policy changes without notice (Incidental: the report's point
	// leaves it out).
	if e.ID == "none" && changeOfOtherThing(vw, h) {
		f.Incidental = true
		return kept("notice/change-of-other", f)
	}
	return kept("notice/of-a-change", f)
}

// exceptionBefore reports whether an excluding negator ("other than",
// "except") ends at most two words before position p: what follows is the
// exception to a denial, not denied.
func exceptionBefore(vw *sentence.View, p int32) bool {
	for _, g := range vw.Hits {
		if g.From >= p {
			break
		}
		if g.To <= p && p-g.To <= 2 && vw.IsRule(g, lexicon.RNegation) && vw.Is(g.From, lexicon.GExclusions) {
			return true
		}
	}
	return false
}

// insideNone reports whether notice hit h starts inside a hit of no notice
// ("prior notice to" in "without prior notice to you").
func insideNone(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if e := vw.Entry(g); e.Class == "notice" && e.ID == "none" && g.From <= h.From && h.From < g.To {
			return true
		}
	}
	return false
}

// askedWay reports whether a noun of the reader's questions ("questions",
// "concerns", "comments") stands in the sentence's own words before notice
// hit h, and no notice tells the reader as such ("we will notify you"): the
// way named is how the reader reaches the company.
func askedWay(vw *sentence.View, h lexicon.Hit) bool {
	if vw.NextIn(int32(vw.Own), h.From, lexicon.WordsQueries) >= h.From {
		return false
	}
	for _, g := range vw.Hits {
		if int(g.From) >= vw.Own && vw.Entry(g).Class == "notice" && vw.Entry(g).ID == "told" {
			return false
		}
	}
	return true
}

// changeOfOtherThing reports whether the sentence changes, without notice,
// something it names before notice hit h that is not the policy ("the
// services may change from time to time without prior notice", "we may
// change or discontinue our text alert programs without notice") and names
// no policy.
func changeOfOtherThing(vw *sentence.View, h lexicon.Hit) bool {
	other := false
	for p := vw.Own; p < len(vw.Toks); p++ {
		if (p < int(h.From) || p >= int(h.To)) && vw.Is(int32(p), lexicon.GPolicyWords) {
			return false // (not the notice itself: "notice" also names a policy)
		}
		other = other || p < int(h.From) && vw.In(int32(p), lexicon.WordsChangedThings)
	}
	return other
}

// discretion reports whether notice hit h ends in "discretion" ("in our
// sole discretion").
func discretion(vw *sentence.View, h lexicon.Hit) bool {
	return vw.Is(h.To-1, lexicon.GDiscretion)
}

// toldReader reports whether the sentence says that the reader is told, by
// email, in the service or as such ("we will let you know"), not only that
// the new version is posted.
func toldReader(vw *sentence.View) bool { return ownNoticeBut(vw, "posted", "none") }

// namesWay reports whether the sentence names how the reader is told ("we
// will notify you by email"), which says more than that they are told.
func namesWay(vw *sentence.View) bool { return ownNoticeBut(vw, "told", "none") }

// ownNoticeBut reports whether the sentence's own words hold a notice hit
// of an id other than a and b.
//
// A call, not inlined: the page's WebAssembly had a copy of its loop at
// each use.
//
//go:noinline
func ownNoticeBut(vw *sentence.View, a, b string) bool {
	for _, g := range vw.Hits {
		if int(g.From) < vw.Own {
			continue
		}
		if e := vw.Entry(g); e.Class == "notice" && e.ID != a && e.ID != b {
			return true
		}
	}
	return false
}
