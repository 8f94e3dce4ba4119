package analyzer

import (
	"iter"
	"strconv"
	"strings"
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

func (vw *view) context(s *sentence) sentenceContext {
	// A line ending in a colon may be a list's intro ("We may share your
	// information with:"), a sentence rather than a title.
	colon := mayEndWithColon(vw.d.text[s.start:s.end]) && endsWithColon(strings.TrimSpace(vw.d.text[s.start:s.end]))
	c := sentenceContext{heading: vw.d.blocks[s.block].kind == blockHeading && !colon, leads: colon, topicAt: -1}
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
	for _, h := range vw.hits {
		e := vw.en(h)
		switch e.Class {
		case "cue":
			// "Canary does not presently support Do Not Track.": the name,
			// capitalised, with no signal word after it.
			if e.ID == "negation" && vw.dntName(h) {
				c.dnt, c.otherTopic = true, true
			}
			switch e.ID {
			case "collect", "use":
				c.collect = c.collect || e.ID == "collect"
				c.use = c.use || e.ID == "use"
				// "They may use it": the actor is part of the verb's words.
				w := vw.word(h.from)
				if w == "they" || w == "we" {
					actor(h, w == "they")
				}
				// "Information is used", "for purposes of": no actor
				// before these words of using acts through them.
				if firstCollect < 0 && (e.ID == "collect" || !vw.in(h.from, wordsNoActorUse)) {
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
				if w := vw.word(h.from); w != "our" && w != "ours" && w != "us" {
					actor(h, false)
				}
			case "other-actor":
				actor(h, true)
			case "you":
				c.you = true
			case "user-pref":
				// "If you do not agree": the reader, and a choice.
				c.choice = true
				c.you = c.you || vw.hasWord(h, "you")
			case "meta":
				// "The types of information we collect include your name":
				// not a pointer to what the policy says, but the list itself.
				// "(see the section below for more information)": an aside
				// in parentheses points elsewhere, the sentence around it
				// still states its practice.
				c.meta = c.meta || !vw.lists(h.to) && !vw.inParens(h)
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
			actor(h, !(p >= 2 && vw.word(int32(p-1)) == "our" && (vw.word(int32(p-2)) == "or" || vw.word(int32(p-2)) == "and")))
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
	if vw.own == 0 && len(vw.toks) > 1 {
		switch w := vw.word(int32(vw.own)); w {
		case "never", "avoid", "dont":
			c.warning = true
		case "do", "please":
			c.warning = vw.word(int32(vw.own+1)) == "not" || w == "please" && vw.word(int32(vw.own+1)) == "dont"
		}
	}
	// "Your device type, browser type and language;": an item of a list
	// whose intro is out of view (pasted without it). What a policy lists
	// this way is what it collects or uses.
	// The block's last sentence may stop short of its ";" or ",".
	b := &vw.d.blocks[s.block]
	if vw.own == 0 && s.end <= b.end {
		t := strings.TrimSpace(vw.d.text[s.start:s.end])
		rest := strings.TrimSpace(vw.d.text[s.end:b.end])
		if rest = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(rest, "and"), "or")); len(rest) <= 1 {
			t += rest
		}
		t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(t, " and"), " or"))
		c.listed = strings.HasSuffix(t, ";") || strings.HasSuffix(t, ",") ||
			(b.kind == blockListItem && b.intro < 0 && s.tokFrom == b.tokFrom || b.kind != blockHeading && dataFirst(vw) && dataHits(vw) >= 2 && vw.setFrom(vw.own, wordsListing) && !vw.sentenceHas("refers", "means", "defined")) && vw.dataItem(&c)
	}
	c.instructs = c.instructs || vw.setFrom(vw.own, wordsInstructing)
	c.itemStart = -1
	if c.listed || b.kind == blockListItem && s.tokFrom == b.tokFrom {
		c.itemStart = vw.own
	}
	// A question ("What information do we collect?") announces a topic.
	if len(vw.toks) > vw.own {
		switch vw.word(int32(vw.own)) {
		case "what", "how", "which", "why", "who", "whom":
			c.meta = true
		}
		if end := s.end; end > 0 && vw.d.text[end-1] == '?' {
			c.meta = true
		}
	}
	if firstCollect >= 0 && actorIsThird && firstActor <= firstCollect && vw.clause[firstActor] == vw.clause[firstCollect] {
		c.thirdPartySubject = true
	}
	if !c.share && c.recipient && vw.handsOver() {
		c.share = true // "We may need to forward your name, email address and IP address to certain content providers"
	}
	// The section heading sets the scene for data types mentioned without a verb.
	if hb := vw.d.blocks[s.block].heading; hb >= 0 && vw.d.blocks[hb].tokTo-vw.d.blocks[hb].tokFrom <= 40 {
		for j := vw.d.firstHit(vw.d.blocks[hb].tokFrom); j < len(vw.d.hits) && int(vw.d.hits[j].from) < vw.d.blocks[hb].tokTo; j++ {
			h := vw.d.hits[j]
			e := vw.en(h)
			if e.cls == classCue && (e.ID == "collect" || e.ID == "use") {
				c.headingCollect = true
			}
			if e.cls == classCue && e.ID == "share" || e.cls == classRecipient {
				c.headingShare = true
			}
		}
	}
	if vw.joined {
		// Does the intro end in a negation with no verb after it? (It
		// negates the item's first sentence only: "We pledge not to: -
		// Sell your data. We share it with service providers.")
		lastNeg, lastVerb := int32(-1), int32(-1)
		for i, h := range vw.hits {
			if int(h.from) >= vw.own {
				break
			}
			if vw.negAt[i] {
				lastNeg = h.from
			}
			if vw.isVerb(h) {
				lastVerb = h.from
			}
		}
		c.introNeg = lastNeg >= 0 && lastNeg > lastVerb
	}
	// Do Not Track: honoured, not honoured or just mentioned.
	if c.dnt {
		c.dntStatus = "mentioned"
		for i, h := range vw.hits {
			e := vw.en(h)
			if e.Class == "dnt" && e.ID == "respond" {
				if vw.negVerb[i] {
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
			for i, h := range vw.hits {
				if vw.negAt[i] && vw.actorBefore(h.from) != "you" {
					c.dntStatus = "not-honored"
				}
			}
		}
	}
	if i := vw.firstOwn(); i >= 0 {
		h := vw.hits[i]
		c.labelled = vw.en(h).cls == classDatatype && vw.dataLabel(&c, h)
	}
	return c
}

// actorBefore returns who acts for the verb at position p: "we", "you" or
// "third" for the nearest party named before it in its clause, "" if none.
func (vw *view) actorBefore(p int32) string {
	for i := len(vw.hits) - 1; i >= 0; i-- {
		h := vw.hits[i]
		if h.from >= p || vw.clause[h.from] != vw.clause[p] {
			continue
		}
		switch {
		case vw.isCue(h, "we"):
			return "we"
		case vw.isCue(h, "you"):
			if h.to-h.from == 1 && vw.word(h.from) == "you" {
				return "you"
			}
		case vw.isCue(h, "user-pref") && vw.hasWord(h, "you"):
			// "If you do not provide information to us": the preference
			// cue holds the reader as its subject.
			return "you"
		case vw.isCue(h, "other-actor") || vw.en(h).cls == classRecipient:
			return "third"
		}
	}
	return ""
}

// ownClauseBefore yields the hits before token p in p's clause, in the
// sentence's own part (not its list intro), in order.
func (vw *view) ownClauseBefore(p int32) iter.Seq[hit] {
	return func(yield func(hit) bool) {
		for _, h := range vw.hits {
			if h.from >= p {
				return
			}
			if int(h.from) >= vw.own && vw.clause[h.from] == vw.clause[p] && !yield(h) {
				return
			}
		}
	}
}

// readerActs reports whether the reader is the subject of the verb at p:
// "you" is the first party named in the sentence's own part of its clause,
// and "we" does not follow before p ("You may not ... trade, buy or sell
// user names", but not "If you ask, we will ...").
func (vw *view) readerActs(p int32) bool {
	reader := false
	for h := range vw.ownClauseBefore(p) {
		switch {
		case vw.isCue(h, "we") && vw.word(h.from) == "we":
			return false
		case (vw.isCue(h, "you") || vw.isCue(h, "user-pref")) && vw.word(h.from) == "you":
			reader = true // "you", or "You may not" / "If you do not" as one cue
		case !reader && (vw.isCue(h, "other-actor") || vw.en(h).cls == classRecipient):
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
func (vw *view) handsOver() bool {
	toOrWith := func(q int32) bool { w := vw.word(q); return w == "to" || w == "with" }
	for _, g := range vw.hits {
		if int(g.from) < vw.own || vw.en(g).cls != classRecipient {
			continue
		}
		to := g.from - 1
		for to >= int32(vw.own) && to >= g.from-3 && !toOrWith(to) && vw.in(to, wordsDeterminers) {
			to--
		}
		// "provide your contact information, so that the advertiser can
		// fulfill the offer": the recipient is whom the data is for.
		if to > int32(vw.own) && vw.word(to) == "that" && vw.word(to-1) == "so" {
			to--
		} else if to < int32(vw.own) || !toOrWith(to) || vw.clause[to] != vw.clause[g.from] {
			continue
		}
		for q := to - 1; q >= int32(vw.own) && vw.clause[q] == vw.clause[to]; q-- {
			if vw.in(q, wordsHandingOver) {
				if vw.dataBetween(q, to) {
					return true
				}
				break
			}
		}
	}
	return false
}

// dataBetween reports whether a data type is named between positions from
// and to of the view.
func (vw *view) dataBetween(from, to int32) bool {
	for _, d := range vw.hits {
		if d.from >= to {
			break
		}
		if d.from > from && vw.en(d).cls == classDatatype {
			return true
		}
	}
	return false
}

// inParens reports whether hit h stands inside parentheses within its
// sentence.
func (vw *view) inParens(h hit) bool {
	from, at := int(vw.tok(int32(vw.own)).start), int(vw.tok(h.from).start)
	if from > at {
		return false
	}
	open := strings.LastIndexByte(vw.d.text[from:at], '(')
	return open >= 0 && strings.IndexByte(vw.d.text[from+open:at], ')') < 0
}

// lists reports whether the words at p say that what comes before them is
// made up of what follows: "include", "may include", "are", "consist of".
func (vw *view) lists(p int32) bool {
	for ; int(p) < len(vw.toks) && vw.in(p, wordsModal); p++ {
	}
	if int(p) >= len(vw.toks) {
		return false
	}
	switch vw.word(p) { // exact words: "including" after it is no list
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
func (vw *view) inPassing(c *sentenceContext, h hit, e *entry) bool {
	if !unnamed(e) || e.Sensitive || !c.otherTopic && !c.meta {
		return false
	}
	return !vw.topicLater(c, h) && !(c.keepingOnly && !c.meta && e.Group == "generic-personal")
}

// topicLater reports whether the sentence turns to security only in a
// clause after the one where data h is passed on: "They have access to
// personal information ..., but may not use it for other purposes".
func (vw *view) topicLater(c *sentenceContext, h hit) bool {
	if c.meta || !c.topicSecurity || vw.clause[c.topicAt] <= vw.clause[h.from] {
		return false
	}
	v := vw.governingVerb(h.from)
	return v >= 0 && vw.en(vw.hits[v]).ID == "share" && vw.clause[vw.hits[v].from] == vw.clause[h.from]
}

// channelNamed reports whether the sentence names messages of set w other
// than as the way to reach the company ("contact us by email").
func (vw *view) channelNamed(w wordSet) bool {
	for p := vw.own; p < len(vw.toks); p++ {
		if vw.in(int32(p), w) && !vw.howAt(int32(p)) {
			return true
		}
	}
	return false
}

// howAt reports whether position p lies in a phrase saying how to reach the
// company or use a right ("by email", "contact us").
func (vw *view) howAt(p int32) bool {
	for _, g := range vw.hits {
		if g.from <= p && p < g.to && vw.en(g).cls == classHow {
			return true
		}
	}
	return false
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
		if !vw.in(int32(p), wordsGiving) {
			continue
		}
		switch prev := vw.word(int32(p-1)); {
		case prev == "to" && p >= vw.own+2:
			if vw.in(int32(p-2), wordsDeclining) && vw.youBefore(p-2, 4) {
				return true
			}
		case prev == "not" && p >= vw.own+3 && vw.word(int32(p-3)) == "you":
			return true // "if you do not provide"
		}
	}
	return false
}

// youBefore reports whether "you" stands within n words before position p
// of the sentence ("you may always choose not to").
func (vw *view) youBefore(p, n int) bool {
	for q := p - 1; q >= max(vw.own, p-n); q-- {
		if vw.word(int32(q)) == "you" {
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
func (vw *view) dataLabel(c *sentenceContext, h hit) bool {
	if int(h.from) != vw.own || h.to-h.from < 2 || int(h.to) >= len(vw.toks) || c.heading || c.otherTopic || c.meta || c.choice || c.change || c.children {
		return false
	}
	for p := h.from; p < h.to; p++ {
		if t := vw.tok(p); !titleCase(t) {
			return false
		}
	}
	last := vw.tok(h.to-1)
	switch w := vw.d.text[last.start:last.end]; {
	case strings.EqualFold(w, "information"), strings.EqualFold(w, "data"), strings.EqualFold(w, "details"):
		return !titleCase(vw.tok(h.to))
	}
	return false
}

// whoDoes reports whether "who" asks about the actor of the words at p:
// "who can see", "who may access".
func (vw *view) whoDoes(p int32) bool {
	q := p - 1
	if q >= int32(vw.own) && vw.in(q, wordsModal) {
		q--
	}
	return q >= int32(vw.own) && vw.word(q) == "who"
}

// place reports whether the bare location word at h names a place rather
// than where the reader is: plural ("locations outside the United States")
// unless the reader's, or after a word that picks out a place ("a", "one",
// "applicable", "franchised", "online", "store").
func (vw *view) place(h hit) bool {
	if h.from > int32(vw.own) {
		switch k := vw.toks[h.from-1]; {
		case vw.d.inSet(k, wordsPlacePicker):
			return int(h.to) >= len(vw.toks) || vw.word(h.to) != "based" // "a location based service" is about where you are
		case vw.d.inSet(k, wordsReaderOwner):
			return false
		}
	}
	t := vw.tok(h.to-1)
	return strings.EqualFold(vw.d.text[t.start:t.end], "locations")
}

// visitTime reports whether browsing hit h is a visit named as a time:
// "during your visits to", "upon your first visit to", "on subsequent visits
// to".
func (vw *view) visitTime(h hit) bool {
	visit := false
	q := h.from
	for ; q < h.to; q++ {
		if w := vw.word(q); w == "visit" || w == "visits" {
			visit = true
			break
		}
	}
	if !visit {
		return false
	}
	for q--; q >= int32(vw.own) && vw.in(q, wordsVisitModifier); q-- {
	}
	// "ads based on their visits to this website" is what is used.
	return q >= int32(vw.own) && vw.in(q, wordsVisitTime) &&
		!(q > int32(vw.own) && vw.word(q) == "on" && vw.word(q-1) == "based")
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
	for p < len(vw.toks)-1 && (vw.tok(int32(p)).num >= 0 || vw.tok(int32(p)).end-vw.tok(int32(p)).start == 1) {
		p++ // "6. You may ...", "(c) ..."
	}
	switch vw.word(int32(p)) {
	case "you", "we", "if", "please", "to":
		return false
	}
	return true
}

// ourAddress reports whether the contact data at p is how to reach the
// company: "us at [the|our] ...", "us by ...".
func (vw *view) ourAddress(p int32) bool {
	q := p - 1
	if q >= 0 && vw.in(q, wordsAddressLead) {
		q--
	}
	if q < 1 {
		return false
	}
	if vw.in(q, wordsAddressPrep) {
		return vw.word(q-1) == "us"
	}
	switch vw.word(q) {
	case "or", "and":
		// "at the phone numbers or postal address below": the same
		// address as the contact data before it.
		for _, g := range vw.hits {
			if g.to == q && vw.en(g).Group == "contact" && g.from < p {
				return vw.ourAddress(g.from)
			}
		}
	}
	return false
}

// sharesNoun reports whether the word at h is joined by "and" or "or" to a
// data word that ends the phrase ("payment and identity verification
// information").
func (vw *view) sharesNoun(h hit) bool {
	if int(h.to) >= len(vw.toks) || vw.word(h.to) != "and" && vw.word(h.to) != "or" {
		return false
	}
	return vw.dataBetween(h.to, min(h.to+5, int32(len(vw.toks))))
}

// negatedKeep reports whether a negated verb of keeping data governs the
// data at p: "We do not store payment information such as credit card
// details" (keeping is no data verb, so nothing else negates the details).
func (vw *view) negatedKeep(p int32) bool {
	for _, g := range vw.hits {
		if g.from >= p {
			break
		}
		if vw.clause[g.from] == vw.clause[p] && vw.keepCue(g) && vw.negatedNear(g.from, 2) {
			return true
		}
	}
	return false
}

// namesContact reports whether findings report contact data.
func (lx *lexicon) namesContact(findings []Finding) bool {
	for _, f := range findings {
		if f.Kind == "collect" || f.Kind == "share" {
			if e := lx.byClass["datatype"][f.ID]; e != nil && e.Group == "contact" {
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
func (vw *view) askedAbout(p int32, v int) bool {
	if v >= 0 && vw.hits[v].from < p {
		p = vw.hits[v].from
	}
	ask := int32(-1)
	for q := p - 1; q >= int32(vw.own) && vw.clause[q] == vw.clause[p]; q-- {
		k := vw.toks[q]
		if vw.d.word(k) == "we" {
			return false
		}
		if ask < 0 && vw.d.inSet(k, wordsAskToKnow) {
			ask = q
		}
	}
	if ask < 0 {
		return false
	}
	for q := ask + 1; q+1 < p && q-ask <= 12; q++ {
		if vw.in(q, wordsToldAbout) {
			return vw.in(q+1, wordsToldOf)
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
func (vw *view) notOurSale(c *sentenceContext, p int32) bool {
	return vw.hasWord(hit{from: 0, to: int32(len(vw.toks))}, "right", "rights") || c.meta || vw.othersAct(p) ||
		vw.setFrom(0, wordsDefining) || vw.purposeOfSelling(p) || optedOutOf(vw, p)
}

// optedOutOf reports whether the sale at p is what a right to opt out names
// ("register your preference for opting out of the sale of your personal
// information"): the right's words reach into the sale's.
func optedOutOf(vw *view, p int32) bool {
	for _, g := range vw.hits {
		if g.from > p {
			break
		}
		if e := vw.en(g); e.cls == classRight && e.ID == "opt-out-sale" && g.to > p {
			return true
		}
	}
	return false
}

// purposeOfSelling reports whether the sale at p is named as what a purpose
// is for: "the business or commercial purpose for collecting or selling
// your personal information", an item of what the CCPA lets the reader ask
// to be told, which says nothing about whether the company sells.
func (vw *view) purposeOfSelling(p int32) bool {
	for q := p - 1; q >= int32(vw.own) && q >= p-4; q-- {
		if w := vw.word(q); (w == "purpose" || w == "purposes") && q+1 < p && vw.word(q+1) == "for" {
			return true
		}
	}
	return false
}

// othersAct reports whether the first party named in the clause of p,
// before p, is a third party ("their", "advertisers"), not "we" or "you".
func (vw *view) othersAct(p int32) bool {
	for h := range vw.ownClauseBefore(p) {
		switch {
		case vw.isCue(h, "we") || vw.isCue(h, "you") || vw.isCue(h, "user-pref"):
			return false
		case vw.isCue(h, "other-actor") || vw.en(h).cls == classRecipient:
			return true
		}
	}
	return false
}

// negatedVerb reports whether verb vi is negated, counting a negation carried
// over from a list's intro into the item's first clause.
func (vw *view) negatedVerb(vi int, c *sentenceContext) bool {
	if vw.negVerb[vi] {
		return true
	}
	h := vw.hits[vi]
	return c.introNeg && int(h.from) >= vw.own && vw.clause[h.from] == vw.clause[vw.own]
}

// inName reports whether the title-case word at p follows another
// title-case word inside the sentence: part of a name, not a common noun
// ("Kaleida Health", but not "Health information" at a sentence start).
func (vw *view) inName(p int32) bool {
	if int(p) <= vw.own {
		return false
	}
	t, prev := vw.tok(p), vw.tok(p-1)
	if !titleCase(t) || !titleCase(prev) || t.sepBefore != sepSpace {
		return false
	}
	switch vw.word(p-1) {
	case "your", "our", "the", "a", "an", "their", "his", "her", "its", "my", "any", "and", "or", "of":
		return false // "Your Email", "Name and Email" in a title
	}
	return true
}

// titleAt reports whether the word at p, in the sentence, is title-case
// and joined to the one before by a space.
func (vw *view) titleAt(p int32) bool {
	if int(p) >= len(vw.toks) {
		return false
	}
	t := vw.tok(p)
	return titleCase(t) && t.sepBefore == sepSpace
}

// titleCase reports whether t starts with a capital and is not all capitals.
func titleCase(t token) bool { return t.flags&tokUpper != 0 && t.flags&tokAllCaps == 0 }

// dataAt reports whether a data type is named at position p.
func (vw *view) dataAt(p int32) bool {
	for _, g := range vw.hits {
		if vw.en(g).cls == classDatatype && g.from <= p && p < g.to {
			return true
		}
	}
	return false
}

// deletedNear reports whether a word of deleting stands within two words
// of h in its clause ("permanently deleted", "permanently de-identify").
func (vw *view) deletedNear(h hit) bool {
	for p := max(h.from-2, int32(vw.own)); p < h.to+2 && int(p) < len(vw.toks); p++ {
		if p >= h.from && p < h.to || vw.clause[p] != vw.clause[h.from] {
			continue
		}
		if vw.in(p, wordsDeleting) {
			return true
		}
	}
	return false
}

// keeps reports whether the sentence has a verb of keeping data.
func (vw *view) keeps() bool {
	for _, h := range vw.hits {
		if vw.keepCue(h) {
			return true
		}
	}
	return false
}

// keepCue reports whether h is a verb of keeping data ("we store", "kept"),
// not one of deleting it, which the same cue holds.
func (vw *view) keepCue(h hit) bool {
	return vw.isCue(h, "store") && vw.in(h.from, wordsKeeping)
}

// introShares reports whether the list intro has a sharing verb and the
// item none of its own.
func (vw *view) introShares() bool {
	intro := false
	for _, vi := range vw.verbs {
		v := vw.hits[vi]
		if e := vw.en(v); e.ID != "share" && e.Class != "sale" {
			continue
		}
		if int(v.from) >= vw.own {
			return false
		}
		intro = true
	}
	return intro
}

// hasData reports whether the sentence names a specific kind of data of a
// group other than except ("" for any).
func hasData(vw *view, except string) bool {
	for _, h := range vw.hits {
		e := vw.en(h)
		if e.cls == classDatatype && e.Group != except && !unnamed(e) && int(h.from) >= vw.own {
			return true
		}
	}
	return false
}

// dataFirst reports whether the sentence opens with data: its first hit is
// data, within its first four words, and not a tracking technology (which
// such a sentence defines: "Web beacons are small strings of code").
func dataFirst(vw *view) bool {
	i := vw.firstOwn()
	if i < 0 {
		return false
	}
	h := vw.hits[i]
	e := vw.en(h)
	return e.cls == classDatatype && e.Group != "cookies-tracking" && int(h.from) < vw.own+4
}

// firstOwn returns the index of the sentence's first hit of its own (after
// its list intro), or -1.
func (vw *view) firstOwn() int {
	for i, h := range vw.hits {
		if int(h.from) >= vw.own {
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
func dataHits(vw *view) int {
	n := 0
	for _, h := range vw.hits {
		if e := vw.en(h); e.cls == classDatatype && !h.weak && !unnamed(e) && int(h.from) >= vw.own {
			n++
		}
	}
	return n
}

// listedWithData reports whether weak data word i stands in a list of data
// ("email, name, phone, IP address"): a specific data type named within a
// few words of it, in its clause.
func listedWithData(vw *view, i int) bool {
	h := vw.hits[i]
	for j, g := range vw.hits {
		if e := vw.en(g); j == i || g.weak || e.cls != classDatatype || unnamed(e) {
			continue
		}
		if vw.clause[g.from] == vw.clause[h.from] && (g.from >= h.to && g.from-h.to <= 4 || g.to <= h.from && h.from-g.to <= 4) {
			return true
		}
	}
	return false
}


// saleOfData reports whether a sale word has personal data as its object.
func (vw *view) saleOfData(h hit) bool {
	// "where we sell or negotiate to sell our business": the company is
	// sold, its data goes with it (a business transfer, not a sale).
	for _, g := range vw.hits {
		if e := vw.en(g); e.cls == classRecipient && e.ID == "business-transfer" && g.from >= h.to && g.from-h.to <= 6 && vw.clause[g.from] == vw.clause[h.from] {
			return false
		}
	}
	// "When you buy or sell an application", "you may not sell your
	// account": the reader sells, not us.
	for p := h.from - 1; p >= int32(vw.own) && p >= h.from-4 && vw.clause[p] == vw.clause[h.from]; p-- {
		w := vw.word(p)
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
	if vw.readerActs(h.from) {
		return false
	}
	// "reselling partners", "sales team": the word names something else.
	if int(h.to) < len(vw.toks) && vw.clause[h.to] == vw.clause[h.from] {
		if vw.in(h.to, wordsSaleModified) {
			return false
		}
	}
	// "trade secret", "trade shows", "trading entities": 'trade' sells data
	// only with an object ("trade your information", "sell, trade or rent it").
	if w := vw.word(h.from); h.to-h.from == 1 && (w == "trade" || w == "trades" || w == "trading" || w == "traded") {
		if int(h.to) >= len(vw.toks) {
			return false
		}
		switch next := vw.word(h.to); {
		case vw.in(h.to, wordsTradeObject):
		case next == "or" || next == "and": // "trade or rent it", not "trade or tax law"
			if int(h.to)+1 >= len(vw.toks) || !vw.in(h.to+1, wordsTradeCoordinate) {
				return false
			}
		default:
			return false
		}
	}
	// "a Rent Repayment Order": a capitalised name, not a verb.
	if int(h.from) > vw.own && int(h.to) < len(vw.toks) && titleCase(vw.tok(h.from)) && titleCase(vw.tok(h.to)) {
		return false
	}
	// "sell product lines jointly with ...", "rent or buy movies", "rent
	// their eero devices", "devices sold by Google", "advertisements that
	// we sell": goods.
	// Data named between the verb and the word makes it data ("sell data
	// about the apps you use").
	goods := func(p int) bool { return vw.in(int32(p), wordsGoods) }
	for p := int(h.to); p < len(vw.toks) && p < int(h.to)+4 && vw.clause[p] == vw.clause[h.from] && !vw.dataAt(int32(p)); p++ {
		if goods(p) {
			return false
		}
	}
	// Before the verb only as its object: "devices sold by", "advertisements
	// that we sell" (not a name: "Grinding Gear Games does not sell").
	if p := int(h.from) - 1; p >= vw.own && goods(p) && !vw.dataAt(int32(p)) && vw.tok(int32(p)).flags&tokUpper == 0 {
		return false
	}
	for p := int(h.from) - 3; p >= vw.own && p < int(h.from)-1; p++ {
		if w := vw.word(int32(p+1)); (w == "that" || w == "which") && goods(p) && vw.tok(int32(p)).flags&tokUpper == 0 {
			return false
		}
	}
	// "The CCPA sets obligations for businesses that sell personal
	// information", "Request that a business that sells ...": the law's
	// words about any business, not what this one does.
	for p := h.from - 1; p >= int32(vw.own) && p >= h.from-3; p-- {
		if w := vw.word(p); w == "that" || w == "which" || w == "who" {
			if p > int32(vw.own) {
				if b := vw.word(p-1); b == "business" || b == "businesses" || b == "companies" || b == "company" {
					return false
				}
			}
		}
	}
	// "sell an application on the Marketplace": an object with "a" or "an",
	// not a list or copy, with no data named shortly after it and no one to
	// sell it to, is a thing, not data.
	if p := int(h.to); p+1 < len(vw.toks) {
		if w := vw.word(int32(p)); w == "a" || w == "an" {
			switch vw.word(int32(p+1)) {
			case "list", "copy", "database", "file", "record", "profile":
			default:
				thing := true
				for _, g := range vw.hits {
					if vw.en(g).cls == classDatatype && int(g.from) > p && int(g.from) <= p+6 ||
						vw.en(g).cls == classRecipient && g.from > h.from && g.from-h.to <= 8 && vw.sentenceHasIn(h.to, g.from, "to") {
						thing = false
					}
				}
				if thing {
					return false
				}
			}
		}
	}
	for _, g := range vw.hits {
		if vw.en(g).cls == classDatatype && vw.clause[g.from] == vw.clause[h.from] {
			return true
		}
		if e := vw.en(g); e.cls == classRecipient && e.ID != "business-transfer" && g.from > h.from && vw.clause[g.from] == vw.clause[h.from] {
			return true
		}
	}
	for p := int(h.to); p < len(vw.toks) && p < int(h.to)+3; p++ {
		switch vw.word(int32(p)) {
		case "it", "them", "this", "that", "these", "such", "your":
			return true
		}
	}
	return false
}

// sentenceHasIn reports whether one of words stands in tokens [from, to).
func (vw *view) sentenceHasIn(from, to int32, words ...string) bool {
	return vw.hasWord(hit{from: from, to: to}, words...)
}

// sentenceHas reports whether the sentence (without its list intro) holds
// one of words.
func (vw *view) sentenceHas(words ...string) bool {
	return vw.hasWord(hit{from: int32(vw.own), to: int32(len(vw.toks))}, words...)
}

// hasWord reports whether one of words is among the tokens of h.
func (vw *view) hasWord(h hit, words ...string) bool {
	for p := h.from; p < h.to; p++ {
		w := vw.word(p)
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
func otherTransfer(vw *view, i int) bool {
	for j, g := range vw.hits {
		if e := vw.en(g); j != i && e.cls == classRecipient && e.ID == "business-transfer" {
			return true
		}
	}
	return false
}

// conditionalAction reports whether hit h is what the reader does in an
// "if you ..." / "after you ..." clause, with no word of ability or asking
// ("can", "may", "request", "right", "option") in the sentence.
func (vw *view) conditionalAction(h hit) bool {
	cond := false
	for p := h.from - 1; p >= int32(vw.own) && p >= h.from-4 && vw.clause[p] == vw.clause[h.from]; p-- {
		switch vw.word(p) {
		case "if", "when", "after", "once", "until", "before", "upon", "whenever":
			cond = true
		}
	}
	return cond && !vw.setFrom(vw.own, wordsReaderAble)
}

// label reports whether hit i is in a short label that opens its sentence
// and ends in a colon ("Geolocation Data:"), with data of the same group
// named again after it.
func (vw *view) label(i int) bool {
	h := vw.hits[i]
	first := vw.clause[vw.own]
	if int(h.from) < vw.own || vw.clause[h.from] != first {
		return false
	}
	p := int(h.to)
	for p < len(vw.toks) && vw.clause[p] == first {
		p++
	}
	if p == len(vw.toks) || p-vw.own > 6 {
		return false
	}
	gap := vw.d.text[vw.tok(int32(p-1)).end:vw.tok(int32(p)).start]
	if !strings.Contains(gap, ":") {
		return false
	}
	for _, g := range vw.hits[i+1:] {
		if ge, he := vw.en(g), vw.en(h); ge.Class == he.Class && ge.Group == he.Group && int(g.from) >= p {
			return true
		}
	}
	return false
}

// dataBefore reports whether a data type stands before hit h in its clause:
// the subject of "will not be sold".
func (vw *view) dataBefore(h hit) bool {
	for _, g := range vw.hits {
		if g.from >= h.from {
			break
		}
		if vw.en(g).cls == classDatatype && vw.clause[g.from] == vw.clause[h.from] {
			return true
		}
	}
	return false
}

// fromSource reports whether hit h is where data comes from: "from" stands
// shortly before it in its clause, with no "with" or "to" between.
func (vw *view) fromSource(h hit) bool {
	for p := h.from - 1; p >= int32(vw.own) && p >= h.from-12 && vw.clause[p] == vw.clause[h.from]; p-- {
		switch vw.word(p) {
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
func (vw *view) toUs(v hit) bool {
	for p := v.to; p < v.to+8 && int(p) < len(vw.toks) && vw.clause[p] == vw.clause[v.from]; p++ {
		if vw.word(p) == "us" {
			return true
		}
	}
	// "you may be invited to provide personal information to enhance your
	// experience": the "to" opens a purpose, no one else receives.
	for _, g := range vw.hits {
		if g.from == v.to-1 && vw.en(g).ID == "purpose" {
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
func (d *doc) word(k int) string {
	t := d.toks[k]
	if t.end-t.start > 10 {
		return ""
	}
	s := d.text[t.start:t.end]
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return d.lower(s) // "We", "You"
		}
	}
	return s // most words: the input itself, no copy
}

// lower returns s with its ASCII capitals made lower case: the vocabulary's
// copy when it has the word ("we", "you"), else a new one.
func (d *doc) lower(s string) string {
	var buf [10]byte
	n := copy(buf[:], s)
	for i := range n {
		if c := buf[i]; c >= 'A' && c <= 'Z' {
			buf[i] = c + 'a' - 'A'
		}
	}
	if w := d.lx.words.text(buf[:n]); w != "" {
		return w
	}
	return string(buf[:n])
}

// inSet reports whether token k is in word set w (rules class "words").
func (d *doc) inSet(k int, w wordSet) bool {
	set := d.lx.sets[w]
	id := d.toks[k].id
	return int(id) < len(set) && set[id]
}

// setFrom reports whether a word of set w stands in the view from position
// from on (vw.own: the sentence's own words; 0: with its list intro).
func (vw *view) setFrom(from int, w wordSet) bool {
	set := vw.d.lx.sets[w]
	for p := from; p < len(vw.toks); p++ {
		if id := vw.tok(int32(p)).id; int(id) < len(set) && set[id] {
			return true
		}
	}
	return false
}

// listedWith reports whether a word of set w stands within three words of
// hit h, in its clause, with only commas and "and" / "or" between: a list.
func (vw *view) listedWith(h hit, w wordSet) bool {
	if vw.setBefore(h.from, 3, w) {
		return true
	}
	for q := h.to; int(q) < len(vw.toks) && q < h.to+3 && vw.clause[q] == vw.clause[h.from]; q++ {
		if vw.in(q, w) {
			return true
		}
	}
	return false
}

// occasion reports whether position p lies in a clause that says when the
// reader does something: "when you", "if you", "whenever you" within eight
// words before p.
func (vw *view) occasion(p int32) bool {
	for q := p - 1; q > max(int32(vw.own), p-9) && vw.clause[q] == vw.clause[p]; q-- {
		if vw.word(q) == "you" {
			switch vw.word(q-1) {
			case "when", "if", "whenever":
				return true
			}
		}
	}
	return false
}

// setBefore reports whether a word of set w stands within n words before
// position p, in p's clause.
func (vw *view) setBefore(p, n int32, w wordSet) bool {
	for q := p - 1; q >= max(0, p-n) && vw.clause[q] == vw.clause[p]; q-- {
		if vw.in(q, w) {
			return true
		}
	}
	return false
}

// age finds a minimum age in a sentence about children: "under 13",
// "under the age of 16", "18 years or older".
func (vw *view) age(s *sentence, c *sentenceContext) (Finding, int, bool) {
	if !c.children {
		return Finding{}, 0, false
	}
	for p := vw.own; p < len(vw.toks); p++ {
		k := vw.toks[p]
		n := vw.d.toks[k].num
		if n < 12 || n > 21 {
			continue
		}
		ok := false
		for q := p - 1; q >= vw.own && q >= p-4; q-- {
			switch vw.word(int32(q)) {
			case "under", "below", "age", "ages", "younger", "than", "least", "over", "minimum":
				ok = true
			}
		}
		if p+1 < len(vw.toks) {
			switch vw.word(int32(p+1)) {
			case "years", "year", "yrs", "and", "or":
				ok = true
			}
		}
		if !ok {
			continue
		}
		t := vw.d.toks[k]
		f := Finding{Kind: "children", ID: "min-age", Category: "specific-audiences", Start: int(t.start), End: int(t.end),
			Text: vw.d.text[int(t.start):int(t.end)], Rule: "children.min-age", Sentence: Span{s.start, s.end}}
		f.Explanation = "The minimum age they state: " + strconv.Itoa(int(n)) + "."
		return f, int(n), true
	}
	return Finding{}, 0, false
}

// periods finds retention periods: a number (or "one".."twelve") followed by
// a time unit, in a sentence about keeping data.
func (vw *view) periods(s *sentence, c *sentenceContext, dst []Finding) []Finding {
	if !c.retain && !c.store {
		return dst
	}
	for _, h := range vw.hits {
		e := vw.en(h)
		if int(h.from) < vw.own+1 || e.cls != classRetention || e.ID != "period" {
			continue
		}
		k := vw.toks[h.from-1]
		if vw.d.toks[k].num <= 0 && !numberWord(vw.d.word(k)) {
			continue
		}
		if !c.retain {
			// Only a verb of keeping or deleting: the period must be how
			// long ("stores IP addresses for 90 days", "removes it after
			// 90 days"), not any number of days in the sentence ("we store
			// your request and respond within 30 days").
			before, after := "", ""
			if int(h.from) >= vw.own+2 {
				before = vw.word(h.from-2)
			}
			if int(h.to) < len(vw.toks) {
				after = vw.word(h.to)
			}
			if before != "for" && before != "after" && before != "to" && after != "after" { // "up to", "30 days after"
				continue
			}
		}
		t0, t1 := vw.d.toks[k], vw.tok(h.to-1)
		f := Finding{Kind: "retention", ID: "period", Category: "data-retention", Start: int(t0.start), End: int(t1.end),
			Text: vw.d.text[int(t0.start):int(t1.end)], Rule: "retention.period", Sentence: Span{s.start, s.end}}
		f.Explanation = "A retention period they state: " + f.Text + "."
		dst = append(dst, f)
	}
	return dst
}

func numberWord(w string) bool {
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"fifteen", "twenty", "thirty", "sixty", "ninety":
		return true
	}
	return false
}
