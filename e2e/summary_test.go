package e2e

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/summary"
)

// Both faces of PolicyLens show summary.Of: the page builds its summary from
// it in Go, the extension's popup from policylens.summarize. These helpers
// read a shown summary back from the DOM, in one shape for both, to compare
// it with the model and with each other.

// shownSection is a summary section as the DOM shows it.
type shownSection struct {
	ID     string       `json:"id"`
	Title  string       `json:"title"`
	Empty  string       `json:"empty"`
	Groups []shownGroup `json:"groups"`
}

type shownGroup struct {
	ID    string      `json:"id"`
	Title string      `json:"title"`
	Items []shownItem `json:"items"`
}

type shownItem struct {
	Tone    string   `json:"tone"`
	Text    string   `json:"text"`
	Details []string `json:"details"`
	Linked  bool     `json:"linked"` // a button that shows the evidence
}

// shownSummaryJS reads the sections under root: on the page and in the
// popup a section[data-section] opens with its title heading, and holds a
// p.empty or one ul per group, after the group's heading if it has a title;
// an li's class is its tone, its .text the item, its .detail the details.
func shownSummaryJS(root string) string {
	return `[...document.querySelectorAll(` + strconv.Quote(root) + ` + ' section[data-section]')].map(s => ({
		id: s.dataset.section,
		title: s.firstElementChild.textContent,
		empty: s.querySelector(':scope > .empty')?.textContent ?? '',
		groups: [...s.querySelectorAll(':scope > ul')].map(ul => {
			const h = ul.previousElementSibling;
			return {
				id: ul.dataset.group ?? '',
				title: h !== s.firstElementChild && /^H[1-6]$/.test(h.tagName) ? h.textContent : '',
				items: [...ul.children].map(li => ({
					tone: li.className,
					text: li.querySelector('.text').textContent,
					details: [...li.querySelectorAll('.detail')].map(d => d.textContent),
					linked: !!li.querySelector('button'),
				})),
			};
		}),
	}))`
}

// shownModel is how the DOM shows a summary: every section but the notices,
// which both faces show above the summary.
func shownModel(s summary.Summary) []shownSection {
	out := []shownSection{}
	for _, sec := range s.Sections {
		if sec.ID == summary.Notices {
			continue
		}
		ss := shownSection{ID: sec.ID, Title: sec.Title, Groups: []shownGroup{}}
		if len(sec.Groups) == 0 {
			ss.Empty = sec.Empty
		}
		for _, g := range sec.Groups {
			sg := shownGroup{ID: g.ID, Title: g.Title, Items: []shownItem{}}
			for _, it := range g.Items {
				details := it.Details
				if details == nil {
					details = []string{}
				}
				sg.Items = append(sg.Items, shownItem{Tone: string(it.Tone), Text: it.Text, Details: details, Linked: len(it.Evidence) > 0})
			}
			ss.Groups = append(ss.Groups, sg)
		}
		out = append(out, ss)
	}
	return out
}

// reportJSON reads a report as the JavaScript API returns it (UTF-16 spans,
// which the summary does not read).
func reportJSON(t testing.TB, raw string) *analyzer.Report {
	t.Helper()
	r := new(analyzer.Report)
	if err := json.Unmarshal([]byte(raw), r); err != nil {
		t.Fatalf("report from JavaScript: %v", err)
	}
	return r
}

// compareShown reports the first differences between two shown summaries.
func compareShown(t testing.TB, what string, got, want []shownSection) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d sections, want %d: %s", what, len(got), len(want), sectionIDs(got))
		return
	}
	for i := range want {
		g, _ := json.Marshal(got[i])
		w, _ := json.Marshal(want[i])
		if string(g) != string(w) {
			t.Errorf("%s: section %d differs:\n got %s\nwant %s", what, i, g, w)
		}
	}
}

func sectionIDs(ss []shownSection) string {
	var ids []string
	for _, s := range ss {
		ids = append(ids, s.ID)
	}
	return strings.Join(ids, ",")
}
