package analyzer

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
)

// dntClass judges Do Not Track (rule class "dnt"): the finding's id is the
// sentence's status (honored, not-honored, mentioned; see context).
type dntClass struct{}

func (dntClass) judge(vw *view, c *sentenceContext, i int, h lexicon.Hit) verdict {
	// The evidence is the signal's name, or, for a bare capitalised "Do
	// Not Track" that matched no signal phrase, the verb ("does not
	// support Do Not Track").
	if !vw.isRule(h, lexicon.RSignal) && !(vw.isRule(h, lexicon.RRespond) && c.dnt && !c.dntPhrase) {
		return drop("dnt/not-the-evidence")
	}
	return kept("dnt/status", decision{Kind: "dnt", ID: c.dntStatus, Category: "do-not-track"})
}
