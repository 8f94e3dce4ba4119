package main

import (
	"bufio"
	_ "embed"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/policylens/policylens/analyzer"
)

// tosdrClaims maps a ToS;DR case to the claim a report must make for a
// point of that case to count as stated (see claimHolds).
//
//go:embed tosdr-claims.json
var tosdrClaims []byte

// point is one line of tosdr/points.jsonl.
type point struct {
	ID      string `json:"id"`
	Service string `json:"service"`
	Case    string `json:"case"`
	Quote   string `json:"quote"`
}

// htmlTag matches an HTML tag and captures its name.
var htmlTag = regexp.MustCompile(`</?([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>`)

// cutTags match the pieces of a tag a quote was cut through at its start
// ("p> ...") and at its end ("... 2019</i").
var cutTagStart, cutTagEnd = regexp.MustCompile(`^\s*/?[a-zA-Z][a-zA-Z0-9]*>`), regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*\s*$`)

// blockTags are the tags that break a line where a browser shows the text.
var blockTags = map[string]bool{"p": true, "br": true, "li": true, "ul": true, "ol": true, "div": true, "tr": true, "td": true,
	"th": true, "table": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "section": true, "dt": true, "dd": true}

// quoteText is a quote as its page shows it: volunteers copied many from the
// page's HTML source ("October&nbsp;2020", "<p>Effective:</p>"), which no
// reader pastes. Entities are decoded (twice: some were escaped twice) and
// tags dropped, a block's tag breaking the line, as are the pieces of tags
// the quote was cut through at either end.
func quoteText(q string) string {
	q = html.UnescapeString(html.UnescapeString(q))
	q = cutTagEnd.ReplaceAllString(cutTagStart.ReplaceAllString(q, ""), "")
	return htmlTag.ReplaceAllStringFunc(q, func(tag string) string {
		if blockTags[strings.ToLower(htmlTag.FindStringSubmatch(tag)[1])] {
			return "\n"
		}
		return ""
	})
}

// tosdrResult is how many points of one claim the reports stated.
type tosdrResult struct{ stated, total int }

// evalToSDR analyses each ToS;DR quote whose case maps to a claim, alone, and
// counts the points whose claim the report makes: per claim, over all
// points, and as the mean over services (each service weighs the same).
// When rulesAlone is not nil it reads each quote with it too (the rules
// without the sentence model) and prints, per claim, the points each states
// and the other does not: what the model loses and what it adds.
func evalToSDR(corpus string, analyse, rulesAlone func(string) *analyzer.Report, errs string) error {
	var file struct {
		Claims map[string]string `json:"claims"`
	}
	if err := json.Unmarshal(tosdrClaims, &file); err != nil {
		return err
	}
	f, err := os.Open(filepath.Join(corpus, "tosdr", "points.jsonl"))
	if err != nil {
		return err
	}
	defer f.Close()
	byClaim := map[string]*tosdrResult{}
	byService := map[string]*tosdrResult{}
	var english tosdrResult // the points whose quote the analyzer reads as English
	var outline tosdrResult // the points whose quote it reads in outline, in another language (docs/outline.md)
	// Every point is read first: a claim of several facts ("access and
	// deletion") is judged over all the quotes of its service and case.
	type read struct {
		p     point
		claim string
		r, r0 *analyzer.Report // with the model, and the rules alone (or nil)
	}
	var points []read
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var p point
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			return err
		}
		claim := file.Claims[p.Case]
		if claim == "" || strings.TrimSpace(p.Quote) == "" {
			continue
		}
		x := read{p: p, claim: claim, r: analyse(quoteText(p.Quote))}
		if rulesAlone != nil {
			x.r0 = rulesAlone(quoteText(p.Quote))
		}
		points = append(points, x)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	siblings, siblings0 := map[string][]*analyzer.Report{}, map[string][]*analyzer.Report{} // the reports of a service's quotes of one case
	for _, x := range points {
		k := x.p.Service + "\x00" + x.p.Case
		siblings[k] = append(siblings[k], x.r)
		siblings0[k] = append(siblings0[k], x.r0)
	}
	lost, gained := map[string]int{}, map[string]int{} // by claim: stated by the rules alone only, with the model only
	for _, x := range points {
		p, claim, r := x.p, x.claim, x.r
		k := p.Service + "\x00" + p.Case
		ok := claimHolds(r, claim) || claimSplit(r, siblings[k], claim)
		if x.r0 != nil {
			ok0 := claimHolds(x.r0, claim) || claimSplit(x.r0, siblings0[k], claim)
			switch {
			case ok0 && !ok:
				lost[claim]++
				if askedClaim(errs, claim) {
					fmt.Printf("LOST %s %s: %s\n    rules alone: %s\n    with model:  %s\n", p.ID, claim, clip(p.Quote), reportSays(x.r0, claim), reportSays(r, claim))
				}
			case ok && !ok0:
				gained[claim]++
			}
			if dump != nil {
				fmt.Fprintf(dump, "tosdr-rules %s %s %v\n", p.ID, strings.ReplaceAll(claim, " ", "_"), ok0)
			}
		}
		count(byClaim, claim, ok)
		switch r.Language {
		case "en":
			english.add(ok)
		case "unknown":
		default:
			outline.add(ok)
		}
		count(byService, p.Service, ok)
		if dump != nil {
			fmt.Fprintf(dump, "tosdr %s %s %v %s\n", p.ID, strings.ReplaceAll(claim, " ", "_"), ok, clip(p.Quote))
		}
		inOutline := r.Language != "en" && r.Language != "unknown"
		if !ok && (askedClaim(errs, claim) || inOutline && asked(errs, "outline")) {
			lang := ""
			if inOutline {
				lang = " [" + r.Language + "]"
			}
			fmt.Printf("MISS %s%s %s: %s\n    read: %s\n", p.ID, lang, claim, clip(p.Quote), reportSays(r, claim))
		}
	}
	claims := make([]string, 0, len(byClaim))
	var all tosdrResult
	for c, r := range byClaim {
		claims = append(claims, c)
		all.stated += r.stated
		all.total += r.total
	}
	sort.Strings(claims)
	fmt.Printf("%-36s %9s %8s\n", "claim", "stated", "points")
	for _, c := range claims {
		r := byClaim[c]
		fmt.Printf("%-36s %8.1f%% %8d\n", c, 100*float64(r.stated)/float64(r.total), r.total)
	}
	mean := 0.0
	for _, r := range byService {
		mean += float64(r.stated) / float64(r.total)
	}
	fmt.Printf("%-36s %8.1f%% %8d\n", "all points", 100*float64(all.stated)/float64(all.total), all.total)
	fmt.Printf("%-36s %8.1f%% %8d services\n", "mean over services", 100*mean/float64(len(byService)), len(byService))
	// The analyzer reads English only: the points in other languages are
	// misses by construction, so their share is worth seeing apart.
	fmt.Printf("%-36s %8.1f%% %8d (the others are not English)\n", "points read as English", 100*float64(english.stated)/float64(english.total), english.total)
	if outline.total > 0 {
		fmt.Printf("%-36s %8.1f%% %8d\n", "points read in outline", 100*float64(outline.stated)/float64(outline.total), outline.total)
	}
	if rulesAlone != nil {
		fmt.Printf("\nThe sentence model against the rules alone: points stated by the rules alone only (lost), with the model only (gained)\n")
		tl, tg := 0, 0
		for _, c := range claims {
			if lost[c]+gained[c] > 0 {
				fmt.Printf("%-36s lost %4d gained %4d\n", c, lost[c], gained[c])
			}
			tl, tg = tl+lost[c], tg+gained[c]
		}
		fmt.Printf("%-36s lost %4d gained %4d: rules alone %.1f%%\n", "all points", tl, tg, 100*float64(all.stated-tg+tl)/float64(all.total))
	}
	return nil
}

// claimSplit reports whether a claim of several facts ("right:access+deletion")
// is stated by the quotes of one service and case together, report r's
// quote stating one of them: volunteers often quote the right of access and
// the right to erasure as two points of the same case, each quote stating
// its half, and the case's fact is then stated, not missed twice.
func claimSplit(r *analyzer.Report, siblings []*analyzer.Report, claim string) bool {
	kind, value, _ := strings.Cut(claim, ":")
	if !strings.Contains(value, "+") {
		return false
	}
	own := false
	for _, v := range strings.Split(value, "+") {
		part := kind + ":" + v
		own = own || claimHolds(r, part)
		stated := false
		for _, s := range siblings {
			stated = stated || claimHolds(s, part)
		}
		if !stated {
			return false
		}
	}
	return own
}

// count counts one point, stated or not, under key.
func count(m map[string]*tosdrResult, key string, ok bool) {
	if m[key] == nil {
		m[key] = &tosdrResult{}
	}
	m[key].add(ok)
}

// add counts one point, stated or not.
func (t *tosdrResult) add(ok bool) {
	t.total++
	if ok {
		t.stated++
	}
}

// claimHolds reports whether report r makes claim: "kind:value" where value
// may join alternatives with "|" (any) or "+" (all); claims of two kinds
// join as "claim or claim" (either).
func claimHolds(r *analyzer.Report, claim string) bool {
	if a, b, ok := strings.Cut(claim, " or "); ok {
		return claimHolds(r, a) || claimHolds(r, b)
	}
	kind, value, _ := strings.Cut(claim, ":")
	if strings.Contains(value, "+") {
		for _, v := range strings.Split(value, "+") {
			if !claimHolds(r, kind+":"+v) {
				return false
			}
		}
		return true
	}
	for _, v := range strings.Split(value, "|") {
		if claimOne(r, kind, v) {
			return true
		}
	}
	return false
}

func claimOne(r *analyzer.Report, kind, v string) bool {
	switch kind {
	case "sale":
		return r.Sharing.Sale == v
	case "right":
		for _, x := range r.Rights {
			if x.ID == v {
				return true
			}
		}
	case "opt-out":
		for _, x := range r.Rights {
			switch x.ID {
			case "opt-out-marketing", "opt-out-sale", "cookie-control", "objection", "withdraw-consent":
				return true
			}
		}
	case "recipient":
		for _, x := range r.Sharing.Recipients {
			if x.ID == v && !x.Negated {
				return true
			}
		}
	case "share":
		shared := false
		for _, x := range r.Sharing.Recipients {
			shared = shared || !x.Negated
		}
		for _, d := range r.DataTypes {
			shared = shared || d.Shared
		}
		if v == "none" {
			for _, f := range r.Findings {
				if f.Kind == "share" && f.Negated {
					return !shared
				}
			}
			return false
		}
		// "We share information that we collect": a passing on whose
		// data the report cannot name (the practice share-unspecified)
		// states that data is passed on all the same. (Not counted
		// against "none": the exception of a denial reads so, "we will
		// not disclose it except where disclosure relates to ...".)
		for _, f := range r.Findings {
			shared = shared || f.ID == "share-unspecified" && !f.Negated
		}
		return shared
	case "collect":
		for _, d := range r.DataTypes {
			if d.Collected && (v == "any" || d.Group == v) {
				return true
			}
		}
		// "We collect information when you use the site": a collection
		// whose data the report cannot name (the practice
		// collect-unspecified, shown as "They collect or use information,
		// without saying which") states collect:any, as share-unspecified
		// states share:any.
		if v == "any" {
			for _, f := range r.Findings {
				if f.ID == "collect-unspecified" && !f.Negated {
					return true
				}
			}
		}
	case "cookies":
		for _, d := range r.DataTypes {
			if d.Group == "cookies-tracking" {
				return true
			}
		}
		for _, x := range r.Rights {
			if x.ID == "cookie-control" {
				return true
			}
		}
	case "dnt":
		return r.DoNotTrack.Status == v
	case "change":
		return r.Changes.Mentioned && (v == "mentioned" || len(r.Changes.Notice) > 0)
	case "transfer":
		return r.Transfers.Mentioned
	case "children":
		return r.Children.MinAge > 0 || len(r.Children.Evidence) > 0
	case "retention":
		return r.Retention.Policy != "unstated"
	case "security":
		return len(r.Security.Measures) > 0
	}
	return reportClaim(r, kind, v)
}

// askedClaim reports whether -errors asks for claim, or for one of the
// claims it joins with "or".
func askedClaim(errs, claim string) bool {
	for _, c := range strings.Split(claim, " or ") {
		if asked(errs, c) {
			return true
		}
	}
	return asked(errs, claim)
}

// reportSays lists what report r says of claim's kind, so that a miss shows
// whether the fact was read wrongly or not at all.
func reportSays(r *analyzer.Report, claim string) string {
	if a, b, ok := strings.Cut(claim, " or "); ok {
		return reportSays(r, a) + "; " + reportSays(r, b)
	}
	kind, _, _ := strings.Cut(claim, ":")
	var says []string
	switch kind {
	case "right", "opt-out":
		for _, x := range r.Rights {
			says = append(says, x.ID)
		}
	case "recipient", "share":
		for _, x := range r.Sharing.Recipients {
			if x.Negated {
				says = append(says, "not "+x.ID)
			} else {
				says = append(says, x.ID)
			}
		}
	case "purpose":
		for _, x := range r.Purposes {
			says = append(says, x.ID)
		}
	case "source":
		for _, x := range r.Sources {
			says = append(says, x.ID)
		}
	case "collect", "cookies":
		for _, d := range r.DataTypes {
			if d.Collected {
				says = append(says, d.Group+"/"+d.ID)
			}
		}
	case "retention":
		says = append(says, r.Retention.Policy)
	case "sale":
		says = append(says, r.Sharing.Sale)
	}
	for _, f := range r.Findings {
		if f.Negated {
			says = append(says, "negated "+f.Rule)
		}
	}
	if len(says) == 0 {
		return "nothing of this kind"
	}
	return strings.Join(says, ", ")
}
