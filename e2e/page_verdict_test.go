package e2e

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/summary"
	"github.com/policylens/policylens/wasm/jsapi"
)

// TestPageVerdict pastes each seed at 1280×800: the input folds to a bar,
// and the verdict card is in view with the report's score, its word and
// every rubric answer ([data-rubric][data-answer]), at least five of them
// on screen; the plain answers are there, those with evidence as links.
func TestPageVerdict(t *testing.T) {
	ctx, _ := openPage(t)
	pageRun(t, ctx, chromedp.EmulateViewport(1280, 800))
	names := sortedSeeds(t)
	seeds := pageSeeds(t)
	for _, name := range names {
		text := seeds[name]
		t.Run(name, func(t *testing.T) {
			pagePaste(t, ctx, text)
			want := nativeReport(text)
			var got struct {
				Score     string            `json:"score"`
				Top       float64           `json:"top"`
				Bottom    float64           `json:"bottom"`
				Rubric    map[string]string `json:"rubric"`
				InView    int               `json:"inView"`
				Answers   []string          `json:"answers"`
				Collapsed bool              `json:"collapsed"`
				Edit      bool              `json:"edit"`
				ScrollY   float64           `json:"scrollY"`
			}
			pageRun(t, ctx, chromedp.Evaluate(`(() => {
				const v = document.getElementById('verdict');
				const r = v.getBoundingClientRect();
				const items = [...v.querySelectorAll('[data-rubric]')];
				const inView = items.filter(e => { const b = e.getBoundingClientRect(); return b.top >= 0 && b.bottom <= innerHeight; }).length;
				return {score: v.dataset.score, top: r.top, bottom: r.bottom, inView, scrollY,
					rubric: Object.fromEntries(items.map(e => [e.dataset.rubric, e.dataset.answer])),
					answers: [...v.querySelectorAll('[data-answer-id]')].map(e => e.dataset.answerId + '=' + e.querySelector('.v-a').textContent),
					collapsed: document.getElementById('input-body').hidden,
					edit: document.getElementById('edit-text').offsetParent !== null};
			})()`, &got))
			t.Logf("score %s; #verdict at %.0f px of 800, %d of %d rubric items in view", got.Score, got.Top, got.InView, len(got.Rubric))
			if wantScore := strconv.FormatFloat(want.Rubric.Score, 'f', 1, 64); got.Score != wantScore {
				t.Errorf("data-score %q, want %q", got.Score, wantScore)
			}
			if got.Top < 0 || got.Top > 80 {
				t.Errorf("#verdict's top is at %.0f px of an 800 px view (scrolled %.0f), want it at the top", got.Top, got.ScrollY)
			}
			if got.InView < 5 {
				t.Errorf("%d rubric items in view, want at least 5", got.InView)
			}
			if len(got.Rubric) != len(want.Rubric.Items) || len(got.Rubric) != 12 {
				t.Errorf("%d rubric items shown, report has %d", len(got.Rubric), len(want.Rubric.Items))
			}
			for _, it := range want.Rubric.Items {
				if got.Rubric[it.ID] != it.Answer {
					t.Errorf("rubric %s shows %q, report says %q", it.ID, got.Rubric[it.ID], it.Answer)
				}
			}
			v := summary.Of(want).Verdict
			if len(got.Answers) != len(v.Answers) {
				t.Errorf("plain answers %q, want %d", got.Answers, len(v.Answers))
			}
			for k, a := range v.Answers {
				if k < len(got.Answers) && got.Answers[k] != a.ID+"="+a.Answer {
					t.Errorf("answer %d shows %q, want %q", k, got.Answers[k], a.ID+"="+a.Answer)
				}
			}
			if !got.Collapsed || !got.Edit {
				t.Errorf("after a paste the input is not folded to its bar (collapsed %v, Edit text shown %v)", got.Collapsed, got.Edit)
			}
		})
	}
	// "Edit text" opens the paste area again, with the text in it.
	var res struct {
		Open    bool `json:"open"`
		Focused bool `json:"focused"`
	}
	pageRun(t, ctx,
		chromedp.Click(`#edit-text`, chromedp.ByQuery),
		chromedp.Evaluate(`({open: !document.getElementById('input-body').hidden, focused: document.activeElement.id === 'policy-input'})`, &res),
	)
	if !res.Open || !res.Focused {
		t.Errorf("Edit text: %+v", res)
	}
}

// sortedSeeds lists the seeds' file names in order.
func sortedSeeds(t testing.TB) []string {
	var names []string
	for n := range pageSeeds(t) {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// TestPageOneScroller: after a paste, the page is the only scroll
// container: no element has content that scrolls inside it.
func TestPageOneScroller(t *testing.T) {
	ctx, _ := openPage(t)
	for _, size := range [][2]int64{{1280, 800}, {390, 844}} {
		pageRun(t, ctx, chromedp.EmulateViewport(size[0], size[1]))
		pagePaste(t, ctx, pageSeeds(t)[sortedSeeds(t)[1]])
		var scrollers []string
		pageRun(t, ctx, chromedp.Evaluate(`[...document.body.querySelectorAll('*')].filter(e => {
			const s = getComputedStyle(e);
			return e.offsetParent !== null && /(auto|scroll)/.test(s.overflowY + s.overflowX) &&
				(e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1);
		}).map(e => e.tagName + '#' + e.id + '.' + e.className)`, &scrollers))
		if len(scrollers) > 0 {
			t.Errorf("%dx%d: elements that scroll on their own: %v", size[0], size[1], scrollers)
		}
	}
}

// TestPageHighlights: headings are never highlighted, and one statement is
// one highlight: the pieces of a highlight after the first carry data-cont,
// and no two highlights share a sentence, a kind and a negation.
func TestPageHighlights(t *testing.T) {
	ctx, _ := openPage(t)
	texts := pageSeeds(t)
	texts["headings"] = "Children's Privacy\n\nWe do not knowingly collect personal information from children under the age of 13.\n\n" +
		"Information We Collect\n\nWe collect your name, your email address and your phone number when you register.\n\n" +
		"Sharing With Advertisers\n\nWe share your email address with advertisers.\n"
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			pagePaste(t, ctx, text)
			want := nativeReport(text)
			headings := headingSpans(text)
			// Each mark with its UTF-16 span in the text.
			var marks []struct {
				Start, End int
				Kind, F    string
				Neg, Cont  bool
			}
			pageRun(t, ctx, chromedp.Evaluate(`(() => {
				const out = [], text = document.getElementById('text');
				let pos = 0;
				const walk = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
				for (let n = walk.nextNode(); n; n = walk.nextNode()) {
					const m = n.parentElement.closest('mark');
					if (m) out.push({Start: pos, End: pos + n.data.length, Kind: m.dataset.kind, F: policylens._textView.findings(m).join(' '),
						Neg: m.hasAttribute('data-negated'), Cont: m.hasAttribute('data-cont')});
					pos += n.data.length;
				}
				return out;
			})()`, &marks))
			if len(marks) == 0 {
				t.Fatal("no highlights")
			}
			first := map[string]bool{}
			for _, m := range marks {
				for _, h := range headings {
					if m.Start < h.End && h.Start < m.End {
						t.Errorf("a %s highlight at [%d,%d) lies in a heading %q", m.Kind, m.Start, m.End, utf16Slice(text, h.Start, h.End))
					}
				}
				if m.Cont {
					continue
				}
				var i int
				fmt.Sscan(m.F, &i)
				f := want.Findings[i]
				key := fmt.Sprint(f.Sentence, m.Kind, m.Neg)
				if first[key] {
					t.Errorf("two %s highlights begin in one sentence %v", m.Kind, f.Sentence)
				}
				first[key] = true
			}
			if name == "headings" {
				var n int
				pageRun(t, ctx, chromedp.Evaluate(`document.querySelectorAll('#text mark[data-kind=collect]:not([data-cont])').length`, &n))
				if n != 2 { // the children's statement (negated) and the list of three, not four pieces
					t.Errorf("%d collect highlights, want 2 (one per statement)", n)
				}
			}
		})
	}
}

// nativeReport is the command line's report on text (the native analyzer,
// which embeds the sentence model), with its spans converted to UTF-16 code
// units as the page's API gives them: the page must show exactly this.
func nativeReport(text string) *analyzer.Report {
	return jsapi.ToUTF16(analyzer.Analyze(text), text)
}

// headingSpans are the text's headings in UTF-16 units, as the native
// analyzer reads them.
func headingSpans(text string) []analyzer.Span {
	u16 := utf16Offsets(text)
	var out []analyzer.Span
	for _, b := range analyzer.Analyze(text, analyzer.WithBlocks()).Blocks {
		if b.Kind == "heading" {
			out = append(out, analyzer.Span{Start: u16[b.Start], End: u16[b.End]})
		}
	}
	return out
}

// utf16Offsets maps each byte offset of s (and len(s)) to its UTF-16 offset.
func utf16Offsets(s string) []int {
	out := make([]int, len(s)+1)
	n := 0
	for i, r := range s {
		for k := i; k < i+len(string(r)) && k < len(s); k++ {
			out[k] = n
		}
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	out[len(s)] = n
	return out
}

func utf16Slice(s string, from, to int) string {
	u := utf16Offsets(s)
	var b strings.Builder
	for i := range s {
		if u[i] >= from && u[i] < to {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// TestPagePrint: printed, the page opens with the policy's title, the date
// and the legend (the filters' kinds, icons and counts), then the verdict,
// the summary, and the text last; the controls are gone.
func TestPagePrint(t *testing.T) {
	ctx, _ := openPage(t)
	pagePaste(t, ctx, pageSeeds(t)[sortedSeeds(t)[1]])
	var res struct {
		Order  []string `json:"order"`
		Title  string   `json:"title"`
		Meta   string   `json:"meta"`
		Legend int      `json:"legend"`
		Hidden []string `json:"hidden"`
	}
	pageRun(t, ctx,
		emulation.SetEmulatedMedia().WithMedia("print"),
		chromedp.Evaluate(`window.dispatchEvent(new Event('beforeprint'))`, nil),
		chromedp.Sleep(200*time.Millisecond),
		chromedp.Evaluate(`(() => {
			const top = id => document.getElementById(id).getBoundingClientRect().top;
			const order = ['print-head', 'verdict', 'summary', 'text'].sort((a, b) => top(a) - top(b));
			return {order, title: document.getElementById('print-title').textContent,
				meta: document.getElementById('print-meta').textContent,
				legend: [...document.querySelectorAll('#filters label')].filter(l => l.offsetParent !== null).length,
				hidden: ['input-section', 'share', 'download-json'].filter(id => document.getElementById(id).offsetParent === null)};
		})()`, &res),
		emulation.SetEmulatedMedia().WithMedia(""),
	)
	if strings.Join(res.Order, ",") != "print-head,verdict,summary,text" {
		t.Errorf("printed order %v, want the heading, the verdict, the summary, then the text", res.Order)
	}
	if res.Title == "" || !strings.Contains(res.Meta, "PolicyLens on ") || res.Legend != 10 {
		t.Errorf("print heading: title %q, meta %q, %d legend entries", res.Title, res.Meta, res.Legend)
	}
	if len(res.Hidden) != 3 {
		t.Errorf("printed controls: only %v are hidden", res.Hidden)
	}
	b, _ := json.Marshal(res)
	t.Logf("print: %s", b)
}

// TestPageVerdictChildrenConsent: an age stated with a parent's leave shows
// on the card as a consent, not as a minimum age.
func TestPageVerdictChildrenConsent(t *testing.T) {
	ctx, _ := openPage(t)
	pageRun(t, ctx, chromedp.EmulateViewport(1280, 800))
	text := "Privacy Policy\n\nWe collect your name and email address when you create an account. We share your information with service providers who host our servers.\n\n" +
		"Children\n\nIf you are younger than 15, please ask your guardian's permission before you use the app.\n\n" +
		"Your rights\n\nYou can ask us to delete your personal information by writing to privacy@example.com.\n"
	pagePaste(t, ctx, text)
	var got string
	pageRun(t, ctx, chromedp.Evaluate(`(() => {
		const a = document.querySelector('#verdict [data-answer-id="children"] .v-a');
		return a ? a.textContent : '';
	})()`, &got))
	if want := "Under-15s need a parent's consent"; got != want {
		t.Errorf("children answer %q, want %q", got, want)
	}
}
