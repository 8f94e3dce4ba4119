package analyzer

import (
	"iter"
	"strconv"
	"strings"
	"sync"
)

// analysis holds the state of one Analyze call.
type analysis struct {
	text          string
	lx            *lexicon
	toks          []token
	hits          []hit
	blocks        []block
	sents         []sentence
	findings      []Finding
	minAge        int
	minAgeAt      int
	sc            scope
	how           map[int][]string // right finding index -> how to use it
	alsoCollected bool             // judge saw data both collected and shared in the sentence
	fees          map[int]string   // right finding index -> fee condition
	prev          carry            // what the previous sentence said, for the next one
}

// carry is what a sentence about collecting or sharing passes on to the
// sentence after it, which may list the data without a verb ("For example:
// name and email address").
type carry struct {
	sent           int // index of the sentence it comes from
	collect, share bool
}

func analyze(text string, c *config) *Report {
	r := newReport(len(text))
	if !checkInput(text, r) {
		return r
	}
	lx := rules()
	sb := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sb)
	a := &analysis{text: text, lx: lx, minAgeAt: -1, how: map[int][]string{}, fees: map[int]string{}, sc: sb.sc, findings: sb.findings[:0]}
	a.sc.es = lx.entries
	defer func() {
		clear(a.findings) // the pool must not keep the text alive
		sb.sc, sb.toks, sb.findings = a.sc, a.toks[:0], a.findings[:0]
		if cap(sb.toks) > 1<<20 { // do not keep the buffers of a huge input alive
			*sb = scratch{}
		}
	}()
	tz := tokenizer{words: &lx.words}
	if want := len(text)/5 + 16; cap(sb.toks) < want {
		sb.toks = make([]token, 0, want) // about one token per five bytes: no regrowth
	}
	a.toks = tz.tokenize(text, sb.toks[:0])
	r.Stats.Words = len(a.toks)
	if !checkLanguage(a.toks, lx, r) {
		return r
	}
	if want := len(a.toks) + 16; cap(sb.raw) < want {
		sb.raw, sb.hits = make([]hit, 0, want), make([]hit, 0, want)
	}
	sb.raw = lx.match(a.toks, sb.raw[:0])
	sb.hits = resolve(lx.entries, sb.raw, lx.maxLen, sb.hits[:0])
	a.hits = sb.hits
	sb.lines, a.blocks, a.sents = buildStructure(text, a.toks, sb.lines, sb.blocks, sb.sents)
	sb.blocks, sb.sents = a.blocks, a.sents
	for i := range a.sents {
		if len(a.findings) >= MaxFindings {
			r.Notices = append(r.Notices, Notice{ID: "truncated", Level: "warning",
				Message: "This text holds more than " + itoa(MaxFindings) + " findings; only those in the first " + sizeString(a.sents[i].start) + " are reported."})
			break
		}
		a.sentence(i)
	}
	a.contacts()
	r.Findings = append(make([]Finding, 0, len(a.findings)), a.findings...)
	summarize(r, a)
	addPoints(r)
	addMissing(r)
	r.Stats.Sentences = len(a.sents)
	r.Stats.Blocks = len(a.blocks)
	r.Stats.Findings = len(r.Findings)
	if c.withBlocks {
		for _, b := range a.blocks {
			r.Blocks = append(r.Blocks, Block{Kind: b.kind, Start: b.start, End: b.end})
		}
	}
	if len(r.Findings) == 0 && len(a.toks) >= 40 {
		r.Notices = append(r.Notices, Notice{ID: "not-a-policy", Level: "warning",
			Message: "This text does not read like a privacy policy: no statements about personal data were found."})
	}
	addRubric(r)
	return r
}

// scratch holds the buffers of one analysis for reuse by the next; nothing
// in it outlives Analyze (findings copy what they need from the text).
type scratch struct {
	toks      []token
	raw, hits []hit
	lines     []line
	blocks    []block
	sents     []sentence
	findings  []Finding
	sc        scope
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// sentence turns the hits of sentence si, read with its context, into findings.
func (a *analysis) sentence(si int) {
	s := &a.sents[si]
	b := &a.blocks[s.block]
	if b.contents {
		return
	}
	var intro *sentence
	if b.kind == blockListItem && b.intro >= 0 {
		intro = &a.sents[b.intro]
	}
	sc := &a.sc
	a.buildScope(sc, s, intro)
	if len(sc.hits) == 0 {
		// "We may share it when the law requires. Examples include:": an
		// intro naming nothing passes the practice on to its list.
		if a.prev.sent == si-1 && si > 0 && a.sents[si-1].block >= s.block-1 && endsWithColon(a.text[s.start:s.end]) {
			a.prev.sent = si
		}
		return
	}
	ctx := a.context(sc, s)
	ctx.carried = a.carried(si, s, &ctx)
	first := len(a.findings)
	for i, h := range sc.hits {
		if int(h.from) < sc.own {
			continue // the intro's own hits are reported with the intro
		}
		f, ok := a.judge(sc, &ctx, i, h)
		if !ok {
			continue
		}
		f.Start = int(a.toks[sc.toks[h.from]].start)
		f.End = int(a.toks[sc.toks[h.to-1]].end)
		f.Text = a.text[f.Start:f.End]
		f.Rule = sc.en(h).rule
		f.Sentence = Span{s.start, s.end}
		if f.Kind == "share" || f.Kind == "sale" || f.Kind == "collect" || f.Kind == "right" || f.ID == "collect-unspecified" || f.ID == "share-unspecified" {
			if cs, ce, ok := a.condition(sc, h); ok {
				f.Condition = a.text[cs:ce]
			}
		}
		f.Explanation = explain(&f, sc.en(h))
		if f.Kind == "right" {
			a.rightDetails(sc, h, len(a.findings))
		}
		a.findings = append(a.findings, f)
		if f.Kind == "right" && f.ID == "opt-out-marketing" && !f.Negated && !a.namesContact(first) {
			// "To stop receiving our emails, click unsubscribe", "reply
			// STOP to our text messages": the choice is over the email
			// address or phone number they hold.
			id := ""
			switch {
			case a.channelNamed(sc, wordsEmails):
				id = "email"
			case a.channelNamed(sc, wordsTexts):
				id = "phone"
			}
			if e := a.lx.byClass["datatype"][id]; e != nil {
				g := f
				g.Kind, g.ID, g.Category, g.Rule, g.Condition = "collect", e.ID, "user-choice", e.rule, ""
				g.Explanation = explain(&g, e)
				a.findings = append(a.findings, g)
			}
		}

		if a.alsoCollected {
			a.alsoCollected = false
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
			g.Explanation = explain(&g, sc.en(h))
			a.findings = append(a.findings, g)
		}
	}
	a.ages(sc, s, &ctx)
	a.periods(sc, s, &ctx)
	a.prev = carry{sent: si, collect: ctx.collect || ctx.use || ctx.carried.collect, share: ctx.share || ctx.carried.share}
	if ctx.otherTopic || ctx.meta || ctx.choice {
		a.prev = carry{}
	}
}

// carried returns the practice that sentence si, which names no practice
// itself, continues from the sentence before it in its paragraph or in the
// paragraph or list item just before.
func (a *analysis) carried(si int, s *sentence, c *sentenceContext) carry {
	if si == 0 || a.prev.sent != si-1 || !(a.prev.collect || a.prev.share) {
		return carry{}
	}
	if c.collect || c.use || c.share || c.sale || c.retain || c.otherTopic || c.meta || c.choice {
		return carry{}
	}
	p := &a.sents[si-1]
	if p.block != s.block && (p.block != s.block-1 || a.blocks[s.block].kind == blockHeading) {
		return carry{}
	}
	return a.prev
}

// rightDetails records how to use the right found by hit r (finding index
// fi), and any fee, from the words of its sentence. A fee counts only close
// to the right ("collect fees" in a long list of purposes is not a price
// for deleting data).
func (a *analysis) rightDetails(sc *scope, r hit, fi int) {
	for i, h := range sc.hits {
		e := sc.en(h)
		switch e.Class {
		case "how":
			a.how[fi] = appendUnique(a.how[fi], e.Name)
		case "fee":
			if d := h.from - r.from; d > 15 || d < -15 {
				continue
			}
			if e.ID == "free" {
				a.fees[fi] = ""
				return
			}
			if !sc.negatedNear(h.from, 4) && !sc.negAt[i] {
				a.fees[fi] = "a fee may be charged"
			}
		}
	}
}

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

func (a *analysis) context(sc *scope, s *sentence) sentenceContext {
	// A line ending in a colon may be a list's intro ("We may share your
	// information with:"), a sentence rather than a title.
	colon := mayEndWithColon(a.text[s.start:s.end]) && endsWithColon(strings.TrimSpace(a.text[s.start:s.end]))
	c := sentenceContext{heading: a.blocks[s.block].kind == blockHeading && !colon, leads: colon, topicAt: -1}
	firstCollect := int32(-1)
	ownership, notice := false, false // a business transfer named; a way of telling the reader named
	firstActor := int32(-1)
	actorIsThird := false
	// actor notes who acts before the first collecting verb: we, or a third party.
	actor := func(h hit, third bool) {
		if firstCollect < 0 {
			firstActor, actorIsThird = h.from, third
		}
	}
	for _, h := range sc.hits {
		e := sc.en(h)
		switch e.Class {
		case "cue":
			// "Canary does not presently support Do Not Track.": the name,
			// capitalised, with no signal word after it.
			if e.ID == "negation" && a.dntName(sc, h) {
				c.dnt, c.otherTopic = true, true
			}
			switch e.ID {
			case "collect", "use":
				c.collect = c.collect || e.ID == "collect"
				c.use = c.use || e.ID == "use"
				// "They may use it": the actor is part of the verb's words.
				w := a.word(sc.toks[h.from])
				if w == "they" || w == "we" {
					actor(h, w == "they")
				}
				// "Information is used", "for purposes of": no actor
				// before these words of using acts through them.
				if firstCollect < 0 && (e.ID == "collect" || !a.inSet(sc.toks[h.from], wordsNoActorUse)) {
					firstCollect = h.from
				}
			case "store":
				c.store = true
			case "share":
				c.share = true
			case "we":
				c.we = true
				// "Ad networks that serve ads on our site may use web
				// beacons": "our" is no actor; "we" is.
				if w := a.word(sc.toks[h.from]); w != "our" && w != "ours" && w != "us" {
					actor(h, false)
				}
			case "other-actor":
				actor(h, true)
			case "you":
				c.you = true
			case "user-pref":
				// "If you do not agree": the reader, and a choice.
				c.choice = true
				c.you = c.you || a.hasWord(sc, h, "you")
			case "meta":
				// "The types of information we collect include your name":
				// not a pointer to what the policy says, but the list itself.
				// "(see the section below for more information)": an aside
				// in parentheses points elsewhere, the sentence around it
				// still states its practice.
				c.meta = c.meta || !a.lists(sc, h.to) && !a.inParens(sc, h)
			case "advice":
				c.instructs = true
			case "disclaimer":
				c.otherTopic = true
			}
		case "right", "security", "audience":
			if !c.otherTopic {
				c.topicAt, c.topicSecurity = h.from, e.Class == "security"
			}
			c.otherTopic = true
			// "we will delete it" is a deletion right's words and a verb
			// of deleting data: the store cue under it was dropped.
			c.store = c.store || e.ID == "deletion"
			c.security = c.security || e.Class == "security"
			switch e.ID {
			case "opt-out-marketing", "opt-out-sale", "cookie-control", "objection", "restriction", "withdraw-consent":
				c.choiceRight = true
			}
		case "transfer":
			c.transfer, c.otherTopic = true, true
		case "children":
			c.children = true
		case "recipient":
			c.recipient = true
			ownership = ownership || e.ID == "business-transfer"
			// "OMNI or our service providers may use": we act too.
			p := int(h.from)
			actor(h, !(p >= 2 && a.word(sc.toks[p-1]) == "our" && (a.word(sc.toks[p-2]) == "or" || a.word(sc.toks[p-2]) == "and")))
		case "sale":
			c.sale = true
		case "retention":
			// A bare period ("birth year") or "as required by law" does
			// not make the sentence one about keeping data.
			if e.ID == "retain" {
				c.retain = true
			}
		case "change":
			c.change, c.otherTopic = true, true
		case "notice":
			notice = true
		case "dnt":
			if e.ID == "signal" {
				c.dnt, c.otherTopic, c.dntPhrase = true, true, true
			}
		case "practice":
			if e.ID == "choice" {
				c.choice = true
			}
		}
	}
	c.keepingOnly = c.retain && !c.otherTopic && !c.choice && !c.share
	c.otherTopic = c.otherTopic || c.retain
	// "You will be notified by email of any change in ownership": a new
	// owner brings a new policy, and the reader is told how.
	if ownership && notice && !c.share && !c.collect && !c.use {
		c.change = true
	}
	// "Do not share your password with anyone", "Never give out your
	// password": advice to the reader, not the company's practice (a list
	// item is not: "We pledge to: - Never sell your data").
	if sc.own == 0 && len(sc.toks) > 1 {
		switch w := a.word(sc.toks[sc.own]); w {
		case "never", "avoid", "dont":
			c.warning = true
		case "do", "please":
			c.warning = a.word(sc.toks[sc.own+1]) == "not" || w == "please" && a.word(sc.toks[sc.own+1]) == "dont"
		}
	}
	// "Your device type, browser type and language;": an item of a list
	// whose intro is out of view (pasted without it). What a policy lists
	// this way is what it collects or uses.
	// The block's last sentence may stop short of its ";" or ",".
	b := &a.blocks[s.block]
	if sc.own == 0 && s.end <= b.end {
		t := strings.TrimSpace(a.text[s.start:s.end])
		rest := strings.TrimSpace(a.text[s.end:b.end])
		if rest = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(rest, "and"), "or")); len(rest) <= 1 {
			t += rest
		}
		t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(t, " and"), " or"))
		c.listed = strings.HasSuffix(t, ";") || strings.HasSuffix(t, ",") ||
			(b.kind == blockListItem && b.intro < 0 && s.tokFrom == b.tokFrom || b.kind != blockHeading && dataFirst(sc) && dataHits(sc) >= 2 && a.setFrom(sc, sc.own, wordsListing) && !a.sentenceHas(sc, "refers", "means", "defined")) && a.dataItem(sc, &c)
	}
	c.instructs = c.instructs || a.setFrom(sc, sc.own, wordsInstructing)
	c.itemStart = -1
	if c.listed || b.kind == blockListItem && s.tokFrom == b.tokFrom {
		c.itemStart = sc.own
	}
	// A question ("What information do we collect?") announces a topic.
	if len(sc.toks) > sc.own {
		switch a.word(sc.toks[sc.own]) {
		case "what", "how", "which", "why", "who", "whom":
			c.meta = true
		}
		if end := s.end; end > 0 && a.text[end-1] == '?' {
			c.meta = true
		}
	}
	if firstCollect >= 0 && actorIsThird && firstActor <= firstCollect && sc.clause[firstActor] == sc.clause[firstCollect] {
		c.thirdPartySubject = true
	}
	if !c.share && c.recipient && a.handsOver(sc) {
		c.share = true // "We may need to forward your name, email address and IP address to certain content providers"
	}
	// The section heading sets the scene for data types mentioned without a verb.
	if hb := a.blocks[s.block].heading; hb >= 0 && a.blocks[hb].tokTo-a.blocks[hb].tokFrom <= 40 {
		for j := a.firstHit(a.blocks[hb].tokFrom); j < len(a.hits) && int(a.hits[j].from) < a.blocks[hb].tokTo; j++ {
			h := a.hits[j]
			e := sc.en(h)
			if e.cls == classCue && (e.ID == "collect" || e.ID == "use") {
				c.headingCollect = true
			}
			if e.cls == classCue && e.ID == "share" || e.cls == classRecipient {
				c.headingShare = true
			}
		}
	}
	if sc.joined {
		// Does the intro end in a negation with no verb after it? (It
		// negates the item's first sentence only: "We pledge not to: -
		// Sell your data. We share it with service providers.")
		lastNeg, lastVerb := int32(-1), int32(-1)
		for i, h := range sc.hits {
			if int(h.from) >= sc.own {
				break
			}
			if sc.negAt[i] {
				lastNeg = h.from
			}
			if sc.isVerb(h) {
				lastVerb = h.from
			}
		}
		c.introNeg = lastNeg >= 0 && lastNeg > lastVerb
	}
	// Do Not Track: honoured, not honoured or just mentioned.
	if c.dnt {
		c.dntStatus = "mentioned"
		for i, h := range sc.hits {
			e := sc.en(h)
			if e.Class == "dnt" && e.ID == "respond" {
				if sc.negVerb[i] {
					c.dntStatus = "not-honored"
				} else if c.dntStatus == "mentioned" {
					c.dntStatus = "honored"
				}
			}
			if e.Class == "dnt" && e.ID == "no-standard" && c.dntStatus == "mentioned" {
				c.dntStatus = "not-honored"
			}
		}
		if c.dntStatus == "mentioned" {
			// "We do not ... Do Not Track", not "if you do not want to be
			// tracked": a negation counts when we are its subject.
			for i, h := range sc.hits {
				if sc.negAt[i] && a.actorBefore(sc, h.from) != "you" {
					c.dntStatus = "not-honored"
				}
			}
		}
	}
	if i := sc.firstOwn(); i >= 0 {
		h := sc.hits[i]
		c.labelled = sc.en(h).cls == classDatatype && a.dataLabel(sc, &c, h)
	}
	return c
}

// actorBefore returns who acts for the verb at position p: "we", "you" or
// "third" for the nearest party named before it in its clause, "" if none.
func (a *analysis) actorBefore(sc *scope, p int32) string {
	for i := len(sc.hits) - 1; i >= 0; i-- {
		h := sc.hits[i]
		if h.from >= p || sc.clause[h.from] != sc.clause[p] {
			continue
		}
		switch {
		case sc.isCue(h, "we"):
			return "we"
		case sc.isCue(h, "you"):
			if h.to-h.from == 1 && a.word(sc.toks[h.from]) == "you" {
				return "you"
			}
		case sc.isCue(h, "user-pref") && a.hasWord(sc, h, "you"):
			// "If you do not provide information to us": the preference
			// cue holds the reader as its subject.
			return "you"
		case sc.isCue(h, "other-actor") || sc.en(h).cls == classRecipient:
			return "third"
		}
	}
	return ""
}

// ownClauseBefore yields the hits before token p in p's clause, in the
// sentence's own part (not its list intro), in order.
func (sc *scope) ownClauseBefore(p int32) iter.Seq[hit] {
	return func(yield func(hit) bool) {
		for _, h := range sc.hits {
			if h.from >= p {
				return
			}
			if int(h.from) >= sc.own && sc.clause[h.from] == sc.clause[p] && !yield(h) {
				return
			}
		}
	}
}

// readerActs reports whether the reader is the subject of the verb at p:
// "you" is the first party named in the sentence's own part of its clause,
// and "we" does not follow before p ("You may not ... trade, buy or sell
// user names", but not "If you ask, we will ...").
func (a *analysis) readerActs(sc *scope, p int32) bool {
	reader := false
	for h := range sc.ownClauseBefore(p) {
		switch {
		case sc.isCue(h, "we") && a.word(sc.toks[h.from]) == "we":
			return false
		case (sc.isCue(h, "you") || sc.isCue(h, "user-pref")) && a.word(sc.toks[h.from]) == "you":
			reader = true // "you", or "You may not" / "If you do not" as one cue
		case !reader && (sc.isCue(h, "other-actor") || sc.en(h).cls == classRecipient):
			return false
		}
	}
	return reader
}

// handsOver reports whether a verb of handing over ("forward", "give",
// "provide") passes data to a recipient in its clause: data named after the
// verb, then "to" or "with" and the recipient (with at most small words
// between: "to certain content providers"). The share cues cover these verbs
// only with a short object ("provide your information to"), not a list of
// data ("forward your name, email address, IP address, and shipping address
// to certain content providers"); "provide links to third party sites" and
// "information provided by you to these sites" pass nothing on.
func (a *analysis) handsOver(sc *scope) bool {
	toOrWith := func(q int32) bool { w := a.word(sc.toks[q]); return w == "to" || w == "with" }
	for _, g := range sc.hits {
		if int(g.from) < sc.own || sc.en(g).cls != classRecipient {
			continue
		}
		to := g.from - 1
		for to >= int32(sc.own) && to >= g.from-3 && !toOrWith(to) && a.inSet(sc.toks[to], wordsDeterminers) {
			to--
		}
		// "provide your contact information, so that the advertiser can
		// fulfill the offer": the recipient is whom the data is for.
		if to > int32(sc.own) && a.word(sc.toks[to]) == "that" && a.word(sc.toks[to-1]) == "so" {
			to--
		} else if to < int32(sc.own) || !toOrWith(to) || sc.clause[to] != sc.clause[g.from] {
			continue
		}
		for q := to - 1; q >= int32(sc.own) && sc.clause[q] == sc.clause[to]; q-- {
			if a.inSet(sc.toks[q], wordsHandingOver) {
				if a.dataBetween(sc, q, to) {
					return true
				}
				break
			}
		}
	}
	return false
}

// dataBetween reports whether a data type is named between positions from
// and to of the scope.
func (a *analysis) dataBetween(sc *scope, from, to int32) bool {
	for _, d := range sc.hits {
		if d.from >= to {
			break
		}
		if d.from > from && sc.en(d).cls == classDatatype {
			return true
		}
	}
	return false
}

// inParens reports whether hit h stands inside parentheses within its
// sentence.
func (a *analysis) inParens(sc *scope, h hit) bool {
	from, at := int(a.toks[sc.toks[sc.own]].start), int(a.toks[sc.toks[h.from]].start)
	if from > at {
		return false
	}
	open := strings.LastIndexByte(a.text[from:at], '(')
	return open >= 0 && strings.IndexByte(a.text[from+open:at], ')') < 0
}

// lists reports whether the words at p say that what comes before them is
// made up of what follows: "include", "may include", "are", "consist of".
func (a *analysis) lists(sc *scope, p int32) bool {
	for ; int(p) < len(sc.toks) && a.inSet(sc.toks[p], wordsModal); p++ {
	}
	if int(p) >= len(sc.toks) {
		return false
	}
	switch a.word(sc.toks[p]) { // exact words: "including" after it is no list
	case "include", "includes", "are", "is", "consist", "consists", "comprise", "comprises":
		return true
	}
	return false
}

// inPassing reports whether unnamed data ("personal information",
// "information") is named in a sentence about something else (a right,
// security, changes, children): it describes, it states no practice. Not so
// when keeping it is the sentence's only other topic ("We keep personal
// information as long as necessary") or the sentence turns to security only
// after passing it on (see topicLater).
func (a *analysis) inPassing(sc *scope, c *sentenceContext, h hit, e *entry) bool {
	if !unnamed(e) || e.Sensitive || !c.otherTopic && !c.meta {
		return false
	}
	return !a.topicLater(sc, c, h) && !(c.keepingOnly && !c.meta && e.Group == "generic-personal")
}

// topicLater reports whether the sentence turns to security only in a
// clause after the one where data h is passed on: "They have access to
// personal information ..., but may not use it for other purposes".
func (a *analysis) topicLater(sc *scope, c *sentenceContext, h hit) bool {
	if c.meta || !c.topicSecurity || sc.clause[c.topicAt] <= sc.clause[h.from] {
		return false
	}
	v := sc.governingVerb(h.from)
	return v >= 0 && sc.en(sc.hits[v]).ID == "share" && sc.clause[sc.hits[v].from] == sc.clause[h.from]
}

// channelNamed reports whether the sentence names messages of set w other
// than as the way to reach the company ("contact us by email").
func (a *analysis) channelNamed(sc *scope, w wordSet) bool {
	for p := sc.own; p < len(sc.toks); p++ {
		if a.inSet(sc.toks[p], w) && !sc.howAt(int32(p)) {
			return true
		}
	}
	return false
}

// howAt reports whether position p lies in a phrase saying how to reach the
// company or use a right ("by email", "contact us").
func (sc *scope) howAt(p int32) bool {
	for _, g := range sc.hits {
		if g.from <= p && p < g.to && sc.en(g).cls == classHow {
			return true
		}
	}
	return false
}

// readerDeclines reports whether the sentence is about the reader not giving
// data: "you can choose not to provide", "if you do not submit", "you may
// decline to share".
func (a *analysis) readerDeclines(sc *scope, c *sentenceContext) bool {
	if c.declines == 0 {
		c.declines = 1
		if a.declined(sc) {
			c.declines = 2
		}
	}
	return c.declines == 2
}

// declined does the work of readerDeclines.
func (a *analysis) declined(sc *scope) bool {
	for p := sc.own + 1; p < len(sc.toks); p++ {
		if !a.inSet(sc.toks[p], wordsGiving) {
			continue
		}
		switch prev := a.word(sc.toks[p-1]); {
		case prev == "to" && p >= sc.own+2:
			if a.inSet(sc.toks[p-2], wordsDeclining) && a.youBefore(sc, p-2, 4) {
				return true
			}
		case prev == "not" && p >= sc.own+3 && a.word(sc.toks[p-3]) == "you":
			return true // "if you do not provide"
		}
	}
	return false
}

// youBefore reports whether "you" stands within n words before position p
// of the sentence ("you may always choose not to").
func (a *analysis) youBefore(sc *scope, p, n int) bool {
	for q := p - 1; q >= max(sc.own, p-n); q-- {
		if a.word(sc.toks[q]) == "you" {
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
func (a *analysis) dataLabel(sc *scope, c *sentenceContext, h hit) bool {
	if int(h.from) != sc.own || h.to-h.from < 2 || int(h.to) >= len(sc.toks) || c.heading || c.otherTopic || c.meta || c.choice || c.change || c.children {
		return false
	}
	for p := h.from; p < h.to; p++ {
		if t := a.toks[sc.toks[p]]; !titleCase(t) {
			return false
		}
	}
	last := a.toks[sc.toks[h.to-1]]
	switch w := a.text[last.start:last.end]; {
	case strings.EqualFold(w, "information"), strings.EqualFold(w, "data"), strings.EqualFold(w, "details"):
		return !titleCase(a.toks[sc.toks[h.to]])
	}
	return false
}

// whoDoes reports whether "who" asks about the actor of the words at p:
// "who can see", "who may access".
func (a *analysis) whoDoes(sc *scope, p int32) bool {
	q := p - 1
	if q >= int32(sc.own) && a.inSet(sc.toks[q], wordsModal) {
		q--
	}
	return q >= int32(sc.own) && a.word(sc.toks[q]) == "who"
}

// place reports whether the bare location word at h names a place rather
// than where the reader is: plural ("locations outside the United States")
// unless the reader's, or after a word that picks out a place ("a", "one",
// "applicable", "franchised", "online", "store").
func (a *analysis) place(sc *scope, h hit) bool {
	if h.from > int32(sc.own) {
		switch k := sc.toks[h.from-1]; {
		case a.inSet(k, wordsPlacePicker):
			return int(h.to) >= len(sc.toks) || a.word(sc.toks[h.to]) != "based" // "a location based service" is about where you are
		case a.inSet(k, wordsReaderOwner):
			return false
		}
	}
	t := a.toks[sc.toks[h.to-1]]
	return strings.EqualFold(a.text[t.start:t.end], "locations")
}

// visitTime reports whether browsing hit h is a visit named as a time:
// "during your visits to", "upon your first visit to", "on subsequent visits
// to".
func (a *analysis) visitTime(sc *scope, h hit) bool {
	visit := false
	q := h.from
	for ; q < h.to; q++ {
		if w := a.word(sc.toks[q]); w == "visit" || w == "visits" {
			visit = true
			break
		}
	}
	if !visit {
		return false
	}
	for q--; q >= int32(sc.own) && a.inSet(sc.toks[q], wordsVisitModifier); q-- {
	}
	// "ads based on their visits to this website" is what is used.
	return q >= int32(sc.own) && a.inSet(sc.toks[q], wordsVisitTime) &&
		!(q > int32(sc.own) && a.word(sc.toks[q]) == "on" && a.word(sc.toks[q-1]) == "based")
}

// dataItem reports whether a list item whose intro is out of view names
// data without saying anything about it ("- details of your visits to our
// site, including traffic data, location data and weblogs."): no verb, no
// other topic, and not addressed to the reader ("You may also contact us
// at ...").
func (a *analysis) dataItem(sc *scope, c *sentenceContext) bool {
	if len(sc.verbs) > 0 || c.otherTopic || c.choice || c.meta || c.instructs || len(sc.toks) == sc.own {
		return false
	}
	p := sc.own
	for p < len(sc.toks)-1 && (a.toks[sc.toks[p]].num >= 0 || a.toks[sc.toks[p]].end-a.toks[sc.toks[p]].start == 1) {
		p++ // "6. You may ...", "(c) ..."
	}
	switch a.word(sc.toks[p]) {
	case "you", "we", "if", "please", "to":
		return false
	}
	return true
}

// ourAddress reports whether the contact data at p is how to reach the
// company: "us at [the|our] ...", "us by ...".
func (a *analysis) ourAddress(sc *scope, p int32) bool {
	q := p - 1
	if q >= 0 && a.inSet(sc.toks[q], wordsAddressLead) {
		q--
	}
	if q < 1 {
		return false
	}
	if a.inSet(sc.toks[q], wordsAddressPrep) {
		return a.word(sc.toks[q-1]) == "us"
	}
	switch a.word(sc.toks[q]) {
	case "or", "and":
		// "at the phone numbers or postal address below": the same
		// address as the contact data before it.
		for _, g := range sc.hits {
			if g.to == q && sc.en(g).Group == "contact" && g.from < p {
				return a.ourAddress(sc, g.from)
			}
		}
	}
	return false
}

// sharesNoun reports whether the word at h is joined by "and" or "or" to a
// data word that ends the phrase ("payment and identity verification
// information").
func (a *analysis) sharesNoun(sc *scope, h hit) bool {
	if int(h.to) >= len(sc.toks) || a.word(sc.toks[h.to]) != "and" && a.word(sc.toks[h.to]) != "or" {
		return false
	}
	return a.dataBetween(sc, h.to, min(h.to+5, int32(len(sc.toks))))
}

// negatedKeep reports whether a negated verb of keeping data governs the
// data at p: "We do not store payment information such as credit card
// details" (keeping is no data verb, so nothing else negates the details).
func (a *analysis) negatedKeep(sc *scope, p int32) bool {
	for _, g := range sc.hits {
		if g.from >= p {
			break
		}
		if sc.clause[g.from] == sc.clause[p] && a.keepCue(sc, g) && sc.negatedNear(g.from, 2) {
			return true
		}
	}
	return false
}

// namesContact reports whether a.findings[from:] report contact data.
func (a *analysis) namesContact(from int) bool {
	for _, f := range a.findings[from:] {
		if f.Kind == "collect" || f.Kind == "share" {
			if e := a.lx.byClass["datatype"][f.ID]; e != nil && e.Group == "contact" {
				return true
			}
		}
	}
	return false
}

// askedAbout reports whether the passing on of data that a hit at p (with
// governing verb v, or -1) names is what the reader asks to be told about:
// "you may request information regarding our disclosure of your personal
// information to a third party", "the right to request ... a list of the
// third parties to whom we have disclosed". Such a sentence states a right,
// not that data goes there. In the clause of the earlier of the hit and its
// verb, before it: an ask word (request, obtain) whose first told-about word
// after it (information, a list) says what it is about ("information
// regarding", "a list of"; not "requested information that includes"), and
// no "we" anywhere before p ("we may obtain information about you from
// service providers", "if you request it, we share your name").
func (a *analysis) askedAbout(sc *scope, p int32, v int) bool {
	if v >= 0 && sc.hits[v].from < p {
		p = sc.hits[v].from
	}
	ask := int32(-1)
	for q := p - 1; q >= int32(sc.own) && sc.clause[q] == sc.clause[p]; q-- {
		k := sc.toks[q]
		if a.word(k) == "we" {
			return false
		}
		if ask < 0 && a.inSet(k, wordsAskToKnow) {
			ask = q
		}
	}
	if ask < 0 {
		return false
	}
	for q := ask + 1; q+1 < p && q-ask <= 12; q++ {
		if a.inSet(sc.toks[q], wordsToldAbout) {
			return a.inSet(sc.toks[q+1], wordsToldOf)
		}
	}
	return false
}

// notOurSale reports whether a sale at p is one the sentence names without
// saying the company sells: a right ("you have the right to know whether
// we sell personal information", also in a list item's intro: "You have the
// right to: - know whether your personal information is sold"), a question
// ("Which information does Care2 sell?" asks, the answer tells), others'
// selling ("Many companies profit off their users by selling their
// information, but we'll never do that"), or the law's definition ("'Sell'
// means selling, renting, ... or otherwise communicating a consumer's
// personal information ... for monetary or other valuable consideration").
func (a *analysis) notOurSale(sc *scope, c *sentenceContext, p int32) bool {
	return a.hasWord(sc, hit{from: 0, to: int32(len(sc.toks))}, "right", "rights") || c.meta || a.othersAct(sc, p) ||
		a.setFrom(sc, 0, wordsDefining) || a.purposeOfSelling(sc, p) || optedOutOf(sc, p)
}

// optedOutOf reports whether the sale at p is what a right to opt out names
// ("register your preference for opting out of the sale of your personal
// information"): the right's words reach into the sale's.
func optedOutOf(sc *scope, p int32) bool {
	for _, g := range sc.hits {
		if g.from > p {
			break
		}
		if e := sc.en(g); e.cls == classRight && e.ID == "opt-out-sale" && g.to > p {
			return true
		}
	}
	return false
}

// purposeOfSelling reports whether the sale at p is named as what a purpose
// is for: "the business or commercial purpose for collecting or selling
// your personal information", an item of what the CCPA lets the reader ask
// to be told, which says nothing about whether the company sells.
func (a *analysis) purposeOfSelling(sc *scope, p int32) bool {
	for q := p - 1; q >= int32(sc.own) && q >= p-4; q-- {
		if w := a.word(sc.toks[q]); (w == "purpose" || w == "purposes") && q+1 < p && a.word(sc.toks[q+1]) == "for" {
			return true
		}
	}
	return false
}

// othersAct reports whether the first party named in the clause of p,
// before p, is a third party ("their", "advertisers"), not "we" or "you".
func (a *analysis) othersAct(sc *scope, p int32) bool {
	for h := range sc.ownClauseBefore(p) {
		switch {
		case sc.isCue(h, "we") || sc.isCue(h, "you") || sc.isCue(h, "user-pref"):
			return false
		case sc.isCue(h, "other-actor") || sc.en(h).cls == classRecipient:
			return true
		}
	}
	return false
}

// negatedVerb reports whether verb vi is negated, counting a negation carried
// over from a list's intro into the item's first clause.
func (sc *scope) negatedVerb(vi int, c *sentenceContext) bool {
	if sc.negVerb[vi] {
		return true
	}
	h := sc.hits[vi]
	return c.introNeg && int(h.from) >= sc.own && sc.clause[h.from] == sc.clause[sc.own]
}

// judge decides whether hit i becomes a finding, and of what kind.
func (a *analysis) judge(sc *scope, c *sentenceContext, i int, h hit) (Finding, bool) {
	e := sc.en(h)
	f := Finding{ID: e.ID}
	switch e.Class {
	case "datatype":
		if a.inPassing(sc, c, h, e) {
			return f, false
		}
		// "Kaleida Health", "Food Allergy Research": a data word inside a
		// name (a strong one only with the name going on after it, as
		// "Advertising Cookies." names cookies).
		if h.to-h.from == 1 && !c.heading && a.inName(sc, h.from) && (h.weak || a.titleAt(sc, h.to)) {
			return f, false
		}
		// "a credit card processing company", "payment services",
		// "financial institutions": the data word names a business.
		if int(h.to) < len(sc.toks) && sc.clause[h.to] == sc.clause[h.from] && a.toks[sc.toks[h.to]].sepBefore == sepSpace && a.inSet(sc.toks[h.to], wordsNotDataAfter) {
			return f, false
		}
		// A heading such as "Sharing of Information" names the topic of the
		// section below it; the sentences there state the practice.
		if unnamed(e) && c.heading {
			return f, false
		}
		// "Geolocation Data: We do not collect your longitude and latitude":
		// the label names the topic; the statement after it says what
		// happens to that data.
		if a.label(sc, i) {
			return f, false
		}
		v := sc.governingVerb(h.from)
		if c.warning {
			return f, false
		}
		// "contact us at the phone numbers or postal address below", "write
		// to us by email": the company's address, not the reader's.
		if e.Group == "contact" && a.ourAddress(sc, h.from) {
			return f, false
		}
		// "at one of our nine locations", "an applicable location of our
		// Services", "forwarded to the franchised location": a place.
		if h.weak && e.ID == "location" && a.place(sc, h) {
			return f, false
		}
		// "during your visit to our site", "upon your first visit to the
		// Services": when, not what is collected.
		if e.ID == "browsing" && a.visitTime(sc, h) {
			return f, false
		}
		// "the name of the domain from which you access the internet", "the
		// name of the website": a bare name of something, not the reader's.
		if h.weak && e.ID == "name" && int(h.to) < len(sc.toks) && a.word(sc.toks[h.to]) == "of" {
			return f, false
		}
		// "administer contests, promotions and surveys", "conduct surveys":
		// a bare survey is the activity, not the answers given; in "we
		// collect your name when you enter a contest, complete a survey or
		// make a purchase" it says when the data named is collected.
		if h.weak && e.Group == "survey" && (a.setBefore(sc, h.from, 6, wordsRunning) || a.occasion(sc, h.from) && hasData(sc, e.Group)) {
			return f, false
		}
		// "process payments", "collect payment for that treatment": a
		// bare payment word right after its verb is the act of paying
		// (but "use payment and identity verification information"); so it
		// is listed with other activities ("treatment, payment and health
		// care operations", "legal, payment, accounting ... purposes").
		if h.weak && e.Group == "financial" && (v >= 0 && sc.hits[v].to == h.from && !a.sharesNoun(sc, h) || a.listedWith(sc, h, wordsActivities)) {
			return f, false
		}
		// "Your credit card number is protected by SSL": data named in a
		// sentence about security, with no verb of its own, is protected,
		// not collected or shared.
		if c.security && v < 0 {
			return f, false
		}
		practice := c.collect || c.use || c.share || c.sale || c.headingCollect || c.headingShare || c.thirdPartySubject || c.retain || c.carried.collect || c.carried.share || c.listed
		// (A heading or the sentence before naming collection does not
		// make a choice sentence one about collecting.)
		own := c.collect || c.use || c.share || c.sale || c.thirdPartySubject || c.retain || c.listed
		if v < 0 && !own && (c.choice || c.choiceRight) && choiceGroups[e.Group] {
			// "unsubscribe from our emails", "you can disable cookies": a
			// choice the reader has over data the service holds or sets.
			f.Kind, f.Category = "collect", "user-choice"
			return f, true
		}
		if h.weak && v < 0 && !(c.introNeg || sc.own > 0 && (c.collect || c.share || c.use) || practice && e.Group != "unspecified" && listedWithData(sc, i)) {
			return f, false
		}
		// A bare "email" is mostly the channel ("clear gifs in emails we
		// send", "unsubscribe from our emails"); it is the reader's address
		// only as the verb's object ("collect email") or in a list of data.
		if h.weak && v >= 0 && e.ID == "email" && !listedWithData(sc, i) {
			if vh := sc.hits[v]; !(vh.to <= h.from && h.from-vh.to <= 1) {
				return f, false
			}
		}
		if v < 0 && !practice && !c.labelled {
			return f, false
		}
		shared := c.thirdPartySubject
		// "the information we collect may be shared": in a sentence about
		// passing data on, unnamed information is the thing passed on.
		generic := unnamed(e)
		if generic && c.share && !c.transfer {
			shared = true
		}
		if v >= 0 && c.share && !c.transfer && !c.thirdPartySubject {
			if a.coordinatedShare(sc, h.from) {
				a.alsoCollected = true // "we use and share your information", "may use or disclose your health information"
			} else if a.sharedAfter(sc, h) {
				shared, a.alsoCollected = true, true // "may use your health information, and share it with others"
			} else if vh := sc.hits[v]; generic && (sc.en(vh).ID == "collect" || sc.en(vh).ID == "use") && vh.from < h.from {
				shared = false // "we may collect any personal data that you make available to us"
			}
		}
		if v >= 0 {
			vh := sc.hits[v]
			ve := sc.en(vh)
			// "you disclose information to us": the reader shares, we collect.
			userShares := ve.ID == "share" && a.actorBefore(sc, vh.from) == "you"
			if userShares {
				// "you may share content with other users": the reader
				// passes data on to others; it is not collected by us.
				if !a.toUs(sc, vh) {
					return f, false
				}
				shared = c.thirdPartySubject
			}
			shared = shared || ve.ID == "share" && !userShares || ve.Class == "sale"
			f.Negated = sc.negatedVerb(v, c)
			if shared && (ve.ID != "share" || userShares) && ve.Class != "sale" {
				f.Negated = false // negation of the collecting verb says nothing about sharing
			}
		} else {
			shared = shared || c.share && c.recipient || c.sale || !c.collect && !c.use && c.headingShare ||
				c.carried.share && !c.carried.collect
			f.Negated = sc.negatedNear(h.from, 3) || c.introNeg || a.negatedKeep(sc, h.from)
		}
		if c.transfer && !c.recipient && !c.thirdPartySubject {
			shared = false
		}
		if shared && a.askedAbout(sc, h.from, v) {
			a.alsoCollected = false
			return f, false
		}
		if shared {
			f.Kind, f.Category = "share", "third-party-sharing"
		} else {
			f.Kind, f.Category = "collect", "first-party-collection"
		}
		// The sentence's topic is the finding's category: "we encrypt the
		// card numbers we collect" is about security, "please send us your
		// name and email address" instructs the reader. The data is still
		// reported as collected.
		if !shared {
			switch {
			case c.security:
				f.Category = "data-security"
			case c.keepingOnly && e.Group == "generic-personal" && (v < 0 || sc.hits[v].from > h.from || sc.en(sc.hits[v]).ID == "use"):
				// "We keep personal information as long as it is necessary",
				// "We will retain and use your information to ...": no
				// collecting verb before the data, so it is about keeping.
				f.Category = "data-retention"
			case c.instructs:
				f.Category = "other"
			case c.choice && a.word(sc.toks[sc.own]) == "by":
				f.Category = "user-choice" // "By using the Site, you consent to the collection of your information"
			case a.readerDeclines(sc, c):
				f.Category = "user-choice" // "You can choose not to provide us with certain information"
			}
		}
		if c.children {
			// "We do not knowingly collect personal information from
			// children under 13", "Parents can consent to the collection of
			// their child's personal information", "we may share children's
			// information with service providers": a promise or a rule about
			// children, as OPP-115 reads them (the data is still reported as
			// collected or shared).
			f.Category = "specific-audiences"
		}
		// "We collect information": a practice, but no data type to show;
		// nor has "information about you" when the sentence or the list
		// it leads names the data ("information you provide, such as your
		// name and email address").
		if e.Group == "unspecified" || e.Vague && (c.leads || hasData(sc, "")) {
			f.ID = f.Kind + "-unspecified"
			f.Kind = "practice"
		}
		return f, true
	case "recipient":
		// "Under no circumstances will your data be sold": the data is
		// sold, not the company ("if the company is sold", "when a Mattel
		// business is bought or sold"), unless the sentence is about a
		// merger or bankruptcy.
		if e.ID == "business-transfer" && a.hasWord(sc, h, "sold") && !a.hasWord(sc, h, "business", "company", "assets") && a.dataBefore(sc, h) && !otherTransfer(sc, i) {
			f.Kind, f.Category, f.ID = "sale", "third-party-sharing", "sale"
			f.Negated = sc.negatedNear(h.from, 7) || c.introNeg
			return f, f.Negated || !a.notOurSale(sc, c, h.from)
		}
		// A recipient counts in a sentence about passing data on, and also
		// where a third party collects or uses data ("advertisers may place
		// cookies", "we use analytics providers").
		if !(c.share || c.sale || c.thirdPartySubject || !h.weak && (c.collect || c.use) && collectingRecipient[e.ID]) {
			return f, false
		}
		if h.weak && !c.share || c.warning {
			return f, false
		}
		// "we receive information from other sources, such as social
		// networks": a source of data, not a recipient.
		if a.fromSource(sc, h) {
			// What a social network passes on is the reader's social
			// media data ("information from third-party social media sites").
			if e.ID == "social-networks" && !h.weak {
				f.Kind, f.Category, f.ID = "collect", "first-party-collection", "social-profile"
				return f, true
			}
			return f, false
		}
		// "third parties" in a sentence about a right, a choice, a region
		// or a disclaimer names who might get data, it does not say they do.
		if e.ID == "other-third-parties" && (c.otherTopic || c.choice) {
			return f, false
		}
		v := sc.governingVerb(h.from)
		if a.askedAbout(sc, h.from, v) {
			return f, false
		}
		if v >= 0 {
			f.Negated = sc.negatedVerb(v, c)
		} else {
			f.Negated = c.introNeg
		}
		f.Kind, f.Category = "share", "third-party-sharing"
		if c.children {
			f.Category = "specific-audiences" // as for data shared, above
		}
		return f, true
	case "sale":
		// A sale of data needs data as its object: a data type, or "it" /
		// "them" standing for it, in the sentence.
		if !a.saleOfData(sc, h) {
			return f, false
		}
		f.Negated = sc.negatedVerb(i, c)
		// "Business Transfers: we might sell or buy other businesses": in a
		// sentence about a merger or sale of the company, selling is the
		// company's; a right, a question or others' selling is no sale
		// either ("do not sell" still counts in all of them).
		if !f.Negated && (otherTransfer(sc, -1) || a.notOurSale(sc, c, h.from)) {
			return f, false
		}
		f.Kind, f.Category, f.ID = "sale", "third-party-sharing", "sale"
		return f, true
	case "right":
		// A right is the reader's: "you can delete", "request deletion",
		// "right to erasure" — not "we will delete such information".
		if e.Category == "user-access" && !(c.you || c.choice || a.hasWord(sc, h, "right", "rights", "request", "requests", "your", "you")) {
			return f, false
		}
		// "We delete your data 30 days after you close your account": our
		// doing, unless the reader asks for it ("we will delete it at your
		// request").
		if e.Category == "user-access" && !c.choice && a.actorBefore(sc, h.from) == "we" &&
			!a.setFrom(sc, sc.own, wordsReaderAsks) {
			return f, false
		}
		// "Fark retains the right to remove this content", "we reserve the
		// right to delete accounts": the company's right, not the reader's.
		if from := max(int32(sc.own), h.from-6); a.sentenceHasIn(sc, from, h.from, "reserve", "reserves", "retain", "retains") && a.sentenceHasIn(sc, from, h.to, "right") &&
			!a.sentenceHasIn(sc, from, h.from, "you") {
			return f, false
		}
		// "Anyone who can access the Network can view your profile", "Who
		// Can See Your Information?": what others may do is not the
		// reader's right.
		if e.Category == "user-access" && (a.actorBefore(sc, h.from) == "third" || a.whoDoes(sc, h.from)) {
			return f, false
		}
		// "If you decide to close your account, ...": the reader's action
		// as a condition for something else, not a right the policy grants.
		if e.Category == "user-access" && !c.choice && a.conditionalAction(sc, h) {
			return f, false
		}
		f.Negated = sc.negatedNear(h.from, 3) && !c.choice
		f.Kind, f.Category = "right", e.Category
		return f, true
	case "retention":
		switch e.ID {
		case "period":
			return f, false // periods are read with their numbers in a.periods
		case "as-needed", "indefinite":
			// A verb of keeping or deleting anywhere in the sentence: "We
			// may store the information we hold about you indefinitely",
			// "When we no longer need it, we delete it". 'Indefinitely'
			// needs one of keeping: "permanently deleted" is the opposite.
			if !c.retain && !c.store {
				return f, false
			}
			if e.ID == "indefinite" && (!c.retain && !a.keeps(sc) || sc.negatedNear(h.from, 3) || a.deletedNear(sc, h)) {
				return f, false
			}
		}
		// "the collection, use and retention of personal information": one
		// of a list of things done to data, named, not described.
		if h.to-h.from == 1 && a.hasWord(sc, h, "retention", "storage") && h.from >= 2 &&
			a.hasWord(sc, hit{from: h.from - 1, to: h.from}, "and", "or") &&
			a.hasWord(sc, hit{from: h.from - 2, to: h.from - 1}, "collection", "use", "disclosure", "processing", "sharing", "transfer", "handling") {
			return f, false
		}
		f.Kind, f.Category = "retention", "data-retention"
		f.Negated = e.ID == "retain" && sc.negatedNear(h.from, 3)
		return f, true
	case "security":
		f.Kind, f.Category = "security", "data-security"
		return f, true
	case "children":
		f.Kind, f.Category = "children", "specific-audiences"
		return f, true
	case "audience":
		f.Kind, f.Category = "practice", "specific-audiences"
		return f, true
	case "change":
		f.Kind, f.Category = "change", "policy-change"
		return f, true
	case "notice":
		if !c.change {
			return f, false
		}
		f.Kind, f.Category, f.ID = "change", "policy-change", "notice-"+e.ID
		return f, true
	case "dnt":
		// The evidence is the signal's name, or, for a bare capitalised "Do
		// Not Track" that matched no signal phrase, the verb ("does not
		// support Do Not Track").
		if e.ID != "signal" && !(e.ID == "respond" && c.dnt && !c.dntPhrase) {
			return f, false
		}
		f.Kind, f.Category, f.ID = "dnt", "do-not-track", c.dntStatus
		return f, true
	case "transfer":
		f.Kind, f.Category = "transfer", "other"
		return f, true
	case "legal-basis":
		// OPP-115 has no category for legal bases (it predates the GDPR).
		f.Kind, f.Category = "legal-basis", "other"
		return f, true
	case "practice":
		// "- Improving the Site;": a bare verb opens a list item of
		// purposes; elsewhere ("Providing your email is optional") it is none.
		if e.ID == "purpose" && h.weak && (int(h.from) != c.itemStart || int(h.to) >= len(sc.toks)) {
			return f, false
		}
		// "Your information may be disclosed: - to satisfy applicable laws,":
		// a list item under a sharing intro gives a reason to pass data on.
		if e.ID == "purpose" && sc.own > 0 && c.share && !c.otherTopic && !c.meta && a.introShares(sc) {
			f.Kind, f.ID, f.Category = "practice", "share-purpose", "third-party-sharing"
			return f, true
		}
		// "We may share it when ... Examples include: - Protecting the
		// safety of customers;": the list goes on from a sentence about
		// passing data on.
		if e.ID == "purpose" && h.weak && !c.collect && !c.use && (c.share || c.carried.share) {
			f.Kind, f.ID, f.Category = "practice", "share-purpose", "third-party-sharing"
			return f, true
		}
		// A recipient word in a list item under "We use information:" is
		// no sharing ("to manage ... forum management", "to comply with
		// applicable law").
		if e.ID == "purpose" && (c.otherTopic || c.share || c.choice || c.recipient && sc.own == 0 && !(c.listed && int(h.from) == c.itemStart) || c.meta) {
			return f, false
		}
		// "To manage your newsletter preferences, please click here": the
		// reader's aim, and the reader acts.
		if e.ID == "purpose" && int(h.from) == sc.own && (c.instructs || a.sentenceHas(sc, "click", "visit")) {
			return f, false
		}
		// A purpose is a use of data when the sentence uses or names data,
		// or is itself a purpose ("To deliver relevant advertisements.", a
		// list item under "We use information to:"); "We are committed to
		// protecting your privacy" states no use.
		if e.ID == "purpose" && !(c.collect || c.use || c.store || c.carried.collect || sc.own > 0 || c.listed ||
			int(h.from)-sc.own <= 1 || hasData(sc, "")) {
			return f, false
		}
		if e.ID == "choice" && (c.collect || c.share || c.use || c.you) || e.ID != "choice" {
			f.Kind, f.Category = "practice", e.Category
			return f, true
		}
	}
	return f, false
}

// inName reports whether the title-case word at p follows another
// title-case word inside the sentence: part of a name, not a common noun
// ("Kaleida Health", but not "Health information" at a sentence start).
func (a *analysis) inName(sc *scope, p int32) bool {
	if int(p) <= sc.own {
		return false
	}
	t, prev := a.toks[sc.toks[p]], a.toks[sc.toks[p-1]]
	if !titleCase(t) || !titleCase(prev) || t.sepBefore != sepSpace {
		return false
	}
	switch a.word(sc.toks[p-1]) {
	case "your", "our", "the", "a", "an", "their", "his", "her", "its", "my", "any", "and", "or", "of":
		return false // "Your Email", "Name and Email" in a title
	}
	return true
}

// titleAt reports whether the word at p, in the sentence, is title-case
// and joined to the one before by a space.
func (a *analysis) titleAt(sc *scope, p int32) bool {
	if int(p) >= len(sc.toks) {
		return false
	}
	t := a.toks[sc.toks[p]]
	return titleCase(t) && t.sepBefore == sepSpace
}

// titleCase reports whether t starts with a capital and is not all capitals.
func titleCase(t token) bool { return t.flags&tokUpper != 0 && t.flags&tokAllCaps == 0 }

// dataAt reports whether a data type is named at position p.
func (sc *scope) dataAt(p int32) bool {
	for _, g := range sc.hits {
		if sc.en(g).cls == classDatatype && g.from <= p && p < g.to {
			return true
		}
	}
	return false
}

// deletedNear reports whether a word of deleting stands within two words
// of h in its clause ("permanently deleted", "permanently de-identify").
func (a *analysis) deletedNear(sc *scope, h hit) bool {
	for p := max(h.from-2, int32(sc.own)); p < h.to+2 && int(p) < len(sc.toks); p++ {
		if p >= h.from && p < h.to || sc.clause[p] != sc.clause[h.from] {
			continue
		}
		if a.inSet(sc.toks[p], wordsDeleting) {
			return true
		}
	}
	return false
}

// keeps reports whether the sentence has a verb of keeping data.
func (a *analysis) keeps(sc *scope) bool {
	for _, h := range sc.hits {
		if a.keepCue(sc, h) {
			return true
		}
	}
	return false
}

// keepCue reports whether h is a verb of keeping data ("we store", "kept"),
// not one of deleting it, which the same cue holds.
func (a *analysis) keepCue(sc *scope, h hit) bool {
	return sc.isCue(h, "store") && a.inSet(sc.toks[h.from], wordsKeeping)
}

// introShares reports whether the list intro has a sharing verb and the
// item none of its own.
func (a *analysis) introShares(sc *scope) bool {
	intro := false
	for _, vi := range sc.verbs {
		v := sc.hits[vi]
		if e := sc.en(v); e.ID != "share" && e.Class != "sale" {
			continue
		}
		if int(v.from) >= sc.own {
			return false
		}
		intro = true
	}
	return intro
}

// hasData reports whether the sentence names a specific kind of data of a
// group other than except ("" for any).
func hasData(sc *scope, except string) bool {
	for _, h := range sc.hits {
		e := sc.en(h)
		if e.cls == classDatatype && e.Group != except && !unnamed(e) && int(h.from) >= sc.own {
			return true
		}
	}
	return false
}

// dataFirst reports whether the sentence opens with data: its first hit is
// data, within its first four words, and not a tracking technology (which
// such a sentence defines: "Web beacons are small strings of code").
func dataFirst(sc *scope) bool {
	i := sc.firstOwn()
	if i < 0 {
		return false
	}
	h := sc.hits[i]
	e := sc.en(h)
	return e.cls == classDatatype && e.Group != "cookies-tracking" && int(h.from) < sc.own+4
}

// firstOwn returns the index of the sentence's first hit of its own (after
// its list intro), or -1.
func (sc *scope) firstOwn() int {
	for i, h := range sc.hits {
		if int(h.from) >= sc.own {
			return i
		}
	}
	return -1
}

// unnamed reports whether data entry e is of a group that names no kind of
// data ("personal information", "information about you", "information"; the
// special categories are filed with them, and callers test e.Sensitive).
func unnamed(e *entry) bool { return e.Group == "generic-personal" || e.Group == "unspecified" }

// dataHits counts the hits of specific data in the sentence.
func dataHits(sc *scope) int {
	n := 0
	for _, h := range sc.hits {
		if e := sc.en(h); e.cls == classDatatype && !h.weak && !unnamed(e) && int(h.from) >= sc.own {
			n++
		}
	}
	return n
}

// listedWithData reports whether weak data word i stands in a list of data
// ("email, name, phone, IP address"): a specific data type named within a
// few words of it, in its clause.
func listedWithData(sc *scope, i int) bool {
	h := sc.hits[i]
	for j, g := range sc.hits {
		if e := sc.en(g); j == i || g.weak || e.cls != classDatatype || unnamed(e) {
			continue
		}
		if sc.clause[g.from] == sc.clause[h.from] && (g.from >= h.to && g.from-h.to <= 4 || g.to <= h.from && h.from-g.to <= 4) {
			return true
		}
	}
	return false
}

// choiceGroups are the data type groups a choice names ("unsubscribe from
// our emails", "disable cookies", "turn off the GPS locator"): the service
// holds, sets or reads them.
var choiceGroups = map[string]bool{"contact": true, "cookies-tracking": true, "location": true}

// collectingRecipient lists the recipients that collect data themselves when
// a policy says it uses them ("we use analytics providers").
var collectingRecipient = map[string]bool{"advertisers": true, "analytics": true, "social-networks": true, "service-providers": true}

// saleOfData reports whether a sale word has personal data as its object.
func (a *analysis) saleOfData(sc *scope, h hit) bool {
	// "where we sell or negotiate to sell our business": the company is
	// sold, its data goes with it (a business transfer, not a sale).
	for _, g := range sc.hits {
		if e := sc.en(g); e.cls == classRecipient && e.ID == "business-transfer" && g.from >= h.to && g.from-h.to <= 6 && sc.clause[g.from] == sc.clause[h.from] {
			return false
		}
	}
	// "When you buy or sell an application", "you may not sell your
	// account": the reader sells, not us.
	for p := h.from - 1; p >= int32(sc.own) && p >= h.from-4 && sc.clause[p] == sc.clause[h.from]; p-- {
		w := a.word(sc.toks[p])
		if w == "you" {
			return false
		}
		switch w {
		case "may", "can", "will", "could", "might", "not", "never", "also", "do", "want", "wish", "to", "list", "buy", "and", "or":
			continue
		}
		break // "information about you may be sold": not the reader's doing
	}
	// "You may not break the law, use other accounts, trade, buy or sell
	// user names": the reader is the nearest actor.
	if a.readerActs(sc, h.from) {
		return false
	}
	// "reselling partners", "sales team": the word names something else.
	if int(h.to) < len(sc.toks) && sc.clause[h.to] == sc.clause[h.from] {
		if a.inSet(sc.toks[h.to], wordsSaleModified) {
			return false
		}
	}
	// "trade secret", "trade shows", "trading entities": 'trade' sells data
	// only with an object ("trade your information", "sell, trade or rent it").
	if w := a.word(sc.toks[h.from]); h.to-h.from == 1 && (w == "trade" || w == "trades" || w == "trading" || w == "traded") {
		if int(h.to) >= len(sc.toks) {
			return false
		}
		switch next := a.word(sc.toks[h.to]); {
		case a.inSet(sc.toks[h.to], wordsTradeObject):
		case next == "or" || next == "and": // "trade or rent it", not "trade or tax law"
			if int(h.to)+1 >= len(sc.toks) || !a.inSet(sc.toks[h.to+1], wordsTradeCoordinate) {
				return false
			}
		default:
			return false
		}
	}
	// "a Rent Repayment Order": a capitalised name, not a verb.
	if int(h.from) > sc.own && int(h.to) < len(sc.toks) && titleCase(a.toks[sc.toks[h.from]]) && titleCase(a.toks[sc.toks[h.to]]) {
		return false
	}
	// "sell product lines jointly with ...", "rent or buy movies", "rent
	// their eero devices", "devices sold by Google", "advertisements that
	// we sell": goods.
	// Data named between the verb and the word makes it data ("sell data
	// about the apps you use").
	goods := func(p int) bool { return a.inSet(sc.toks[p], wordsGoods) }
	for p := int(h.to); p < len(sc.toks) && p < int(h.to)+4 && sc.clause[p] == sc.clause[h.from] && !sc.dataAt(int32(p)); p++ {
		if goods(p) {
			return false
		}
	}
	// Before the verb only as its object: "devices sold by", "advertisements
	// that we sell" (not a name: "Grinding Gear Games does not sell").
	if p := int(h.from) - 1; p >= sc.own && goods(p) && !sc.dataAt(int32(p)) && a.toks[sc.toks[p]].flags&tokUpper == 0 {
		return false
	}
	for p := int(h.from) - 3; p >= sc.own && p < int(h.from)-1; p++ {
		if w := a.word(sc.toks[p+1]); (w == "that" || w == "which") && goods(p) && a.toks[sc.toks[p]].flags&tokUpper == 0 {
			return false
		}
	}
	// "The CCPA sets obligations for businesses that sell personal
	// information", "Request that a business that sells ...": the law's
	// words about any business, not what this one does.
	for p := h.from - 1; p >= int32(sc.own) && p >= h.from-3; p-- {
		if w := a.word(sc.toks[p]); w == "that" || w == "which" || w == "who" {
			if p > int32(sc.own) {
				if b := a.word(sc.toks[p-1]); b == "business" || b == "businesses" || b == "companies" || b == "company" {
					return false
				}
			}
		}
	}
	// "sell an application on the Marketplace": an object with "a" or "an",
	// not a list or copy, with no data named shortly after it and no one to
	// sell it to, is a thing, not data.
	if p := int(h.to); p+1 < len(sc.toks) {
		if w := a.word(sc.toks[p]); w == "a" || w == "an" {
			switch a.word(sc.toks[p+1]) {
			case "list", "copy", "database", "file", "record", "profile":
			default:
				thing := true
				for _, g := range sc.hits {
					if sc.en(g).cls == classDatatype && int(g.from) > p && int(g.from) <= p+6 ||
						sc.en(g).cls == classRecipient && g.from > h.from && g.from-h.to <= 8 && a.sentenceHasIn(sc, h.to, g.from, "to") {
						thing = false
					}
				}
				if thing {
					return false
				}
			}
		}
	}
	for _, g := range sc.hits {
		if sc.en(g).cls == classDatatype && sc.clause[g.from] == sc.clause[h.from] {
			return true
		}
		if e := sc.en(g); e.cls == classRecipient && e.ID != "business-transfer" && g.from > h.from && sc.clause[g.from] == sc.clause[h.from] {
			return true
		}
	}
	for p := int(h.to); p < len(sc.toks) && p < int(h.to)+3; p++ {
		switch a.word(sc.toks[p]) {
		case "it", "them", "this", "that", "these", "such", "your":
			return true
		}
	}
	return false
}

// sentenceHasIn reports whether one of words stands in tokens [from, to).
func (a *analysis) sentenceHasIn(sc *scope, from, to int32, words ...string) bool {
	return a.hasWord(sc, hit{from: from, to: to}, words...)
}

// sentenceHas reports whether the sentence (without its list intro) holds
// one of words.
func (a *analysis) sentenceHas(sc *scope, words ...string) bool {
	return a.hasWord(sc, hit{from: int32(sc.own), to: int32(len(sc.toks))}, words...)
}

// hasWord reports whether one of words is among the tokens of h.
func (a *analysis) hasWord(sc *scope, h hit, words ...string) bool {
	for p := h.from; p < h.to; p++ {
		w := a.word(sc.toks[p])
		for _, x := range words {
			if w == x {
				return true
			}
		}
	}
	return false
}

// otherTransfer reports whether the sentence names a business transfer other
// than hit i.
func otherTransfer(sc *scope, i int) bool {
	for j, g := range sc.hits {
		if e := sc.en(g); j != i && e.cls == classRecipient && e.ID == "business-transfer" {
			return true
		}
	}
	return false
}

// conditionalAction reports whether hit h is what the reader does in an
// "if you ..." / "after you ..." clause, with no word of ability or asking
// ("can", "may", "request", "right", "option") in the sentence.
func (a *analysis) conditionalAction(sc *scope, h hit) bool {
	cond := false
	for p := h.from - 1; p >= int32(sc.own) && p >= h.from-4 && sc.clause[p] == sc.clause[h.from]; p-- {
		switch a.word(sc.toks[p]) {
		case "if", "when", "after", "once", "until", "before", "upon", "whenever":
			cond = true
		}
	}
	return cond && !a.setFrom(sc, sc.own, wordsReaderAble)
}

// label reports whether hit i is in a short label that opens its sentence
// and ends in a colon ("Geolocation Data:"), with data of the same group
// named again after it.
func (a *analysis) label(sc *scope, i int) bool {
	h := sc.hits[i]
	first := sc.clause[sc.own]
	if int(h.from) < sc.own || sc.clause[h.from] != first {
		return false
	}
	p := int(h.to)
	for p < len(sc.toks) && sc.clause[p] == first {
		p++
	}
	if p == len(sc.toks) || p-sc.own > 6 {
		return false
	}
	gap := a.text[a.toks[sc.toks[p-1]].end:a.toks[sc.toks[p]].start]
	if !strings.Contains(gap, ":") {
		return false
	}
	for _, g := range sc.hits[i+1:] {
		if ge, he := sc.en(g), sc.en(h); ge.Class == he.Class && ge.Group == he.Group && int(g.from) >= p {
			return true
		}
	}
	return false
}

// dataBefore reports whether a data type stands before hit h in its clause:
// the subject of "will not be sold".
func (a *analysis) dataBefore(sc *scope, h hit) bool {
	for _, g := range sc.hits {
		if g.from >= h.from {
			break
		}
		if sc.en(g).cls == classDatatype && sc.clause[g.from] == sc.clause[h.from] {
			return true
		}
	}
	return false
}

// fromSource reports whether hit h is where data comes from: "from" stands
// shortly before it in its clause, with no "with" or "to" between.
func (a *analysis) fromSource(sc *scope, h hit) bool {
	for p := h.from - 1; p >= int32(sc.own) && p >= h.from-12 && sc.clause[p] == sc.clause[h.from]; p-- {
		switch a.word(sc.toks[p]) {
		case "from":
			return true
		case "with", "to":
			return false
		}
	}
	return false
}

// toUs reports whether the reader's verb v passes data to the company: "us"
// follows it closely in its clause ("you share it with us"), or its "to"
// opens a purpose ("provide personal information to enhance your
// experience").
func (a *analysis) toUs(sc *scope, v hit) bool {
	for p := v.to; p < v.to+8 && int(p) < len(sc.toks) && sc.clause[p] == sc.clause[v.from]; p++ {
		if a.word(sc.toks[p]) == "us" {
			return true
		}
	}
	// "you may be invited to provide personal information to enhance your
	// experience": the "to" opens a purpose, no one else receives.
	for _, g := range sc.hits {
		if g.from == v.to-1 && sc.en(g).ID == "purpose" {
			return true
		}
	}
	return false
}

// word returns the lower-case ASCII form of a token of up to ten bytes, for
// the few grammar words the engine tests directly: the input itself when it
// has no capitals, else the vocabulary's copy or a new one. It is not
// inlined: its 65 call sites each carried a copy of the loop (47 KB of WASM).
//
//go:noinline
func (a *analysis) word(k int) string {
	t := a.toks[k]
	if t.end-t.start > 10 {
		return ""
	}
	s := a.text[t.start:t.end]
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return a.lower(s) // "We", "You"
		}
	}
	return s // most words: the input itself, no copy
}

// lower returns s with its ASCII capitals made lower case: the vocabulary's
// copy when it has the word ("we", "you"), else a new one.
func (a *analysis) lower(s string) string {
	var buf [10]byte
	n := copy(buf[:], s)
	for i := range n {
		if c := buf[i]; c >= 'A' && c <= 'Z' {
			buf[i] = c + 'a' - 'A'
		}
	}
	if w := a.lx.words.text(buf[:n]); w != "" {
		return w
	}
	return string(buf[:n])
}

// inSet reports whether token k is in word set w (rules class "words").
func (a *analysis) inSet(k int, w wordSet) bool {
	set := a.lx.sets[w]
	id := a.toks[k].id
	return int(id) < len(set) && set[id]
}

// setFrom reports whether a word of set w stands in the scope from position
// from on (sc.own: the sentence's own words; 0: with its list intro).
func (a *analysis) setFrom(sc *scope, from int, w wordSet) bool {
	set := a.lx.sets[w]
	for p := from; p < len(sc.toks); p++ {
		if id := a.toks[sc.toks[p]].id; int(id) < len(set) && set[id] {
			return true
		}
	}
	return false
}

// listedWith reports whether a word of set w stands within three words of
// hit h, in its clause, with only commas and "and" / "or" between: a list.
func (a *analysis) listedWith(sc *scope, h hit, w wordSet) bool {
	if a.setBefore(sc, h.from, 3, w) {
		return true
	}
	for q := h.to; int(q) < len(sc.toks) && q < h.to+3 && sc.clause[q] == sc.clause[h.from]; q++ {
		if a.inSet(sc.toks[q], w) {
			return true
		}
	}
	return false
}

// occasion reports whether position p lies in a clause that says when the
// reader does something: "when you", "if you", "whenever you" within eight
// words before p.
func (a *analysis) occasion(sc *scope, p int32) bool {
	for q := p - 1; q > max(int32(sc.own), p-9) && sc.clause[q] == sc.clause[p]; q-- {
		if a.word(sc.toks[q]) == "you" {
			switch a.word(sc.toks[q-1]) {
			case "when", "if", "whenever":
				return true
			}
		}
	}
	return false
}

// setBefore reports whether a word of set w stands within n words before
// position p, in p's clause.
func (a *analysis) setBefore(sc *scope, p, n int32, w wordSet) bool {
	for q := p - 1; q >= max(0, p-n) && sc.clause[q] == sc.clause[p]; q-- {
		if a.inSet(sc.toks[q], w) {
			return true
		}
	}
	return false
}

// ages finds a minimum age in a sentence about children: "under 13",
// "under the age of 16", "18 years or older".
func (a *analysis) ages(sc *scope, s *sentence, c *sentenceContext) {
	if !c.children {
		return
	}
	for p := sc.own; p < len(sc.toks); p++ {
		k := sc.toks[p]
		n := a.toks[k].num
		if n < 12 || n > 21 {
			continue
		}
		ok := false
		for q := p - 1; q >= sc.own && q >= p-4; q-- {
			switch a.word(sc.toks[q]) {
			case "under", "below", "age", "ages", "younger", "than", "least", "over", "minimum":
				ok = true
			}
		}
		if p+1 < len(sc.toks) {
			switch a.word(sc.toks[p+1]) {
			case "years", "year", "yrs", "and", "or":
				ok = true
			}
		}
		if !ok {
			continue
		}
		t := a.toks[k]
		f := Finding{Kind: "children", ID: "min-age", Category: "specific-audiences", Start: int(t.start), End: int(t.end),
			Text: a.text[int(t.start):int(t.end)], Rule: "children.min-age", Sentence: Span{s.start, s.end}}
		f.Explanation = "The minimum age they state: " + strconv.Itoa(int(n)) + "."
		if a.minAge == 0 || int(n) > a.minAge {
			a.minAge = int(n)
		}
		a.findings = append(a.findings, f)
		return
	}
}

// periods finds retention periods: a number (or "one".."twelve") followed by
// a time unit, in a sentence about keeping data.
func (a *analysis) periods(sc *scope, s *sentence, c *sentenceContext) {
	if !c.retain && !c.store {
		return
	}
	for _, h := range sc.hits {
		e := sc.en(h)
		if int(h.from) < sc.own+1 || e.cls != classRetention || e.ID != "period" {
			continue
		}
		k := sc.toks[h.from-1]
		if a.toks[k].num <= 0 && !numberWord(a.word(k)) {
			continue
		}
		if !c.retain {
			// Only a verb of keeping or deleting: the period must be how
			// long ("stores IP addresses for 90 days", "removes it after
			// 90 days"), not any number of days in the sentence ("we store
			// your request and respond within 30 days").
			before, after := "", ""
			if int(h.from) >= sc.own+2 {
				before = a.word(sc.toks[h.from-2])
			}
			if int(h.to) < len(sc.toks) {
				after = a.word(sc.toks[h.to])
			}
			if before != "for" && before != "after" && before != "to" && after != "after" { // "up to", "30 days after"
				continue
			}
		}
		t0, t1 := a.toks[k], a.toks[sc.toks[h.to-1]]
		f := Finding{Kind: "retention", ID: "period", Category: "data-retention", Start: int(t0.start), End: int(t1.end),
			Text: a.text[int(t0.start):int(t1.end)], Rule: "retention.period", Sentence: Span{s.start, s.end}}
		f.Explanation = "A retention period they state: " + f.Text + "."
		a.findings = append(a.findings, f)
	}
}

func numberWord(w string) bool {
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"fifteen", "twenty", "thirty", "sixty", "ninety":
		return true
	}
	return false
}
