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
	if vw.IsRule(h, lexicon.RSafeguards) && safeguardNoun(vw, h) && transferBefore(vw, h) {
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
	if vw.IsRule(h, lexicon.RSecurityAdvice) && h.From > int32(vw.Own) && localBefore(vw, h.From) {
		return drop("security/local-storage")
	}
	// "We cannot guarantee the security of your data": the measure named
	// inside the disclaimer, or right after it in its clause ("..., including
	// against unauthorized intrusions"), is what the company does not
	// promise, no safeguard.
	// "If you log out of your account, the login cookies will be removed",
	// "When you sign out of the app, your settings are removed from the
	// device": a piece of advice right after "you" and a word opening the
	// reader's action as a condition is when something happens, no advice
	// ("Remember to log out of your account" stays one).
	if vw.IsRule(h, lexicon.RSecurityAdvice) && h.From >= int32(vw.Own)+2 && vw.Is(h.From-1, lexicon.GReader) && vw.Is(h.From-2, lexicon.GConditional) {
		return drop("security/occasion")
	}
	told := vw.IsRule(h, lexicon.RNoGuarantee) || vw.IsRule(h, lexicon.RSecurityAdvice)
	if !told && disclaimed(vw, h) {
		return drop("security/disclaimed")
	}
	// "If you have questions about the security of your data, contact us",
	// "questions or concerns about our security practices": what the reader
	// may ask about, no measure the company names.
	if asked(vw, h) {
		return drop("security/asked-about")
	}
	// "Please keep your password confidential", "You can protect your
	// personal information by ...": the reader's own care of their
	// credentials or data, told by the company, is advice, not its practice
	// (a measure the reader must use, "you must attach an authenticator to
	// your account", stays the company's).
	// "the security measures you use to protect your account": a measure
	// the reader is the subject of a clause right after is the reader's
	// own, advice rather than the company's safeguard.
	if !told && readersMeasure(vw, h) {
		return kept("security/readers-measure", finding(&vw.Entries[vw.Doc.Lexicon.Refs[lexicon.RSecurityAdvice]], "security", "data-security"))
	}
	// "You are solely responsible for maintaining the confidentiality of
	// your password": a measure the reader is made responsible for is
	// the reader's duty, advice, whatever the hit's own words.
	// (With "your" only near the hit, words of an incident stay one:
	// "tell us if you notice any breach of security on your account".)
	yours := vw.HasWord(h, lexicon.GYour) || int(h.From) > vw.Own && vw.Is(h.From-1, lexicon.GYour) ||
		readersOwnNear(vw, h) && !(vw.IsRule(h, lexicon.RSafeguards) && incidentWords(vw, h))
	if !told && yours && (vw.HasSetWord(h, lexicon.WordsCredentialWords) || vw.IsRule(h, lexicon.RSafeguards)) && readerCares(vw, h) ||
		!told && readersDuty(vw, h) {
		return kept("security/readers-care", finding(&vw.Entries[vw.Doc.Lexicon.Refs[lexicon.RSecurityAdvice]], "security", "data-security"))
	}
	// "You agree to tell us of any breach of security", "in the event of a
	// data breach", "a refusal would breach confidentiality": words of an
	// incident name what may go wrong, no measure. The sentence still
	// speaks of security (its category stands), but the finding is the
	// incident, which the report lists among no measures.
	if vw.IsRule(h, lexicon.RSafeguards) && incidentWords(vw, h) {
		return kept("security/incident", finding(&vw.Entries[vw.Doc.Lexicon.Refs[lexicon.RSecurityIncident]], "security", "data-security"))
	}
	return kept("security/named", finding(vw.Entry(h), "security", "data-security"))
}

// disclaimed reports whether security hit h starts within a hit of no
// guarantee or at most eight words after one ends, in its clause, with no
// party or verb between them ("we cannot guarantee the security of your
// data, including against unauthorized intrusions"; not "..., but we use
// encryption", nor "we cannot guarantee that our security measures will
// prevent ...").
func disclaimed(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.From > h.From || h.From >= g.To+8 || g == h || !vw.IsRule(g, lexicon.RNoGuarantee) || vw.Clause[g.From] != vw.Clause[h.From] {
			continue
		}
		// ("we cannot guarantee that our safeguards will prevent every
		// attack": the company's own measures, named after "our".)
		if h.From == g.To && vw.Is(g.To-1, lexicon.GOur) {
			continue
		}
		between := false
		for _, k := range vw.Hits {
			between = between || k.From >= g.To && k.From < h.From &&
				(vw.IsRule(k, lexicon.RWe) || vw.IsRule(k, lexicon.RYou) || vw.Doc.Lexicon.DataVerb(vw.Entry(k)))
		}
		if !between {
			return true
		}
	}
	return false
}

// asked reports whether a word of topic ("about", "regarding") stands at
// most three words before security hit h in its clause, right after a noun
// of the reader's questions or after one and "or" and another ("questions
// or concerns about").
func asked(vw *sentence.View, h lexicon.Hit) bool {
	q := vw.OwnSetBefore(h.From, 4, lexicon.WordsTopicOf)
	if q <= int32(vw.Own) {
		return false
	}
	return vw.In(q-1, lexicon.WordsQueries) || q-3 >= int32(vw.Own) && vw.Is(q-2, lexicon.GAndOr) && vw.In(q-3, lexicon.WordsQueries)
}

// readersOwnNear reports whether "your" stands at most four words before or
// after security hit h in its clause: the measure is taken over the
// reader's own data or credentials ("keep your password confidential",
// "protect against unauthorized access to your password", "help ensure the
// security of your account").
func readersOwnNear(vw *sentence.View, h lexicon.Hit) bool {
	for q := h.From - 1; q >= int32(vw.Own) && q >= h.From-4 && vw.Clause[q] == vw.Clause[h.From]; q-- {
		if vw.Is(q, lexicon.GYour) {
			return true
		}
	}
	for q := h.To; int(q) < len(vw.Toks) && q < h.To+4 && vw.Clause[q] == vw.Clause[h.From]; q++ {
		if vw.Is(q, lexicon.GYour) {
			return true
		}
	}
	return false
}

// readerCares reports whether the reader does what security hit h names: no
// company or third party acts before it, and the reader ("you can help
// protect your privacy", "you are responsible for maintaining the
// confidentiality of your password"), a word of instructing ("please keep
// your password secure", with no comma between) or of the reader's duty
// after "your" ("it is your responsibility to keep ...") stands at most six
// words before it in its clause, with no "we" nearer to it, or advice comes
// before it ("change your password regularly and keep ...").
func readerCares(vw *sentence.View, h lexicon.Hit) bool {
	if a := vw.ActorBefore(h.From); a == sentence.PartyWe || a == sentence.PartyThird {
		return false
	}
	comma := false // ("Please note, to help protect your privacy, we ...")
	for q := h.From - 1; q >= int32(vw.Own) && q >= h.From-6 && vw.Clause[q] == vw.Clause[h.From]; q-- {
		if vw.Is(q, lexicon.GWe) {
			return false // ("that you are eligible, and we protect your data")
		}
		if vw.Is(q, lexicon.GReader) || !comma && vw.In(q, lexicon.WordsInstructing) ||
			q > int32(vw.Own) && vw.Is(q-1, lexicon.GYour) && vw.In(q, lexicon.WordsReadersDuty) {
			return true
		}
		comma = comma || vw.Tok(q).SepBefore == text.SepComma
	}
	for _, g := range vw.Hits {
		if int(g.From) >= vw.Own && g.To <= h.From && vw.IsRule(g, lexicon.RSecurityAdvice) {
			return true
		}
	}
	return false
}

// readersDuty reports whether a word of the reader's duty ("responsible",
// "agree") stands in security hit h or at most eight words before it in
// its clause, with the reader at most five words before that word and no
// "we" between ("you are solely and entirely responsible for securing the
// confidentiality of your account", "you agree to keep it safe"; not "you
// acknowledge that we are not responsible for the security practices of
// third parties", "you agree that we may use encryption").
func readersDuty(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.MayHaveIn(lexicon.WordsReadersDuty) || !vw.MayHave(lexicon.GReader) {
		return false
	}
	if a := vw.ActorBefore(h.From); a == sentence.PartyWe || a == sentence.PartyThird {
		return false
	}
	own := int32(vw.Own)
	for q := h.To - 1; q >= own && q >= h.From-8 && vw.Clause[q] == vw.Clause[h.From]; q-- {
		if vw.Is(q, lexicon.GWe) {
			return false
		}
		if !vw.In(q, lexicon.WordsReadersDuty) {
			continue
		}
		for r := q - 1; r >= own && r >= q-5; r-- {
			if vw.Is(r, lexicon.GWe) {
				return false
			}
			if vw.Is(r, lexicon.GReader) {
				return true
			}
		}
		return false
	}
	return false
}

// readersMeasure reports whether security hit h ends in a noun of a
// measure (see WordsMeasureNouns) followed, with no comma, by the reader
// as the subject of a clause, "that" or "which" allowed between ("the
// security measures you use", "the precautions that you take").
func readersMeasure(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.MayHaveIn(lexicon.WordsMeasureNouns) || !vw.In(h.To-1, lexicon.WordsMeasureNouns) {
		return false
	}
	p := h.To
	if int(p)+1 < len(vw.Toks) && vw.Is(p, lexicon.GThatWhich) && vw.Tok(p).SepBefore == text.SepSpace {
		p++
	}
	return int(p)+1 < len(vw.Toks) && vw.Tok(p).SepBefore == text.SepSpace && vw.Is(p, lexicon.GReader) && vw.Clause[p] == vw.Clause[h.From]
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

// incidentWords reports whether safeguards hit h names an incident: it
// holds a word of one (see WordsIncident: "breach of your health
// information", "your password is compromised"), or shares words with an
// aside hit of rule class "incident" that begins no later than it ("a
// security system's breach", "an unauthorized acquisition of data"); not a
// protection that names the incident after its own first words ("against
// unauthorized access to your data").
func incidentWords(vw *sentence.View, h lexicon.Hit) bool {
	if vw.HasSetWord(h, lexicon.WordsIncident) {
		return true
	}
	for _, g := range vw.Aside {
		if g.From <= h.From && h.From < g.To && vw.Entry(g).Class == "incident" {
			return true
		}
	}
	return false
}
