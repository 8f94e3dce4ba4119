package analyzer

import (
	"slices"
	"sort"

	"github.com/policylens/policylens/analyzer/internal/classes"
	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/model"
)

func newReport(n int) *Report {
	return &Report{
		Version:    FormatVersion,
		Language:   "en",
		Notices:    []Notice{},
		Categories: []string{},
		DataTypes:  []DataType{},
		Sharing:    Sharing{Sale: "unstated", SaleEvidence: []int{}, Recipients: []Recipient{}},
		Rights:     []Right{},
		Retention:  Retention{Policy: "unstated", Periods: []string{}, Days: []float64{}, Evidence: []int{}},
		Security:   Security{Measures: []Item{}},
		Children:   Children{Evidence: []int{}},
		DoNotTrack: DoNotTrack{Status: "unstated", Evidence: []int{}},
		Changes:    Changes{Notice: []string{}, Evidence: []int{}},
		Transfers:  Transfers{Safeguards: []string{}, Evidence: []int{}},
		LegalBases: []Item{},
		Purposes:   []Purpose{},
		Sources:    []Item{},
		Breach:     Breach{Notify: "unstated", Evidence: []int{}},
		Updated:    Updated{Evidence: []int{}},
		Rubric:     Rubric{Items: []RubricItem{}},
		Contacts:   []Contact{},
		Points:     []Point{},
		Missing:    []Missing{},
		Findings:   []Finding{},
		Blocks:     []Block{},
		Stats:      Stats{Bytes: n},
	}
}

// groupOrder lists data type groups in report order. It is a list, not a
// map: the list is data, where a map literal is code that fills the map at
// start-up.
var groupOrder = [...]string{
	"generic-personal", "contact", "personal-identifier", "financial", "location",
	"health", "biometric", "demographic", "user-profile", "user-content",
	"social-media", "survey", "online-activities", "cookies-tracking",
	"ip-device-ids", "computer-info",
}

// groupRank is the place of data type group g in groupOrder; 0 (the first
// place) for a group not listed.
func groupRank(g string) int64 {
	for i, o := range groupOrder {
		if o == g {
			return int64(i)
		}
	}
	return 0
}

// feeCondition is the condition of a right that costs a fee.
const feeCondition = "a fee may be charged"

// summarize folds the findings into the report's sections, with the
// details of the rights (by finding index). The findings of titles and
// questions count for the categories only: a title is never the evidence of
// a claim.
func summarize(r *Report, input string, lx *lexicon.Lexicon, details map[int]classes.RightDetails, aggregate func(int) bool) {
	k := keysOf(lx)
	k.keyFindings(r)
	sm := summary{r: r, k: k, details: details,
		dts:      make([]*DataType, len(k.class[keyDatatype].entries)),
		recs:     make([]*Recipient, len(k.class[keyRecipient].entries)),
		rights:   make([]*Right, len(k.class[keyRight].entries)),
		measures: make([]*Item, len(k.class[keySecurity].entries)),
		bases:    make([]*Item, len(k.class[keyLegalBasis].entries)),
		contacts: map[string]*Contact{}, sentContacts: map[Span][]string{},
		deactivationKeeps: deactivationKeeps(r, input),
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Kind == "contact" {
			sm.sentContacts[f.Sentence] = append(sm.sentContacts[f.Sentence], contactValue(f))
		}
		sm.personal = sm.personal || f.ID == "personal-info" && (f.Kind == "collect" || f.Kind == "share")
	}
	restatedTitles(r.Findings)
	for i := range r.Findings {
		if r.Findings[i].note&noteTitled != 0 {
			sm.category(&r.Findings[i])
			continue
		}
		sm.add(i, &r.Findings[i])
	}
	for i, c := range model.Categories { // in report order
		if sm.cats[i] {
			r.Categories = append(r.Categories, c)
		}
	}
	decideSale(r)
	decideDNT(r)
	decideRetention(r)
	decideChildren(r)
	// How they tell the reader of changes is the claim when they say it:
	// the ways first, the mere mentions of changes after; a line that only
	// dates the policy ("This policy was last updated on May 1, 2020") is
	// evidence only when nothing else speaks of changes.
	var dated []int
	for i := range r.Findings {
		if f := &r.Findings[i]; f.Kind == "change" && !noticeID(f.ID) && stated(f) {
			if datesOnly(r.Findings, i) {
				dated = append(dated, i)
				continue
			}
			r.Changes.Evidence = append(r.Changes.Evidence, i)
		}
	}
	if len(r.Changes.Evidence) == 0 {
		r.Changes.Evidence = append(r.Changes.Evidence, dated...)
	}
	if n := len(r.Changes.Notice); len(wayNamed(r)) < n {
		// The statements naming the way decide the claim: they come first.
		sortStable(r.Changes.Evidence, func(i int) int {
			if f := &r.Findings[i]; noticeID(f.ID) {
				return boolOrder(f.ID == "notice-told")
			}
			return 2
		})
	}
	// Conditions on rights: a fee for using a right is a red flag.
	for i, det := range details {
		if x := k.index(keyRight, r.Findings[i].key); x >= 0 && sm.rights[x] != nil && det.Fee {
			rt := sm.rights[x]
			rt.Conditions = appendUnique(rt.Conditions, feeCondition)
		}
	}
	sm.weighData()
	sm.lists()
	complaintsToThem(r, details)
	markAggregateOnly(r, aggregate)
}

// markAggregateOnly marks the recipients that only ever get aggregate or
// anonymous data (see aggregateOnly).
func markAggregateOnly(r *Report, aggregate func(int) bool) {
	for k := range r.Sharing.Recipients {
		rc := &r.Sharing.Recipients[k]
		rc.AggregateOnly = !rc.Negated && len(rc.Evidence) > 0
		for _, i := range rc.Evidence {
			rc.AggregateOnly = rc.AggregateOnly && aggregate(i)
		}
	}
}

// complaintToThemName names the complaint right when every statement of it
// sends the complaint to the company.
const complaintToThemName = "Complain to them directly"

// complaintsToThem orders the evidence of the complaint right so that the
// statements naming a regulator or another body come before those that
// send the complaint to the company ("If you wish to make a complaint,
// please contact us"); with only the latter, the right is named for what
// they offer, a complaint to the company, not to a regulator.
func complaintsToThem(r *Report, details map[int]classes.RightDetails) {
	for k := range r.Rights {
		rt := &r.Rights[k]
		if rt.ID != "complaint" {
			continue
		}
		sortStable(rt.Evidence, func(i int) int { return boolOrder(details[i].ToCompany) })
		if details[rt.Evidence[0]].ToCompany {
			rt.Name = complaintToThemName
		}
	}
}

func boolOrder(b bool) int {
	if b {
		return 1
	}
	return 0
}

// summary is what summarize gathers from the findings, by id.
type summary struct {
	r       *Report
	k       *idKeys
	details map[int]classes.RightDetails
	cats    [model.NumCategories]bool // by index in model.Categories
	// by the index of their entry in its class (idKeys.index)
	dts             []*DataType
	recs            []*Recipient
	rights          []*Right
	measures, bases []*Item
	contacts        map[string]*Contact
	sentContacts    map[Span][]string             // the contacts named in each sentence
	dtNeg           map[*DataType][]int           // the negated findings of each data type
	dtChoice        map[*DataType][]int           // the findings of each data type in the reader's choices (see addData)
	recMore         map[*Recipient]*recipientMore // the findings of each recipient beside its statements
	personal        bool                          // the policy says "personal information" somewhere
	// deactivationKeeps: the policy says switching the account off
	// deletes nothing (see deactivationKeeps).
	deactivationKeeps bool
}

// deactivationKeeps reports whether the policy denies that deactivating
// the account deletes data, in a negated deletion whose sentence names the
// deactivation before it ("Account deactivation does not delete your
// personal data", "deactivating your account does not delete your
// information"): its "You may deactivate your account" is then no way to
// have data deleted.
func deactivationKeeps(r *Report, input string) bool {
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Kind != "right" || f.ID != "deletion" || !f.Negated || rubricSets.deactivation.atWordStart(f.Text) {
			continue
		}
		if s := f.Sentence; 0 <= s.Start && s.Start <= f.Start && f.Start <= len(input) && rubricSets.deactivation.atWordStart(input[s.Start:f.Start]) {
			return true
		}
	}
	return false
}

// category notes the category of finding f.
func (sm *summary) category(f *Finding) {
	if i := categoryIndex(f.Category); i >= 0 {
		sm.cats[i] = true
	}
}

// add folds finding i, f, into its section.
func (sm *summary) add(i int, f *Finding) {
	r := sm.r
	sm.category(f)
	switch f.Kind {
	case "collect", "share":
		sm.addData(i, f)
	case "right":
		sm.addRight(i, f)
	case "security":
		if f.ID != "incident" { // a breach spoken of is no measure
			sm.addItem(sm.measures, keySecurity, f.key, i)
		}
	case "change":
		r.Changes.Mentioned = true
		if noticeID(f.ID) {
			r.Changes.Notice = appendUnique(r.Changes.Notice, f.ID[7:])
			r.Changes.Evidence = append(r.Changes.Evidence, i)
		}
	case "transfer":
		r.Transfers.Mentioned = true
		r.Transfers.Evidence = append(r.Transfers.Evidence, i)
		if f.ID != "international" {
			r.Transfers.Safeguards = appendUnique(r.Transfers.Safeguards, f.ID)
		}
	case "legal-basis":
		if f.ID != "basis" {
			sm.addItem(sm.bases, keyLegalBasis, f.key, i)
		}
	case "contact":
		if f.note&noteOthersTool != 0 {
			break // the how of a right in its sentence only (sentContacts)
		}
		v := contactValue(f)
		c := sm.contacts[v]
		if c == nil {
			c = &Contact{Kind: f.ID, Value: v, Evidence: []int{}}
			sm.contacts[v] = c
		}
		c.Evidence = append(c.Evidence, i)
	}
}

// addData folds finding i, data collected or shared or a recipient, into
// the data types and recipients. A negated finding is kept apart: it is the
// evidence of a data type or recipient only when nothing says it is
// collected or shared (see weighData).
func (sm *summary) addData(i int, f *Finding) {
	incidental := f.note&noteIncidental != 0
	key := f.key
	if f.ID == "about-you" && sm.personal {
		// "information about you" and "personal information" are one
		// item for the reader: the unnamed personal data.
		key = sm.k.personalInfo
	}
	if x := sm.k.index(keyDatatype, key); x >= 0 { // ids are unique across the two classes (TestRuleFiles)
		d := sm.dts[x]
		if d == nil {
			e := sm.k.class[keyDatatype].entries[x]
			d = &DataType{ID: e.ID, Name: e.Name, Group: e.Group, Sensitive: e.Sensitive, Evidence: []int{}}
			sm.dts[x] = d
		}
		switch {
		case f.Negated || incidental:
			// (A data item named in a definition, "Personal data
			// means ..., such as your name", is mentioned only.)
			if sm.dtNeg == nil {
				sm.dtNeg = map[*DataType][]int{}
			}
			sm.dtNeg[d] = append(sm.dtNeg[d], i)
		case f.Category == "user-choice":
			// The reader's choice ("You can set your browser to
			// refuse cookies") names data, but is no statement that
			// they collect or share it: quoted only where none says
			// so, and alone it leaves the data mentioned only.
			if sm.dtChoice == nil {
				sm.dtChoice = map[*DataType][]int{}
			}
			sm.dtChoice[d] = append(sm.dtChoice[d], i)
		case f.Kind == "collect" || f.note&noteAggregate != 0:
			// (Data passed on only aggregated is theirs to aggregate,
			// not the reader's data shared: "We share aggregate
			// demographic information with advertisers".)
			d.Evidence, d.Collected = append(d.Evidence, i), true
		default:
			d.Evidence, d.Shared = append(d.Evidence, i), true
		}
	}
	if x := sm.k.index(keyRecipient, f.key); x >= 0 {
		if f.Negated && f.note&noteSaleDenial != 0 {
			return // "we do not sell it to third-party companies" denies a sale, not sharing
		}
		rc := sm.recs[x]
		if rc == nil {
			e := sm.k.class[keyRecipient].entries[x]
			rc = &Recipient{ID: e.ID, Name: e.Name, Evidence: []int{}}
			sm.recs[x] = rc
		}
		if !f.Negated && !incidental {
			rc.Evidence = append(rc.Evidence, i)
			return
		}
		m := sm.recMore[rc]
		if m == nil {
			if sm.recMore == nil {
				sm.recMore = map[*Recipient]*recipientMore{}
			}
			m = &recipientMore{}
			sm.recMore[rc] = m
		}
		switch {
		case f.Negated && incidental:
			m.weakDenials = append(m.weakDenials, i)
		case f.Negated:
			m.denials = append(m.denials, i)
		default:
			m.mentions = append(m.mentions, i)
		}
	}
}

// recipientMore holds the findings of a recipient that are not statements
// that it gets data: denials, mentions, and denials without a verb of
// passing data on.
type recipientMore struct{ denials, mentions, weakDenials []int }

// weighData settles the data types and recipients once every finding is
// in. A data type's evidence is what says it is collected or shared, or,
// with none, the reader's choices that name it (the reader's own acts
// state no practice of theirs: a type they collect is not quoted from
// "you can refuse cookies"), or, with neither, what says it is not. A recipient gets data when a statement
// passes data to it; an explicit denial ("Our sites do not provide any
// personal information to these third parties") outweighs mere mentions
// ("we use an outside ad company to display ads"), which count only when
// nothing denies. Its evidence is what decided, statements before mentions
// and unconditional ones first; its condition is that of the first.
func (sm *summary) weighData() {
	r := sm.r
	for d, choice := range sm.dtChoice {
		if len(d.Evidence) == 0 {
			d.Evidence = append(d.Evidence, choice...)
		}
	}
	for d, neg := range sm.dtNeg {
		if len(d.Evidence) == 0 {
			d.Evidence = append(d.Evidence, neg...)
		}
	}
	for _, rc := range sm.recs {
		if rc == nil {
			continue
		}
		m := sm.recMore[rc]
		if m == nil {
			m = &recipientMore{}
		}
		switch {
		case len(rc.Evidence) > 0:
			rc.Evidence = append(unconditionalFirst(r, rc.Evidence), unconditionalFirst(r, m.mentions)...)
		case len(m.denials) > 0:
			rc.Negated, rc.Evidence = true, unconditionalFirst(r, m.denials)
		case len(m.mentions) > 0:
			rc.Evidence = unconditionalFirst(r, m.mentions)
		default:
			rc.Negated, rc.Evidence = true, unconditionalFirst(r, m.weakDenials)
		}
		rc.Condition = r.Findings[rc.Evidence[0]].Condition
	}
}

// addRight folds right finding i into the rights, with how to use it.
func (sm *summary) addRight(i int, f *Finding) {
	if f.Negated || sm.deactivationKeeps && f.ID == "deletion" && rubricSets.deactivation.atWordStart(f.Text) {
		return
	}
	x := sm.k.index(keyRight, f.key)
	rt := sm.rights[x]
	if rt == nil {
		e := sm.k.class[keyRight].entries[x]
		rt = &Right{ID: e.ID, Name: e.Name, How: []string{}, Conditions: []string{}, Evidence: []int{}}
		sm.rights[x] = rt
	}
	rt.Evidence = append(rt.Evidence, i)
	for _, h := range sm.details[i].How {
		rt.How = appendUnique(rt.How, h)
	}
	for _, c := range sm.sentContacts[f.Sentence] {
		rt.How = appendUnique(rt.How, c)
	}
}

// lists writes the gathered data types, recipients, rights, measures, legal
// bases and contacts into the report, in report order.
func (sm *summary) lists() {
	r := sm.r
	r.DataTypes = sortedValues(r.DataTypes[:0], sm.dts, func(d *DataType) int64 { return groupRank(d.Group)<<32 | first(d.Evidence) })
	r.Sharing.Recipients = sortedValues(r.Sharing.Recipients[:0], sm.recs, func(rc *Recipient) int64 { return first(rc.Evidence) })
	r.Rights = sortedValues(r.Rights[:0], sm.rights, func(rt *Right) int64 { return first(rt.Evidence) })
	r.Security.Measures = sortedItems(sm.measures)
	r.LegalBases = sortedItems(sm.bases)
	contacts := make([]*Contact, 0, len(sm.contacts))
	for _, c := range sm.contacts {
		contacts = append(contacts, c)
	}
	r.Contacts = sortedValues(r.Contacts[:0], contacts, func(c *Contact) int64 { return first(c.Evidence) })
}

// sortedValues appends to dst the values m points to (but nil) in the
// order of their keys: a first finding of evidence, after a data type's
// group. No two have the same key (no finding is the first evidence of
// two), so that the order of m does not show.
func sortedValues[T any](dst []T, m []*T, key func(*T) int64) []T {
	ks := make([]sortKey, 0, len(m))
	for j, v := range m {
		if v != nil {
			ks = append(ks, sortKey{key(v), j})
		}
	}
	sortKeys(ks)
	for _, k := range ks {
		dst = append(dst, *m[k.i])
	}
	return dst
}

// sortKey is the sort key of the value at index i of a list.
type sortKey struct {
	key int64
	i   int
}

// sortKeys sorts ks by key. The analyzer and the page sort with sort.Sort
// only: each type a generic sort (slices.Sort, slices.SortFunc) is
// instantiated for adds 12-16 KB of code to the page's WASM, and the lists
// are short.
func sortKeys(ks []sortKey) { sort.Sort(byKey(ks)) }

// sortStable orders s by rank, lowest first, keeping the order of equal
// ranks, as slices.SortStableFunc would with rank(a) - rank(b), through
// sortKeys (each value's position breaks ties; ranks are small).
func sortStable(s []int, rank func(v int) int) {
	ks, _ := rankKeys(s, rank)
	sortKeys(ks)
	for j, k := range ks {
		s[j] = k.i
	}
}

// rankKeys returns the sort keys of sortStable for s's values, each rank
// asked once, and whether s is in their order already.
func rankKeys(s []int, rank func(v int) int) (ks []sortKey, sorted bool) {
	ks, sorted = make([]sortKey, len(s)), true
	for j, v := range s {
		ks[j] = sortKey{int64(rank(v))<<32 | int64(j), v}
		if j > 0 && ks[j].key < ks[j-1].key {
			sorted = false
		}
	}
	return ks, sorted
}

type byKey []sortKey

func (ks byKey) Len() int           { return len(ks) }
func (ks byKey) Swap(i, j int)      { ks[i], ks[j] = ks[j], ks[i] }
func (ks byKey) Less(i, j int) bool { return ks[i].key < ks[j].key }

// addItem adds finding i, whose id has key x, to the item of its entry of
// class c among m.
func (sm *summary) addItem(m []*Item, c int, x uint16, i int) {
	k := sm.k.index(c, x)
	it := m[k]
	if it == nil {
		e := sm.k.class[c].entries[k]
		it = &Item{ID: e.ID, Name: e.Name, Evidence: []int{}}
		m[k] = it
	}
	it.Evidence = append(it.Evidence, i)
}

// first returns the first finding of evidence, as a sort key: 0 when
// there is none (a lone item, which has no other to come before).
func first(evidence []int) int64 {
	if len(evidence) == 0 {
		return 0
	}
	return int64(evidence[0])
}

func sortedItems(m []*Item) []Item {
	n := 0
	for _, it := range m {
		if it != nil {
			n++
		}
	}
	return sortedValues(make([]Item, 0, n), m, func(it *Item) int64 { return first(it.Evidence) })
}

func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// datesOnly reports whether change finding i only dates the policy: its
// sentence holds a date of the policy (a finding of kind "updated"), and
// each change finding of the sentence ends at most a few words before one
// ("This policy was last updated on May 1, 2020", "Last revised and
// updated 12/3/2020", "Effective as of January 1, 2020"). Not "We may
// change this policy; it was last updated on May 1, 2020".
func datesOnly(fs []Finding, i int) bool {
	s := fs[i].Sentence
	lo, hi := i, i
	for lo > 0 && fs[lo-1].Sentence == s {
		lo--
	}
	for hi+1 < len(fs) && fs[hi+1].Sentence == s {
		hi++
	}
	dated := false
	for j := lo; j <= hi; j++ {
		if fs[j].Kind != "change" || noticeID(fs[j].ID) {
			continue
		}
		near := false
		for k := lo; k <= hi && !near; k++ {
			near = fs[k].Kind == "updated" && fs[k].Start >= fs[j].End && fs[k].Start-fs[j].End <= 16
		}
		if !near {
			return false
		}
		dated = true
	}
	return dated
}

// noticeID reports whether a change finding's id names a way of telling the
// reader ("notice-email"; not "notice-none").
// wayNamed drops "told" (a notice by no named way: "we will let you know")
// from the ways r's reader is told of changes when another sentence names
// the way (by email, in the service, by asking for consent), and returns
// the ways: the report would say both that the policy names how and that
// it does not. Posting the new version tells no one, so beside it "told"
// stays.
func wayNamed(r *Report) []string {
	notice := r.Changes.Notice
	if len(notice) > 1 && slices.ContainsFunc(notice, func(n string) bool { return n == "email" || n == "in-app" || n == "consent" }) {
		r.Changes.Notice = slices.DeleteFunc(notice, func(n string) bool { return n == "told" })
	}
	return r.Changes.Notice
}

func noticeID(id string) bool { return len(id) > 7 && id[:7] == "notice-" && id != "notice-none" }

// restatedTitles notes as titled each finding of a bold run-in title
// ("**Lodge a complaint.** Users have the right to bring a claim before
// their data protection authority") whose kind and id a finding of the text
// after it states, up to the next run-in title or 1,500 bytes on: the
// sentence is the evidence, the title only names it. Where the text does not
// say it again ("**Demographic data.** Your birth date and sex"), the
// title's finding stands. A title that only sums up (vague data, "third
// parties": "**Data we share with third parties**." over "We share data
// with our affiliates ...") is said again by any finding of its kind (data
// passed on, data collected) in the text after it.
func restatedTitles(fs []Finding) {
	for i := range fs {
		f := &fs[i]
		if f.note&noteRunIn == 0 || f.note&noteTitled != 0 {
			continue
		}
		for j := i + 1; j < len(fs) && fs[j].Sentence.Start < f.Sentence.End+1500; j++ {
			g := &fs[j]
			if g.Sentence == f.Sentence {
				continue
			}
			if g.note&noteRunIn != 0 {
				break // the next title
			}
			if g.Kind == f.Kind && (g.ID == f.ID || summingTitle(f)) && g.note&noteTitled == 0 {
				f.note |= noteTitled
				break
			}
		}
	}
}

// summingTitle reports whether run-in title finding f only sums up what
// the text under it names: vague data or "third parties", collected or
// passed on.
func summingTitle(f *Finding) bool {
	return (f.Kind == "collect" || f.Kind == "share") && (f.ID == "other-third-parties" || slices.Contains(vagueData, f.ID))
}

// stated reports whether finding f may be the evidence of a claim: not from
// a title or a question.
func stated(f *Finding) bool { return f.note&noteTitled == 0 }
