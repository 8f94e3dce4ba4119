package analyzer

import (
	"strings"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// explain returns the one-line plain-English explanation of a finding: for
// the commonest findings (data collected or shared, recipients, rights,
// purposes, sources) one
// written when the rules were compiled, else a new one.
func explain(f *Finding, e *lexicon.Entry) string {
	if i := explainedAt(f.Kind, e.Class, f.Negated); i >= 0 && e.Explained[i] != "" {
		return e.Explained[i]
	}
	return explainText(f, e)
}

// explainedAt is where entry.explained keeps the explanation for a finding
// of kind, negated or not, of an entry of class; -1 for the kinds it does
// not keep. The entries of the purpose and source classes keep those of
// their own kind only.
func explainedAt(kind, class string, negated bool) int {
	i := 0
	switch {
	case kind == "purpose" || kind == "source":
		if class != kind {
			return -1
		}
	case class == "purpose" || class == "source":
		return -1
	case kind == "collect":
	case kind == "share":
		i = 2
	case kind == "right":
		i = 4
	default:
		return -1
	}
	if negated {
		i++
	}
	return i
}

// explainAhead writes the explanations explain keeps for an entry of the
// data type, recipient, right, purpose and source classes.
func explainAhead(e *lexicon.Entry) {
	if e.Class == "purpose" || e.Class == "source" {
		for _, negated := range []bool{false, true} {
			e.Explained[explainedAt(e.Class, e.Class, negated)] = explainText(&Finding{Kind: e.Class, Negated: negated}, e)
		}
		return
	}
	if e.Class != "datatype" && e.Class != "recipient" && e.Class != "right" {
		return
	}
	for _, kind := range []string{"collect", "share", "right"} {
		for _, negated := range []bool{false, true} {
			e.Explained[explainedAt(kind, e.Class, negated)] = explainText(&Finding{Kind: kind, Negated: negated}, e)
		}
	}
}

// explainText writes the one-line plain-English explanation of a finding.
func explainText(f *Finding, e *lexicon.Entry) string {
	if e.Explanation != "" {
		return e.Explanation
	}
	name := e.LowerName
	switch f.Kind {
	case "collect":
		if e.Class == "recipient" { // a source of data: "information from social media sites"
			return "They get data about you from " + name + "."
		}
		if f.Negated {
			return "They say they do NOT collect this: " + name + "."
		}
		return "They collect or use this data: " + name + "."
	case "share":
		if e.Class == "recipient" {
			if f.Negated {
				return "They say data does NOT go to " + name + "."
			}
			return "Data may go to " + name + "."
		}
		if f.Negated {
			return "They say this is NOT shared: " + name + "."
		}
		return "This data may be shared with others: " + name + "."
	case "sale":
		return explainSale(f)
	case "right":
		if f.Negated {
			return "They say you can NOT do this: " + name + "."
		}
		return "Your right or choice: " + name + "."
	case "retention":
		switch f.ID {
		case "indefinite":
			return "They may keep your data indefinitely."
		case "as-needed":
			return "They keep data only as long as it is needed."
		case "cookie-lifetime":
			return "How long a cookie lasts on your device."
		case "not-kept":
			return "They say they do not keep this data."
		}
		return "How long they keep your data."
	case "security":
		switch f.ID {
		case "no-guarantee":
			return "They do not guarantee that your data is secure."
		case "incident":
			return "They speak of a breach of security: what may go wrong or what happens then, no measure that protects your data."
		}
		return "A security measure: " + name + "."
	case "children":
		return "What they say about children and minors."
	case "change":
		switch f.ID {
		case "notice-none":
			return "They may change the policy without telling you."
		case "change":
			return "How this policy may change."
		}
		return "Changes are announced " + name + "."
	case "dnt":
		switch f.ID {
		case "honored":
			return "They say they honor Do Not Track signals."
		case "not-honored":
			return "They do not respond to Do Not Track signals."
		}
		return "They mention Do Not Track."
	case "transfer":
		if f.ID == "international" {
			return "Your data may be moved to other countries."
		}
		return "Safeguard for data moved abroad: " + name + "."
	case "legal-basis":
		return "Legal basis for using your data: " + name + "."
	case "purpose":
		if f.Negated {
			return "They say they do NOT use data for this: " + name + "."
		}
		return "What they use data for: " + name + "."
	case "source":
		if f.Negated {
			return "They say they do NOT get data about you from " + name + "."
		}
		return "They get data about you from " + name + "."
	case "breach":
		switch {
		case f.ID == "within":
			return "How soon they tell you of a breach: " + f.Text + "."
		case f.Negated:
			return "They do NOT promise to tell you of a breach."
		}
		return "They promise to tell you of a breach of your data."
	case "updated":
		if f.ID != "updated" {
			return "When the policy says it took effect: " + f.Text + "."
		}
		return "When the policy says it was last updated: " + f.Text + "."
	case "practice":
		switch f.ID {
		case "collect-unspecified":
			return "They collect or use information, without saying which."
		case "share-unspecified":
			return "They pass information on, without saying which."
		case "share-purpose":
			return "Why they pass your data on."
		case "reader-shares":
			return "You pass data on to others yourself: your act, not theirs."
		}
		return e.Name + "."
	}
	return e.Name
}

// explainSale explains a sale finding by its sense (see decideSale).
func explainSale(f *Finding) string {
	switch {
	case f.ID == "minors" && f.Negated:
		return "They say they do NOT sell the data of minors."
	case f.ID == "minors":
		return "They may sell the data of minors."
	case f.ID == "ordinary":
		return "They say they do NOT sell your data in the ordinary sense of the word, which leaves California law's wider sense open."
	case f.ID == "ccpa" && f.Negated:
		return "They say they do NOT sell your data, even in California law's wide sense."
	case f.ID == "ccpa":
		return "They share your data in a way California's privacy law counts as a sale, such as for targeted ads."
	case f.Negated && IsException(f.Condition):
		return "They say they do NOT sell your data, with an exception."
	case f.Negated && f.Condition != "":
		return "They say they do NOT sell your data, with a condition."
	case f.Negated:
		return "They say they do NOT sell your data."
	}
	return "They may sell or rent your data."
}

// IsException reports whether condition c is an exception ("other than as
// described in this policy", "except to our service providers"): what it
// names is left out of the statement, which it does not make conditional.
func IsException(c string) bool {
	for _, w := range exceptionOpeners {
		if len(c) >= len(w) && strings.EqualFold(c[:len(w)], w) {
			return true
		}
	}
	return false
}

var exceptionOpeners = []string{"other than", "except", "excluding", "apart from", "save for", "with the exception"}

// linkTexts returns src[s:e], a condition, with its links' Markdown left
// out: the text of each link without its brackets and target ("in
// accordance with our [Terms](https://x.example/terms)" reads "in accordance
// with our Terms"), also of a link whose text or target runs on past e (a
// condition ends at its last word: "as our [Terms of Service]" before the
// target).
func linkTexts(src string, s, e int) string {
	t := src[s:e]
	if strings.IndexByte(t, '[') < 0 && strings.IndexByte(t, ']') < 0 {
		return t // (most conditions)
	}
	var b strings.Builder
	for i := s; i < e; {
		switch c := src[i]; {
		case c == '!' && i+1 < e && src[i+1] == '[' && linkLabel(src, i+1),
			c == '[' && linkLabel(src, i):
			i++
		case c == ']' && i+1 < len(src) && src[i+1] == '(' && text.LinkTarget(src[i+1:]) > 0:
			i += 1 + text.LinkTarget(src[i+1:])
		default:
			b.WriteByte(c)
			i++
		}
	}
	return strings.TrimRight(b.String(), " \u00a0")
}

// linkLabel reports whether the '[' at src[i] opens a Markdown link's text:
// a ']' closes it on its line, before another '[', with a target after it.
func linkLabel(src string, i int) bool {
	t := src[i+1 : min(len(src), i+1+500)]
	k := strings.IndexAny(t, "[]\n")
	return k >= 0 && t[k] == ']' && k+1 < len(t) && t[k+1] == '(' && text.LinkTarget(t[k+1:]) > 0
}

// conditionAfter returns the condition that opens s, the rest of an
// exception after what it names ("when they bring a warrant"), or "".
func conditionAfter(s string) string {
	s = strings.TrimLeft(s, " ,;")
	w, _, _ := strings.Cut(s, " ")
	switch strings.ToLower(w) {
	case "when", "whenever", "if", "where", "as", "unless", "only", "provided":
		return s
	}
	return ""
}
