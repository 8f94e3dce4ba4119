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
	f := finding(e, "change", "policy-change")
	f.ID = "notice-" + f.ID
	return kept("notice/of-a-change", f)
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
