package classes

import (
	"strings"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/sentence"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// shareClass judges the recipients (rule class "recipient"): who receives
// data, and a business transfer that sells data.
type shareClass struct{}

// Judge reads a party word in four steps, each of which may decide: the
// word's plain misreadings (notAParty); whether anything passes data to
// the party here (notPassedData); whose party, or what role, the word
// names (someoneElse); and what the company does with the party, denied or
// not (receives).
func (*shareClass) Judge(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit) verdict {
	e := vw.Entry(h)
	if vd := notAParty(vw, c, i, h, e); vd.decided() {
		return vd
	}
	r := readRecipient(vw, c, h, e)
	if vd := r.notPassedData(vw, c, h, e); vd.decided() {
		return vd
	}
	if vd := r.someoneElse(vw, c, h); vd.decided() {
		return vd
	}
	return r.receives(vw, c, h, e)
}

// notAParty is Judge's first step: the readings of party hit h (of entry
// e, the i-th hit) that name no party at all, or a sale of the data
// itself; undecided where the word may name a recipient.
func notAParty(vw *sentence.View, c *sentence.Context, i int, h lexicon.Hit, e *lexicon.Entry) verdict {
	// "Under no circumstances will your data be sold": the data is
	// sold, not the company ("if the company is sold", "when a Mattel
	// business is bought or sold"), unless the sentence is about a
	// merger or bankruptcy. Denied, the data's sale is denied whatever
	// transfer the sentence sets apart ("Except in a merger, your
	// information will not be sold ... without your consent").
	if vw.IsRule(h, lexicon.RBusinessTransfer) && vw.HasWord(h, lexicon.GSold) && !vw.HasWord(h, lexicon.GSoldCompany) && vw.DataBefore(h) {
		negated := vw.NegatedNear(h.From, 7) || c.IntroNeg
		// "your information may be sold as part of those assets": data
		// sold with the company's assets goes to its buyer, a business
		// transfer.
		if !negated && soldWithAssets(vw, h) {
			return kept("recipient/sold-with-assets", decision{Kind: "share", ID: e.ID, Category: "third-party-sharing"})
		}
		if negated || !otherTransfer(vw, i) {
			return saleVerdict(vw, c, h, negated, "recipient/data-sold")
		}
	}
	// "the Company acquires personal information from public sources":
	// a bare word of acquiring (words match by their stem: "acquiring"
	// names a buyer) with data right after it in its clause gets data, no
	// company changes hands.
	if vw.DataAcquired(h) {
		return drop("recipient/data-acquired")
	}
	// "We, like many other companies, use cookies": what the company
	// likens itself to, no party it passes data to.
	if vw.ComparedWith(h) {
		return drop("recipient/compared-with")
	}
	// "We use your data to respond to legal process": responding is
	// what data is used for, no party it is passed to (OPP-115 and MAPP
	// label such sentences collection; "we may disclose it to respond to
	// legal process" passes it on).
	if vw.IsRule(h, lexicon.RLawEnforcement) && respondsInUse(vw, h) {
		return drop("recipient/purpose-of-use")
	}
	// "Twitter may share it" in Twitter's policy, "Zendesk collects" in
	// Zendesk's: the company's own name (see Doc.FindOwnNames), no party
	// it passes data to.
	if vw.OwnName(h) {
		return drop("recipient/own-name")
	}
	// "Acme Ltd., together with its affiliated companies ("Acme", "we"),
	// collects": a party within the name the policy gives itself is the
	// company (see View.InOwnDefinition).
	if vw.InOwnDefinition(h) {
		return drop("recipient/own-definition")
	}
	// "with your consent where required by law", "we ask for your
	// consent when the law requires it": the law says when consent is
	// asked, it names no authority that gets data.
	if vw.IsRule(h, lexicon.RLawEnforcement) && consentByLaw(vw, h) {
		return drop("recipient/consent-required-by-law")
	}
	// "other members of the Acme corporate family": the group's other
	// companies, affiliates, not the public.
	if partOf(vw, h) || withinGroup(vw, h) {
		return drop("recipient/member-of-the-group")
	}
	// "hosted on our own servers", "hosted by us": the company hosts.
	if ownHost(vw, h) {
		return drop("recipient/own-host")
	}
	// "Google will use this information to evaluate your use of the
	// site": Google acting is the analytics recipient only where what it
	// does is measuring use ("Google may use cookies to show you ads"
	// names no analytics).
	if vw.GoogleNotMeasuring(h) {
		return drop("recipient/no-analytics-aim")
	}
	// "Alternatively, such businesses may have in place a policy not to
	// disclose it to other companies": what companies in general do (see
	// View.OthersInGeneral) passes nothing of the company's on.
	if vw.OthersInGeneral() {
		return drop("recipient/others-in-general")
	}
	// "Affiliate means an entity that controls ...", "Service Provider
	// refers to ...", "When we say processor we mean ...": the term a
	// definition opens with names no one who gets data.
	if h.From <= int32(vw.Own)+1 && int(h.To) < len(vw.Toks) && vw.Is(h.To, lexicon.GDefines) || vw.WeMeanTerm(h) {
		return drop("recipient/defined-term")
	}
	// "A 'sale' is defined broadly: ... disclosing a consumer's personal
	// information to a third party for ...", "'Share' means disclosing
	// personal information to a third party for ...": a party in the body
	// of a definition gets nothing from the company.
	if inDefinition(vw, h) {
		return drop("recipient/in-a-definition")
	}
	// A recipient counts in a sentence about passing data on, or in one
	// that the colon of such a sentence leads to ("We may disclose data
	// in these cases:" over "In answer to a court order."), and also where
	// a third party collects or uses data ("advertisers may place
	// cookies", "we use analytics providers") or hosts the service.
	// "Third-party services we use may collect your IP address": a plain
	// party the company engages works for it, a service provider that
	// gets data as one does.
	// "We will notify users of law enforcement requests", "a transparency
	// report on government requests": a request told of or counted, in a
	// sentence that passes nothing on, gives the authority no data.
	if !c.Share && !c.Sale && vw.RequestToldOf(h) {
		return drop("recipient/request-told-of")
	}
	return verdict{}
}

// recipientReading is what Judge reads once of a party word that may name a
// recipient, for its later steps.
type recipientReading struct {
	engagedAt int32 // where the company engages the party, or -1 (see engagedByCompany)
	engaged   bool  // engagedAt >= 0
	bound     bool  // the party is bound to secrecy (see boundToSecrecy)
	setter    bool  // the party sets cookies (see cookiesSetBy)
	weak      bool  // a weak hit (a bare "third parties") that nothing makes a party
	// weakInSale marks a weak hit in a sentence that names a sale without
	// passing data on.
	weakInSale bool
	share      bool // the sentence passes data on to others than the company
	collects   bool // the party collects or uses data for the company
	passed     bool // something passes data to the party
	// unaffiliated marks "non-affiliated partners" (set by someoneElse):
	// other third parties.
	unaffiliated bool
}

// readRecipient reads what the later steps of Judge ask of party hit h of
// entry e.
func readRecipient(vw *sentence.View, c *sentence.Context, h lexicon.Hit, e *lexicon.Entry) recipientReading {
	var r recipientReading
	r.engagedAt = engagedByCompany(vw, h)
	r.engaged = r.engagedAt >= 0
	// A weak bare "third parties" counts as bound only pointing back at
	// parties named before: "these third parties assume confidentiality
	// obligations regarding your data".
	r.bound = (!h.Weak || h.From > 0 && vw.Is(h.From-1, lexicon.GDemonstratives)) && boundToSecrecy(vw, h)
	r.setter = cookiesSetBy(vw, h)
	r.weak = h.Weak && !r.engaged && !r.setter && !r.bound
	// "Examples of third-party sources include marketers and partners,
	// where they are allowed to share your personal information with us":
	// where each verb of passing data on in the sentence passes it to the
	// company, that is no sentence about passing data on to the parties it
	// names (see onlyToUs). (Not the agent of a passive verb: "The survey is
	// conducted by a third party who shares the survey answers with us"
	// names a party that collects; nor the public, which gets what is made
	// public: "If you provide information to us to make it public on a
	// forum"; nor a social network, whose passing data to us the tests
	// below read as the reader's social media data.)
	r.share = c.Share && (agentOf(vw, h) || e.ID == "public" || vw.IsRule(h, lexicon.RSocialNetworks) && !h.Weak || !onlyToUs(vw))
	r.collects = !r.weak && (c.Collect || c.Use || e.Collects && weEngage(vw, h)) && (e.Collects || r.engaged) && !activity(vw, h)
	r.passed = r.share || c.Carried.Share && c.Carried.Leads || c.Sale || c.ThirdPartySubject || hosts(vw, c, h) || anotherAnalytics(vw, h) || processedBy(vw, h) || reportedTo(vw, h) || orderedBy(vw, c, h) || r.bound || r.setter
	// A bare "third parties" counts in a sentence about passing data on,
	// and in a denial that data is sold to them ("we will never sell that
	// data to third parties", see below), not where a sale is only named.
	r.weakInSale = r.weak && !c.Share && c.Sale
	return r
}

// notPassedData is Judge's second step: the readings of party hit h (of
// entry e) to which nothing passes data here, or which give data to the
// company (a source; a social network read as the reader's social media
// data); undecided otherwise.
func (r *recipientReading) notPassedData(vw *sentence.View, c *sentence.Context, h lexicon.Hit, e *lexicon.Entry) verdict {
	if !r.passed && !r.collects {
		return drop("recipient/no-sharing")
	}
	// "We may use it to provide you with targeted advertising", "we share
	// it for interest-based advertising": an activity (see activity) is
	// what data is used or passed on for, no party that receives it, in a
	// sentence about passing data on as in one about using it.
	// (Not an activity joined to the noun of a party: "analytics and other
	// providers", "analytics and advertising technology companies"; nor a
	// service another company provides: "Matomo Analytics is a web
	// analytics tool provided by InnoCraft"; nor one a third party right
	// before it makes a kind of party: "Third Party analytics".)
	if activity(vw, h) && !r.setter && !r.bound && !sharedNoun(vw, h) && !anotherAnalytics(vw, h) && !kindOfThirdParty(vw, h) {
		return drop("recipient/an-activity")
	}
	if r.weak && !c.Share && !c.Sale || c.Warning {
		return drop("recipient/weak-or-warning")
	}
	// "we receive information from other sources, such as social
	// networks": a source of data, not a recipient.
	// "We may also obtain information, such as contact details and
	// purchase histories, from other sources, such as our vendors": a
	// party that the source class finds the company gets data from (a
	// "from", "through" or "via" after a verb of getting data in its
	// clause, however long the list of data before it) is no recipient.
	// (Not an analytics service: "the data collected via Google
	// Analytics" is collected by it.)
	if (vw.FromSource(h) || signedInWith(vw, h) || e.ID != "analytics" && gotFrom(vw, c, h)) && !requestFrom(vw, h) {
		// What a social network passes on is the reader's social
		// media data ("information from third-party social media sites").
		if vw.IsRule(h, lexicon.RSocialNetworks) && !h.Weak {
			return kept("recipient/social-source", decision{Kind: "collect", ID: "social-profile", Category: "first-party-collection"})
		}
		return drop("recipient/a-source")
	}
	// "If you use a third-party social networking service integrated with
	// the site, we may receive information about you": the network the
	// reader uses in the condition of a sentence about receiving data is
	// where the data comes from.
	if socialUsedIf(vw, c, h) {
		return kept("recipient/social-source", decision{Kind: "collect", ID: "social-profile", Category: "first-party-collection"})
	}
	// "associate your Facebook account with your profile", "sign in with
	// a social media account, such as Facebook": where the reader's
	// account lives (see readersAccount), no party the company passes
	// data to; the account is the data.
	if readersAccount(vw, h) {
		return drop("recipient/readers-account")
	}
	// "except when the law forces us to (see the section on law
	// enforcement)": the name of a part of the policy, not a party.
	if vw.InCrossReference(h) {
		return drop("recipient/cross-reference")
	}
	// "We sometimes share publicly available data with partners", "it may
	// include publicly available information": what kind of data, not who
	// sees it (a "public(ly) ..." hit followed right away by data). Not
	// under a denial ("does not include publicly available information"),
	// whose findings the reading weighs as a whole.
	if e.ID == "public" && vw.In(h.From, lexicon.WordsPublicly) && int(h.To) < len(vw.Toks) && vw.DataAt(h.To) && !vw.NegatedNear(h.From, 3) {
		return drop("recipient/a-kind-of-data")
	}
	// "designate an authorized agent to make a request": the reader's
	// agent (see othersAgent).
	if othersAgent(vw, h) {
		return drop("recipient/anothers-agent")
	}
	// "we process it on their behalf as a data processor": the company's
	// role (see ourRole).
	if ourRole(vw, h) {
		return drop("recipient/our-role")
	}
	// "have it transmitted to another controller or processor": where
	// the reader may have data moved (see portabilityTarget).
	if portabilityTarget(vw, h) {
		return drop("recipient/portability-target")
	}
	// "provide and improve our advertising services", "a site that uses
	// our ad products": the company's own service, not a party.
	if ownService(vw, h) {
		return drop("recipient/our-own-service")
	}
	// "We use analytics tools to see how the app is used", "mobile
	// analytics software": a tool the company measures with (see ownTool).
	if ownTool(vw, h) {
		return drop("recipient/our-own-tool")
	}
	// ("create segments or routes", "audience segments": a brand that is
	// also a common word, sentence.Doc.CommonBrand leaves out before.)
	// "We partner with advertising networks": the verb, not a partner.
	if partnerVerb(vw, h) {
		return drop("recipient/a-verb")
	}
	// "we may sell, buy, merge or partner with other companies": the
	// other side of a deal over the company (the business transfer of the
	// same words), not a partner the company shares data with.
	if vw.IsRule(h, lexicon.RBusinessPartners) && vw.SetBefore(h.From, 8, lexicon.WordsBusinessDeal) {
		return drop("recipient/deal-counterpart")
	}
	// "to enforce our agreements with third parties": the other side of
	// an agreement the company enforces, no party it passes data to.
	if enforcedWith(vw, h) {
		return drop("recipient/agreement-enforced")
	}
	// "You represent that you have the authority to do so": a power to
	// act, not an authority that gets data.
	if authorityToAct(vw, h) {
		return drop("recipient/a-power-to-act")
	}
	// "registered at the District Court": the court keeps the company's
	// register.
	if registerCourt(vw, h) {
		return drop("recipient/a-register-court")
	}
	// "Advertisers or other third parties share information with us": the
	// party passes data to the company, a source (see the source class).
	// (Also "data shared with us by third parties", "provided to us by
	// our partners": the agent of a passive verb that names "us", which
	// the source class reads as a source.)
	if sharesWithUs(vw, h) || givenUsBy(vw, h) {
		// "The social media site will give us certain information about
		// you": what a social network passes on is the reader's social
		// media data, as with a social network named as a source above.
		if vw.IsRule(h, lexicon.RSocialNetworks) && !h.Weak {
			return kept("recipient/social-source", decision{Kind: "collect", ID: "social-profile", Category: "first-party-collection"})
		}
		return drop("recipient/gives-us")
	}
	// "We may receive information about you from third parties,
	// including: - Business Partners: Data shared by partners when you
	// use integrated services": in a list of where data comes from, the
	// agent of a passive verb of passing data on passes it to the
	// company; it does not receive it.
	if sharedBy(vw, h) && vw.IntroGets() {
		return drop("recipient/shares-it")
	}
	// "what we get through the Facebook interface", "information we
	// receive through social networking services": a social network the
	// company gets data from, as the source class reads it (a source lead
	// before it and a verb of receiving before that), passes on the
	// reader's social media data and gets none from it. (Not other
	// parties: "we collect payment data through our provider, Stripe",
	// "data collected via Google Analytics" pass through a party that
	// gets it.)
	if vw.IsRule(h, lexicon.RSocialNetworks) && !h.Weak {
		if p := fromAt(vw, h); p >= 0 && notReceived(vw, c, h, p) == "" {
			return kept("recipient/social-source", decision{Kind: "collect", ID: "social-profile", Category: "first-party-collection"})
		}
	}
	// "We work closely with third parties and may receive information
	// about you from them": where no verb of passing data on but the
	// receiving stands before "from them", the parties "them" stands for
	// give the company data (the source class reads them as sources), they
	// get none. (Only the pronoun: "from such advertisers" may name again
	// parties that collect beside the company, "We, our suppliers and
	// advertisers may use cookies to collect information from such
	// advertisers".)
	if p := receivedFromThem(vw, h); p >= 0 && !c.Sale && vw.Is(p+1, lexicon.GItThem) && !passedOnBefore(vw, p) {
		if vw.IsRule(h, lexicon.RSocialNetworks) && !h.Weak {
			return kept("recipient/social-source", decision{Kind: "collect", ID: "social-profile", Category: "first-party-collection"})
		}
		return drop("recipient/gives-us-them")
	}
	// "We collect your Twitter handle when you mention us on Twitter",
	// "when you like us on social media sites such as Facebook, we collect
	// your name": a social network kept only by a verb of collecting or
	// using whose subject is the company (no third party collecting, see
	// sentence.Context.ThirdPartySubject; no verb of passing data on) is
	// where the reader acts or where data comes from, no party that gets
	// data (annotations/README.md, recipients). (Not "the Like button may
	// collect your IP address", whose subject is a third party.)
	if !r.passed && c.Collect && !c.OthersFirst && !agentOf(vw, h) && vw.IsRule(h, lexicon.RSocialNetworks) && !h.Weak {
		return drop("recipient/social-not-passed")
	}
	// "any information you have permitted the social media service to
	// share with us": where each verb of passing data on passes it to the
	// company (see onlyToUs) and nothing else makes the social network a
	// recipient, it passes on the reader's social media data, as with a
	// social network named as a source above.
	if vw.IsRule(h, lexicon.RSocialNetworks) && !h.Weak && r.share && !agentOf(vw, h) && onlyToUs(vw) && !(c.Carried.Share && c.Carried.Leads || c.Sale || c.ThirdPartySubject || hosts(vw, c, h) || r.bound || r.setter) {
		return kept("recipient/social-source", decision{Kind: "collect", ID: "social-profile", Category: "first-party-collection"})
	}
	return verdict{}
}

// someoneElse is Judge's third step: the readings of party hit h that name
// another's party or a role rather than a recipient of the company's (a
// privacy policy's owner, a buyer, whose interest or data, a guardian, an
// agent of the company's); undecided otherwise. It marks non-affiliated
// parties.
func (r *recipientReading) someoneElse(vw *sentence.View, c *sentence.Context, h lexicon.Hit) verdict {
	// "third-party vendors", "third party analytics providers": a plain
	// "third party" right before a party of another kind, with no comma
	// between, says what that party is; one party, reported once, as the
	// kind its noun names.
	// (Only in a sentence about passing data on, where the party of that
	// kind counts as a recipient too; not "We, our third-party suppliers
	// and advertisers may use cookies", where only the plain third party
	// does.)
	if (c.Share || c.Sale) && vw.IsRule(h, lexicon.ROtherThirdParties) && kindNamedAfter(vw, h) {
		return drop("recipient/one-party")
	}
	// "subject to that third party's privacy policy", "governed by the
	// privacy policies of those third-party websites": whose privacy
	// document the reader is pointed to, not who receives data.
	if whosePolicy(vw, h) {
		return drop("recipient/whose-policy")
	}
	// "This Privacy Policy explains how we and our partners collect, use
	// and share your information": the parties of what the policy says it
	// covers, an introduction the sentence opens with, not a statement
	// that they get data (not "We share it only in the ways this policy
	// describes; we do not sell it to third-party companies").
	if c.Meta && !c.MetaIntro {
		if at := vw.DescribesPolicy(); at >= 0 && at <= int32(vw.Own)+3 && at < h.From && vw.Clause[at] == vw.Clause[h.From] {
			return drop("recipient/policy-describes")
		}
	}
	// "If we sell our business to a third party", "acquired by a third
	// party", "in the event of a merger, your data may be transferred to a
	// third party": in a sentence about a deal over the company that names
	// no other kind of recipient, a plain third party is the other side
	// of the deal, the buyer the business transfer names.
	if vw.IsRule(h, lexicon.ROtherThirdParties) && dealCounterpart(vw) {
		return drop("recipient/the-buyer")
	}
	// "If we are acquired by another company, we may transfer your data to
	// the other company", "any other business transfer": in a sentence
	// about a deal over the company, another company is the buyer the
	// business transfer names, no business partner.
	if otherInDeal(vw, h) {
		return drop("recipient/the-buyer")
	}
	// "for other business or operational purposes": a kind of purpose,
	// no party.
	if kindOfPurpose(vw, h) {
		return drop("recipient/a-kind-of-purpose")
	}
	// "We are not responsible for how these other companies collect or use
	// your data": parties named after a disclaimer are whose practices
	// the company disclaims, not partners it passes data to.
	if disclaimedParty(vw, h) {
		return drop("recipient/disclaimed-party")
	}
	// "protect the safety, rights, or property of the public": whom an
	// interest belongs to, not who receives data.
	if whoseInterest(vw, h) {
		return drop("recipient/whose-interest")
	}
	// "upload and share the personal information of third parties",
	// "without the consent of such third parties", "grouped with other
	// user data": whose data or whose consent, not who receives data.
	if whoseData(vw, h) {
		return drop("recipient/whose-data")
	}
	// "review the privacy and information sharing practices of such third
	// parties": whose practices, not who receives data.
	if whosePractices(vw, h) {
		return drop("recipient/whose-practices")
	}
	// "unless their parent or guardian consents", "ask your parents or
	// legal guardians for permission": a child's parent, not a parent
	// company.
	if vw.IsRule(h, lexicon.RAffiliates) && guardianNear(vw, h) {
		return drop("recipient/a-guardian")
	}
	// "the content providers with which they are affiliated": a bare
	// "affiliated" that ends its clause says whom others are affiliated
	// with, never us (ours are "affiliated with us", "affiliated brands").
	if vw.IsRule(h, lexicon.RAffiliates) && h.To-h.From == 1 && participle(vw, h.From) && (int(h.To) >= len(vw.Toks) || vw.Tok(h.To).SepBefore >= text.SepComma) {
		return drop("recipient/affiliated-with-another")
	}
	// "companies that are not affiliated with us", "our non-affiliated
	// partners", "non-affiliates": parties outside the group, no
	// affiliates; other third parties, unless a party named just before or
	// right after says who they are ("other companies that are not
	// affiliated", "non-affiliated partners").
	r.unaffiliated = false
	if vw.IsRule(h, lexicon.RAffiliates) && h.From > int32(vw.Own) && vw.In(h.From-1, lexicon.WordsUnaffiliating) && vw.Clause[h.From-1] == vw.Clause[h.From] {
		if partyNear(vw, h) {
			return drop("recipient/not-affiliated")
		}
		r.unaffiliated = true
	}
	// "sponsored content", "Sponsored Accounts", "sponsored messaging": a
	// kind of thing, not a sponsor (but "a contest sponsored by a third
	// party" names one after "by").
	if h.To-h.From == 1 && vw.In(h.From, lexicon.WordsSponsoredThings) && participle(vw, h.From) && !(int(h.To) < len(vw.Toks) && vw.Is(h.To, lexicon.GBy)) {
		return drop("recipient/a-kind-of-thing")
	}
	// "your information may be transferred to and processed in countries
	// where we or our service providers have facilities", "Where required
	// by law, we use mechanisms such as Standard Contractual Clauses": in
	// a sentence about data moved abroad, a party receives data only after
	// "to" or "with", or as the party the company engages ("we use a cloud
	// provider located in the USA to send you emails").
	if c.Transfer && !receiver(vw, h) && !engagedByUs(vw, h) {
		return drop("recipient/not-a-receiver")
	}
	// "third parties" in a sentence about a right, a choice, a region
	// or a disclaimer names who might get data, it does not say they do;
	// keeping data is no such topic where a verb of passing on reaches them
	// ("your activities are not logged, retained or transferred to third
	// parties").
	if vw.IsRule(h, lexicon.ROtherThirdParties) && (c.OtherTopic && !r.bound && !(c.KeepingTopic && passedTo(vw, h)) || c.Choice) {
		return drop("recipient/third-parties-in-passing")
	}
	// "shared with third parties for processing on our behalf", "with
	// other companies if they need it to provide services on our behalf":
	// the plain party works for the company, a service provider, which
	// "on our behalf" already names.
	if actsForUs(vw, h) {
		return drop("recipient/acts-for-us")
	}
	// "- The categories of third parties with whom we share personal
	// information." (a list item after "You may ask us to tell you:"):
	// an item naming what the reader may be told, not a practice.
	if kindsItem(vw, c, h) {
		return drop("recipient/kinds-item")
	}
	return verdict{}
}

// receives is Judge's last step: party hit h (of entry e) as a recipient,
// unless the reader is the one asking about it, advised or sharing; its id,
// and whether and how it is denied.
func (r *recipientReading) receives(vw *sentence.View, c *sentence.Context, h lexicon.Hit, e *lexicon.Entry) verdict {
	v := vw.GoverningVerb(h.From)
	if askedAbout(vw, h.From, v) {
		return drop("recipient/asked-about")
	}
	// "You should not share your password with third parties": advice to
	// the reader on passing data on, no practice of the company (but "you
	// may be providing information to the third party" is data the third
	// party gets).
	if c.Instructs && readerShares(vw, h) || toldNotToShare(vw, c, h) || cautionedAt(vw, c, h.From) || cautionedAt(vw, c, shareVerbBefore(vw, h).From) {
		return drop("recipient/advice-to-the-reader")
	}
	if sharedWithByReader(vw, h) {
		return drop("recipient/reader-shares-with")
	}
	// "You can share your workouts on social networks like Facebook": the
	// reader's own act, no recipient of the company's; the sentence still
	// speaks of passing data on (OPP-115, MAPP and the annotations label
	// it so), which a practice of its own says without a claim.
	if readerSharesFirst(vw, h) {
		return kept("recipient/reader-shares-first", decision{Kind: "practice", ID: "reader-shares", Category: "third-party-sharing"})
	}
	f := finding(e, "share", "third-party-sharing")
	if r.unaffiliated {
		f.ID = "other-third-parties"
	}
	// "We may employ third party companies and individuals to facilitate
	// our Service ("Service Providers")": a party the policy calls its
	// service providers is one.
	if r.engaged || f.ID == "business-partners" && vw.TermAfter(h, lexicon.RServiceProviders) {
		f.ID = "service-providers"
	}
	handed, handedNeg := false, false
	if v >= 0 {
		f.Negated = vw.NegatedVerb(v, c)
	} else if handed, handedNeg = handedOver(vw, h); handed {
		// "We will not give your addresses to third parties": no data verb
		// stands in the party's clause, but a verb of handing data over
		// to it does, before it.
		f.Negated = handedNeg || c.IntroNeg
	} else {
		f.Negated = c.IntroNeg
	}
	// "will not be provided ... to Third Parties, except as required by
	// law": the party of an exception to a denial does receive data. But a
	// legal duty that names no one data goes to ("No data is released to
	// third parties, unless required by law"; not "except to the police",
	// "except when required by the competent authorities") is the denial's
	// condition, which its findings carry, not a party.
	if exception(vw, h, v) || otherThan(vw, h) {
		if vw.IsRule(h, lexicon.RLawEnforcement) && vw.HasSetWord(h, lexicon.WordsLegalDuty) && !receiver(vw, h) && deniedBefore(vw, c, h.From) {
			return drop("recipient/exception-to-denial")
		}
		f.Negated = false
	}
	// "As the law requires, we do not sell your personal information",
	// "we never disclose it as required by law to anyone", "without giving
	// you a chance to opt out as required by law", "we will not be able to
	// comply with legal requirements": a legal duty
	// that names no one data goes to, in a denial, is the denial's reason
	// or condition, no party denied data.
	if f.Negated && vw.IsRule(h, lexicon.RLawEnforcement) && vw.HasSetWord(h, lexicon.WordsLegalDuty) && !dutyReceiver(vw, h) {
		return drop("recipient/a-legal-duty-in-a-denial")
	}
	// "No national security letter has reached us", "we will not
	// disclose it to the police without a subpoena or court order", "we do
	// not warrant its accuracy": an authority's order or request, in a
	// denial, that data is not passed to ("to" or "with" right before it)
	// names what was or would be asked, no party denied data.
	if f.Negated && vw.IsRule(h, lexicon.RLawEnforcement) && namesOrder(vw, h) && !nextToReceiver(vw, h) {
		return drop("recipient/an-order-in-a-denial")
	}
	// "You may ask us not to share it with third parties", "you can request
	// that we do not disclose it to our partners": the denial is what the
	// reader may ask for, a choice over data that goes to the party, which
	// is mentioned, not denied data.
	if f.Negated && askedNotTo(vw, h) {
		f.Negated = false
	}
	// "The CCPA definition of sale does not include a transfer as part of a
	// merger", "Personal information does not include publicly available
	// information": what a term leaves out names no party denied data.
	if f.Negated && leftOutOfTerm(vw, h) {
		return drop("recipient/left-out-of-a-term")
	}
	// "We have no control over how these advertisers use cookies", "we
	// are not responsible for how other companies use the data you give
	// them": a party named after a disclaimer is one whose own practice the
	// policy disclaims, not one it denies data; it is mentioned.
	if f.Negated && c.Disclaims && disclaimedData(vw, h) {
		f.Negated = false
	}
	// "These service providers do not have the right to use the data we
	// give them", "we do not allow our vendors to share it": the party is
	// held back from what it would do with data it has; it is mentioned,
	// not denied data (but "our partners do not receive your name", "third
	// parties are not given it" deny).
	if f.Negated && heldBack(vw, c, h) {
		f.Negated = false
	}
	// "an agreement with such third party that requires the recipient to
	// keep it confidential and not use it for other purposes": a negator
	// after a party bound to secrecy is part of the duty; it denies the
	// party nothing.
	if f.Negated && r.bound && !vw.NegatedNear(h.From, int32(len(vw.Toks))) {
		f.Negated = false
	}
	if f.Negated {
		// Only a denial that passing data on is what it denies outweighs a
		// mention: not "We do not have any control of the collection, use
		// and sharing of your information when using social media".
		if v < 0 {
			f.Incidental = !handed || disclaims(vw)
		} else {
			f.Incidental = !vw.IsRule(vw.Hits[v], lexicon.RShare) && vw.Entry(vw.Hits[v]).Class != "sale" || disclaims(vw) ||
				vw.ActorBefore(vw.Hits[v].From) == sentence.PartyThird // "Our partners never share with us payment details"
		}
		f.SaleDenial = v >= 0 && vw.Entry(vw.Hits[v]).Class == "sale" && !shareVerbIn(vw, h)
	} else {
		f.Incidental = !passesData(vw, c)
	}
	// "Third-party services we use do not receive your name": the party
	// is the subject of a denial after its relative clause.
	if r.engaged && !f.Negated && negatedAfter(vw, r.engagedAt, 4) {
		f.Negated = true
		f.Incidental = !passesData(vw, c) || disclaims(vw)
	}
	if r.weakInSale && !f.Negated {
		return drop("recipient/weak-or-warning")
	}
	if inConcession(vw, h) {
		return drop("recipient/in-a-concession")
	}
	if c.Children {
		f.Category = "specific-audiences" // as for data shared
	}
	return kept("recipient/receives", f)
}

// leftOutOfTerm reports whether recipient hit h stands after a negator of
// what something is made of ("does not include") in its clause.
func leftOutOfTerm(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.From >= h.From {
			break
		}
		if vw.IsRule(g, lexicon.RNegation) && g.To-g.From >= 2 && vw.Is(g.To-1, lexicon.GMadeOf) && vw.Clause[g.From] == vw.Clause[h.From] {
			return true
		}
	}
	return false
}

// otherThan reports whether recipient hit h stands right after an
// excluding negator in its clause ("Other than our service providers, we
// do not share your contacts", "with anyone other than our payment
// processor"): the party is the exception to the denial, which gets data.
func otherThan(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.From >= h.From {
			break
		}
		if vw.IsRule(g, lexicon.RNegation) && vw.Is(g.From, lexicon.GExclusions) && h.From-g.To <= 2 && g.To <= h.From && vw.Clause[g.From] == vw.Clause[h.From] {
			return true
		}
	}
	return false
}

// heldBack reports whether recipient hit h is who does what the first
// data verb after it in its clause names, a negated plain form of doing
// something with data (set GDoings, no participle), within eight words
// ("these third parties may not use it", "we do not allow our vendors to
// share it", "these agents and contractors may not use it", "are not
// authorized by us to retain, use or disclose it", "contracts with such
// third parties prohibit them from using it"). Between h and the list of
// verbs that v ends stands no other party (but "by us", "them" standing for
// h, or one joined to h by "and" or "or"), no relative word ("we do not work with vendors that
// sell data" denies the vendors), no other "and", "or" or "nor", no comma
// ("we do not sell it to service providers or share it", "we never rent it
// to third parties, nor use it" deny them).
func heldBack(vw *sentence.View, c *sentence.Context, h lexicon.Hit) bool {
	for _, vi := range vw.Verbs {
		v := vw.Hits[vi]
		if v.From < h.To || vw.Clause[v.From] != vw.Clause[h.From] || !vw.Doc.Lexicon.DataVerb(vw.Entry(v)) {
			continue
		}
		if !vw.Is(v.From, lexicon.GDoings) || !vw.NegatedVerb(vi, c) || v.From-h.To > 8 {
			return false
		}
		verbs := v.From // where the list of verbs that v ends starts
		for verbs > h.To && (vw.Is(verbs-1, lexicon.GDoings) || vw.Is(verbs-1, lexicon.GAndOr)) {
			verbs--
		}
		for verbs < v.From && vw.Is(verbs, lexicon.GAndOr) {
			verbs++ // (a list opens with a verb)
		}
		if strings.ContainsAny(vw.Doc.Text[vw.Tok(h.To-1).End:vw.Tok(verbs).Start], ",;") {
			return false
		}
		joined := false // a party joined to h by "and" or "or"
		for p := h.To; p < verbs; p++ {
			if vw.Is(p, lexicon.GAndOr) && p == h.To && partyStartsAt(vw, p+1) {
				joined = true
				continue
			}
			if vw.Is(p, lexicon.GRelative) || vw.Is(p, lexicon.GAndOr) || vw.Is(p, lexicon.GNor) {
				return false
			}
		}
		for _, g := range vw.Hits {
			if g.From < h.To || g.From >= v.From || joined && g.From == h.To+1 || vw.IsRule(g, lexicon.RWe) && vw.Is(g.From-1, lexicon.GBy) ||
				g.To-g.From == 1 && vw.Is(g.From, lexicon.GItThem) {
				continue
			}
			if vw.IsRule(g, lexicon.RWe) || vw.IsRule(g, lexicon.RYou) || vw.IsRule(g, lexicon.ROtherActor) || vw.Entry(g).Cls == lexicon.ClassRecipient {
				return false
			}
		}
		return true
	}
	return false
}

// partyStartsAt reports whether a recipient hit starts at p.
func partyStartsAt(vw *sentence.View, p int32) bool {
	for _, g := range vw.Hits {
		if g.From == p && vw.Entry(g).Cls == lexicon.ClassRecipient {
			return true
		}
	}
	return false
}

// shareVerbIn reports whether a verb of passing data on stands in the clause
// of hit h ("we do not sell or share it with third parties").
func shareVerbIn(vw *sentence.View, h lexicon.Hit) bool {
	for _, vi := range vw.Verbs {
		if v := vw.Hits[vi]; vw.IsRule(v, lexicon.RShare) && vw.Clause[v.From] == vw.Clause[h.From] {
			return true
		}
	}
	return false
}

// activity reports whether recipient hit h is made only of words that name
// an activity ("online advertising", "analytics", "retargeting"): in "are
// used to make online advertising more relevant and for analytics" it is
// what data is used for, not a party that collects it ("we use Google
// Analytics", "advertising partners", "online advertising networks" name
// one).
func activity(vw *sentence.View, h lexicon.Hit) bool {
	// ("online advertising networks", "analytics companies": the party
	// noun after the words makes them a party.)
	if int(h.To) < len(vw.Toks) && vw.Clause[h.To] == vw.Clause[h.From] && vw.In(h.To, lexicon.WordsNotDataAfter) {
		return false
	}
	for p := h.From; p < h.To; p++ {
		if !vw.Is(p, lexicon.GActivityWords) {
			return false
		}
	}
	// "We use third party cookies for analytics and advertising": the
	// activity is that of the third parties whose cookies are named.
	for _, k := range vw.Hits {
		if vw.Entry(k).Cls == lexicon.ClassDatatype && vw.Entry(k).Grp == lexicon.GroupCookiesTracking &&
			text.IndexFold(vw.Doc.Text[vw.Tok(k.From).Start:vw.Tok(k.To-1).End], "third") >= 0 {
			return false
		}
	}
	return true
}

// hosts reports whether service-provider hit h names a host of the service
// ("our site is hosted by Acme", "Acme, which hosts the platform", "viewable
// by our hosting company") or of one of its functions ("our forum is
// provided by a third party", "payment processing is handled by Stripe"): a
// host holds the data it serves, so it gets data without a verb of passing
// it on. Not in a sentence about protecting data ("our hosting provider
// keeps its machines behind firewalls").
func hosts(vw *sentence.View, c *sentence.Context, h lexicon.Hit) bool {
	if c.Security || !vw.IsRule(h, lexicon.RServiceProviders) {
		return false
	}
	return vw.HasSetWord(h, lexicon.WordsHosting) || h.To-h.From > 2 && vw.Is(h.To-1, lexicon.GBy) && vw.In(h.To-2, lexicon.WordsProvidedBy)
}

// anotherAnalytics reports whether hit h names an analytics service that
// its clause says another company provides ("Google Analytics is a web
// analysis service provided by Google", "Hotjar, an analytics tool operated
// by Hotjar Ltd."): a policy names such a service because the site runs it,
// and it gets the data of the visits it measures. "provided by" stands at
// most eight words after h, and neither h nor who provides it is the
// company's ("our analytics dashboard is provided by our own team"); or
// the named service opens the sentence and "is" describes it.
func anotherAnalytics(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.HasSetWord(h, lexicon.WordsAnalysing) || h.From > 0 && vw.Is(h.From-1, lexicon.GOurForms) {
		return false
	}
	// "Google Analytics is Google's analytics tool that helps website
	// owners understand how visitors use their sites": a named service
	// (its words in title case) opening the sentence, said to be a kind of
	// thing, as a policy describes the tools its site runs.
	if h.From == int32(vw.Own) && int(h.To)+1 < len(vw.Toks) && vw.In(h.To, lexicon.WordsBeForms) && !activity(vw, h) &&
		(vw.In(h.To+1, lexicon.WordsDeterminers) || sentence.TitleCase(vw.Tok(h.To+1))) { // "is a web analytics service", "is Google's tool"; not "is free for site owners"
		named := true
		for p := h.From; p < h.To; p++ {
			named = named && sentence.TitleCase(vw.Tok(p))
		}
		for p := h.To; int(p) < len(vw.Toks); p++ {
			named = named && !vw.Is(p, lexicon.GNot) && !vw.Is(p, lexicon.GDont) // ("Google Analytics is not used here")
		}
		if named {
			return true
		}
	}
	for q := h.To; int(q)+2 < len(vw.Toks) && q <= h.To+8 && vw.Clause[q] == vw.Clause[h.From]; q++ {
		if vw.In(q, lexicon.WordsProvidedBy) && vw.Is(q+1, lexicon.GBy) {
			return !vw.Is(q+2, lexicon.GOurForms) && !vw.Is(q+2, lexicon.GWe)
		}
	}
	return false
}

// processedBy reports whether service-provider hit h names who handles data
// for the company, after "by" and a participle of handling it ("payments
// are processed by our payment processor", "card details are stored by our
// payment processor", "the processing is done by a third-party vendor"):
// like a host, it holds the data it handles. Only small words ("our", "a")
// stand between "by" and h, and the clause denies nothing ("never stored by
// our payment processor" is no practice).
func processedBy(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.IsRule(h, lexicon.RServiceProviders) || h.Weak || vw.NegatedNear(h.From, 8) {
		return false
	}
	q := h.From - 1
	for q > int32(vw.Own) && vw.Clause[q] == vw.Clause[h.From] && (vw.In(q, lexicon.WordsDeterminers) || vw.Is(q, lexicon.GOurForms)) {
		q--
	}
	return q > int32(vw.Own) && vw.Is(q, lexicon.GBy) && vw.In(q-1, lexicon.WordsProcessedBy) && vw.Clause[q-1] == vw.Clause[h.From]
}

// cookiesSetBy reports whether recipient hit h names who sets or reads
// cookies its clause names before it: "by" before h (only small words
// between), right after a participle of setting cookies ("set", "placed",
// "installed", "provided"), and a cookie named before it in its clause
// ("some cookies are set by analytics providers", "cookies placed by
// third parties", "this cookie is installed by Google Analytics"). The party
// gets what its cookies record, as the data type class reads the cookies
// shared with it (datatype/cookies-of-others). The clause denies nothing.
func cookiesSetBy(vw *sentence.View, h lexicon.Hit) bool {
	q := h.From - 1
	for q > int32(vw.Own) && vw.Clause[q] == vw.Clause[h.From] && (vw.In(q, lexicon.WordsDeterminers) || vw.Is(q, lexicon.GOurForms)) {
		q--
	}
	if q <= int32(vw.Own)+1 || !vw.Is(q, lexicon.GBy) || !vw.In(q-1, lexicon.WordsCookieSetters) || vw.Clause[q-1] != vw.Clause[h.From] {
		return false
	}
	if id := vw.Entry(h).ID; id == "law-enforcement" || id == "business-transfer" || vw.NegatedNear(h.From, 8) {
		return false
	}
	for _, k := range vw.Hits {
		if k.From >= q-1 {
			break
		}
		if vw.Entry(k).Cls == lexicon.ClassDatatype && vw.Entry(k).Grp == lexicon.GroupCookiesTracking && vw.Clause[k.From] == vw.Clause[q-1] {
			return true
		}
	}
	return false
}

// ownHost reports whether hosting hit h ends where the company follows as
// the host ("is hosted by us", "are hosted on our own servers").
func ownHost(vw *sentence.View, h lexicon.Hit) bool {
	return int(h.To) < len(vw.Toks) && vw.Is(h.To, lexicon.GOurForms) && vw.HasSetWord(h, lexicon.WordsHosting)
}

// readerShares reports whether the reader passes data on to recipient hit
// h: the nearest verb of sharing before h in its clause (not a bare "with
// third parties") has "you" at most three words before it ("you may share",
// "you should not share"; not "we share the data collected about you with
// advertisers") and does not pass data to the company ("you share it with
// us").
func readerShares(vw *sentence.View, h lexicon.Hit) bool {
	v := shareVerbBefore(vw, h)
	return v.From >= 0 && !vw.ToUs(v) && vw.GrammarBefore(v.From, 3, lexicon.GReader)
}

// readerSharesFirst reports whether the reader passes data on to recipient
// hit h (see readerShares), as the subject of the verb, and is the first to
// act in the sentence: no word of assent between the reader and the verb,
// no "we" (nor "our", nor the policy's own name) before the recipient ("You
// can share your activities on social media like Twitter", "Any
// information that you disclose on the third party website will be
// governed by that website's privacy policy"; not "We may disclose
// information you provide to a third party", where the company passes on
// what the reader gave it, nor "You agree to transfer to third parties any
// personal data"). Not the public ("the information you share in public
// areas may be viewed by any user": the service makes it public), nor a
// party of a sentence that names cookies or trackers ("These cookies are
// used when you share information using a social media button": the
// cookies at work pass data on whatever the reader does).
func readerSharesFirst(vw *sentence.View, h lexicon.Hit) bool {
	v := shareVerbBefore(vw, h)
	if v.From < 0 || vw.ToUs(v) || vw.ActorBefore(v.From) != sentence.PartyReader || vw.Entry(h).ID == "public" || namesCookies(vw) {
		return false
	}
	// The reader right before the verb, as its subject ("you may share"),
	// not its object ("information about you to respond to subpoenas").
	r := v.From - 1
	for r >= int32(vw.Own) && r >= v.From-3 && !vw.Is(r, lexicon.GReader) {
		r--
	}
	if r < int32(vw.Own) || r < v.From-3 || r > int32(vw.Own) && vw.Is(r-1, lexicon.GObjectPreps) {
		return false
	}
	// "You agree to transfer to third parties any personal data": the
	// reader assents to the company's passing it on.
	for q := r + 1; q < v.From; q++ {
		if vw.In(q, lexicon.WordsAssenting) {
			return false
		}
	}
	for _, g := range vw.Hits {
		if g.From >= int32(vw.Own) && g.From < h.From && vw.IsRule(g, lexicon.RWe) {
			return false
		}
	}
	for q := int32(vw.Own); q < h.From; q++ {
		if vw.Is(q, lexicon.GWe) || vw.Is(q, lexicon.GOurForms) || vw.Doc.IsOwn(vw.Tok(q).ID) {
			return false
		}
	}
	return true
}

// sharedWithByReader reports whether recipient hit h is whom the reader
// passes data on to in a relative clause right after it: "you" (perhaps
// after "that", "which", "who" or "with whom") and a verb of sharing at
// most three words on (four after "with whom"), with no "we" nor a word of
// the reader's leave between ("anyone you’ve shared your password with",
// "people that you share it with", "other users with whom you may choose
// to share your information"; not "public forums where you can share
// comments", a place the reader posts in, nor "third parties with whom you
// consent to sharing it", the company's act): the reader's act, no
// recipient of the company's.
func sharedWithByReader(vw *sentence.View, h lexicon.Hit) bool {
	p, reach := h.To, int32(3)
	if int(p) < len(vw.Toks) && vw.Is(p, lexicon.GRelative) {
		p++
	} else if int(p)+1 < len(vw.Toks) && vw.Is(p, lexicon.GToWith) && vw.Is(p+1, lexicon.GFormalRelative) {
		p, reach = p+2, 4 // "other users with whom you may choose to share your information"
	}
	if int(p) >= len(vw.Toks) || !vw.Is(p, lexicon.GReader) || vw.Clause[p] != vw.Clause[h.From] {
		return false
	}
	for _, g := range vw.Hits {
		if g.From > p && g.From <= p+reach && vw.Clause[g.From] == vw.Clause[p] && vw.IsRule(g, lexicon.RShare) && !vw.Is(g.From, lexicon.GToWith) {
			for q := p + 1; q < g.From; q++ {
				if vw.Is(q, lexicon.GWe) || vw.In(q, lexicon.WordsAuthorizing) || vw.In(q, lexicon.WordsConsentWords) {
					return false
				}
			}
			return !vw.ToUs(g)
		}
	}
	return false
}

// sharedRightBefore reports whether a verb of sharing ends at most five
// words before recipient hit h in its clause: "share with Waze and/or other
// users information from your social network" names whom it is shared
// with, whatever follows.
func sharedRightBefore(vw *sentence.View, h lexicon.Hit) bool {
	v := shareVerbBefore(vw, h)
	return v.From >= 0 && h.From-v.To <= 5
}

// shareVerbBefore returns the nearest verb of sharing before recipient hit
// h in its clause, in the sentence's own words and not a bare "with third
// parties" (From is -1 when there is none).
func shareVerbBefore(vw *sentence.View, h lexicon.Hit) lexicon.Hit {
	v := lexicon.Hit{From: -1}
	for _, g := range vw.Hits {
		if g.To <= h.From && g.From >= int32(vw.Own) && vw.Clause[g.From] == vw.Clause[h.From] && vw.IsRule(g, lexicon.RShare) && !vw.Is(g.From, lexicon.GToWith) {
			v = g
		}
	}
	return v
}

// toldNotToShare reports whether the reader is told not to pass data on
// to recipient hit h: the nearest verb of sharing before h in its clause is
// one the reader is told not to do (see toldNotTo), and does not pass data
// to the company ("Never share your password with anyone", "Please do not
// disclose your login details to third parties").
func toldNotToShare(vw *sentence.View, c *sentence.Context, h lexicon.Hit) bool {
	v := shareVerbBefore(vw, h)
	return v.From >= 0 && !vw.ToUs(v) && toldNotTo(vw, c, v.From)
}

// toldNotTo reports whether the verb at p is what the reader is told not
// to do: only "please", "do", "not", "never", "avoid" or "dont" stand before
// it, with a word of denial among them, from the sentence's start ("Never
// share your password", "Please do not disclose your login details") or,
// in a sentence of advice, from a comma ("We recommend that you choose a
// strong password, never share it with anyone") or, opening with "do",
// "dont" or "please", from a colon or dash ("Remember - do not disclose
// personal details in chat rooms"). A list item after an
// intro has the intro's subject ("We pledge to: - Never share your data
// with advertisers" is the company's), unless the sentence gives advice.
// After a comma and "and" or "or" the verb is the reader's where no
// subject stands before ("Store your password safely, and do not share it
// with anyone").
func toldNotTo(vw *sentence.View, c *sentence.Context, p int32) bool {
	// (A verb's words that open with its subject have one: "No third
	// parties have access to the data".)
	if vw.Is(p, lexicon.GSubjects) {
		return false
	}
	for _, g := range vw.Hits {
		if g.From == p && (vw.IsRule(g, lexicon.ROtherActor) || vw.Entry(g).Cls == lexicon.ClassRecipient) {
			return false
		}
	}
	denial := false
	for q := p - 1; q >= int32(vw.Own); q-- {
		switch {
		case vw.Is(q, lexicon.GNot) || vw.Is(q, lexicon.GDont) || vw.Is(q, lexicon.GWarningOpeners) || negationAt(vw, q):
			denial = true
		case vw.Is(q, lexicon.GDo) || vw.Is(q, lexicon.GPlease):
		case vw.Is(q, lexicon.GAndOr) && vw.Tok(q).SepBefore >= text.SepComma:
			// "Keep your password safe, and do not share it with
			// anyone": the second of two things the reader is told
			// ("We keep it safe, and do not share it" is the company's).
			return denial && !namesSubject(vw, q)
		default:
			return false
		}
		if q == int32(vw.Own) || vw.Tok(q).SepBefore >= text.SepComma || q > int32(vw.Own) && strings.ContainsAny(vw.Doc.Text[vw.Tok(q-1).End:vw.Tok(q).Start], ":-–—") {
			return denial && (q == 0 || c.Instructs || q > int32(vw.Own) && (vw.Is(q, lexicon.GDo) || vw.Is(q, lexicon.GDont) || vw.Is(q, lexicon.GPlease)) &&
				strings.ContainsAny(vw.Doc.Text[vw.Tok(q-1).End:vw.Tok(q).Start], ":;-–—"))
		}
	}
	return false
}

// namesSubject reports whether a subject ("we", "you", "they", or a party)
// stands in the sentence before the word at p: "Our partners keep it safe,
// and do not share it" has one, "Keep it safe, and do not share it" none.
func namesSubject(vw *sentence.View, p int32) bool {
	for q := int32(vw.Own); q < p; q++ {
		if vw.Is(q, lexicon.GSubjects) {
			return true
		}
	}
	for _, g := range vw.Hits {
		if g.From < p && g.From >= int32(vw.Own) && (vw.IsRule(g, lexicon.ROtherActor) || vw.Entry(g).Cls == lexicon.ClassRecipient) {
			return true
		}
	}
	return false
}

// cautionedAt reports whether the word at p (a verb of sharing, the data
// it passes on, or a party a bare "to" passes it to) stands under a word of
// caution: a word of WordsCaution ("careful", "cautious", "avoid") at most
// six words before it in its clause, with no "we" between, in advice to the
// reader (or after "you" with no "we" between, or opening the
// sentence): "You should be careful about providing your password to
// others", "We advise you to be cautious about giving personal data to
// other sites", "Be careful when sharing your login". The reader's act,
// no practice of the company's; not "We are careful about sharing your data
// with partners", the company's care.
func cautionedAt(vw *sentence.View, c *sentence.Context, p int32) bool {
	if p < int32(vw.Own)+1 || !vw.MayHaveIn(lexicon.WordsCaution) {
		return false
	}
	for q := p - 1; q >= int32(vw.Own) && q >= p-6 && vw.Clause[q] == vw.Clause[p]; q-- {
		if vw.Is(q, lexicon.GWe) {
			return false
		}
		if vw.In(q, lexicon.WordsCaution) {
			// ("Be careful when sharing", "Avoid sharing": the sentence
			// opens with the advice; not "We refrain from sending".)
			return c.Instructs || c.Warning || q == int32(vw.Own) || q == int32(vw.Own)+1 && vw.In(int32(vw.Own), lexicon.WordsBeForms) || readerNearestBefore(vw, q)
		}
	}
	return false
}

// readerNearestBefore reports whether "you" stands before p in the
// sentence's own words with no "we" between ("You should be careful", "We
// advise you to be cautious"; not "We are careful").
func readerNearestBefore(vw *sentence.View, p int32) bool {
	for r := p - 1; r >= int32(vw.Own); r-- {
		switch {
		case vw.Is(r, lexicon.GReader):
			return true
		case vw.Is(r, lexicon.GWe):
			return false
		}
	}
	return false
}

// negationAt reports whether a word of denial stands at p ("Don't", "Never").
func negationAt(vw *sentence.View, p int32) bool {
	for _, g := range vw.Hits {
		if g.From == p && g.To == p+1 && vw.IsRule(g, lexicon.RNegation) {
			return true
		}
	}
	return false
}

// sharesWithUs reports whether the party of hit h is the subject of a verb
// of passing data on to the company: no such verb stands before h in its
// clause (in "we share data with vendors who provide us with services" the
// vendors receive), and the first one after h, at most five words on in
// its clause, is followed within five words by "with us" or "to us"
// ("advertisers share information with us", "partners who share personal
// information with us"; not "help us with the provision of services"), or
// a verb of giving that ends in "us" with data right after it.
func sharesWithUs(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if vw.Clause[g.From] != vw.Clause[h.From] || g.From < int32(vw.Own) {
			continue
		}
		// "Partners may provide us with your contact details": a verb of
		// giving us, ending in "us", with data named right after it (not
		// "vendors that provide us with IT support").
		// Or data named right before the party, the object of the
		// clause it opens: "the information our advertising partners
		// provide to us", "data that partners give us".
		if vw.IsRule(g, lexicon.RCollect) && g.From >= h.To && g.From-h.To <= 5 && vw.Is(g.To-1, lexicon.GUs) && (givesData(vw, g) || dataOpensParty(vw, h)) {
			return true
		}
		if !vw.IsRule(g, lexicon.RShare) {
			continue
		}
		if g.To <= h.From {
			return false
		}
		if g.From < h.To || g.From-h.To > 5 && !partyListUpTo(vw, h, g.From) {
			continue
		}
		if passedToUs(vw, g) {
			return true // "partners may share information about your purchases with us"
		}
		for p := g.To - 1; p < g.To+5 && int(p) < len(vw.Toks) && vw.Clause[p] == vw.Clause[h.From]; p++ {
			if vw.Is(p, lexicon.GUs) {
				return p > 0 && vw.Is(p-1, lexicon.GToWith)
			}
		}
		return false
	}
	return false
}

// dataOpensParty reports whether a data hit ends right before party hit h,
// or with "that", "which" or "our", "their" between: the party opens a
// clause that says what becomes of that data ("the information our
// advertising partners provide to us").
func dataOpensParty(vw *sentence.View, h lexicon.Hit) bool {
	from := h.From
	for from > int32(vw.Own) && h.From-from < 2 && (vw.Is(from-1, lexicon.GThatWhich) || vw.Is(from-1, lexicon.GPossessives)) {
		from--
	}
	for _, d := range vw.Hits {
		if d.To > from {
			break
		}
		if d.To == from && d.From >= int32(vw.Own) && vw.Entry(d).Cls == lexicon.ClassDatatype {
			return true
		}
	}
	return false
}

// partyListUpTo reports whether party hit h opens a list of parties that
// ends right before the verb at v: "Advertisers, app developers,
// publishers, and other third parties may share information with us"
// (only parties named between, the last at most three words before v).
func partyListUpTo(vw *sentence.View, h lexicon.Hit, v int32) bool {
	if v-h.To > 12 {
		return false
	}
	last := int32(-1)
	for _, g := range vw.Hits {
		if g.From < h.To || g.From >= v {
			continue
		}
		if vw.Entry(g).Cls != lexicon.ClassRecipient && !vw.IsRule(g, lexicon.ROtherActor) {
			return false
		}
		last = g.To
	}
	return last >= 0 && v-last <= 3
}

// sharedBy reports whether recipient hit h is the agent of a passive verb
// of passing data on: "by" (and small words) right before h, right after
// the verb, which is not joined to another by "and" or "or" ("data shared
// by partners", "information disclosed by our affiliates"; not "used and
// shared by these service providers").
func sharedBy(vw *sentence.View, h lexicon.Hit) bool {
	p := byBefore(vw, h)
	if p < 0 {
		return false
	}
	for _, g := range vw.Hits {
		// Not a verb joined to another ("used and shared by these service
		// providers": they hold the data).
		if g.To == p && g.From > int32(vw.Own) && vw.IsRule(g, lexicon.RShare) && !vw.Is(g.From-1, lexicon.GAndOr) {
			return true
		}
	}
	return false
}

// partnerVerb reports whether one-word recipient hit h is a verb: it is
// followed by "with" and a subject stands at most three words before it in
// its clause, or (a partner, not "with whom") a modal, "and"/"or" or a name
// right before it ("we partner with", "we may also partner with", "Apple may
// partner with", "merge or partner with", "Acme partners with"; not "our
// partners with whom we work"), or it is followed by "that" right after a
// subject, a modal, "not" or another verb of asserting and "and" ("you
// warrant that", "the company does not warrant that", "you represent and
// warrant that"; not "subpoenas or warrants that compel us", "suppliers
// that we engage").
func partnerVerb(vw *sentence.View, h lexicon.Hit) bool {
	if h.To-h.From != 1 || int(h.To) >= len(vw.Toks) || int(h.From) <= vw.Own {
		return false
	}
	if vw.Is(h.To, lexicon.GThat) {
		b := h.From - 1
		return vw.Is(b, lexicon.GSubjects) || vw.In(b, lexicon.WordsModal) || vw.Is(b, lexicon.GNot) ||
			int(b) > vw.Own && vw.Is(b, lexicon.GAndOr) && vw.In(b-1, lexicon.WordsAsserting)
	}
	if !vw.Is(h.To, lexicon.GToWith) || vw.Is(h.To, lexicon.GTo) {
		return false
	}
	if vw.GrammarBefore(h.From, 3, lexicon.GSubjects) {
		return true
	}
	// "Apple may partner with", "merge or partner with", "Acme partners
	// with" (a lower-case verb after a name); not "partners with whom we
	// work", nor other parties ("affiliates and subsidiaries; with
	// vendors", "a sale to, or merger with").
	// A party named before a relative word is the partner: "a third party
	// that has partnered with us".
	b := h.From - 1
	return vw.IsRule(h, lexicon.RBusinessPartners) && !(int(h.To)+1 < len(vw.Toks) && vw.Is(h.To+1, lexicon.GFormalRelative)) &&
		(vw.In(b, lexicon.WordsModal) && !(int(b) > vw.Own && vw.Is(b-1, lexicon.GRelative)) || vw.Is(b, lexicon.GAndOr) ||
			sentence.TitleCase(vw.Tok(b)) && !sentence.TitleCase(vw.Tok(h.From)) && !vw.Is(b, lexicon.GPossessives))
}

// authorityToAct reports whether law-enforcement hit h is the one word
// "authority" (not "authorities") followed by "to" and held or given by a
// word before it, past "the" and words of its kind: "you have the authority
// to do so", "someone with the authority to do so", "has the legal authority
// to give the warranties", "proof of your legal authority to do so" (a power
// to act). Not "share it with the relevant authority to comply with the
// law", "your local authority", nor "the tax authority".
func authorityToAct(vw *sentence.View, h lexicon.Hit) bool {
	if h.To-h.From != 1 || int(h.To)+1 >= len(vw.Toks) || !vw.Is(h.To, lexicon.GTo) || !vw.IsRule(h, lexicon.RLawEnforcement) {
		return false
	}
	if !vw.Is(h.From, lexicon.GAuthority) {
		return false
	}
	for p := h.From - 1; p >= int32(vw.Own) && p >= h.From-4; p-- {
		switch {
		case vw.In(p, lexicon.WordsPowerHolders):
			return true
		case !vw.Is(p, lexicon.GThe) && !vw.In(p, lexicon.WordsPowerKinds):
			return false
		}
	}
	return false
}

// registerCourt reports whether law-enforcement hit h is a named court
// ("Court" with a capital, or after a capitalised word: "Municipal Court")
// that a word of registering before it in its clause, at most eight words
// back, makes the keeper of the company's register: "incorporated in the
// Companies Register kept by the Municipal Court", "registered at the
// District Court". Not "courts" in lower case ("data of registered users
// may be given to courts").
func registerCourt(vw *sentence.View, h lexicon.Hit) bool {
	if h.To-h.From != 1 || !vw.IsRule(h, lexicon.RLawEnforcement) {
		return false
	}
	if !vw.Is(h.From, lexicon.GCourt) {
		return false
	}
	t := vw.Tok(h.From)
	if !sentence.TitleCase(t) && !(int(h.From) > vw.Own && sentence.TitleCase(vw.Tok(h.From-1))) {
		return false
	}
	for p := h.From - 1; p >= int32(vw.Own) && p >= h.From-8 && vw.Clause[p] == vw.Clause[h.From]; p-- {
		if vw.In(p, lexicon.WordsRegistering) {
			return true
		}
	}
	return false
}

// enforcedWith reports whether the party at h follows "with" at most
// two words before it, and a word of enforcing stands at most three words
// before the "with" in its clause ("enforce our agreements with third
// parties", "enforcing our contracts with such partners"; see
// WordsEnforcing).
func enforcedWith(vw *sentence.View, h lexicon.Hit) bool {
	if h.From < 2 || !vw.MayHaveIn(lexicon.WordsEnforcing) {
		return false
	}
	for w := h.From - 1; w >= h.From-3 && w > 0; w-- {
		if vw.Is(w, lexicon.GToWith) {
			return strings.EqualFold(vw.Doc.Text[vw.Tok(w).Start:vw.Tok(w).End], "with") && vw.SetBefore(w, 3, lexicon.WordsEnforcing)
		}
	}
	return false
}

// whoseInterest reports whether the party at h is one whose interests are
// named ("the safety, rights, or property of the public"), also further on
// in the list ("of the public, any person, or OMNI", "of other users or
// members of the public"): the nearest "of" before h, at most six words
// back in its clause and with no "to" or "with" between, follows a word of
// interest (the "of" of a party's name, "members of the public", does not
// count), or a "that"/"those" standing for such words ("and/or that of our
// affiliates"); or such a word is a verb of protecting ("protect our
// employees, contractors, or the public"); or the party and an interest are
// one noun ("in the public interest").
func whoseInterest(vw *sentence.View, h lexicon.Hit) bool {
	// "in the public interest", "for public safety": the party's
	// interest named as one noun, not a party.
	if int(h.To) < len(vw.Toks) && vw.Clause[h.To] == vw.Clause[h.From] && vw.Tok(h.To).SepBefore == text.SepSpace && vw.Is(h.To, lexicon.GInterestNouns) {
		return true
	}
	// "protect our organization, employees, contractors, or the
	// public": the party protected, at most ten words on, with no "to",
	// "with", "by" or subject between ("protect the data collected by
	// Google Analytics", "protect the data we store, and require our
	// agents to").
	// (Each loop returns true only at a word of one set: without one in
	// the view, it is skipped, saving a call of Is per word.)
	for q := h.From - 1; vw.MayHave(lexicon.GProtecting) && q >= int32(vw.Own) && q >= h.From-10 && vw.Clause[q] == vw.Clause[h.From] && !vw.Is(q, lexicon.GToWith) && !vw.Is(q, lexicon.GBy) && !vw.Is(q, lexicon.GSubjects); q-- {
		if vw.Is(q, lexicon.GProtecting) {
			return true
		}
	}
	for q := h.From - 1; vw.MayHave(lexicon.GOf) && q >= 1 && q >= int32(vw.Own) && q >= h.From-6 && vw.Clause[q] == vw.Clause[h.From]; q-- {
		if vw.Is(q, lexicon.GOf) {
			// "of other users or members of the public": the "of" of a
			// party's name; the list goes on before it.
			if vw.Is(q-1, lexicon.GReaderNames) && q-1 > int32(vw.Own) {
				q--
				continue
			}
			return vw.In(q-1, lexicon.WordsInterests) || pointsToInterest(vw, q-1)
		}
		if vw.Is(q, lexicon.GToWith) {
			return false
		}
	}
	return false
}

// pointsToInterest reports whether the word at p is a "that" or "those"
// standing for interests named just before it ("our rights, safety or
// property, and/or that of our affiliates"): a word of interest within
// four words before p in its clause, with no "to" or "with" between.
func pointsToInterest(vw *sentence.View, p int32) bool {
	if p < 1 || !(vw.Is(p, lexicon.GThat) || vw.Is(p, lexicon.GDemonstratives)) {
		return false
	}
	for q := p - 1; q >= int32(vw.Own) && q >= p-4 && vw.Clause[q] == vw.Clause[p]; q-- {
		if vw.Is(q, lexicon.GToWith) {
			return false
		}
		if vw.In(q, lexicon.WordsInterests) {
			return true
		}
	}
	return false
}

// exception reports whether the recipient at h stands in a clause that
// opens with a word of exception ("except", "unless", "other than"), after
// v, the verb that governs it (-1 when none): an exception before the verb
// is a condition on the whole denial, not one naming the party ("Unless
// you tell us to, we will not disclose it to any third party").
func exception(vw *sentence.View, h lexicon.Hit, v int) bool {
	stop := int32(vw.Own)
	if v >= 0 && vw.Hits[v].From < h.From {
		stop = max(stop, vw.Hits[v].To)
	}
	for q := h.From - 1; vw.MayHave(lexicon.GExceptions) && q >= stop && vw.Clause[q] == vw.Clause[h.From]; q-- {
		if vw.Is(q, lexicon.GExceptions) {
			return true
		}
	}
	return false
}

// dutyReceiver reports whether law-enforcement hit h, which holds a word of
// a legal duty, is where data goes (nextToReceiver), and h does not open
// with the duty's verb ("to comply with legal requirements" is an
// infinitive; "a chance to opt out of such sale as required by law" has
// "to" far before it).
func dutyReceiver(vw *sentence.View, h lexicon.Hit) bool {
	return !vw.In(h.From, lexicon.WordsLegalDuty) && nextToReceiver(vw, h)
}

// nextToReceiver reports whether "to" or "with" stands right before hit h,
// with only small words between ("disclosed to the relevant legal
// authorities", "comply with a subpoena"; not "to the police without a
// subpoena").
func nextToReceiver(vw *sentence.View, h lexicon.Hit) bool {
	q := h.From - 1
	for q > int32(vw.Own) && vw.Clause[q] == vw.Clause[h.From] && (vw.In(q, lexicon.WordsDeterminers) || vw.Is(q, lexicon.GOurForms)) {
		q--
	}
	return q >= int32(vw.Own) && vw.Clause[q] == vw.Clause[h.From] && vw.Is(q, lexicon.GToWith)
}

// askedNotTo reports whether recipient hit h stands after a negator in
// its clause that a verb of asking and the company as who would not do it
// lead: "ask us not to", "request that we do not", "request that we not".
func askedNotTo(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.MayHaveIn(lexicon.WordsAsking) {
		return false
	}
	for _, g := range vw.Hits {
		if g.From >= h.From {
			break
		}
		if !vw.IsRule(g, lexicon.RNegation) || vw.Clause[g.From] != vw.Clause[h.From] {
			continue
		}
		q := g.From - 1
		if q > int32(vw.Own) && vw.Is(q, lexicon.GDo) {
			q--
		}
		if q <= int32(vw.Own) || !vw.Is(q, lexicon.GWe) && !vw.Is(q, lexicon.GUs) {
			continue
		}
		if q--; q > int32(vw.Own) && vw.Is(q, lexicon.GThat) {
			q--
		}
		if q >= int32(vw.Own) && vw.In(q, lexicon.WordsAsking) {
			return true
		}
	}
	return false
}

// namesOrder reports whether hit h holds, or is followed by, a word of an
// authority's order or request ("a subpoena", "a national security letter").
func namesOrder(vw *sentence.View, h lexicon.Hit) bool {
	return vw.HasSetWord(h, lexicon.WordsLegalOrders) || int(h.To) < len(vw.Toks) && vw.Clause[h.To] == vw.Clause[h.From] && vw.In(h.To, lexicon.WordsLegalOrders)
}

// receiver reports whether the recipient at h is where data goes: "to" or
// "with" shortly before it in its clause, with only small words and other
// parties between ("transferred to our affiliates and service providers";
// not across an exception, "to third parties unless legally obliged to do
// so").
func receiver(vw *sentence.View, h lexicon.Hit) bool {
	for q := h.From - 1; q >= int32(vw.Own) && q >= h.From-8 && vw.Clause[q] == vw.Clause[h.From]; q-- {
		switch {
		case vw.Is(q, lexicon.GToWith):
			return true
		case vw.Is(q, lexicon.GSubjects) || vw.Is(q, lexicon.GAuxiliaries) || vw.Is(q, lexicon.GExceptions):
			return false
		}
	}
	return false
}

// passedTo reports whether recipient hit h follows "to" or "with" in its
// clause and a verb of passing data on governs it ("transferred to third
// parties", "share it with any third parties").
func passedTo(vw *sentence.View, h lexicon.Hit) bool {
	v := vw.GoverningVerb(h.From)
	return v >= 0 && vw.IsRule(vw.Hits[v], lexicon.RShare) && vw.Hits[v].From < h.From && receiver(vw, h)
}

// passesData reports whether the sentence has a verb of passing data on, or
// of selling it, that is not negated ("we share", not "we do not have
// access to this information").
func passesData(vw *sentence.View, c *sentence.Context) bool {
	for _, vi := range vw.Verbs {
		if v := vw.Hits[vi]; (vw.IsRule(v, lexicon.RShare) || vw.Entry(v).Class == "sale") && !vw.NegatedVerb(vi, c) {
			return true
		}
	}
	return false
}

// disclaims reports whether the sentence disclaims responsibility or
// control ("we do not control", "we are not responsible for").
//
// A call, not inlined: the page's WebAssembly had a copy of its loop at
// each use.
//
//go:noinline
func disclaims(vw *sentence.View) bool {
	for _, g := range vw.Hits {
		if vw.IsRule(g, lexicon.RDisclaimer) {
			return true
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
func askedAbout(vw *sentence.View, p int32, v int) bool {
	if !vw.MayHaveIn(lexicon.WordsAskToKnow) || !vw.MayHaveIn(lexicon.WordsToldAbout) {
		return false // it needs both: no loop (and no call of IsWord per word)
	}
	if v >= 0 && vw.Hits[v].From < p {
		p = vw.Hits[v].From
	}
	// (A "we" between the ask and a verb of passing data on is inside
	// what is asked about: "to request a notice from us describing which
	// categories of personal information we have shared with third
	// parties", as SharingAskedAbout reads it.)
	passing := v >= 0 && (vw.IsRule(vw.Hits[v], lexicon.RShare) || vw.Entry(vw.Hits[v]).Class == "sale")
	ask := int32(-1)
	for q := p - 1; q >= int32(vw.Own); q-- {
		k := vw.Toks[q]
		if vw.Clause[q] == vw.Clause[p] && vw.Doc.IsWord(k, lexicon.GWe) && (ask >= 0 || !passing || !toldBetween(vw, q, p)) {
			return false
		}
		if ask < 0 && vw.Doc.InSet(k, lexicon.WordsAskToKnow) {
			ask = q
		}
	}
	if ask < 0 {
		return false
	}
	// (The told-about words may stand a clause on ("the right to request
	// in writing: a list of the categories of personal information that a
	// business has disclosed"), and what they tell of a few words on ("a
	// notice from us describing which categories").)
	// The told-about word may be the hit itself: "you may request
	// information regarding our disclosure" asks for an account, no data.
	for q := ask + 1; q <= p && q-ask <= 12; q++ {
		if vw.In(q, lexicon.WordsToldAbout) {
			for r := q + 1; (r < p || q == p) && r <= q+3 && int(r) < len(vw.Toks); r++ {
				if vw.In(r, lexicon.WordsToldOf) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// SharingAskedAbout reports whether a verb of passing data on in the
// sentence is what the reader asks to be told about, however far after the
// ask: an ask-to-know word (request, obtain) with no "we" before it in its
// clause, then a told-about word (information, a list, a notice), then the
// verb ("California residents may request a notice from us describing which
// categories of personal information we have shared with third parties",
// "permits customers to request certain information regarding our
// disclosure of personal information to third parties for their direct
// marketing purposes"). The sentence states the reader's right to know,
// not that data goes there: the sentence model, which hears the sharing
// words in it, adds no sharing there.
func SharingAskedAbout(vw *sentence.View) bool {
	if !vw.MayHaveIn(lexicon.WordsAskToKnow) || !vw.MayHaveIn(lexicon.WordsToldAbout) {
		return false // it needs both: no loop
	}
	for _, vi := range vw.Verbs {
		v := vw.Hits[vi]
		if !vw.IsRule(v, lexicon.RShare) && vw.Entry(v).Class != "sale" {
			continue
		}
		told := false
		for q := v.From - 1; q >= int32(vw.Own); q-- {
			if vw.In(q, lexicon.WordsToldAbout) {
				told = true
			} else if told && vw.In(q, lexicon.WordsAskToKnow) {
				if !vw.GrammarBefore(q, q, lexicon.GWe) { // no "we" before the ask in its clause
					return true
				}
				break
			}
		}
	}
	return false
}

// signedInWith reports whether recipient hit h names what the reader signs
// in with ("log into your account through a social media service"): a
// source of data, as the source class reads it.
func signedInWith(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Aside {
		if g.From <= h.From && h.To <= g.To && vw.Entry(g).Class == "source" && vw.HasWord(g, lexicon.GConnects) {
			return true
		}
	}
	return false
}

// socialUsedIf reports whether hit h is a social network that the reader
// uses, visits or signs in to in the condition of a sentence that says the
// company receives data and passes none on ("If you choose to access or
// use any social networking service integrated with the site, we may
// receive information about you"): a source of the reader's social media
// data, not a recipient.
func socialUsedIf(vw *sentence.View, c *sentence.Context, h lexicon.Hit) bool {
	if h.Weak || c.Sale || !vw.IsRule(h, lexicon.RSocialNetworks) || !received(vw, c) {
		return false
	}
	s, e, ok := vw.Condition(h)
	if !ok || int(vw.Tok(h.From).Start) < s || int(vw.Tok(h.To-1).End) > e {
		return false
	}
	// The reader acts in h's clause, before it ("you choose to access").
	reader := false
	for _, g := range vw.Hits {
		if g.From < h.From && vw.Clause[g.From] == vw.Clause[h.From] && vw.IsRule(g, lexicon.RYou) && vw.Is(g.From, lexicon.GReader) {
			reader = true
		}
	}
	if !reader {
		return false
	}
	// The company gets the data: a verb after the condition with "we" as
	// its subject ("we may receive", not "these features may collect";
	// "we" may open the verb's own words: the party in the condition
	// before it is not its subject). And no verb says that it passes data
	// on: each verb of passing on is the reader's ("information you have
	// made available to those services") or one of the company receiving.
	ours := false
	for _, vi := range vw.Verbs {
		v := vw.Hits[vi]
		actor := vw.ActorBefore(v.From)
		if vw.Is(v.From, lexicon.GWe) {
			actor = sentence.PartyWe
		}
		after := int(vw.Tok(v.From).Start) >= e
		ours = ours || after && actor == sentence.PartyWe
		if vw.IsRule(v, lexicon.RShare) && actor != sentence.PartyReader && !(after && actor == sentence.PartyWe && vw.HasSetWord(v, lexicon.WordsReceiving)) {
			return false
		}
	}
	return ours
}

// deniedBefore reports whether a negated verb of passing data on or of
// selling it ends before p ("we do not share it with third parties, except
// as required by law").
func deniedBefore(vw *sentence.View, c *sentence.Context, p int32) bool {
	for _, vi := range vw.Verbs {
		if v := vw.Hits[vi]; v.To <= p && (vw.IsRule(v, lexicon.RShare) || vw.Entry(v).Class == "sale") && vw.NegatedVerb(vi, c) {
			return true
		}
	}
	return false
}

// inDefinition reports whether hit h follows the word that opens a
// definition (see View.DefinitionAt) and no negation denies it ("Explicit consent
// ... means your personal data will not be disclosed to any third party"
// still denies).
func inDefinition(vw *sentence.View, h lexicon.Hit) bool {
	d := vw.DefinitionAt()
	return d >= 0 && d < h.From && !vw.NegatedNear(h.From, 8)
}

// partyNear reports whether another recipient starts right after hit h or
// ends at most four words before it in its clause: the party h describes.
func partyNear(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if vw.Entry(g).Cls == lexicon.ClassRecipient && (g.From == h.To || g.To <= h.From && g.To+4 >= h.From && vw.Clause[g.From] == vw.Clause[h.From]) {
			return true
		}
	}
	return false
}

// actsForUs reports whether recipient hit h names a party only plainly
// ("third parties", "other companies") and the next recipient named after
// it, at most twelve words on, is a service provider named by acting for
// the company ("on our behalf"): the same party, said to work for us.
// Another recipient between them ("with third parties and with vendors
// who work on our behalf") keeps h its own party.
func actsForUs(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.IsRule(h, lexicon.ROtherThirdParties) && !(vw.IsRule(h, lexicon.RBusinessPartners) && vw.HasSetWord(h, lexicon.WordsPlainParties)) {
		return false
	}
	for _, g := range vw.Hits {
		if g.From < h.To || vw.Entry(g).Cls != lexicon.ClassRecipient || g.From == h.From {
			continue
		}
		return g.From <= h.To+12 && vw.IsRule(g, lexicon.RServiceProviders) && vw.HasSetWord(g, lexicon.WordsBehalf)
	}
	return false
}

// handedOver reports whether recipient hit h, with no data verb in its
// clause, follows "to" or "with" (and small words) after a verb of handing
// data over in its clause, with data between ("we will not give your
// addresses to third parties"), and whether that verb is denied.
func handedOver(vw *sentence.View, h lexicon.Hit) (bool, bool) {
	// "We do not give advertisers your email address": the party right
	// after the verb, the data after it.
	if q, _ := vw.Dative(h); q >= 0 {
		return true, vw.NegatedNear(q, 3)
	}
	to := h.From - 1
	for to > int32(vw.Own) && to >= h.From-3 && !vw.Is(to, lexicon.GToWith) && vw.In(to, lexicon.WordsDeterminers) {
		to--
	}
	if to <= int32(vw.Own) || !vw.Is(to, lexicon.GToWith) || vw.Clause[to] != vw.Clause[h.From] {
		return false, false
	}
	for q := to - 1; q >= int32(vw.Own) && vw.Clause[q] == vw.Clause[to]; q-- {
		if vw.In(q, lexicon.WordsHandingOver) {
			return vw.DataBetween(q, to), vw.NegatedNear(q, 3)
		}
	}
	return false, false
}

// kindsItem reports whether recipient hit h is the party of a list item
// that only names kinds of parties: the item opens with "[the] categories
// of" (or "types", "kinds") right before h, and "with whom", "to whom" or
// "to which" follows h ("The categories of third parties with whom we
// share personal information."). Such an item lists what a right lets the
// reader learn; an item that leads on to a list ("The categories of third
// parties we share data with include:") is a statement.
func kindsItem(vw *sentence.View, c *sentence.Context, h lexicon.Hit) bool {
	if c.ItemStart < 0 || c.Leads {
		return false
	}
	p := int32(c.ItemStart)
	for p < h.From && vw.In(p, lexicon.WordsDeterminers) {
		p++
	}
	if p+2 > h.From || !vw.Is(p, lexicon.GKinds) || !vw.Is(p+1, lexicon.GOf) {
		return false
	}
	for p += 2; p < h.From && vw.In(p, lexicon.WordsDeterminers); p++ {
	}
	if p != h.From || int(h.To)+1 >= len(vw.Toks) {
		return false
	}
	return vw.Is(h.To, lexicon.GFormalRelative) || vw.Is(h.To, lexicon.GToWith) && vw.Is(h.To+1, lexicon.GFormalRelative)
}

// whoseData reports whether the party at h owns the data or the consent
// named right before "of" ("the personal information of third parties",
// "the consent of such third parties"): only small words stand between
// "of" and h, and a data type or a word of consent ends right before "of".
func whoseData(vw *sentence.View, h lexicon.Hit) bool {
	q := h.From - 1
	for q > int32(vw.Own) && vw.Clause[q] == vw.Clause[h.From] && vw.In(q, lexicon.WordsDeterminers) {
		q--
	}
	if q <= int32(vw.Own) || !vw.Is(q, lexicon.GOf) || vw.Clause[q] != vw.Clause[h.From] {
		return vw.Entry(h).ID == "public" && ownsDataAfter(vw, h) && !sharedRightBefore(vw, h)
	}
	return vw.DataAt(q-1) || vw.In(q-1, lexicon.WordsConsentWords)
}

// whosePolicy reports whether party hit h owns a privacy document named
// right after it ("that third party's privacy policy", "third parties' own
// privacy practices", "third-party privacy policies": "privacy" and a
// document's noun at most two words after h) or before it ("the privacy
// policies of those third-party websites": the noun, then "of" and small
// words, right before h). Not a company named by its name after a verb
// of passing on or collecting data ("collected, processed and
// stored in accordance with Stripe's Privacy Policy"): it handles the data.
func whosePolicy(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.MayHaveIn(lexicon.WordsPrivacyDocs) {
		return false
	}
	if !h.Weak && vw.Tok(h.From).Flags&text.TokUpper != 0 {
		for _, g := range vw.Hits {
			if g.From >= int32(vw.Own) && g.To <= h.From && (vw.IsRule(g, lexicon.RShare) || vw.IsRule(g, lexicon.RCollect)) {
				return false
			}
		}
	}
	for q := h.To; int(q)+1 < len(vw.Toks) && q <= h.To+2; q++ {
		if vw.In(q, lexicon.WordsPrivacyLead) && vw.In(q+1, lexicon.WordsPrivacyDocs) && vw.Clause[q] == vw.Clause[h.From] {
			return true
		}
	}
	q := h.From - 1
	for q > int32(vw.Own) && vw.In(q, lexicon.WordsDeterminers) {
		q--
	}
	return q >= int32(vw.Own)+2 && vw.Is(q, lexicon.GOf) && vw.In(q-1, lexicon.WordsPrivacyDocs) && vw.In(q-2, lexicon.WordsPrivacyLead)
}

// dealCounterpart reports whether the sentence names a business transfer
// (a merger, a sale of the company, its buyer) and no recipient of another
// kind than that or other third parties.
func dealCounterpart(vw *sentence.View) bool {
	deal := false
	for _, g := range vw.Hits {
		if vw.Entry(g).Cls != lexicon.ClassRecipient {
			continue
		}
		switch {
		case vw.IsRule(g, lexicon.RBusinessTransfer):
			deal = true
		case !vw.IsRule(g, lexicon.ROtherThirdParties):
			return false
		}
	}
	return deal
}

// ownsDataAfter reports whether the party at h names whose data a data
// type right after it is ("grouped with other user data", "other customer
// information", "other members' content"): a data type starts in the
// party's last word and runs on past it. Only the public is read so: a
// company's kind before a data word is mostly a compound that names the
// party ("third-party payment processors", "analytics cookies", "financial
// institutions").
func ownsDataAfter(vw *sentence.View, h lexicon.Hit) bool {
	for _, g := range vw.Hits {
		if g.From == h.To-1 && g.To > h.To && vw.Entry(g).Cls == lexicon.ClassDatatype {
			return true
		}
	}
	return false
}

// guardianNear reports whether a word of a guardian stands at most three
// words before or after affiliates hit h in its clause ("their parent or
// guardian", "a legal guardian or parent"): the parent is a child's. In
// upper case the word may be a name ("the Guardian group companies").
func guardianNear(vw *sentence.View, h lexicon.Hit) bool {
	for q := max(h.From-3, int32(vw.Own)); int(q) < len(vw.Toks) && q < h.To+3; q++ {
		if (q < h.From || q >= h.To) && vw.Clause[q] == vw.Clause[h.From] && vw.In(q, lexicon.WordsGuardians) && vw.Tok(q).Flags&text.TokUpper == 0 {
			return true
		}
	}
	return false
}

// participle reports whether the word at p ends in "ed" as written (a
// word set matches "sponsor" and "sponsors" too).
func participle(vw *sentence.View, p int32) bool {
	w := vw.Doc.Text[vw.Tok(p).Start:vw.Tok(p).End]
	return len(w) > 2 && (w[len(w)-2:] == "ed" || w[len(w)-2:] == "ED")
}

// weEngage reports whether the company engages party hit h by a verb of
// engaging (WordsEngagingProviders) at most three words before it in its
// clause, "we" ending at most two words before the verb ("We engage
// analytics providers such as Google Analytics", "we may hire third-party
// analytics companies"): a party that collects for the company, as "we use
// analytics providers" reads.
func weEngage(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.MayHaveIn(lexicon.WordsEngagingProviders) {
		return false
	}
	for p := h.From - 1; p >= int32(vw.Own) && p >= h.From-3 && vw.Clause[p] == vw.Clause[h.From]; p-- {
		if vw.In(p, lexicon.WordsEngagingProviders) {
			return weBefore(vw, p, false)
		}
	}
	return false
}

// engagedByCompany returns where the verb stands by which the company
// engages plain-party hit h ("third parties", "third-party", "other
// companies") in a relative clause right after it (see View.EngagedAfter,
// narrow: "third-party services we use", "third parties that we engage",
// "outside companies we employ"), or -1. Not "third parties we work with"
// (partners) nor "third parties we share data with".
func engagedByCompany(vw *sentence.View, h lexicon.Hit) int32 {
	if !vw.IsRule(h, lexicon.ROtherThirdParties) {
		return -1
	}
	return vw.EngagedAfter(h.To, true)
}

// negatedAfter reports whether a negator stands within n words after p in
// its clause: "third-party services we use do not receive your name".
func negatedAfter(vw *sentence.View, p, n int32) bool {
	for i, g := range vw.Hits {
		if g.From > p && g.From <= p+n && vw.NegAt[i] && vw.Clause[g.From] == vw.Clause[p] {
			return true
		}
	}
	return false
}

// reportedTo reports whether law-enforcement hit h is where the company
// reports something: "to" shortly before it (receiver) and, before that in
// its clause and at most sixteen words back (the thing reported may carry a
// clause of its own: "we may report any activity we suspect breaks a law or
// rule to the authorities"), a verb of reporting that
// neither the reader nor a third party does, a verb by what stands before it
// ("we may report the violation
// to appropriate authorities", "we reserve the right to report any
// suspected illegal activity to law enforcement"; not "you have the right
// to report it to your data protection authority", nor "to satisfy tax or
// reporting obligations, or to comply with a lawful governmental request").
// A legal duty ("as the law requires") names no one reported to.
func reportedTo(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.IsRule(h, lexicon.RLawEnforcement) || vw.HasSetWord(h, lexicon.WordsLegalDuty) || !receiver(vw, h) {
		return false
	}
	for q := h.From - 1; q >= int32(vw.Own) && q >= h.From-16 && vw.Clause[q] == vw.Clause[h.From]; q-- {
		if vw.In(q, lexicon.WordsReporting) {
			a := vw.ActorBefore(q)
			return a != sentence.PartyReader && a != sentence.PartyThird && verbByLead(vw, q)
		}
	}
	return false
}

// verbByLead reports whether the word at p is read as a verb by the words
// just before it: "we", a modal or "to" one or two words back ("we may also
// report", "the right to report", "and will report").
func verbByLead(vw *sentence.View, p int32) bool {
	for q := p - 1; q >= int32(vw.Own) && q >= p-2; q-- {
		if vw.Is(q, lexicon.GWe) || vw.In(q, lexicon.WordsModal) || vw.Is(q, lexicon.GTo) {
			return true
		}
	}
	return false
}

// orderedBy reports whether law-enforcement hit h names an authority's order
// or request ("a subpoena", "legal requests", "a court order") in a sentence
// where the company gets, uses or keeps data and that is not about keeping
// it for a time: "we may access and store your information to comply with a
// search warrant or subpoena", "we use it to respond to legal requests" is
// data readied for the authority. A legal duty ("as required by law") names
// no one.
func orderedBy(vw *sentence.View, c *sentence.Context, h lexicon.Hit) bool {
	if !vw.IsRule(h, lexicon.RLawEnforcement) || !(c.Collect || c.Store) || c.Retain || c.OtherTopic || vw.HasSetWord(h, lexicon.WordsLegalDuty) || !vw.HasSetWord(h, lexicon.WordsLegalOrders) {
		return false
	}
	return vw.ActorBefore(h.From) != sentence.PartyReader
}

// boundToSecrecy reports whether recipient hit h (not the law, a buyer or
// the public; the caller leaves out a weak bare "third parties" that points
// back at no parties named before) stands in the clause of a
// security measure that keeps data secret, before it ("our service
// providers are bound by confidentiality obligations", "we require our
// vendors to keep your personal information confidential"): a party bound to
// keep data secret holds it.
func boundToSecrecy(vw *sentence.View, h lexicon.Hit) bool {
	if vw.IsRule(h, lexicon.RLawEnforcement) || vw.IsRule(h, lexicon.RBusinessTransfer) || vw.Entry(h).ID == "public" {
		return false
	}
	for _, g := range vw.Hits {
		if g.From >= h.To && vw.Entry(g).Class == "security" && vw.Clause[g.From] == vw.Clause[h.From] && vw.HasSetWord(g, lexicon.WordsConfidentiality) {
			return true
		}
	}
	return false
}

// requestFrom reports whether law-enforcement hit h names who a request
// comes from ("If we receive a request from law enforcement, we will notify
// you before disclosing your data", "in response to requests from
// government authorities"): the authority asks for data and gives none, so
// it is no source; whether data goes to it, the tests before decided.
func requestFrom(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.IsRule(h, lexicon.RLawEnforcement) {
		return false
	}
	for p := h.From - 1; p > int32(vw.Own) && p >= h.From-3; p-- {
		if vw.Is(p, lexicon.GFrom) {
			return vw.In(p-1, lexicon.WordsDemands)
		}
		if !vw.In(p, lexicon.WordsDeterminers) {
			return false
		}
	}
	return false
}

// gotFrom reports whether recipient hit h names where the company gets
// data from, as the source class reads it: a source lead before h in its
// clause (see fromAt) after a verb of getting data, with data named, that
// neither the reader nor a third party gets (see notReceived).
// Only after "from": a party after "through" or "via" is as often the
// channel of someone else's doing ("someone who accesses the service
// through a third-party app", "access a partner's site through a
// co-branded registration") or one that handles the data for the company
// ("we collect your payment information through our service provider").
func gotFrom(vw *sentence.View, c *sentence.Context, h lexicon.Hit) bool {
	at := fromAt(vw, h)
	return at >= 0 && vw.Is(at, lexicon.GFrom) && notReceived(vw, c, h, at) == ""
}

// toldBetween reports whether a told-about word (information, a list, a
// notice) stands before position we and after an ask-to-know word, both
// between the view's own start and p: the "we" at we is in the account the
// reader asks for ("a notice from us describing which categories we have
// shared"; not "If you request information about our products, we share
// your name", where a comma ends the account before the "we").
func toldBetween(vw *sentence.View, we, p int32) bool {
	told := false
	for q := we - 1; q >= int32(vw.Own); q-- {
		if !told && vw.Tok(q+1).SepBefore >= text.SepComma {
			return false
		}
		if vw.In(q, lexicon.WordsToldAbout) {
			told = true
		} else if told && vw.In(q, lexicon.WordsAskToKnow) {
			return true
		}
	}
	return false
}

// ownService reports whether recipient hit h names a service of the
// company's own: "our" right before it, its words an activity ("advertising",
// "analytics") and, last, a word of goods ("services", "products"), with no
// party noun after it ("our advertising services", "our ad products"; not
// "our advertising partners", "our advertising service providers").
func ownService(vw *sentence.View, h lexicon.Hit) bool {
	if h.From <= int32(vw.Own) || h.To-h.From < 2 || !vw.Is(h.From-1, lexicon.GOurForms) || !vw.In(h.To-1, lexicon.WordsGoods) {
		return false
	}
	if int(h.To) < len(vw.Toks) && vw.Clause[h.To] == vw.Clause[h.From] && vw.In(h.To, lexicon.WordsNotDataAfter) {
		return false
	}
	// "the information our analytics services can collect and share": a
	// service that collects or passes data on acts as a party would.
	for _, v := range vw.Hits {
		if v.From >= h.From && v.To > h.To && v.From <= h.To+2 && vw.Clause[v.From] == vw.Clause[h.From] && (vw.IsRule(v, lexicon.RCollect) || vw.IsRule(v, lexicon.RShare)) {
			return false
		}
	}
	for p := h.From; p < h.To-1; p++ {
		if !vw.Is(p, lexicon.GActivityWords) {
			return false
		}
	}
	return true
}

// readersAccount reports whether social-network hit h (not a weak one)
// names where the reader's account lives, with no verb of passing data on
// before it in its clause: an example of an account noun (words
// account-nouns) before it, with only listing words, small words, "and",
// "or", "as" and other social networks between ("sign in with a social
// media account, such as Facebook, Google Play or Game Center"); or after
// "your", an account noun and a preposition ("information relating to your
// profiles on social networking sites", "your account with Facebook").
// ("your Facebook account" is the reader's social media data, which the
// data rules read before any party.)
func readersAccount(vw *sentence.View, h lexicon.Hit) bool {
	if h.Weak || !vw.IsRule(h, lexicon.RSocialNetworks) || !vw.MayHaveIn(lexicon.WordsAccountNouns) {
		return false
	}
	own := int32(vw.Own)
	// ("We post your score to your account on Facebook": a verb of passing
	// data on before it sends data there.)
	if shareVerbBefore(vw, h).From >= 0 {
		return false
	}
	q := h.From - 1
	for q > own && vw.In(q, lexicon.WordsDeterminers) {
		q--
	}
	if q > own+1 && vw.In(q, lexicon.WordsSettingsPreps) && vw.Tok(q+1).SepBefore < text.SepComma && vw.In(q-1, lexicon.WordsAccountNouns) && vw.Tok(q).SepBefore < text.SepComma &&
		(vw.In(q-2, lexicon.WordsYourForms) || q-2 > own && vw.In(q-3, lexicon.WordsYourForms)) {
		return true
	}
	listed := false
	for q := h.From - 1; q >= own && q >= h.From-8 && vw.Clause[q] == vw.Clause[h.From]; q-- {
		switch {
		case vw.In(q, lexicon.WordsAccountNouns):
			return listed
		case vw.In(q, lexicon.WordsListing):
			listed = true
		case vw.In(q, lexicon.WordsDeterminers) || vw.Is(q, lexicon.GAndOr) || vw.In(q, lexicon.WordsRoleAs) || socialAt(vw, q):
		default:
			return false
		}
	}
	return false
}

// socialAt reports whether a social-network hit covers position p.
func socialAt(vw *sentence.View, p int32) bool {
	for _, g := range vw.Hits {
		if g.From <= p && p < g.To && vw.IsRule(g, lexicon.RSocialNetworks) {
			return true
		}
	}
	return false
}

// kindOfThirdParty reports whether an other-third-parties hit ends right
// where hit h starts, with no comma between ("third-party analytics",
// "Third Party analytics"): one party, of the kind h names.
func kindOfThirdParty(vw *sentence.View, h lexicon.Hit) bool {
	if h.From <= int32(vw.Own) || vw.Tok(h.From).SepBefore >= text.SepComma {
		return false
	}
	for _, g := range vw.Hits {
		if g.To == h.From && vw.IsRule(g, lexicon.ROtherThirdParties) {
			return true
		}
	}
	return false
}

// sharedNoun reports whether "and" or "or" follows hit h and a word that
// makes the words before it a party (words not-data-after: "companies",
// "providers") stands at most four words after it, with no comma between:
// "analytics and other measurement companies".
func sharedNoun(vw *sentence.View, h lexicon.Hit) bool {
	if int(h.To) >= len(vw.Toks) || !vw.Is(h.To, lexicon.GAndOr) || vw.Tok(h.To).SepBefore >= text.SepComma {
		return false
	}
	for p := h.To + 1; int(p) < len(vw.Toks) && p <= h.To+4 && vw.Tok(p).SepBefore < text.SepComma; p++ {
		if vw.In(p, lexicon.WordsNotDataAfter) {
			return true
		}
	}
	return false
}

// whosePractices reports whether recipient hit h stands after "of" and a
// noun of privacy documents or practices (words privacy-docs), with small
// words between: "the information sharing practices of such third
// parties", "the privacy policies of our partners".
func whosePractices(vw *sentence.View, h lexicon.Hit) bool {
	q := h.From - 1
	for q > int32(vw.Own) && q >= h.From-3 && vw.In(q, lexicon.WordsDeterminers) {
		q--
	}
	return q > int32(vw.Own) && vw.Is(q, lexicon.GOf) && vw.In(q-1, lexicon.WordsPrivacyDocs) && vw.Clause[q-1] == vw.Clause[h.From]
}

// onlyToUs reports whether the sentence has a verb of passing data on in
// its own words (not a bare "with" or "to") and each such verb passes data
// to the company (see passedToUs): "they share your personal information
// with us", "you disclose data to us".
func onlyToUs(vw *sentence.View) bool {
	any := false
	for _, g := range vw.Hits {
		if g.From < int32(vw.Own) || !vw.IsRule(g, lexicon.RShare) || vw.Is(g.From, lexicon.GToWith) {
			continue
		}
		if !passedToUs(vw, g) {
			return false
		}
		any = true
	}
	return any
}

// agentOf reports whether recipient hit h stands right after "by", perhaps
// with small words between ("conducted by a third party"): the agent of a
// passive verb.
func agentOf(vw *sentence.View, h lexicon.Hit) bool {
	q := h.From - 1
	for q > int32(vw.Own) && q >= h.From-3 && vw.In(q, lexicon.WordsDeterminers) {
		q--
	}
	return q >= int32(vw.Own) && vw.Is(q, lexicon.GBy)
}

// ownTool reports whether analytics hit h names a tool the company runs,
// not a party: its last word a tool noun (words tool-nouns: "analytics
// tools", "mobile analytics software"), with no party named right before it
// ("third-party analytics tools", "external analytics tools", "third party
// web site analytic tools") nor right
// after it ("analytics software from Hotjar", "analytics tools provided by
// our partners", "the analytics tools of our vendors"). A named service
// ("analytics tools such as Google Analytics") is a hit of its own.
func ownTool(vw *sentence.View, h lexicon.Hit) bool {
	if vw.Entry(h).ID != "analytics" || h.To-h.From < 2 || !vw.In(h.To-1, lexicon.WordsToolNouns) {
		return false
	}
	if h.From > int32(vw.Own) && vw.Tok(h.From).SepBefore < text.SepComma && vw.In(h.From-1, lexicon.WordsOtherCompanies) {
		return false
	}
	if int(h.To) < len(vw.Toks) && vw.Tok(h.To).SepBefore < text.SepComma && (vw.Is(h.To, lexicon.GBy) || vw.Is(h.To, lexicon.GFrom) || vw.Is(h.To, lexicon.GOf) || vw.In(h.To, lexicon.WordsProvidedBy)) {
		return false
	}
	// ("third party web site analytic tools": the party a few words before,
	// with no comma between.)
	for _, g := range vw.Hits {
		if g.To <= h.From && g.To >= h.From-3 && vw.Entry(g).Cls == lexicon.ClassRecipient && !vw.SepIn(g.To-1, h.From, text.SepComma) && !verbBetween(vw, g.To, h.From) && !vw.GrammarBefore(h.From, h.From-g.To, lexicon.GWe) {
			return false
		}
	}
	return true
}

// AggregateData reports whether data hit h is passed on only aggregated,
// anonymised or as statistics, a word of such data (WordsAggregate) in its
// clause:
//   - at most four words before it, no "to" or "with" between, and not
//     the reader's data ("your ...") ("aggregate demographic and usage
//     information", "aggregated, de-identified
//     diagnostic data");
//   - at most seven words before it with "about", "on", "from", "regarding"
//     or "concerning" between ("aggregated statistics derived from the
//     location", "aggregate statistics about our customers, sales, traffic
//     patterns");
//   - or after "in" or "on" at most six words after it ("Device Information
//     and Usage Data in anonymized form", "on an aggregated basis").
//
// The data is then not the reader's as it leaves: a recipient of it gets
// none of the reader's personal data.
func AggregateData(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.MayHaveIn(lexicon.WordsAggregate) {
		return false
	}
	c := vw.Clause[h.From]
	about := false
	// (Not the reader's own data named after it: "anonymous information
	// from you such as your device identifiers", "an anonymised string
	// created from your email address".)
	yours := vw.In(h.From, lexicon.WordsYourForms) || h.From > int32(vw.Own) && vw.In(h.From-1, lexicon.WordsYourForms)
	for q := h.From - 1; !yours && q >= int32(vw.Own) && q >= h.From-7 && vw.Clause[q] == c; q-- {
		if vw.Is(q, lexicon.GToWith) {
			break
		}
		if vw.In(q, lexicon.WordsNewsTopic) {
			about = true
		}
		if vw.In(q, lexicon.WordsAggregate) && (q >= h.From-4 || about) {
			return true
		}
	}
	for q := h.To; int(q) < len(vw.Toks) && q <= h.To+6 && vw.Clause[q] == c; q++ {
		if vw.Is(q, lexicon.GToWith) {
			return false
		}
		if !vw.In(q, lexicon.WordsAggregate) {
			continue
		}
		for p := q - 1; p >= h.To && p >= q-3; p-- {
			if w := strings.ToLower(vw.Doc.Text[vw.Tok(p).Start:vw.Tok(p).End]); w == "in" || w == "on" {
				return true
			}
		}
	}
	return false
}

// kindNamedAfter reports whether a recipient hit of another kind than other
// third parties starts right where hit h ends, with no comma between
// ("third-party vendors", "third party advertising partners"; not "third
// parties, advertisers").
func kindNamedAfter(vw *sentence.View, h lexicon.Hit) bool {
	if int(h.To) >= len(vw.Toks) || vw.Tok(h.To).SepBefore >= text.SepComma {
		return false
	}
	for _, g := range vw.Hits {
		if g.From > h.To {
			break
		}
		if g.From == h.To && vw.Entry(g).Cls == lexicon.ClassRecipient && !vw.IsRule(g, lexicon.ROtherThirdParties) {
			return true
		}
	}
	return false
}

// passedOnBefore reports whether a verb of passing data on other than one
// of receiving, and not a bare "with" or "to" and a party ("work closely
// with partners"), stands in the view before position p ("We share your name
// with partners and may also receive data from them": the partners get
// data too).
func passedOnBefore(vw *sentence.View, p int32) bool {
	for _, g := range vw.Hits {
		if g.From >= p {
			break
		}
		if g.From >= int32(vw.Own) && vw.IsRule(g, lexicon.RShare) && !vw.In(g.From, lexicon.WordsReceiving) && !vw.Is(g.From, lexicon.GToWith) {
			return true
		}
	}
	return false
}

// respondsInUse reports whether law-enforcement hit h is named inside a
// verb of passing on ("respond to legal process", "comply with a
// subpoena") that follows a verb of using in the sentence, and no other
// verb of passing on stands in the sentence.
func respondsInUse(vw *sentence.View, h lexicon.Hit) bool {
	cover := -1
	for k, g := range vw.Hits {
		if g.From <= h.From && h.To <= g.To && g.To-g.From > h.To-h.From && vw.IsRule(g, lexicon.RShare) {
			cover = k
		}
	}
	if cover < 0 {
		return false
	}
	use := false
	for k, g := range vw.Hits {
		switch {
		case k == cover || g.To <= int32(vw.Own):
		case vw.IsRule(g, lexicon.RShare) || vw.Entry(g).Class == "sale":
			return false
		case vw.IsRule(g, lexicon.RUse) && g.To <= vw.Hits[cover].From:
			use = true
		}
	}
	return use
}

// soldWithAssets reports whether the data sold at h is sold as what the
// company sells of itself: "as part of those assets", "as one of our
// assets", "as a business asset" ("as" and a word of a company sold
// shortly after it, in its clause).
func soldWithAssets(vw *sentence.View, h lexicon.Hit) bool {
	if int(h.To) >= len(vw.Toks) || !vw.Is(h.To, lexicon.GAs) {
		return false
	}
	for p := h.To + 1; int(p) < len(vw.Toks) && p <= h.To+5 && vw.Clause[p] == vw.Clause[h.From]; p++ {
		if vw.Is(p, lexicon.GSoldCompany) {
			return true
		}
	}
	return false
}

// partOf reports whether public hit h ("other members") is followed at
// once by "of" and an affiliate at most four words after it, in h's clause
// ("other members of the Acme corporate family"): the group's other
// companies, not the public. (Not "other users of our websites".)
func partOf(vw *sentence.View, h lexicon.Hit) bool {
	if vw.Entry(h).ID != "public" || int(h.To) >= len(vw.Toks) || !vw.Is(h.To, lexicon.GOf) {
		return false
	}
	return affiliatesIn(vw, h, h.To+1, h.To+4)
}

// affiliatesIn reports whether an affiliates recipient hit starts in
// [from, to], in the clause of hit h.
func affiliatesIn(vw *sentence.View, h lexicon.Hit, from, to int32) bool {
	for _, g := range vw.Hits {
		if g.From >= from && g.From <= to && vw.Clause[g.From] == vw.Clause[h.From] && vw.IsRule(g, lexicon.RAffiliates) {
			return true
		}
	}
	return false
}

// consentByLaw reports whether a word of consent stands at most three words
// before law hit h in its clause ("your consent, where required by law",
// "obtain consent if required by applicable law"), with no word of
// exception between ("without your consent unless required by law" names
// the authorities as the exception).
func consentByLaw(vw *sentence.View, h lexicon.Hit) bool {
	for q := h.From - 1; q >= int32(vw.Own) && q >= h.From-3; q-- {
		if vw.Is(q, lexicon.GExceptions) {
			return false
		}
		if vw.In(q, lexicon.WordsConsentWords) {
			return true
		}
	}
	return false
}

// inConcession reports whether recipient hit h stands in a concessive clause
// of what might be ("even" before "if" or "when") with no verb of passing
// data on or selling between its opener and h: "We will never disclose it,
// even if we are served a court order", "even if a buyer offers to pay" say
// what holds either way; the party in them receives nothing. ("Although we
// comply with valid subpoenas" states a fact: not it.) A concession opening
// the sentence (within its first five words: "Even if you opt out, we may
// share it with partners") ends at its first comma, where the sentence's
// own clause begins. A verb of answering an order ("even if we believe we
// must comply with a court order or a subpoena") names the order the
// concession supposes, no data passed on.
func inConcession(vw *sentence.View, h lexicon.Hit) bool {
	own := int32(vw.Own)
	if !vw.MayHave(lexicon.GConcessive) {
		return false
	}
	for q := h.From - 1; q >= own && vw.Tok(q+1).SepBefore < text.SepClause; q-- {
		if !vw.Is(q, lexicon.GConcessive) || q+1 >= h.From || !vw.Is(q+1, lexicon.GOccasion) {
			continue
		}
		if q <= own+4 && vw.SepIn(q, h.From, text.SepComma) {
			return false
		}
		for _, g := range vw.Hits {
			if g.From > q && g.From < h.From && (vw.IsRule(g, lexicon.RShare) && !vw.HasSetWord(g, lexicon.WordsLegalOrders) || vw.Entry(g).Class == "sale") {
				return false
			}
		}
		return true
	}
	return false
}

// otherInDeal reports whether business-partners hit h is a plain party
// opened by a word of other companies ("the other company", "any other
// business") in a sentence that names a business transfer.
func otherInDeal(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.IsRule(h, lexicon.RBusinessPartners) || !vw.In(h.From, lexicon.WordsOtherCompanies) || !vw.HasSetWord(h, lexicon.WordsPlainParties) {
		return false
	}
	for _, g := range vw.Hits {
		if vw.Entry(g).Cls == lexicon.ClassRecipient && vw.IsRule(g, lexicon.RBusinessTransfer) {
			return true
		}
	}
	return false
}

// withinGroup reports whether business-partners hit h is a plain party
// that an affiliates hit right after it, with no joining word or comma
// between, places in the company's group: "other companies within our
// group", "other companies under common control" (not "partners and
// affiliates").
func withinGroup(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.IsRule(h, lexicon.RBusinessPartners) || !vw.HasSetWord(h, lexicon.WordsPlainParties) || int(h.To) >= len(vw.Toks) {
		return false
	}
	if vw.Is(h.To, lexicon.GAndOr) || vw.Tok(h.To).SepBefore >= text.SepComma {
		return false
	}
	return affiliatesIn(vw, h, h.From+1, h.To+1)
}

// disclaimedParty reports whether business-partners hit h stands after a
// disclaimer of what others do with data in its sentence: "we are not
// responsible for the practices of other organizations".
func disclaimedParty(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.IsRule(h, lexicon.RBusinessPartners) {
		return false
	}
	for _, g := range vw.Hits {
		if vw.IsRule(g, lexicon.RDisclaimer) && g.To <= h.From {
			return true
		}
	}
	return false
}

// kindOfPurpose reports whether business-partners hit h qualifies a word
// of purpose right after it, or after a joining word and one more word:
// "other business purposes", "other business or operational purposes".
func kindOfPurpose(vw *sentence.View, h lexicon.Hit) bool {
	if !vw.IsRule(h, lexicon.RBusinessPartners) {
		return false
	}
	n := int32(len(vw.Toks))
	at := func(p int32) bool {
		return p < n && vw.Tok(p).SepBefore < text.SepComma
	}
	if at(h.To) && vw.Is(h.To, lexicon.GPurpose) {
		return true
	}
	return at(h.To) && vw.Is(h.To, lexicon.GAndOr) && at(h.To+1) && at(h.To+2) && vw.Is(h.To+2, lexicon.GPurpose)
}
