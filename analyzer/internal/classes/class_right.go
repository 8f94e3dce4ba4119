package classes

import (
	"slices"
	"strings"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// rightClass judges the reader's rights and choices (rule class "right").
type rightClass struct{}

// Judge reads a word of a right in three steps, each of which may decide:
// the word names no right here (notARight); the right is not the
// reader's, or not granted (notTheReaders); and which right the reader
// has, denied or not (theRight).
func (*rightClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	e := vw.Entry(h)
	// A list of rights' nouns names them ("your access, portability and
	// deletion rights"; see nounListOfRights).
	nouns := h.Weak && nounListOfRights(vw, i)
	if vd := notARight(vw, c, i, h, e, nouns); vd.decided() {
		return vd
	}
	if vd := notTheReaders(vw, c, i, h, e, nouns); vd.decided() {
		return vd
	}
	return theRight(vw, c, i, h, e)
}

// notARight is Judge's first step: the readings of hit h (of entry e, the
// i-th hit) that name no right (a purpose, a data item, a copy of a
// contract, settings of something else, a law's name) or deny a sale;
// undecided otherwise. nouns marks a hit in a list of rights' nouns.
func notARight(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit, e *lexicon.Entry, nouns bool) verdict {
	// "We do not sell or share any of it": the link's words, said by the
	// company, deny a sale.
	if vw.IsRule(h, lexicon.ROptOutSale) && weDoNotSell(vw, h) {
		return saleVerdict(vw, c, h, true, "right/we-do-not-sell")
	}
	// "Copies of that information may still be viewable", "residual copies
	// of your data may remain on backups", "we may retain copies of your
	// information": copies that linger, no copy given to the reader.
	if vw.IsRule(h, lexicon.RAccess) && lingeringCopies(vw, h) {
		return drop("right/lingering-copies")
	}
	// "Such businesses may have in place a policy not to disclose it if
	// the customer has opted out": what companies in general do (see
	// View.OthersInGeneral) is no right the company gives.
	if vw.OthersInGeneral() {
		return drop("right/others-in-general")
	}
	// "We use your personal information to process payments, fix errors
	// and improve the site": what the data is used for (see
	// View.RightAsPurpose), the purpose class's finding.
	if !h.Weak && vw.RightAsPurpose(h) {
		return drop("right/a-purpose-of-use")
	}
	// The bare word inside a phrase of its own right that is kept: the
	// phrase is the finding (see lexicon.dominated).
	if h.Weak && inOwnPhrase(vw, h) {
		return drop("right/in-its-phrase")
	}
	// A bare word of a right ("erasure", "corrected", "limit") is one only in
	// a list with a right named in full, or framed as the reader's; after
	// "your" or "our" it names a thing ("next to your review"); in capitals, a
	// keyword ("reply REMOVE").
	if h.Weak && !nouns && (int(h.From) > vw.Own && vw.Is(h.From-1, lexicon.GPossessives) || vw.Tok(h.From).Flags&text.TokAllCaps != 0 || !listedRight(vw, i) && !framedRight(vw, h) && !framedVerbList(vw, i) && !rightToChain(vw, h) && !itemOfRights(vw, h) && !checkedRequest(vw, h)) {
		return drop("right/bare-word")
	}
	// "the processing is unlawful and you oppose the erasure of the data and
	// request restriction instead": the erasure the reader opposes is no
	// right to it.
	if opposed(vw, h) {
		return drop("right/opposed")
	}
	// "If scripting is disabled, you do not need to opt out", "you don't
	// have to do anything to opt-out": an act the reader is told is not
	// needed, neither a right granted nor one denied.
	if needless(vw, h) {
		return drop("right/needless")
	}
	// "You may request a copy of the Standard Contractual Clauses", "to
	// obtain a copy of the clauses": a copy of a contract, no access to data.
	if vw.IsRule(h, lexicon.RAccess) && safeguardCopy(vw, h) {
		return drop("right/a-copy-of-a-contract")
	}
	// "Most web browsers automatically accept cookies", "a temporary
	// cookie to determine if your browser accepts cookies": what the
	// browser does by itself, no control the reader has.
	if vw.IsRule(h, lexicon.RCookieControl) && browserAccepts(vw, h) {
		return drop("right/the-browser-accepts")
	}
	// "You must cancel your accounts if you do not wish to receive any
	// service communications from us": closing the account is the way to
	// stop messages the reader cannot otherwise refuse, no deletion right.
	if vw.IsRule(h, lexicon.RDeletion) && vw.HasSetWord(h, lexicon.WordsAccountWords) && messagesRefused(vw) {
		return drop("right/account-ended-to-stop-messages")
	}
	// "provide you with updates and information", "receive updates from
	// us": news sent to the reader, not a correction of data.
	if h.Weak && h.To-h.From == 1 && vw.In(h.From, lexicon.WordsNewsNouns) &&
		(h.From > int32(vw.Own) && vw.In(h.From-1, lexicon.WordsNewsLead) || int(h.To) < len(vw.Toks) && vw.In(h.To, lexicon.WordsNewsTopic)) {
		return drop("right/news-sent")
	}
	// "such as hardware model, operating system, IP address, and device
	// settings": an item of a list of data, not a right; but in "the rights
	// of information, access, rectification and erasure" rights follow, and
	// the list is one of rights; nor is one opened by a verb of the
	// reader's ("reset your advertising ID or opt out of tailored ads") or
	// by "to" ("for more information or to file a complaint"), nor an
	// item that names the right or gives it to the reader ("details about
	// our processing of your personal information, and the right to delete
	// your information", "your personal information and give you access to
	// your personal information"). The data
	// must be the item's own: after "You have these rights over your
	// data:", "Right to deletion" is a right. Nor is the authority a
	// complaint goes to, "to" or "with" at most six words before it ("an
	// appeal about the processing of personal data to a supervising
	// authority"), nor one whose name a word of data opens
	// ("your data privacy regulator"); but "the contact details of the data
	// protection authorities" are data. Nor is one the reader requests
	// ("restrict the processing of your data, or request portability").
	if i > 0 && !(vw.IsRule(h, lexicon.RComplaint) && (vw.GrammarBefore(h.From, 6, lexicon.GToWith) || vw.Hits[i-1].To == h.From)) && vw.Hits[i-1].From >= int32(vw.Own) && vw.Entry(vw.Hits[i-1]).Cls == lexicon.ClassDatatype && vw.Hits[i-1].To <= h.From && listGap(vw, vw.Hits[i-1].To, h.From) && !vw.SentenceHasIn(vw.Hits[i-1].To, h.From, lexicon.GRequest) && !(rightFollows(vw, i) && listedRight(vw, i)) && !vw.In(h.From, lexicon.WordsRightVerbs) && !vw.Is(h.From-1, lexicon.GTo) && !(!h.Weak && (vw.Is(h.From, lexicon.GRight) || e.Cat == lexicon.CategoryUserAccess && vw.HasWord(h, lexicon.GReadersRight))) {
		return drop("right/a-data-item")
	}
	// "You can turn off location collection through your device settings",
	// "turn push notifications off in your device settings": settings of
	// something other than cookies.
	if otherSettings(vw, h) {
		return drop("right/settings-of-something-else")
	}
	// "You should review your privacy settings on third-party websites
	// before linking them to our service": advice (cue advice) about
	// settings of others' sites, no choice the company offers ("You can
	// change your privacy settings on other sites, which limits what we
	// receive" still offers one).
	if c.Instructs && settingsElsewhere(vw, h) {
		return drop("right/settings-elsewhere")
	}
	// "Do Not Track is a privacy preference that users can set in certain
	// web browsers": the browser's signal, told of as Do Not Track, no
	// control over cookies (unless the sentence names cookies or tracking
	// technology).
	if c.DNT && vw.IsRule(h, lexicon.RCookieControl) && vw.In(h.To-1, lexicon.WordsSettingsNouns) && !namesCookies(vw) {
		return drop("right/a-dnt-setting")
	}
	// "the Health Insurance Portability and Accountability Act": a word
	// of the law's name.
	if inLawName(vw, h) {
		return drop("right/in-a-law-name")
	}
	return verdict{}
}

// notTheReaders is Judge's second step: the readings of right hit h (of
// entry e, the i-th hit) where someone else acts (the company, a named
// party, the reader's administrator) or the right is conceded, conditional,
// said not to hold, or only pointed at; undecided where the reader holds
// the right. nouns marks a hit in a list of rights' nouns.
func notTheReaders(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit, e *lexicon.Entry, nouns bool) verdict {
	access := e.Cat == lexicon.CategoryUserAccess
	// "Your administrator may access, export or delete your account
	// data", "Your friend may ask us to remove it": someone of the
	// reader's acts, not the reader.
	if yourPartyActs(vw, i) {
		return drop("right/your-party-acts")
	}
	// "Only authorized staff can access your account information": the
	// company's people, named by a security practice right before the
	// modal, act; the sentence says who may see the data, no right.
	if access && guardedAccess(vw, i) {
		return drop("right/staff-act")
	}
	// "how the information that you submit, review and edit in the
	// Service is used": a clause that names data by what the reader does
	// with it, with no word of a right or an ability, grants nothing
	// ("content that you delete is removed" still says it can be deleted).
	if access && readerClauseNames(vw, i) && !vw.IsRule(h, lexicon.RDeletion) {
		return drop("right/names-data")
	}
	// "by authorizing us to download the information from a third party":
	// the company acts, as the reader lets it (deletion, "allow us to
	// delete", is left to the rules below).
	if usPermitted(vw, i) && !vw.IsRule(h, lexicon.RDeletion) {
		return drop("right/we-are-permitted")
	}
	// "You may sign up for our emails by accessing your profile", "opt
	// out by editing your account settings": the way the reader does
	// something else, not a right to see, correct or take data; "by
	// deleting your account" still deletes.
	if access && h.From > int32(vw.Own) && vw.Is(h.From-1, lexicon.GBy) && vw.Is(h.From, lexicon.GMeansGerunds) && !vw.IsRule(h, lexicon.RDeletion) {
		return drop("right/a-means")
	}
	// "review and update your consent", "review your subscriptions": a
	// choice made, not data seen or corrected.
	if access && overSettings(vw, h) {
		return drop("right/over-a-setting")
	}
	// A right is the reader's: "you can delete", "request deletion",
	// "right to erasure", a link "Delete my account" in the reader's voice —
	// not "we will delete such information".
	if access && !(nouns || c.You || c.Choice || vw.HasWord(h, lexicon.GReadersRight) || vw.HasSetWord(h, lexicon.WordsReadersVoice) || vw.SentenceHas(lexicon.GReader) || !c.Heading && readerInRight(vw) || introFrames(vw, h) || readerMay(vw) || readerAgent(vw, h) || readerHolds(vw, h) || framedVerbList(vw, i) || listedBeforeReaders(vw, i) || listedAfterReaders(vw, i) || checkedRequest(vw, h)) {
		return drop("right/not-the-readers")
	}
	// "We delete your data 30 days after you close your account", "we
	// limit how we use your information": our doing, unless the reader
	// asks for it ("we will delete it at your request") or the right's
	// words give it to the reader ("we will provide you with a copy").
	// "We are committed to resolving complaints about our use of your
	// data": the company dealing with the reader's complaint is the way
	// to complain it offers.
	// "This notice describes how we use cookies and how to control your
	// cookie settings": control of the reader's cookies after "how to" is
	// what the reader is told how to do, whoever acts before it. (Only
	// cookies, and only "your": "tell you how to opt out", "how to access
	// your data" in a list of what the policy covers are read as no right
	// by the annotators, nor a title, "How We Use Cookies and How To
	// Disable These Technologies", by OPP-115's.) A right in the reader's
	// voice, a link "Do Not Sell My Personal Information" the reader
	// clicks, is the reader's whoever acts before it; so is a right later
	// in an item whose head is a right the intro frames ("you may ask us
	// to:" then "provide access to your data, at times in a portable
	// format").
	if !c.Choice && !nouns && vw.ActorBefore(h.From) == sentence.PartyWe && !howToControl(vw, h) && !vw.HasSetWord(h, lexicon.WordsReadersVoice) &&
		!readerAsks(vw, h) && !vw.HasWord(h, lexicon.GReader) && !introFrames(vw, h) && !handlesComplaint(vw, h) && !checkedRequest(vw, h) && !headFramed(vw, h) {
		return drop("right/we-act")
	}
	// "Fark retains the right to remove this content", "we reserve the
	// right to delete accounts": the company's right, not the reader's.
	if vw.CompanyReserves(h) {
		return drop("right/company-reserves")
	}
	// "Anyone who can access the Network can view your profile", "Who
	// Can See Your Information?": what others may do is not the
	// reader's right. (Whoever acts in "The company will provide you with
	// a copy of your data", the right's words give the reader's data to
	// the reader; not in "Partners may give you a copy of their notice".)
	if access && (vw.SubjectBefore(h.From) == sentence.PartyThird && !ownData(vw, h) && !introFrames(vw, h) && !partyInEarlierItem(vw, i) && !(vw.HasWord(h, lexicon.GReader) && vw.SetFrom(int(h.To), lexicon.WordsYourForms)) || whoDoes(vw, h.From) || groupSeesYours(vw, h) || otherSubjectOfCondition(vw, h)) {
		return drop("right/others-act")
	}
	// "Care2 may receive your personal information when you provide it",
	// "Acme will request your data": a named party acts (a capitalised
	// word, no name of the reader nor a plural, before the modal before
	// the right's words), not the reader. (Its deleting stays: "you may
	// close your account and Tumblr will delete the information".)
	if access && !vw.IsRule(h, lexicon.RDeletion) && (namedActor1(vw, h) || partyPhraseActs(vw, h)) {
		return drop("right/named-party-acts")
	}
	// "This policy will tell you what information we collect": the
	// policy describing itself, no access the reader may ask for.
	if access && policyTells(vw, h) {
		return drop("right/the-policy-tells")
	}
	// "This Policy may be amended or updated from time to time": the
	// policy's own amendment, which a change hit over the same words names,
	// no correction or deletion the reader may ask for.
	if e.Cat == lexicon.CategoryUserAccess && policyAmended(vw, h) {
		return drop("right/the-policy-amended")
	}
	// "If you decide to close your account, ...": the reader's action
	// as a condition for something else, not a right the policy grants.
	// But "If you delete your account, your data will be deleted": the
	// condition's outcome is the reader's data deleted, a way to have it
	// deleted that the sentence states.
	// "Acme, in its sole discretion, may suspend or terminate your
	// account", "we reserve the right, at our sole discretion, to delete
	// your registration information": the company's power over the
	// reader's account, no right the reader holds.
	if access && companysDiscretion(vw) {
		return drop("right/the-companys-discretion")
	}
	// "Your posts may remain even after you cancel your account", "Some
	// of your information may remain in backups even if you ask us to
	// delete it": a deletion conceded ("even" before the condition) says
	// what survives it, not that the reader may have the data deleted.
	if vw.IsRule(h, lexicon.RDeletion) && conceded(vw, h) {
		return drop("right/a-concession")
	}
	if access && !c.Choice && conditionalAction(vw, h) && !checkedRequest(vw, h) && !(vw.IsRule(h, lexicon.RDeletion) && (deletedAfter(vw, h) || !c.Heading && deletedBefore(vw, h))) {
		return drop("right/a-condition")
	}
	// "We use a variety of security measures to keep your personal
	// information safe when you place an order or access your personal
	// information": the reader's access is the occasion of the protection
	// the sentence is about, no right.
	if access && c.Security && vw.IsRule(h, lexicon.RAccess) && readerOccasion(vw, h) {
		return drop("right/an-occasion-of-security")
	}
	// "the right to access and the right to erasure cannot be enforced
	// after the retention period expires": rights said not to hold.
	if notExercisable(vw, h) {
		return drop("right/not-exercisable")
	}
	// "we have a DPO to cooperate with supervisory authorities", "notice
	// to the supervisory authority within 72 hours": the company deals
	// with the regulator; no complaint of the reader's.
	if vw.IsRule(h, lexicon.RComplaint) && dealsWithRegulator(vw, h) {
		return drop("right/company-deals-with-regulator")
	}
	// "If we change how we use your data, we will tell you first and give
	// you the chance to opt out": a promise about a change of the policy
	// or its practices, which a change hit names by a noun of the policy or
	// by "we" ("changes to this policy", "a material change to how we use
	// your data"; not "opt-outs are not effective on mobile apps", "you
	// can change this at any time"), no standing choice over marketing
	// (unless the opt-out's object names marketing or ads: "you may opt out
	// of our marketing emails"; nor a denial, "notices of changes you
	// cannot opt out of").
	if c.ChangeNamed && vw.IsRule(h, lexicon.ROptOutMarketing) && !marketingObject(vw, h) && !vw.NegatedNear(h.From, 3) && policyChangeNamed(vw) {
		return drop("right/opt-out-of-a-change")
	}
	// "This Privacy Policy also describes your choices and your ability to
	// access, correct or delete your data": what the policy covers, an
	// introduction (see View.DescribesPolicy), no right granted in it.
	if p := vw.DescribesPolicy(); p >= 0 && p < h.From {
		return drop("right/the-policy-describes")
	}
	// "For more information about how to access your data, see our help
	// page": the topic of the page pointed to (see View.PointsOn).
	if e.Cat == lexicon.CategoryUserAccess && (vw.PointsOn(h) || seeSection(vw, h)) {
		return drop("right/a-pointer")
	}
	// "a copy of your data in a machine-readable format", "a portable
	// copy of your data": the copy the portability right gives, named
	// next to it in its clause, no right of access of its own.
	if vw.IsRule(h, lexicon.RAccess) && portableCopy(vw, h) {
		return drop("right/a-portable-copy")
	}
	return verdict{}
}

// theRight is Judge's last step: the reader's right that hit h (of entry e,
// the i-th hit) names, its id where the words make it another right than
// the entry's (cookie control, objection, a sale's or marketing opt-out,
// privacy settings), and whether it is denied.
func theRight(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit, e *lexicon.Entry) verdict {
	// "persistent cookies (which stay on your computer until you delete
	// them)", "how to delete them from your computer": "them" stands for
	// the cookies the sentence names, and no other data; deleting them is a
	// control over cookies, not a right over data.
	// ("which stay on your computer until you delete them" tells how
	// long they last, and offers nothing.)
	if cookiesDeleted(vw, h) {
		if p := h.From - 1; p > int32(vw.Own) && vw.Is(p, lexicon.GReader) && vw.Is(p-1, lexicon.GConditional) {
			return drop("right/cookies-last-until-deleted")
		}
		f := finding(e, "right", "user-choice")
		f.ID = "cookie-control"
		return kept("right/cookies-deleted", f)
	}
	f := finding(e, "right", e.Category)
	// "If we do not resolve your complaint, you may refer it to JAMS": the
	// company failing to resolve it is the condition of a complaint made
	// elsewhere, no complaint denied.
	if handlesComplaint(vw, h) && vw.NegatedNear(h.From, 3) {
		return drop("right/complaint-unresolved")
	}
	// "We use the data to investigate and resolve complaints", "we will
	// process your data in order to help resolve your complaint": a
	// purpose of using data, not a way to complain that the policy offers.
	if handlesComplaint(vw, h) && useBefore(vw, h) {
		return drop("right/complaint-a-purpose")
	}
	// "If you lose your credentials, you may not be able to access your
	// data": an ability denied, even where "you may not" makes the
	// sentence a choice.
	f.Negated = vw.NegatedNear(h.From, 3) && !c.Choice || abilityDenied(vw, i) || modalDenied(vw, h)
	// "If you are unable to edit your data in your account, contact us",
	// "if you have not opted out of marketing": a right denied inside its
	// own condition is a premise the sentence supposes, no denial.
	// "We will not: · Provide you a different level or quality of
	// service": the phrases of equal treatment name what the company will
	// not do; denied, they grant the right.
	if f.Negated && (inOwnCondition(vw, h) || vw.IsRule(h, lexicon.RNonDiscrimination)) {
		f.Negated = false
	}
	// "You can opt out of the collection of diagnostic data", "opt out
	// from Google Analytics": refusing a gathering of data objects to that
	// processing, refusing analytics controls tracking; neither is a
	// marketing opt-out unless the sentence names marketing or ads.
	if vw.IsRule(h, lexicon.ROptOutMarketing) {
		switch optOutOf(vw, h) {
		case lexicon.WordsOptOutCollection:
			f.ID = "objection"
			return kept("right/opt-out-of-collection", f)
		case lexicon.WordsOptOutAnalytics:
			f.ID = "cookie-control"
			return kept("right/opt-out-of-analytics", f)
		}
	}
	// "opt out of any possible sale of this information", "Once you make an
	// opt-out request, we will wait before asking you to reauthorize sales":
	// an opt-out in a sentence that names selling and no marketing or ads
	// refuses a sale.
	if vw.IsRule(h, lexicon.ROptOutMarketing) && saleOptOut(vw, c, h) {
		f.ID = "opt-out-sale"
		return kept("right/opt-out-of-a-sale", f)
	}
	// "You may opt out of this feature in your settings", "opt out of
	// providing personal information by uninstalling the app": an opt-out
	// whose object the sentence names, in a sentence that names no
	// marketing or ads, cookie or tracker, refuses a feature or a use of
	// the service's own: a setting of the service, no marketing opt-out.
	if vw.IsRule(h, lexicon.ROptOutMarketing) && optOutObjectNamed(vw, h) && !vw.SetFrom(vw.Own, lexicon.WordsMarketing) && !namesCookies(vw) && !namesAdsPurpose(vw) {
		f.ID = "privacy-settings"
		return kept("right/opt-out-of-a-feature", f)
	}
	// "opt out of having your information shared with third parties for
	// their direct marketing purposes", "choose not to have your account
	// information shared with Facebook to improve your ads": sharing
	// refused, in a sentence that names marketing or ads and no sale, is
	// the marketing opt-out, not one of sales.
	if vw.IsRule(h, lexicon.ROptOutSale) && sharingRefused(vw, h) {
		f.ID = "opt-out-marketing"
		return kept("right/sharing-for-marketing", f)
	}
	// "You can decide whether we show you personalized ads in your Privacy
	// Settings": privacy settings that name ads or marketing as a purpose
	// (and no cookies) are a choice over them.
	// "change who sees your posts in your privacy settings", "Depending on
	// your privacy settings, your profile may be public": privacy settings
	// in a sentence that names no cookie, tracker, advertising identifier
	// or browser are the service's own settings of visibility and sharing,
	// a choice the reader has but no control over cookies.
	if privacySettingsOnly(vw, h) {
		if namesAdsPurpose(vw) {
			f.ID = "opt-out-marketing"
			return kept("right/privacy-settings-for-ads", f)
		}
		// "The data we receive depends on your privacy settings with
		// the social network": another party's settings, no choice the
		// company offers.
		if othersSettings(vw, h) {
			return drop("right/privacy-settings-of-another-party")
		}
		// "turned off through your device's privacy settings", "the
		// privacy settings on your phone": the device's settings, a
		// way the device offers (the choice sentence still reads as
		// one), not settings of the service.
		if deviceSettings(vw, h) {
			return drop("right/privacy-settings-of-a-device")
		}
		f.ID = "privacy-settings"
		return kept("right/privacy-settings-of-the-service", f)
	}
	// "This optional data is sent to us when you enable it in the browser
	// settings", "your organization may use tools to control device
	// settings", "If you sync your device settings, your dictionary is
	// stored": a setting named with no choice of the reader's over it
	// (see settingsWithoutChoice).
	if settingsWithoutChoice(vw, c, h) {
		return drop("right/settings-without-choice")
	}
	return kept("right/granted", f)
}

// namesAdsPurpose reports whether a hit of the purposes of advertising or
// marketing stands in the sentence's own words ("personalized ads").
func namesAdsPurpose(vw *sentence.View) bool {
	for _, hits := range [2][]lexicon.Hit{vw.Hits, vw.Aside} {
		for _, g := range hits {
			if e := vw.Entry(g); int(g.From) >= vw.Own && e.Class == "purpose" && (e.ID == "advertising" || e.ID == "targeted-advertising" || e.ID == "marketing") {
				return true
			}
		}
	}
	return false
}

// sharingRefused reports whether opt-out-of-sale hit h refuses sharing, not
// selling (no participle of selling in it: "having your data shared", not
// "sold"), in a sentence that names marketing or ads and in which no rule
// of sales matched.
func sharingRefused(vw *sentence.View, h lexicon.Hit) bool {
	if vw.HasWord(h, lexicon.GParticiples) || !vw.HasWord(h, lexicon.GPassedParticiples) || !vw.SetFrom(vw.Own, lexicon.WordsMarketing) {
		return false
	}
	for _, g := range vw.Hits {
		if g.From >= int32(vw.Own) && vw.Entry(g).Class == "sale" {
			return false
		}
	}
	return true
}

// saleOptOut reports whether opt-out-of-marketing hit h stands in a sentence
// that names no marketing or ads and names selling after it (a hit of the
// sale class, not denied: not "you may opt out, as we never sell your data";
// or the opt-out of a sale by name: "To opt out, press the Do Not Sell link"),
// in its list's intro ("You may ask us to stop selling your data: - submit a
// request to opt out ...") or in its section's heading ("Do Not Sell My
// Personal Information").
func saleOptOut(vw *sentence.View, c *sentence.Context, h lexicon.Hit) bool {
	if vw.SetFrom(vw.Own, lexicon.WordsMarketing) {
		return false
	}
	if c.HeadingSale && !c.Heading {
		return true
	}
	for _, g := range vw.Hits {
		if (g.From >= h.To || g.To <= int32(vw.Own)) && (vw.Entry(g).Class == "sale" && !vw.NegatedNear(g.From, 3) || vw.IsRule(g, lexicon.ROptOutSale) && !weDoNotSell(vw, g)) {
			return true
		}
	}
	return false
}

// readerInRight reports whether a right's hit of the sentence holds "you"
// or "your" and a word of the reader asking: its words make the reader the
// one who asks, as a cue of the reader would, which the hit covers ("To
// ask us for access to your personal information, to rectify it"; not
// "Hackers may delete or amend your personal data").
func readerInRight(vw *sentence.View) bool {
	for _, g := range vw.Hits {
		if g.From >= int32(vw.Own) && vw.Entry(g).Cls == lexicon.ClassRight && (vw.HasWord(g, lexicon.GReader) || vw.HasSetWord(g, lexicon.WordsYourForms)) && vw.HasSetWord(g, lexicon.WordsReaderAsks) {
			return true
		}
	}
	return false
}

// abilityDenied reports whether right hit i, or the first right of the
// list it ends ("access or delete"), follows "to" after "unable" or after
// "able" with a word of denial one or two words before it: "you may be
// unable to delete it", "you may not be able to access your data", "you
// will no longer be able to access or download it".
func abilityDenied(vw *sentence.View, i int) bool {
	p := vw.Hits[firstListedRight(vw, i)].From - 1
	if p <= int32(vw.Own) || !vw.Is(p, lexicon.GTo) {
		return false
	}
	if p--; vw.Is(p, lexicon.GUnable) {
		return true
	}
	return vw.Is(p, lexicon.GAble) && vw.GrammarBefore(p, 2, lexicon.GAbilityDenied)
}

// inOwnCondition reports whether right hit h stands inside the condition
// that qualifies it (see View.Condition).
func inOwnCondition(vw *sentence.View, h lexicon.Hit) bool {
	cs, ce, ok := vw.Condition(h)
	return ok && cs <= int(vw.Tok(h.From).Start) && int(vw.Tok(h.To-1).End) <= ce
}

// modalDenied reports whether a modal and "not" stand right before right
// hit h, the reader right before them: "You may not opt out of receiving
// service messages" denies the choice ("you may not" alone makes the
// sentence one of choice).
func modalDenied(vw *sentence.View, h lexicon.Hit) bool {
	p := h.From
	return p >= int32(vw.Own)+3 && vw.Is(p-1, lexicon.GNot) && vw.In(p-2, lexicon.WordsModal) && vw.Is(p-3, lexicon.GReaderNames)
}

// firstListedRight returns the index of the first right of the list that
// right hit i ends ("access" in "access or delete"), i itself if none.
func firstListedRight(vw *sentence.View, i int) int {
	for k := adjacentRight(vw, i, -1); k >= 0; k = adjacentRight(vw, k, -1) {
		i = k
	}
	return i
}

// usPermitted reports whether right hit i, or the first right of the list
// it ends, follows "us to", or a company's name and "to", after a verb of
// letting someone act: "by authorizing us to download the information from
// a third party", "you may allow us to access or update your contacts",
// "connecting it allows Microsoft to access your LinkedIn data", or follows
// them right after such a verb, as "let" takes its verb without "to" ("if
// you let us access your photos").
func usPermitted(vw *sentence.View, i int) bool {
	p := vw.Hits[firstListedRight(vw, i)].From
	us := func(q int32) bool { return vw.Is(q, lexicon.GUs) || nameToken(vw, q) }
	if p >= int32(vw.Own)+3 && vw.Is(p-1, lexicon.GTo) && us(p-2) && vw.In(p-3, lexicon.WordsAuthorizing) {
		return true
	}
	return p >= int32(vw.Own)+2 && us(p-1) && vw.In(p-2, lexicon.WordsAuthorizing)
}

// nameToken reports whether token p of vw's sentence is a name, as the
// rules' [{name}] slot reads one (lexicon.Tables.Name), and no word of the
// reader ("enable You to transmit").
func nameToken(vw *sentence.View, p int32) bool {
	return vw.Doc.Lexicon.Name(vw.Tok(p)) && !vw.Is(p, lexicon.GReader) && !vw.Is(p, lexicon.GReaderNames)
}

// yourPartyActs reports whether the subject of right hit i, or of the
// first right of the list it ends, is a party of the reader's: a word of
// WordsYourParties after "your" (or a determiner, "another", "someone" on
// its own, as the subject of asking or of a modal: "if the Client requests
// us to remove the data", "when someone requests your data") at most
// twelve words before it in its
// clause, with no "you" between or just before ("you or your
// administrator") ("your administrator may access",
// "your friend may contact us to request that we remove").
func yourPartyActs(vw *sentence.View, i int) bool {
	if !vw.MayHaveIn(lexicon.WordsYourParties) {
		return false // (most sentences: no such word, which the view knows without reading them)
	}
	p := vw.Hits[firstListedRight(vw, i)].From
	own := int32(vw.Own)
	for q := p - 1; q >= own && q >= p-12 && vw.Clause[q] == vw.Clause[p]; q-- {
		if vw.MayHave(lexicon.GReader) && vw.Is(q, lexicon.GReader) {
			return false
		}
		if vw.In(q, lexicon.WordsYourParties) && (q > own && vw.In(q-1, lexicon.WordsYourForms) || partyAsks(vw, q)) {
			// "you or your administrator", "you, or someone acting on
			// your behalf" (not "tell you when someone requests").
			return q == own || !(vw.GrammarBefore(q-1, 2, lexicon.GReader) && (vw.Is(q-1, lexicon.GAndOr) || q-2 > own && vw.Is(q-2, lexicon.GAndOr)))
		}
	}
	// "your school administrator may have the right to access your
	// account and may delete it": a verb joined by "and" (and perhaps a
	// modal) to an earlier right of its clause shares that right's
	// subject, however far back it is named.
	q := p - 1
	if q > own && vw.In(q, lexicon.WordsMainModals) {
		q--
	}
	if q > own && vw.Is(q, lexicon.GAndOr) {
		for k := i - 1; k >= 0; k-- {
			if g := vw.Hits[k]; g.From >= own && g.To <= q && vw.Clause[g.From] == vw.Clause[p] && vw.Entry(g).Cls == lexicon.ClassRight {
				return yourPartyActs(vw, k)
			}
		}
	}
	return false
}

// guardedAccess reports whether a security practice ends right before the
// first listed right of hit i, or before a modal right before it, in its
// clause ("authorized staff can access", "authorised employees may view or
// change"): the people it names are the subject.
func guardedAccess(vw *sentence.View, i int) bool {
	p := vw.Hits[firstListedRight(vw, i)].From
	if p > int32(vw.Own) && vw.In(p-1, lexicon.WordsMainModals) {
		p--
	}
	for _, g := range vw.Hits {
		if g.From >= p {
			break // (hits are sorted by start: none after ends at p)
		}
		if g.To == p && g.From >= int32(vw.Own) && vw.Clause[g.From] == vw.Clause[p] && vw.Entry(g).Class == "security" {
			return true
		}
	}
	return false
}

// partyAsks reports whether the party at p is the subject of a verb of
// asking or a modal right after it, or one word on ("the Client requests",
// "a School's request", "someone else would"; not "the right to require an
// organization to correct").
func partyAsks(vw *sentence.View, p int32) bool {
	for q := p + 1; q <= p+2 && int(q) < len(vw.Toks); q++ {
		if vw.In(q, lexicon.WordsAsking) || vw.In(q, lexicon.WordsDemands) || vw.In(q, lexicon.WordsMainModals) {
			return true
		}
	}
	return false
}

// namedActor1 reports whether a capitalised word that names no reader
// ("You", "Users", "Parents"), nor the company ("We"), and is no plural
// stands right before a modal
// right before right hit h: "Care2 may receive your personal information".
func namedActor1(vw *sentence.View, h lexicon.Hit) bool {
	p := h.From - 2
	if p < int32(vw.Own) || !vw.In(p+1, lexicon.WordsMainModals) || vw.Tok(p).Flags&text.TokUpper == 0 || vw.Is(p, lexicon.GReader) || vw.Is(p, lexicon.GReaderNames) || vw.In(p, lexicon.WordsDeterminers) || vw.Is(p, lexicon.GWe) || vw.Is(p, lexicon.GOurForms) {
		return false
	}
	w := vw.Doc.Text[vw.Tok(p).Start:vw.Tok(p).End]
	return len(w) > 1 && w[len(w)-1] != 's' && w[len(w)-1] != 'S'
}

// partyPhraseActs reports whether a party named by a phrase that opens the
// sentence with "the" or "a", no name of the reader, the company or the
// policy in it, is the subject of the modal right before right hit h, and
// h names "your" data and gives nothing to "you": "The instructor of the
// course will receive your personal information" (a party gets the
// reader's data), not "The user may receive a copy of their data" nor "The
// company will provide you with a copy of your data".
func partyPhraseActs(vw *sentence.View, h lexicon.Hit) bool {
	q := h.From - 1
	own := int32(vw.Own)
	if q <= own || q-own > 8 || !vw.In(q, lexicon.WordsMainModals) {
		return false
	}
	if !vw.Is(own, lexicon.GArticles) {
		return false
	}
	for p := own + 1; p < q; p++ {
		if vw.Clause[p] != vw.Clause[q] || vw.Is(p, lexicon.GReader) || vw.Is(p, lexicon.GReaderNames) || vw.Is(p, lexicon.GWe) || vw.Is(p, lexicon.GOurForms) || vw.Is(p, lexicon.GPolicyWords) {
			return false
		}
	}
	yours := false
	for p := h.From; p < h.To; p++ {
		switch {
		case vw.Is(p, lexicon.GReader):
			return false
		case vw.Is(p, lexicon.GYour):
			yours = true
		}
	}
	return yours
}

// policyTells reports whether a name of the policy itself ("policy",
// "notice", not "it" or "this" alone) is the subject right before right
// hit h, perhaps with a modal between: "This policy will tell you what
// information we collect", "The notice explains what data we hold".
func policyTells(vw *sentence.View, h lexicon.Hit) bool {
	p := h.From - 1
	if p >= int32(vw.Own) && vw.In(p, lexicon.WordsMainModals) {
		p--
	}
	if p < int32(vw.Own) || !vw.Is(p, lexicon.GPolicyWords) || vw.Is(p, lexicon.GItThem) {
		return false
	}
	return !vw.Is(p, lexicon.GThis)
}

// readerClauseNames reports whether right hit i, or the first right of the
// list it ends, stands in a relative clause of the reader's after data
// ("information that you", "data which you") at most four words after
// "you", with no word of a right's
// frame ("can", "may", "right", "able", "request") between or in the hit:
// "the information that you submit, review and edit", not "the data that
// you can access" or "the information which you request access to".
func readerClauseNames(vw *sentence.View, i int) bool {
	first := vw.Hits[firstListedRight(vw, i)]
	if vw.HasWord(first, lexicon.GRightFrame) {
		return false // "the information which you request access to"
	}
	p := first.From
	for q := p - 1; q > int32(vw.Own) && q >= p-4 && vw.Clause[q] == vw.Clause[p]; q-- {
		if vw.Is(q, lexicon.GRightFrame) {
			return false
		}
		if vw.Is(q, lexicon.GReader) {
			return q >= int32(vw.Own)+2 && vw.Is(q-1, lexicon.GThatWhich) && vw.DataAt(q-2)
		}
	}
	return false
}

// optOutOf returns the word set, of gathering data or of analytics, of the
// object of opt-out hit h, in a sentence that names no marketing or ads; else
// -1. The object is a word of the set within five words after "of" or
// "from", which ends or follows the hit, in its clause ("opt out of the
// collection of", "opt out of being included in Google Analytics"); failing
// one, an opt-out in a sentence that names analytics anywhere ("the Google
// Analytics opt-out browser add-on", "opt out of having your data used by
// Google Analytics") controls that tracking. (Not one that names only
// cookies: "these opt-outs are cookie-based", "opt out of the use of the
// Google cookie" speak of refusing ads, as the annotators read them.)
func optOutOf(vw *sentence.View, h lexicon.Hit) lexicon.WordSet {
	if vw.SetFrom(vw.Own, lexicon.WordsMarketing) {
		return -1
	}
	q := h.From + 1 // "of" or "from", after the hit or as its own word ("opt out from our")
	for ; q <= h.To && int(q) < len(vw.Toks) && !vw.Is(q, lexicon.GOf) && !vw.Is(q, lexicon.GFrom); q++ {
	}
	for p := q + 1; q <= h.To && p <= q+5 && int(p) < len(vw.Toks) && vw.Clause[p] == vw.Clause[h.From]; p++ {
		for _, w := range [2]lexicon.WordSet{lexicon.WordsOptOutCollection, lexicon.WordsOptOutAnalytics} {
			if vw.In(p, w) {
				return w
			}
		}
	}
	if vw.SetFrom(vw.Own, lexicon.WordsOptOutAnalytics) {
		return lexicon.WordsOptOutAnalytics
	}
	return -1
}

// notExercisable reports whether right hit h is the subject of a denial
// that it can be used: a negation stands at most sixteen words after it,
// followed (next or one word on) by a form of "be" and a participle of using a right ("cannot
// be enforced", "may not be exercised"), or by a word of applying that ends
// the sentence ("so the opt-out choices do not apply"; "does not apply to
// transactional emails" limits the right and still grants it), with no
// subject between.
func notExercisable(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.From < h.To || g.From > h.To+16 || !vw.IsRule(g, lexicon.RNegation) || vw.SentenceHasIn(h.To, g.From, lexicon.GSubjects) {
			continue
		}
		for q := g.To; q <= g.To+1 && int(q) < len(vw.Toks); q++ { // ("cannot then be enforced")
			if int(q)+1 < len(vw.Toks) && vw.Is(q, lexicon.GAuxiliaries) && vw.Is(q+1, lexicon.GExercised) || int(q)+1 == len(vw.Toks) && vw.In(q, lexicon.WordsApplying) {
				return true
			}
		}
	}
	return false
}

// dealsWithRegulator reports whether complaint hit h, in a sentence with
// no word of complaint, names a regulator that a word of the company's
// dealings with one ("cooperate", "notify", "notice") stands before, at
// most eight words back in its clause, with the reader neither between
// nor its subject, and no modal word just before it ("you may notify
// the supervisory authority", "users can also notify the authority" are
// the reader's).
func dealsWithRegulator(vw *sentence.View, h lexicon.Hit) bool {
	if vw.SetFrom(vw.Own, lexicon.WordsComplaining) {
		return false // "cooperate with the panel of the data protection authorities on unresolved complaints"
	}
	for q := h.From - 1; q >= int32(vw.Own) && q >= h.From-8 && vw.Clause[q] == vw.Clause[h.From]; q-- {
		if vw.Is(q, lexicon.GReader) || vw.In(q, lexicon.WordsComplaining) {
			return false
		}
		if vw.In(q, lexicon.WordsRegulatorDealings) {
			a := vw.ActorBefore(q)
			return a != sentence.PartyReader && a != sentence.PartyThird && !(q > int32(vw.Own) && vw.In(q-1, lexicon.WordsModal) || q > int32(vw.Own)+1 && vw.In(q-2, lexicon.WordsModal))
		}
	}
	return false
}

// complaintToUs reports whether complaint hit h holds a word of
// complaining ("file a complaint", "file a complaint with", "have any
// concern about privacy"; not "supervisory authority"), is the only complaint of
// its sentence (no other hit of the complaint right names a regulator or a
// body: "lodge a complaint with the supervisory authority") and a word of
// the company ("us", "our") follows it in the sentence: "wish to make a
// complaint, please contact us", "file a complaint with our privacy team",
// "make a complaint about a potential violation to us". A regulator named
// anywhere in the sentence ("a complaint about us to the relevant
// authority", "to our supervisory body", an independent body), or a body named
// before the company ("visit JAMS to file a complaint", "if we have not
// resolved it with us") keeps it. A complaint the company deals with
// ("we are committed to resolving complaints", see handlesComplaint) is
// sent to it. So does a regulator named by the heading of the section
// ("Complaints to the Federal Trade Commission" over "To file a complaint
// about our practices, click here").
func complaintToUs(vw *sentence.View, h lexicon.Hit) bool {
	if vw.SetFrom(vw.Own, lexicon.WordsRegulatorNames) || vw.SectionHas(lexicon.WordsRegulatorNames) {
		return false // a body named: "supervisory authority", "a complaint about us to the relevant authority"
	}
	if handlesComplaint(vw, h) {
		return true // "Ryver commits to resolve complaints about your privacy"
	}
	if !vw.HasSetWord(h, lexicon.WordsComplaining) { // "file a complaint", "have any concern about privacy"
		return false
	}
	for _, g := range vw.Hits {
		if g.Entry == h.Entry && (g.To <= h.From || g.From >= h.To) {
			return false
		}
	}
	return vw.SentenceHasIn(h.To, int32(len(vw.Toks)), lexicon.GUs) || vw.SentenceHasIn(h.To, int32(len(vw.Toks)), lexicon.GOur)
}

// handlesComplaint reports whether complaint hit h opens with a word of
// dealing with the complaint ("resolve complaints about our collection",
// "handling your complaint"): the one who deals with it receives it.
//
// A call, not inlined: inlined, its string comparison (a call of the
// runtime's memequal in WebAssembly) was copied at each use.
//
//go:noinline
func handlesComplaint(vw *sentence.View, h lexicon.Hit) bool {
	return vw.IsRule(h, lexicon.RComplaint) && vw.In(h.From, lexicon.WordsComplaintHandling)
}

// useBefore reports whether a cue of using data ("use the data", "process
// your personal data") stands before hit h in its sentence.
func useBefore(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.From >= h.From {
			break
		}
		if g.From >= int32(vw.Own) && vw.IsRule(g, lexicon.RUse) {
			return true
		}
	}
	return false
}

// listedRight reports whether right hit i stands in a list of rights with
// one named in full: "request access to, erasure of, and updates to your
// data", "the rights of access, rectification, erasure and objection", "you
// may object to or restrict the processing" (rights joined by commas and
// small words).
func listedRight(vw *sentence.View, i int) bool {
	for _, step := range [2]int{-1, 1} {
		for j := i; ; {
			k := j + step
			if k < 0 || k >= len(vw.Hits) {
				break
			}
			a, b := vw.Hits[min(j, k)], vw.Hits[max(j, k)]
			if !listItemRight(vw, k) {
				if vw.Entry(vw.Hits[k]).Cls == lexicon.ClassRight {
					break // "delete cookies", "unsubscribe": choices over cookies and mail, not a list of rights over data
				}
				if vw.Entry(vw.Hits[k]).Cls == lexicon.ClassHow || vw.Entry(vw.Hits[k]).Cls == lexicon.ClassDatatype {
					break
				}
				j = k // a cue or another word between is looked past only if it is in the gap
				if !listGap(vw, a.To, b.From) {
					break
				}
				continue
			}
			if !listGap(vw, a.To, b.From) {
				break
			}
			if !vw.Hits[k].Weak {
				return true
			}
			j = k
		}
	}
	return false
}

// framedVerbList reports whether right hit i is one of a list of two or more
// bare words of rights that the reader may use on their data: "you can
// view, amend or erase your personal data", "the ability to access, rectify,
// port and erase your data" (framed as in framedRight, the data after the
// last of them or in it).
func framedVerbList(vw *sentence.View, i int) bool {
	if !listItemRight(vw, i) {
		return false
	}
	first, last := i, i
	for k := adjacentRight(vw, first, -1); k >= 0; k = adjacentRight(vw, first, -1) {
		first = k
	}
	for k := adjacentRight(vw, last, 1); k >= 0; k = adjacentRight(vw, last, 1) {
		last = k
	}
	// The last may be a right named in full, its data in it: "view, amend
	// or correct your personal information".
	if last == first || !framedBefore(vw, vw.Hits[first]) {
		return false
	}
	if rightObject(vw, vw.Hits[last]) {
		return true
	}
	for k := last; k < len(vw.Hits) && vw.Hits[k].From < vw.Hits[last].To; k++ {
		if listItemRight(vw, k) && !vw.Hits[k].Weak {
			return true
		}
	}
	return false
}

// listedBeforeReaders reports whether right hit i opens an item of a list
// after its number or letter, or is a noun before "to" or "of", and is
// followed in its list by a right named with the reader's words, whose
// object both share: "(2) delete or amend your personal data", an item of
// rights under "You have a right to:", "Access to and deletion of your data
// can be requested" (not "Your school may delete or amend your records").
func listedBeforeReaders(vw *sentence.View, i int) bool {
	h := vw.Hits[i]
	nominal := beforeToOf(vw, h)
	if !nominal {
		if int(h.From) != vw.Own+1 {
			return false
		}
		if t := vw.Tok(h.From - 1); !(t.Num > 0 && t.Num < 100 || t.End-t.Start == 1 && t.Num < 0) {
			return false // "(2)", "b)"
		}
	}
	for k := i + 1; k < len(vw.Hits); k++ {
		if g := vw.Hits[k]; g.From >= h.To && listItemRight(vw, k) && listGap(vw, h.To, g.From) && vw.HasWord(g, lexicon.GReadersRight) {
			return true
		}
	}
	return false
}

// partyInEarlierItem reports whether right hit i, in the reader's words of
// asking ("request erasure", "request that we delete"), follows in its clause
// a right with the last party before it named inside that earlier item and
// no word of ability between the party and hit i: "rights to access the
// data Acme holds about them and to request erasure of it", "view your
// profile, get offers from our partners, and request that we delete your
// data". The party is what an item names, not who asks (not "our partners
// may request deletion").
func partyInEarlierItem(vw *sentence.View, i int) bool {
	h := vw.Hits[i]
	if !vw.HasSetWord(h, lexicon.WordsReaderAsks) {
		return false
	}
	party, partyTo := int32(-1), int32(-1)
	for _, g := range vw.Hits {
		if g.From < int32(vw.Own) || g.From >= h.From || vw.Clause[g.From] != vw.Clause[h.From] {
			continue
		}
		if vw.IsRule(g, lexicon.ROtherActor) || vw.Entry(g).Cls == lexicon.ClassRecipient {
			party, partyTo = g.From, g.To
		}
	}
	if party < 0 {
		return false
	}
	for p := partyTo; p < h.From; p++ {
		if vw.In(p, lexicon.WordsModal) {
			return false
		}
	}
	for k, g := range vw.Hits {
		if k != i && g.From >= int32(vw.Own) && g.From < party && vw.Clause[g.From] == vw.Clause[h.From] && listItemRight(vw, k) {
			return true
		}
	}
	return false
}

// listedAfterReaders reports whether right hit i follows, in a list of
// rights, a right named with the reader's words: "Right to correction or
// deletion", "request access to or deletion of your data" ("right" or
// "request" in a hit on the words of an earlier item).
func listedAfterReaders(vw *sentence.View, i int) bool {
	for k := adjacentRight(vw, i, -1); k >= 0; k = adjacentRight(vw, k, -1) {
		for _, g := range vw.Hits {
			if g.From <= vw.Hits[k].From && g.To >= vw.Hits[k].To && vw.Entry(g).Cls == lexicon.ClassRight && vw.HasWord(g, lexicon.GReadersRight) {
				return true
			}
		}
	}
	return false
}

// adjacentRight returns the index of the right next to right hit j in the
// direction step (-1 or 1) in a list of rights over data, looking past hits
// on the same words and cues ("erase" is also a word of deleting), or -1.
func adjacentRight(vw *sentence.View, j, step int) int {
	for k := j + step; k >= 0 && k < len(vw.Hits); k += step {
		a, b := vw.Hits[min(j, k)], vw.Hits[max(j, k)]
		if b.From < a.To {
			continue // the same words: one item ("remove" in "remove the information")
		}
		if listItemRight(vw, k) {
			if listGap(vw, a.To, b.From) {
				return k
			}
			return -1
		}
		if vw.Entry(vw.Hits[k]).Class != "cue" {
			return -1
		}
	}
	return -1
}

// cookiesDeleted reports whether deletion hit h deletes "it" or "them", in
// a sentence that names cookies and no other data: "how to delete them
// from your computer" is a control over cookies, not a right over data,
// and lists no right over data beside it ("provide controls that allow
// you to block or delete them").
func cookiesDeleted(vw *sentence.View, h lexicon.Hit) bool {
	return vw.IsRule(h, lexicon.RDeletion) && vw.HasWord(h, lexicon.GItThem) && namesCookies(vw) && !sentence.HasData(vw, lexicon.GroupCookiesTracking)
}

// listItemRight reports whether hit k is a right that can stand in a list
// of rights over data (not a choice over cookies or mail).
func listItemRight(vw *sentence.View, k int) bool {
	g := vw.Hits[k]
	return vw.Entry(g).Cls == lexicon.ClassRight && !vw.IsRule(g, lexicon.RCookieControl) && !vw.IsRule(g, lexicon.ROptOutMarketing) && !cookiesDeleted(vw, g)
}

// rightFollows reports whether the next item of the list that hit i stands
// in is a right.
func rightFollows(vw *sentence.View, i int) bool {
	h := vw.Hits[i]
	for k := i + 1; k < len(vw.Hits); k++ {
		g := vw.Hits[k]
		if g.From < h.To {
			continue // overlapping hits are one item
		}
		return vw.Entry(g).Cls == lexicon.ClassRight && listGap(vw, h.To, g.From)
	}
	return false
}

// listGap reports whether positions [from, to) hold only small words of a
// list ("and", "or", "to", "of", "the") and are at most three; hits that
// overlap ("update" inside "access and update your information") are one
// list. An aside in parentheses of up to eight words right after an item is
// looked past: "access (including where applicable portability),
// rectification".
func listGap(vw *sentence.View, from, to int32) bool {
	if to <= from {
		return true
	}
	if from > 0 && strings.HasPrefix(strings.TrimLeft(vw.Doc.Text[vw.Tok(from-1).End:vw.Tok(from).Start], " "), "(") {
		for p := from; p < to && p-from < 8; p++ {
			if vw.ClosesParen(p) {
				from = p + 1
				break
			}
		}
	}
	if to-from > 3 {
		return false
	}
	for p := from; p < to; p++ {
		if !vw.Is(p, lexicon.GListGap) {
			return false
		}
	}
	return true
}

// rightToChain reports whether the bare word of a right at h opens one of a
// chain of infinitives after "the right to": "the CCPA provides California
// consumers the right to request to know more details about the data we
// collect, to delete their personal information, and to opt out": after a
// comma comes "to" (or "and to", "or to"), then the word; and "right to"
// or "rights to" stands earlier in the sentence with no clause break
// between.
func rightToChain(vw *sentence.View, h lexicon.Hit) bool {
	p := h.From - 1
	if p <= int32(vw.Own) || !vw.Is(p, lexicon.GTo) {
		return false
	}
	if vw.Tok(p).SepBefore != text.SepComma {
		if !vw.Is(p-1, lexicon.GAndOr) || vw.Tok(p-1).SepBefore != text.SepComma {
			return false
		}
		p--
	}
	for q := p - 1; q > int32(vw.Own); q-- {
		if vw.Tok(q+1).SepBefore > text.SepComma {
			return false
		}
		if vw.Is(q, lexicon.GTo) && vw.Is(q-1, lexicon.GRight) && vw.Tok(q).SepBefore == text.SepSpace {
			return true
		}
	}
	return false
}

// framedRight reports whether the bare word of a right at h is the reader's
// to use: a word of entitlement or ability ("right", "request", "can",
// "ability") shortly before it in its clause, and the reader's data its
// object, after it ("You can download all the data you have provided",
// "access, update or request deletion of your data", "limit how we use it")
// or before it in the passive ("the right to ask that your data be corrected
// or erased").
func framedRight(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.HasWord(h, lexicon.GFramedForms) {
		// A bare verb ("access", "delete") of a right over data counts
		// framed close before it with the reader's data right after it:
		// "you can access, manage, or delete Personal Data", "Users can
		// access all their data".
		return bareVerbFramed(vw, h) && (dataObjectNext(vw, h) || listObject(vw, h) || vw.IsRule(h, lexicon.RDeletion) && ownAccountNext(vw, h))
	}
	return framedBefore(vw, h) && rightObject(vw, h) // not "access certain features", "it may limit your use of the site"
}

// bareVerbFramed reports whether bare right word h, a verb of seeing,
// correcting, deleting or taking data (not a choice, not in
// capitals: "using Delete Browsing History" names a button), is framed as
// the reader's by the nearest word of the frame before it in its clause,
// with at most two words between other than the small words of a list
// ("you can access, manage, or delete Personal Data", "the right to
// request that a company delete"): "can" or "may" beside the reader ("Users
// can access"), "ask" or "request" after the reader or "right", or opening
// the clause ("Request deletion of"), or another word of the frame ("the right to
// access", "entitled to access"); or h opens the aim of an instruction ("To
// delete your data, contact us"). Not "we will ask to access your
// geolocation data", "a request from you, LINE will delete the data".
func bareVerbFramed(vw *sentence.View, h lexicon.Hit) bool {
	e := vw.Entry(h)
	if e.Cat != lexicon.CategoryUserAccess || e.Choice || int(h.From) > vw.Own && vw.Tok(h.From).Flags&text.TokUpper != 0 && vw.Tok(h.From).Flags&text.TokLineStart == 0 && vw.Tok(h.From).SepBefore < text.SepClause {
		return false
	}
	own := int32(vw.Own)
	between := 0
	for q := h.From - 1; q >= own && between <= 2 && vw.Clause[q] == vw.Clause[h.From]; q-- {
		if !vw.Is(q, lexicon.GRightFrame) {
			if !vw.Is(q, lexicon.GListGap) || vw.Is(q, lexicon.GPossessives) { // "invite your contacts to view your location" is theirs
				between++
			}
			continue
		}
		switch {
		case vw.Is(q, lexicon.GReaderModals):
			return besideReader(vw, q) || instructedAim(vw, h)
		case vw.In(q, lexicon.WordsReaderAsks) && !vw.Is(q, lexicon.GRight):
			// "ask", "request": the reader's only after the reader or as
			// an imperative opening the clause.
			return q == own || vw.Clause[q-1] != vw.Clause[q] || vw.SentenceHasIn(max(own, q-3), q, lexicon.GReader) || vw.SentenceHasIn(max(own, q-3), q, lexicon.GRight) || instructedAim(vw, h)
		case vw.Is(q, lexicon.GRight):
			// A right held by a party named before it is the reader's
			// only if that party is: "You have the right to access",
			// "Residents have the right to", "the right to erase", not
			// "Company has the right to remove any such User Content".
			return q <= own+2 || vw.SentenceHasIn(own, q, lexicon.GReader) || vw.SentenceHasIn(own, q, lexicon.GReaderNames) || instructedAim(vw, h)
		}
		return true
	}
	return instructedAim(vw, h) || introFrames(vw, h)
}

// itemOfRights reports whether the bare word of a right at h is an item of
// a list whose intro frames the reader's rights (see introFrames), the
// item's first word and either all of it or a noun before "to" or "of":
// "Erasure." or "Access to your data" under "You have the following
// rights:".
func itemOfRights(vw *sentence.View, h lexicon.Hit) bool {
	if int(h.From) != vw.Own || !introFrames(vw, h) {
		return false
	}
	return int(h.To) == len(vw.Toks) || beforeToOf(vw, h)
}

// nounListOfRights reports whether right hit i is a bare noun of a right in
// a list of two or more such nouns, which names those rights whatever frames
// them: "Access, correction, restriction and deletion.", "we comply with the
// laws on access, correction and deletion", "your access or portability
// rights". Not after a word of attackers ("unauthorized access or
// deletion"), nor in a longer list of other things done to data, which a
// comma or "and"/"or" joins before its first noun or after its last ("such
// as use, alignment or combination, restriction, erasure or destruction").
func nounListOfRights(vw *sentence.View, i int) bool {
	if !vw.Is(vw.Hits[i].From, lexicon.GRightNouns) {
		return false
	}
	first, last := i, i
	for k := adjacentRight(vw, i, -1); k >= 0 && vw.Is(vw.Hits[k].From, lexicon.GRightNouns); k = adjacentRight(vw, k, -1) {
		first = k
	}
	for k := adjacentRight(vw, i, 1); k >= 0 && vw.Is(vw.Hits[k].From, lexicon.GRightNouns); k = adjacentRight(vw, k, 1) {
		last = k
	}
	p, q := vw.Hits[first].From, vw.Hits[last].From+1
	if first == last || p > int32(vw.Own) && (vw.In(p-1, lexicon.WordsAttackers) || vw.Is(p-1, lexicon.GAndOr) || vw.Tok(p).SepBefore == text.SepComma) {
		return false
	}
	return adjacentRight(vw, last, 1) >= 0 || int(q) >= len(vw.Toks) || !vw.Is(q, lexicon.GAndOr) && vw.Tok(q).SepBefore != text.SepComma
}

// beforeToOf reports whether "to" or "of" follows hit h: a right's noun
// before its object ("Access to your data", "deletion of your account").
func beforeToOf(vw *sentence.View, h lexicon.Hit) bool {
	return int(h.To) < len(vw.Toks) && (vw.Is(h.To, lexicon.GTo) || vw.Is(h.To, lexicon.GOf))
}

// headFramed reports whether a right hit before h in the item of a list
// stands at its head, framed by its intro (introFrames): the item is what
// the reader may ask for, to its end.
func headFramed(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.From >= h.From {
			return false
		}
		if int(g.From) >= vw.Own && vw.Entry(g).Cls == lexicon.ClassRight && introFrames(vw, g) {
			return true
		}
	}
	return false
}

// introFrames reports whether right hit h stands at the head of an item of
// a list (at most five words into its first clause) whose intro frames a
// right of the reader's in its last six words: a word of the frame after
// the reader named in the intro ("California residents have the right to:"
// then "Delete certain personal information we have about you"; "Users have
// the right to do the following:" then "Have their Personal Data deleted"),
// "can" or "may" only beside the reader ("You may:"; not "We may:"). An
// intro that ends on what it asks of the company, "that we" or "us to",
// names it anywhere in its last twenty words ("Some residents have the
// right, or their agent may request, at no charge, up to twice a year that
// we:"), and an item may say "that we" again ("That we provide copies of
// your personal information to you").
func introFrames(vw *sentence.View, h lexicon.Hit) bool {
	own := int32(vw.Own)
	if own == 0 || h.From < own || h.From > own+5 || vw.Clause[h.From] != vw.Clause[own] {
		return false
	}
	asks := own >= 2 && (vw.Is(own-1, lexicon.GWe) && vw.Is(own-2, lexicon.GThat) || vw.Is(own-1, lexicon.GTo) && vw.Is(own-2, lexicon.GUs))
	from := own
	if asks && h.From > own+1 && vw.Is(own, lexicon.GThat) && vw.Is(own+1, lexicon.GWe) {
		from = own + 2
	}
	if vw.SentenceHasIn(from, h.From, lexicon.GSubjects) {
		return false
	}
	reach := int32(6)
	if asks {
		reach = 20
	}
	for q := own - 1; q >= 0 && q >= own-reach; q-- {
		if !vw.Is(q, lexicon.GRightFrame) || vw.Is(q, lexicon.GReaderModals) && !(q > 0 && vw.Is(q-1, lexicon.GReaderNames)) {
			continue
		}
		return vw.SentenceHasIn(0, q, lexicon.GReader) || vw.SentenceHasIn(0, q, lexicon.GReaderNames)
	}
	return false
}

// dataObjectNext reports whether data (not cookies, nor the device's or
// browser's own: "delete the Advertising Identifier in your device
// settings", "delete browser information") follows bare right word
// h in its clause, at most three words after it, with only determiners and
// possessives between ("delete Personal Data", "access all their data";
// not "access our data"); a bare "data" or "information" must be the
// reader's ("your", "their"), not "access information about our products".
func dataObjectNext(vw *sentence.View, h lexicon.Hit) bool {
	return dataObjectAt(vw, h.From, h.To, vw.IsRule(h, lexicon.RPortability), vw.IsRule(h, lexicon.RDeletion))
}

// listObject reports whether bare right word h opens a list of up to three
// verbs, joined by commas, "and" or "or", whose last has the reader's data
// right after it (as in dataObjectNext): "you can access, manage, or delete
// Personal Data", "Users can view and sync their data".
func listObject(vw *sentence.View, h lexicon.Hit) bool {
	n := int32(len(vw.Toks))
	p := h.To
	for k := 0; k < 3 && p < n && vw.Clause[p] == vw.Clause[h.From]; k++ {
		sep := vw.Tok(p).SepBefore
		if sep > text.SepComma {
			return false
		}
		if vw.Is(p, lexicon.GAndOr) {
			p++
		} else if sep != text.SepComma {
			return false
		}
		if p >= n || vw.Tok(p).SepBefore > text.SepComma || vw.In(p, lexicon.WordsDeterminers) || vw.Is(p, lexicon.GPossessives) {
			return false
		}
		if dataObjectAt(vw, h.From, p+1, vw.IsRule(h, lexicon.RPortability), vw.IsRule(h, lexicon.RDeletion)) {
			return true
		}
		p++
	}
	return false
}

// dataObjectAt is dataObjectNext for a verb ending before to, in the clause
// of from; takeAway asks for the reader's own data. No comma stands before
// the data ("upload comments, reviews, graphics, photos" lists things).
// Deleting (erase) names what goes whoever holds it: any data, one word
// before it even with no "your" ("delete this reading history", "delete
// individual photos", "delete much of your information"), is its object,
// unless the sentence names cookies ("delete similar data used by browser
// add-ons, such as Flash cookies" is a choice over cookies).
func dataObjectAt(vw *sentence.View, from, to int32, takeAway, erase bool) bool {
	h := lexicon.Hit{From: from, To: to}
	erase = erase && !namesCookies(vw)
	for _, g := range vw.Hits {
		e := vw.Entry(g)
		if e.Cls != lexicon.ClassDatatype || e.Grp == lexicon.GroupCookiesTracking || e.Grp == lexicon.GroupIPDeviceIDs || e.Grp == lexicon.GroupComputerInfo || g.From < h.To || g.From > h.To+4 || vw.Clause[g.From] != vw.Clause[h.From] || vw.Tok(g.From).SepBefore >= text.SepComma {
			continue
		}
		// Up to two other words may follow "your" or "their": "delete your
		// registered e-mail address", "your riseup.net account".
		owned := false
		gap := true
		for p, loose := h.To, 0; p < g.From; p++ {
			if vw.Is(p, lexicon.GOur) || !vw.In(p, lexicon.WordsDeterminers) && !vw.Is(p, lexicon.GPossessives) && !vw.Is(p, lexicon.GOf) {
				if loose++; !owned && !(erase && loose == 1 && !vw.Is(p, lexicon.GOur)) || loose > 2 || vw.Tok(p).SepBefore >= text.SepComma {
					gap = false
					break
				}
				continue
			}
			owned = owned || vw.In(p, lexicon.WordsYourForms) || vw.Is(p, lexicon.GTheir)
		}
		// (So is data whose own words open with "your": "export your
		// profile data".)
		owned = owned || vw.In(g.From, lexicon.WordsYourForms) || vw.Is(g.From, lexicon.GTheir)
		// "modify your e-mail subscriptions", "your email notification
		// preferences": the data names a choice, not data.
		if int(g.To) < len(vw.Toks) && (vw.In(g.To, lexicon.WordsSettingsObjects) || vw.In(g.To, lexicon.WordsSettingsNouns) || vw.In(g.To, lexicon.WordsNotifications)) {
			continue
		}
		// "view your phone's screen": the data owns the thing named after
		// it, which is what is seen or taken.
		if possessiveAt(vw, g.To-1) {
			continue
		}
		// Data taken away is the reader's own ("transfer your data", not
		// "the automatic downloading of images").
		if gap && (!g.Weak && !takeAway || owned || erase) {
			return true
		}
	}
	return false
}

// namesCookies reports whether the sentence names cookies or other
// tracking technology.
//
// A call, not inlined: the page's WebAssembly had a copy of its loop at
// each use.
//
//go:noinline
func namesCookies(vw *sentence.View) bool {
	for _, g := range vw.Hits {
		if e := vw.Entry(g); g.From >= int32(vw.Own) && e.Cls == lexicon.ClassDatatype && e.Grp == lexicon.GroupCookiesTracking {
			return true
		}
	}
	return false
}

// framedBefore reports whether a word of entitlement or ability ("right",
// "request", "ability"; "can" or "may" only beside the reader) stands up to
// twelve words before h in its clause, or h is the aim of an instruction.
func framedBefore(vw *sentence.View, h lexicon.Hit) bool {
	return frameWordFrom(vw, h, int32(vw.Own)) || instructedAim(vw, h) || introFrames(vw, h)
}

// frameWordFrom is the word test of framedBefore, over the words from lo.
func frameWordFrom(vw *sentence.View, h lexicon.Hit, lo int32) bool {
	if !vw.MayHave(lexicon.GRightFrame) {
		return false // no call of Is per word (calls cost most in WebAssembly)
	}
	for q := h.From - 1; q >= lo && q >= h.From-12 && vw.Clause[q] == vw.Clause[h.From]; q-- {
		if vw.Is(q, lexicon.GRightFrame) && (!vw.Is(q, lexicon.GReaderModals) || besideReader(vw, q)) {
			return true
		}
	}
	return false
}

// instructedAim reports whether h opens the aim that the sentence then tells
// the reader how to reach: "To view, amend or erase your information,
// contact support", "In order to delete your account, please log in", "If
// you wish to access or export your data, please email us".
func instructedAim(vw *sentence.View, h lexicon.Hit) bool {
	to := h.From - 1
	own := int32(vw.Own)
	if to < own || !vw.Is(to, lexicon.GTo) || to > own+2 && !readerWishes(vw, to) { // "To ...", "In order to ..."
		return false
	}
	// The instruction follows a comma or a clause break, perhaps with
	// "then" (the aim may hold a list: "view, amend, erase").
	for p := h.To; int(p) < len(vw.Toks); p++ {
		if (vw.Tok(p).SepBefore >= text.SepComma || vw.Is(p-1, lexicon.GThen) && vw.Tok(p-1).SepBefore >= text.SepComma) && (vw.Is(p, lexicon.GInstructions) || vw.Is(p, lexicon.GReader) && int(p)+1 < len(vw.Toks) && vw.Is(p+1, lexicon.GReaderModals)) {
			return true
		}
	}
	return false
}

// readerWishes reports whether the reader wishes what follows "to" at p:
// "If you wish to", "Should you want to", "if you would like to" (the reader
// at most three words before the word of wishing).
func readerWishes(vw *sentence.View, p int32) bool {
	return p-1 > int32(vw.Own) && vw.Is(p-1, lexicon.GWishes) && vw.SentenceHasIn(max(int32(vw.Own), p-4), p-1, lexicon.GReader)
}

// readerMay reports whether the reader, by name, is the subject of a word
// of ability in the sentence: "Users may access", "Anyone can rectify",
// "Anyone, in any country, may access" (see subjectBefore).
func readerMay(vw *sentence.View) bool {
	for q := int32(vw.Own) + 1; int(q) < len(vw.Toks); q++ {
		if vw.Is(q, lexicon.GReaderModals) {
			if p := subjectBefore(vw, q); p >= int32(vw.Own) && vw.Is(p, lexicon.GReaderNames) {
				return true
			}
		}
	}
	return false
}

// groupSeesYours reports whether the right at h is a group's seeing of the
// reader's data: a name of people as a group ("users", "members",
// "anyone"), not "you", stands before it, with no "you", "we", semicolon
// or colon between (the clause of a restricting "only" may start between:
// "users ... will only see"), and "your" follows within three words of its start ("Users
// outside your team will only see your profile name", "members can view
// your posts"; not "Users can view their data" nor "Users can ask us to
// show them your ... ").
func groupSeesYours(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.MayHave(lexicon.GReaderNames) && !vw.MayHaveIn(lexicon.WordsOneReader) {
		return false // (no word that names a group: most sentences, which the view knows without reading them)
	}
	group := false
	for q := h.From - 1; q >= int32(vw.Own) && q >= h.From-12 && vw.Tok(q+1).SepBefore < text.SepClause; q-- {
		if vw.Is(q, lexicon.GReader) && !vw.In(q, lexicon.WordsYourForms) || vw.Is(q, lexicon.GWe) || vw.Is(q, lexicon.GUs) {
			break // "your" before the verb ("users outside your team") is no subject
		}
		if vw.Is(q, lexicon.GReaderNames) || q > int32(vw.Own) && vw.In(q-1, lexicon.WordsAnyOne) && vw.In(q, lexicon.WordsOneReader) {
			group = true // "users", "members"; "any member", "every user"
			break
		}
	}
	if !group {
		return false
	}
	for p := h.From; p < h.From+4 && int(p) < len(vw.Toks); p++ {
		if vw.In(p, lexicon.WordsYourForms) {
			return true
		}
	}
	// "Any member ... can view the profile information and photos that you
	// have uploaded": the reader's, named by "you" later in the clause of a
	// right of seeing ("residents have the right to request that we delete
	// the information we have collected from you" is still theirs).
	for p := h.To; vw.Entry(h).ID == "access" && p < h.To+10 && int(p) < len(vw.Toks) && vw.Clause[p] == vw.Clause[h.From]; p++ {
		if vw.Is(p, lexicon.GReader) && !vw.In(p, lexicon.WordsYourForms) {
			return true
		}
	}
	return false
}

// subjectBefore returns the position of the word that stands as the subject
// right before the word at q: the word before it, or, past an aside of up to
// eight words set off by commas, the word before the aside ("Anyone, in any
// country across the world, may access"). It is below the sentence's own
// words when there is none.
func subjectBefore(vw *sentence.View, q int32) int32 {
	own := int32(vw.Own)
	if vw.Tok(q).SepBefore == text.SepComma {
		for p := q - 1; p > own && p >= q-8; p-- {
			if vw.Tok(p).SepBefore == text.SepComma {
				return p - 1
			}
		}
	}
	return q - 1
}

// ownData reports whether the reader, named as a group, may use the right at
// h over their own data: "Anyone may access, rectify or restrict their
// personal data" (not "Anyone can access your profile": others' data).
func ownData(vw *sentence.View, h lexicon.Hit) bool {
	return readerMay(vw) && vw.SentenceHasIn(h.To, min(h.To+8, int32(len(vw.Toks))), lexicon.GTheir) || readerHolds(vw, h)
}

// readerAgent reports whether the reader, by name, does the right at h in
// the passive: "by" in its words or right after them, then the reader's
// name, after an article if any ("This information can be deleted by the
// user", "by users"; not "by other users").
func readerAgent(vw *sentence.View, h lexicon.Hit) bool {
	for q := h.From; q <= h.To && int(q)+1 < len(vw.Toks); q++ {
		if vw.Is(q, lexicon.GBy) {
			if q++; int(q)+1 < len(vw.Toks) && vw.Is(q, lexicon.GArticles) {
				q++
			}
			return vw.Is(q, lexicon.GReaderName)
		}
	}
	return false
}

// readerHolds reports whether the right at h is one the reader, named as a
// group, holds: "right" or "rights" up to six words before it, in its clause,
// after a name of the reader ("Anyone registered with us will have the right
// to access the information we hold about them, and the right to ask to
// correct or delete it"; not "Advertisers have the right to delete").
func readerHolds(vw *sentence.View, h lexicon.Hit) bool {
	own := int32(vw.Own)
	for q := h.From - 1; q >= own && q >= h.From-6 && vw.Clause[q] == vw.Clause[h.From]; q-- {
		if vw.Is(q, lexicon.GRight) {
			return vw.SentenceHasIn(own, q, lexicon.GReaderNames)
		}
	}
	return false
}

// besideReader reports whether the reader stands right before the word at q
// ("you can", "users may"), perhaps past an aside ("Anyone, in any country,
// may"), or right after it ("allows you to").
func besideReader(vw *sentence.View, q int32) bool {
	p := subjectBefore(vw, q)
	return p >= int32(vw.Own) && vw.Is(p, lexicon.GReaderNames) || int(q)+1 < len(vw.Toks) && vw.Is(q+1, lexicon.GReaderNames)
}

// rightObject reports whether the reader's data is what the right at h is
// about: data or "it" within six words after it in its clause, or data
// right before it or within four words before it with "be" between ("to
// have your data deleted").
func rightObject(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if e := vw.Entry(g); e.Cls == lexicon.ClassDatatype && e.Grp != lexicon.GroupCookiesTracking && g.From >= h.To && g.From < h.To+6 && vw.Clause[g.From] == vw.Clause[h.From] {
			return true // (deleting cookies is a choice over cookies, not a right over data)
		}
	}
	for p := h.To; int(p) < len(vw.Toks) && p < h.To+6 && vw.Clause[p] == vw.Clause[h.From]; p++ {
		if vw.Is(p, lexicon.GItThem) && sentence.HasData(vw, lexicon.GroupCookiesTracking) {
			return true // "it" stands for data the sentence names (not for cookies: "you can remove them")
		}
	}
	for _, g := range vw.Hits {
		if vw.Entry(g).Cls == lexicon.ClassDatatype && vw.Entry(g).Grp != lexicon.GroupCookiesTracking && g.To <= h.From && h.From-g.To <= 4 && vw.Clause[g.From] == vw.Clause[h.From] &&
			(g.To == h.From || vw.SentenceHasIn(g.To, h.From, lexicon.GAuxiliaries)) {
			return true
		}
	}
	return false
}

// whoDoes reports whether "who" asks about the actor of the words at p:
// "who can see", "who may access".
func whoDoes(vw *sentence.View, p int32) bool {
	q := p - 1
	if q >= int32(vw.Own) && vw.In(q, lexicon.WordsModal) {
		q--
	}
	return q >= int32(vw.Own) && vw.Is(q, lexicon.GWho)
}

// conditionalAction reports whether hit h is what the reader does in an
// "if you ..." / "after you ..." clause, with no word of ability or asking
// ("can", "may", "request", "right", "option") in the sentence.
func conditionalAction(vw *sentence.View, h lexicon.Hit) bool {
	cond := false
	for p := h.From - 1; p >= int32(vw.Own) && p >= h.From-4 && vw.Clause[p] == vw.Clause[h.From]; p-- {
		if vw.Is(p, lexicon.GConditional) {
			cond = true
		}
	}
	return cond && !vw.SetFrom(vw.Own, lexicon.WordsReaderAble)
}

// companysDiscretion reports whether the sentence names a discretion
// (words "discretion") that is not the reader's: no "your" in the two
// words before it ("in its sole discretion", not "at your discretion").
func companysDiscretion(vw *sentence.View) bool {
	if !vw.MayHaveIn(lexicon.WordsDiscretion) {
		return false
	}
	for p := int32(vw.Own); int(p) < len(vw.Toks); p++ {
		if vw.In(p, lexicon.WordsDiscretion) && !vw.SentenceHasIn(max(p-2, int32(vw.Own)), p, lexicon.GYour) {
			return true
		}
	}
	return false
}

// conceded reports whether hit h stands in a concessive condition of its
// clause: the nearest word opening a condition before it, with no
// exception ("unless") between, follows "even" ("even after you delete
// your account"; not "even after you close your account unless you ask us
// to delete it", whose request is the exception's).
func conceded(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.MayHave(lexicon.GConcessive) {
		return false
	}
	for p := h.From - 1; p > int32(vw.Own) && p >= h.From-12 && vw.Clause[p] == vw.Clause[h.From]; p-- {
		if vw.Is(p, lexicon.GExceptions) {
			return false
		}
		if vw.Is(p, lexicon.GConditional) {
			return vw.Is(p-1, lexicon.GConcessive)
		}
	}
	return false
}

// deletedAfter reports whether a word of deleting, not denied, stands after
// the reader's action at h, past the comma that ends the condition: its
// outcome ("When you close your account, we erase your records"; not "If
// you close your account, we do not delete your posts").
func deletedAfter(vw *sentence.View, h lexicon.Hit) bool {
	comma := false
	for p := h.To; int(p) < len(vw.Toks); p++ {
		comma = comma || vw.Tok(p).SepBefore >= text.SepComma
		if comma && vw.In(p, lexicon.WordsDeleting) && !vw.NegatedNear(p, 3) {
			return true
		}
	}
	return false
}

// deletedBefore reports whether the reader's action at h is the condition
// that a clause before it ends with, "when" or "once" its first word, and
// that clause deletes, not denied: its outcome told first ("Your personal
// data will be deleted when you delete your account", "Personal data will
// be automatically destroyed when the user deletes their account"; not
// "We keep your posts even if you delete your account").
func deletedBefore(vw *sentence.View, h lexicon.Hit) bool {
	q := h.From - 1
	for q > int32(vw.Own) && q >= h.From-4 && !vw.Is(q, lexicon.GOccasion) {
		q--
	}
	if q <= int32(vw.Own) || !vw.Is(q, lexicon.GOccasion) || vw.Is(q, lexicon.GConditional) && vw.SentenceHasIn(q-1, q, lexicon.GInclusive) {
		return false
	}
	for p := int32(vw.Own); p < q; p++ {
		if vw.In(p, lexicon.WordsDeleting) && !vw.NegatedNear(p, 3) {
			return true
		}
	}
	return false
}

// RightDetails is what a right's sentence says about using it.
type RightDetails struct {
	How []string // names of the ways to use it ("account settings")
	Fee bool     // a fee is named close to it, not negated
	// ToCompany marks a complaint sent to the company, with no regulator
	// or other body named ("If you wish to make a complaint, please
	// contact us"): a way to complain, not a complaint to a regulator.
	ToCompany bool
}

// RightDetailsOf reads how to use the right found by hit r, and any fee, from
// the words of its sentence. A fee counts only close to the right ("collect
// fees" in a long list of purposes is not a price for deleting data).
func RightDetailsOf(vw *sentence.View, r lexicon.Hit) RightDetails {
	var det RightDetails
	det.ToCompany = vw.IsRule(r, lexicon.RComplaint) && complaintToUs(vw, r)
	for i, h := range vw.Hits {
		e := vw.Entry(h)
		switch e.Class {
		case "how":
			if ownObject(vw, r, h) {
				continue
			}
			name := e.Name
			if o := settingsOwner(vw, h); o != nil {
				name = o.Name
			}
			if !slices.Contains(det.How, name) {
				det.How = append(det.How, name)
			}
		case "fee":
			if d := h.From - r.From; d > 15 || d < -15 {
				continue
			}
			if vw.IsRule(h, lexicon.RFree) {
				det.Fee = false
				return det
			}
			if !vw.NegatedNear(h.From, 4) && !vw.NegAt[i] {
				det.Fee = true
			}
		}
	}
	return det
}

// ownObject reports whether how-hit h is the account that right r itself
// names ("cancel your account", "delete your account", "ask us to delete
// your account by writing to ...") while another way
// stands in the sentence outside the right ("If you wish to cancel your
// account, contact us at ..."): the account is what goes, the other way is
// how. Alone, "you may delete your account at any time" keeps it (a
// deletion the reader makes).
func ownObject(vw *sentence.View, r, h lexicon.Hit) bool {
	// The account within the right, or its object right after it ("ask
	// us to delete | your account").
	if h.From < r.From || h.To > r.To && h.From != r.To || vw.Entry(h).ID != "settings" || vw.In(h.To-1, lexicon.WordsSettingsNouns) {
		return false
	}
	for _, o := range vw.Hits {
		if vw.Entry(o).Cls == lexicon.ClassHow && (o.To <= r.From || o.From >= max(r.To, h.To)) {
			return true
		}
	}
	return false
}

// settingsOwner returns the way of use of a browser or a device whose
// settings how-hit h names ("Safari's privacy settings", "your device's
// privacy settings", "the privacy settings on your phone", "your settings
// in your browser"): h ends in a word of settings and names no account
// ("privacy settings", "your settings", not "your account") and a word of a browser or a device stands within
// three words before it or four after it, in its clause. Else nil: the
// way is the one the hit names.
func settingsOwner(vw *sentence.View, h lexicon.Hit) *lexicon.Entry {
	e := vw.Entry(h)
	if e.Cls != lexicon.ClassHow || e.ID != "settings" || !vw.In(h.To-1, lexicon.WordsSettingsNouns) || !vw.In(h.From, lexicon.WordsSettingsOwners) && !vw.Is(h.From, lexicon.GPossessives) {
		return nil
	}
	for p := max(h.From-3, int32(vw.Own)); p < h.To+4 && int(p) < len(vw.Toks); p++ {
		if p >= h.From && p < h.To || vw.Clause[p] != vw.Clause[h.From] {
			continue
		}
		switch {
		case vw.In(p, lexicon.WordsBrowserNames):
			return vw.Doc.Lexicon.ByClass["how"]["browser"]
		case vw.In(p, lexicon.WordsDeviceNames):
			return vw.Doc.Lexicon.ByClass["how"]["device"]
		}
	}
	return nil
}

// inOwnPhrase reports whether a kept hit of the same right, not a bare
// word, covers the bare word h.
func inOwnPhrase(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.Entry == h.Entry && !g.Weak && g.From <= h.From && h.To <= g.To && (g.From != h.From || g.To != h.To) {
			return true
		}
	}
	return false
}

// readerAsks reports whether a word of the reader asking ("at your
// request", "you may submit a request") stands in the sentence of right hit
// h, other than as the company's own verb: in "We may request removal of
// content" the request is theirs. After a determiner the word is a noun
// the company offers the reader ("we present the option not to receive
// these emails"), not its verb; a right so named ("we have the right to")
// stays the company's.
func readerAsks(vw *sentence.View, h lexicon.Hit) bool {
	for p := int32(vw.Own); int(p) < len(vw.Toks); p++ {
		offered := p > 0 && vw.In(p-1, lexicon.WordsDeterminers) && !vw.Is(p, lexicon.GRight)
		if vw.In(p, lexicon.WordsReaderAsks) && !(p == h.From && weBefore(vw, p, true) && !offered) {
			return true
		}
	}
	return false
}

// weBefore reports whether "we" is the subject of the word at p: it ends
// at most two words before it ("we request", "we may request"). With our
// false, "our" does not count ("before you visit our site or use the
// plug-in": the reader uses it).
func weBefore(vw *sentence.View, p int32, our bool) bool {
	for _, g := range vw.Hits {
		if g.To <= p && g.To >= p-2 && g.From >= int32(vw.Own) && vw.IsRule(g, lexicon.RWe) && (our || !vw.Is(g.From, lexicon.GOurForms)) {
			return true
		}
	}
	return false
}

// overSettings reports whether the object of right hit h is a choice the
// reader made ("your consent", "your subscriptions"): the first "your" in
// the hit's last word or the four after it, in its clause, is followed by a
// word of the settings-objects set; or the hit is followed by "to" and a
// word of visibility; or a word of notifications or privacy and a noun of
// settings stand right after it, or one word on, in its clause.
func overSettings(vw *sentence.View, h lexicon.Hit) bool {
	// "change your profile to private", "set your account to public":
	// who can see it, a setting.
	if int(h.To)+1 < len(vw.Toks) && vw.Is(h.To, lexicon.GTo) && vw.In(h.To+1, lexicon.WordsVisibility) {
		return true
	}
	// "change your account's notification settings", "update your privacy
	// preferences": settings of notices or privacy, not data held.
	for p := h.To; p <= h.To+1 && int(p)+1 < len(vw.Toks) && vw.Clause[p] == vw.Clause[h.From]; p++ {
		if (vw.In(p, lexicon.WordsNotifications) || vw.In(p, lexicon.WordsPrivacyLead)) && vw.In(p+1, lexicon.WordsSettingsNouns) {
			return true
		}
	}
	for p := h.To - 1; p <= h.To+3 && int(p)+1 < len(vw.Toks) && vw.Clause[p] == vw.Clause[h.From]; p++ {
		if vw.Is(p, lexicon.GPossessives) {
			return vw.In(p+1, lexicon.WordsSettingsObjects)
		}
	}
	return false
}

// otherSettings reports whether cookie-control hit h names only settings
// ("device settings", "privacy settings") in a sentence whose own words are
// about location ("location services") or notifications and name no
// cookies, tracking technology or other way to control cookies.
func otherSettings(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.IsRule(h, lexicon.RCookieControl) || !vw.In(h.From, lexicon.WordsSettingsOwners) {
		return false
	}
	other := false
	for _, g := range vw.Hits {
		if int(g.From) < vw.Own {
			continue
		}
		e := vw.Entry(g)
		if e.Cls == lexicon.ClassDatatype && e.Grp == lexicon.GroupCookiesTracking || vw.IsRule(g, lexicon.RCookieControl) && g.From != h.From {
			return false
		}
		other = other || e.Cls == lexicon.ClassDatatype && e.Grp == lexicon.GroupLocation
	}
	return other || vw.SetFrom(vw.Own, lexicon.WordsNotifications) || vw.SetFrom(vw.Own, lexicon.WordsLocationWords)
}

// settingsWithoutChoice reports whether cookie-control hit h is only a
// browser's, a device's or privacy settings or tools ("browser settings",
// "device settings", "privacy tools") in a sentence that names no cookie
// or tracking technology and no other cookie control, and in whose clause
// the reader is given no choice over them: no word of ability beside the
// reader ("you can", "users may", "allows you"; not "when you enable"),
// no instruction ("please visit your device settings"), the reader not
// the subject ("you do this through your browser settings"; not "if you
// sync your device settings"), and no verb of steering them right before
// them ("adjusting your browser settings") with no other party acting. A
// label that opens the sentence ("Device settings: ...") takes the whole
// sentence for its clause.
func settingsWithoutChoice(vw *sentence.View, c *sentence.Context, h lexicon.Hit) bool {
	if !vw.IsRule(h, lexicon.RCookieControl) || !bareSettings(vw, h) || c.Instructs {
		return false
	}
	own := int32(vw.Own)
	// "Device settings: the mobile operating systems allow you to ...": a
	// label opening the sentence names the settings its text is about.
	label := h.From <= own+1 && vw.ColonAfter(h.To-1)
	// (Cookies named in another clause of the sentence still count: "The
	// way to disable cookies varies, but can be found in your browser
	// preferences".)
	if namesCookies(vw) {
		return false
	}
	for _, g := range vw.Hits {
		if g.From >= own && vw.IsRule(g, lexicon.RCookieControl) && !bareSettings(vw, g) {
			return false
		}
	}
	for q := own; int(q) < len(vw.Toks); q++ {
		if !label && vw.Clause[q] != vw.Clause[h.From] || q >= h.From && q < h.To {
			continue
		}
		switch {
		case vw.Is(q, lexicon.GReaderModals) && readerGiven(vw, q):
			return false // "you can", "allows you"
		case q < h.From && (q == own || vw.Tok(q).SepBefore >= text.SepComma) && (vw.Is(q, lexicon.GPlease) || vw.Is(q, lexicon.GInstructions)):
			return false // "Please visit your device settings"
		case q < h.From && q >= h.From-3 && vw.In(q, lexicon.WordsBrowserSteering) && !othersSteer(vw, h):
			return false // "adjusting your browser settings"
		}
	}
	return !(vw.ReaderActs(h.From) && !readerInCondition(vw, h))
}

// bareSettings reports whether hit g is two words, a browser's, a device's or
// privacy's and a noun of settings or tools ("browser settings", "privacy
// tools"), not "cookie settings".
func bareSettings(vw *sentence.View, g lexicon.Hit) bool {
	return g.To-g.From == 2 && (vw.In(g.From, lexicon.WordsSettingsOwners) || vw.In(g.From, lexicon.WordsBrowserNames)) &&
		(vw.In(g.To-1, lexicon.WordsSettingsNouns) || vw.In(g.To-1, lexicon.WordsToolNouns))
}

// readerGiven reports whether the word of ability at q is the reader's: the
// reader's name right after it ("allows you", "lets users"), or as its
// subject ("you can", "users may", "you are able to") with no "us" after it
// ("you allow us to receive") and no word of condition before the subject
// ("when you enable").
func readerGiven(vw *sentence.View, q int32) bool {
	if int(q)+1 < len(vw.Toks) && vw.Is(q+1, lexicon.GReaderNames) {
		return true
	}
	p := subjectBefore(vw, q)
	if p > int32(vw.Own) && vw.In(p, lexicon.WordsBeForms) {
		p-- // "you are able to"
	}
	if p < int32(vw.Own) || !vw.Is(p, lexicon.GReaderNames) || int(q)+1 < len(vw.Toks) && (vw.Is(q+1, lexicon.GUs) || vw.Is(q+1, lexicon.GWe)) {
		return false
	}
	return p == int32(vw.Own) || !vw.Is(p-1, lexicon.GConditional)
}

// readerInCondition reports whether "you" opens a condition in the clause of
// h, before it ("If you sync your device settings", "when you enable it in
// the browser settings").
func readerInCondition(vw *sentence.View, h lexicon.Hit) bool {
	for q := int32(vw.Own) + 1; q < h.From; q++ {
		if vw.Clause[q] == vw.Clause[h.From] && vw.Is(q, lexicon.GReader) && vw.Is(q-1, lexicon.GConditional) {
			return true
		}
	}
	return false
}

// othersSteer reports whether another party acts on settings hit h: a party
// named before it in its clause, or a party of the reader's ("your
// organization", "your employer") before it in the sentence.
func othersSteer(vw *sentence.View, h lexicon.Hit) bool {
	if a := vw.ActorBefore(h.From); a == sentence.PartyThird || a == sentence.PartyWe {
		return true
	}
	for q := int32(vw.Own) + 1; q < h.From; q++ {
		if vw.In(q, lexicon.WordsYourParties) && vw.In(q-1, lexicon.WordsYourForms) {
			return true
		}
	}
	return false
}

// privacySettingsOnly reports whether cookie-control hit h is a word of
// privacy and a noun of settings ("privacy settings", "privacy controls")
// in a sentence whose own words name no cookie or tracking technology, no
// advertising identifier, no browser and no cookie control but privacy
// settings ("Network Privacy Settings" twice names no cookies).
func privacySettingsOnly(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.IsRule(h, lexicon.RCookieControl) || !vw.In(h.From, lexicon.WordsPrivacyLead) || !vw.In(h.To-1, lexicon.WordsSettingsNouns) || vw.SetFrom(vw.Own, lexicon.WordsBrowserNames) {
		return false
	}
	for _, g := range vw.Hits {
		if int(g.From) < vw.Own {
			continue
		}
		e := vw.Entry(g)
		if e.Cls == lexicon.ClassDatatype && (e.Grp == lexicon.GroupCookiesTracking || e.ID == "advertising-id") || vw.IsRule(g, lexicon.RCookieControl) && !vw.In(g.From, lexicon.WordsPrivacyLead) {
			return false
		}
	}
	return true
}

// othersSettings reports whether settings hit h are another party's: a
// party right before them owns them, alone or first of a list of names
// ("your Facebook or Google privacy settings", "social networking services'
// privacy settings"), or a word of WordsSettingsPreps follows within six
// words in its clause, and then another party ("your privacy settings with
// the social network", "the privacy settings in your social networking
// account") or "it" ("and your privacy settings on it"). The company's own
// name is no other party ("privacy settings for your Google Account" in
// Google's policy), nor a party word in the title of one of the service's
// settings ("the Buyer Privacy Settings", see titledSettings).
func othersSettings(vw *sentence.View, h lexicon.Hit) bool {
	on := settingsPrep(vw, h)
	if on >= 0 && int(on)+1 < len(vw.Toks) && vw.Is(on+1, lexicon.GItThem) {
		return true
	}
	for _, hits := range [2][]lexicon.Hit{vw.Hits, vw.Aside} {
		for _, g := range hits {
			if (int(g.From) >= vw.Own && namesUpTo(vw, g.To, h.From) && !titledSettings(vw, g, h) || on >= 0 && g.From > on && g.From <= on+4) &&
				vw.Clause[g.From] == vw.Clause[h.From] && partyHit(vw, g) && !vw.NamesOwn(g) {
				return true
			}
		}
	}
	return false
}

// settingsPrep returns the first word of WordsSettingsPreps within six
// words after settings hit h in its clause ("with", "in", "for"), or -1.
func settingsPrep(vw *sentence.View, h lexicon.Hit) int32 {
	for p := h.To; p < h.To+6 && int(p) < len(vw.Toks) && vw.Clause[p] == vw.Clause[h.From]; p++ {
		if vw.In(p, lexicon.WordsSettingsPreps) {
			return p
		}
	}
	return -1
}

// namesUpTo reports whether from is to, or the words from from to to are at
// most three capitalised names and "and" or "or" ("Facebook or Google"
// before "privacy settings").
func namesUpTo(vw *sentence.View, from, to int32) bool {
	if to < from || to-from > 3 {
		return false
	}
	for p := from; p < to; p++ {
		if !vw.Is(p, lexicon.GAndOr) && vw.Tok(p).Flags&text.TokUpper == 0 {
			return false
		}
	}
	return true
}

// titledSettings reports whether party hit g, right before settings hit h,
// is a word of the title of one of the service's own settings: g and h
// capitalised throughout, and g no company's name ("the Buyer Privacy
// Settings", not "Facebook Privacy Settings").
func titledSettings(vw *sentence.View, g, h lexicon.Hit) bool {
	if g.To != h.From || vw.Entry(g).Class == "source" {
		return false
	}
	for p := g.From; p < h.To; p++ {
		if t := vw.Tok(p); t.Flags&text.TokUpper == 0 || vw.Doc.Lexicon.InSet(t.ID, lexicon.WordsCompanyNames) {
			return false
		}
	}
	return true
}

// deviceSettings reports whether a device owns settings hit h: a device's
// word at most two words before it ("your device's privacy settings") or
// within four after the first word of settingsPreps after it ("the privacy
// settings for your mobile device", "on your device").
func deviceSettings(vw *sentence.View, h lexicon.Hit) bool {
	on := settingsPrep(vw, h)
	for p := max(h.From-2, int32(vw.Own)); p < h.From; p++ {
		if vw.In(p, lexicon.WordsDeviceNames) && vw.Clause[p] == vw.Clause[h.From] {
			return true
		}
	}
	for p := on + 1; on >= 0 && p <= on+4 && int(p) < len(vw.Toks) && vw.Clause[p] == vw.Clause[h.From]; p++ {
		if vw.In(p, lexicon.WordsDeviceNames) {
			return true
		}
	}
	return false
}

// settingsElsewhere reports whether cookie-control hit h names only
// settings ("privacy settings") that "on" and another party, at most three
// words on in its clause, place on others' sites ("privacy settings on
// third-party websites", "on social networks"): the company offers no such
// control (instructions about other services are category other in
// OPP-115's scheme).
func settingsElsewhere(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.IsRule(h, lexicon.RCookieControl) || !vw.In(h.From, lexicon.WordsSettingsOwners) || int(h.To) >= len(vw.Toks) || !vw.Is(h.To, lexicon.GOn) {
		return false
	}
	for _, hits := range [2][]lexicon.Hit{vw.Hits, vw.Aside} {
		for _, g := range hits {
			if g.From <= h.To || g.From > h.To+3 || vw.Clause[g.From] != vw.Clause[h.From] {
				continue
			}
			if partyHit(vw, g) {
				return true
			}
		}
	}
	return false
}

// partyHit reports whether hit g names another party: another actor, a
// recipient or a source (whose settings, or sites, are no control the
// company offers).
func partyHit(vw *sentence.View, g lexicon.Hit) bool {
	e := vw.Entry(g)
	return vw.IsRule(g, lexicon.ROtherActor) || e.Cls == lexicon.ClassRecipient || e.Class == "source"
}

// SaleLinkName reports whether the right to opt out of a sale, hit h in the
// sentence of vw, is named by the link or setting California's law has a
// business that sells offer, "Do Not Sell My Personal Information", in a
// sentence that offers it ("please follow this link: Do Not Sell My
// Information", "switch the Do Not Sell My Personal Information toggle
// on"); not the name alone (a heading, an item of the site's menu copied
// with the policy) nor a denial ("we do not sell or share").
func SaleLinkName(vw *sentence.View, h lexicon.Hit) bool {
	if int(h.From)+2 >= int(h.To) || int(h.From) <= vw.Own || !vw.Is(h.From, lexicon.GDo) || !vw.Is(h.From+1, lexicon.GNot) {
		return false
	}
	return !vw.Is(h.From-1, lexicon.GSubjects) && !vw.Is(h.From-1, lexicon.GWe)
}

// SaleOptOutOffered reports whether the right to opt out of a sale, hit h
// in the sentence of vw, is one the company offers the reader over their
// own data, which California's law has a business offer when it sells or
// shares data in its sense: the "Do Not Sell My Personal Information" link
// or setting (SaleLinkName), or the right said plainly of a sale of the
// reader's data ("You have the right to opt out of the sale of your
// personal information", "California residents may opt out of the sale of
// their personal information", "you may direct us not to sell your
// personal information"). Not the right described in general terms: of
// personal information at large or of any sale there may be ("the right to
// opt out of the sale or sharing of personal information", "to opt out of
// any sales that may be occurring", "the sale of your data, if any"),
// a law's duty ("the law requires operators to let consumers opt out of
// the sale of their information") or Nevada's right (which a business that
// sells in no sense may offer too: NarrowSaleLaw), a supposition or another's
// act, link or request named ("When consumers opt out of the sale of their
// data, operators must ...", "If you send us a Do Not Sell request, ..."; not
// "If you wish to opt out of the sale of your data, contact us", which
// offers it; nor "you have opted out of the sale of your data", an act
// reported), nor a right that names no sale ("opt out of having your
// information shared").
func SaleOptOutOffered(vw *sentence.View, h lexicon.Hit) bool {
	if int(h.From) < vw.Own || NarrowSaleLaw(vw) {
		return false // "Nevada residents may opt out of the sale of their covered information": a right any business gives
	}
	for q := h.From - 1; q >= int32(vw.Own) && vw.Clause[q] == vw.Clause[h.From]; q-- {
		if vw.In(q, lexicon.WordsReaderAble) {
			break // "if you wish to opt out", "you have the right to"
		}
		if vw.Is(q, lexicon.GConditional) || vw.Is(q, lexicon.GHypothetical) {
			return false // "When consumers opt out of the sale of their data", "If you send us a do not sell request, ..."
		}
	}
	if SaleLinkName(vw, h) {
		return true
	}
	if h.Weak {
		return false
	}
	if int(h.From) > vw.Own && vw.Is(h.From-1, lexicon.GAuxiliaries) && !vw.Is(h.From, lexicon.GRight) {
		return false // "to alert them that you have opted out of the sale of your data": an act reported
	}
	sale, yours := false, false
	for p := h.From; p < h.To; p++ {
		if vw.Is(p, lexicon.GInclusive) {
			return false // "opt out of any possible sale"
		}
		sale = sale || vw.In(p, lexicon.WordsSaleWords)
		yours = yours || vw.In(p, lexicon.WordsYourForms) || vw.Is(p, lexicon.GTheir)
	}
	// The sale's object: the reader's data right after the phrase ("... of
	// the sale of your personal information", "... not to sell your data").
	for p := h.To; int(p) < len(vw.Toks) && p < h.To+2 && vw.Clause[p] == vw.Clause[h.From]; p++ {
		yours = yours || vw.In(p, lexicon.WordsYourForms) || vw.Is(p, lexicon.GTheir)
	}
	if !sale || !yours {
		return false
	}
	for p := h.To; int(p)+1 < len(vw.Toks); p++ {
		if vw.Is(p, lexicon.GHypothetical) && vw.Is(p+1, lexicon.GInclusive) {
			return false // "..., if any"
		}
	}
	for p := int32(vw.Own); p+1 < h.From; p++ {
		if (vw.In(p, lexicon.WordsLawNames) || vw.In(p, lexicon.WordsLawSubjects)) && vw.In(p+1, lexicon.WordsLawDuties) {
			return false // "Nevada law requires operators to let consumers opt out of ..."
		}
	}
	return true
}

// ownAccountNext reports whether the reader's account follows right hit h,
// perhaps after a name or two ("delete your Yahoo account", "close your
// riseup.net account"), in its clause with no comma; or the bare word
// right after it, as a menu or a terse answer words it ("you can delete
// account in settings": the verb is already framed as the reader's).
func ownAccountNext(vw *sentence.View, h lexicon.Hit) bool {
	p := h.To
	if int(p) < len(vw.Toks) && vw.Clause[p] == vw.Clause[h.From] && vw.Tok(p).SepBefore < text.SepComma && vw.In(p, lexicon.WordsAccountWords) {
		return true
	}
	if int(p) >= len(vw.Toks) || !(vw.In(p, lexicon.WordsYourForms) || vw.Is(p, lexicon.GTheir)) {
		return false
	}
	for q := p + 1; int(q) < len(vw.Toks) && q <= p+3 && vw.Clause[q] == vw.Clause[h.From] && vw.Tok(q).SepBefore < text.SepComma; q++ {
		if vw.In(q, lexicon.WordsAccountWords) {
			return true
		}
	}
	return false
}

// PhraseGranted reports whether right hit h, in the sentence of vw, is its
// rule's full phrase with the right's object in it (three words or more, not
// a bare word framed: "opt out of those", "choose not to have your
// information shared") given to the reader by a word of the right frame
// close before it in its clause, at most two words between and no comma
// ("you can", "the opportunity to", "allows you to"; "can" and its kind
// beside the reader).
// Such a phrase says the right in the rules' own words.
func PhraseGranted(vw *sentence.View, h lexicon.Hit) bool {
	if h.Weak || h.To-h.From < 3 || !vw.MayHave(lexicon.GRightFrame) {
		return false
	}
	for p := h.From; p < h.To; p++ {
		if vw.Is(p, lexicon.GAndOr) {
			return false // a list of verbs ("access and review"), its object outside the phrase
		}
	}
	for q := h.From - 1; q >= int32(vw.Own) && q >= h.From-3 && vw.Clause[q] == vw.Clause[h.From] && vw.Tok(q+1).SepBefore < text.SepComma; q-- {
		if vw.Is(q, lexicon.GRightFrame) && (!vw.Is(q, lexicon.GReaderModals) || besideReader(vw, q)) {
			return true
		}
		// Between the frame and the phrase, only "to", the reader and an
		// article: "the opportunity to", "allows you to", "to request the
		// deletion of your information".
		if !vw.Is(q, lexicon.GTo) && !vw.Is(q, lexicon.GReaderNames) && !vw.Is(q, lexicon.GThe) && !vw.Is(q, lexicon.GArticle) {
			return false
		}
	}
	return false
}

// possessiveAt reports whether the token at p ends in a possessive
// apostrophe ("phone's", "users'").
func possessiveAt(vw *sentence.View, p int32) bool {
	t := vw.Tok(p)
	w := vw.Doc.Text[t.Start:t.End]
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// otherSubjectOfCondition reports whether a verb of a right opens hit h
// right after a condition's word and one word that names neither the
// reader nor the company, nor is a gerund ("when apps access your data",
// "If Acme received your data"): that word is the verb's subject, someone
// else acts.
func otherSubjectOfCondition(vw *sentence.View, h lexicon.Hit) bool {
	s := h.From - 2
	if s < int32(vw.Own) || vw.Is(h.From, lexicon.GRight) || !vw.Is(s, lexicon.GConditional) {
		return false
	}
	n := s + 1
	// (Not a gerund: "when making requests to know" is the reader's.)
	if t := vw.Tok(n); vw.Tok(n).SepBefore >= text.SepComma || vw.Tok(h.From).SepBefore >= text.SepComma || strings.HasSuffix(vw.Doc.Text[t.Start:t.End], "ing") {
		return false
	}
	return !vw.Is(n, lexicon.GReaderNames) && !vw.Is(n, lexicon.GReader) && !vw.Is(n, lexicon.GWe) && !vw.Is(n, lexicon.GSubjects) && !vw.In(n, lexicon.WordsModal) && !vw.In(n, lexicon.WordsDeterminers) && !vw.Is(n, lexicon.GPossessives)
}

// howToControl reports whether right hit h is a control of the reader's
// cookies right after a question word and "to" ("how to manage your
// cookies").
func howToControl(vw *sentence.View, h lexicon.Hit) bool {
	return vw.IsRule(h, lexicon.RCookieControl) && vw.HasWord(h, lexicon.GYour) &&
		h.From >= int32(vw.Own)+2 && vw.Is(h.From-1, lexicon.GTo) && vw.Is(h.From-2, lexicon.GQuestionWords)
}

// messagesRefused reports whether the sentence refuses messages: a verb of
// receiving (words receipt-verbs) with a message (words message-ways) at
// most six words after it, and before it a wish denied ("if you do not
// wish to receive any communications"), an opt-out denied ("you cannot opt
// out of receiving billing messages") or "to" and a word of stopping ("to
// stop receiving our emails"); not a consequence ("you will not receive
// emails", "and you will stop receiving our emails").
func messagesRefused(vw *sentence.View) bool {
	end := int32(len(vw.Toks))
	for p := vw.NextIn(int32(vw.Own), end, lexicon.WordsReceiptVerbs); p < end; p = vw.NextIn(p+1, end, lexicon.WordsReceiptVerbs) {
		if e := min(end, p+7); vw.NextIn(p+1, e, lexicon.WordsMessageWays) == e && vw.NextIn(p+1, e, lexicon.WordsEmails) == e {
			continue
		}
		if q := vw.OwnSetBefore(p, 3, lexicon.WordsReaderAble); q >= 0 && notBefore(vw, q, 2) {
			return true
		}
		if q := vw.OwnSetBefore(p, 4, lexicon.WordsOpting); q >= 0 && notBefore(vw, q, 4) {
			return true
		}
		if q := vw.OwnSetBefore(p, 2, lexicon.WordsStopping); q > int32(vw.Own) && vw.Is(q-1, lexicon.GTo) {
			return true
		}
	}
	return false
}

// notBefore reports whether "not" or a negator holding its auxiliary
// ("cannot", "dont") stands at most n words before position p in the
// sentence's own words.
func notBefore(vw *sentence.View, p, n int32) bool {
	for q := p - 1; q >= int32(vw.Own) && q >= p-n; q-- {
		if vw.Is(q, lexicon.GNot) || vw.Is(q, lexicon.GNegAux) {
			return true
		}
	}
	return false
}

// safeguardCopy reports whether a copy (grammar data-containers) stands in
// access hit h or at most eight words after it, and a contract (words
// contract-nouns) or a safeguard of transfers (a transfer hit other than
// the transfer itself) at most six words after the copy, in its clause,
// with no data named between: "request a copy of the Standard Contractual
// Clauses", "obtain a copy of the clauses".
func safeguardCopy(vw *sentence.View, h lexicon.Hit) bool {
	end := min(int32(len(vw.Toks)), h.To+8)
	for p := h.From; p < end; p++ {
		if !vw.Is(p, lexicon.GDataContainers) || vw.Clause[p] != vw.Clause[h.From] {
			continue
		}
		last := min(int32(len(vw.Toks)), p+7)
		q := vw.NextIn(p+1, last, lexicon.WordsContractNouns)
		for _, g := range vw.Hits {
			if g.From > p && g.From < q && vw.Entry(g).Class == "transfer" && !vw.IsRule(g, lexicon.RInternational) {
				q = g.From
			}
		}
		return q < last && vw.Clause[q] == vw.Clause[p] && !vw.DataBetween(p, q)
	}
	return false
}

// needless reports whether hit h stands right after "to", and a word of
// necessity (words necessity: "need", "have", "required") with a negator
// at most two words before it and the reader at most four, followed by
// "to", stands right before that or before fillers (words
// needless-fillers) up to it: "you do not need to opt out", "you don't
// have to do anything to opt-out", "you are not required to accept
// cookies"; not "you will not have to pay a fee to access your data" (the
// need is the fee's), nor "we are not required to comply with your request
// to erase" (the company's need).
func needless(vw *sentence.View, h lexicon.Hit) bool {
	own := int32(vw.Own)
	p := h.From - 2 // the word before the hit's "to"
	if p <= own || !vw.Is(h.From-1, lexicon.GTo) {
		return false
	}
	if !vw.In(p, lexicon.WordsNecessity) {
		for p > own && vw.In(p, lexicon.WordsNeedlessFillers) {
			p--
		}
		if p <= own || p == h.From-2 || !vw.Is(p, lexicon.GTo) {
			return false
		}
		p-- // the need's own "to"
	}
	if !vw.In(p, lexicon.WordsNecessity) || !vw.NegatedNear(p, 2) || vw.Clause[p] != vw.Clause[h.From] {
		return false
	}
	for q := p - 1; q >= own && q >= p-4; q-- {
		if vw.Is(q, lexicon.GReader) {
			return true
		}
	}
	return false
}

// opposed reports whether a verb of opposing stands right before right hit
// h, or before a determiner before it ("oppose the erasure of the data").
func opposed(vw *sentence.View, h lexicon.Hit) bool {
	p := h.From - 1
	if p > int32(vw.Own) && vw.In(p, lexicon.WordsDeterminers) {
		p--
	}
	return p >= int32(vw.Own) && vw.In(p, lexicon.WordsOpposing)
}

// portableCopy reports whether access hit h names a copy of data (a word of
// GDataContainers: "a copy of your data", "an exported file") that a
// portability phrase qualifies: the phrase, no bare word, overlaps the hit
// or stands at most eight words from it in its clause ("a portable copy of
// your data", "a copy of your personal data in a structured, commonly used
// and machine-readable format").
func portableCopy(vw *sentence.View, h lexicon.Hit) bool {
	copyAt := int32(-1)
	for p := h.From; p < h.To; p++ {
		if vw.Is(p, lexicon.GDataContainers) {
			copyAt = p
			break
		}
	}
	if copyAt < 0 {
		return false
	}
	for _, g := range vw.Hits {
		if g.Weak || int(g.From) < vw.Own || !vw.IsRule(g, lexicon.RPortability) || vw.Clause[g.From] != vw.Clause[copyAt] {
			continue
		}
		if g.To >= h.From-2 && g.From <= h.To+8 && !copySentOn(vw, h, g) {
			return true
		}
	}
	return false
}

// copySentOn reports whether portability hit g, after access hit h, names
// the copy again ("request a copy of your data and to transmit that copy
// to another controller"): a second act on the copy the reader asked to
// see, which leaves the access a right of its own.
func copySentOn(vw *sentence.View, h, g lexicon.Hit) bool {
	if g.From < h.To {
		return false
	}
	for p := g.From; p < g.To; p++ {
		if vw.Is(p, lexicon.GDataContainers) {
			return true
		}
	}
	return false
}

// marketingObject reports whether a word of marketing or ads is in
// opt-out hit h or at most five words after it in its clause ("opt out of
// marketing", "opt out of receiving our newsletters").
func marketingObject(vw *sentence.View, h lexicon.Hit) bool {
	return vw.SetAfter(h.From, h.To-h.From+5, lexicon.WordsMarketing)
}

// policyChangeNamed reports whether a hit of the change class in the
// sentence's own words names what changes by a noun of the policy (not
// "it" or "this": "change this at any time") or by "we" ("changes to this
// policy", "changes to how we use your data").
func policyChangeNamed(vw *sentence.View) bool {
	for _, g := range vw.Hits {
		if int(g.From) < vw.Own || vw.Entry(g).Class != "change" {
			continue
		}
		for p := g.From; p < g.To; p++ {
			if vw.Is(p, lexicon.GPolicyWords) && !vw.Is(p, lexicon.GItThem) && !vw.Is(p, lexicon.GThis) || vw.Is(p, lexicon.GWe) {
				return true
			}
		}
	}
	return false
}

// policyAmended reports whether right hit h overlaps a change hit that
// names the policy (a word of GPolicyWords, not "it" or "this" alone) before
// h starts: "This Policy may be amended or updated", where the right's verbs
// are the policy's change.
func policyAmended(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.To <= h.From || g.From >= h.To || vw.Entry(g).Class != "change" {
			continue
		}
		for p := g.From; p < h.From; p++ {
			if vw.Is(p, lexicon.GPolicyWords) && !vw.Is(p, lexicon.GItThem) && !vw.Is(p, lexicon.GThis) {
				return true
			}
		}
	}
	return false
}

// optOutObjectNamed reports whether opt-out hit h has an object ("of" or
// "from" in the hit after its first word, or right after it) that names a
// feature of the service or a use of the reader's device in its first four
// words, in its clause ("opt out of this feature", "opt out of receiving
// push notifications", "opt out from email lookup"), or stands for one by
// "this", "it" or "these" in a sentence that names settings ("opt out of
// this by editing the appropriate preference"); and no handling or sale of
// data ("opt out of our sharing with others") nor a recipient ("opt out of
// participating companies"), which refuse a passing on.
func optOutObjectNamed(vw *sentence.View, h lexicon.Hit) bool {
	for q := h.From + 1; q <= h.To && int(q)+1 < len(vw.Toks); q++ {
		if !vw.Is(q, lexicon.GOf) && !vw.Is(q, lexicon.GFrom) {
			continue
		}
		if vw.Clause[q+1] != vw.Clause[h.From] || vw.Tok(q+1).SepBefore >= text.SepComma {
			return false
		}
		feature := (vw.Is(q+1, lexicon.GItThem) || vw.Is(q+1, lexicon.GThis)) && vw.SetFrom(vw.Own, lexicon.WordsSettingsNouns)
		for p := q + 1; p <= q+4 && int(p) < len(vw.Toks) && vw.Clause[p] == vw.Clause[h.From]; p++ {
			if vw.Is(p, lexicon.GHandlingNouns) || vw.In(p, lexicon.WordsSaleWords) || vw.In(p, lexicon.WordsTrackingActs) {
				return false
			}
			feature = feature || vw.In(p, lexicon.WordsOptOutFeatures)
		}
		for _, g := range vw.Hits {
			if g.From > q && g.From <= q+4 && vw.Entry(g).Cls == lexicon.ClassRecipient {
				return false
			}
		}
		return feature
	}
	return false
}

// readerOccasion reports whether hit h is one of the reader's acts in a
// clause of "when you" (or another conditional word and the reader) at most
// ten words before it, the acts joined by "or", "and" and commas ("when
// you place an order or enter, submit, or access your information"), with
// no other mention of the reader, no modal and no semicolon or colon
// between: the occasion of what the sentence says.
func readerOccasion(vw *sentence.View, h lexicon.Hit) bool {
	for p := h.From - 2; p >= int32(vw.Own) && p >= h.From-10; p-- {
		if vw.Tok(p+1).SepBefore >= text.SepClause {
			return false
		}
		if vw.Is(p, lexicon.GConditional) && vw.Is(p+1, lexicon.GReader) {
			for q := p + 2; q < h.From; q++ {
				if vw.Is(q, lexicon.GReader) || vw.In(q, lexicon.WordsModal) || vw.Tok(q).SepBefore >= text.SepClause {
					return false
				}
			}
			return true
		}
	}
	return false
}

// checkedRequest reports whether right hit h stands at most eight words
// after "before" (word set checked-before) in a sentence that checks who the
// reader is (identity-checks, outside those words): "We will verify your
// identity before granting access or correcting your information",
// "Before providing access to, or deleting, personal data, we will need to
// confirm your identity". The acts after "before" are the reader's requests
// the company meets: rights, whoever does them, when they are two kinds or
// more (see checkedKinds). Only access, correction and
// deletion ("before authorizing the transfer of funds", "access to the
// Restricted Account" are none), and no access the company itself takes
// ("before we access records containing your information"), nor access to an
// account, which is signing in ("before granting you access to your
// account", "account access").
func checkedRequest(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.MayHaveIn(lexicon.WordsCheckedBefore) || !vw.MayHaveIn(lexicon.WordsIdentityChecks) {
		return false
	}
	if id := vw.Entry(h).ID; id != "access" && id != "correction" && id != "deletion" {
		return false
	}
	own := int32(vw.Own)
	if p := h.From - 1; vw.IsRule(h, lexicon.RAccess) && p > own && (vw.Is(p, lexicon.GWe) || vw.In(p, lexicon.WordsModal) && vw.Is(p-1, lexicon.GWe) || vw.In(p, lexicon.WordsAccountWords)) {
		return false
	}
	if vw.IsRule(h, lexicon.RAccess) {
		for q := h.To; int(q) < len(vw.Toks) && q < h.To+5 && vw.Tok(q).SepBefore < text.SepComma; q++ {
			if vw.In(q, lexicon.WordsAccountWords) {
				return false
			}
		}
		// Access "to" something must be to data ("before granting access to
		// your information", "access to, or deleting, personal data"; not
		// "access to our systems").
		if n := int32(len(vw.Toks)); h.To+1 < n && vw.Is(h.To, lexicon.GTo) && !vw.Is(h.To+1, lexicon.GAndOr) && vw.Tok(h.To+1).SepBefore < text.SepComma && !dataNear(vw, h.To+1, h.To+4) {
			return false
		}
	}
	b := int32(-1)
	for q := h.From - 1; q >= own && q >= h.From-8; q-- {
		if vw.In(q, lexicon.WordsCheckedBefore) {
			b = q
			break
		}
	}
	if b < 0 || !checkedKinds(vw, b) {
		return false
	}
	for q := own; int(q) < len(vw.Toks); q++ {
		if (q < b || q >= h.To) && vw.In(q, lexicon.WordsIdentityChecks) {
			return true
		}
	}
	return false
}

// dataNear reports whether data (a data type's words, not the company's:
// "our systems") starts between tokens from and to, in from's clause.
func dataNear(vw *sentence.View, from, to int32) bool {
	for q := from; q <= to && int(q) < len(vw.Toks) && vw.Clause[q] == vw.Clause[from]; q++ {
		if vw.Is(q, lexicon.GOur) {
			return false
		}
	}
	for _, g := range vw.Hits {
		if g.From >= from && g.From <= to && vw.Entry(g).Cls == lexicon.ClassDatatype && vw.Clause[g.From] == vw.Clause[from] {
			return true
		}
	}
	return false
}

// checkedKinds reports whether two kinds of right among access, correction
// and deletion stand in the sixteen words after "before" at b: the sentence
// names the requests the check is for ("before granting access or
// correcting your information"). A check before access alone ("we verify
// your identity before granting access to your data") is a security
// measure to OPP-115's annotators (2 of 2 such segments data-security
// only), a right to ours (most of theirs): left out.
func checkedKinds(vw *sentence.View, b int32) bool {
	first := ""
	for _, g := range vw.Hits {
		if g.From <= b || g.From > b+16 {
			continue
		}
		if id := vw.Entry(g).ID; id == "access" || id == "correction" || id == "deletion" {
			if first == "" {
				first = id
			} else if id != first {
				return true
			}
		}
	}
	return false
}

// browserAccepts reports whether cookie-control hit h opens with a word of
// accepting (words accepting) whose subject is a browser (words
// browser-names) right before it, or before an adverb of
// by-default-adverbs ("browsers automatically accept cookies"), in a
// sentence with no verb of steering a browser (words browser-steering:
// "control whether your browser accepts cookies", "but can be configured
// not to accept them") and no reader after the hit ("the decision of
// whether to accept or not is yours", "until you change your settings"):
// a sentence that says what the browser does by itself.
func browserAccepts(vw *sentence.View, h lexicon.Hit) bool {
	own := int32(vw.Own)
	p := h.From - 1
	if !vw.In(h.From, lexicon.WordsAccepting) || p < own {
		return false
	}
	if vw.In(p, lexicon.WordsByDefaultAdverbs) {
		p--
	}
	if p < own || !vw.In(p, lexicon.WordsBrowserNames) || vw.Clause[p] != vw.Clause[h.From] || vw.SetFrom(vw.Own, lexicon.WordsBrowserSteering) {
		return false
	}
	for q := h.To; q < int32(len(vw.Toks)); q++ {
		if vw.Is(q, lexicon.GReader) || vw.In(q, lexicon.WordsYourForms) {
			return false
		}
	}
	return true
}

// seeSection reports whether right hit h opens with a word of pointing
// ("see", "refer") right after "please", with a word pointing to another part
// of the policy in the ten words after it (words "above-below"): "please see
// the information we have provided in Section 6 below", "please see the
// 'Information We Collect' section above" point the reader to the policy;
// they grant no access to data.
func seeSection(vw *sentence.View, h lexicon.Hit) bool {
	return h.From > int32(vw.Own) && vw.Is(h.From, lexicon.GCrossReference) && vw.Is(h.From-1, lexicon.GPlease) && vw.SetAfter(h.To-1, 10, lexicon.WordsAboveBelow)
}

// lingeringCopies reports whether access hit h starts with the copies a
// verb of keeping keeps (words "kept-records": "copies of your data") and
// the copies linger: a word of continuing (words "continuing": "still",
// "remain", "maintain") after them in their clause, or one of keeping or
// continuing (words "keeping-denied", "continuing": "retain", "maintain") at
// most two words before them ("keep a copy").
func lingeringCopies(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.In(h.From, lexicon.WordsKeptRecords) {
		return false
	}
	for p := h.To; int(p) < len(vw.Toks) && vw.Clause[p] == vw.Clause[h.From]; p++ {
		if vw.In(p, lexicon.WordsContinuing) {
			return true
		}
	}
	for p := h.From - 1; p >= h.From-2 && p >= int32(vw.Own) && vw.Clause[p] == vw.Clause[h.From]; p-- {
		if vw.In(p, lexicon.WordsKeepingDenied) || vw.In(p, lexicon.WordsContinuing) {
			return true
		}
	}
	return false
}
