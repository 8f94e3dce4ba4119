package analyzer

import (
	"strings"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// sentenceContext is what a whole sentence (with its intro and heading) says.
type sentenceContext struct {
	collect, use, share, sale, retain, we, you, choice bool
	recipient                                          bool
	change, children, dnt                              bool
	transfer                                           bool  // data moved abroad: "transferred" is not sharing there
	otherTopic                                         bool  // the sentence is about rights, security, changes, children...
	topicAt                                            int32 // where a right, security or audience first makes it so; -1 if none does
	topicSecurity                                      bool  // and that first one is security
	keepingOnly                                        bool  // keeping data is the sentence's only other topic
	meta                                               bool  // "this policy describes what information we collect"
	thirdPartySubject                                  bool  // "third parties may collect ..."
	dntStatus                                          string
	headingCollect, headingShare                       bool
	introNeg                                           bool // the intro ends in a negation: "We pledge not to:"
	carried                                            carry
	choiceRight                                        bool // a choice of the reader's: "unsubscribe", "disable cookies"
	security                                           bool // the sentence is about protecting data
	store                                              bool // a verb of keeping or deleting data ("stores", "removes")
	dntPhrase                                          bool // a Do Not Track signal phrase matched (c.dnt may also come from the bare name)
	heading                                            bool // the sentence is a heading
	warning                                            bool // the sentence tells the reader not to do something ("Do not share your password")
	listed                                             bool // a fragment ending in a semicolon, a list item whose intro is out of view
	instructs                                          bool // the sentence tells the reader what to do ("please send us ...")
	leads                                              bool // the sentence ends in a colon: a list or the details follow
	labelled                                           bool // the sentence describes the data its Title Case label opens it with (see dataLabel)
	declines                                           int8 // readerDeclines, once worked out: 0 not yet, 1 no, 2 yes
	itemStart                                          int  // token of the sentence that opens a list item (or a listed fragment), -1 if none
}

// context reads what sentence s says as a whole, with its intro and heading.
func (vw *view) context(s *text.Sentence) sentenceContext {
	// A line ending in a colon may be a list's intro ("We may share your
	// information with:"), a sentence rather than a title.
	colon := text.MayEndWithColon(vw.d.text[s.Start:s.End]) && text.EndsWithColon(strings.TrimSpace(vw.d.text[s.Start:s.End]))
	c := sentenceContext{heading: vw.d.blocks[s.Block].Kind == text.BlockHeading && !colon, leads: colon, topicAt: -1}
	ownership, notice := vw.readHits(&c)
	c.keepingOnly = c.retain && !c.otherTopic && !c.choice && !c.share
	c.otherTopic = c.otherTopic || c.retain
	// "You will be notified by email of any change in ownership": a new
	// owner brings a new policy, and the reader is told how.
	if ownership && notice && !c.share && !c.collect && !c.use {
		c.change = true
	}
	vw.readForm(&c, s)
	if !c.share && c.recipient && vw.handsOver() {
		c.share = true // "We may need to forward your name, email address and IP address to certain content providers"
	}
	c.headingCollect, c.headingShare = vw.headingSays(s)
	if vw.joined {
		c.introNeg = vw.introNegates()
	}
	if c.dnt {
		c.dntStatus = vw.dntStatus()
	}
	if i := vw.firstOwn(); i >= 0 {
		h := vw.hits[i]
		c.labelled = vw.en(h).Cls == lexicon.ClassDatatype && vw.dataLabel(&c, h)
	}
	return c
}

// actors notes who acts before the first collecting verb: we, or a third
// party ("third parties may collect ...").
type actors struct {
	firstCollect, firstActor int32 // -1 for none
	third                    bool  // the first actor is a third party
}

// note records the party at h, a third one or not, while no collecting verb came.
func (act *actors) note(h lexicon.Hit, third bool) {
	if act.firstCollect < 0 {
		act.firstActor, act.third = h.From, third
	}
}

// readHits sets what the sentence's hits say of it, and reports whether it
// names a business transfer and a way of telling the reader.
func (vw *view) readHits(c *sentenceContext) (ownership, notice bool) {
	act := actors{firstCollect: -1, firstActor: -1}
	lx := vw.d.lx
	for _, h := range vw.hits {
		e := vw.en(h)
		switch e.Class {
		case "cue":
			vw.readCue(c, h, &act)
		case "right", "security", "audience":
			if !c.otherTopic {
				c.topicAt, c.topicSecurity = h.From, e.Class == "security"
			}
			c.otherTopic = true
			// "we will delete it" is a deletion right's words and a verb
			// of deleting data: the store cue under it was dropped.
			c.store = c.store || lx.Is(e, lexicon.RDeletion)
			c.security = c.security || e.Class == "security"
			c.choiceRight = c.choiceRight || e.Choice
		case "transfer":
			c.transfer, c.otherTopic = true, true
		case "children":
			c.children = true
		case "recipient":
			c.recipient = true
			ownership = ownership || lx.Is(e, lexicon.RBusinessTransfer)
			// "OMNI or our service providers may use": we act too.
			p := int(h.From)
			act.note(h, !(p >= 2 && vw.is(int32(p-1), lexicon.GOur) && vw.is(int32(p-2), lexicon.GAndOr)))
		case "sale":
			c.sale = true
		case "retention":
			// A bare period ("birth year") or "as required by law" does
			// not make the sentence one about keeping data.
			if lx.Is(e, lexicon.RRetain) {
				c.retain = true
			}
		case "change":
			c.change, c.otherTopic = true, true
		case "notice":
			notice = true
		case "dnt":
			if lx.Is(e, lexicon.RSignal) {
				c.dnt, c.otherTopic, c.dntPhrase = true, true, true
			}
		case "practice":
			if lx.Is(e, lexicon.RChoice) {
				c.choice = true
			}
		}
	}
	c.thirdPartySubject = act.firstCollect >= 0 && act.third && act.firstActor <= act.firstCollect && vw.clause[act.firstActor] == vw.clause[act.firstCollect]
	return ownership, notice
}

// readCue sets what cue hit h says of the sentence.
func (vw *view) readCue(c *sentenceContext, h lexicon.Hit, act *actors) {
	// "Canary does not presently support Do Not Track.": the name,
	// capitalised, with no signal word after it.
	if vw.isRule(h, lexicon.RNegation) && vw.dntName(h) {
		c.dnt, c.otherTopic = true, true
	}
	switch {
	case vw.isRule(h, lexicon.RCollect) || vw.isRule(h, lexicon.RUse):
		collect := vw.isRule(h, lexicon.RCollect)
		c.collect = c.collect || collect
		c.use = c.use || !collect
		// "They may use it": the actor is part of the verb's words.
		if they := vw.is(h.From, lexicon.GThey); they || vw.is(h.From, lexicon.GWe) {
			act.note(h, they)
		}
		// "Information is used", "for purposes of": no actor
		// before these words of using acts through them.
		if act.firstCollect < 0 && (collect || !vw.in(h.From, lexicon.WordsNoActorUse)) {
			act.firstCollect = h.From
		}
	case vw.isRule(h, lexicon.RStore):
		c.store = true
	case vw.isRule(h, lexicon.RShare):
		c.share = true
	case vw.isRule(h, lexicon.RWe):
		c.we = true
		// "Ad networks that serve ads on our site may use web
		// beacons": "our" is no actor; "we" is.
		if !vw.is(h.From, lexicon.GOurForms) {
			act.note(h, false)
		}
	case vw.isRule(h, lexicon.ROtherActor):
		act.note(h, true)
	case vw.isRule(h, lexicon.RYou):
		c.you = true
	case vw.isRule(h, lexicon.RUserPref):
		// "If you do not agree": the reader, and a choice.
		c.choice = true
		c.you = c.you || vw.hasWord(h, lexicon.GReader)
	case vw.isRule(h, lexicon.RMeta):
		// "The types of information we collect include your name":
		// not a pointer to what the policy says, but the list itself.
		// "(see the section below for more information)": an aside
		// in parentheses points elsewhere, the sentence around it
		// still states its practice.
		c.meta = c.meta || !vw.lists(h.To) && !vw.inParens(h)
	case vw.isRule(h, lexicon.RAdvice):
		c.instructs = true
	case vw.isRule(h, lexicon.RDisclaimer):
		c.otherTopic = true
	}
}

// readForm sets what the sentence's form says: advice to the reader, an item
// of a list, an instruction, a question.
func (vw *view) readForm(c *sentenceContext, s *text.Sentence) {
	// "Do not share your password with anyone", "Never give out your
	// password": advice to the reader, not the company's practice (a list
	// item is not: "We pledge to: - Never sell your data").
	if vw.own == 0 && len(vw.toks) > 1 {
		first, next := int32(vw.own), int32(vw.own+1)
		switch {
		case vw.is(first, lexicon.GWarningOpeners):
			c.warning = true
		case vw.is(first, lexicon.GDo) || vw.is(first, lexicon.GPlease):
			c.warning = vw.is(next, lexicon.GNot) || vw.is(first, lexicon.GPlease) && vw.is(next, lexicon.GDont)
		}
	}
	// "Your device type, browser type and language;": an item of a list
	// whose intro is out of view (pasted without it). What a policy lists
	// this way is what it collects or uses.
	// The block's last sentence may stop short of its ";" or ",".
	b := &vw.d.blocks[s.Block]
	if vw.own == 0 && s.End <= b.End {
		t := strings.TrimSpace(vw.d.text[s.Start:s.End])
		rest := strings.TrimSpace(vw.d.text[s.End:b.End])
		if rest = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(rest, "and"), "or")); len(rest) <= 1 {
			t += rest
		}
		t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(t, " and"), " or"))
		c.listed = strings.HasSuffix(t, ";") || strings.HasSuffix(t, ",") ||
			(b.Kind == text.BlockListItem && b.Intro < 0 && s.TokFrom == b.TokFrom || b.Kind != text.BlockHeading && dataFirst(vw) && dataHits(vw) >= 2 && vw.setFrom(vw.own, lexicon.WordsListing) && !vw.sentenceHas(lexicon.GDefines)) && vw.dataItem(c)
	}
	c.instructs = c.instructs || vw.setFrom(vw.own, lexicon.WordsInstructing)
	c.itemStart = -1
	if c.listed || b.Kind == text.BlockListItem && s.TokFrom == b.TokFrom {
		c.itemStart = vw.own
	}
	// A question ("What information do we collect?") announces a topic.
	if len(vw.toks) > vw.own {
		if vw.is(int32(vw.own), lexicon.GQuestionWords) {
			c.meta = true
		}
		if end := s.End; end > 0 && vw.d.text[end-1] == '?' {
			c.meta = true
		}
	}
}

// headingSays reports whether the section heading of sentence s names
// collecting or using, and passing data on: it sets the scene for data
// types mentioned without a verb.
func (vw *view) headingSays(s *text.Sentence) (collect, share bool) {
	if hb := vw.d.blocks[s.Block].Heading; hb >= 0 && vw.d.blocks[hb].TokTo-vw.d.blocks[hb].TokFrom <= 40 {
		for j := vw.d.firstHit(vw.d.blocks[hb].TokFrom); j < len(vw.d.hits) && int(vw.d.hits[j].From) < vw.d.blocks[hb].TokTo; j++ {
			h := vw.d.hits[j]
			e := vw.en(h)
			if vw.isRule(h, lexicon.RCollect) || vw.isRule(h, lexicon.RUse) {
				collect = true
			}
			if vw.isRule(h, lexicon.RShare) || e.Cls == lexicon.ClassRecipient {
				share = true
			}
		}
	}
	return collect, share
}

// introNegates reports whether the intro ends in a negation with no verb
// after it. (It negates the item's first sentence only: "We pledge not to:
// - Sell your data. We share it with service providers.")
func (vw *view) introNegates() bool {
	lastNeg, lastVerb := int32(-1), int32(-1)
	for i, h := range vw.hits {
		if int(h.From) >= vw.own {
			break
		}
		if vw.negAt[i] {
			lastNeg = h.From
		}
		if vw.isVerb(h) {
			lastVerb = h.From
		}
	}
	return lastNeg >= 0 && lastNeg > lastVerb
}

// dntStatus reads how a sentence about Do Not Track treats it: honored,
// not-honored or just mentioned.
func (vw *view) dntStatus() string {
	status := "mentioned"
	for i, h := range vw.hits {
		if vw.isRule(h, lexicon.RRespond) {
			if vw.negVerb[i] {
				status = "not-honored"
			} else if status == "mentioned" {
				status = "honored"
			}
		}
		if vw.isRule(h, lexicon.RNoStandard) && status == "mentioned" {
			status = "not-honored"
		}
	}
	if status == "mentioned" {
		// "We do not ... Do Not Track", not "if you do not want to be
		// tracked": a negation counts when we are its subject.
		for i, h := range vw.hits {
			if vw.negAt[i] && vw.actorBefore(h.From) != partyReader {
				status = "not-honored"
			}
		}
	}
	return status
}

// handsOver reports whether a verb of handing over ("forward", "give",
// "provide") passes data to a recipient in its clause: data named after the
// verb, then "to" or "with" and the recipient (with at most small words
// between: "to certain content providers"). The share cues cover these verbs
// only with a short object ("provide your information to"), not a list of
// data ("forward your name, email address, IP address, and shipping address
// to certain content providers"); "provide links to third party sites" and
// "information provided by you to these sites" pass nothing on.
func (vw *view) handsOver() bool {
	toOrWith := func(q int32) bool { return vw.is(q, lexicon.GToWith) }
	for _, g := range vw.hits {
		if int(g.From) < vw.own || vw.en(g).Cls != lexicon.ClassRecipient {
			continue
		}
		to := g.From - 1
		for to >= int32(vw.own) && to >= g.From-3 && !toOrWith(to) && vw.in(to, lexicon.WordsDeterminers) {
			to--
		}
		// "provide your contact information, so that the advertiser can
		// fulfill the offer": the recipient is whom the data is for.
		if to > int32(vw.own) && vw.is(to, lexicon.GThat) && vw.is(to-1, lexicon.GSo) {
			to--
		} else if to < int32(vw.own) || !toOrWith(to) || vw.clause[to] != vw.clause[g.From] {
			continue
		}
		for q := to - 1; q >= int32(vw.own) && vw.clause[q] == vw.clause[to]; q-- {
			if vw.in(q, lexicon.WordsHandingOver) {
				if vw.dataBetween(q, to) {
					return true
				}
				break
			}
		}
	}
	return false
}

// inParens reports whether hit h stands inside parentheses within its
// sentence.
func (vw *view) inParens(h lexicon.Hit) bool {
	from, at := int(vw.tok(int32(vw.own)).Start), int(vw.tok(h.From).Start)
	if from > at {
		return false
	}
	open := strings.LastIndexByte(vw.d.text[from:at], '(')
	return open >= 0 && strings.IndexByte(vw.d.text[from+open:at], ')') < 0
}

// lists reports whether the words at p say that what comes before them is
// made up of what follows: "include", "may include", "are", "consist of".
func (vw *view) lists(p int32) bool {
	for ; int(p) < len(vw.toks) && vw.in(p, lexicon.WordsModal); p++ {
	}
	if int(p) >= len(vw.toks) {
		return false
	}
	return vw.is(p, lexicon.GMadeOf) // exact words: "including" after it is no list
}

// readerDeclines reports whether the sentence is about the reader not giving
// data: "you can choose not to provide", "if you do not submit", "you may
// decline to share".
func (vw *view) readerDeclines(c *sentenceContext) bool {
	if c.declines == 0 {
		c.declines = 1
		if vw.declined() {
			c.declines = 2
		}
	}
	return c.declines == 2
}

// declined does the work of readerDeclines.
func (vw *view) declined() bool {
	for p := vw.own + 1; p < len(vw.toks); p++ {
		if !vw.in(int32(p), lexicon.WordsGiving) {
			continue
		}
		switch prev := int32(p - 1); {
		case vw.is(prev, lexicon.GTo) && p >= vw.own+2:
			if vw.in(int32(p-2), lexicon.WordsDeclining) && vw.youBefore(p-2, 4) {
				return true
			}
		case vw.is(prev, lexicon.GNot) && p >= vw.own+3 && vw.is(int32(p-3), lexicon.GReader):
			return true // "if you do not provide"
		}
	}
	return false
}

// youBefore reports whether "you" stands within n words before position p
// of the sentence ("you may always choose not to").
func (vw *view) youBefore(p, n int) bool {
	for q := p - 1; q >= max(vw.own, p-n); q-- {
		if vw.is(int32(q), lexicon.GReader) {
			return true
		}
	}
	return false
}

// dataLabel reports whether data hit h opens its sentence as a label in Title
// Case ending in "Information", "Data" or "Details" that the sentence goes on
// to describe: "Payment Information needed to process payments such as your
// card number", "Geographic Location Information but only if your device
// transmits location data" (a list of the kinds of data a service collects,
// its intro out of view).
func (vw *view) dataLabel(c *sentenceContext, h lexicon.Hit) bool {
	if int(h.From) != vw.own || h.To-h.From < 2 || int(h.To) >= len(vw.toks) || c.heading || c.otherTopic || c.meta || c.choice || c.change || c.children {
		return false
	}
	for p := h.From; p < h.To; p++ {
		if t := vw.tok(p); !titleCase(t) {
			return false
		}
	}
	return vw.is(h.To-1, lexicon.GLabelNouns) && !titleCase(vw.tok(h.To))
}

// dataItem reports whether a list item whose intro is out of view names
// data without saying anything about it ("- details of your visits to our
// site, including traffic data, location data and weblogs."): no verb, no
// other topic, and not addressed to the reader ("You may also contact us
// at ...").
func (vw *view) dataItem(c *sentenceContext) bool {
	if len(vw.verbs) > 0 || c.otherTopic || c.choice || c.meta || c.instructs || len(vw.toks) == vw.own {
		return false
	}
	p := vw.own
	for p < len(vw.toks)-1 && (vw.tok(int32(p)).Num >= 0 || vw.tok(int32(p)).End-vw.tok(int32(p)).Start == 1) {
		p++ // "6. You may ...", "(c) ..."
	}
	return !vw.is(int32(p), lexicon.GNotAnItem)
}

// carry is what a sentence about collecting or sharing passes on to the
// sentence after it, which may list the data without a verb ("For example:
// name and email address").
type carry struct {
	sent           int // index of the sentence it comes from
	collect, share bool
}
