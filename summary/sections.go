package summary

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer"
)

func notices(r *analyzer.Report) Section {
	s := section(Notices, "About this input", "")
	for _, n := range r.Notices {
		it := Item{ID: n.ID, Text: Clean(n.Message)}
		switch n.Level {
		case "error":
			it.Tone, it.Label = Bad, "Error"
		case "warning":
			it.Tone, it.Label = Warn, "Warning"
		}
		s.add(it)
	}
	return s
}

// points lists the report's points of one tone: the concerns, what is in
// the reader's favour, or what is neither but worth knowing (a minimum
// age, keeping data as long as needed), which is not a concern.
func points(id, title, empty string, r *analyzer.Report, tone Tone) Section {
	s := section(id, title, empty)
	for _, p := range r.Points {
		if pointTone(p.Polarity) == tone {
			s.add(Item{ID: p.ID, Text: Clean(p.Text), Tone: tone, Evidence: p.Evidence})
		}
	}
	return s
}

func pointTone(polarity string) Tone {
	switch polarity {
	case "good":
		return Good
	case "bad":
		return Bad
	}
	return Plain
}

// collected lists the data types by group, the most sensitive groups first
// (the order of names) and in report order within a group.
func collected(r *analyzer.Report) Section {
	s := section(Collected, "What they collect", "No kinds of personal data were found.")
	var groups []string
	for _, dt := range r.DataTypes {
		if !slices.Contains(groups, dt.Group) {
			groups = append(groups, dt.Group)
		}
	}
	for i := 1; i < len(groups); i++ { // a stable insertion sort: there are a dozen groups at most
		for j := i; j > 0 && groupRank(groups[j]) < groupRank(groups[j-1]); j-- {
			groups[j], groups[j-1] = groups[j-1], groups[j]
		}
	}
	for _, g := range groups {
		grp := Group{ID: Clean(g), Title: GroupName(Clean(g))}
		for _, dt := range r.DataTypes {
			if dt.Group == g {
				grp.Items = append(grp.Items, dataType(dt))
			}
		}
		s.Groups = append(s.Groups, grp)
	}
	return s
}

func dataType(dt analyzer.DataType) Item {
	var tags []string
	if dt.Collected {
		tags = append(tags, "collected")
	}
	if dt.Shared {
		tags = append(tags, "shared")
	}
	if dt.Sensitive {
		tags = append(tags, "sensitive")
	}
	// Sensitive data neither collected nor shared is named only, mostly to
	// deny it ("we do not collect health data"): no warning.
	if !dt.Collected && !dt.Shared {
		tags = append(tags, "mentioned only")
	}
	it := Item{ID: Clean(dt.ID), Text: name(Clean(dt.Name), Clean(dt.ID)) + " (" + strings.Join(tags, ", ") + ")", Evidence: evidence(dt.Evidence)}
	if dt.Shared || dt.Sensitive && dt.Collected {
		it.Tone = Warn
	}
	return it
}

// sharing says whether data is sold, then who receives it.
func sharing(r *analyzer.Report) Section {
	s := section(Sharing, "Who gets your data", "")
	sale := Item{Evidence: r.Sharing.SaleEvidence}
	switch r.Sharing.Sale {
	case "yes":
		sale.Text, sale.Tone = "They may sell your personal data.", Bad
	case "ccpa":
		sale.Text, sale.Tone = "They share your data in ways California's privacy law counts as a sale (such as for targeted ads), though not for money.", Bad
	case "no":
		sale.Text, sale.Tone = "They say they do not sell your personal data.", Good
	default:
		sale.Text = "The policy does not say whether your data is sold."
	}
	if r.Sharing.SaleCondition != "" {
		sale.Details = append(sale.Details, condition(r.Sharing.SaleCondition))
	}
	s.add(sale)
	if len(r.Sharing.Recipients) == 0 {
		s.add(Item{Text: "No recipients of your data are named."})
	}
	for _, rc := range r.Sharing.Recipients {
		who := lowerFirst(name(Clean(rc.Name), Clean(rc.ID)))
		it := Item{ID: Clean(rc.ID), Text: "Shared with " + who, Tone: Warn, Evidence: rc.Evidence}
		switch {
		case rc.Negated:
			it.Text, it.Tone = "Not shared with "+who, Good
		case rc.AggregateOnly:
			it.Text, it.Tone = "Shared with "+who+", only aggregate or anonymous data", Plain
		}
		if rc.Condition != "" {
			it.Details = append(it.Details, condition(rc.Condition))
		}
		s.add(it)
	}
	return s
}

func rights(r *analyzer.Report) Section {
	s := section(Rights, "Your rights and choices", "No rights or choices are described.")
	for _, rt := range r.Rights {
		it := Item{ID: Clean(rt.ID), Text: name(Clean(rt.Name), Clean(rt.ID)), Evidence: rt.Evidence}
		if rt.ID == "opt-out-sale" && r.Sharing.Sale == "no" {
			// A right to opt out of sales in a policy that says it sells
			// nothing (a state law's right, granted in general): "the
			// sale" would read as if data were sold.
			it.Text = "Opt out of any sale or sharing of your data"
			it.Details = append(it.Details, "They say they do not sell your data.")
		}
		if len(rt.How) > 0 {
			it.Details = append(it.Details, "How: "+cleanJoin(rt.How, "; "))
		}
		if len(rt.Conditions) > 0 {
			it.Details = append(it.Details, "Conditions: "+cleanJoin(rt.Conditions, "; "))
		}
		s.add(it)
	}
	return s
}

func retention(r *analyzer.Report) Section {
	s := section(Retention, "How long they keep it", "")
	it := Item{Evidence: r.Retention.Evidence}
	switch r.Retention.Policy {
	case "indefinite":
		it.Text, it.Tone = "Data may be kept indefinitely.", Bad
	case "limited":
		it.Text, it.Tone = "Data is kept for a limited time.", Good
	case "partial":
		it.Text = "They say how long some data is kept, but not how long they keep the rest."
	case "as-needed":
		it.Text = "Data is kept as long as they consider it necessary."
	case "mentioned":
		it.Text = "The policy speaks of keeping or deleting data, but gives no period."
		if len(r.Retention.Periods) > 0 {
			it.Text = "They say how long they keep some data at least, but give no limit."
		} else if logsOnly(r) {
			it.Text = "They keep logs of how the service is used, but give no period."
		}
	case "none":
		it.Text = "They say some data is not kept at all (quoted), but not how long they keep the rest."
	default:
		it.Text = "The policy does not say how long data is kept."
	}
	if len(r.Retention.Periods) > 0 {
		it.Details = append(it.Details, "Periods mentioned: "+cleanJoin(r.Retention.Periods, ", "))
	}
	s.add(it)
	return s
}

// purposes says what the data is used for, targeted advertising as a
// concern, other advertising and marketing as worth a look, and a promise
// to use only the data its purposes need as in the reader's favour.
func purposes(r *analyzer.Report) Section {
	s := section(Purposes, "What they use it for", "The policy does not say what your data is used for.")
	for _, p := range r.Purposes {
		it := Item{ID: Clean(p.ID), Text: name(Clean(p.Name), Clean(p.ID)), Evidence: p.Evidence}
		switch {
		case p.ID == "advertising" && p.Targeted:
			it.Text, it.Tone = "Targeted advertising", Bad
		case p.ID == "advertising" || p.ID == "marketing":
			it.Tone = Warn
		case p.ID == "limited":
			it.Tone = Good
		}
		s.add(it)
	}
	return s
}

// sources lists where they get data about the reader besides the reader.
func sources(r *analyzer.Report) Section {
	s := section(Sources, "Where else they get your data", "The policy names no source of your data but you.")
	for _, src := range r.Sources {
		it := Item{ID: Clean(src.ID), Text: "From " + lowerFirst(name(Clean(src.Name), Clean(src.ID))), Tone: Warn, Evidence: src.Evidence}
		if src.ID == "data-brokers" {
			it.Tone = Bad
		}
		s.add(it)
	}
	return s
}

// security lists the measures named, then whether the reader is told of a
// breach.
func security(r *analyzer.Report) Section {
	s := list(Security, "Security", "", r.Security.Measures)
	if len(s.Groups) == 0 {
		s.add(Item{Text: "No security measures are named."})
	}
	it := Item{Text: "The policy does not say whether you are told of a breach.", Evidence: r.Breach.Evidence}
	switch r.Breach.Notify {
	case "yes":
		it.Text, it.Tone = "They say they will tell you of a breach.", Good
		if r.Breach.Within != "" {
			it.Text = "They say they will tell you of a breach within " + Clean(r.Breach.Within) + "."
		}
	case "no":
		it.Text, it.Tone = "They say they may not tell you of a breach.", Bad
	}
	s.add(it)
	return s
}

// list is a section of named items, such as security measures.
func list(id, title, empty string, items []analyzer.Item) Section {
	s := section(id, title, empty)
	for _, it := range items {
		s.add(Item{ID: Clean(it.ID), Text: name(Clean(it.Name), Clean(it.ID)), Evidence: it.Evidence})
	}
	return s
}

func children(r *analyzer.Report) Section {
	s := section(Children, "Children", "")
	it := Item{Evidence: r.Children.Evidence}
	switch {
	case r.Children.MinAge > 0 && r.Children.ConsentAge > 0:
		it.Text = "Not meant for children under " + strconv.Itoa(r.Children.MinAge) + "; those under " + strconv.Itoa(r.Children.ConsentAge) + " need a parent's consent."
	case r.Children.MinAge > 0:
		it.Text = "Not meant for children under " + strconv.Itoa(r.Children.MinAge) + "."
	case r.Children.ConsentAge > 0:
		it.Text = "Children under " + strconv.Itoa(r.Children.ConsentAge) + " need a parent's consent."
	case len(r.Children.Evidence) > 0:
		it.Text = "Children are mentioned, but no minimum age is stated."
	default:
		it.Text = "The policy does not mention children."
	}
	s.add(it)
	return s
}

func doNotTrack(r *analyzer.Report) Section {
	s := section(DoNotTrack, "Do Not Track", "")
	it := Item{Evidence: r.DoNotTrack.Evidence}
	switch r.DoNotTrack.Status {
	case "honored":
		it.Text, it.Tone = "Browser Do Not Track signals are honoured.", Good
	case "not-honored":
		it.Text, it.Tone = "Browser Do Not Track signals are ignored.", Bad
	default:
		it.Text = "The policy does not mention Do Not Track."
		if len(r.DoNotTrack.Evidence) > 0 {
			it.Text = "Do Not Track is mentioned, but not whether they honour it."
		}
	}
	s.add(it)
	return s
}

func changes(r *analyzer.Report) Section {
	s := section(Changes, "Changes to the policy", "")
	it := Item{Evidence: r.Changes.Evidence}
	switch {
	case len(r.Changes.Notice) > 0:
		var how []string
		for _, n := range r.Changes.Notice {
			how = append(how, lookup(names.ChangeNotices, Clean(n)))
		}
		it.Text = "You are told about changes " + joinAnd(how) + "."
	case r.Changes.Mentioned:
		it.Text = "Changes are mentioned, but not how you are told about them."
	default:
		it.Text = "The policy does not say how changes are announced."
	}
	if r.Updated.Text != "" || r.Updated.Date != "" {
		s.add(Item{ID: "last-updated", Text: "Last updated: " + Clean(firstOf(r.Updated.Text, r.Updated.Date)), Evidence: r.Updated.Evidence})
	}
	s.add(it)
	return s
}

func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func transfers(r *analyzer.Report) Section {
	s := section(Transfers, "International transfers", "")
	it := Item{Evidence: r.Transfers.Evidence}
	switch {
	case !r.Transfers.Mentioned && len(r.Transfers.Safeguards) == 0:
		it.Text = "The policy does not mention transfers to other countries."
	case len(r.Transfers.Safeguards) > 0:
		it.Text = "Your data may be transferred to other countries."
		var sg []string
		for _, id := range r.Transfers.Safeguards {
			sg = append(sg, safeguardName(Clean(id)))
		}
		it.Details = append(it.Details, "Safeguards: "+strings.Join(sg, ", "))
	default:
		it.Text = "Your data may be transferred to other countries."
		it.Details = append(it.Details, "No safeguards are named.")
	}
	s.add(it)
	return s
}

func contacts(r *analyzer.Report) Section {
	s := section(Contacts, "Contacts", "No contact details were found.")
	for _, c := range r.Contacts {
		s.add(Item{Text: lookup(names.ContactKinds, Clean(c.Kind)) + ": " + Clean(c.Value), Evidence: c.Evidence})
	}
	return s
}

// missing lists the policy's gaps: what a complete policy says and this
// one does not. A gap is not a practice, so it has no tone: faces show the
// section quieter than the concerns.
func missing(r *analyzer.Report) Section {
	none := "Nothing expected is missing."
	for _, n := range r.Notices {
		if n.ID == "outline" { // read from key words: an absence is no claim it can make
			none = "Read in outline: what the policy leaves out is not listed."
		}
	}
	s := section(Missing, "What the policy does not say", none)
	for _, m := range r.Missing {
		it := Item{ID: Clean(m.ID), Text: Clean(m.Text)} // a gap, not a practice: no tone
		if m.Law != "" {
			it.Details = append(it.Details, "Required by "+Clean(m.Law))
		}
		s.add(it)
	}
	return s
}

// evidence is ev, never nil, so that JavaScript always gets an array.
func evidence(ev []int) []int {
	if ev == nil {
		return []int{}
	}
	return ev
}

func cleanJoin(xs []string, sep string) string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = Clean(x)
	}
	return strings.Join(out, sep)
}

// lowerFirst lower-cases the first letter unless the word looks like an
// acronym ("Advertisers" → "advertisers", "A buyer" → "a buyer", "EU" stays).
func lowerFirst(s string) string {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' || (s[1] < 'a' || s[1] > 'z') && s[1] != ' ' {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// joinAnd joins items as English prose: "a", "a and b", "a, b and c".
func joinAnd(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// maxConditionRunes bounds a condition quoted from the policy.
const maxConditionRunes = 120

// condition formats a condition taken from the policy, shortened when long;
// one that leaves something out ("other than as described above", "except
// to our service providers") is an exception.
func condition(s string) string {
	s = strings.TrimSpace(Clean(s))
	label := "Condition: "
	if analyzer.IsException(s) {
		label = "Exception: "
	}
	if utf8.RuneCountInString(s) > maxConditionRunes {
		s = cutRight(s, maxConditionRunes) + "…"
	}
	return label + s
}
