package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
)

// dntClass judges Do Not Track (rule class "dnt"): the finding's id is the
// sentence's status (honored, not-honored, mentioned; see context).
type dntClass struct{}

func (*dntClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	// The evidence is the signal's name, or, for a bare capitalised "Do
	// Not Track" that matched no signal phrase, the verb ("does not
	// support Do Not Track") or the lack of a standard ("There is no
	// consensus on what Do Not Track means").
	if !vw.IsRule(h, lexicon.RSignal) && !((vw.IsRule(h, lexicon.RRespond) || vw.IsRule(h, lexicon.RNoStandard)) && c.DNT && !c.DNTPhrase) {
		return drop("dnt/not-the-evidence")
	}
	// "We do not track or store a record of those comments": the verb
	// after its subject, not the signal's name.
	if vw.DNTVerb(h) {
		return drop("dnt/a-verb")
	}
	// (Incidental: a status read only from the lack of a standard, which
	// the verdict quotes after a plain answer; see decideDNT.)
	return kept("dnt/status", decision{Kind: "dnt", ID: c.DNTStatus, Category: "do-not-track", Incidental: c.DNTNoStandard})
}
