package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
)

// changeClass judges the words of changing the policy (rule class "change").
type changeClass struct{}

func (changeClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	return kept("change/named", finding(vw.Entry(h), "change", "policy-change"))
}

// noticeClass judges how the reader is told of changes (rule class
// "notice"): only in a sentence about a change.
type noticeClass struct{}

func (noticeClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
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
	f := finding(e, "change", "policy-change")
	f.ID = "notice-" + f.ID
	return kept("notice/of-a-change", f)
}

// namesWay reports whether the sentence names how the reader is told ("we
// will notify you by email"), which says more than that they are told.
func namesWay(vw *sentence.View) bool {
	for _, g := range vw.Hits {
		if int(g.From) < vw.Own {
			continue
		}
		if e := vw.Entry(g); e.Class == "notice" && e.ID != "told" && e.ID != "none" {
			return true
		}
	}
	return false
}
