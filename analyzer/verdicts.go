package analyzer

import (
	"strings"
	"unicode"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
	"github.com/policylens/policylens/internal/decimal"
)

// The policy-level verdicts (whether data is sold, Do Not Track, how long
// data is kept, the minimum age) weigh all the statements that speak to
// them, not the first one found. Each verdict's evidence lists the findings
// that support it, the one that decided it first.

// decideSale decides whether the policy says data is sold, from its sale
// findings (classes.saleSense gives their ids):
//   - "yes": it says it sells ("We may sell your personal information"),
//     unless it limits its denials to the ordinary sense of the word;
//   - "ccpa": it sells only in the wide sense of California's law, which
//     counts sharing for targeted ads as a sale ("may be considered a
//     \"sale\" under the CCPA"; "We do not sell personal information as the
//     term is commonly understood");
//   - "no": it denies selling, and says nothing of the above; or, with no
//     word of selling at all, it denies passing any data on to anyone
//     ("We never share your personal information"; with a condition, "We
//     do not share it with third parties except as required by law": see
//     sharingDenied);
//     With no word of selling but a "Do Not Sell My Personal Information"
//     link or setting, or a right to opt out of the sale of the reader's
//     data offered in plain terms ("You have the right to opt out of the
//     sale of your personal information", not the law's rights in general
//     terms: noteSaleOffer), which California's law has a business that
//     sells in its sense offer, it is "ccpa" too, and so it is when
//     its only denials leave what they deny to the rest of the policy
//     ("except as described in this Privacy Policy") or deny only in a
//     law's narrow sense ("as defined in ... the Nevada Revised Statutes":
//     ownExceptionsOnly);
//   - "unstated": it says nothing, or only about minors' data.
//
// Incidental mentions (a right, a supposition, a heading, the reader's or
// others' selling, a business transfer) are not sale findings at all: the
// rule classes drop them. The evidence lists the findings of the verdict,
// those without a condition first (conditionRank), and within each rank
// those about all the reader's data before those about some of it
// (narrowSale); the condition of the first is the verdict's.
func decideSale(r *Report) {
	var buf [4][8]int // most policies say little about selling: no allocation
	sells, wide, ordinary, denies := buf[0][:0], buf[1][:0], buf[2][:0], buf[3][:0]
	minors := false
	for i := nextOfKind(r.Findings, 0, "sale"); i < len(r.Findings); i = nextOfKind(r.Findings, i+1, "sale") {
		f := &r.Findings[i]
		if !stated(f) {
			continue
		}
		minors = minors || f.ID == "minors"
		switch {
		case f.ID == "minors":
		case f.ID == "ordinary":
			ordinary = append(ordinary, i)
		case f.ID == "ccpa" && !f.Negated:
			wide = append(wide, i)
		case !f.Negated:
			sells = append(sells, i)
		default:
			denies = append(denies, i)
		}
	}
	var ev []int
	switch {
	case len(sells) > 0 && len(ordinary) == 0:
		r.Sharing.Sale, ev = "yes", sells
	case len(sells)+len(wide)+len(ordinary) > 0:
		r.Sharing.Sale, ev = "ccpa", append(append(append([]int(nil), wide...), sells...), ordinary...)
	case len(denies) > 0 && !ownExceptionsOnly(r, denies):
		r.Sharing.Sale, ev = "no", denies
	default:
		// No word of selling but a "Do Not Sell My Personal Information"
		// link or setting, or the right to opt out of the sale of the
		// reader's data offered plainly: California's law has a business that sells in
		// its wide sense offer one ("If you wish to opt out of the sale
		// of your personal information, please follow this link: Do Not
		// Sell My Information"), whatever it says of minors' data, or
		// beside denials that leave the matter to the rest of the policy
		// (ownExceptionsOnly).
		for i := range r.Findings {
			if f := &r.Findings[i]; f.note&noteSaleOffer != 0 {
				ev = append(ev, i)
			}
		}
		if len(ev) > 0 {
			r.Sharing.Sale = "ccpa"
		} else if !minors {
			// No word of selling: a denial of using the reader's data for
			// anything commercial, or of passing data on at all, denies it.
			if i := commercialUseDenied(r); i >= 0 {
				r.Sharing.Sale, ev = "no", []int{i}
			} else if i := sharingDenied(r); i >= 0 {
				r.Sharing.Sale, ev = "no", []int{i}
			}
		}
	}
	// narrowSale, a pass over every finding, reads only a finding's
	// sentence and condition: it is asked once for a run of evidence
	// that shares them ("We do not sell, rent or trade your data").
	last, narrow := -1, false
	ev = inRankOrder(ev, func(i int) int {
		if f := &r.Findings[i]; last < 0 || f.Sentence != r.Findings[last].Sentence || f.Condition != r.Findings[last].Condition {
			last, narrow = i, narrowSale(r, i)
		}
		return 2*conditionRank(r, i) + boolOrder(narrow)
	})
	r.Sharing.SaleEvidence = append(r.Sharing.SaleEvidence, ev...)
	if len(ev) > 0 && r.Sharing.Sale != "ccpa" {
		r.Sharing.SaleCondition = r.Findings[ev[0]].Condition
		if r.Findings[ev[0]].note&noteWeOnly != 0 {
			r.Sharing.SaleCondition = "only " + r.Sharing.SaleCondition // "only if you agree": the denial's exception
		}
	}
}

// nextOfKind returns the index of the first finding of kind in fs from i
// on, or len(fs). A pass that gathers lists of one kind's findings skips
// the rest in this loop of its own: in the pass's loop, the lists' words
// were stored and loaded again at every finding.
func nextOfKind(fs []Finding, i int, kind string) int {
	for ; i < len(fs); i++ {
		if fs[i].Kind == kind {
			return i
		}
	}
	return len(fs)
}

// ownExceptionsOnly reports whether every sale denial of denies leaves
// what it denies to the rest of the policy ("We don't sell or share your
// personal information, except as provided in this Privacy Policy") or
// denies only a sale for money in a narrow law's terms ("as defined in
// Chapter 603A of the Nevada Revised Statutes"; see noteOwnException) and the policy offers a "Do Not Sell My Personal
// Information" link or the right it names (noteSaleOffer): what the rest provides is a sale in
// California's sense, and the verdict is "ccpa".
func ownExceptionsOnly(r *Report, denies []int) bool {
	for _, i := range denies {
		if r.Findings[i].note&noteOwnException == 0 {
			return false
		}
	}
	for i := range r.Findings {
		if r.Findings[i].note&noteSaleOffer != 0 {
			return true
		}
	}
	return false
}

// sharingDenied returns the index of the first finding of a sentence that
// denies passing the reader's data on to anyone at all ("We do not share
// your information", "We never send any information to third parties",
// "None of the information we collect is ever shared"), or -1; one that
// states no condition comes before one that does ("except as required by
// law", "unless you agree": noteWeDeny weighs them), as a sale denial
// does (see unconditionalFirst). Such a denial denies selling too. We must
// be the ones denying it (not "We ask you not to share your password with
// anyone", "You can ask us not to share ...": see View.WeDeny), it must
// name the reader's data or personal information as a whole, or any data
// at all ("any information"; "this information" may be one kind), and the
// sentence must deny outright: every sharing finding in it negated with the
// same condition, none naming a kind of data or of recipient narrower than
// any data or any third party ("We do not share your location with
// advertisers" leaves selling other data open), and no purpose ("for their
// marketing purposes"), nor a way to opt out of it ("except when we give
// you an opportunity to opt out of having it shared": until then it is
// shared). What an exception names ("except our service
// providers": noteExcepted) is left out of the denial, and so is a
// purpose its condition names ("except as required by law"), unless data
// is sold for it (salePurpose).
func sharingDenied(r *Report) int {
	found := -1
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.note&(noteWeDeny|noteWeOnly) == 0 || !stated(f) || !anyDataOrParty(f.ID) && f.note&noteAnyData == 0 || found >= 0 && f.Condition != "" {
			continue
		}
		outright, data := true, false
		for j := range r.Findings {
			g := &r.Findings[j]
			if g.Sentence != f.Sentence {
				continue
			}
			share := g.Kind == "share" || g.ID == "share-unspecified"
			switch {
			case g.Kind == "right" && g.ID == "opt-out-sale" && !g.Negated:
				outright = false
			case g.note&noteExcepted != 0 || g.Kind == "share" && !g.Negated && IsException(g.Condition):
			case g.Kind == "purpose" && (f.note&noteWeOnly == 0 && !strings.Contains(f.Condition, g.Text) || salePurpose(g.ID)):
				outright = false
			case share && (!g.Negated && g.note&noteWeOnly == 0 || g.Condition != f.Condition || !anyDataOrParty(g.ID) && g.Kind == "share"):
				outright = false
			case share && (g.ID == "about-you" || g.ID == "personal-info" || g.note&noteAnyData != 0):
				data = true
			}
		}
		if outright && data {
			found = i
			if f.Condition == "" {
				break
			}
		}
	}
	return found
}

// commercialUseDenied returns the index of the first finding that denies,
// with no condition, using the reader's data for commercial purposes ("we
// don't use your data for ad targeting or other commercial purposes"), or
// -1. Selling is a commercial use, so the denial denies it; not one of some
// data or of some readers ("student data", "children's data": the sentence
// must name the reader's data as a whole, with no condition, and no
// children).
func commercialUseDenied(r *Report) int {
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Kind != "purpose" || f.ID != "commercial" || !f.Negated || f.Condition != "" {
			continue
		}
		whole, narrow := false, false
		for j := range r.Findings {
			g := &r.Findings[j]
			if g.Sentence != f.Sentence {
				continue
			}
			switch {
			case g.Kind == "children":
				narrow = true
			case g.Kind == "collect" || g.Kind == "share":
				if (g.ID == "about-you" || g.ID == "personal-info") && g.Condition == "" {
					whole = true
				} else if g.Kind == "collect" {
					narrow = true
				}
			}
		}
		if whole && !narrow {
			return i
		}
	}
	return -1
}

// salePurpose reports whether purpose id is one data is sold for:
// advertising or marketing ("except to partners for their marketing").
func salePurpose(id string) bool {
	e := rules().ByClass["purpose"][id]
	return e != nil && (e.Grp == lexicon.GroupAdvertising || e.Grp == lexicon.GroupMarketing)
}

// anyDataOrParty reports whether a sharing finding's id names any data
// ("your information", "personal information") or any third party ("third
// parties", "anyone"), not a kind of either.
//
// A call, not inlined: inlined, its string comparisons (each a call of
// the runtime's memequal in WebAssembly) were copied at each use.
//
//go:noinline
func anyDataOrParty(id string) bool {
	switch id {
	case "about-you", "personal-info", "info-generic", "other-third-parties", "public":
		return true
	}
	return false
}

// unconditionalFirst orders findings ev (indices into r.Findings) by
// conditionRank, report order otherwise.
func unconditionalFirst(r *Report, ev []int) []int {
	return inRankOrder(ev, func(i int) int { return conditionRank(r, i) })
}

// conditionRank ranks finding i for the evidence of a claim: those stated
// without a condition first, then those with one, then the same two of
// sentences that deny something ("We will not sell your information but
// may share it with our vendors", "We do not control the practices of
// third-party analytics providers"), which support a claim less plainly
// (all of a denial's evidence denies: its conditions still come last).
func conditionRank(r *Report, i int) int {
	f, k := &r.Findings[i], 0
	if f.note&noteInDenial != 0 {
		k = 2
	}
	if f.Condition != "" {
		k++
	}
	return k
}

// narrowSale reports whether sale finding i speaks of less than all the
// reader's data: its sentence names kinds of data and none in general ("We
// do not sell your email address"), a purpose its condition does not ("...
// for research purposes"), or the sentence model reads it as about one
// audience ("not sell student personal data"; the practice "california"
// shares that category and narrows nothing). Within a rank, the sale
// verdict's evidence lists such statements after those about all the data
// ("We do not sell your personal data"), which decide it.
func narrowSale(r *Report, i int) bool {
	f := &r.Findings[i]
	kinds, all := false, false
	for j := range r.Findings {
		g := &r.Findings[j]
		if g.Sentence != f.Sentence {
			continue
		}
		switch {
		case g.Kind == "purpose" && !strings.Contains(f.Condition, g.Text), g.Kind == "practice" && g.ID == "specific-audiences":
			return true
		case (g.Kind == "share" || g.Kind == "collect") && rules().ByClass["datatype"][g.ID] != nil:
			if anyDataOrParty(g.ID) || g.note&noteAnyData != 0 {
				all = true
			} else {
				kinds = true
			}
		}
	}
	return kinds && !all
}

// inRankOrder returns findings ev ordered by rank as byRank does: ev itself
// when it is in that order already (most evidence lists, and every list of
// one finding, whose rank it does not ask), else a copy. It asks each
// finding's rank once (a rank may read the whole report: narrowSale).
func inRankOrder(ev []int, rank func(i int) int) []int {
	if len(ev) < 2 {
		return ev
	}
	ks, sorted := rankKeys(ev, rank)
	if sorted {
		return ev
	}
	sortKeys(ks)
	out := make([]int, len(ks))
	for j, k := range ks {
		out[j] = k.i
	}
	return out
}

// byRank returns a copy of findings ev (indices into a report's findings)
// ordered by rank, lowest first, in report order within a rank.
func byRank(ev []int, rank func(i int) int) []int {
	out := append(make([]int, 0, len(ev)), ev...)
	sortStable(out, rank)
	return out
}

// decideDNT decides how the policy treats Do Not Track from its findings
// (each one's id is its sentence's status, see sentence.Context.DNTStatus): "not-honored" when any sentence says they do
// not respond, else "honored" when one says they do, else "unstated". A
// sentence that only mentions the signal (a heading, a question, the law's
// duty to say how they respond, what others do, "if we respond in the
// future") decides nothing. The evidence lists the findings of the status,
// those of sentences that only say there is no standard for the signal
// ("Some browsers send Do Not Track signals, but there is no uniform
// standard for them": noteIncidental) after the company's answer; with
// none, the mentions.
func decideDNT(r *Report) {
	var buf [3][8]int
	not, honored, mentioned := buf[0][:0], buf[1][:0], buf[2][:0]
	for i := nextOfKind(r.Findings, 0, "dnt"); i < len(r.Findings); i = nextOfKind(r.Findings, i+1, "dnt") {
		if !stated(&r.Findings[i]) {
			continue
		}
		switch r.Findings[i].ID {
		case "not-honored":
			not = append(not, i)
		case "honored":
			honored = append(honored, i)
		default:
			mentioned = append(mentioned, i)
		}
	}
	ev := mentioned
	switch {
	case len(not) > 0:
		r.DoNotTrack.Status, ev = "not-honored", not
	case len(honored) > 0:
		r.DoNotTrack.Status, ev = "honored", honored
	}
	noStandardLast := func(i int) int { return boolOrder(r.Findings[i].note&noteIncidental != 0) }
	r.DoNotTrack.Evidence = append(r.DoNotTrack.Evidence, inRankOrder(ev, noStandardLast)...)
}

// addPeriod adds period text to the periods the policy states, once: "4
// year" ("after the 4 year period expires") and "one-year" are "4 years"
// and "one year" again; the plural is the one listed.
func addPeriod(r *Report, text string) {
	key := periodKey(text)
	for i, p := range r.Retention.Periods {
		if periodKey(p) == key {
			if len(text) > len(p) && strings.HasSuffix(text, "s") && restatedNumber(text) == text {
				r.Retention.Periods[i] = text
			}
			return
		}
	}
	r.Retention.Periods = append(r.Retention.Periods, text)
	r.Retention.Days = append(r.Retention.Days, periodLength(text))
}

// periodLength is how many days period p lasts ("30 days", "one hundred
// and eighty days", "24 hours" is 1), 0 when it names no number or no unit:
// its first number (figures or words, read as the classes read them,
// lexicon.Number: "two (2) years" is 2, "twenty-one" 21) times its last
// unit (rule class "unit", looked up, ids their minutes). The English
// reading's periods and those read in outline, written in English, are read
// alike.
func periodLength(p string) float64 {
	lx := rules()
	tz := text.Tokenizer{Words: &lx.Words, Uncached: true}
	toks := tz.Tokenize(p, nil)
	tok := func(i int32) *text.Token { return &toks[i] }
	number, minutes := -1, 0
	for i := int32(0); int(i) < len(toks); i++ {
		if number < 0 {
			if v, end := lx.Number(tok, i, int32(len(toks))); v >= 0 {
				number, i = v, end-1
				continue
			}
		}
		if e := lx.Lookup(toks[i].ID, "unit"); e != nil {
			minutes, _ = decimal.Atoi(e.ID)
		}
	}
	return float64(max(number, 0)*minutes) / (24 * 60)
}

// periodKey is a period's words in lower case, single-spaced, without a
// plural "s": "4 Years" and "4 year", "one-year" and "one year" are alike;
// a number in words restated in figures in parentheses counts as the
// figures ("seven (7) days" is "7 days", see restatedNumber).
func periodKey(text string) string {
	text = restatedNumber(text)
	var b strings.Builder
	space := false
	for _, c := range strings.ToLower(text) {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(c)
			space = false
		} else {
			space = true
		}
	}
	return strings.TrimSuffix(b.String(), "s")
}

// restatedNumber drops the word before figures in parentheses that restate
// it, and the parentheses: "seven (7) days" is "7 days", "ten (10) years"
// "10 years". Any other text is returned as it is.
func restatedNumber(text string) string {
	open := strings.IndexByte(text, '(')
	end := strings.IndexByte(text, ')')
	if open <= 0 || end <= open+1 || text[open-1] != ' ' {
		return text
	}
	for _, c := range text[open+1 : end] {
		if c < '0' || c > '9' {
			return text
		}
	}
	word := strings.LastIndexByte(text[:open-1], ' ') + 1
	return text[:word] + text[open+1:end] + text[end+1:]
}

// decideRetention decides how long the policy says data is kept, from its
// retention findings: "indefinite" when it says it
// may keep some indefinitely, else "limited" when it states a period (or
// "partial" when every period it states is of some data only, not counted
// from the reader leaving, and it says nothing of the rest), else
// "as-needed" when it keeps data as long as needed, else "mentioned" when it
// speaks of keeping or deleting data without a period ("we may retain some
// information to prevent fraud", "backups are deleted periodically", "we
// may retain certain information as required by law": a need that says why
// some data is kept, not how long, see noteLawNeed; or
// only of keeping logs, "we use log files", evidence after the others), else
// "none" when its only statements deny keeping data at all ("we never keep
// logs", "we do not store your IP address": findings "not-kept"; a denial
// never outweighs a statement of keeping elsewhere), else
// "unstated"; periods that only say how long data stays after the reader
// deletes or closes their account, or how long some kinds of data are kept,
// do not outweigh keeping data as long as needed (see noteAfterLeaving and
// noteSomeData), and a period that is only the least time some data is kept
// ("for at least seven years", noteMinimum) is listed but is no limit: it
// counts as keeping data ("mentioned"). How long
// a cookie lasts decides nothing (it is the cookie's life, not how long they
// keep data), nor does keeping non-personal data indefinitely (the class drops
// it), nor a need or period of keeping aggregated or non-personal data
// (noteNotPersonal: some data kept, as "mentioned"). The evidence lists the findings of the policy, the first that decided
// it first (a need of some data only, noteSomeData, after one of all the
// data); with none, the sentences that say they keep data.
func decideRetention(r *Report) {
	var buf [7][8]int
	indefinite, periods, asNeeded, kept, denied, logs, weakNeeded := buf[0][:0], buf[1][:0], buf[2][:0], buf[3][:0], buf[4][:0], buf[5][:0], buf[6][:0]
	partial := true  // every period is of some data only, or how long data stays after the reader leaves
	someData := true // every period is of some data only
	for i := nextOfKind(r.Findings, 0, "retention"); i < len(r.Findings); i = nextOfKind(r.Findings, i+1, "retention") {
		f := &r.Findings[i]
		if !stated(f) {
			continue
		}
		if f.note&noteNotPersonal != 0 && (f.ID == "period" || f.ID == "as-needed") {
			kept = append(kept, i) // how long data not theirs is kept: some data kept
			continue
		}
		if f.note&noteMinimum != 0 {
			// "We retain transactional information for at least seven
			// years": the least time some data is kept, no limit; listed
			// with the periods, but it says only that data is kept.
			addPeriod(r, f.Text)
			kept = append(kept, i)
			continue
		}
		switch f.ID {
		case "indefinite":
			indefinite = append(indefinite, i)
		case "period":
			periods = append(periods, i)
			addPeriod(r, f.Text)
			partial = partial && f.note&(noteAfterLeaving|noteSomeData) != 0
			someData = someData && f.note&noteSomeData != 0 && f.note&noteAfterLeaving == 0
		case "as-needed":
			switch {
			case f.note&noteLawNeed != 0:
				kept = append(kept, i) // why some is kept, not how long
			case f.note&noteIncidental != 0:
				weakNeeded = append(weakNeeded, i)
			default:
				asNeeded = append(asNeeded, i)
			}
		case "cookie-lifetime":
		case "not-kept":
			denied = append(denied, i)
		case "logs":
			logs = append(logs, i)
		default:
			if !f.Negated {
				kept = append(kept, i)
			}
		}
	}
	// A need read with a bare verb of keeping ("maintaining the
	// Services ... for regulatory purposes") counts only where no
	// statement of keeping data as long as needed does.
	if len(asNeeded) == 0 {
		asNeeded = weakNeeded
	}
	// A need of some data only ("we keep payment details only as long as
	// the transaction needs", "it may remain in our backups for a
	// reasonable time") follows one of all the data: that one decides.
	asNeeded = inRankOrder(asNeeded, func(i int) int { return boolOrder(r.Findings[i].note&noteSomeData != 0) })
	ev := kept
	switch {
	case len(indefinite) > 0:
		r.Retention.Policy, ev = "indefinite", indefinite
	case len(periods) > 0 && partial && len(asNeeded) > 0:
		// "We retain your information for as long as it is necessary to
		// provide the service" and "If you delete your account, it is
		// deactivated for 30 days, then deleted", "we delete IP addresses
		// after 100 days": data is kept as long as needed; the periods
		// (still listed) are how long it stays after the reader leaves,
		// or how long some of it is kept.
		r.Retention.Policy, ev = "as-needed", append(asNeeded, periods...)
	case len(periods) > 0 && someData:
		// "We delete IP addresses after 30 days", and no word of how
		// long the rest is kept: a period of some data is no answer for
		// all. (A period after the reader leaves, "deleted 30 days after
		// you close your account", is how long the account's data is
		// kept.)
		r.Retention.Policy, ev = "partial", periods
	case len(periods) > 0:
		r.Retention.Policy, ev = "limited", periods
	case len(asNeeded) > 0:
		r.Retention.Policy, ev = "as-needed", asNeeded
	case len(kept) > 0 || len(logs) > 0:
		r.Retention.Policy, ev = "mentioned", append(kept, logs...)
	case len(denied) > 0:
		r.Retention.Policy, ev = "none", denied
	}
	r.Retention.Evidence = append(r.Retention.Evidence, ev...)
}

// decideChildren decides the minimum age from all the ages the policy
// states (classes.Age leaves out those about selling minors' data, minors'
// rights and the top of a range): the one stated most often, the lower on a
// tie, among the general ones, or among the regional ones when there are no
// others ("16 in the EU" beside "13" is a regional variant); and among
// those, only the ages that bar the young from the service when there are
// any ("If you are under 18, you may not use the service" beside "Members
// who say they are under 13 ..." or "If your child is under 13 and joined
// with a false age, tell us"). An age stated with a parent's leave
// (noteConsent: "If you are under 15, ask your guardian's permission")
// is no minimum: the consent age is the highest of those, above the
// minimum age ("you may use the service only with a parent's involvement
// if you are under 18" beside "we do not collect data from children under
// 13 without parental consent": a parent must consent below 18). The evidence lists the findings of the
// minimum age (with those of a consent at that age), then those of the
// consent age (each those of sentences
// that say what a law says of the age after the company's own), then the
// other findings about children of their sentences; with no age, every
// finding about children.
func decideChildren(r *Report) {
	// The findings about children, in report order: a few of a report's
	// hundreds, which the passes below read rather than every finding.
	var buf [32]int
	kids := buf[:0]
	for i := range r.Findings {
		if r.Findings[i].Kind == "children" {
			kids = append(kids, i)
		}
	}
	general, bars := false, false
	for _, i := range kids {
		if f := &r.Findings[i]; f.ID == "min-age" && stated(f) && f.note&noteServed == 0 {
			general = general || f.note&noteRegional == 0
		}
	}
	weighed := func(f *Finding) bool { // an age either verdict weighs (f is about children)
		return f.ID == "min-age" && stated(f) && f.note&noteServed == 0 && (f.note&noteRegional == 0 || !general)
	}
	for _, i := range kids {
		if f := &r.Findings[i]; weighed(f) {
			bars = bars || f.note&noteBars != 0
		}
	}
	counts := func(f *Finding) bool { return weighed(f) && (f.note&noteBars != 0 || !bars) }
	consent := func(f *Finding) bool { return weighed(f) && f.note&noteConsent != 0 }
	r.Children.MinAge = mostStatedAge(r, kids, func(f *Finding) bool { return counts(f) && f.note&noteConsent == 0 })
	for _, i := range kids {
		if f := &r.Findings[i]; consent(f) && int(f.age) > max(r.Children.MinAge, r.Children.ConsentAge) {
			r.Children.ConsentAge = int(f.age)
		}
	}
	if r.Children.MinAge == 0 && r.Children.ConsentAge == 0 {
		for _, i := range kids {
			if stated(&r.Findings[i]) {
				r.Children.Evidence = append(r.Children.Evidence, i)
			}
		}
		return
	}
	n := len(r.Children.Evidence)
	for _, d := range [...]struct {
		age int
		of  func(*Finding) bool
	}{{r.Children.MinAge, counts}, {r.Children.ConsentAge, consent}} {
		m := len(r.Children.Evidence)
		for _, i := range kids {
			if f := &r.Findings[i]; d.age > 0 && d.of(f) && int(f.age) == d.age {
				r.Children.Evidence = append(r.Children.Evidence, i)
			}
		}
		decided := r.Children.Evidence[m:]
		copy(decided, companyAgeFirst(r, decided))
	}
	decided := r.Children.Evidence[n:]
	for _, i := range kids {
		if f := &r.Findings[i]; f.ID != "min-age" && stated(f) && inSentenceOf(r, decided, f.Sentence) {
			r.Children.Evidence = append(r.Children.Evidence, i)
		}
	}
}

// mostStatedAge returns the age of findings ev (indices into r.Findings)
// of weighs stated most often, the lower on a tie; 0 when there is none.
func mostStatedAge(r *Report, ev []int, weighs func(*Finding) bool) int {
	var count [32]int // by age (classes.Age reads 12 to 21)
	best := 0
	for _, i := range ev {
		f := &r.Findings[i]
		if !weighs(f) {
			continue
		}
		age := int(f.age)
		if age <= 0 || age >= len(count) {
			continue
		}
		count[age]++
		if n := count[age]; best == 0 || n > count[best] || n == count[best] && age < best {
			best = age
		}
	}
	return best
}

// companyAgeFirst orders minimum-age findings ev so that those of what a
// law says of an age ("COPPA protects children under 13": noteIncidental,
// from classes' lawsAge) follow those of what the company says; report
// order otherwise.
func companyAgeFirst(r *Report, ev []int) []int {
	return inRankOrder(ev, func(i int) int { return boolOrder(r.Findings[i].note&noteIncidental != 0) })
}

// inSentenceOf reports whether one of findings ev is in sentence s.
func inSentenceOf(r *Report, ev []int, s Span) bool {
	for _, i := range ev {
		if r.Findings[i].Sentence == s {
			return true
		}
	}
	return false
}
