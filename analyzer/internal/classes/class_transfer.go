package classes

import (
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
)

// transferClass judges international transfers and their safeguards (rule
// class "transfer").
type transferClass struct{}

func (*transferClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	// "countries without an adequate level of protection", "may not
	// provide an adequate level of data protection": a safeguard said to be
	// missing is none.
	if vw.Entry(h).ID == "adequacy" && (vw.NegatedNear(h.From, 4) || vw.SetBefore(h.From, 3, lexicon.WordsLacking)) {
		return drop("transfer/safeguard-missing")
	}
	// "Removed references to the invalidated Privacy Shield", "Privacy
	// Shield is no longer a valid basis for transfers": a mechanism said
	// to be gone is no safeguard the company relies on (but "it is no
	// longer valid, yet we continue to comply with it" still is).
	if vw.Entry(h).ID == "privacy-shield" && ended(vw, h) {
		return drop("transfer/mechanism-ended")
	}
	// "Microsoft adheres to its principles, although it does not rely on
	// the Privacy Shield as a legal basis for transfers": a mechanism
	// named but not relied on is no safeguard of the transfer, which is
	// still spoken of (the finding stays, as a transfer).
	if !vw.IsRule(h, lexicon.RInternational) && notReliedOn(vw, h) {
		return kept("transfer/not-relied-on", finding(vw.Doc.Lexicon.ByClass["transfer"]["international"], "transfer", "other"))
	}
	// "If you are located in the European Economic Area", "users who
	// reside outside the EU": where the reader lives, no data moved.
	if vw.IsRule(h, lexicon.RInternational) && readerLocated(vw, h) {
		return drop("transfer/reader-location")
	}
	// "refer unresolved complaints to JAMS, a dispute resolution provider
	// located in the United States": where the body that hears complaints
	// is, no data moved.
	if vw.IsRule(h, lexicon.RInternational) && complaintBodyLocated(vw, h) {
		return drop("transfer/complaint-body-location")
	}
	return kept("transfer/named", finding(vw.Entry(h), "transfer", "other"))
}

// complaintBodyLocated reports whether hit h opens with "located", names no
// data, and follows a word of complaining (words complaining) in a sentence
// with no word of moving data (words transferring): the place of a body
// complaints go to.
func complaintBodyLocated(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.Is(h.From, lexicon.GResiding) || vw.DataBetween(h.From, h.To) || vw.SetFrom(vw.Own, lexicon.WordsTransferring) {
		return false
	}
	return vw.OwnSetBefore(h.From, h.From-int32(vw.Own), lexicon.WordsComplaining) >= 0
}

// readerLocated reports whether hit h opens with "located" or "reside" (or
// has it right before it),
// names no data, and has the reader, a group of readers or people (words
// located-persons: "a user located in the EU", "an individual who resides
// in the United States") at most three words before it (four for people):
// the reader's place, not the data's.
func readerLocated(vw *sentence.View, h lexicon.Hit) bool {
	from := h.From
	// A hit of the place alone, the word of residing right before it:
	// "persons resident outside the EEA", "if you reside outside of the
	// European Union".
	if !vw.Is(from, lexicon.GResiding) && from-1 > int32(vw.Own) && (vw.Is(from-1, lexicon.GResiding) || vw.In(from-1, lexicon.WordsResiding)) {
		from--
	}
	if !vw.Is(from, lexicon.GResiding) && !vw.In(from, lexicon.WordsResiding) || vw.DataBetween(from, h.To) {
		return false
	}
	// Three words back, not counting a verb of residing joined by "or"
	// ("If you reside or are located in the EEA").
	for q, n := from-1, 0; q >= int32(vw.Own) && n < 4; q-- {
		if n < 3 && (vw.Is(q, lexicon.GReader) || vw.Is(q, lexicon.GReaderNames)) || vw.In(q, lexicon.WordsLocatedPersons) {
			return true
		}
		if q-1 >= int32(vw.Own) && vw.Is(q, lexicon.GAndOr) && vw.In(q-1, lexicon.WordsResiding) {
			q-- // "reside or": skipped whole ("stored and located" counts)
			continue
		}
		n++
	}
	return false
}

// ended reports whether a word saying that the mechanism at h is gone
// stands at most eight words before or after it in its clause, and no word
// of keeping it in use stands in the sentence.
func ended(vw *sentence.View, h lexicon.Hit) bool {
	if vw.SetFrom(vw.Own, lexicon.WordsContinuing) {
		return false
	}
	for q := max(int32(vw.Own), h.From-8); q < h.To+8 && int(q) < len(vw.Toks); q++ {
		if vw.Clause[q] == vw.Clause[h.From] && vw.In(q, lexicon.WordsEnded) {
			return true
		}
	}
	return false
}

// notReliedOn reports whether a verb of relying stands at most seven words
// before hit h in its clause, with a negator at most three words before it
// ("does not rely on the EU-U.S. Privacy Shield").
func notReliedOn(vw *sentence.View, h lexicon.Hit) bool {
	for q := h.From - 1; q >= int32(vw.Own) && q >= h.From-7 && vw.Clause[q] == vw.Clause[h.From]; q-- {
		if vw.In(q, lexicon.WordsRelying) {
			return vw.NegatedNear(q, 3)
		}
	}
	return false
}
