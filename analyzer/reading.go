package analyzer

import (
	"strconv"
	"strings"

	"github.com/policylens/policylens/analyzer/internal/classes"
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// reading is the sentence pass over one text: it reads each sentence through
// its view, asks the rule classes what each hit means and keeps the findings.
// Its fields are its own state; the classes only return values.
type reading struct {
	d         *sentence.Doc
	vw        *sentence.View   // reused for each sentence
	ctx       sentence.Context // the context of the sentence being read
	trace     func(traceEvent)
	findings  []Finding
	rights    map[int]classes.RightDetails // right finding index -> how to use it, and whether a fee is named
	named     []int32                      // the recipient entries named so far in the current block (see antecedents)
	namedIn   int                          // that block
	prev      sentence.Carry               // what the previous sentence said, for the next one
	changed   int                          // the last sentence about a change of the policy, plus one (0: none yet)
	signalled int                          // the last sentence naming a Do Not Track signal, plus one (0: none yet)
	sold      int                          // the last sentence naming a sale, plus one (0: none yet)
	spans     []classes.Evidence           // the retention periods of the sentence being read
	model     *modelReader                 // the model pass, run after the rule classes on each sentence
	dates     []dated                      // the dates the policy gives for itself, with their findings
	pair      []lexicon.Hit                // scratch of elidedHead
	titled    []Finding                    // the rights the title or question sentence titleAt-1 names (see underTitle)
	titleAt   int                          // that sentence, plus one (0: none yet)
	intro     int                          // the list intro whose findings are rd.findings[introLo:introHi] (with its earlier items'), plus one (0: none yet; see underIntro)
	introLo   int
	introHi   int
	denial    bool // the sentence being read lists what the one before denies (see listsDenied)
	asked     int  // the block of the last sentence asking who got data for marketing ("Shine the Light"), plus one (0: none yet; see modelReader.weigh)
}

// judge asks the rule classes about each hit of sentence s's own words,
// read in view vw with context rd.ctx, and keeps the findings they keep
// (the sentence's first at first).
func (rd *reading) judge(vw *sentence.View, s *text.Sentence, first int) {
	d, ctx := rd.d, &rd.ctx
	for i, h := range vw.Hits {
		if int(h.From) < vw.Own {
			continue // the intro's own hits are reported with the intro
		}
		j := judges[h.Entry]
		informs := classes.Informs(j)
		if informs && rd.trace == nil {
			continue // a cue's hit is never kept: only a trace wants its verdict (no call: calls cost most in WebAssembly)
		}
		vd := noStatement
		if !ctx.NoStatement() || informs {
			vd = j.Judge(vw, ctx, i, h)
		}
		if rd.trace != nil {
			rd.trace(traceEvent{Rule: vw.Entry(h).Rule, Start: int(d.Toks[vw.Toks[h.From]].Start), End: int(d.Toks[vw.Toks[h.To-1]].End),
				Sentence: Span{s.Start, s.End}, Kept: vd.Keep, Reason: vd.Reason})
		}
		if vd.Keep {
			if rd.denial && (vd.Kind == "collect" || vd.Kind == "share") {
				vd.Negated = true // "We do not collect sensitive data. This includes your religion."
			}
			f := Finding{Kind: vd.Kind, ID: vd.ID, Category: vd.Category, Negated: vd.Negated}
			if vd.Incidental {
				f.note = noteIncidental
			}
			if vd.SaleDenial {
				f.note |= noteSaleDenial
			}
			n := len(rd.findings)
			rd.keep(vw, s, h, f, first, vd.AlsoCollect)
			if f.Kind == "share" && vw.Entry(h).Cls == lexicon.ClassRecipient {
				rd.elidedHead(vw, h, n)
			}
		}
	}
}

// answer reads sentence si, a bare answer to question qi ("Do we sell your
// data?" then "No."; see sentence.Doc.Answers), as stating what the
// question asks, denied by a "No": the classes judge the question's hits
// as a statement (View.BuildAnswer). Its findings are the
// answer's, quoted with the question as a list item is with its intro; the
// question alone stays what it was, a topic and no evidence. (The rules
// alone: the sentence model reads the answer as it reads any sentence.)
func (rd *reading) answer(si, qi int) {
	d := rd.d
	s, q := &d.Sents[si], &d.Sents[qi]
	vw := rd.vw
	vw.BuildAnswer(d, q, d.AnswersNo(si))
	if len(vw.Hits) == 0 {
		return
	}
	rd.ctx = vw.Context(q)
	if rd.ctx.NoStatement() || rd.ctx.NotEvidence() {
		return
	}
	first := len(rd.findings)
	rd.judge(vw, q, first)
	for i := first; i < len(rd.findings); i++ {
		f := &rd.findings[i]
		f.Start, f.End, f.Text = s.Start, s.End, d.Text[s.Start:s.End]
		f.Sentence, f.Intro = Span{s.Start, s.End}, Span{q.Start, q.End}
	}
}

// dated is a date the policy says it was updated or took effect: its
// finding, and the date read as yyyymmdd or yyyymm (0 when unread).
type dated struct{ finding, date int }

// sentence turns the hits of sentence si, read with its context, into findings.
func (rd *reading) sentence(si int) {
	d := rd.d
	s := &d.Sents[si]
	b := &d.Blocks[s.Block]
	if b.Contents {
		// A table of contents states no practice, but a heading in it may
		// give the policy's date ("Last Updated: July 9th, 2020" above a
		// list of links): its aside hits are read, as a heading's.
		if b.Kind == text.BlockHeading {
			rd.vw.Build(d, s, nil)
			if len(rd.vw.Aside) > 0 {
				rd.ctx = rd.vw.Context(s)
				rd.aside(rd.vw, s)
			}
		}
		return
	}
	var intro *text.Sentence
	if b.Kind == text.BlockListItem && b.Intro >= 0 {
		intro = &d.Sents[b.Intro]
	}
	vw := rd.vw
	vw.Build(d, s, intro)
	if len(vw.Hits) == 0 {
		rd.withoutHits(si, s, b, vw)
		return
	}
	rd.ctx = vw.Context(s)
	ctx := &rd.ctx // the reading's own, so that passing it to the classes allocates nothing
	ctx.Carried = carried(d, rd.prev, si, s, ctx)
	ctx.AfterOthers = si > 0 && rd.prev.Sent == si-1 && rd.prev.Others && d.Sents[si-1].Block == s.Block
	ctx.AfterSale = si > 0 && rd.sold == si && d.Sents[si-1].Block == s.Block
	if ctx.Notice && !ctx.Change && rd.changed == si && toldOfChange(d, vw, si, s, ctx) {
		ctx.Change = true // "We may update this policy. When we do, we will let you know."
	}
	if !ctx.DNT && rd.signalJustBefore(si, s) {
		vw.RecallsSignal(ctx) // "Some browsers send Do Not Track signals. We do not respond to these signals."
	}
	if !ctx.DNT {
		rd.keepSignal(vw, si, s)
	}
	first := len(rd.findings)
	rd.denial = ctx.Carried.Denied && listsDenied(vw)
	rd.judge(vw, s, first)
	rd.denial = false
	rd.antecedents(vw, s, first)
	if ctx.NoStatement() {
		// The model reads it too (its inputs are one per sentence), but
		// what it adds to a line of contents is no evidence either.
		rd.model.weigh(rd, s, vw, ctx, first)
		if ctx.Menu || ctx.Forbidden {
			// A contents line names a topic of the policy; a site's
			// menu ("Kids Jackets ... Women Sale, Tops... Help") names
			// the shop's, none of its practices; nor does what the reader
			// is forbidden to do ("You agree not to: collect the personal
			// data of other users").
			rd.findings = rd.findings[:first]
		}
		for i := first; i < len(rd.findings); i++ {
			rd.findings[i].note |= noteTitled
		}
		rd.passOn(si, ctx, nil)
		return
	}
	rd.wholeSentence(vw, s, ctx, first)
	rd.model.weigh(rd, s, vw, ctx, first)
	rd.dropBracketed(first) // after the model, which reads both
	// "Like many websites, we use log files": the company keeps logs,
	// for how long it does not say; like a denial, no practice of data
	// retention (category other), but evidence that they keep data, where
	// the sentence says nothing else of keeping it ("We keep server logs
	// for 30 days" says more). (Read after the model, which neither sees
	// nor weighs it: it names no category.)
	rd.spans = rd.spans[:0]
	if !hasFinding(rd.findings[first:], "retention", "") {
		rd.spans = classes.LogsKept(vw, ctx, rd.spans)
	}
	for _, ev := range rd.spans {
		f := rd.evidence(vw, s, ev, "retention", "logs", "other", "retention.logs")
		f.Explanation = "They keep logs of how the service is used."
		rd.findings = append(rd.findings, f)
	}
	rd.noteFindings(si, s, vw, ctx, first)
	rd.aside(vw, s) // after the model, which moves the findings it weighs: the aside keeps indices of its own
	rd.model.addPurposes(rd, s, vw, ctx, first)
	rd.passOn(si, ctx, rd.findings[first:])
}

// withoutHits reads sentence si (s, in block b; vw its view) in which no
// rule hits: the model's findings and the asides, for sentence.
func (rd *reading) withoutHits(si int, s *text.Sentence, b *text.Block, vw *sentence.View) {
	d := rd.d
	// The model first: the aside keeps indices of its own (see below).
	// The sentence's context is read before it, as the model judges
	// the aside's sources with it (receivedOnly).
	if len(vw.Aside) > 0 {
		rd.ctx = vw.Context(s)
	}
	first := len(rd.findings)
	rd.model.weigh(rd, s, vw, nil, first)
	if len(rd.findings) > first && vw.Menu(s) {
		rd.findings = rd.findings[:first] // a site's menu states nothing
	}
	if b.Kind != text.BlockHeading {
		rd.underTitle(si, s, vw, first)
		rd.underIntro(s, vw, first)
	}
	rd.keepSignal(vw, si, s)
	if len(vw.Aside) > 0 {
		rd.aside(vw, s)
	}
	// "We may share it when the law requires. Examples include:": an
	// intro naming nothing passes the practice on to its list.
	if rd.prev.Sent == si-1 && si > 0 && d.Sents[si-1].Block >= s.Block-1 && text.EndsWithColon(d.Text[s.Start:s.End]) {
		rd.prev.Sent = si
	}
}

// wholeSentence adds, for sentence, the findings that readers of the whole
// sentence make (a minimum age, purposes listed, retention periods and
// what is not kept), after the classes judged its hits (from first on).
func (rd *reading) wholeSentence(vw *sentence.View, s *text.Sentence, ctx *sentence.Context, first int) {
	d := rd.d
	if ev, ok := classes.Age(vw, ctx); ok {
		f := rd.evidence(vw, s, ev, "children", "min-age", "specific-audiences", "children.min-age")
		f.Explanation = "The minimum age they state: " + strconv.Itoa(ev.N) + "."
		f.age = uint8(ev.N)
		if ev.Regional {
			f.note = noteRegional
		}
		if ev.Bars {
			f.note |= noteBars
		}
		if ev.Consent {
			f.note |= noteConsent
		}
		if ev.Law {
			f.note |= noteIncidental
		}
		if ev.Served {
			f.note |= noteServed
			f.Explanation = "An age they name for the young they serve or whose data they pass on (no minimum age): " + strconv.Itoa(ev.N) + "."
		}
		rd.findings = append(rd.findings, f)
	}
	if ev, ok := classes.AimsListed(vw, ctx); ok {
		f := rd.evidence(vw, s, ev, "practice", "purpose", "first-party-collection", "practice.purpose")
		f.Explanation = explain(&f, d.Lexicon.ByClass["practice"]["purpose"])
		rd.findings = append(rd.findings, f)
	}
	if hasFinding(rd.findings[first:], "retention", "as-needed") {
		var note findingNote
		if classes.LawNeedsOnly(vw) {
			note |= noteLawNeed
		}
		if classes.SomeDataKept(vw) {
			note |= noteSomeData
		}
		if classes.NotPersonalKept(vw) {
			note |= noteNotPersonal
		}
		for i := first; i < len(rd.findings); i++ {
			if f := &rd.findings[i]; f.Kind == "retention" && f.ID == "as-needed" {
				f.note |= note
			}
		}
	}
	rd.spans = classes.Periods(vw, ctx, rd.spans[:0])
	someData := len(rd.spans) > 0 && (classes.SomeDataOnly(vw) || classes.ForExample(vw))
	notPersonal := len(rd.spans) > 0 && classes.NotPersonalKept(vw) // of the sentence: once, not a period
	for _, ev := range rd.spans {
		f := rd.evidence(vw, s, ev, "retention", "period", "data-retention", "retention.period")
		f.Explanation = "A retention period they state: " + f.Text + "."
		if classes.CookieLifetime(vw) {
			f.ID, f.Explanation = "cookie-lifetime", "How long a cookie lasts: "+f.Text+"."
		} else {
			if classes.AfterLeaving(vw, ev.To) {
				f.note |= noteAfterLeaving
			}
			if someData || classes.RecordStorePeriod(vw, ev.From, ev.To) {
				f.note |= noteSomeData
			}
			if notPersonal {
				f.note |= noteNotPersonal
			}
			if ev.Minimum {
				f.note |= noteMinimum
			}
		}
		rd.findings = append(rd.findings, f)
	}
	// "We never keep logs", "We do not store your IP address": a denial
	// that data is kept at all, evidence for the retention verdict. It
	// says nothing of how long data is kept, so it states no practice of
	// data retention (category other, as storing data without a period is
	// not, annotations/README.md); the sentence's other findings carry its
	// categories.
	rd.spans = classes.NotKept(vw, ctx, rd.spans[:0])
	for _, ev := range rd.spans {
		f := rd.evidence(vw, s, ev, "retention", "not-kept", "other", "retention.not-kept")
		f.Negated = true
		f.Explanation = "They say they do not keep this data."
		rd.findings = append(rd.findings, f)
	}
}

// noteFindings marks, for sentence, the findings of sentence si (from first
// on) by what the sentence is: a denial, a title or run-in title (whose
// rights the sentences under it may take), another's policy read, a
// refusal or consent by use that files sharing elsewhere.
func (rd *reading) noteFindings(si int, s *text.Sentence, vw *sentence.View, ctx *sentence.Context, first int) {
	if vw.Denies() {
		for i := first; i < len(rd.findings); i++ {
			rd.findings[i].note |= noteInDenial
		}
	}
	if ctx.NotEvidence() {
		// A title's findings, the model's among them, name topics: never
		// evidence (noted on the findings, which the model moves).
		for i := first; i < len(rd.findings); i++ {
			rd.findings[i].note |= noteTitled
		}
	} else if ctx.RunIn {
		for i := first; i < len(rd.findings); i++ {
			rd.findings[i].note |= noteRunIn
		}
	}
	if ctx.NotEvidence() || ctx.RunIn {
		rd.titled, rd.titleAt = rd.titled[:0], si+1
		for _, f := range rd.findings[first:] {
			if f.Kind == "right" && !f.Negated {
				rd.titled = append(rd.titled, f)
			}
		}
		if ctx.Title || ctx.Question && asks(vw) {
			rd.dropTitledRights(first)
		}
	} else {
		rd.underTitle(si, s, vw, first)
		rd.underIntro(s, vw, first)
		rd.refusedMarketing(s, vw, first)
	}
	if vw.ReadsOthersPolicy() {
		// "You should review the privacy policies of these third parties
		// before supplying personal data to them": the data and parties
		// are the reader's dealings with others, never the evidence of a
		// practice of the company's, nor collection or sharing by it
		// (advice about other services is "other" in our annotation
		// guide, as in OPP-115).
		for i := first; i < len(rd.findings); i++ {
			if f := &rd.findings[i]; f.Kind == "collect" || f.Kind == "share" || f.Kind == "sale" || f.Kind == "practice" {
				f.note |= noteTitled
				if f.Category == "first-party-collection" || f.Category == "third-party-sharing" {
					f.Category = "other"
				}
			}
		}
	} else if vw.OpensWithRefusal() {
		// "If you do not wish to have your personal information shared
		// with third parties, please click here": the reader's choice to
		// refuse is what the sentence states (user-choice, as our guide
		// reads an opt-out); the passing on it names is stated elsewhere.
		fileSharingUnder(rd.findings[first:], "user-choice")
	} else if vw.ConsentByUse(ctx) && !namesRecipient(rd.findings[first:]) {
		// "By using the Site, you consent to the collection, use and
		// sharing of your information": consent to what the policy
		// describes, a general statement (other, as OPP-115's annotators
		// and ours leave it), not a passing on of data; the policy states
		// that where it says who gets what (but "By making a purchase, you
		// consent to our providing your card number to our service
		// providers" names who gets it: a practice).
		fileSharingUnder(rd.findings[first:], "other")
	}
}

// underTitle gives sentence si, the first after a title or question that
// names one right ("Right of access" over "You can ask us what data we hold
// about you"; "6.1 Right to Erasure." over its paragraph), that right, where
// the sentence states none itself, speaks of the reader, denies nothing and
// states something of the right's category (its findings are
// rd.findings[first:], the model's among them) or speaks of a right or a
// request ("You have the right to be free from discrimination", "You may
// request that we fix details that are wrong": the right's category is
// other, or the words do not name it; "can" or "may" alone do not do, as
// "You can contact us" under a title of several choices): the title names
// the right, the sentence under it is its evidence (and the title's own
// finding then none: see restatedTitles). Under a title of several rights
// ("Right to Information, Correction and Deletion") a sentence states one
// of them or none.
func (rd *reading) underTitle(si int, s *text.Sentence, vw *sentence.View, first int) {
	if rd.titleAt != si || len(rd.titled) == 0 {
		return
	}
	t := rd.titled[0]
	for _, u := range rd.titled[1:] {
		if u.ID != t.ID {
			return
		}
	}
	if b := rd.d.Sents[si-1].Block; b != s.Block && b != s.Block-1 || vw.Denies() ||
		!vw.SentenceHas(lexicon.GReaderNames) && !vw.SetFrom(vw.Own, lexicon.WordsYourForms) ||
		hasFinding(rd.findings[first:], "right", "") || !statesCategory(rd.findings[first:], t.Category) && !vw.SentenceHas(lexicon.GRight) && !vw.SentenceHas(lexicon.GRequest) {
		return
	}
	rd.findings = append(rd.findings, Finding{Kind: t.Kind, ID: t.ID, Category: t.Category, Rule: t.Rule, Explanation: t.Explanation,
		Start: s.Start, End: s.End, Text: rd.d.Text[s.Start:s.End], Sentence: Span{s.Start, s.End}})
}

// underIntro gives a list item s whose intro, ending in a colon, states
// rights over the reader's data (user-access, restriction) the rights its intro states,
// where the item states no right itself and denies nothing: under "You
// have the right to request that we disclose the following:" the item "The
// categories of personal data we collected about you" states that right,
// and so does "Emailing us at privacy@example.com" under "To exercise your
// access and deletion rights, contact us by:", as our annotation guide
// reads an item with its intro. The intro stays the right's evidence: the
// item's finding is noted as a title's (it counts for what the item states,
// never as evidence). Choices are left out: the items under "You may opt
// out of:" name what is refused, which the rules read; but not restriction,
// whose items under "You can ask us to restrict your data where:" are the
// cases it holds in ("the processing is unlawful, but you do not want it
// erased"), as the annotators read them. So is a right the model added to
// the intro (the model reads the item with its intro).
func (rd *reading) underIntro(s *text.Sentence, vw *sentence.View, first int) {
	b := &rd.d.Blocks[s.Block]
	if b.Kind != text.BlockListItem || b.Intro < 0 || vw.Denies() || hasFinding(rd.findings[first:], "right", "") {
		return
	}
	in := &rd.d.Sents[b.Intro]
	if rd.intro != b.Intro+1 {
		// The intro's findings come before its first item's and stay where
		// they are: found once per list, not again for each item (a long
		// list's items would each walk back over all the items before).
		rd.intro, rd.introLo, rd.introHi = b.Intro+1, first, first
		if text.EndsWithColon(strings.TrimSpace(rd.d.Text[in.Start:in.End])) {
			for rd.introLo > 0 && rd.findings[rd.introLo-1].Sentence.Start >= in.Start {
				rd.introLo--
			}
		}
	}
	n := len(rd.findings)
	for i := rd.introHi - 1; i >= rd.introLo; i-- {
		f := rd.findings[i]
		if f.Sentence != (Span{in.Start, in.End}) || f.Kind != "right" || f.Category != "user-access" && f.ID != "restriction" || strings.HasPrefix(f.Rule, "model.") || f.Negated || f.note&noteTitled != 0 || hasFinding(rd.findings[n:], "right", f.ID) {
			continue
		}
		rd.findings = append(rd.findings, Finding{Kind: f.Kind, ID: f.ID, Category: f.Category, Rule: f.Rule, Explanation: f.Explanation,
			Start: s.Start, End: s.End, Text: rd.d.Text[s.Start:s.End], Sentence: Span{s.Start, s.End}, note: noteTitled})
	}
}

// refusedMarketing gives sentence s, whose findings (rd.findings[first:],
// after the model) hold an objection or a withdrawal of consent and no
// opt-out of marketing, that opt-out where the right refuses marketing
// ("You have the right to object to direct marketing": see
// classes.MarketingRefused); our annotators read it as both.
func (rd *reading) refusedMarketing(s *text.Sentence, vw *sentence.View, first int) {
	refuses := false
	for i := first; i < len(rd.findings); i++ {
		if f := &rd.findings[i]; f.Kind == "right" {
			switch f.ID {
			case "opt-out-marketing":
				return
			case "objection", "withdraw-consent":
				refuses = true
			}
		}
	}
	if !refuses {
		return
	}
	if ev, ok := classes.MarketingRefused(vw); ok {
		f := rd.evidence(vw, s, ev, "right", "opt-out-marketing", "user-choice", "right.opt-out-marketing")
		f.Explanation = explain(&f, rd.d.Lexicon.ByClass["right"]["opt-out-marketing"])
		rd.findings = append(rd.findings, f)
	}
}

// statesCategory reports whether one of findings fs states category c (not
// denied).
func statesCategory(fs []Finding, c string) bool {
	for _, f := range fs {
		if f.Category == c && !f.Negated {
			return true
		}
	}
	return false
}

// keepSignal passes a Do Not Track signal named the sentence before on
// past sentence si when si points back at it without answering it: "Some
// browsers send Do Not Track signals. It is unclear whether users mean these
// signals to be sent. We take no action in response to them."
func (rd *reading) keepSignal(vw *sentence.View, si int, s *text.Sentence) {
	if rd.signalJustBefore(si, s) && vw.PointsAtSignal() {
		rd.signalled = si + 1
	}
}

// signalJustBefore reports whether the sentence before si (s), in its
// paragraph or the one before, named a Do Not Track signal or kept one
// named.
func (rd *reading) signalJustBefore(si int, s *text.Sentence) bool {
	return si > 0 && rd.signalled == si && rd.d.Sents[si-1].Block >= s.Block-1
}

// passOn records what sentence si, read with ctx, whose findings are
// found, passes on to the next.
func (rd *reading) passOn(si int, ctx *sentence.Context, found []Finding) {
	if ctx.ChangeNamed {
		rd.changed = si + 1
	}
	if ctx.DNTPhrase {
		rd.signalled = si + 1
	}
	if ctx.Sale {
		rd.sold = si + 1
	}
	rd.prev = sentence.Carry{Sent: si, Collect: ctx.Collect || ctx.Use || ctx.Carried.Collect, Share: ctx.Share || ctx.Carried.Share, Leads: ctx.Leads, Others: ctx.OthersFirst,
		Denied: allDenied(found)}
	if ctx.OtherTopic || ctx.Meta || ctx.Choice {
		rd.prev = sentence.Carry{}
	}
}

// noStatement is the verdict on every hit of a sentence that states nothing
// (a line of a table of contents).
var noStatement = classes.Drop("sentence/no-statement")

// aside turns the hits of the aside classes (purposes, sources, breach
// notices, dates) into findings. They are judged after the others, with the
// sentence's view and context, and change nothing the others read.
func (rd *reading) aside(vw *sentence.View, s *text.Sentence) {
	for i, h := range vw.Aside {
		vd := judges[h.Entry].Judge(vw, &rd.ctx, i, h)
		at := vd.At
		if at.To <= at.From {
			at = classes.Evidence{From: h.From, To: h.To}
		}
		e := vw.Entry(h)
		f := rd.evidence(vw, s, at, vd.Kind, vd.ID, vd.Category, e.Rule)
		if rd.trace != nil {
			rd.trace(traceEvent{Rule: e.Rule, Start: f.Start, End: f.End, Sentence: f.Sentence, Kept: vd.Keep, Reason: vd.Reason})
		}
		if !vd.Keep {
			continue
		}
		f.Negated = vd.Negated
		if f.Kind == "purpose" {
			if not := rd.model.rulesOutPurpose(&f, s, rd.d.Lexicon); not != "" {
				rd.traceModel(f, false, "model/not-", not)
				continue
			}
		}
		f.Explanation = explain(&f, e)
		switch {
		case pointedTo(vw, h, &f):
			f.note |= noteTitled
		case vd.Kind == "updated":
			// "Privacy Policy (last updated May 1, 2020)": a title
			// states its date.
		case rd.ctx.NotEvidence():
			// "#### To customize your experience": a title names the
			// purpose its text states, as it names the data.
			f.note |= noteTitled
		case rd.ctx.RunIn:
			f.note |= noteRunIn
		}
		if vd.Kind == "updated" {
			rd.dates = append(rd.dates, dated{len(rd.findings), at.N})
		}
		rd.findings = append(rd.findings, f)
	}
}

// keep completes finding f of hit h and adds it, with the findings it brings
// along: a reader's email or phone number under an unsubscribe choice, and
// (alsoCollect) the collect copy of data a verb both collects and passes on.
// first is the sentence's first finding.
func (rd *reading) keep(vw *sentence.View, s *text.Sentence, h lexicon.Hit, f Finding, first int, alsoCollect bool) {
	d := rd.d
	f.Start = int(d.Toks[vw.Toks[h.From]].Start)
	f.End = int(d.Toks[vw.Toks[h.To-1]].End)
	f.Text = d.Text[f.Start:f.End]
	f.Rule = vw.Entry(h).Rule
	f.Sentence = Span{s.Start, s.End}
	supposed := false // f inside its own condition: "if you prefer that we do not share it"
	if f.Kind == "share" || f.Kind == "sale" || f.Kind == "collect" || f.Kind == "right" || f.ID == "collect-unspecified" || f.ID == "share-unspecified" {
		if cs, ce, ok := vw.Condition(h); ok {
			f.Condition = linkTexts(d.Text, cs, ce)
			supposed = cs <= f.Start && f.End <= ce
			// "We do not share it with anyone other than our service
			// providers": what an exception names is the exception, not
			// qualified by it; a condition of its own may follow it
			// ("except to the police when they bring a warrant").
			if supposed && IsException(f.Condition) {
				f.Condition = conditionAfter(linkTexts(d.Text, f.End, ce))
				f.note |= noteExcepted
			}
			if f.Kind == "sale" && f.Negated && IsException(f.Condition) && classes.PointsToPolicy(vw, cs, ce) {
				f.note |= noteOwnException
			}
		}
	}
	if f.Kind == "sale" && f.Negated && classes.NarrowSaleLaw(vw) {
		f.note |= noteOwnException
	}
	// "We will only disclose your information if you agree, the law
	// compels us, or the business is sold": the data before a condition
	// after the verb is passed on only under it (a denial otherwise, as
	// "we will not disclose it unless"); a party the condition goes on to
	// name is its exception.
	if f.Kind == "share" && !f.Negated && f.Condition != "" {
		if v := vw.WeOnlyShare(); v >= 0 && !classes.UntilOptedOut(vw) {
			if cs, _, _ := vw.Condition(h); cs >= int(vw.Tok(v-1).End) && !IsException(f.Condition) {
				if cs <= f.Start {
					f.note |= noteExcepted
				} else {
					f.note |= noteWeOnly
				}
			}
		}
	}
	// A denial of passing data on counts with the condition it states
	// ("except as required by law", "unless you agree"), not with an
	// exception it does not ("except for the few exceptions below"), nor
	// when it holds only once the reader opts out ("we will not share it
	// if you opt out": until then it is shared), is itself supposed ("if
	// you prefer that we do not share it, contact us") or defines a term
	// ("Explicit consent means your data will not be disclosed unless ...").
	// Unspecified data alone is the reader's only where the negator
	// denies it whole ("None of the information we collect is shared",
	// not "We will not give any information to marketers").
	if (f.Kind == "share" || f.ID == "share-unspecified" && vw.DeniedWhole(h)) && f.Negated && vw.WeDeny() && !supposed && !vw.SetFrom(0, lexicon.WordsDefining) &&
		(f.Condition == "" && !vw.SentenceHas(lexicon.GExceptions) || f.Condition != "" && !classes.UntilOptedOut(vw)) {
		f.note |= noteWeDeny
	}
	if f.Kind == "share" && !f.Negated && vw.Entry(h).Cls == lexicon.ClassDatatype && classes.AggregateData(vw, h) {
		f.note |= noteAggregate
	}
	if (f.ID == "info-generic" || f.ID == "share-unspecified") && f.Negated && (vw.GrammarBefore(h.From, 1, lexicon.GInclusive) || vw.DeniedWhole(h)) {
		f.note |= noteAnyData
	}
	e := vw.Entry(h)
	if f.Kind == "right" && f.ID != e.ID { // a right the class names otherwise ("privacy settings", not cookie control)
		if r := rd.d.Lexicon.ByClass["right"][f.ID]; r != nil {
			e = r
		}
	}
	f.Explanation = explain(&f, e)
	if f.Kind == "right" {
		if det := classes.RightDetailsOf(vw, h); det.How != nil || det.Fee || det.ToCompany {
			if rd.rights == nil {
				rd.rights = map[int]classes.RightDetails{}
			}
			rd.rights[len(rd.findings)] = det
		}
	}
	if f.Kind == "right" && classes.PhraseGranted(vw, h) {
		f.note |= noteRightPhrase
	}
	if f.Kind == "right" && f.ID == "opt-out-sale" && !f.Negated && classes.SaleOptOutOffered(vw, h) {
		f.note |= noteSaleOffer
	}
	if pointedTo(vw, h, &f) {
		f.note |= noteTitled
	}
	rd.findings = append(rd.findings, f)
	if vw.IsRule(h, lexicon.ROptOutMarketing) && f.Kind == "right" && !f.Negated && !namesContact(d.Lexicon, rd.findings[first:]) {
		// "To stop receiving our emails, click unsubscribe", "reply
		// STOP to our text messages": the choice is over the email
		// address or phone number they hold, named only (the messages
		// are no statement that it is collected; see classes' channel).
		id := ""
		switch {
		case vw.ChannelNamed(lexicon.WordsEmails):
			id = "email"
		case vw.ChannelNamed(lexicon.WordsTexts):
			id = "phone"
		}
		if e := d.Lexicon.ByClass["datatype"][id]; e != nil {
			g := f
			g.Kind, g.ID, g.Category, g.Rule, g.Condition = "collect", e.ID, "user-choice", e.Rule, ""
			g.note |= noteIncidental
			g.Explanation = explain(&g, e)
			rd.findings = append(rd.findings, g)
		}
	}
	if alsoCollect {
		g := f
		// Coordinated verbs share their negation ("We do not knowingly
		// collect, use, or disclose personal information from
		// children") and the sentence's topic.
		g.Kind = "collect"
		if f.Category == "third-party-sharing" {
			g.Category = "first-party-collection"
		}
		if f.Kind == "practice" {
			g.Kind, g.ID = "practice", "collect-unspecified"
		}
		g.Explanation = explain(&g, vw.Entry(h))
		rd.findings = append(rd.findings, g)
	}
}

// pointedTo reports whether finding f of hit h only names what the sentence
// points the reader to, so never the evidence of a claim (noted as a
// title's): data or a party in a clause that points to more reading ("For
// more information about the data we collect through our vendors, see
// ...", "Learn more about how we share data with advertisers"), or any
// finding in the name of the section a cross-reference in brackets points
// to ("once we confirm your request (see "Exercising Your Access and
// Deletion Rights" below)"). A right or choice in a pointer is stated: "to
// opt out, visit ..." says how to use it.
func pointedTo(vw *sentence.View, h lexicon.Hit, f *Finding) bool {
	if !vw.MayHave(lexicon.GLearnMore) && !vw.MayHave(lexicon.GCrossReference) {
		return false // no word that PointsOn or NamesSection needs
	}
	data := f.Kind == "collect" || f.Kind == "share" || f.Kind == "source" || f.ID == "collect-unspecified" || f.ID == "share-unspecified"
	return data && vw.PointsOn(h) || vw.NamesSection(h)
}

// evidence is the finding of kind, id, category and rule whose evidence is
// ev, in sentence s.
func (rd *reading) evidence(vw *sentence.View, s *text.Sentence, ev classes.Evidence, kind, id, category, rule string) Finding {
	toks := rd.d.Toks
	t0, t1 := &toks[vw.Toks[ev.From]], &toks[vw.Toks[ev.To-1]] // as keep reads them, with no call
	f := Finding{Kind: kind, ID: id, Category: category, Start: int(t0.Start), End: int(t1.End), Rule: rule, Sentence: Span{s.Start, s.End}}
	f.Text = rd.d.Text[f.Start:f.End]
	return f
}

// carried returns the practice that sentence si, which names no practice
// itself, continues from the sentence before it (prev) in its paragraph or
// in the paragraph or list item just before.
func carried(d *sentence.Doc, prev sentence.Carry, si int, s *text.Sentence, c *sentence.Context) sentence.Carry {
	if si == 0 || prev.Sent != si-1 || !(prev.Collect || prev.Share) {
		return sentence.Carry{}
	}
	if c.Collect || c.Use || c.Share || c.Sale || c.Retain || c.OtherTopic || c.Meta || c.Choice {
		return sentence.Carry{}
	}
	p := &d.Sents[si-1]
	if p.Block != s.Block && (p.Block != s.Block-1 || d.Blocks[s.Block].Kind == text.BlockHeading || d.Blocks[s.Block].SharesNone) {
		return sentence.Carry{}
	}

	// The items of a list of pledges ("We pledge not to:", "We will
	// never:") are each an act of their own, read under the intro and not
	// under the item before: after "- Disclose customer data unless ...",
	// "- Access data or change customer data unless ..." passes nothing on.
	if b, pb := &d.Blocks[s.Block], &d.Blocks[p.Block]; c.IntroNeg && p.Block != s.Block && !prev.Leads &&
		b.Kind == text.BlockListItem && pb.Kind == text.BlockListItem && b.Intro == pb.Intro {
		return sentence.Carry{}
	}
	return prev
}

// allDenied reports whether found holds a rule's finding of data collected,
// shared or sold, and each such finding is denied ("We do not collect
// sensitive data"; not "We collect data that does not identify you", nor
// "We collect your name, but not your address").
func allDenied(found []Finding) bool {
	n := 0
	for i := range found {
		f := &found[i]
		if f.Kind != "collect" && f.Kind != "share" && f.Kind != "sale" || strings.HasPrefix(f.Rule, "model.") {
			continue
		}
		if !f.Negated {
			return false
		}
		n++
	}
	return n > 0
}

// listsDenied reports whether the sentence of vw opens with "This
// includes" or "These include": after a sentence that denies all the data
// it names, what "this" denied ("We do not collect sensitive data. This
// includes your race or religion."; not "Such information may include
// ...", nor "This is ...").
func listsDenied(vw *sentence.View) bool {
	p := int32(vw.Own)
	if int(p)+1 >= len(vw.Toks) || !(vw.Is(p, lexicon.GThis) || vw.Is(p, lexicon.GDemonstratives)) || !vw.Is(p+1, lexicon.GMadeOf) {
		return false
	}
	t := vw.Tok(p + 1)
	return strings.HasPrefix(strings.ToLower(vw.Doc.Text[t.Start:t.End]), "includ")
}

// toldOfChange reports whether sentence si, read in vw with ctx, which
// names a way of telling the reader and no change, tells of the change the
// sentence before it names in words of changing the policy: under that
// sentence as its heading, or in its paragraph or the next one, on an
// occasion ("We may update this policy. If we do, we will email you.",
// "... But when we do, we'll let you know"). It states nothing else,
// neither data handled nor another topic nor a breach.
func toldOfChange(d *sentence.Doc, vw *sentence.View, si int, s *text.Sentence, c *sentence.Context) bool {
	if si == 0 || c.Collect || c.Use || c.Share || c.Sale || c.Retain || c.OtherTopic || c.Meta || c.Heading || c.Question {
		return false
	}
	for _, g := range vw.Aside {
		if vw.Entry(g).Class == "incident" {
			return false // "We will notify you of a data breach"
		}
	}
	p := &d.Sents[si-1]
	if d.Blocks[s.Block].Kind == text.BlockHeading || p.Block != s.Block && p.Block != s.Block-1 {
		return false
	}
	return d.Blocks[p.Block].Kind == text.BlockHeading || vw.SentenceHas(lexicon.GOccasion)
}

// namesContact reports whether findings report contact data.
func namesContact(lx *lexicon.Lexicon, findings []Finding) bool {
	for _, f := range findings {
		if f.Kind == "collect" || f.Kind == "share" {
			if e := lx.ByClass["datatype"][f.ID]; e != nil && e.Grp == lexicon.GroupContact {
				return true
			}
		}
	}
	return false
}

// moveFinding moves finding i down to slot n (n <= i) of rd.findings, with
// its right's details, as a pass that drops findings keeps the rest in
// order.
func (rd *reading) moveFinding(i, n int) {
	if i == n {
		return
	}
	if det, ok := rd.rights[i]; ok {
		delete(rd.rights, i)
		rd.rights[n] = det
	}
	rd.findings[n] = rd.findings[i]
}

// dropTitledRights drops the rights of rd.findings[first:], the findings of
// a title or a question ("How You Can Access, Correct, or Remove Your
// Information", "How can I see my data?"): a heading names rights but grants
// none (the annotations read a heading alone as no right), and gives them
// to the sentence under it only as underTitle says. (Kept where the title
// also holds a date, whose index rd.dates keeps.)
func (rd *reading) dropTitledRights(first int) {
	for _, dt := range rd.dates {
		if dt.finding >= first {
			return
		}
	}
	rd.dropFindings(first, func(i, _ int) bool { return rd.findings[i].Kind == "right" })
}

// asks reports whether the sentence of vw, which ends in a question mark,
// opens as a question does: with a question word, a form of "be" or "have",
// a modal or "do", after a section's number if any ("How can I delete my
// data?", "6.2. Can I see my data?"); not a statement that ends in a quoted
// title ("To opt out, see the section "How do I opt out?"").
func asks(vw *sentence.View) bool {
	p := int32(vw.Own)
	for int(p) < len(vw.Toks) && vw.Tok(p).Num >= 0 {
		p++
	}
	return int(p) < len(vw.Toks) && (vw.Is(p, lexicon.GQuestionWords) || vw.Is(p, lexicon.GAuxiliaries) || vw.In(p, lexicon.WordsModal) || vw.Is(p, lexicon.GDo))
}

// dropBracketed drops each finding of rd.findings[first:] that names again,
// in brackets of its own, what a finding right before the brackets names:
// the same kind, id, category and negation ("Internet service provider
// (ISP)", "European Economic Area (EEA)"), one finding, not two.
func (rd *reading) dropBracketed(first int) {
	text := rd.d.Text
	rd.dropFindings(first, func(i, n int) bool {
		f := &rd.findings[i]
		return f.Start > 0 && f.End < len(text) && text[f.Start-1] == '(' && text[f.End] == ')' && namedBefore(text, rd.findings[first:n], f)
	})
}

// dropFindings drops each finding i of rd.findings[first:] that drop says
// to, with its right's details, and keeps the rest in order (n: where the
// next one kept goes, so rd.findings[first:n] are those kept before i).
func (rd *reading) dropFindings(first int, drop func(i, n int) bool) {
	n := first
	for i := first; i < len(rd.findings); i++ {
		if drop(i, n) {
			delete(rd.rights, i)
			continue
		}
		rd.moveFinding(i, n)
		n++
	}
	rd.findings = rd.findings[:n]
}

// namedBefore reports whether one of fs, findings before f in its sentence,
// is f's kind, id, category and negation and ends right before the bracket
// that opens f.
func namedBefore(text string, fs []Finding, f *Finding) bool {
	for _, g := range fs {
		if g.Kind == f.Kind && g.ID == f.ID && g.Category == f.Category && g.Negated == f.Negated &&
			g.End < f.Start && strings.TrimSpace(text[g.End:f.Start-1]) == "" {
			return true
		}
	}
	return false
}

// fileSharingUnder files the findings of fs that state a passing on of data
// (category third-party-sharing, not denied) under category cat.
func fileSharingUnder(fs []Finding, cat string) {
	for i := range fs {
		if f := &fs[i]; f.Category == "third-party-sharing" && !f.Negated {
			f.Category = cat
		}
	}
}

// namesRecipient reports whether findings fs name a party that gets data (a
// recipient the rules or the model found).
func namesRecipient(fs []Finding) bool {
	for _, f := range fs {
		if strings.HasPrefix(f.Rule, "recipient.") || strings.HasPrefix(f.Rule, "model.rec:") {
			return true
		}
	}
	return false
}
