package classes

import (
	"strings"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// collectClass judges the data types (rule class "datatype"): whether the
// data named is collected or used, passed on, or only named in passing.
type collectClass struct{}

func (*collectClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	vd := judgeData(vw, c, i, h)
	// "“Covered information” includes your name and phone number",
	// "Personal data means any information that identifies you, such as
	// your email address": a definition says what a term covers, not that
	// the data is collected. The data stays named (the annotators of
	// OPP-115 and MAPP label it), but only as mentioned: it is no evidence
	// of collecting or sharing while another sentence is none either (a
	// tracker's stays: "A cookie means a small file placed on your device"
	// in a section on cookies states their use).
	// So is data in the body of a definition by "we mean" ("When we say
	// processor we mean any person who processes data on our behalf").
	if vd.Keep && !vd.Negated && vw.Entry(h).Grp != lexicon.GroupCookiesTracking && (vw.DefinesData() || vw.WeMeanBody(h)) {
		vd.Incidental, vd.Reason = true, "datatype/in-a-definition"
	}
	// "IP addresses are not linked to personally identifiable
	// information", "identifiers that are not tied to you or your IP
	// address": a denial of linking data states how data is kept apart,
	// not that it is collected. Data with no verb of its own in it is
	// mentioned only (the unnamed data after the link is dropped as kept
	// apart; "The information we collect using pixel tags is not linked
	// to ..." still collects by its verb).
	if vd.Keep && !vd.Negated && !vd.Incidental && vw.GoverningVerb(h.From) < 0 && linkDenied(vw, h) {
		vd.Incidental, vd.Reason = true, "datatype/link-denied"
	}
	// "A cookie is a small text file that a website places on your
	// device", "Web beacons are tiny graphics embedded in a page": what a
	// tracker is, no statement that the company uses it. Mentioned only,
	// like data in a definition: the use is stated elsewhere ("We use
	// cookies to remember you"). Not where the company acts in it ("a
	// small file that we place on your device", "that allows us to
	// recognise you"). The other trackers such a sentence names are
	// named in the definition too ("Cookies are small files ... in the
	// domain that placed the cookie", "A pixel tag is a small image,
	// similar in function to cookies"), and so are those a tracker is
	// likened to ("Local storage is similar to browser cookies").
	if vd.Keep && !vd.Negated && !vd.Incidental && vw.Entry(h).Grp == lexicon.GroupCookiesTracking && (trackerDefinition(vw, h) || trackerDefinedBefore(vw, h)) &&
		!vw.SentenceHas(lexicon.GWe) && !vw.SentenceHas(lexicon.GOurForms) && !namedActor(vw) {
		vd.Incidental, vd.Reason = true, "datatype/defines-a-tracker"
	}
	// "When we use the term “Sensitive Personal Information”, we are
	// referring to ... health, sexual orientation", "Certain categories of
	// personal information, such as race, religion or health, are special
	// categories of data": sensitive data named to say what a term covers.
	// Only sensitive data is read so, whose mere mention would raise the
	// report's gravest concern.
	if vd.Keep && !vd.Negated && !vd.Incidental && vw.Entry(h).Sensitive && namesATerm(vw) {
		vd.Incidental, vd.Reason = true, "datatype/in-a-definition"
	}
	// "We may send you marketing emails", "unsubscribe from our
	// newsletter emails", "opt out of text messages": a message or the way
	// it reaches the reader is no email address or phone number collected.
	// The data stays named (OPP-115's annotators label such sentences with
	// contact data), but only as mentioned: the address, where it is
	// collected, is read there.
	// "Text alerts will be sent to the mobile phone number you provide",
	// "we may send you offers to your email address": the reader's
	// contact data something is sent to is where it goes, which the
	// company holds, not data it passes on.
	if vd.Keep && vd.Kind == "share" && sentTo(vw, h) {
		vd.Kind, vd.Category, vd.Reason = "collect", "first-party-collection", "datatype/sent-to"
	}
	if vd.Keep && !vd.Negated && !vd.Incidental && channel(vw, h, vd) {
		vd.Incidental, vd.Reason = true, "datatype/a-channel"
	}
	// "we ask for permission to access your device's camera", "you may
	// have the option to activate the camera", "grant microphone access":
	// the permission to use a device that takes pictures or sound names
	// the device, not what it takes. The device stays named (the
	// sentence states a collecting practice), but only as mentioned: the
	// photos or recordings are data where the sentence names them ("access
	// your camera or photos", "may conduct voice recordings").
	if vd.Keep && !vd.Negated && !vd.Incidental && h.To-h.From == 1 && vw.In(h.From, lexicon.WordsCaptureDevices) && deviceOpened(vw, i, h) {
		vd.Incidental, vd.Reason = true, "datatype/device-opened"
	}
	return vd
}

// captureHardware reports whether capture-device hit h (one word) names
// the device as hardware: a noun of a part or property right after it
// ("camera settings", "the Camera app"), a word of a property before it
// past a possessive or an article and "of" ("number and type of cameras",
// "information describing your camera"), or another part of a device
// within four words of it in its clause ("a combination of camera,
// microphone, and infrared sensor"; not a list of data that names
// "accelerometer data" further on).
func captureHardware(vw *sentence.View, h lexicon.Hit) bool {
	own := int32(vw.Own)
	if int(h.To) < len(vw.Toks) && vw.Clause[h.To] == vw.Clause[h.From] && vw.Tok(h.To).SepBefore == text.SepSpace && vw.In(h.To, lexicon.WordsDevicePartHeads) {
		return true
	}
	q := determinersBefore(vw, h.From)
	if q > own && vw.Is(q, lexicon.GOf) {
		q--
	}
	if q >= own && vw.Clause[q] == vw.Clause[h.From] && vw.In(q, lexicon.WordsDeviceAttributes) {
		return true
	}
	if !vw.MayHaveIn(lexicon.WordsDeviceParts) {
		return false
	}
	for p := max(own, h.From-4); int(p) < len(vw.Toks) && p < h.To+4; p++ {
		if vw.Clause[p] == vw.Clause[h.From] && vw.In(p, lexicon.WordsDeviceParts) {
			return true
		}
	}
	return false
}

// contactListAfter reports whether a noun of a list or of data follows
// hit h in its clause: "your contact list", "phone contact information".
func contactListAfter(vw *sentence.View, h lexicon.Hit) bool {
	return int(h.To) < len(vw.Toks) && vw.Clause[h.To] == vw.Clause[h.From] && vw.Tok(h.To).SepBefore == text.SepSpace &&
		(vw.Is(h.To, lexicon.GContactListNouns) || vw.Is(h.To, lexicon.GDataNouns))
}

// determinersBefore returns the position before p past the possessives
// and articles right before it ("your", "the", "a").
func determinersBefore(vw *sentence.View, p int32) int32 {
	q := p - 1
	for q > int32(vw.Own) && (vw.Is(q, lexicon.GPossessives) || vw.Is(q, lexicon.GThe) || vw.Is(q, lexicon.GArticle)) {
		q--
	}
	return q
}

// deviceOpened reports whether capture-device hit h, hit i, is what a
// word of opening a device to an app opens: such a word right after it
// ("camera access", "microphone permissions"), or right before the list
// of data it closes past possessives, articles, a device's name and "to"
// ("permission to access your device's camera", "access your photos and
// camera", "activate the camera").
func deviceOpened(vw *sentence.View, i int, h lexicon.Hit) bool {
	own := int32(vw.Own)
	if int(h.To) < len(vw.Toks) && vw.Clause[h.To] == vw.Clause[h.From] && vw.Tok(h.To).SepBefore == text.SepSpace && vw.In(h.To, lexicon.WordsDeviceOpening) {
		return true
	}
	from := sentence.ListHead(vw, i)
	q := from - 1
	for q > own && (vw.Is(q, lexicon.GPossessives) || vw.Is(q, lexicon.GThe) || vw.Is(q, lexicon.GArticle) || vw.Is(q, lexicon.GTo) || vw.In(q, lexicon.WordsDeviceNames)) {
		q--
	}
	return q >= own && vw.Clause[q] == vw.Clause[from] && vw.In(q, lexicon.WordsDeviceOpening)
}

// channel reports whether contact hit h, judged vd, names a way of
// reaching the reader rather than their contact data: the reader reached
// inside it ("send you newsletters"), a bare word of a way a message comes
// ("emails", "phone") under a choice of the reader's ("stop receiving our
// emails"; not "your name" there), or a bare "email" that is the
// company's message ("links in our e-mails", "the emails we send you").
func channel(vw *sentence.View, h lexicon.Hit, vd verdict) bool {
	e := vw.Entry(h)
	if e.Grp != lexicon.GroupContact {
		return false
	}
	if reachesReader(vw, h) || h.Weak && vd.Category == "user-choice" && vw.In(h.To-1, lexicon.WordsMessageWays) {
		return true
	}
	return h.Weak && vw.Doc.Lexicon.Is(e, lexicon.REmail) && (int(h.From) > vw.Own && vw.Is(h.From-1, lexicon.GOurForms) || sentByUs(vw, h))
}

// sentTo reports whether contact hit h follows "to" (past a possessive or
// an article) and a word of sending (WordsSendingTo) stands at most six
// words before that "to" in its clause.
func sentTo(vw *sentence.View, h lexicon.Hit) bool {
	if vw.Entry(h).Grp != lexicon.GroupContact || !vw.MayHaveIn(lexicon.WordsSendingTo) {
		return false
	}
	q := h.From - 1
	for q > int32(vw.Own) && (vw.Is(q, lexicon.GPossessives) || vw.Is(q, lexicon.GThe) || vw.Is(q, lexicon.GArticle)) {
		q--
	}
	if q <= int32(vw.Own) || !vw.Is(q, lexicon.GTo) || vw.Clause[q] != vw.Clause[h.From] {
		return false
	}
	for p := q - 1; p >= int32(vw.Own) && p >= q-6 && vw.Clause[p] == vw.Clause[q]; p-- {
		if vw.In(p, lexicon.WordsSendingTo) {
			return true
		}
	}
	return false
}

// sentByUs reports whether "we" and a verb of sending follow hit h, with
// "that" or "which" and one word between at most: "the emails we send
// you", "emails that we may send".
func sentByUs(vw *sentence.View, h lexicon.Hit) bool {
	q := h.To
	if int(q) < len(vw.Toks) && vw.Is(q, lexicon.GThatWhich) {
		q++
	}
	if int(q) >= len(vw.Toks) || !vw.Is(q, lexicon.GWe) {
		return false
	}
	for p := q + 1; p <= q+2 && int(p) < len(vw.Toks); p++ {
		if vw.Is(p, lexicon.GSending) {
			return true
		}
	}
	return false
}

// linkDenied reports whether data hit h stands in a clause that denies
// linking data: a word of linking before "to" or "with", a negator close
// before it ("are not linked to", "will never be tied to").
func linkDenied(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.MayHaveIn(lexicon.WordsLinking) {
		return false
	}
	for q := int32(vw.Own) + 1; int(q)+1 < len(vw.Toks); q++ {
		if vw.Clause[q] == vw.Clause[h.From] && vw.In(q, lexicon.WordsLinking) && vw.Is(q+1, lexicon.GToWith) && vw.NegatedNear(q, 2) {
			return true
		}
	}
	return false
}

// passedOnPassive reports whether data hit h is the object of verb hit vh
// in the passive, with no word of the reader's between them: a participle
// of passing data on after the data, or after the list of data it opens, no
// other data between ("If you do not wish to have your personal information
// shared with third parties", "your information may also be provided to our
// contest sponsors", "If you join a project, your username, email address
// and IP address will be shared with its owners"). The company passes it on,
// whoever the sentence's subject is (not "the information you have
// disclosed", the reader's act).
func passedOnPassive(vw *sentence.View, h, vh lexicon.Hit) bool {
	end := listEnd(vw, h)
	if end > vh.From || vh.From-end > 4 || !vw.Is(vh.From, lexicon.GPassedParticiples) || vw.Clause[h.From] != vw.Clause[vh.From] {
		return false
	}
	for q := end; q < vh.From; q++ {
		if vw.Is(q, lexicon.GReader) {
			return false
		}
	}
	// (Nor "you care how information about you is used and shared": a
	// question word before the data makes the clause a topic.)
	for q := h.From - 1; q >= int32(vw.Own) && q >= h.From-2; q-- {
		if vw.Is(q, lexicon.GQuestionWords) {
			return false
		}
	}
	// (Not "No matter which device you use, your usage data is shared":
	// the data nearest the participle is what it passes on.)
	for _, g := range vw.Hits {
		if g.From >= end && g.To <= vh.From && vw.Entry(g).Cls == lexicon.ClassDatatype {
			return false
		}
	}
	return true
}

// letsOthers reports whether verb hit vh is the act of the company the
// reader lets act, named between a verb of authorizing and "to" ("you are
// authorizing the Acme Services to share information with linked apps",
// "you authorize Acme to disclose it"): the company shares, not the reader
// (but "features that allow you to share", "allow others to have access
// to your account" are the reader's acts).
func letsOthers(vw *sentence.View, vh lexicon.Hit) bool {
	if vh.From < 3 || !vw.Is(vh.From-1, lexicon.GTo) {
		return false
	}
	named := false
	for q := vh.From - 2; q >= vh.From-6 && q >= 0 && vw.Clause[q] == vw.Clause[vh.From]; q-- {
		switch {
		case vw.Is(q, lexicon.GReader):
			return false
		case vw.In(q, lexicon.WordsAuthorizing):
			return named && q < vh.From-2
		case vw.Is(q, lexicon.GUs) || nameToken(vw, q):
			named = true
		}
	}
	return false
}

// trackerDefinition reports whether tracker hit h opens a sentence that
// says what it is: "A cookie is a small text file", "Web beacons are tiny
// graphics" (not "Cookies are used for sessions", a use).
func trackerDefinition(vw *sentence.View, h lexicon.Hit) bool {
	return definedTracker(vw, h) && !participleAfter(vw, h) || int(h.From)-vw.Own <= 1 && vw.DefinesData()
}

// trackerDefinedBefore reports whether a tracker hit before hit h opens a
// sentence that says what that tracker is (trackerDefinition).
func trackerDefinedBefore(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.From >= h.From {
			return false // (the hits are in order of position)
		}
		if vw.Entry(g).Grp == lexicon.GroupCookiesTracking && trackerDefinition(vw, g) {
			return true
		}
	}
	return false
}

// participleAfter reports whether a participle follows the form of "be"
// after hit h: "Cookies are used for sessions" states a use, no definition.
func participleAfter(vw *sentence.View, h lexicon.Hit) bool {
	p := h.To + 1
	if int(p) >= len(vw.Toks) {
		return false
	}
	t := vw.Tok(p)
	return strings.HasSuffix(strings.ToLower(vw.Doc.Text[t.Start:t.End]), "ed") || vw.In(p, lexicon.WordsCookieActs)
}

// namedActor reports whether a name is the subject of a relative clause in
// the sentence: "a text string that Acme stores in your browser" names who
// sets the tracker.
func namedActor(vw *sentence.View) bool {
	for p := int32(vw.Own); int(p)+1 < len(vw.Toks); p++ {
		if vw.Is(p, lexicon.GThatWhich) && nameToken(vw, p+1) {
			return true
		}
	}
	return false
}

// namesATerm reports whether the sentence of vw says what a term covers:
// a word of naming a term ("term", "referring to", "considered to be") in
// its own words, or a form of "be" right before a class of sensitive data
// ("are special categories of data").
func namesATerm(vw *sentence.View) bool {
	if vw.SentenceHas(lexicon.GTermNaming) {
		return true
	}
	for _, g := range vw.Hits {
		if int(g.From) > vw.Own && vw.Entry(g).ID == "sensitive-other" && vw.In(g.From-1, lexicon.WordsBeForms) {
			return true
		}
	}
	return false
}

// judgeData is Judge before a definition is weighed.
func judgeData(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	e, lx := vw.Entry(h), vw.Doc.Lexicon
	v := vw.GoverningVerb(h.From)
	if reason := notData(vw, c, i, h, e, v); reason != "" {
		return drop(reason)
	}
	// "We have never received a court order or any other request for user
	// information": data that a request names, with no verb of its own, in
	// a denial, is what was (not) asked for, no practice.
	if v < 0 && vw.Denies() && requested(vw, h) {
		return drop("datatype/requested-in-a-denial")
	}
	// (Keeping data is holding it: "Our servers maintain logs of their
	// activity: web page visits, including IP address"; not the reader's
	// keeping, "you will need your password to open the files you store
	// with us".)
	practice := c.Collect || c.Use || c.Share || c.Sale || c.HeadingCollect || c.HeadingShare || c.ThirdPartySubject || c.Retain || c.Carried.Collect || c.Carried.Share || c.Listed ||
		c.Store && othersKeep(vw)
	// (A heading or the sentence before naming collection does not
	// make a choice sentence one about collecting.)
	own := ownPractice(c)
	if v < 0 && !own && (c.Choice || c.ChoiceRight || e.Grp == lexicon.GroupCookiesTracking && refusable(vw, h)) && choiceGroup(e) {
		// "unsubscribe from our emails", "you can disable cookies",
		// "cookies already saved can be deleted": a choice the reader has
		// over data the service holds or sets.
		return kept("datatype/reader-choice", finding(e, "collect", "user-choice"))
	}
	if h.Weak && v < 0 && !(c.IntroNeg || vw.Own > 0 && (c.Collect || c.Share || c.Use) || practice && e.Grp != lexicon.GroupUnspecified && sentence.ListedWithData(vw, i, false)) {
		return drop("datatype/weak-without-verb")
	}
	// A bare "email", "phone" or "address" is mostly the channel or
	// something else ("clear gifs in emails we send", "unsubscribe from our
	// emails", "to address your request"); it is the reader's contact only
	// as the verb's object ("collect email") or in a list of data ("email,
	// name, phone, IP address, browser information, and address").
	// Nor is one that ends a compound ("website address", "MAC address",
	// "mobile phone", "domain name"), names a thing ("the address of") or
	// the way of a message before it ("our e-mail messages", "record phone
	// calls": the message, not the reader's address or number), or modifies
	// a thing's name ("email subscriptions", "phone model": words
	// contact-heads).
	if h.Weak && e.Grp == lexicon.GroupContact && (compound(vw, h) || int(h.To) < len(vw.Toks) && (vw.Is(h.To, lexicon.GOf) || vw.Tok(h.To).SepBefore == text.SepSpace && (vw.In(h.To, lexicon.WordsMessageWays) || vw.In(h.To, lexicon.WordsContactHeads)))) {
		return drop("datatype/bare-contact-word")
	}
	// "Customer support: Address your requests", "Email us at ...", "phone
	// our office": a bare contact word right before "your", "our" or "us"
	// is a verb.
	if h.Weak && e.Grp == lexicon.GroupContact && h.To-h.From == 1 && int(h.To) < len(vw.Toks) && vw.Tok(h.To).SepBefore == text.SepSpace &&
		(vw.Is(h.To, lexicon.GPossessives) || vw.Is(h.To, lexicon.GUs)) {
		return drop("datatype/contact-word-as-verb")
	}
	if h.Weak && v >= 0 && e.Grp == lexicon.GroupContact && !lx.Is(e, lexicon.RName) && !sentence.ListedWithData(vw, i, true) {
		// (The verb's object, or an item of the list that is: "collect
		// email", "use your email", "collect your name, email and phone";
		// not "use this information to address".)
		if vh, head := vw.Hits[v], sentence.ListHead(vw, i); !(head == vh.To || head-vh.To == 1 && vw.In(vh.To, lexicon.WordsDeterminers)) {
			return drop("datatype/bare-contact-word")
		}
	}
	// "We will periodically send you email newsletters", "we may contact
	// you by phone": the words of reaching the reader state a use of the
	// reader's contact details themselves.
	if v < 0 && !practice && !c.Labelled && !c.Question && !c.Heading && e.Grp == lexicon.GroupContact && reachesReader(vw, h) && vw.ActorBefore(h.From) != sentence.PartyReader {
		return collectOrShare(vw, c, h, e, v)
	}
	if v < 0 && !practice && !c.Labelled {
		if cookiesAtWork(vw, c, h, e) {
			return cookiesVerdict(vw, c, h, collectOrShare(vw, c, h, e, v), c.Recipient)
		}
		return drop("datatype/no-practice")
	}
	return collectOrShare(vw, c, h, e, v)
}

// placeAsReach reports whether location hit h names where the reader is
// only as what something holds regardless of, or as where a law applies:
// right after a word of place-reach, or after one and "of" or "in" (and
// "the"): "regardless of where you are located", "no matter where you
// live", "the laws of the country in which you live", "the laws where you
// are located". No data of the reader's is collected there.
func placeAsReach(vw *sentence.View, h lexicon.Hit) bool {
	p := h.From - 1
	if p >= int32(vw.Own) && vw.Is(p, lexicon.GThe) {
		p--
	}
	if p >= int32(vw.Own) && vw.In(p, lexicon.WordsPlaceReach) {
		return true
	}
	return p > int32(vw.Own) && (vw.Is(p, lexicon.GOf) || vw.In(p, lexicon.WordsPlaceReach)) && vw.In(p-1, lexicon.WordsPlaceReach)
}

// notData returns why data hit h (entry e, governing verb v or -1) names no
// data of the reader's here, or "" when it may.
func notData(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit, e *lexicon.Entry, v int) string {
	if inPassing(vw, c, h, e) {
		return "datatype/in-passing"
	}
	if e.Grp == lexicon.GroupLocation && placeAsReach(vw, h) {
		return "datatype/place-as-reach"
	}
	// "We are not responsible for the privacy practices of such sites,
	// including their use of any information (such as IP number, browser
	// type)", "This policy does not cover the use of cookies by any
	// advertisers": data named in a sentence that disclaims what others
	// do with it is what their practices, outside the policy, concern; the
	// policy states no practice of the company's with it: data after the
	// disclaimer, or close before it with no verb of its own ("Your
	// interactions with these sites are not governed by this policy"); not
	// data a practice stated before it names ("Ad networks may use cookies
	// to track users' activities on this site; we have no control over
	// these cookies" states their tracking). (Not a
	// tracker: "the Platform may include cookies of third parties, which
	// we do not control" still says that they are set on it.)
	if c.Disclaims && e.Grp != lexicon.GroupCookiesTracking && disclaimedData(vw, h) {
		return "datatype/disclaimed"
	}
	// "IP addresses are not linked to personally identifiable
	// information", "Clear gifs are not tied to your personal data": what
	// other data is kept apart from is no data collected or passed on.
	if sentence.Unnamed(e) && keptApart(vw, h) {
		return "datatype/kept-apart"
	}
	// "For more information, see ...", "visit their policies for further
	// information about their practices": a pointer to more reading, no
	// data of the reader's (but "we may ask for additional information"
	// asks for data).
	if vw.IsRule(h, lexicon.RInfoGeneric) && h.To-h.From == 1 && h.From >= int32(vw.Own)+2 && vw.Is(h.From-1, lexicon.GLearnMore) && vw.Is(h.From-2, lexicon.GFor) && !vw.InCollectVerb(h.From-2) {
		return "datatype/pointer-to-reading"
	}
	// "Many websites collect your personal data without telling you": what
	// other companies in general do, said to set the company apart.
	if vw.OthersInGeneral() {
		return "datatype/others-in-general"
	}
	// "statistical, demographic and marketing analyses of our users",
	// "marketing and demographic studies": a bare "demographic" before a
	// word of a study names the kind of study, not the reader's data.
	if vw.IsRule(h, lexicon.RDemographics) && h.To-h.From == 1 && kindOfStudy(vw, h) {
		return "datatype/kind-of-study"
	}
	// "an address assigned to your computer by your Internet service
	// provider", "the place from which you enter the Internet, like your
	// ISP": the provider that assigns or routes, not data about the
	// reader's connection.
	if e.Grp == lexicon.GroupComputerInfo && networkAgent(vw, h) {
		return "datatype/network-agent"
	}
	// "Service Providers (data analytics providers; operating systems and
	// platforms)", "advertising networks, internet service providers,
	// operating systems and platforms, social networks": a computer word
	// in a list of parties names a kind of company, not the reader's
	// computer.
	if e.Grp == lexicon.GroupComputerInfo && inPartyList(vw, h) {
		return "datatype/in-a-list-of-parties"
	}
	// "We obtain your IP address from the device that you use", "stored
	// on the device you use to access the service": the device the reader
	// uses, named as where data is read or kept, is no data about it.
	if e.Grp == lexicon.GroupComputerInfo && deviceAsPlace(vw, h) {
		return "datatype/device-as-place"
	}
	// "your operating system settings", "mobile operating systems let you
	// limit ad tracking", "features vary depending on your operating
	// system": the reader's own computer as a tool or what something varies
	// with, not data about it.
	if e.Grp == lexicon.GroupComputerInfo && readersTool(vw, h) {
		return "datatype/readers-tool"
	}
	// "your IP address (the location of your computer on the Internet)":
	// the address in a network, not where the reader is.
	if e.Grp == lexicon.GroupLocation && onTheInternet(vw, h) {
		return "datatype/a-place"
	}
	// "Kaleida Health", "Food Allergy Research": a data word inside a
	// name (a strong one only with the name going on after it, as
	// "Advertising Cookies." names cookies).
	if h.To-h.From == 1 && !c.Heading && vw.InName(h.From) && (h.Weak || vw.TitleAt(h.To)) {
		return "datatype/in-name"
	}
	// "a credit card processing company", "payment services",
	// "financial institutions", "our Cookie Policy": the data word names a
	// business or a document; a payment word does so too as the first of
	// two joined by "and" or "or" ("credit card and billing processing",
	// "credit card or other payment processing"; but not "cookies and
	// location services", "social media and social networking services").
	if int(h.To) < len(vw.Toks) && vw.Clause[h.To] == vw.Clause[h.From] && vw.Tok(h.To).SepBefore == text.SepSpace && (vw.In(h.To, lexicon.WordsNotDataAfter) || e.Grp == lexicon.GroupFinancial && businessJoined(vw, h)) {
		return "datatype/names-a-business"
	}
	// A heading such as "Sharing of Information" names the topic of the
	// section below it; the sentences there state the practice.
	if sentence.Unnamed(e) && c.Heading {
		return "datatype/heading-topic"
	}
	// "Information You Provide. We collect your name ...", "Information
	// you give us. You can give us ...": a sentence that is only a vague
	// name of the reader's data, in capitals, is a run-in title; the
	// sentences after it say what the data is and what happens to it (a
	// list item's words after its intro are the data itself; a line of its
	// own is a heading, or all a quote has).
	if sentence.Unnamed(e) && runInTitle(vw, h) && vw.GoesOn() {
		return "datatype/heading-topic"
	}
	// "Geolocation Data: We do not collect your longitude and latitude":
	// the label names the topic; the statement after it says what
	// happens to that data.
	if label(vw, i) {
		return "datatype/label"
	}
	// "turn off push notifications on your phone", "data from your
	// phone": a bare "phone" after "on" or "from" and a possessive is the
	// device, not the reader's phone number.
	// So is one after a device's kind ("your Android phone") or after a
	// possessive and a word of linking a device ("unlink your phone",
	// "pair your phone with the app").
	if h.Weak && e.ID == "phone" && h.To-h.From == 1 && phoneDevice(vw, h) {
		return "datatype/a-device"
	}
	// "number and type of cameras", "If you allow the Camera app to use
	// your location", "The Kinect sensor is a combination of camera,
	// microphone, and infrared sensor": a device that takes pictures or
	// sound named as hardware, a part or a property of it, is no photo or
	// recording taken (captureHardware).
	if h.To-h.From == 1 && vw.In(h.From, lexicon.WordsCaptureDevices) && captureHardware(vw, h) {
		return "datatype/a-device"
	}
	// "facial scans or fingerprints", "biometric data such as your
	// fingerprint": a fingerprint, in a sentence with other biometric
	// data, is the reader's body, no fingerprinting of a browser ("device
	// fingerprint" is a longer hit).
	if e.Grp == lexicon.GroupCookiesTracking && bodyFingerprint(vw, h) {
		return "datatype/a-body-print"
	}
	// "You can manage your contact preferences", "the other website will
	// forward your contact and other information": the address book's
	// words in the singular ("your contact"), which its pattern matches
	// by their stem, name the reader's contact details or contacting, not
	// their contacts, unless a noun of a list or of data follows ("your
	// contact list", "phone contact information").
	if e.Grp == lexicon.GroupContact && vw.Is(h.To-1, lexicon.GContactSingular) && !contactListAfter(vw, h) {
		return "datatype/contact-singular"
	}
	// (A hit of advice makes the sentence one that instructs, Context's
	// Instructs: without it there is none to read.)
	if c.Warning || c.Instructs && advisedAgainst(vw, h) {
		return "datatype/warning"
	}
	// "You should be careful about giving your password to others": data
	// under a word of caution, passed on or given by no verb of
	// collecting or using, is what the reader is told to take care over,
	// no practice of the company's (see cautionedAt); not "to avoid the
	// collection of location by beacons, disable Bluetooth".
	if cautionedAt(vw, c, h.From) && (v < 0 || vw.IsRule(vw.Hits[v], lexicon.RShare)) {
		return "datatype/cautioned"
	}
	// "To make such a request, please send us an email and provide us
	// with your name, address and email address", "in the body of your
	// request, you must give your name and zip code": what the reader is
	// told to put in a request to the company is how to ask, not data the
	// company collects.
	if c.Instructs && inRequest(vw, h) {
		return "datatype/request-instruction"
	}
	// "Please include your email address and phone number where we can
	// reach you", "please use this contact information for legal matters
	// only", "please see the section on IP addresses": data the reader is
	// told to use, look up or put somewhere is no practice of the
	// company's (but "please note that we may retain your account
	// information" states one, after "that"; "please give us your name to
	// complete your purchase" hands it over; "please click the link in
	// our emails" is a choice over them; "please see our cookie table"
	// names the cookies the company sets).
	if c.Instructs && !c.Choice && !c.ChoiceRight && e.Grp != lexicon.GroupCookiesTracking && e.Grp != lexicon.GroupUnspecified && toldToReader(vw, h) {
		return "datatype/reader-told"
	}
	// "SSL is used to protect your credit card information as it travels",
	// "we use encryption to safeguard your payment details": data named as
	// what a measure of security protects, in a sentence that states no
	// collecting or passing on, is no practice of collecting it (but "we
	// collect your card number, which we encrypt" collects it).
	if protectedOnly(vw, c, h, v) {
		return "datatype/protected"
	}
	// "blocking spammers, addressing abuse", "emailing or phoning you",
	// "if your complaint is not addressed": words match by their stem, and
	// a bare contact word made a verb is an act, not the reader's contact.
	if h.Weak && e.Grp == lexicon.GroupContact && h.To-h.From == 1 && verbForm(vw, h.From) {
		return "datatype/an-act"
	}
	// "you can send us an email", "we will send you an email": a bare
	// "email" after "a" or "an" is a message, not the reader's address
	// (but "you must provide an email" gives one, and "an email or a
	// postal address we may use to reply" lists one).
	if h.Weak && h.To-h.From == 1 && vw.Doc.Lexicon.Is(e, lexicon.REmail) && int(h.From) > vw.Own && vw.Is(h.From-1, lexicon.GArticle) &&
		!(int(h.From) > vw.Own+1 && vw.In(h.From-2, lexicon.WordsGiving)) && !sentence.ListedWithData(vw, i, true) {
		return "datatype/a-message"
	}
	// "contact us at the phone numbers or postal address below", "write
	// to us by email", "send it to the email address provided above": the
	// company's address, not the reader's.
	if e.Grp == lexicon.GroupContact && (ourAddress(vw, h.From) || givenElsewhere(vw, h)) {
		return "datatype/our-address"
	}
	// "at one of our nine locations", "an applicable location of our
	// Services", "forwarded to the franchised location": a place.
	if h.Weak && vw.Doc.Lexicon.Is(e, lexicon.RLocation) && place(vw, h) {
		return "datatype/a-place"
	}
	// "upload photos to your profile", "delete your comments from your
	// profile": the reader's profile after a preposition of place is where
	// a thing is put or taken from, not the profile's details collected.
	if e.Grp == lexicon.GroupUserProfile && profileAsPlace(vw, h) {
		return "datatype/a-place"
	}
	// "in accordance with your profile settings", "your profile options":
	// the reader's profile before a noun of settings names the settings
	// page, not the profile's details.
	if e.Grp == lexicon.GroupUserProfile && vw.Is(h.From, lexicon.GPossessives) && int(h.To) < len(vw.Toks) && vw.Clause[h.To] == vw.Clause[h.From] &&
		vw.Tok(h.To).SepBefore == text.SepSpace && vw.In(h.To, lexicon.WordsSettingsNouns) {
		return "datatype/a-setting"
	}
	// "Depending on your location, your data may be stored in ...",
	// "practices that vary by location", "transferred outside your
	// country of residence": what something varies with or where it
	// happens, not where the reader is found to be.
	if e.Grp == lexicon.GroupLocation && placeNamed(vw, h) {
		return "datatype/a-place"
	}
	// "Cookies are small files with a unique identifier", "A clear gif is
	// a tiny graphic with a unique identifier": an identifier in the
	// definition of a tracker is part of the tracker, not the reader's
	// device identifier.
	if vw.IsRule(h, lexicon.RDeviceID) && definesTracker(vw) {
		return "datatype/part-of-a-tracker"
	}
	// "during your visit to our site", "upon your first visit to the
	// Services": when, not what is collected.
	if vw.Doc.Lexicon.Is(e, lexicon.RBrowsing) && visitTime(vw, h) {
		return "datatype/visit-time"
	}
	// "the name of the domain from which you access the internet", "the
	// name of the website": a bare name of something, not the reader's.
	if h.Weak && vw.Doc.Lexicon.Is(e, lexicon.RName) && int(h.To) < len(vw.Toks) && vw.Is(h.To, lexicon.GOf) {
		return "datatype/name-of-a-thing"
	}
	// "the names and addresses of all third parties with which we shared
	// it", "the name and address of such businesses": the contact details
	// of the companies named after them, not the reader's.
	if e.Grp == lexicon.GroupContact && partysContact(vw, h) {
		return "datatype/a-partys-contact"
	}
	// "administer contests, promotions and surveys", "conduct surveys",
	// "solicit your feedback": a bare survey is the activity or the
	// invitation, not the answers given; in "we collect your name when you
	// enter a contest, complete a survey or make a purchase" it says when
	// the data named is collected; "for feedback purposes" names an aim.
	if h.Weak && e.Grp == lexicon.GroupSurvey && (vw.SetBefore(h.From, 6, lexicon.WordsRunning) || vw.Occasion(h.From) && sentence.HasData(vw, e.Grp) ||
		int(h.To) < len(vw.Toks) && vw.Is(h.To, lexicon.GPurpose)) {
		return "datatype/survey-activity"
	}
	// "to contact you regarding contests, polls and surveys", "mailings
	// with information on new products, events or surveys": a bare survey
	// after a word of topic is what a message is about, not answers given
	// (but "we may send you surveys" sends them).
	if h.Weak && e.Grp == lexicon.GroupSurvey && surveyTopic(vw, h) {
		return "datatype/survey-topic"
	}
	// "participate in our online activities", "if you choose to engage in
	// public activities", "we offer other online activities": activities
	// taken part in are what the reader does, not data about it.
	if e.Grp == lexicon.GroupOnlineActivities && vw.In(h.To-1, lexicon.WordsActivityNouns) && vw.SetBefore(h.From, 4, lexicon.WordsTakingPart) {
		return "datatype/activity-taken-part-in"
	}
	// "This notice covers only our online activities": the company's own
	// activities are none of the reader's data.
	if e.Grp == lexicon.GroupOnlineActivities && vw.In(h.To-1, lexicon.WordsActivityNouns) && int(h.From) > vw.Own && vw.Is(h.From-1, lexicon.GOur) {
		return "datatype/our-activities"
	}
	// "questions about their use of the information they collect",
	// "more information about their use of cookies": the use of data, by
	// whoever uses it, is no activity of the reader's.
	if e.Grp == lexicon.GroupOnlineActivities && vw.Is(h.To-1, lexicon.GOf) && dataFollows(vw, h.To) {
		return "datatype/use-of-data"
	}
	// "when a service on your device contacts our servers": "contacts"
	// with an object after it is the verb, not the reader's contacts.
	if e.ID == "contacts" && h.To-h.From == 2 && int(h.To) < len(vw.Toks) && vw.Clause[h.To] == vw.Clause[h.From] &&
		vw.Tok(h.To).SepBefore == text.SepSpace && vw.Is(h.To, lexicon.GVerbObjects) {
		return "datatype/a-verb"
	}
	// "monitor the health of each server", "the health of the network": a
	// bare "health" of a thing is its state, not health data (but "the
	// health of your child", "your health, age and gender").
	if h.Weak && e.Grp == lexicon.GroupHealth && h.To-h.From == 1 && healthOfThing(vw, h) {
		return "datatype/health-of-a-thing"
	}
	// "error reporting, which is health data about the operating system and
	// applications": the health of a machine, not the reader's.
	if e.Grp == lexicon.GroupHealth && healthOfSystem(vw, h) {
		return "datatype/health-of-a-thing"
	}
	// "Web beacons are small graphic images placed in our emails",
	// "pixel tags, which can be embedded in web pages, videos or emails":
	// the image, video or email is a tracker's form or its carrier, not
	// the reader's photos or address (but "your images", "the videos you
	// record and pixel tags", and in "messages and pictures sent, and data
	// collected by cookies and other tracking technologies" the tracker is
	// another item of the list).
	if (e.ID == "photos" && vw.In(h.From, lexicon.WordsTrackerForms) || h.Weak && vw.Doc.Lexicon.Is(e, lexicon.REmail)) && trackerNamed(vw, h) &&
		!(int(h.From) > vw.Own && vw.Is(h.From-1, lexicon.GPossessives) && !vw.Is(h.From-1, lexicon.GOur)) {
		return "datatype/tracker-carrier"
	}
	// "to prevent a risk to health or safety", "a threat to life or
	// health", "public health": health is what a disclosure protects, not
	// data of the reader's.
	if h.Weak && e.Grp == lexicon.GroupHealth && h.To-h.From == 1 && healthAtRisk(vw, h) {
		return "datatype/health-at-risk"
	}
	// "health care providers", "mental health professionals", "to
	// measure our brand health": a bare health naming someone who works in
	// health, or a company's standing, not the reader's health.
	if h.Weak && e.Grp == lexicon.GroupHealth && h.To-h.From == 1 && healthRole(vw, h) {
		return "datatype/health-role"
	}
	// "when you watch a video", "we may share your video viewing
	// behavior", "image viewing statistics": what the reader watches is
	// activity, not the reader's photos or videos.
	if e.ID == "photos" && vw.In(h.From, lexicon.WordsTrackerForms) && watched(vw, h) {
		return "datatype/watched"
	}
	// "process payments", "collect payment for that treatment": a
	// bare payment word right after its verb is the act of paying
	// (but "use payment and identity verification information"); so it
	// is listed with other activities ("treatment, payment and health
	// care operations", "legal, payment, accounting ... purposes").
	// So is one that a card word makes a kind of payment and a verb of
	// handling stands before ("processing credit card payments", among a
	// vendor's functions; but "to process your payment" and "process
	// payments for subscriptions" name the reader's payment data handled).
	if h.Weak && e.Grp == lexicon.GroupFinancial && (v >= 0 && vw.Hits[v].To == h.From && !sharesNoun(vw, h) || vw.ListedWith(h, lexicon.WordsActivities) && !dataSoonAfter(vw, h) ||
		cardPayments(vw, h) && vw.SetBefore(h.From, 4, lexicon.WordsPaymentHandling)) {
		return "datatype/payment-activity"
	}
	// "Your credit card number is protected by SSL": data named in a
	// sentence about security, with no verb of its own, is protected,
	// not collected or shared. Cookies at work are not the reader's data
	// but the service's: "cookies that let you log into secure areas" are
	// set.
	if c.Security && v < 0 && !cookiesAtWork(vw, c, h, e) {
		return "datatype/protected"
	}
	// "re-enter your password", "log in with your user name and
	// password", "you must enter a password to access your account":
	// credentials the reader types to sign in prove who the reader is;
	// they are not account data the company states it collects (but
	// "when you register, enter a user name and password" gives them).
	// "We will never ask for your password by email", "we do not request
	// your card number in an unsolicited phone call": a warning against
	// phishing, what the company does not ask for in a message, not a
	// denial of collecting the data.
	if v >= 0 && vw.NegatedVerb(v, c) && vw.In(vw.Hits[v].From, lexicon.WordsAsking) && askedByMessage(vw, h) {
		return "datatype/phishing-warning"
	}
	if e.Grp == lexicon.GroupUserProfile && (signingIn(vw, h) || readerNeeds(vw, h)) {
		return "datatype/signing-in"
	}
	// "You are responsible for maintaining the secrecy of your password
	// and account information": credentials the reader is to keep secret
	// are the reader's to guard, no data the company collects.
	if e.Grp == lexicon.GroupUserProfile && vw.ActorBefore(h.From) == sentence.PartyReader && (vw.OwnSetBefore(h.From, 6, lexicon.WordsConfidentiality) >= 0 || vw.SetAfter(h.To, 6, lexicon.WordsConfidentiality)) {
		return "datatype/reader-keeps-secret"
	}
	return ""
}

// readerNeeds reports whether credentials hit h are what the reader needs
// to get in: "your" and the credentials right after a word of necessity
// whose subject is the reader, then "to" ("you will need your password to
// open your files"; not "we need your email address to ...").
func readerNeeds(vw *sentence.View, h lexicon.Hit) bool {
	p := h.From - 2
	if p <= int32(vw.Own) || int(h.To) >= len(vw.Toks) || !vw.Is(h.From-1, lexicon.GYour) || !vw.In(p, lexicon.WordsNecessity) || !vw.Is(h.To, lexicon.GTo) || !vw.HasSetWord(h, lexicon.WordsCredentialWords) {
		return false
	}
	for q := p - 1; q >= int32(vw.Own) && q >= p-3; q-- {
		if vw.Is(q, lexicon.GReader) {
			return true
		}
	}
	return false
}

// signingIn reports whether credentials hit h are typed to sign in: a word of the hit names credentials ("password",
// "user name"), a word of typing or signing in stands within six words
// before it in its clause with no other data between ("log in with your
// user name and password"; not "the data you enter, login details"), and
// the sentence opens no account ("when you register, enter a password")
// and names no cookies.
func signingIn(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.MayHaveIn(lexicon.WordsSigningIn) || vw.SetFrom(vw.Own, lexicon.WordsAccountOpening) {
		return false
	}
	named := false
	for q := h.From; q < h.To; q++ {
		named = named || vw.In(q, lexicon.WordsCredentialWords)
	}
	if !named {
		return false
	}
	// Cookies that spare the reader typing them ("cookies save you
	// re-entering your password") keep the credentials they store.
	for _, g := range vw.Hits {
		if int(g.From) >= vw.Own && vw.Entry(g).Cls == lexicon.ClassDatatype && vw.Entry(g).Grp == lexicon.GroupCookiesTracking {
			return false
		}
	}
	q := vw.OwnSetBefore(h.From, 6, lexicon.WordsSigningIn)
	if q < 0 {
		return false
	}
	first := h.From // where the first credentials after q start
	for _, g := range vw.Hits {
		if g.From > q && g.To <= h.From && vw.Entry(g).Cls == lexicon.ClassDatatype {
			if vw.Entry(g).Grp != lexicon.GroupUserProfile {
				return false
			}
			first = min(first, g.From)
		}
	}
	// A comma before them ends the act ("while logged in, a user ID is
	// recorded"); one after them lists more ("enter your user ID, PIN or
	// password").
	for p := q + 1; p <= first; p++ {
		if vw.Tok(p).SepBefore == text.SepComma {
			return false
		}
	}
	return true
}

// surveyTopic reports whether a word of topic stands within six words
// before survey hit h, in its own words and clause, not before the reader
// ("information about yourself through surveys" is collected by them),
// and a word of reaching the reader within eight words before it ("contact
// you regarding surveys"; not "aggregate information regarding responses
// in surveys", "features on the Sites such as surveys").
func surveyTopic(vw *sentence.View, h lexicon.Hit) bool {
	q := vw.OwnSetBefore(h.From, 6, lexicon.WordsTopicOf)
	return q >= 0 && !vw.Is(q+1, lexicon.GReaderObjects) && vw.OwnSetBefore(q, 8, lexicon.WordsReaching) >= 0
}

// askedByMessage reports whether a way a message comes ("by email", "in
// an unsolicited phone call") follows data hit h in its sentence: a word
// of a way within three words after a preposition of a way, within twelve
// words after the hit.
func askedByMessage(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.MayHaveIn(lexicon.WordsMessageWays) {
		return false
	}
	for q := h.To; int(q) < len(vw.Toks) && q < h.To+12; q++ {
		if !vw.In(q, lexicon.WordsWayPreps) {
			continue
		}
		for r := q + 1; int(r) < len(vw.Toks) && r <= q+3; r++ {
			if vw.In(r, lexicon.WordsMessageWays) {
				return true
			}
		}
	}
	return false
}

// dataSoonAfter reports whether a strong data hit starts within four
// words after hit h in its clause: "billing, shipping and contact details"
// lists details, not activities (a bare "health" in "payment and health
// care operations" does not).
func dataSoonAfter(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.From >= h.To && g.From < h.To+4 && !g.Weak && vw.Clause[g.From] == vw.Clause[h.From] && vw.Entry(g).Cls == lexicon.ClassDatatype {
			return true
		}
	}
	return false
}

// cardPayments reports whether a payment card hit ends right where
// financial hit h starts ("credit card payments").
func cardPayments(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.To == h.From && vw.Entry(g).ID == "payment-card" {
			return true
		}
	}
	return false
}

// kindOfStudy reports whether a word of a study follows hit h in its
// clause, right after it or after "and" or "or" and one more word
// ("demographic studies", "demographic and marketing analyses").
func kindOfStudy(vw *sentence.View, h lexicon.Hit) bool {
	q := h.To
	if int(q)+2 < len(vw.Toks) && vw.Is(q, lexicon.GAndOr) {
		q += 2
	}
	return int(q) < len(vw.Toks) && vw.Clause[q] == vw.Clause[h.From] && vw.In(q, lexicon.WordsStudyNouns)
}

// networkAgent reports whether computer-info hit h names a network
// provider ("Internet service provider", "ISP", "carrier") as a party
// rather than as data about the reader's connection: in the plural
// ("in cooperation with copyright owners, Internet service providers or
// law enforcement", "categories of sources: advertising networks, internet
// service providers"), right after "by", "like" or "from" and at most a
// possessive or an article (who assigns or routes the reader's address, or
// where data comes from: "demographic information from your mobile
// carrier"), right after "to" or "with" of a verb of passing data on (who
// gets it: "we share your data with your Internet service provider"),
// opening a clause as the subject of its verb of data, or as the
// abbreviation in brackets right after such a party ("provided by your
// Internet Service Provider (ISP)").
func networkAgent(vw *sentence.View, h lexicon.Hit) bool {
	switch {
	case vw.Is(h.To-1, lexicon.GNetworkAgents):
		// (Not "Internet service providers' names": what names them.)
		t := vw.Tok(h.To - 1)
		rest := vw.Doc.Text[t.End:]
		return !strings.HasPrefix(rest, "'") && !strings.HasPrefix(rest, "’")
	case !vw.Is(h.To-1, lexicon.GNetworkAgent):
		return false
	}
	if t := vw.Tok(h.From); t.Start > 0 && vw.Doc.Text[t.Start-1] == '(' {
		for _, g := range vw.Hits {
			if g.To == h.From && g.From < h.From && vw.Entry(g).ID == vw.Entry(h).ID {
				return networkAgent(vw, g)
			}
		}
	}
	p := h.From - 1
	if p >= int32(vw.Own) && (vw.Is(p, lexicon.GPossessives) || vw.In(p, lexicon.WordsDeterminers)) {
		p--
	}
	if p < int32(vw.Own) || vw.Clause[p] != vw.Clause[h.From] {
		// "Your wireless carrier may also collect data about your device
		// usage": the provider opening a clause whose verb of data follows
		// it does the collecting.
		v := vw.GoverningVerb(h.From)
		return v >= 0 && vw.Hits[v].From >= h.To
	}
	if vw.Is(p, lexicon.GToWith) {
		// (Not "along with your ISP", "together with your ISP": more data.)
		if vw.Is(p-1, lexicon.GAlongWith) {
			return false
		}
		v := vw.GoverningVerb(p)
		return v >= 0 && vw.Hits[v].To <= p && vw.IsRule(vw.Hits[v], lexicon.RShare)
	}
	return vw.In(p, lexicon.WordsAgentPreps)
}

// deviceAsPlace reports whether hit h names the device the reader uses
// ("the device you use", "devices used to access": a form of "use" in it)
// right after a word of place or source and at most a possessive or an
// article ("from the device that you use", "on the devices you use").
func deviceAsPlace(vw *sentence.View, h lexicon.Hit) bool {
	used := false
	for p := h.From; p < h.To; p++ {
		used = used || vw.Is(p, lexicon.GUseForms)
	}
	p := h.From - 1
	if p >= int32(vw.Own) && (vw.Is(p, lexicon.GPossessives) || vw.In(p, lexicon.WordsDeterminers)) {
		p--
	}
	return used && p >= int32(vw.Own) && vw.Clause[p] == vw.Clause[h.From] && vw.In(p, lexicon.WordsDevicePlaces)
}

// readersTool reports whether computer hit h is followed in its clause,
// after a space only, by a word of set device-controls ("operating system
// settings"; not as an item after a comma: "language settings, diagnostic
// data settings" lists data) or by a word of set letting and the reader
// ("operating systems allow you"), or follows a word of set varying, "on"
// and at most a possessive or an article ("depending on your operating
// system").
func readersTool(vw *sentence.View, h lexicon.Hit) bool {
	q := h.To
	if int(q) < len(vw.Toks) && vw.Clause[q] == vw.Clause[h.From] && vw.Tok(q).SepBefore == text.SepSpace {
		if vw.In(q, lexicon.WordsDeviceControls) && vw.Tok(h.From).SepBefore != text.SepComma {
			return true
		}
		if int(q)+1 < len(vw.Toks) && vw.In(q, lexicon.WordsLetting) && vw.Is(q+1, lexicon.GReader) {
			return true
		}
	}
	p := h.From - 1
	if p >= int32(vw.Own) && (vw.Is(p, lexicon.GPossessives) || vw.In(p, lexicon.WordsDeterminers)) {
		p--
	}
	return p > int32(vw.Own) && vw.Is(p, lexicon.GOn) && vw.In(p-1, lexicon.WordsVarying)
}

// onTheInternet reports whether location hit h is followed, within four
// words of its clause, by "on the Internet" ("the location of your
// computer on the Internet").
func onTheInternet(vw *sentence.View, h lexicon.Hit) bool {
	for q := h.To; int(q)+2 < len(vw.Toks) && q < h.To+4; q++ {
		if vw.Clause[q+2] != vw.Clause[h.From] {
			return false
		}
		if word(vw, q) == "on" && word(vw, q+1) == "the" && word(vw, q+2) == "internet" {
			return true
		}
	}
	return false
}

// word is the word at p in lower case.
func word(vw *sentence.View, p int32) string {
	t := vw.Tok(p)
	return strings.ToLower(vw.Doc.Text[t.Start:t.End])
}

// trackerNamed reports whether the sentence itself (not its intro) names a
// tracker outright ("web beacon", "pixel tag", "clear GIF"; not a bare
// "tags" or "scripts") before data hit h, or a few words after it with no
// verb of data between ("small images called web beacons").
func trackerNamed(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.Weak || int(g.From) < vw.Own || vw.Entry(g).ID != "web-beacons" {
			continue
		}
		if g.From < h.From {
			return true
		}
		if g.From-h.To <= 6 && !verbBetween(vw, h.To, g.From) {
			return true
		}
	}
	return false
}

// businessJoined reports whether "and" or "or" follows hit h and then,
// right after it or after one determiner ("other"), a hit of two words or
// more that ends in a word that names a business, a process or a
// document, or a hit right before such a word: "credit card and billing
// processing" ("billing" before "processing"), "credit card or other
// payment processing" (the provider "payment processing"). A word joined
// to the next by a hyphen does not end the name ("credit card numbers or
// other financial institution-issued information").
func businessJoined(vw *sentence.View, h lexicon.Hit) bool {
	p := h.To
	if !vw.Is(p, lexicon.GAndOr) {
		return false
	}
	ends := func(q int32) bool {
		t := vw.Tok(q)
		return vw.In(q, lexicon.WordsNotDataAfter) && !(int(t.End) < len(vw.Doc.Text) && vw.Doc.Text[t.End] == '-')
	}
	for _, g := range vw.Hits {
		if g.From != p+1 && !(g.From == p+2 && vw.In(p+1, lexicon.WordsDeterminers)) || vw.Clause[g.From] != vw.Clause[h.From] {
			continue
		}
		if g.To-g.From > 1 && ends(g.To-1) ||
			int(g.To) < len(vw.Toks) && vw.Clause[g.To] == vw.Clause[h.From] && vw.Tok(g.To).SepBefore == text.SepSpace && ends(g.To) {
			return true
		}
	}
	return false
}

// verbBetween reports whether a verb of data starts in positions [from,
// to).
//
// A call, not inlined: the page's WebAssembly had a copy of its loop at
// each use.
//
//go:noinline
func verbBetween(vw *sentence.View, from, to int32) bool {
	for _, v := range vw.Verbs {
		if p := vw.Hits[v].From; p >= from && p < to {
			return true
		}
	}
	return false
}

// givenElsewhere reports whether contact hit h, after "the", "our" or
// "this", points to where the policy gives it: "the email address below",
// "the address provided above", "the phone number listed in the Contact
// section" (not "the email address provided at sign-up").
func givenElsewhere(vw *sentence.View, h lexicon.Hit) bool {
	if int(h.From) <= vw.Own || !vw.In(h.From-1, lexicon.WordsAddressLead) || vw.Is(h.From-1, lexicon.GFollowing) {
		return false
	}
	p := h.To
	if int(p) < len(vw.Toks) && vw.In(p, lexicon.WordsGivenElsewhere) {
		p++
		// "provided in the How to Contact Us section above"
		for q := p; int(q) < len(vw.Toks) && q < p+8 && vw.Clause[q] == vw.Clause[h.From]; q++ {
			if vw.In(q, lexicon.WordsAboveBelow) {
				return true
			}
			if vw.Is(q, lexicon.GPossessives) && !vw.Is(q, lexicon.GOur) {
				return false
			}
		}
		return false
	}
	return int(p) < len(vw.Toks) && vw.In(p, lexicon.WordsAboveBelow)
}

// watched reports whether media hit h is what the reader watches: a word of
// set viewing follows it ("video viewing history"), or a word of set
// watching stands up to three words before it ("watch a video", "watching
// YouTube videos").
func watched(vw *sentence.View, h lexicon.Hit) bool {
	if int(h.To) < len(vw.Toks) && vw.Clause[h.To] == vw.Clause[h.From] && vw.In(h.To, lexicon.WordsViewing) {
		return true
	}
	return vw.SetBefore(h.From, 3, lexicon.WordsWatching)
}

// healthAtRisk reports whether bare health hit h stands beside a word of
// set health-at-risk, or is joined to one by "and" or "or" ("health or
// safety", "life, health or security", "public health"); not the reader's
// ("your health and wellbeing").
func healthAtRisk(vw *sentence.View, h lexicon.Hit) bool {
	p := h.From - 1
	if int(p) >= vw.Own && vw.Is(p, lexicon.GPossessives) {
		return false
	}
	if int(p) > vw.Own && vw.Is(p, lexicon.GAndOr) {
		p--
	}
	if int(p) >= vw.Own && vw.In(p, lexicon.WordsHealthAtRisk) {
		return true
	}
	q := h.To
	if int(q)+1 < len(vw.Toks) && vw.Is(q, lexicon.GAndOr) {
		q++
	}
	return int(q) < len(vw.Toks) && vw.In(q, lexicon.WordsHealthAtRisk)
}

// healthRole reports whether bare health hit h is followed, in its clause,
// by a word of set health-roles, right after it or after "care" ("health
// professionals", "health care providers"), or stands right after one
// ("brand health").
func healthRole(vw *sentence.View, h lexicon.Hit) bool {
	if p := h.From - 1; int(p) >= vw.Own && vw.In(p, lexicon.WordsHealthRoles) && vw.Clause[p] == vw.Clause[h.From] {
		return true
	}
	q := h.To
	if int(q)+1 < len(vw.Toks) && strings.EqualFold(vw.Doc.Text[vw.Tok(q).Start:vw.Tok(q).End], "care") {
		q++
	}
	return int(q) < len(vw.Toks) && vw.Clause[q] == vw.Clause[h.From] && vw.In(q, lexicon.WordsHealthRoles)
}

// healthOfSystem reports whether health hit h is followed by "of" or
// "about" and, within three words, a part of a computer system ("health data
// about the operating system", "health information of your device"), with no
// word of the reader before it ("about you and your device" is the reader's).
func healthOfSystem(vw *sentence.View, h lexicon.Hit) bool {
	p := h.To
	if int(p) >= len(vw.Toks) {
		return false
	}
	if !vw.Is(p, lexicon.GOf) && !vw.Is(p, lexicon.GAbout) {
		return false
	}
	for q := p + 1; int(q) < len(vw.Toks) && q <= p+3; q++ {
		switch {
		case vw.In(q, lexicon.WordsSystemParts):
			return true
		case vw.Is(q, lexicon.GReader):
			return false
		}
	}
	return false
}

// healthOfThing reports whether bare health hit h is followed by "of" and
// an owner that is not the reader or a person's ("health of the network",
// "health of our servers"; not "health of your family", "of users").
func healthOfThing(vw *sentence.View, h lexicon.Hit) bool {
	p := h.To
	if int(p)+1 >= len(vw.Toks) || !vw.Is(p, lexicon.GOf) || vw.Clause[p+1] != vw.Clause[h.From] {
		return false
	}
	return !vw.Is(p+1, lexicon.GReader) && !vw.Is(p+1, lexicon.GTheir) && !vw.In(p+1, lexicon.WordsReaderOwner) && !vw.Is(p+1, lexicon.GReaderNames)
}

// onlyReaderShares reports whether every verb of passing data on in the
// sentence has the reader as its subject, one or two words before it ("you
// share", "you voluntarily share"; not "the information we collect from
// you may be made available to ..."): nobody else is said to pass data on.
func onlyReaderShares(vw *sentence.View) bool {
	n := 0
	for _, g := range vw.Hits {
		if vw.IsRule(g, lexicon.RShare) {
			// (ReaderActs holds only with "you" before g, so g.From >= 1.)
			if !vw.ReaderActs(g.From) || !vw.Is(g.From-1, lexicon.GReader) && !(g.From >= 2 && vw.Is(g.From-2, lexicon.GReader)) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// ownPractice reports whether the sentence itself states a practice (a verb
// of collecting, using, sharing, selling or keeping, a third party as
// subject, or a list of data), not only its heading or the sentence before.
func ownPractice(c *sentence.Context) bool {
	return c.Collect || c.Use || c.Share || c.Sale || c.ThirdPartySubject || c.Retain || c.Listed
}

// collectOrShare decides whether data hit h (entry e, governing verb v or
// -1) is collected or passed on, and whether that is negated.
func collectOrShare(vw *sentence.View, c *sentence.Context, h lexicon.Hit, e *lexicon.Entry, v int) verdict {
	// "their information collection practices", "Our information sharing
	// practices are described below": unnamed data in the name of a kind
	// of practices (see namesPractices), no data collected or passed on.
	if sentence.Unnamed(e) && namesPractices(vw, h) {
		return drop("datatype/names-practices")
	}
	var vd verdict
	denied := false
	shared := c.ThirdPartySubject
	// "We and our vendors may collect your address": we collect it too.
	vd.AlsoCollect = c.WeToo
	// "the information we collect may be shared": in a sentence about
	// passing data on, unnamed information is the thing passed on.
	generic := sentence.Unnamed(e)
	if generic && c.Share && !c.Transfer {
		shared = true
	}
	if v >= 0 && c.Share && !c.Transfer && !c.ThirdPartySubject {
		if vw.CoordinatedShare(h.From) {
			vd.AlsoCollect = true // "we use and share your information", "may use or disclose your health information"
		} else if vw.SharedAfter(h) {
			shared, vd.AlsoCollect = true, true // "may use your health information, and share it with others"
		} else if vh := vw.Hits[v]; generic && (vw.IsRule(vh, lexicon.RCollect) || vw.IsRule(vh, lexicon.RUse)) && (vh.From < h.From || vh.From < h.To && !c.ThirdPartySubject && onlyReaderShares(vw)) {
			// "we may collect any personal data that you make available to
			// us"; so too "you share certain information, such as any
			// information you give us", where the only one who shares is
			// the reader, and the data's own words give it to us.
			shared = false
		}
	}
	if v >= 0 {
		stop, s, negated := underVerb(vw, c, h, e, v, shared)
		if stop.decided() {
			return stop
		}
		shared, vd.Negated = s, negated
	} else {
		shared, vd.Negated, denied = withoutVerb(vw, c, h, shared)
	}
	if c.Transfer && !c.Recipient && !c.ThirdPartySubject {
		shared = false
	}
	if shared && askedAbout(vw, h.From, v) {
		return drop("datatype/asked-about")
	}
	vd.ID, vd.Keep = e.ID, true
	if shared {
		vd.Kind, vd.Category, vd.Reason = "share", "third-party-sharing", "datatype/shared"
		// "you can request that we transfer the personal information you
		// gave us", "the right to object to some uses and disclosures of
		// your health data": passing data on that the reader has a right to
		// ask for, or to refuse, is what the right is about; the data is
		// mentioned, no evidence of sharing.
		if v >= 0 && rightToShare(vw, h, vw.Hits[v]) {
			vd.Category, vd.Incidental, vd.Reason = "user-access", true, "datatype/object-of-a-right"
		}
	} else {
		var firstParty bool
		vd.Kind, vd.Reason = "collect", "datatype/collected"
		vd.Category, firstParty = collectCategory(vw, c, h, e, v)
		// "You may request the personal information we have collected
		// from you", "you can control the information that we collect
		// about you": unnamed data that a clause after it describes as
		// collected, the object of the reader's right or choice, is what
		// the right is about; it is mentioned, no evidence of collecting.
		// So too where the verb is the reader's request itself ("you have
		// the right to request that data you gave us is sent to you").
		if firstParty && sentence.Unnamed(e) && (v < 0 || vw.Hits[v].From > h.From || vw.HasWord(vw.Hits[v], lexicon.GRequest)) {
			if k := readerFrame(vw, h); k != "" {
				vd.Category, vd.Incidental, vd.Reason = k, true, "datatype/object-of-a-right"
				firstParty = false // readerFrame gives a right's or choice's category
			}
		}
		// "You can prevent the collection of your IP address by ...",
		// "to disable the collection of precise location data, you may
		// turn Location Services off": the reader's choice to stop it.
		// (Cookies the reader blocks are the cookie rules' to judge.)
		if firstParty && v >= 0 && e.Grp != lexicon.GroupCookiesTracking && readerStops(vw, h, vw.Hits[v]) {
			vd.Category = "user-choice"
		}
		// "You may opt out of the collection of your location data": the
		// right to object is all the sentence states; the data is what it
		// is about, mentioned, no evidence of collecting.
		if v >= 0 && optedOutOfCollecting(vw, h, vw.Hits[v]) {
			vd.Category, vd.Incidental, vd.Reason = "user-choice", true, "datatype/object-of-a-right"
		}
	}
	if denied {
		vd.Incidental, vd.Reason = true, "datatype/in-a-denial"
	}
	if c.Children {
		// "We do not knowingly collect personal information from
		// children under 13", "Parents can consent to the collection of
		// their child's personal information", "we may share children's
		// information with service providers": a promise or a rule about
		// children, as OPP-115 reads them (the data is still reported as
		// collected or shared).
		vd.Category = "specific-audiences"
	}
	// "We collect information": a practice, but no data type to show;
	// nor has "information about you" when the sentence or the list
	// it leads names the data ("information you provide, such as your
	// name and email address"). A lead of the data itself ("We collect
	// the following information about you:") that no data follows says
	// all there is: information about the reader is collected. (A lead
	// of ways, cases or parties, "We collect information about you in
	// the following ways:", still promises no data.)
	// So too a bare "information" that a lead of collecting promises
	// from the reader ("We collect the following information:").
	alone := c.Leads && vw.GrammarBefore(h.From, 4, lexicon.GFollowing) && !vw.DataFollows()
	if alone && vw.IsRule(h, lexicon.RInfoGeneric) && vd.Kind == "collect" && c.Collect {
		vd.ID = "about-you"
		return vd
	}
	if e.Grp == lexicon.GroupUnspecified || e.Vague && (c.Leads && !alone || sentence.HasData(vw, lexicon.GroupOther)) {
		vd.ID = unspecified(vd.Kind)
		vd.Kind = "practice"
		vd.Reason = "datatype/unspecified"
	}
	return vd
}

// underVerb is collectOrShare's reading of data hit h (entry e) under its
// governing verb hit v: whether the data is passed on (shared, as read so
// far, in) and whether that is denied; stop is a decided verdict where the
// data is no data collected or passed on here.
func underVerb(vw *sentence.View, c *sentence.Context, h lexicon.Hit, e *lexicon.Entry, v int, shared bool) (stop verdict, sharedOut, negated bool) {
	vh := vw.Hits[v]
	ve := vw.Entry(vh)
	if ve.Class == "sale" && saleNotStated(vw, c, v) {
		return drop("datatype/sale-not-stated"), false, false
	}
	// "any complaints about our use and disclosure of personal
	// information", "their own policies on the collection, use and
	// disclosure of your data": a practice named as a noun after a
	// preposition of topic is what something else is about, no
	// statement that the company does it.
	// So is one in a clause of "how" or "what" after such a
	// preposition: "your concern about how your personal data is used
	// and shared", "questions regarding what we collect".
	if (h.From >= vh.To && practiceAsTopic(vw, vh) || topicClause(vw, h, vh, sentence.Unnamed(e), c.Choice)) && !askedAbout(vw, h.From, v) {
		return drop("datatype/practice-as-topic"), false, false
	}
	isShare := vw.IsRule(vh, lexicon.RShare)
	// "We may have access to your profile information", "we will
	// have access to certain information such as your name": the
	// company that has access to data holds it; it collects it. Access
	// passes data on only where a party gets it ("Third parties have
	// access to your email address", "We may give our partners access
	// to it"); "our staff have access to it" is about who inside the
	// company sees it (see NonRecipientAccess below).
	if isShare && !c.Recipient && !c.ThirdPartySubject && vh.To-vh.From == 2 && vh.From < h.From &&
		vw.Is(vh.To-1, lexicon.GAccessNouns) && weHaveAccess(vw, vh) {
		isShare, shared = false, false
	}
	// "Only our employees have access to your personal information",
	// "Unauthorized persons may gain access to your data": the
	// company's own people, or attackers, get nothing passed on, and
	// the company's holding the data is no practice the sentence
	// states.
	// (Data that a passive access by staff follows stays what the
	// sentence makes it otherwise, held by the company: "Your device
	// ID may be accessed by our support team in other countries".)
	if q := vw.NonRecipientAccess(vh); isShare && q >= 0 {
		if vh.From < h.From || vw.In(q, lexicon.WordsAttackers) {
			return drop("datatype/no-recipients-access"), false, false
		}
		isShare, shared = false, false
	}
	// "You must enter your password before we grant access to your
	// information", "We provide access to your data within your
	// account": access given with no party named to receive it is the
	// reader's own, no passing on.
	// (Not "we may give them access to", "recipients will be granted
	// access to your data", nor "we provide access to personal
	// information to the following recipients:".)
	if isShare && !c.Recipient && !c.ThirdPartySubject && vh.To-vh.From == 3 && vh.From < h.From &&
		vw.Is(vh.To-1, lexicon.GTo) && vw.Is(vh.To-2, lexicon.GAccessNouns) && vw.ActorBefore(vh.From) == sentence.PartyWe &&
		!(int(h.To) < len(vw.Toks) && vw.Is(h.To, lexicon.GTo)) {
		return drop("datatype/readers-access"), false, false
	}
	// "We may require a password and user ID before granting access to
	// your information", "the data you provide can give you access to
	// features": data before a verb of giving access, with no party
	// named to receive it, is no object of that verb; it is what we
	// ask for or hold.
	if isShare && !c.Recipient && !c.ThirdPartySubject && vh.From >= h.To && givesAccess(vw, vh) && vw.ActorBefore(vh.From) != sentence.PartyReader {
		isShare, shared = false, false
	}
	// "you disclose information to us": the reader shares, we collect;
	// so in "You give other data to us, for example by syncing your
	// address book", where the reader's words of giving ("You give")
	// hold the subject.
	userShares := isShare && !passedOnPassive(vw, h, vh) && (vw.ActorBefore(vh.From) == sentence.PartyReader && !letsOthers(vw, vh) || readerGives(vw, vh.From) || toldNotTo(vw, c, vh.From) || readersNoun(vw, vh))
	if userShares {
		// "you may share content with other users": the reader
		// passes data on to others; it is not collected by us.
		if !vw.ToUs(vh) {
			// "These cookies are used when you share a page": cookies
			// at work before the reader's sharing in a later part of
			// the sentence are still cookies the service sets.
			// (The recipient there is the reader's, not the cookies'.)
			if vh.From > h.To && e.Grp == lexicon.GroupCookiesTracking && cookiesAtWork(vw, c, h, e) {
				vd := collectOrShare(vw, c, h, e, -1)
				if vd.Keep && vd.Kind == "share" {
					vd.Kind = "collect"
					vd.Category, _ = collectCategory(vw, c, h, e, -1)
				}
				return cookiesVerdict(vw, c, h, vd, false), false, false
			}
			return drop("datatype/reader-shares"), false, false
		}
		shared = c.ThirdPartySubject
	}
	// "We may share information about our products with you", "we
	// will send you information about our services": what the company
	// passes to the reader is its own material, none of the reader's
	// data passed on.
	if isShare && !userShares && !c.Recipient && toReader(vw, h, vh) {
		return drop("datatype/given-to-reader"), false, false
	}
	shared = shared || isShare && !userShares || ve.Class == "sale"
	// "Advertisers and other third parties may share information with
	// us", "you'll share some information with us": data passed on to
	// the company is collected by it (from a source), not shared.
	if isShare && !userShares && passedToUs(vw, vh) {
		shared = false
	}
	// "Cookies are small files that a site transfers to your
	// computer's hard drive", "a text file sent to a user's
	// computer": a tracker passed on to the reader's own machine is
	// set there by the site, not shared with a third party (but "These
	// third parties may place a cookie on your browser" is theirs).
	if isShare && !userShares && !c.ThirdPartySubject && e.Grp == lexicon.GroupCookiesTracking && toReadersMachine(vw, vh) {
		shared = false
	}
	// "Partners may also provide us with more information about you",
	// "other users may give us your name": a third party that gives
	// data to us (a verb of collecting that ends in "us", data named
	// right after it) is its source, not a third party that collects
	// it (but "vendors provide us with services, such as payments"
	// names no data given).
	if c.ThirdPartySubject && vw.IsRule(vh, lexicon.RCollect) && vw.Is(vh.To-1, lexicon.GUs) && (vw.DataBetween(vh.To-1, vh.To+4) || givenObject(vw, vh, h)) &&
		!(int(vh.To) < len(vw.Toks) && vw.Is(vh.To, lexicon.GAndOr)) {
		shared = false
	}
	// "data that does not contain personal data with third parties":
	// a relative clause's negator denies the data in it, whatever the
	// verb after it.
	negated = vw.NegatedVerb(v, c) && !vw.Excepted(vh.To, h.From) || vw.NegatedData(h, vh.To, 2) ||
		vh.From >= h.To && vw.DeniedInRelative(h) || deniedExamples(vw, h, vh.To)
	if shared && (!isShare || userShares) && ve.Class != "sale" {
		// Negation of the collecting verb says nothing about sharing;
		// a passive denial of passing the data on does: "None of the
		// information we collect is ever shared".
		negated = !isShare && deniedShareAfter(vw, h)
	}
	return verdict{}, shared, negated
}

// withoutVerb is collectOrShare's reading of data hit h with no governing
// verb: whether the data is passed on (shared, as read so far, in), whether
// that is denied, and whether the data is only mentioned in a denial
// (denied).
func withoutVerb(vw *sentence.View, c *sentence.Context, h lexicon.Hit, shared bool) (sharedOut, negated, denied bool) {
	shared = shared || c.Share && c.Recipient || c.Sale || !c.Collect && !c.Use && c.HeadingShare ||
		c.Carried.Share && !c.Carried.Collect
	negated = vw.NegatedNear(h.From, 3) || vw.NegatedData(h, 0, 3) || c.IntroNeg || negatedKeep(vw, h.From) || labelDenied(vw, c, h)
	// "We do not give advertisers your email address": the data of a
	// denied verb with the party between them.
	if q := vw.DativeOf(h); q >= 0 && vw.NegatedNear(q, 3) {
		negated = true
	}
	// "We don't use topics or show personalised ads based on sensitive
	// categories such as race or health", after a sentence on the data
	// used for ads: data read as collected only from the sentence
	// before or the heading, in a clause this sentence denies, is
	// mentioned only: no evidence that it is collected or shared (unless an
	// exception names it: "we never store anything except your username").
	denied = !negated && !ownPractice(c) && vw.NegatedNear(h.From, int32(len(vw.Toks))) && !vw.Excepted(int32(vw.Own), h.From)
	return shared, negated, denied
}

// unspecified returns the id of a practice of kind with no data named
// ("collect-unspecified"): a constant for the kinds collectOrShare gives,
// not a string put together (and allocated) at each finding.
func unspecified(kind string) string {
	switch kind {
	case "collect":
		return "collect-unspecified"
	case "share":
		return "share-unspecified"
	}
	return kind + "-unspecified"
}

// toReadersMachine reports whether verb hit vh passes its object to the
// reader's own machine: "to" or "onto" within eight words after the verb
// in its clause, a word of the reader's device or its storage at most three
// words after it ("transfers to your computer's hard drive", "from a website
// to the hard drive of a user's computer"), and no recipient between.
func toReadersMachine(vw *sentence.View, vh lexicon.Hit) bool {
	for p := vh.To; p < vh.To+8 && int(p)+1 < len(vw.Toks) && vw.Clause[p] == vw.Clause[vh.From]; p++ {
		if !vw.Is(p, lexicon.GTo) && !vw.Is(p, lexicon.GOn) {
			continue
		}
		for q := p + 1; q <= p+3 && int(q) < len(vw.Toks) && vw.Clause[q] == vw.Clause[p]; q++ {
			if vw.In(q, lexicon.WordsDeviceNames) || vw.In(q, lexicon.WordsBrowserNames) || vw.In(q, lexicon.WordsReaderMachines) {
				for _, g := range vw.Hits {
					if g.From >= vh.To && g.From < q && vw.Entry(g).Cls == lexicon.ClassRecipient {
						return false
					}
				}
				return true
			}
		}
	}
	return false
}

// usAndOthers reports whether "and" or "or" follows the "us" at p and
// joins others to it ("with us and other users"), not a new statement
// ("may share your personal information with us and we will store it").
func usAndOthers(vw *sentence.View, p int32) bool {
	return int(p)+1 < len(vw.Toks) && vw.Is(p+1, lexicon.GAndOr) && !(int(p)+2 < len(vw.Toks) && vw.Is(p+2, lexicon.GSubjects))
}

// givenObject reports whether data hit h is what verb hit vh (ending in
// "us") gives: at most six words after it in its clause, joined to it by
// spaces only and with no other verb between ("Third parties may
// also provide us with additional publicly available information about
// you", "may require you to provide us with a debit or credit card
// number"; not "vendors provide us with services, such as payments").
func givenObject(vw *sentence.View, vh, h lexicon.Hit) bool {
	if h.From < vh.To || h.From-vh.To > 6 || vw.Clause[h.From] != vw.Clause[vh.From] {
		return false
	}
	if !vw.Spaced(vh.To-1, h.From) {
		return false
	}
	for _, g := range vw.Hits {
		if g.From >= vh.To && g.From < h.From && (vw.IsRule(g, lexicon.RCollect) || vw.IsRule(g, lexicon.RShare) || vw.IsRule(g, lexicon.RUse)) {
			return false
		}
	}
	return true
}

// givesData reports whether verb hit vh (ending in "us") is said to give
// data: data named right after it, or a few words on (see givenObject).
func givesData(vw *sentence.View, vh lexicon.Hit) bool {
	if vw.DataBetween(vh.To-1, vh.To+4) {
		return true
	}
	for _, d := range vw.Hits {
		if d.From >= vh.To && vw.Entry(d).Cls == lexicon.ClassDatatype && givenObject(vw, vh, d) {
			return true
		}
	}
	return false
}

// passedToUs reports whether the receiver of verb hit vh is the company:
// "with us" or "to us" after it in its clause, with data named between and
// no party or other verb ("share information about you with us"; not
// "share data with vendors who help us", "share the information provided
// to us", "third parties who provide services to us").
func passedToUs(vw *sentence.View, vh lexicon.Hit) bool {
	if !vw.MayHave(lexicon.GUs) && len(vw.Doc.Own) == 0 {
		return false // (each way needs "us" or the policy's name: most sentences have neither, which the view knows without reading them)
	}
	// "Partners may provide us with information about you", "other users
	// may give us your name": "us" right after the verb is whom it is
	// given to (but not "give us and our partners your data").
	if p := vh.To; int(p) < len(vw.Toks) && vw.Clause[p] == vw.Clause[vh.From] && usAt(vw, p) {
		return !usAndOthers(vw, p)
	}
	// "that information may only be accessible to GitHub" (in GitHub's
	// policy), "made available to us": a verb that ends in "to" or
	// "with" names its receiver right after it.
	if p := vh.To; int(p) < len(vw.Toks) && vw.Is(p-1, lexicon.GToWith) && vw.Clause[p] == vw.Clause[vh.From] && (usAt(vw, p) || ownNameAlone(vw, p)) && !possessed(vw, p) {
		return !usAndOthers(vw, p)
	}
	for p := vh.To; p < vh.To+8 && int(p)+1 < len(vw.Toks) && vw.Clause[p] == vw.Clause[vh.From]; p++ {
		if vw.Is(p, lexicon.GToWith) {
			// (Not "share with us and other users": others get it too.)
			if !usAt(vw, p+1) && !ownNameAlone(vw, p+1) || usAndOthers(vw, p+1) || possessed(vw, p+1) {
				return false
			}
			// "the kinds of information that partners share with us": the
			// data stands before the verb, whose receiver follows it at once.
			if p == vh.To {
				return true
			}
			data := false
			for _, g := range vw.Hits {
				if g.From >= vh.To && g.From < p && (vw.Entry(g).Cls == lexicon.ClassRecipient || vw.IsRule(g, lexicon.RCollect) || vw.IsRule(g, lexicon.RShare) || vw.IsRule(g, lexicon.RUse)) {
					return false
				}
				data = data || g.From >= vh.To && g.From < p && vw.Entry(g).Cls == lexicon.ClassDatatype
			}
			return data
		}
	}
	return false
}

// namesPractices reports whether data hit h is followed right away by
// practice nouns (words practice-nouns, perhaps joined by "and", "or" or
// commas) and a noun of privacy documents or practices (words privacy-docs):
// "information collection practices", "data collection, use and sharing
// policies".
func namesPractices(vw *sentence.View, h lexicon.Hit) bool {
	p, n := h.To, 0
	for ; int(p) < len(vw.Toks) && vw.Tok(p).SepBefore < text.SepClause && p < h.To+8; p++ {
		switch {
		case vw.In(p, lexicon.WordsPracticeNouns):
			n++
		case n > 0 && vw.Is(p, lexicon.GAndOr):
		case n > 0 && vw.In(p, lexicon.WordsPrivacyDocs):
			return vw.Tok(p).SepBefore < text.SepComma
		default:
			return false
		}
	}
	return false
}

// usAt reports whether the word at p is "us", the company as object (or
// the policy's own name standing alone), and not the country's initials
// before a noun ("give access to US
// authorities": "US" in capitals with a word not in capitals right after
// it; in "SHARE IT WITH US AND OUR PARTNERS" all is in capitals).
func usAt(vw *sentence.View, p int32) bool {
	if !vw.Is(p, lexicon.GUs) {
		return false
	}
	t := vw.Tok(p)
	// (The name the policy gives the company reads as "us" too: alone, not
	// "Wiley affiliates", "Wizards' successors"; see nameAlone.)
	if w := vw.Doc.Text[t.Start:t.End]; !strings.EqualFold(w, "us") && w != "US" {
		return nameAlone(vw, p)
	}
	if vw.Doc.Text[t.Start:t.End] != "US" || int(p)+1 >= len(vw.Toks) || vw.Tok(p+1).SepBefore >= text.SepComma {
		return true
	}
	n := vw.Tok(p + 1)
	next := vw.Doc.Text[n.Start:n.End]
	return strings.ToUpper(next) == next
}

// possessed reports whether the name at p, with the company suffixes
// after it ("Inc.", "LLC") and the words joined to it with no space between
// ("Acme.com"), is followed by a possessive apostrophe ("shared
// with Wizards' successors", "Acme Inc.'s partners"): what follows is the
// company's, not the company.
func possessed(vw *sentence.View, p int32) bool {
	last := p
	for int(last)+1 < len(vw.Toks) && last < p+3 && vw.Tok(last+1).SepBefore < text.SepComma && (vw.In(last+1, lexicon.WordsCompanySuffixes) || !strings.ContainsAny(vw.Doc.Text[vw.Tok(last).End:vw.Tok(last+1).Start], " \n")) {
		last++
	}
	end := int(vw.Tok(last).End)
	after := strings.TrimLeft(vw.Doc.Text[end:min(end+4, len(vw.Doc.Text))], ".")
	return strings.HasPrefix(after, "'") || strings.HasPrefix(after, "’")
}

// ownNameAlone reports whether the word at p is the policy's own name
// standing for the company ("certain information may be shared with
// Booking.com", "accessible to GitHub"): not its possessive nor the first
// part of a compound ("Microsoft's partners", "Microsoft-controlled
// affiliates"), and no party named with it.
func ownNameAlone(vw *sentence.View, p int32) bool {
	if len(vw.Doc.Own) == 0 || !vw.Doc.IsOwn(vw.Tok(p).ID) {
		return false
	}
	return nameAlone(vw, p)
}

// nameAlone reports whether the name at p stands alone for the company: not
// its possessive nor the first part of a compound, and no party named with
// it (see ownNameAlone).
func nameAlone(vw *sentence.View, p int32) bool {
	t := vw.Tok(p)
	if strings.ContainsAny(vw.Doc.Text[t.Start:t.End], "'’") {
		return false
	}
	if possessed(vw, p) {
		return false
	}
	if int(p)+1 < len(vw.Toks) && vw.Tok(p+1).SepBefore == text.SepSpace && strings.IndexByte(vw.Doc.Text[t.End:vw.Tok(p+1).Start], '-') >= 0 {
		return false
	}
	for _, g := range vw.Hits {
		if g.From <= p+1 && p < g.To && vw.Entry(g).Cls == lexicon.ClassRecipient && !vw.OwnName(g) {
			return false
		}
	}
	return true
}

// practiceAsTopic reports whether verb hit vh is a practice named as a
// noun ("disclosure", "sharing", "collection") after "our", "the", "its"
// or "their", in a chain of such nouns ("our collection, use and
// disclosure"), that a preposition of topic opens ("about", "on",
// "regarding", "with respect to"): "complaints about our use and
// disclosure of personal information", "policies on the collection and
// sharing of your data". Not "our disclosure of your data is limited to
// ..." nor "you consent to our collection and use of your data".
func practiceAsTopic(vw *sentence.View, vh lexicon.Hit) bool {
	if vh.To-vh.From != 1 || !vw.In(vh.From, lexicon.WordsPracticeNouns) {
		return false
	}
	det := false
	q := vh.From - 1
	for ; q >= int32(vw.Own) && q >= vh.From-8; q-- {
		switch {
		case vw.Is(q, lexicon.GPossessives) || vw.In(q, lexicon.WordsDeterminers):
			det = true
		case vw.In(q, lexicon.WordsPracticeNouns) || vw.Is(q, lexicon.GAndOr):
		default:
			if !det {
				return false
			}
			if vw.In(q, lexicon.WordsTopicOf) {
				// (Not "insights based on the collection of data".)
				return !(vw.Is(q, lexicon.GOn) && q > int32(vw.Own) && vw.In(q-1, lexicon.WordsTopicOnNot))
			}
			return q > int32(vw.Own) && vw.Is(q, lexicon.GTo) && vw.In(q-1, lexicon.WordsTopicHeads)
		}
	}
	return false
}

// topicClause reports whether data hit h and its verb vh both stand in a
// clause opened by a word of topic-clause ("how", "what") right after a
// preposition of topic, at most six words before the first of them and the
// list of verbs that ends right before it (see verbListLen), with
// no comma (but the commas of a list of verbs) and no reader between: "about
// how your data is used", "on how we share it"; or, where told is true
// (the caller tells for unnamed data), right after a verb of telling or
// steering: "explains how we collect, use and disclose your data"; or, where
// steered is true (the sentence offers a choice), right after a verb of
// topic-steering: "you can control how advertisers use your browsing
// history". Named data after a verb of telling is still stated: "This policy
// describes how we collect your phone number when you sign up", "explains
// how we use cookies and how you can control them". Not "depending on how
// you use the service", nor "about how you use it" (the reader's doing,
// which names data: "information about how you use our apps").
func topicClause(vw *sentence.View, h, vh lexicon.Hit, told, steered bool) bool {
	if !vw.MayHaveIn(lexicon.WordsTopicClause) {
		return false // (most sentences: no such word, which the view knows without reading them)
	}
	from := min(h.From, vh.From)
	for q := from - 1; q > int32(vw.Own) && q >= from-6-verbListLen(vw, from); q-- {
		if vw.Is(q, lexicon.GReader) || vw.Tok(q+1).SepBefore >= text.SepComma && !inVerbList(vw, q+1) {
			return false
		}
		if vw.In(q, lexicon.WordsTopicClause) {
			return told && vw.In(q-1, lexicon.WordsTopicVerbs) || steered && vw.In(q-1, lexicon.WordsTopicSteering) ||
				vw.In(q-1, lexicon.WordsTopicOf) && !(vw.Is(q-1, lexicon.GOn) && q-1 > int32(vw.Own) && vw.In(q-2, lexicon.WordsTopicOnNot))
		}
	}
	return false
}

// verbListLen is the number of words of a list of verbs ending right before
// position p, the last verb excluded ("collects, stores, uses, and transfers
// or discloses": the words before "discloses", at most eight), which a window
// of words before p may skip.
func verbListLen(vw *sentence.View, p int32) int32 {
	n := int32(0)
	for q := p - 1; q > int32(vw.Own) && n < 8; q-- {
		if !vw.Is(q, lexicon.GAndOr) && !inVerbList(vw, q) {
			break
		}
		n++
	}
	return n
}

// inVerbList reports whether the word at p, after a comma, goes on a list of
// verbs: a verb hit starts there or after an "and" or "or" there, or it is
// one word that a comma or an "and" or "or" follows ("how we collect, use,
// and share it").
func inVerbList(vw *sentence.View, p int32) bool {
	if vw.Is(p, lexicon.GAndOr) {
		p++
	}
	for _, v := range vw.Verbs {
		if vw.Hits[v].From == p {
			return true
		}
	}
	return int(p)+1 < len(vw.Toks) && (vw.Tok(p+1).SepBefore >= text.SepComma || vw.Is(p+1, lexicon.GAndOr))
}

// verbForm reports whether the word at p ends in "-ing" or "-ed"
// ("addressing", "addressed", "incoming").
func verbForm(vw *sentence.View, p int32) bool {
	t := vw.Tok(p)
	return t.End-t.Start > 4 && (strings.EqualFold(vw.Doc.Text[t.End-3:t.End], "ing") || strings.EqualFold(vw.Doc.Text[t.End-2:t.End], "ed"))
}

// compound reports whether the word before hit h in its clause makes it
// part of a compound: a word joined by a space that is not a determiner, a
// list word or a data verb ("referring website address", "mobile phone"),
// not "email, name, phone" or "your address".
func compound(vw *sentence.View, h lexicon.Hit) bool {
	p := h.From - 1
	if p < int32(vw.Own) || vw.Tok(h.From).SepBefore != text.SepSpace || vw.Clause[p] != vw.Clause[h.From] || vw.Is(h.From, lexicon.GPossessives) {
		return false // ("your name": the phrase has its owner)
	}
	if vw.In(p, lexicon.WordsDeterminers) || vw.Is(p, lexicon.GAndOr) || vw.Is(p, lexicon.GPossessives) {
		return false
	}
	// "information such as name, address": a name after the words that
	// lead examples is one (not an email or phone there: "channels such as
	// email", "device identifiers such as the IMEI number for phones").
	if vw.Is(p, lexicon.GExampleLead) && vw.Doc.Lexicon.Is(vw.Entry(h), lexicon.RName) {
		return false
	}
	for _, vi := range vw.Verbs {
		if g := vw.Hits[vi]; g.From <= p && p < g.To {
			return false // "collect email"
		}
	}
	return true
}

// collectCategory is the category of data collected: the sentence's topic.
// "We encrypt the card numbers we collect" is about security, "please send
// us your name and email address" instructs the reader. The data is still
// reported as collected. firstParty reports whether it is
// "first-party-collection", told where the string is made rather than by a
// compare of 22 bytes (a call in WebAssembly) where it is read.
func collectCategory(vw *sentence.View, c *sentence.Context, h lexicon.Hit, e *lexicon.Entry, v int) (category string, firstParty bool) {
	// Whether the collecting is stated decides only in a sentence about
	// security or keeping: it is asked there alone.
	switch {
	case c.Security && !collectingStated(vw, h, v):
		// (Not "We collect your email address and phone number to
		// verify accounts and combat fraud": a security purpose of
		// collecting is still collecting; "we encrypt your card number",
		// "we use SSL to protect your credit card number" are measures.)
		return "data-security", false
	case c.KeepingOnly && e.Grp == lexicon.GroupGenericPersonal && (v < 0 || vw.Hits[v].From > h.From || vw.IsRule(vw.Hits[v], lexicon.RUse)):
		// "We keep personal information as long as it is necessary",
		// "We will retain and use your information to ...": no
		// collecting verb before the data, so it is about keeping.
		return "data-retention", false
	case e.Grp != lexicon.GroupCookiesTracking && (c.KeepingOnly || c.Store && !c.Share && !c.Choice) && !collectingStated(vw, h, v) && saysHowLong(vw):
		// "We retain your email address for as long as your account is
		// active", "server logs are deleted after two weeks": data that
		// the sentence says how long it keeps, and that it does not say
		// is collected, is what is kept (our annotations give none of 34
		// sentences of "we keep/retain/store ... for a time" collection;
		// 32 retention). (Not cookies: how long a cookie lasts is no
		// retention, "persistent cookies stay for 30 days".)
		return "data-retention", false
	case c.Instructs && !readerMustGive(vw, h):
		return "other", false
	case vw.ConsentByUse(c):
		// "By using the Site, you consent to the collection of your
		// information": left with the reader's choice, though it states
		// collecting (filing it as collection lowered OPP-115's
		// user-choice, 0.733 -> 0.728, cross-validated).
		return "user-choice", false
	case vw.ReaderDeclines(c):
		return "user-choice", false // "You can choose not to provide us with certain information"
	}
	return "first-party-collection", true
}

// saysHowLong reports whether the sentence names how long data is kept: a
// period, "as long as necessary", or "indefinitely".
func saysHowLong(vw *sentence.View) bool {
	for _, g := range vw.Hits {
		if vw.IsRule(g, lexicon.RPeriod) || vw.IsRule(g, lexicon.RAsNeeded) || vw.IsRule(g, lexicon.RIndefinite) {
			return true
		}
	}
	return false
}

// collectingStated reports whether the clause of data hit h states its
// collecting: a verb of collecting (or the company's verb of using) stands
// before the data in its clause, no third party's, with no security
// measure between them and no verb of keeping in it ("We collect your
// phone number to verify accounts", "we use cookies to protect your
// account"; not "we use SSL to protect your card number", "we store your
// data on secure servers").
func collectingStated(vw *sentence.View, h lexicon.Hit, v int) bool {
	if v < 0 {
		return false
	}
	vh := vw.Hits[v]
	if vh.From >= h.From || vw.Clause[vh.From] != vw.Clause[h.From] {
		return false
	}
	actor := vw.ActorBefore(vh.From)
	switch {
	case actor == sentence.PartyThird:
		return false
	case vw.IsRule(vh, lexicon.RCollect):
	case vw.IsRule(vh, lexicon.RUse) && actor != sentence.PartyReader:
	default:
		return false
	}
	// (Nor "When you enter your login information, it is encrypted
	// using SSL": the collecting is a condition, the measure the main
	// clause.)
	if vw.GrammarBefore(vh.From, vh.From-int32(vw.Own), lexicon.GConditional) {
		return false
	}
	for _, g := range vw.Hits {
		if g.From < h.From && g.To > vh.From && !g.Weak && vw.Entry(g).Class == "security" {
			return false
		}
		if vw.IsRule(g, lexicon.RStore) && g.From < vh.To && g.To > vh.From {
			return false
		}
	}
	return true
}

// readerStops reports whether a verb of stopping stands up to four words
// before data hit h and its verb vh, in the clause of h, in a sentence with
// the reader in it ("you can prevent the collection of your IP address").
func readerStops(vw *sentence.View, h, vh lexicon.Hit) bool {
	end := h.From
	if vh.From < end {
		end = vh.From
	}
	stop := false
	for q := end - 1; q >= int32(vw.Own) && q >= end-4; q-- {
		if vw.Clause[q] != vw.Clause[h.From] {
			break
		}
		if vw.In(q, lexicon.WordsStopping) {
			stop = true
			break
		}
	}
	if !stop {
		return false
	}
	for p := int32(vw.Own); int(p) < len(vw.Toks); p++ {
		if vw.Is(p, lexicon.GReader) {
			return true
		}
	}
	return false
}

// readerMustGive reports whether a verb of giving stands at most four words
// before data hit h in its clause, with a word of necessity right before it
// or before its "to" ("You must provide your name", "you will need to give
// us your date of birth"): data the reader has to give is data the company
// collects, though "you must" otherwise makes the sentence advice.
func readerMustGive(vw *sentence.View, h lexicon.Hit) bool {
	for q := h.From - 1; q > int32(vw.Own) && q >= h.From-4; q-- {
		if vw.Clause[q] != vw.Clause[h.From] {
			return false
		}
		if !vw.In(q, lexicon.WordsGiving) {
			continue
		}
		p := q - 1
		if p > int32(vw.Own) && vw.Is(p, lexicon.GTo) {
			p--
		}
		return vw.In(p, lexicon.WordsNecessity)
	}
	return false
}

// optedOutOfCollecting reports whether collecting verb hit vh, which data
// hit h follows, is what a right to opt out of collecting names, in h's
// clause ("You may opt out of the collection of your location data").
func optedOutOfCollecting(vw *sentence.View, h, vh lexicon.Hit) bool {
	if vh.From > h.From || vw.Clause[vh.From] != vw.Clause[h.From] {
		return false
	}
	for _, g := range vw.Hits {
		if g.From < vh.From && vh.From <= g.To+3 && vw.IsRule(g, lexicon.ROptOutMarketing) && optOutOf(vw, g) == lexicon.WordsOptOutCollection {
			return true
		}
	}
	return false
}

// readerFrame returns "user-access" when the reader ("you") comes before
// data hit h and a word of a right or request between ("You have the right
// to obtain the personal data we hold", "you may request the information"),
// "user-choice" when a choice of the reader's does ("you can control the
// personal information that we collect"), else "".
func readerFrame(vw *sentence.View, h lexicon.Hit) string {
	for p := int32(vw.Own); p < h.From; p++ {
		if !vw.Is(p, lexicon.GReader) || vw.Clause[p] != vw.Clause[h.From] {
			continue
		}
		// (Not "When you request a product, we forward the information
		// you give us": the reader's act is a condition, the company acts.)
		if p > int32(vw.Own) && vw.Is(p-1, lexicon.GConditional) {
			return ""
		}
		// (Nor "you can choose to provide information about your
		// views", "the option to share personal information with us":
		// a choice to give data is its collection.)
		for q := p + 1; q < h.From; q++ {
			if vw.Is(q, lexicon.GWe) || vw.In(q, lexicon.WordsGiving) {
				return ""
			}
		}
		// (A verb of the request itself is the reader's asking, not a
		// verb of the data: "you have the right to request that data you
		// provided to us is given to you".)
		if requestVerbBetween(vw, p+1, h.From) {
			return ""
		}
		for _, g := range vw.Hits {
			if g.From >= p && g.To <= h.From && vw.IsRule(g, lexicon.RChoice) {
				return "user-choice"
			}
		}
		for q := p + 1; q < h.From; q++ {
			if vw.Is(q, lexicon.GRight) {
				return "user-access"
			}
			if vw.Is(q, lexicon.GRequest) {
				return "user-access"
			}
		}
		return ""
	}
	return ""
}

// requestVerbBetween reports whether a verb other than a word of request
// ("request", "requests") starts in [from, to).
func requestVerbBetween(vw *sentence.View, from, to int32) bool {
	for _, v := range vw.Verbs {
		if g := vw.Hits[v]; g.From >= from && g.From < to && !vw.HasWord(g, lexicon.GRequest) {
			return true
		}
	}
	return false
}

// rightToShare reports whether verb hit vh, of passing data h on, is what a
// right or a request of the reader's is about: "right" or "request" before
// both in the sentence, with "to", "that", "us" or an article right after it
// ("the right to", "request that we", "request a list of"; not "the
// services you request through us") and no new clause between it and the verb,
// the reader at most five words before that word (not after a word of
// condition: "if you request it, we share"), and no verb between the
// reader and that word.
func rightToShare(vw *sentence.View, h, vh lexicon.Hit) bool {
	if !vw.MayHave(lexicon.GRight) && !vw.MayHave(lexicon.GRequest) || !vw.MayHave(lexicon.GReader) {
		return false // (most sentences: no call a word)
	}
	for p := int32(vw.Own); p+1 < min(h.From, vh.From); p++ {
		if !vw.Is(p, lexicon.GRight) && !vw.Is(p, lexicon.GRequest) ||
			!vw.Is(p+1, lexicon.GTo) && !vw.Is(p+1, lexicon.GThat) && !vw.Is(p+1, lexicon.GUs) && !vw.Is(p+1, lexicon.GArticles) {
			continue
		}
		if newClauseBetween(vw, p+1, vh.From) {
			return false
		}
		for q := max(int32(vw.Own), p-5); q < p; q++ {
			if vw.Is(q, lexicon.GReader) && !(q > int32(vw.Own) && vw.Is(q-1, lexicon.GConditional)) && !verbBetween(vw, q+1, p) {
				return true
			}
		}
	}
	return false
}

// newClauseBetween reports whether a word of condition, or a comma and a
// word joining a new statement, comes in [from, to): "the right to object,
// but if you do, we may share ...".
func newClauseBetween(vw *sentence.View, from, to int32) bool {
	for q := from; q < to; q++ {
		if vw.Is(q, lexicon.GConditional) || vw.Tok(q).SepBefore >= text.SepComma && vw.In(q, lexicon.WordsClauseJoiners) {
			return true
		}
	}
	return false
}

// choiceGroup reports whether data entry e is of a group a choice names
// ("unsubscribe from our emails", "disable cookies", "turn off the GPS
// locator"): the service holds, sets or reads them.
func choiceGroup(e *lexicon.Entry) bool {
	return e.Grp == lexicon.GroupContact || e.Grp == lexicon.GroupCookiesTracking || e.Grp == lexicon.GroupLocation
}

// inPassing reports whether unnamed data ("personal information",
// "information") is named in a sentence about something else (a right,
// security, changes, children): it describes, it states no practice. Not so
// when keeping it is the sentence's only other topic ("We keep personal
// information as long as necessary"), when the other topic is only a choice
// of the reader's over passing on the reader's data (see below), or when the
// sentence turns to another topic only after passing it on (see topicLater).
func inPassing(vw *sentence.View, c *sentence.Context, h lexicon.Hit, e *lexicon.Entry) bool {
	if !sentence.Unnamed(e) || e.Sensitive || !c.OtherTopic && !c.Meta {
		return false
	}
	// "You may opt out of our disclosure of your personal information to
	// third parties", "We may share your information with partners unless
	// you have opted out": a choice over passing data on names the data
	// passed on, the object of the verb of sharing; the choice is about it
	// (not a bare "information": "opt-out info here" is a link).
	if v := vw.GoverningVerb(h.From); !c.Meta && !c.TopicNotChoice && e.Grp != lexicon.GroupUnspecified && v >= 0 && vw.IsRule(vw.Hits[v], lexicon.RShare) {
		return false
	}
	return !topicLater(vw, c, h) && !(c.KeepingOnly && !c.Meta && e.Grp == lexicon.GroupGenericPersonal)
}

// dataFollows reports whether a data hit starts at p, or right after a
// determiner at p, in its clause ("of cookies", "of the information"; not
// one that names a business or product: "of financial products").
func dataFollows(vw *sentence.View, p int32) bool {
	if int(p) >= len(vw.Toks) || vw.Clause[p] != vw.Clause[p-1] {
		return false
	}
	q := p
	if vw.In(p, lexicon.WordsDeterminers) || vw.Is(p, lexicon.GPossessives) {
		q++
	}
	for _, g := range vw.Hits {
		if g.From == q && vw.Entry(g).Cls == lexicon.ClassDatatype && !(int(g.To) < len(vw.Toks) && vw.In(g.To, lexicon.WordsNotDataAfter)) {
			return true
		}
	}
	return false
}

// reachesReader reports whether contact hit h names the reader as the one
// reached ("send you email newsletters", "contact you"): a "you" inside it.
//
// A call, not inlined: the page's WebAssembly had a copy of its loop at
// each use.
//
//go:noinline
func reachesReader(vw *sentence.View, h lexicon.Hit) bool {
	for p := h.From; p < h.To; p++ {
		if vw.Is(p, lexicon.GReader) {
			return true
		}
	}
	return false
}

// keptApart reports whether unnamed data hit h follows a denied word of
// linking and "to" or "with", or of containing, with at most two words
// between ("are not linked to any personally identifiable information", "is
// never tied to your personal data", "no such data will be linked with your
// personal data", "cookies do not contain personal information").
func keptApart(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.MayHaveIn(lexicon.WordsLinking) && !vw.MayHaveIn(lexicon.WordsContaining) {
		return false // (most sentences: neither word, which the view knows without reading them)
	}
	for q := h.From - 1; q >= h.From-3 && q > int32(vw.Own) && vw.Clause[q] == vw.Clause[h.From]; q-- {
		if vw.In(q-1, lexicon.WordsLinking) && vw.Is(q, lexicon.GToWith) {
			// (Four words: "no such data will be linked with".)
			return vw.NegatedNear(q-1, 4)
		}
		// (But "we share statistics that do not contain personal data"
		// denies sharing it.)
		if vw.In(q, lexicon.WordsContaining) {
			return vw.NegatedNear(q, 2) && !vw.DeniedInRelative(h)
		}
	}
	return false
}

// topicLater reports whether the sentence turns to another topic (a right,
// security, an audience) only after data h: in a clause after the one where
// it is passed on ("They have access to personal information ..., but may
// not use it for other purposes"), or after a verb before it in its clause
// collects, uses or passes it on, with the data as the verb's object ("When
// we disclose personal information for a business purpose, we require the
// recipient to keep it confidential", "we use that information only for the
// purpose it was collected for and secure it", "We will not share personal
// data with third parties for their marketing to the extent California law
// prohibits it"; not "we use encryption to protect personal information",
// where the measure comes first), or after a participle of passing on right
// after it, to a party named before the topic ("Personal information may be
// shared with processors bound by confidentiality agreements"; not "All data
// is transferred with TLS"). In a sentence about children, only security
// does so ("If we learn that we have collected personal information from a
// child, we will delete it" tells what happens to a child's data, as the
// annotators read it).
func topicLater(vw *sentence.View, c *sentence.Context, h lexicon.Hit) bool {
	if c.Meta || c.Children && !c.TopicSecurity {
		return false
	}
	if c.TopicAt < h.To {
		return partyAccess(vw, c, h)
	}
	v := vw.GoverningVerb(h.From)
	if v < 0 || vw.Clause[vw.Hits[v].From] != vw.Clause[h.From] {
		return false
	}
	if vw.Clause[c.TopicAt] > vw.Clause[h.From] && vw.IsRule(vw.Hits[v], lexicon.RShare) {
		return true
	}
	vh := vw.Hits[v]
	if vh.From > h.From {
		return c.TopicAt >= vh.To && vw.IsRule(vh, lexicon.RShare) && passedOnPassive(vw, h, vh) && partyBetween(vw, vh.To, c.TopicAt)
	}
	// (The data the verb's object: at most a determiner or a possessive
	// between them, after the verb's "to" ("have access to personal
	// information"); not "only statistics will be disclosed and
	// identifiable data will be kept confidential", "a password is used
	// to help protect your account and personal information".)
	from := vh.To
	if int(from) < len(vw.Toks) && vw.Is(from, lexicon.GTo) && vw.IsRule(vh, lexicon.RShare) {
		from++
	}
	if from > h.From || h.From-from > 2 {
		return false
	}
	for q := from; q < h.From; q++ {
		if !vw.In(q, lexicon.WordsDeterminers) && !vw.Is(q, lexicon.GPossessives) {
			return false
		}
	}
	return true
}

// partyAccess reports whether data h lies inside the words of security that
// make the sentence's topic, with a party right before them: "These third
// parties have access to your personal data only to perform these tasks"
// limits what the parties do with data passed to them, and passes it on.
func partyAccess(vw *sentence.View, c *sentence.Context, h lexicon.Hit) bool {
	if !c.TopicSecurity || c.TopicAt < 2 {
		return false
	}
	covered := false
	for _, g := range vw.Hits {
		if g.From == c.TopicAt && g.To >= h.To && vw.Entry(g).Class == "security" {
			covered = true
		}
	}
	if !covered {
		return false
	}
	for _, g := range vw.Hits {
		if g.To <= c.TopicAt && c.TopicAt-g.To <= 2 && vw.Entry(g).Cls == lexicon.ClassRecipient {
			return true
		}
	}
	return false
}

// partyBetween reports whether a recipient hit starts in [from, to).
func partyBetween(vw *sentence.View, from, to int32) bool {
	for _, g := range vw.Hits {
		if g.From >= from && g.From < to && vw.Entry(g).Cls == lexicon.ClassRecipient {
			return true
		}
	}
	return false
}

// place reports whether the bare location word at h names a place rather
// than where the reader is: plural ("locations outside the United States")
// unless the reader's, or after a word that picks out a place ("a", "one",
// "applicable", "franchised", "online", "store").
func place(vw *sentence.View, h lexicon.Hit) bool {
	if h.From > int32(vw.Own) {
		switch k := vw.Toks[h.From-1]; {
		case vw.Doc.InSet(k, lexicon.WordsPlacePicker):
			return int(h.To) >= len(vw.Toks) || !vw.Is(h.To, lexicon.GBased) // "a location based service" is about where you are
		case vw.Doc.InSet(k, lexicon.WordsReaderOwner):
			return false
		}
	}
	return vw.Is(h.To-1, lexicon.GLocations)
}

// placeNamed reports whether location hit h, after at most a possessive
// or "the", follows a word of varying and "on" or "by" ("depending on your
// location", "vary by location") or a preposition of place ("outside your
// country of residence", "on a server outside the country where you
// live").
func placeNamed(vw *sentence.View, h lexicon.Hit) bool {
	p := h.From - 1
	if p > int32(vw.Own) && (vw.Is(p, lexicon.GPossessives) || vw.Is(p, lexicon.GThe)) && !vw.Is(h.From, lexicon.GPossessives) {
		p--
	}
	if p < int32(vw.Own) {
		return false
	}
	if vw.Is(p, lexicon.GPlacePrepositions) || vw.Is(p, lexicon.GOf) && p > int32(vw.Own) && vw.Is(p-1, lexicon.GPlacePrepositions) {
		return true
	}
	return p > int32(vw.Own) && (vw.Is(p, lexicon.GOn) || vw.Is(p, lexicon.GBy)) && vw.Is(p-1, lexicon.GDepending)
}

// definesTracker reports whether the sentence opens by defining a tracking
// technology: its first hit, within its first four words, is one, and a
// form of "be" follows it ("Cookies are ...", "A web beacon is ...").
func definesTracker(vw *sentence.View) bool {
	i := -1
	for j, g := range vw.Hits {
		if int(g.From) >= vw.Own {
			i = j
			break
		}
	}
	if i < 0 {
		return false
	}
	g := vw.Hits[i]
	e := vw.Entry(g)
	return e.Cls == lexicon.ClassDatatype && e.Grp == lexicon.GroupCookiesTracking && int(g.From) < vw.Own+4 &&
		int(g.To) < len(vw.Toks) && vw.Is(g.To, lexicon.GAuxiliaries)
}

// visitTime reports whether browsing hit h is a visit named as a time:
// "during your visits to", "upon your first visit to", "on subsequent visits
// to".
func visitTime(vw *sentence.View, h lexicon.Hit) bool {
	visit := false
	q := h.From
	for ; q < h.To; q++ {
		if vw.Is(q, lexicon.GVisit) {
			visit = true
			break
		}
	}
	if !visit {
		return false
	}
	for q--; q >= int32(vw.Own) && vw.In(q, lexicon.WordsVisitModifier); q-- {
	}
	// "ads based on their visits to this website" is what is used.
	return q >= int32(vw.Own) && vw.In(q, lexicon.WordsVisitTime) &&
		!(q > int32(vw.Own) && vw.Is(q, lexicon.GOn) && vw.Is(q-1, lexicon.GBased))
}

// ourAddress reports whether the contact data at p is how to reach the
// company: "us at [the|our] ...", "us by ...".
func ourAddress(vw *sentence.View, p int32) bool {
	q := p - 1
	if q >= 0 && vw.In(q, lexicon.WordsAddressLead) {
		q--
	}
	if q < 1 {
		return false
	}
	if vw.In(q, lexicon.WordsAddressPrep) {
		return vw.Is(q-1, lexicon.GUs)
	}
	if vw.Is(q, lexicon.GAndOr) {
		// "at the phone numbers or postal address below": the same
		// address as the contact data before it.
		for _, g := range vw.Hits {
			if g.To == q && vw.Entry(g).Grp == lexicon.GroupContact && g.From < p {
				return ourAddress(vw, g.From)
			}
		}
	}
	return false
}

// sharesNoun reports whether the word at h is joined by "and" or "or" to a
// data word that ends the phrase ("payment and identity verification
// information").
func sharesNoun(vw *sentence.View, h lexicon.Hit) bool {
	if int(h.To) >= len(vw.Toks) || !vw.Is(h.To, lexicon.GAndOr) {
		return false
	}
	return vw.DataBetween(h.To, min(h.To+5, int32(len(vw.Toks))))
}

// negatedKeep reports whether a negated verb of keeping data governs the
// data at p: "We do not store payment information such as credit card
// details" (keeping is no data verb, so nothing else negates the details),
// or, after the data in its clause, a passive one that the data undergoes:
// "Your IP address is never logged" (not "These cookies do not hold your
// name", where the data before it does the keeping).
func negatedKeep(vw *sentence.View, p int32) bool {
	if !vw.Denies() {
		return false // (no negator: NegatedNear is false for every hit)
	}
	for _, g := range vw.Hits {
		if vw.Clause[g.From] != vw.Clause[p] || !vw.KeepCue(g) || !vw.NegatedNear(g.From, 2) {
			continue
		}
		if g.From < p && !vw.Excepted(g.To, p) || g.From > p && passiveAt(vw, g.From) {
			return true
		}
	}
	return false
}

// passiveAt reports whether a form of "be" or "have" stands at most three
// words before the verb at p: "is never logged", "are not stored".
func passiveAt(vw *sentence.View, p int32) bool {
	for q := p - 1; q >= p-3 && q >= int32(vw.Own); q-- {
		if vw.Is(q, lexicon.GAuxiliaries) {
			return true
		}
	}
	return false
}

// label reports whether hit i is in a short label that opens its sentence
// and ends in a colon ("Geolocation Data:"), with data of the same group
// named again after it.
func label(vw *sentence.View, i int) bool {
	h := vw.Hits[i]
	first := vw.Clause[vw.Own]
	if int(h.From) < vw.Own || vw.Clause[h.From] != first {
		return false
	}
	p := int(h.To)
	for p < len(vw.Toks) && vw.Clause[p] == first && p-vw.Own <= 6 {
		p++
	}
	if p == len(vw.Toks) || p-vw.Own > 6 {
		return false
	}
	gap := vw.Doc.Text[vw.Tok(int32(p-1)).End:vw.Tok(int32(p)).Start]
	if !strings.Contains(gap, ":") {
		return false
	}
	for _, g := range vw.Hits[i+1:] {
		if ge, he := vw.Entry(g), vw.Entry(h); ge.Class == he.Class && ge.Group == he.Group && int(g.From) >= p {
			return true
		}
	}
	return false
}

// cookiesAtWork reports whether cookie hit h (entry e) names cookies the
// service uses, in a statement with no verb of collecting: a verb of
// cookies at work or being set stands close to it in its clause ("Acme uses
// both session and persistent cookies", "these cookies remember your
// preferences", "first-party cookies are set by the site you visit"; not
// "our use of cookies", "cookies and how they are used"). Close is counted
// from the end of the list of data it heads ("cookies, beacons, tags and
// scripts are used by the Website"). A pointer to elsewhere states it only
// with a list of the cookies ("To see a list of our cookies, please visit
// the cookie table"; not "please see our Cookie Policy" nor "for more on
// cookies, please see the table of contents").
func cookiesAtWork(vw *sentence.View, c *sentence.Context, h lexicon.Hit, e *lexicon.Entry) bool {
	if e.Grp != lexicon.GroupCookiesTracking || h.Weak || c.Heading || c.Question || c.Meta || c.DNT {
		return false
	}
	if refusedThem(vw, h) || definedTracker(vw, h) {
		return true
	}
	if c.Choice || c.ChoiceRight || refusable(vw, h) {
		return false
	}
	pointer := c.Navigation || c.Instructs
	// "These cookies include ...", "This cookie marks you as signed in",
	// "Our cookies last a year": a sentence that opens with the cookies
	// after "this", "these" or "our" tells of cookies the service uses.
	if !pointer && int(h.From) == vw.Own+1 && (vw.Is(h.From-1, lexicon.GDemonstratives) || vw.Is(h.From-1, lexicon.GThis) || vw.Is(h.From-1, lexicon.GOur)) {
		return true
	}
	const near = 5
	end := listEnd(vw, h)
	for p := max(h.From-near, int32(vw.Own)); p < end+near && int(p) < len(vw.Toks); p++ {
		if p >= h.From && p < h.To || vw.Clause[p] != vw.Clause[h.From] {
			continue
		}
		listed := vw.In(p, lexicon.WordsCookieLists)
		if !vw.In(p, lexicon.WordsCookieActs) && !listed || vw.DataAt(p) {
			continue // (nor "tracking" in "tracking technologies")
		}
		// In a pointer, the list is of the cookies: "a list of our
		// cookies", "the cookie table" (not "the table of contents").
		if pointer && !(listed && (p == h.To || p < h.From && int(p)+1 < len(vw.Toks) && vw.Is(p+1, lexicon.GOf))) {
			continue
		}
		// "our use of cookies", "how cookies are used": the practice named,
		// or asked about, not stated ("a list of cookies" states it).
		if !listed && int(p)+1 < len(vw.Toks) && vw.Is(p+1, lexicon.GOf) {
			continue
		}
		asked := false
		for q := max(p-3, int32(vw.Own)); q < p; q++ {
			asked = asked || vw.Is(q, lexicon.GQuestionWords)
		}
		if !asked {
			return true
		}
	}
	return false
}

// cookiesVerdict names verdict vd of cookie hit h, read as cookies
// at work: the service's own cookies, or others' ("These third-party
// cookies may track ...", "the captcha provider may set a session
// cookie"), data passed to them, when the sentence names a third party
// (recipient tells whether a recipient named counts).
func cookiesVerdict(vw *sentence.View, c *sentence.Context, h lexicon.Hit, vd verdict, recipient bool) verdict {
	if vd.Keep && vd.Kind == "collect" {
		vd.Reason = "datatype/cookies-at-work"
		if withoutThem(vw, h) || refusedThem(vw, h) {
			// (The negator denies the working, not the cookies.)
			vd.Category, vd.Negated = "user-choice", false
		}
		// "If you use these platforms, their cookies may be set on your
		// device": cookies of theirs are another party's.
		if recipient || c.ThirdPartySubject || strings.Contains(strings.ToLower(vw.Doc.Text[vw.Tok(h.From).Start:vw.Tok(h.To-1).End]), "third") || theirCookies(vw, h) {
			vd.Kind, vd.Category, vd.Reason = "share", "third-party-sharing", "datatype/cookies-of-others"
		}
	}
	return vd
}

// theirCookies reports whether "their" (or "their own") stands right
// before cookie hit h, with no "we" in its sentence ("their cookies may be
// set on your device when you use our site"; not "we let advertisers read
// their cookies", where the company acts).
func theirCookies(vw *sentence.View, h lexicon.Hit) bool {
	p := h.From - 1
	if p > int32(vw.Own) && !vw.Is(p, lexicon.GTheir) {
		if vw.Is(p, lexicon.GOwn) {
			p--
		}
	}
	return p >= int32(vw.Own) && vw.Is(p, lexicon.GTheir) && !vw.SentenceHas(lexicon.GWe)
}

// partysContact reports whether the list of data that contact hit h
// starts ends in "of" and a company it belongs to, which ends the phrase,
// in h's clause: a recipient named within three words after the "of", or
// a word of business or "parties" after small words ("of all third parties
// with which we shared it", "of those businesses", "of such parties"; not
// "the names of your social networking site friends").
func partysContact(vw *sentence.View, h lexicon.Hit) bool {
	p := listEnd(vw, h)
	if int(p)+1 >= len(vw.Toks) || vw.Clause[p] != vw.Clause[h.From] || !vw.Is(p, lexicon.GOf) {
		return false
	}
	for _, g := range vw.Hits {
		if g.From > p && g.From <= p+3 && vw.Entry(g).Cls == lexicon.ClassRecipient && vw.Clause[g.From] == vw.Clause[p] {
			return phraseEnds(vw, g.To)
		}
	}
	q := p + 1
	for int(q) < len(vw.Toks) && q <= p+2 && vw.In(q, lexicon.WordsDeterminers) {
		q++
	}
	return int(q) < len(vw.Toks) && vw.Clause[q] == vw.Clause[p] && (vw.Is(q, lexicon.GBusiness) || vw.Is(q, lexicon.GParties)) && phraseEnds(vw, q+1)
}

// phraseEnds reports whether a noun phrase ends before p: at the end of
// the sentence or of a clause, at a mark, or before a relative word or a
// preposition ("third parties with which", "those businesses that").
func phraseEnds(vw *sentence.View, p int32) bool {
	return int(p) >= len(vw.Toks) || vw.Clause[p] != vw.Clause[p-1] || vw.Tok(p).SepBefore != text.SepSpace || vw.Is(p, lexicon.GRelative) ||
		vw.Is(p, lexicon.GPhraseEnders)
}

// listEnd returns the end of the list of data that data hit h starts: the
// end of the last data hit reached from h over "and", "or" and the
// separators between them, in h's clause.
func listEnd(vw *sentence.View, h lexicon.Hit) int32 {
	end := h.To
	for int(end) < len(vw.Toks) && vw.Clause[end] == vw.Clause[h.From] {
		p := end
		if vw.Is(p, lexicon.GAndOr) {
			p++
		}
		next := int32(-1)
		for _, g := range vw.Hits {
			if g.From == p && vw.Entry(g).Cls == lexicon.ClassDatatype && vw.Clause[p] == vw.Clause[h.From] {
				next = max(next, g.To)
			}
		}
		if next < 0 {
			break
		}
		end = next
	}
	return end
}

// readersNoun reports whether verb hit vh is one word after the reader's
// possessive ("the user's disclosure of limited personal information",
// "your disclosure of data to others"): a noun of the reader's act.
func readersNoun(vw *sentence.View, vh lexicon.Hit) bool {
	return vh.To-vh.From == 1 && vh.From > int32(vw.Own) && vw.Is(vh.From-1, lexicon.GReadersPossessive)
}

// readerGives reports whether a collecting cue that opens with "you" ("You
// give", "you may provide") ends right before p, in its clause.
func readerGives(vw *sentence.View, p int32) bool {
	for _, g := range vw.Hits {
		if g.From < p && g.To >= p && g.To-g.From > 1 && vw.Clause[g.From] == vw.Clause[p] && vw.IsRule(g, lexicon.RCollect) && vw.Is(g.From, lexicon.GReader) {
			return true
		}
	}
	return false
}

// withoutThem reports whether the sentence of vw says what does not work
// without cookie hit h: a word of lacking stands close before it in its
// clause and a negator counts in the sentence ("the site cannot work
// without these cookies", "some features may not function properly without
// the aid of cookies"). OPP-115 reads what the reader loses without cookies
// as the reader's choice.
func withoutThem(vw *sentence.View, h lexicon.Hit) bool {
	return vw.SetBefore(h.From, 5, lexicon.WordsLacking) && vw.Denies()
}

// refusedThem reports whether the sentence of vw says what the reader
// loses by refusing cookie hit h: a verb of refusing stands right before
// it, within three words of its clause, and the sentence denies something or
// names a loss ("if you reject our cookies, some pages may not work",
// "refusing cookies is likely to limit your access to the site"; not "you
// can delete cookies in your browser settings", a way to control them). It
// says the site uses them, the reader's choice as OPP-115 reads it.
func refusedThem(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.SetBefore(h.From, 3, lexicon.WordsCookieRefusals) {
		return false
	}
	if vw.Denies() {
		return true
	}
	for p := h.To; int(p) < len(vw.Toks); p++ {
		if vw.In(p, lexicon.WordsImpairing) {
			return true
		}
	}
	return false
}

// requested reports whether data hit h follows a request named as a noun
// ("any other request for user information").
func requested(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.To == h.From && vw.IsRule(g, lexicon.RRequestNoun) {
			return true
		}
	}
	return false
}

// othersKeep reports whether a verb of keeping data in the sentence has
// another subject than the reader ("we store", "logs are kept"; not "the
// files that you store on our service").
func othersKeep(vw *sentence.View) bool {
	for _, h := range vw.Hits {
		if vw.KeepCue(h) && !(int(h.From) > vw.Own && vw.Is(h.From-1, lexicon.GReader)) {
			return true
		}
	}
	return false
}

// refusable reports whether a passive verb of refusing cookies after cookie
// hit h, at most eight words on in its clause, follows a modal at most
// three words before it ("Cookies that have been saved already can be
// deleted at any time", "these cookies may be blocked"; not "if you block
// these cookies, you will disable ..."): what the reader may do with them,
// not cookies at work.
func refusable(vw *sentence.View, h lexicon.Hit) bool {
	for p := h.To; p < h.To+8 && int(p) < len(vw.Toks) && vw.Clause[p] == vw.Clause[h.From]; p++ {
		if !vw.In(p, lexicon.WordsCookieRefusals) || !vw.In(p-1, lexicon.WordsBeForms) {
			continue
		}
		for q := p - 1; q >= h.To && q >= p-3; q-- {
			if vw.In(q, lexicon.WordsModal) {
				return true
			}
		}
	}
	return false
}

// definedTracker reports whether the sentence of vw opens by defining
// cookie hit h: h is its first words, after at most a determiner, and a
// form of "be" follows it with a noun of what a tracker is close after ("A
// cookie is a small text file placed on your device", "Web beacons are tiny
// graphics with a unique identifier"; not "Cookies are not required to use
// the site"). A policy explains the trackers it uses.
func definedTracker(vw *sentence.View, h lexicon.Hit) bool {
	if int(h.From)-vw.Own > 1 || int(h.From) > vw.Own && !vw.In(int32(vw.Own), lexicon.WordsDeterminers) ||
		int(h.To)+1 >= len(vw.Toks) || !vw.In(h.To, lexicon.WordsBeForms) || vw.Denies() {
		return false
	}
	for p := h.To + 1; p <= h.To+7 && int(p) < len(vw.Toks) && vw.Clause[p] == vw.Clause[h.From]; p++ {
		if vw.In(p, lexicon.WordsTrackerKinds) {
			return true
		}
	}
	return false
}

// advisedAgainst reports whether data hit h follows advice to the reader
// not to do something ("you should avoid uploading photos with GPS data",
// "we recommend that you not post your home address"): data the reader is
// told to keep back is no practice of the company's.
func advisedAgainst(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.From >= h.From {
			break // (the hits are in order of position: none on ends before h)
		}
		if int(g.From) >= vw.Own && g.To <= h.From && int(g.To) < len(vw.Toks) && vw.IsRule(g, lexicon.RAdvice) &&
			(vw.Is(g.To, lexicon.GWarningOpeners) || vw.Is(g.To, lexicon.GNot)) {
			return true
		}
	}
	return false
}

// inRequest reports whether the sentence of vw names, before data hit h, a
// request or an inquiry of the reader's as a thing ("to make such a
// request, please provide your name", "in the body of your request"; not "a
// form that requests your name", "your request for our services", "your
// name; the category of your inquiry") and the company does not act in it
// ("you must provide it so that we can process your request" says what the
// company collects).
func inRequest(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.MayHaveIn(lexicon.WordsDemands) {
		return false
	}
	found := false
	for p := int32(vw.Own); int(p) < len(vw.Toks); p++ {
		if vw.Is(p, lexicon.GWe) {
			return false
		}
		if found || p >= h.From || !vw.In(p, lexicon.WordsDemands) || int(p) == vw.Own {
			continue
		}
		if int(p)+1 < len(vw.Toks) && vw.Is(p+1, lexicon.GFor) {
			continue
		}
		q := p - 1
		found = vw.Is(q, lexicon.GPossessives) || vw.Is(q, lexicon.GArticle) || vw.Is(q, lexicon.GThe) || vw.Is(q, lexicon.GDemonstratives) || vw.Is(q, lexicon.GFor)
	}
	return found
}

// protectedOnly reports whether data hit h (governing verb v or -1) is what
// a measure of security protects: the sentence is about security and states
// no collecting, passing on or sale, and a security cue stands before h in
// the clause of the verb of using that governs h, as what is used or in the
// aim of the using ("SSL is used to protect your card number", "we use
// encryption to secure your payment data"; not "we use your email address
// to secure your account", "we use anonymized data and purchase history").
func protectedOnly(vw *sentence.View, c *sentence.Context, h lexicon.Hit, v int) bool {
	if !c.Security || c.Collect || c.Share || c.Sale || c.Carried.Collect || c.Carried.Share || v < 0 || !vw.IsRule(vw.Hits[v], lexicon.RUse) {
		return false
	}
	vh := vw.Hits[v]
	if vh.To > h.From {
		return false
	}
	// The measure is what is used ("SSL is used to protect"), or what
	// protects in the aim of the using, after a "to" between the verb and
	// the data ("we use encryption to protect"); not a word that describes
	// the data used ("we use anonymized data and purchase history").
	aim := false
	for q := vh.To; q < h.From && !aim; q++ {
		aim = vw.Is(q, lexicon.GTo)
	}
	for _, g := range vw.Hits {
		if int(g.From) < vw.Own || g.To > h.From || vw.Clause[g.From] != vw.Clause[vh.From] || vw.Entry(g).Class != "security" {
			continue
		}
		if aim || g.To <= vh.From {
			return true
		}
	}
	return false
}

// toldToReader reports whether data hit h stands after "please" in its
// sentence, with no "that", "which", occasion ("if", "when"), "we" or verb
// of giving data ("provide", "send") between them, nor a word of taking
// note right after "please": the object of what the reader is asked to do,
// other than hand it over.
func toldToReader(vw *sentence.View, h lexicon.Hit) bool {
	for p := h.From - 1; p >= int32(vw.Own); p-- {
		if vw.Is(p, lexicon.GThatWhich) || vw.Is(p, lexicon.GOccasion) || vw.Is(p, lexicon.GWe) || vw.In(p, lexicon.WordsGiving) || vw.In(p, lexicon.WordsHandingOver) {
			return false
		}
		if vw.In(p, lexicon.WordsInstructing) {
			// ("Please note: GitHub does not store your card
			// number", "please be aware": a statement follows.)
			for q := p + 1; q <= p+3 && q < h.From; q++ {
				if vw.In(q, lexicon.WordsNoting) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// weHaveAccess reports whether the verb of access vh ("have access", "gain
// access") has "we" as its subject, at most four words before it ("we may
// have access", "we will no longer have access"): not "our employees" nor
// "our partners", whose access is no data the company collects.
func weHaveAccess(vw *sentence.View, vh lexicon.Hit) bool {
	for p := vh.From - 1; p >= int32(vw.Own) && p >= vh.From-4; p-- {
		if vw.Tok(p+1).SepBefore >= text.SepComma {
			return false
		}
		if vw.Is(p, lexicon.GWe) {
			return true
		}
	}
	return false
}

// runInTitle reports whether data hit h is all of a sentence that stands
// alone, with no list intro: no word before it but a list letter or
// number ("A.", "2."), none after it but "us" or "to us", its first word
// in capitals.
func runInTitle(vw *sentence.View, h lexicon.Hit) bool {
	if vw.Own != 0 || vw.Tok(h.From).Flags&text.TokUpper == 0 {
		return false
	}
	for q := int32(0); q < h.From; q++ {
		if t := vw.Tok(q); t.End-t.Start > 1 && t.Num < 0 {
			return false
		}
	}
	for q := h.To; int(q) < len(vw.Toks); q++ {
		if !vw.Is(q, lexicon.GUs) && !vw.Is(q, lexicon.GTo) {
			return false
		}
	}
	return true
}

// disclaimedData reports whether data hit h stands after a disclaimer cue
// of its sentence ("we are not responsible for their use of your IP
// address"), or close before one in its clause with no verb of its own
// ("Your interactions with these sites are not governed by this policy").
func disclaimedData(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if !vw.IsRule(g, lexicon.RDisclaimer) {
			continue
		}
		if g.From < h.From || g.From-h.To <= 6 && vw.Clause[g.From] == vw.Clause[h.From] && vw.GoverningVerb(h.From) < 0 {
			return true
		}
	}
	return false
}

// givesAccess reports whether verb hit vh gives access: one of its words is
// the noun of access ("grant access to", "provide access to").
func givesAccess(vw *sentence.View, vh lexicon.Hit) bool {
	for p := vh.From; p < vh.To; p++ {
		if vw.Is(p, lexicon.GAccessNouns) {
			return true
		}
	}
	return false
}

// toReader reports whether verb hit vh, before data hit h, passes it to
// the reader: "you" right after the verb ("send you information", "provide
// you with details"), or "with you" or "to you" as the first "to" or "with"
// after h in its clause, at most eight words on, with no verb between
// ("share information about our products with you"; not "the sharing of
// data needed for providing services to you").
func toReader(vw *sentence.View, h, vh lexicon.Hit) bool {
	if vh.To > h.From {
		return false
	}
	if vw.Clause[h.From] != vw.Clause[vh.From] {
		return false
	}
	if vw.Is(vh.To, lexicon.GReader) && vw.Tok(vh.To).SepBefore == text.SepSpace {
		return true
	}
	for p := h.To; p < h.To+8 && int(p)+1 < len(vw.Toks) && vw.Clause[p] == vw.Clause[h.From] && !verbAt(vw, p); p++ {
		if vw.Is(p, lexicon.GToWith) {
			return vw.Is(p+1, lexicon.GReader) && vw.Clause[p+1] == vw.Clause[p]
		}
	}
	return false
}

// inPartyList reports whether data hit h follows a party in a list: the
// nearest party or data hit before it is a party, with only "and" or "or"
// between or the end of its list's intro, and the nearest after it in its
// sentence, if any, is a party or another data hit of its group; "to" or
// "with" does not follow it.
func inPartyList(vw *sentence.View, h lexicon.Hit) bool {
	prev, next := -1, -1
	for k, g := range vw.Hits {
		if cls := vw.Entry(g).Cls; cls != lexicon.ClassRecipient && cls != lexicon.ClassDatatype {
			continue
		}
		if g.To <= h.From {
			prev = k
		} else if g.From >= h.To && next < 0 {
			next = k
		}
	}
	if prev < 0 || vw.Entry(vw.Hits[prev]).Cls != lexicon.ClassRecipient {
		return false
	}
	// (A list item's first words follow its intro's parties, in an intro
	// that names no data and no practice: "These service providers
	// include: - operating systems and platforms"; not "We share with
	// advertisers: - device information".)
	if h.From == int32(vw.Own) {
		for _, g := range vw.Hits {
			if int(g.From) < vw.Own && (vw.Entry(g).Cls == lexicon.ClassDatatype || vw.IsRule(g, lexicon.RShare) || vw.IsRule(g, lexicon.RCollect) || vw.IsRule(g, lexicon.RUse)) {
				return false
			}
		}
	} else {
		for p := vw.Hits[prev].To; p < h.From; p++ {
			if !vw.Is(p, lexicon.GAndOr) {
				return false
			}
		}
	}
	if int(h.To) < len(vw.Toks) && vw.Is(h.To, lexicon.GToWith) {
		return false // "with advertisers and device data with partners"
	}
	if next < 0 {
		return true
	}
	ne := vw.Entry(vw.Hits[next])
	return ne.Cls == lexicon.ClassRecipient || ne.Cls == lexicon.ClassDatatype && ne.Grp == lexicon.GroupComputerInfo
}

// deniedShareAfter reports whether the first verb of passing data on after
// data hit h in its clause denies, in the passive, that h is passed on,
// while a verb of collecting in h's relative clause governs it ("The
// information we collect will not be given to any third party").
func deniedShareAfter(vw *sentence.View, h lexicon.Hit) bool {
	for _, wi := range vw.Verbs {
		w := vw.Hits[wi]
		if w.From < h.To || vw.Clause[w.From] != vw.Clause[h.From] || !vw.IsRule(w, lexicon.RShare) {
			continue
		}
		return vw.SubjectOfDenial(h, wi)
	}
	return false
}

// phoneDevice reports whether the bare "phone" of hit h is the device, not
// the reader's phone number: after "on" or "from" and a possessive ("turn
// off notifications on your phone", "data from your phone"), after a
// device's kind (words device-names: "your Android phone"), or after a word
// of linking a device (words device-linking) and a possessive ("unlink your
// phone from your computer", "pair your phone").
func phoneDevice(vw *sentence.View, h lexicon.Hit) bool {
	own := int32(vw.Own)
	p := h.From - 1
	if p >= own && vw.In(p, lexicon.WordsDeviceNames) {
		return true
	}
	if p <= own || !vw.Is(p, lexicon.GPossessives) {
		return false
	}
	return vw.Is(p-1, lexicon.GOn) || vw.Is(p-1, lexicon.GFrom) || vw.In(p-1, lexicon.WordsDeviceLinking)
}

// profileAsPlace reports whether account hit h opens with a possessive
// right after a preposition of place and ends in no noun of data: "to your
// profile", "from their profile page" (not "access to your profile
// information").
func profileAsPlace(vw *sentence.View, h lexicon.Hit) bool {
	return h.From > int32(vw.Own) && vw.Is(h.From, lexicon.GPossessives) && vw.Is(h.From-1, lexicon.GContainerPreps) && !vw.Is(h.To-1, lexicon.GDataNouns)
}

// bodyFingerprint reports whether hit h is a bare word of a body print
// (words body-prints) and a biometric hit stands elsewhere in the sentence.
func bodyFingerprint(vw *sentence.View, h lexicon.Hit) bool {
	if h.To-h.From != 1 || !vw.In(h.From, lexicon.WordsBodyPrints) {
		return false
	}
	for _, g := range vw.Hits {
		if vw.IsRule(g, lexicon.RBiometrics) && (g.To <= h.From || g.From >= h.To) {
			return true
		}
	}
	return false
}

// labelDenied reports whether data hit h, with no verb of its own, names
// data that a later clause of its sentence, after a colon, semicolon or
// dash, denies: the same kind of data the
// object of a denied verb there ("Health data of students: Acme does not
// collect health information", an item's label and what it says).
func labelDenied(vw *sentence.View, c *sentence.Context, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.From < h.To || g.Entry != h.Entry || vw.Clause[g.From] == vw.Clause[h.From] {
			continue
		}
		if v := vw.GoverningVerb(g.From); v >= 0 && vw.Hits[v].To <= g.From && vw.NegatedVerb(v, c) && clauseMarkIn(vw, h.To, g.From) {
			return true
		}
	}
	return false
}

// clauseMarkIn reports whether a colon, semicolon or dash stands before one
// of the tokens from position from up to position to.
func clauseMarkIn(vw *sentence.View, from, to int32) bool {
	for p := from; p <= to && int(p) < len(vw.Toks); p++ {
		if vw.Tok(p).SepBefore == text.SepClause {
			return true
		}
	}
	return false
}

// deniedExamples reports whether data hit h stands among the examples of
// data denied before it in its clause: data right before "such as" or
// "including", which a negator denies (NegatedData from from), its
// examples denied with it ("should not include any sensitive personal
// data, such as government identifiers (for example social security
// numbers) or medical records"), however the examples are worded.
func deniedExamples(vw *sentence.View, h lexicon.Hit, from int32) bool {
	if !vw.Denies() {
		return false
	}
	n := int32(len(vw.Toks))
	for _, g := range vw.Hits {
		if g.To > h.From {
			return false
		}
		if vw.Entry(g).Cls != lexicon.ClassDatatype || g.To >= n || vw.Clause[g.From] != vw.Clause[h.From] {
			continue
		}
		if (vw.ExamplesOpen(g.To) || g.To+1 < n && vw.ExamplesOpen(g.To+1)) && vw.NegatedData(g, from, 2) {
			return true
		}
	}
	return false
}
