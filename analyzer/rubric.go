package analyzer

import (
	"math"
	"slices"
	"sort"
	"strings"
)

// rubricQuestion is one question of PrivacySpy's rubric as
// rules/privacyspy/rubric.json holds it (converted from PrivacySpy's TOML,
// CC BY 4.0), with the volunteers' notes.
type rubricQuestion struct {
	Slug     string         `json:"slug"`
	Category string         `json:"category"`
	Text     string         `json:"text"`
	Points   int            `json:"points"`
	Notes    []string       `json:"notes"`
	Options  []rubricOption `json:"options"`
}

type rubricOption struct {
	ID          string `json:"id"`
	Text        string `json:"text"`
	Percent     int    `json:"percent"`
	Description string `json:"description"`
}

// rubricCues are the few words the rubric looks for in the findings' own
// text, where a finding's id does not tell two answers apart. They are
// PolicyLens's, not PrivacySpy's, and matched lower-cased as substrings.
type rubricCues struct {
	Strict     []string `json:"strict"`     // law enforcement only with a court's order: "subpoena"
	LawBesides []string `json:"lawBesides"` // the law's other grounds beside a court's order, in its sentence: "good faith", "legal process"
	Legal      []string `json:"legal"`      // a condition of the law: "if required by law"
	Consent    []string `json:"consent"`    // a condition that asks the reader first: "with your consent"
	Targeted   []string `json:"targeted"`   // advertising aimed at the reader: "interest-based"
	// Elsewhere are the words of the company's own ads shown on other
	// sites after the reader's visit, retargeting in plain words: "to
	// deliver ads ... when you then visit third-party sites".
	Elsewhere []string `json:"elsewhere"`
	Audit     []string `json:"audit"` // security that is checked: "security audits", "we regularly review", in the sentence of a measure
	// GeneralSecurity are the words of an access control's finding that
	// name no measure: "protect the security and integrity of your data".
	GeneralSecurity []string `json:"generalSecurity"`
	Independent     []string `json:"independent"` // checked by others: "SOC 2", "ISO 27001"
	Within72        []string `json:"within72"`    // breach delays of 72 hours or less: "72 hours", "3 days"
	Dated           []string `json:"dated"`       // a change finding that is the policy's date line: "last updated"
	Archived        []string `json:"archived"`    // a change finding that offers earlier versions: "previous version"
	// SocialSource are the words that make a social network a source in
	// the sentence of a social profile: "sign in with", "connect your account".
	SocialSource []string `json:"socialSource"`
	// IndustrySites are the ad industry's opt-out sites: a link to one as
	// a way to use a right is that right through the industry's pages
	// ("[here](http://optout.aboutads.info/)").
	IndustrySites []string `json:"industrySites"`
	// Deactivation are the words of an account switched off, not
	// deleted: "deactivate" (see deactivationKeeps).
	Deactivation []string `json:"deactivation"`
}

// rubricCueSets are the rubric's cues (rubricCues) as cueSets: each list
// is looked for in one pass over a text, without a lower-case copy of it.
type rubricCueSets struct {
	strict, lawBesides, legal, consent, targeted, elsewhere, audit, generalSecurity *cueSet
	independent, within72, dated, archived, socialSource, industrySites             *cueSet
	deactivation                                                                    *cueSet
}

// rubricSets are the cueSets of the rubric's cues, rubricRules.Cues.
var rubricSets = cueSetsOf(&rubricRules.Cues)

// cueSetsOf returns the cueSets of the cues c.
func cueSetsOf(c *rubricCues) *rubricCueSets {
	return &rubricCueSets{strict: newCueSet(c.Strict), lawBesides: newCueSet(c.LawBesides), legal: newCueSet(c.Legal),
		consent: newCueSet(c.Consent), targeted: newCueSet(c.Targeted), elsewhere: newCueSet(c.Elsewhere), audit: newCueSet(c.Audit),
		generalSecurity: newCueSet(c.GeneralSecurity), independent: newCueSet(c.Independent), within72: newCueSet(c.Within72),
		dated: newCueSet(c.Dated), archived: newCueSet(c.Archived), socialSource: newCueSet(c.SocialSource),
		industrySites: newCueSet(c.IndustrySites), deactivation: newCueSet(c.Deactivation)}
}

type rubricFile struct {
	Questions []rubricQuestion `json:"questions"`
	Cues      rubricCues       `json:"cues"`
}

// rubricData is rules/privacyspy/rubric.json as read (rubricRules, written
// ahead into rules_en.go by go generate).
func rubricData() rubricFile { return rubricRules }

// rubricAnswer answers one question from a finished report: the option id
// and the findings that decided it. A question the policy leaves open gets
// the option that fits silence; a question it does not know answers "".
func rubricAnswer(slug string, r *Report, input string, c *rubricCueSets, aggregate func(int) bool) (string, []int) {
	switch slug {
	case "third-party-access":
		return thirdPartyAccess(r, c, aggregate)
	case "behavioral-marketing":
		return behavioralMarketing(r, input, c, aggregate)
	case "data-deletion":
		return dataDeletion(r)
	case "law-enforcement":
		return lawEnforcement(r, input, c)
	case "third-party-collection":
		return thirdPartyCollection(r, input, c)
	case "list-collected":
		return listCollected(r)
	case "data-collection-reasoning":
		return collectionReasoning(r)
	case "noncritical-purposes":
		return noncriticalPurposes(r, c)
	case "data-breaches":
		return dataBreaches(r, c)
	case "security":
		return securityPractices(r, input, c)
	case "revision-notify":
		return revisionNotify(r)
	case "history":
		return policyHistory(r, c)
	}
	return "", nil
}

// maxRubricEvidence bounds the findings cited for one answer.
const maxRubricEvidence = 8

// addRubricOf answers PrivacySpy's rubric from the report's own fields and
// findings, and scores it by PrivacySpy's formula. A text that is not a
// policy (an error or not-a-policy notice) gets no rubric. input is the
// text the findings' spans index. aggregate is
// aggregateOnly(r), which the pipeline works out once for several passes.
func addRubricOf(r *Report, input string, aggregate func(int) bool) {
	r.Rubric = Rubric{Items: []RubricItem{}}
	for _, n := range r.Notices {
		if n.Level == "error" || n.ID == "not-a-policy" {
			return
		}
	}
	if len(r.Findings) == 0 {
		return
	}
	d := rubricData()
	r.Rubric.Items = make([]RubricItem, 0, len(d.Questions))
	var got, total float64
	for _, q := range d.Questions {
		id, ev := rubricAnswer(q.Slug, r, input, rubricSets, aggregate)
		o := q.option(id)
		r.Rubric.Items = append(r.Rubric.Items, RubricItem{ID: q.Slug, Answer: o.ID, Question: q.Text,
			AnswerText: o.Text, Points: q.Points, Evidence: evidenceSet(ev)})
		got += float64(q.Points*o.Percent) / 100
		total += float64(q.Points)
	}
	r.Rubric.Score = math.Round(100*got/total) / 10
}

// option returns the option with the given id; an id the question lacks
// is a programming error caught by the tests.
func (q *rubricQuestion) option(id string) rubricOption {
	for _, o := range q.Options {
		if o.ID == id {
			return o
		}
	}
	panic("analyzer: rubric: " + q.Slug + " has no option " + id)
}

// evidenceSet sorts ev, drops repeats and keeps the first few.
func evidenceSet(ev []int) []int {
	out := append([]int{}, ev...)
	sort.Sort(sort.IntSlice(out)) // not slices.Sort: see sortKeys
	out = slices.Compact(out)
	return out[:min(len(out), maxRubricEvidence)]
}

// critical recipients are those a service needs to run and must answer to:
// its processors, its own companies, the law and a buyer of the business.
// "public" is left out of the question altogether: data the reader made
// public is not private (PrivacySpy's note).
var criticalRecipients = []string{"service-providers", "affiliates", "law-enforcement", "business-transfer"}

// aggregateOnly tells, for each finding of r by index, whether its sentence
// shares only aggregate or anonymous data: it names non-personal data
// ("aggregated statistics") or data passed on only aggregated
// (noteAggregate: "aggregate demographic information"), and no other kind
// of personal data. PrivacySpy
// leaves such sharing out of third-party access, it aims no ads at the
// reader, and a recipient that gets only such data is marked so
// (Recipient.AggregateOnly) for the summary, which names none. Personal
// data the sentence denies is none ("we may provide aggregate information,
// not information about you personally, to our partners", "aggregate
// statistics, which do not include personal information").
func aggregateOnly(r *Report) func(i int) bool {
	var aggregate, personal []int // the starts of the sentences with such findings
	for i := range r.Findings {
		switch f := &r.Findings[i]; {
		case f.Rule == "datatype.non-personal", f.note&noteAggregate != 0:
			aggregate = append(aggregate, f.Sentence.Start)
		case (f.Kind == "share" || f.Kind == "collect") && strings.HasPrefix(f.Rule, "datatype.") && f.Rule != "datatype.info-generic" && !f.Negated:
			personal = append(personal, f.Sentence.Start)
		}
	}
	sort.Sort(sort.IntSlice(aggregate))
	sort.Sort(sort.IntSlice(personal))
	return func(i int) bool {
		if i < 0 || i >= len(r.Findings) {
			return false
		}
		s := r.Findings[i].Sentence.Start
		_, agg := slices.BinarySearch(aggregate, s)
		_, pers := slices.BinarySearch(personal, s)
		return agg && !pers
	}
}

// thirdPartyAccess: who gets the data. Advertisers, analytics, partners,
// social networks, unnamed "third parties" or a sale make it
// yes-unspecified (the policy names kinds of recipients, not the parties);
// only critical recipients make it yes-unspecified-critical; a policy that
// names no recipient, or only says who does not get it, answers no.
// Others that get data only with the reader's consent or as the law
// requires count as critical (the reader or the law decides), so do
// unnamed "third parties" in a sentence that names critical ones ("third
// parties that process payments, such as PayPal"), and sharing of
// aggregate data does not count.
func thirdPartyAccess(r *Report, c *rubricCueSets, aggregate func(int) bool) (string, []int) {
	var noncritical, critical, denied []int
	criticalIn := map[int]bool{} // sentences that name a critical recipient
	for _, rc := range r.Sharing.Recipients {
		if !rc.Negated && slices.Contains(criticalRecipients, rc.ID) {
			for _, i := range rc.Evidence {
				if i >= 0 && i < len(r.Findings) {
					criticalIn[r.Findings[i].Sentence.Start] = true
				}
			}
		}
	}
	for _, rc := range r.Sharing.Recipients {
		switch {
		case rc.ID == "public":
		case rc.Negated:
			denied = append(denied, rc.Evidence...)
		case slices.Contains(criticalRecipients, rc.ID):
			critical = append(critical, rc.Evidence...)
		default:
			for _, i := range rc.Evidence {
				switch {
				case i < 0 || i >= len(r.Findings), aggregate(i):
				case conditioned(r, i, c.consent, c.legal),
					rc.ID == "other-third-parties" && criticalIn[r.Findings[i].Sentence.Start]:
					critical = append(critical, i)
				default:
					noncritical = append(noncritical, i)
				}
			}
		}
	}
	if r.Sharing.Sale == "yes" {
		noncritical = append(noncritical, positive(r, r.Sharing.SaleEvidence)...)
	}
	switch {
	case len(noncritical) > 0:
		return "yes-unspecified", noncritical
	case len(critical) > 0:
		return "yes-unspecified-critical", critical
	}
	return "no", denied
}

// conditioned reports whether finding i holds under a condition with one
// of the cues of either set (b may be nil).
func conditioned(r *Report, i int, a, b *cueSet) bool {
	if i < 0 || i >= len(r.Findings) {
		return false
	}
	cond := r.Findings[i].Condition
	return a.atWordStart(cond) || b != nil && b.atWordStart(cond)
}

// allConsented reports whether every one of the findings holds only with
// the reader's consent.
func allConsented(r *Report, ev []int, c *rubricCueSets) bool {
	for _, i := range ev {
		if !conditioned(r, i, c.consent, nil) {
			return false
		}
	}
	return len(ev) > 0
}

// behavioralMarketing: ads aimed at the reader. Targeted advertising as a
// purpose, advertising IDs collected, the ad industry's opt-out pages, an
// opt-out of targeted ads, ads with words of targeting after them in their
// sentence, or advertisers among the recipients (named
// twice, or once with words of targeting, and not only as receivers of
// aggregate data) say yes. Consent asked first makes it yes-opt-in;
// a way to opt out of ads or tracking (an opt-out of targeted ads or of
// "sale or sharing", the industry's pages, cookie controls, objecting)
// yes-opt-out. Advertising never stated, or only denied, is no; the denials
// (of targeted ads, or of giving advertisers data) are its evidence.
func behavioralMarketing(r *Report, input string, c *rubricCueSets, aggregate func(int) bool) (string, []int) {
	var ads, outs []int
	for _, p := range r.Purposes {
		if p.ID != "advertising" {
			continue
		}
		if p.Targeted {
			ads = append(ads, p.Evidence...)
			continue
		}
		// "... may use this information to display advertisements on
		// our application and elsewhere online tailored to your
		// interests": ads with words of targeting after them in their
		// sentence are aimed at the reader too, unless the sentence
		// denies targeting (not "more tailored recommendations, ...
		// advertising networks": the words come before the ads), and
		// so are ads shown on other sites ("to serve you ads on
		// third-party websites"): retargeting.
		for _, i := range p.Evidence {
			if s := r.Findings[i].Sentence; !aggregate(i) && !targetingDenied(r, s) && (c.targeted.atWordStart(sentenceFrom(input, r, i, r.Findings[i].Start)) || c.elsewhere.atWordStart(sentenceFrom(input, r, i, r.Findings[i].Start))) {
				ads = append(ads, i)
			}
		}
	}
	var advertisers []int
	for _, rc := range r.Sharing.Recipients {
		if rc.ID == "advertisers" && !rc.Negated {
			for _, i := range rc.Evidence {
				if !aggregate(i) {
					advertisers = append(advertisers, i)
				}
			}
		}
	}
	if len(advertisers) >= 2 || anyFinding(r, advertisers, c.targeted) {
		ads = append(ads, advertisers...)
	}
	for _, d := range r.DataTypes {
		if d.ID == "advertising-id" && (d.Collected || d.Shared) {
			ads = append(ads, d.Evidence...)
		}
	}
	industry := howName("industry-opt-out")
	for _, rt := range r.Rights {
		switch {
		case slices.Contains(rt.How, industry) || industrySite(rt.How, c), rt.ID == "opt-out-sale" && anyFinding(r, rt.Evidence, c.targeted):
			ads = append(ads, rt.Evidence...)
			outs = append(outs, rt.Evidence...)
		case rt.ID == "opt-out-marketing" && anyFinding(r, rt.Evidence, c.targeted):
			// "If you do not want to receive ads targeted to your
			// interests ..., you can disable Personalized Ads": a way
			// out of targeted ads says they show them (its statements
			// that name them; opting out of newsletters names none).
			for _, i := range rt.Evidence {
				if anyFinding(r, []int{i}, c.targeted) {
					ads = append(ads, i)
					outs = append(outs, i)
				}
			}
		case rt.ID == "opt-out-sale", rt.ID == "objection", rt.ID == "cookie-control":
			outs = append(outs, rt.Evidence...)
		}
	}
	switch {
	case len(ads) == 0:
		// "We do not use your personal information for targeted
		// advertising", "We do not do any targeted advertising": the
		// denial says no; so does a denial of giving advertisers data.
		// (Not "We do not deliver personalized advertising to children
		// under 16": a denial for children says nothing of the others.)
		// A denial of all advertising ("we do not show ads", "the site is
		// ad-free") denies targeted ads too; a denial under a condition
		// ("ads are not personalised unless you consent") is none.
		var denied []int
		for i := range r.Findings {
			if f := &r.Findings[i]; f.Kind == "purpose" && f.Negated && (f.ID == "targeted-advertising" || f.ID == "advertising") && f.Condition == "" && !sentenceHasKind(r, f.Sentence, "children") {
				denied = append(denied, i)
			}
		}
		for _, rc := range r.Sharing.Recipients {
			if rc.ID == "advertisers" && rc.Negated {
				denied = append(denied, rc.Evidence...)
			}
		}
		return "no", denied
	case allConsented(r, ads, c):
		return "yes-opt-in", ads
	case len(outs) > 0:
		return "yes-opt-out", append(ads[:min(len(ads), 4)], outs...)
	}
	return "yes", ads
}

// targetingDenied reports whether sentence s denies targeted advertising
// ("we do not serve interest-based ads").
func targetingDenied(r *Report, s Span) bool {
	for i := range r.Findings {
		if f := &r.Findings[i]; f.Sentence == s && f.Negated && f.ID == "targeted-advertising" {
			return true
		}
	}
	return false
}

// sentenceFrom returns finding i's sentence in input from byte from on (the
// sentence's start or the finding's), or the finding's own text when from
// or the sentence is not in input.
func sentenceFrom(input string, r *Report, i, from int) string {
	f := &r.Findings[i]
	if s := f.Sentence; 0 <= s.Start && s.Start <= from && from < s.End && s.End <= len(input) {
		return input[from:s.End]
	}
	return f.Text
}

// sentenceHasKind reports whether a finding of kind stands in sentence s.
func sentenceHasKind(r *Report, s Span, kind string) bool {
	for i := range r.Findings {
		if f := &r.Findings[i]; f.Kind == kind && f.Sentence == s {
			return true
		}
	}
	return false
}

// anyFinding reports whether the text of one of the findings holds a cue.
func anyFinding(r *Report, ev []int, cues *cueSet) bool {
	for _, i := range ev {
		if i >= 0 && i < len(r.Findings) && cues.atWordStart(r.Findings[i].Text) {
			return true
		}
	}
	return false
}

// dataDeletion: deletion in the account's settings is yes-automated; by
// asking (writing, a form, an email) yes-contact; never offered, no.
func dataDeletion(r *Report) (string, []int) {
	settings := howName("settings")
	for _, rt := range r.Rights {
		if rt.ID != "deletion" {
			continue
		}
		if slices.Contains(rt.How, settings) {
			return "yes-automated", rt.Evidence
		}
		return "yes-contact", rt.Evidence
	}
	return "no", nil
}

// lawEnforcement: "reasonable" when the policy lets law enforcement have
// data as the law requires or on a legal request (the usual wording, and
// "good faith" requests go with it); "strict" when every mention is of a
// court's order (subpoena, warrant) and its sentence names no other ground
// of the law beside it ("if we believe in good faith that it is needed to
// comply with the law or to answer subpoenas", "subpoenas or other legal
// requirements"); "unspecified" when it says nothing.
func lawEnforcement(r *Report, input string, c *rubricCueSets) (string, []int) {
	for _, rc := range r.Sharing.Recipients {
		if rc.ID != "law-enforcement" || rc.Negated {
			continue
		}
		strict := true
		for _, i := range rc.Evidence {
			if i >= 0 && i < len(r.Findings) && (!c.strict.atWordStart(r.Findings[i].Text) || c.lawBesides.atWordStart(sentenceFrom(input, r, i, r.Findings[i].Sentence.Start))) {
				strict = false
			}
		}
		if strict && !c.consent.atWordStart(rc.Condition) {
			return "strict", rc.Evidence
		}
		return "reasonable", rc.Evidence
	}
	return "unspecified", nil
}

// thirdPartyCollection: data about the reader from others (data brokers,
// partners, social networks, public sources) is yes; a policy that names no
// source besides the reader says no. Profile data from a social network
// the reader signs in with, connects or that gives access to it counts as
// such a source; a social handle in a list of what the reader gives
// ("Twitter ID", "your social media presence") does not. An analytics service
// named as a source ("We use Google Analytics to analyse the use of our
// website": its words are also an analytics recipient's) gathers the
// reader's use of the service itself, no data about the reader from others.
func thirdPartyCollection(r *Report, input string, c *rubricCueSets) (string, []int) {
	var ev, analytics []int
	for j := range r.Findings {
		if g := &r.Findings[j]; g.Kind == "share" && g.ID == "analytics" {
			analytics = append(analytics, j)
		}
	}
	for _, s := range r.Sources {
		for _, i := range s.Evidence {
			if !analyticsWords(r, i, analytics) {
				ev = append(ev, i)
			}
		}
	}
	for _, d := range r.DataTypes {
		if d.ID == "social-profile" && d.Collected {
			read, from := Span{-1, -1}, false // the sentence read last, and its answer
			for _, i := range d.Evidence {
				if i < 0 || i >= len(r.Findings) {
					continue
				}
				if s := r.Findings[i].Sentence; s != read {
					read, from = s, c.socialSource.atWordStart(sentenceFrom(input, r, i, s.Start))
				}
				if from {
					ev = append(ev, i)
				}
			}
		}
	}
	if len(ev) > 0 {
		return "yes", ev
	}
	return "no", nil
}

// analyticsWords reports whether finding i's words are also those of an
// analytics recipient in its sentence, one of the findings analytics.
func analyticsWords(r *Report, i int, analytics []int) bool {
	f := &r.Findings[i]
	for _, j := range analytics {
		if g := &r.Findings[j]; g.Sentence == f.Sentence && g.Start < f.End && f.Start < g.End {
			return true
		}
	}
	return false
}

// vagueData are the data types that name no kind of data.
var vagueData = []string{"personal-info", "about-you", "info-generic", "non-personal"}

// listCollected: how precisely the policy lists what it collects. A
// handful of kinds of data is a general list ("such as your name and
// email"); fewer, or only "personal information", is a summary; nothing at
// all is no. Whether a list is exhaustive turns on words such as "such as"
// and "including", which a report does not keep, and policies that list
// every kind are rare: it is never answered.
func listCollected(r *Report) (string, []int) {
	var kinds int
	var ev, vague []int
	for _, d := range r.DataTypes {
		if !d.Collected || len(d.Evidence) == 0 {
			continue
		}
		if slices.Contains(vagueData, d.ID) {
			vague = append(vague, d.Evidence[0])
			continue
		}
		kinds++
		ev = append(ev, d.Evidence[0])
	}
	switch {
	case kinds >= 3:
		return "generally", ev
	case kinds > 0:
		return "summarily", ev
	case len(vague) > 0:
		return "summarily", vague
	}
	return "no", nil
}

// collectionReasoning: whether the policy says why it collects. The
// purposes it names (service, security, legal duties, analytics,
// personalisation, marketing, advertising, research) decide: most of them
// yes, a few mostly, one somewhat. Until a report lists purposes, the
// statements of purpose it found ("to provide you", "for fraud
// prevention") stand in for them.
func collectionReasoning(r *Report) (string, []int) {
	var named int
	var ev []int
	for _, p := range r.Purposes {
		if p.ID != "other" && p.ID != "limited" {
			named++ // a promise to use data only as its purposes need names none
		}
		if len(p.Evidence) > 0 {
			ev = append(ev, p.Evidence[0])
		}
	}
	statements := 0
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Kind == "practice" && f.ID == "purpose" && !f.Negated {
			statements++
			if len(r.Purposes) == 0 {
				ev = append(ev, i)
			}
		}
	}
	switch {
	case len(r.Purposes) > 0 && named >= 6:
		return "yes", ev
	case len(r.Purposes) > 0 && named >= 3, len(r.Purposes) == 0 && statements >= 5:
		return "mostly", ev
	case len(r.Purposes) > 0, statements > 0:
		return "somewhat", ev
	}
	return "no", nil
}

// choiceKind is the kind of use a right lets the reader refuse, or "" for
// a right that refuses none. An opt-out of "sale or sharing" covers
// advertising only when its words are of targeted ads.
func choiceKind(right string) string {
	switch right {
	case "opt-out-marketing":
		return "marketing"
	case "cookie-control":
		return "tracking"
	case "opt-out-sale":
		return "sale"
	case "objection", "restriction", "withdraw-consent", "limit-sensitive":
		return "processing"
	}
	return ""
}

// noncriticalPurposes: control over uses the service does not need. Ways
// to opt out of marketing, of tracking, of targeted advertising and of
// processing in general are opt-out-all; some of them opt-out-some; none,
// no. A policy whose purposes are all critical (the service, security,
// legal duties) and that shares with no advertiser or analytics firm and
// sells nothing has nothing to control: na.
func noncriticalPurposes(r *Report, c *rubricCueSets) (string, []int) {
	var kinds []string
	var ev []int
	industry := howName("industry-opt-out")
	for _, rt := range r.Rights {
		k := choiceKind(rt.ID)
		if k == "" {
			continue
		}
		ks := []string{k}
		switch {
		case slices.Contains(rt.How, industry) || k == "sale" && anyFinding(r, rt.Evidence, c.targeted):
			ks = []string{"advertising"}
		case k == "marketing":
			// The marketing opt-out holds opting out of targeted ads too:
			// each statement says which ("opt out of interest-based ads"
			// names them, "unsubscribe from our newsletter" does not).
			ks = ks[:0]
			for _, i := range rt.Evidence {
				kind := "marketing"
				if anyFinding(r, []int{i}, c.targeted) {
					kind = "advertising"
				}
				if !slices.Contains(ks, kind) {
					ks = append(ks, kind)
				}
			}
		}
		for _, k := range ks {
			if !slices.Contains(kinds, k) {
				kinds = append(kinds, k)
			}
		}
		ev = append(ev, rt.Evidence...)
	}
	all := true
	for _, k := range []string{"marketing", "tracking", "advertising", "processing"} {
		all = all && slices.Contains(kinds, k)
	}
	switch {
	case all:
		return "opt-out-all", ev
	case len(kinds) > 0:
		return "opt-out-some", ev
	case len(r.Purposes) > 0 && onlyCriticalUse(r):
		var pe []int
		for _, p := range r.Purposes {
			pe = append(pe, p.Evidence...)
		}
		return "na", pe
	}
	return "no", nil
}

// onlyCriticalUse reports whether the policy uses data only for what the
// service needs: no advertising, marketing, analytics, personalisation or
// research purpose, no advertiser or analytics recipient and no sale.
func onlyCriticalUse(r *Report) bool {
	for _, p := range r.Purposes {
		switch p.ID {
		case "service", "security", "legal":
		default:
			return false
		}
	}
	for _, rc := range r.Sharing.Recipients {
		if !rc.Negated && (rc.ID == "advertisers" || rc.ID == "analytics") {
			return false
		}
	}
	return r.Sharing.Sale != "yes"
}

// dataBreaches: a promise to tell the reader of a breach is yes-72 when it
// names a delay of 72 hours or less, else eventually; silence is no.
func dataBreaches(r *Report, c *rubricCueSets) (string, []int) {
	if r.Breach.Notify != "yes" {
		return "no", nil
	}
	if r.Breach.Within != "" && c.within72.atWordStart(r.Breach.Within) {
		return "yes-72", r.Breach.Evidence
	}
	return "eventually", r.Breach.Evidence
}

// securityPractices: named measures (encryption, physical security, access
// limits, firewalls and other technical ones) are yes, and yes-audits or
// yes-independent-audits when the sentence of one says they are checked
// ("internal reviews of our ... security measures, including encryption");
// only general words ("reasonable safeguards", an access control's "protect
// the security and integrity of your data") are somewhat; nothing is no.
func securityPractices(r *Report, input string, c *rubricCueSets) (string, []int) {
	var specific, general []int
	audit, independent := false, false
	read := Span{-1, -1} // the sentence read last: its findings stand together
	for i := nextOfKind(r.Findings, 0, "security"); i < len(r.Findings); i = nextOfKind(r.Findings, i+1, "security") {
		f := &r.Findings[i]
		if f.Negated {
			continue
		}
		id := f.ID
		if id == "access-control" && c.generalSecurity.atWordStart(f.Text) {
			id = "safeguards" // "protect the security and integrity of your data"
		}
		switch id {
		case "encryption", "physical", "access-control", "technical":
			specific = append(specific, i)
			if (!audit || !independent) && f.Sentence != read { // the sentence read once for both
				read = f.Sentence
				st := sentenceFrom(input, r, i, f.Sentence.Start)
				audit = audit || c.audit.atWordStart(st)
				independent = independent || c.independent.atWordStart(st)
			}
		case "safeguards":
			general = append(general, i)
		}
	}
	switch {
	case independent:
		return "yes-independent-audits", specific
	case audit:
		return "yes-audits", specific
	case len(specific) > 0:
		return "yes", specific
	case len(general) > 0:
		return "somewhat", general
	}
	return "no", nil
}

// revisionNotify: readers are told of changes when the policy promises an
// email, a notice in the app or on the site, a notice to them by a way it
// does not name ("we will notify you"), or to ask for consent; a new
// version merely posted on the page, or no word, is no. Its evidence is the
// findings that state the notice (not a question asking about it).
func revisionNotify(r *Report) (string, []int) {
	n := revisionNotice(r)
	if n == "" {
		return "no", nil
	}
	var ev []int
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Kind == "change" && f.ID == "notice-"+n && !f.Negated && stated(f) {
			ev = append(ev, i)
		}
	}
	return "yes", ev
}

// revisionNotice returns the first notice of changes that tells readers
// (revisionNotify), or "" when none does.
func revisionNotice(r *Report) string {
	for _, n := range r.Changes.Notice {
		if n == "email" || n == "in-app" || n == "told" || n == "consent" {
			return n
		}
	}
	return ""
}

// policyHistory: earlier versions of the policy offered to the reader
// ("review the previous version", "our archive of past versions") are
// yes; a "last updated" or effective date is last-modified; no date, no.
// Until a report has its lastUpdated, the policy's date line found as a
// change finding ("Last updated: ...") stands in for it.
func policyHistory(r *Report, c *rubricCueSets) (string, []int) {
	// "You can review previous versions of this policy in our archive",
	// "For a prior version of our policy, click here": its revisions.
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Kind == "change" && !f.Negated && c.archived.atWordStart(f.Text) {
			return "yes", []int{i}
		}
	}
	if r.Updated.Date != "" || r.Updated.Text != "" {
		return "last-modified", r.Updated.Evidence
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Kind == "change" && !f.Negated && c.dated.atWordStart(f.Text) {
			return "last-modified", []int{i}
		}
	}
	return "no", nil
}

// positive keeps the findings that are not negated.
func positive(r *Report, ev []int) []int {
	var out []int
	for _, i := range ev {
		if i >= 0 && i < len(r.Findings) && !r.Findings[i].Negated {
			out = append(out, i)
		}
	}
	return out
}

// industrySite reports whether one of the ways how is a link to the ad
// industry's opt-out pages.
func industrySite(how []string, c *rubricCueSets) bool {
	for _, h := range how {
		if c.industrySites.atWordStart(h) {
			return true
		}
	}
	return false
}

// howName is the name the rules give a way of using a right ("settings" →
// "in your account settings"), as rights[].how lists it.
func howName(id string) string {
	if e := rules().ByClass["how"][id]; e != nil {
		return e.Name
	}
	panic("analyzer: rubric: no way of use " + id)
}

// RubricPercent returns the share of a question's points that an answer
// earns in PrivacySpy's rubric (0 to 100), and whether the rubric has that
// question and option: what a face needs to colour an answer.
func RubricPercent(slug, option string) (int, bool) {
	for _, q := range rubricData().Questions {
		if q.Slug != slug {
			continue
		}
		for _, o := range q.Options {
			if o.ID == option {
				return o.Percent, true
			}
		}
	}
	return 0, false
}
