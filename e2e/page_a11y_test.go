package e2e

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
)

// axNode is what a test reads of a node of Chromium's accessibility tree.
type axNode struct {
	role, name string
	ignored    bool
}

// axValue is an accessibility value (a role, a name).
type axValue struct {
	Value any `json:"value"`
}

func (v *axValue) String() string {
	if v == nil {
		return ""
	}
	s, _ := v.Value.(string)
	return s
}

// axNodes reads the page's full accessibility tree (CDP
// Accessibility.getFullAXTree), by the backend id of each node's element.
// The reply is read as raw JSON: cdproto's types refuse the newer names
// of ignored reasons that Chromium sends.
func axNodes(t testing.TB, ctx context.Context) map[cdp.BackendNodeID]axNode {
	t.Helper()
	var tree struct {
		Nodes []struct {
			Ignored          bool              `json:"ignored"`
			Role             *axValue          `json:"role"`
			Name             *axValue          `json:"name"`
			BackendDOMNodeID cdp.BackendNodeID `json:"backendDOMNodeId"`
		} `json:"nodes"`
	}
	pageRun(t, ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		var raw json.RawMessage
		if err := cdp.Execute(ctx, accessibility.CommandGetFullAXTree, nil, &raw); err != nil {
			return err
		}
		return json.Unmarshal(raw, &tree)
	}))
	byDOM := map[cdp.BackendNodeID]axNode{}
	for _, n := range tree.Nodes {
		if n.BackendDOMNodeID != 0 {
			byDOM[n.BackendDOMNodeID] = axNode{role: n.Role.String(), name: n.Name.String(), ignored: n.Ignored}
		}
	}
	return byDOM
}

// TestPageSummaryAccessible: every section of the summary is, in the
// accessibility tree a screen reader reads, a region named by its title
// with its title as a heading, before it has been scrolled near (the long
// ones are not laid out until then: content-visibility, style.css), so a
// reader's list of landmarks or headings names them all.
func TestPageSummaryAccessible(t *testing.T) {
	ctx, _ := openPage(t)
	pagePaste(t, ctx, textareaText(exampleText(t)))
	var secs, heads []*cdp.Node
	var titles []string
	pageRun(t, ctx,
		chromedp.Nodes(`#summary section.sum`, &secs, chromedp.ByQueryAll),
		chromedp.Nodes(`#summary section.sum > h3`, &heads, chromedp.ByQueryAll),
		chromedp.Evaluate(`[...document.querySelectorAll('#summary section.sum > h3')].map(h => h.textContent)`, &titles),
	)
	if len(secs) < 10 || len(heads) != len(secs) || len(titles) != len(secs) {
		t.Fatalf("%d sections, %d headings, %d titles; want 10 or more, one heading each", len(secs), len(heads), len(titles))
	}
	var scrolled bool
	pageRun(t, ctx, chromedp.Evaluate(`document.querySelector('#summary section.sum:last-of-type').getBoundingClientRect().top < innerHeight`, &scrolled))
	if scrolled {
		t.Fatalf("the summary's last section is on screen: the test reads nothing skipped")
	}
	ax := axNodes(t, ctx)
	for i, sec := range secs {
		r, h := ax[sec.BackendNodeID], ax[heads[i].BackendNodeID]
		if r.ignored || r.role != "region" || r.name != titles[i] {
			t.Errorf("section %q is %+v in the accessibility tree, want a region of that name", titles[i], r)
		}
		if h.ignored || h.role != "heading" || h.name != titles[i] {
			t.Errorf("the heading %q is %+v in the accessibility tree, want a heading of that name", titles[i], h)
		}
	}
}
