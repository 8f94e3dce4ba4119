package summary

import (
	"slices"
	"strconv"

	"github.com/policylens/policylens/analyzer"
)

// Verdict is what a reader asks of a policy first: a score out of 10 with a
// word and a tone (its colour), the plain answers to the questions readers
// ask, each with its evidence, and PrivacySpy's rubric answered.
type Verdict struct {
	Score   string   `json:"score,omitempty"` // out of 10, one decimal ("4.5"); empty when the report has no rubric
	Word    string   `json:"word,omitempty"`  // the score in a word: "Good", "Fair" or "Poor"
	Tone    Tone     `json:"tone,omitempty"`
	Answers []Answer `json:"answers"` // the plain answers, in the order a reader asks
	Rubric  []Answer `json:"rubric"`  // one per PrivacySpy question, in the report's order
	Credit  string   `json:"credit"`  // whose rubric it is, to show beside it
}

// Answer is one question and its answer in plain words. For a rubric
// answer, ID is PrivacySpy's question slug and Option its option id.
type Answer struct {
	ID       string `json:"id"`
	Question string `json:"question"`
	Answer   string `json:"answer"`
	Option   string `json:"option,omitempty"`
	Tone     Tone   `json:"tone,omitempty"`
	Evidence []int  `json:"evidence"`
}

// RubricCredit credits PrivacySpy for the rubric, as its licence asks.
const RubricCredit = "Questions and scoring: PrivacySpy's rubric (privacyspy.org), CC BY 4.0."

// The ids of the plain answers.
const (
	AnswerSale       = "sale"
	AnswerAds        = "ads"
	AnswerDelete     = "delete"
	AnswerKept       = "kept"
	AnswerRecipients = "recipients"
	AnswerChildren   = "children"
	AnswerDNT        = "dnt"
)

// scoreWord puts a score in a word and a tone: 7 and up is good, under 4
// poor, fair between.
func scoreWord(score float64) (string, Tone) {
	switch {
	case score >= 7:
		return "Good", Good
	case score >= 4:
		return "Fair", Warn
	}
	return "Poor", Bad
}

// verdictOf builds the verdict of a report.
func verdictOf(r *analyzer.Report) *Verdict {
	v := &Verdict{Credit: RubricCredit, Rubric: []Answer{}}
	if len(r.Rubric.Items) > 0 {
		s := min(max(r.Rubric.Score, 0), 10)
		v.Score = strconv.FormatFloat(s, 'f', 1, 64)
		v.Word, v.Tone = scoreWord(s)
	}
	for _, it := range r.Rubric.Items {
		pct, _ := analyzer.RubricPercent(it.ID, it.Answer)
		tone := Bad
		switch {
		case pct >= 60: // "Yes" to security practices earns 60%: audits earn more
			tone = Good
		case pct >= 30:
			tone = Warn
		}
		text := Clean(it.AnswerText)
		if len(it.Evidence) == 0 && practiceQuestion(it.ID) {
			text, tone = unstatedAnswer(text, pct)
		}
		v.Rubric = append(v.Rubric, Answer{ID: Clean(it.ID), Question: Clean(it.Question), Answer: text,
			Option: Clean(it.Answer), Tone: tone, Evidence: evidence(it.Evidence)})
	}
	v.Answers = []Answer{
		saleAnswer(r),
		adsAnswer(rubricItem(r, "behavioral-marketing")),
		deleteAnswer(rubricItem(r, "data-deletion"), r),
		keptAnswer(r),
		recipientsAnswer(r),
		childrenAnswer(r),
		dntAnswer(r),
	}
	return v
}

// practiceQuestion tells the rubric questions about what the service does
// (shares, targets ads, deletes, collects from others, lets the reader
// choose, tells of changes) from those about the policy's own text (does it
// list the data, say why, keep its history, outline security, promise a
// breach notice). The policy's silence answers the second kind; to the
// first it is no answer, although PrivacySpy's options have none for it.
func practiceQuestion(slug string) bool {
	switch slug {
	case "third-party-access", "behavioral-marketing", "data-deletion",
		"third-party-collection", "noncritical-purposes", "revision-notify":
		return true
	}
	return false
}

// unstatedAnswer words a practice answer the policy's silence decided:
// not stated, with the option the score counts (a ✔ would claim the
// policy said something good). Silence that scores well is plain, silence
// that costs points a warning.
func unstatedAnswer(option string, pct int) (string, Tone) {
	text := "Not stated (scored as “" + option + "”)"
	if pct >= 60 {
		return text, Plain
	}
	return text, Warn
}

// rubricItem is the report's answer to a rubric question, or none.
func rubricItem(r *analyzer.Report, slug string) analyzer.RubricItem {
	for _, it := range r.Rubric.Items {
		if it.ID == slug {
			return it
		}
	}
	return analyzer.RubricItem{}
}

func saleAnswer(r *analyzer.Report) Answer {
	a := Answer{ID: AnswerSale, Question: "Do they sell your data?", Answer: "Not stated", Evidence: evidence(r.Sharing.SaleEvidence)}
	switch r.Sharing.Sale {
	case "yes":
		a.Answer, a.Tone = "Yes, they may", Bad
	case "ccpa":
		// Shared in ways California's law counts as a sale (for
		// targeted ads, say), though not sold for money: the policy's
		// own sense, not silence.
		a.Answer, a.Tone = "Yes, in California's legal sense", Warn
	case "no":
		a.Answer, a.Tone = "No, they say", Good
		if r.Sharing.SaleCondition != "" {
			a.Answer = "No, with a condition"
			if analyzer.IsException(r.Sharing.SaleCondition) {
				a.Answer = "No, with an exception"
			}
		}
	}
	return a
}

// adsAnswer reads the rubric's behavioral-marketing answer; an answer of
// "no" with no evidence is the policy's silence.
func adsAnswer(it analyzer.RubricItem) Answer {
	a := Answer{ID: AnswerAds, Question: "Used for targeted ads?", Answer: "Not stated", Evidence: evidence(it.Evidence)}
	switch it.Answer {
	case "yes":
		a.Answer, a.Tone = "Yes", Bad
	case "yes-opt-out":
		a.Answer, a.Tone = "Yes, unless you opt out", Warn
	case "yes-opt-in":
		a.Answer, a.Tone = "Only if you opt in", Warn
	case "no":
		if len(it.Evidence) > 0 {
			a.Answer, a.Tone = "No, they say", Good
		}
	}
	return a
}

func deleteAnswer(it analyzer.RubricItem, r *analyzer.Report) Answer {
	a := Answer{ID: AnswerDelete, Question: "Can you delete it?", Answer: "Not stated", Tone: Warn, Evidence: evidence(it.Evidence)}
	switch it.Answer {
	case "yes-automated":
		a.Answer, a.Tone = "Yes, in your account", Good
	case "yes-contact":
		a.Answer, a.Tone = "Yes, on request", Good
	case "":
		for _, rt := range r.Rights { // a report without a rubric
			if rt.ID == "deletion" {
				a.Answer, a.Tone, a.Evidence = "Yes", Good, evidence(rt.Evidence)
			}
		}
	}
	return a
}

func keptAnswer(r *analyzer.Report) Answer {
	a := Answer{ID: AnswerKept, Question: "How long do they keep it?", Answer: "Not stated", Tone: Warn, Evidence: evidence(r.Retention.Evidence)}
	switch r.Retention.Policy {
	case "indefinite":
		a.Answer, a.Tone = "Possibly forever", Bad
	case "limited":
		a.Answer, a.Tone = "A stated time", Good
		if len(r.Retention.Periods) > 0 {
			a.Answer = cutPeriods(r.Retention.Periods, r.Retention.Days, 40)
		}
	case "partial":
		// Periods of some data only ("IP addresses: 30 days"): not how
		// long the rest is kept.
		a.Answer, a.Tone = "Some data: "+cutPeriods(r.Retention.Periods, r.Retention.Days, 30), Plain
	case "as-needed":
		a.Answer, a.Tone = "As long as they need it", Plain
		if len(r.Retention.Periods) > 0 {
			// Periods beside keeping data as long as needed are of some
			// data, or after the reader leaves ("we delete IP addresses
			// after 100 days").
			a.Answer = "As long as needed; some data: " + cutPeriods(r.Retention.Periods, r.Retention.Days, 24)
		}
	case "mentioned":
		a.Answer = "No period given"
		if len(r.Retention.Periods) > 0 {
			// Only the least time some data is kept ("for at least seven
			// years"): no limit.
			a.Answer = "No limit given; " + cutPeriods(r.Retention.Periods, r.Retention.Days, 26)
		} else if logsOnly(r) {
			a.Answer = "Keeps logs, no period given"
		}
	case "none":
		// Only denials ("we never keep logs"): some data is not kept,
		// which says nothing of how long the rest is.
		a.Answer, a.Tone = "Some data not kept, they say", Plain
	}
	return a
}

// cutPeriods lists periods as cutItems does, in the policy's order, but
// never leaves out the longest (days, see analyzer.Retention.Days): when the
// cut would, the longest comes first ("6 years, 90 days, one year" rather
// than "90 days, one year, five years" with "6 years" cut), so the line says
// how long data may be kept at most.
func cutPeriods(periods []string, days []float64, n int) string {
	out, shown := cutItems(periods, n)
	most, at := 0.0, -1
	for i, d := range days {
		if d > most && i < len(periods) {
			most, at = d, i
		}
	}
	if at < 0 || slices.Contains(days[:min(shown, len(days))], most) {
		return out
	}
	first := append([]string{periods[at]}, periods[:at]...)
	out, _ = cutItems(append(first, periods[at+1:]...), n)
	return out
}

// logsOnly reports whether the report's only evidence of keeping data is
// that they keep logs (retention findings "logs": "we use log files", "we
// log your IP address"), which says that logs are kept, not that other data
// is.
func logsOnly(r *analyzer.Report) bool {
	for _, i := range r.Retention.Evidence {
		if i < 0 || i >= len(r.Findings) || r.Findings[i].Kind != "retention" || r.Findings[i].ID != "logs" {
			return false
		}
	}
	return len(r.Retention.Evidence) > 0
}

// concern orders recipients for the reader: those that matter most first.
var concern = []string{"advertisers", "other-third-parties", "business-partners", "social-networks", "analytics",
	"affiliates", "service-providers", "law-enforcement", "business-transfer", "public"}

// recipientsAnswer names who gets the data, those that matter most first
// (recipients the analyzer may add later come last).
func recipientsAnswer(r *analyzer.Report) Answer {
	a := Answer{ID: AnswerRecipients, Question: "Who gets it?", Answer: "No one named", Evidence: []int{}}
	var names []string
	n := 0
	for k := 0; k <= len(concern); k++ {
		for _, rc := range r.Sharing.Recipients {
			known := slices.Contains(concern, rc.ID)
			if rc.Negated || k < len(concern) && rc.ID != concern[k] || k == len(concern) && known || rc.AggregateOnly {
				continue
			}
			if n == 0 && (k == 0 || r.Sharing.Sale == "yes") {
				a.Tone = Bad // advertisers first, or a sale
			}
			if n < 3 {
				names = append(names, lowerFirst(name(Clean(rc.Name), Clean(rc.ID))))
			}
			if len(rc.Evidence) > 0 {
				a.Evidence = append(a.Evidence, rc.Evidence[0])
			}
			n++
		}
	}
	if n == 0 {
		// Only denials: "We do not share your personal information with
		// third parties" is an answer, not silence.
		for _, rc := range r.Sharing.Recipients {
			if rc.Negated && rc.ID == "other-third-parties" {
				a.Answer, a.Tone = "No third parties, they say", Good
				a.Evidence = append(a.Evidence, rc.Evidence...)
				return a
			}
		}
		// A sale denied by denying any passing on of the reader's data
		// ("Your data is never shared with anyone"): the analyzer's sale
		// verdict rests on a sharing finding, not a selling one.
		if ev := r.Sharing.SaleEvidence; r.Sharing.Sale == "no" && len(ev) > 0 && ev[0] < len(r.Findings) && r.Findings[ev[0]].Kind == "share" {
			a.Answer, a.Tone = "No one, they say", Good
			a.Evidence = append(a.Evidence, ev[0])
		}
		return a
	}
	if n > 3 {
		names = append(names, strconv.Itoa(n-3)+" more")
	}
	a.Answer = upperFirst(joinAnd(names))
	if a.Tone == Plain {
		a.Tone = Warn
	}
	return a
}

func childrenAnswer(r *analyzer.Report) Answer {
	a := Answer{ID: AnswerChildren, Question: "Children?", Answer: "Not mentioned", Evidence: evidence(r.Children.Evidence)}
	minAge, consentAge := strconv.Itoa(r.Children.MinAge), strconv.Itoa(r.Children.ConsentAge)
	switch {
	case r.Children.MinAge > 0 && r.Children.ConsentAge > 0:
		a.Answer = "Not for under-" + minAge + "s; under-" + consentAge + "s need a parent's consent"
	case r.Children.MinAge > 0:
		a.Answer = "Not for under-" + minAge + "s"
	case r.Children.ConsentAge > 0:
		a.Answer = "Under-" + consentAge + "s need a parent's consent"
	case len(r.Children.Evidence) > 0:
		a.Answer = "Mentioned, no minimum age"
	}
	return a
}

func dntAnswer(r *analyzer.Report) Answer {
	a := Answer{ID: AnswerDNT, Question: "Do Not Track?", Answer: "Not mentioned", Evidence: evidence(r.DoNotTrack.Evidence)}
	switch r.DoNotTrack.Status {
	case "honored":
		a.Answer, a.Tone = "Honoured", Good
	case "not-honored":
		a.Answer, a.Tone = "Ignored", Bad
	default:
		if len(r.DoNotTrack.Evidence) > 0 {
			// Named without saying whether they honour it ("operators
			// are required to disclose how they respond to 'do not
			// track' signals").
			a.Answer = "Mentioned, no answer"
		}
	}
	return a
}

// upperFirst capitalises an ASCII first letter.
func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
