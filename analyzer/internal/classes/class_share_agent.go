package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
)

// othersAgent reports whether recipient hit h is "agent(s)" alone after a
// word that makes it someone else's agent (words agent-leads): "you may
// designate an authorized agent to make a request on your behalf", "your
// agent", "our copyright agent". The reader's representative sends
// requests to the company; it is no service provider that gets data from
// it.
func othersAgent(vw *sentence.View, h lexicon.Hit) bool {
	return h.To-h.From == 1 && h.From > int32(vw.Own) && vw.In(h.From, lexicon.WordsAgents) && vw.In(h.From-1, lexicon.WordsAgentLeads)
}
