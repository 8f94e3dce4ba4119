package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// othersAgent reports whether recipient hit h is "agent(s)" alone after a
// word that makes it someone else's agent (words agent-leads): "you may
// designate an authorized agent to make a request on your behalf", "your
// agent", "our copyright agent". The reader's representative sends
// requests to the company; it is no service provider that gets data from
// it.
func othersAgent(vw *sentence.View, h lexicon.Hit) bool {
	if h.To-h.From != 1 || !vw.In(h.From, lexicon.WordsAgents) {
		return false
	}
	if h.From > int32(vw.Own) && vw.In(h.From-1, lexicon.WordsAgentLeads) {
		return true
	}
	// "give us written authorization for the agent to act on your
	// behalf": an agent who acts for the reader, "your" and "behalf" at
	// most six words on in its clause.
	for q := h.To; int(q)+1 < len(vw.Toks) && q <= h.To+5 && vw.Clause[q] == vw.Clause[h.From]; q++ {
		if vw.In(q, lexicon.WordsYourForms) && vw.In(q+1, lexicon.WordsBehalf) {
			return true
		}
	}
	return false
}

// ourRole reports whether recipient hit h names the company's own role, not
// a party it passes data to: any recipient right after "engage us as" or
// "we act as" (words engaging-providers, role-as and role-verbs; small words
// and role-fillers such as "data" may stand between: "companies that engage
// us as a service provider", "where we serve as their vendor"; not "persons
// associated with us as an advertiser"), or a processor word (words
// processor-roles) after "as" in a clause whose actor is the company ("we
// process and store it on their behalf as a data processor"; not "service
// providers acting as data processors"); or a processor word acting on
// behalf of others (see forOthers).
func ourRole(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.MayHaveIn(lexicon.WordsRoleAs) && !vw.MayHaveIn(lexicon.WordsBehalf) {
		return false // each way needs an "as" or "behalf" (no call a token for most sentences)
	}
	if forOthers(vw, h) {
		return true
	}
	q := h.From - 1
	for q > int32(vw.Own) && q >= h.From-3 && vw.Clause[q] == vw.Clause[h.From] && (vw.In(q, lexicon.WordsDeterminers) || vw.In(q, lexicon.WordsRoleFillers)) {
		q--
	}
	if q < int32(vw.Own) || vw.Clause[q] != vw.Clause[h.From] || !vw.In(q, lexicon.WordsRoleAs) {
		return false
	}
	if p := q - 1; p > int32(vw.Own) && (vw.Is(p, lexicon.GUs) && vw.In(p-1, lexicon.WordsEngagingProviders) || vw.In(p, lexicon.WordsRoleVerbs) && vw.Is(p-1, lexicon.GWe)) {
		return true
	}
	if !vw.HasSetWord(h, lexicon.WordsProcessorRoles) {
		return false
	}
	// "third parties who help us, such as payment processors": examples.
	if q > int32(vw.Own) && vw.In(q-1, lexicon.WordsListing) {
		return false
	}
	return vw.GrammarBefore(q, 15, lexicon.GWe)
}

// forOthers reports whether processor hit h (words processor-roles) acts
// on behalf of others, in a clause whose actor is the company: "on" and
// "behalf of" or a possessive other than ours and "behalf" right after it
// ("we process it in the role of a processor on behalf of such
// organizations", "we are only a processor on their behalf"; not "a
// processor on our behalf" nor "on behalf of us", who works for the
// company).
func forOthers(vw *sentence.View, h lexicon.Hit) bool {
	p := h.To
	if int(p)+2 >= len(vw.Toks) || !vw.HasSetWord(h, lexicon.WordsProcessorRoles) || !vw.In(p, lexicon.WordsSettingsPreps) || vw.SepIn(p-1, p+2, text.SepComma) {
		return false
	}
	if vw.In(p+1, lexicon.WordsBehalf) {
		if !vw.Is(p+2, lexicon.GOf) || int(p)+3 >= len(vw.Toks) || vw.Is(p+3, lexicon.GUs) {
			return false
		}
	} else if !vw.In(p+2, lexicon.WordsBehalf) || !vw.In(p+1, lexicon.WordsDeterminers) || vw.Is(p+1, lexicon.GOurForms) || vw.In(p+1, lexicon.WordsYourForms) {
		return false
	}
	// (The company before it, in the sentence's own words with no stop
	// between: "only" may open a clause of its own.)
	for q := h.From - 1; q >= int32(vw.Own) && q >= h.From-15 && vw.Tok(q+1).SepBefore < text.SepClause; q-- {
		if vw.Is(q, lexicon.GWe) {
			return true
		}
	}
	return false
}

// portabilityTarget reports whether recipient hit h is a processor word
// (words processor-roles) named as the other choice to another controller
// (words other-one and controller-roles, with small words and role-fillers
// between): "to have it transmitted to another controller or processor",
// "share it with a different data controller or data processor". That is
// where the reader may have data moved, a role in law, no party of the
// company's.
func portabilityTarget(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.HasSetWord(h, lexicon.WordsProcessorRoles) {
		return false
	}
	q := skipFillers(vw, h, h.From-1)
	if q <= int32(vw.Own) || !vw.Is(q, lexicon.GAndOr) {
		return false
	}
	q = skipFillers(vw, h, q-1)
	if q <= int32(vw.Own) || !vw.In(q, lexicon.WordsControllerRoles) {
		return false
	}
	q = skipFillers(vw, h, q-1)
	return q >= int32(vw.Own) && vw.In(q, lexicon.WordsOtherOne)
}

// skipFillers steps back from q over determiners and role fillers ("a",
// "different data") in h's clause, at most eight words before h, and
// returns where it stops: portabilityTarget's three steps back, a call
// where a closure was copied at each.
//
//go:noinline
func skipFillers(vw *sentence.View, h lexicon.Hit, q int32) int32 {
	for q > int32(vw.Own) && q >= h.From-8 && vw.Clause[q] == vw.Clause[h.From] && (vw.In(q, lexicon.WordsDeterminers) || vw.In(q, lexicon.WordsRoleFillers)) {
		q--
	}
	return q
}
