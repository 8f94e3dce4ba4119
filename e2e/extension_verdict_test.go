package e2e

import (
	"strconv"
	"strings"
	"testing"
)

// TestExtensionVerdict: the popup answers first. On a policy page it opens
// on the web page's verdict card (the same element, built by the WASM, in
// the page's colours, with no symbol that needs an emoji font) and its
// answers show their evidence; on a page that is not a policy but links to
// one, "Analyse this site's privacy policy" is the primary button; a page
// that is not a policy says so, with no verdict and no list of what it
// "does not say".
func TestExtensionVerdict(t *testing.T) {
	_, _, e := setup(t)

	t.Run("verdict first", func(t *testing.T) {
		e.t = t
		popup := e.openPopup("/policy?seed=0")
		var primary string
		e.eval(popup, `document.querySelector('.actions button.primary:not([hidden])').id`, &primary)
		if primary != "analyse-page" {
			t.Errorf("on a policy page the primary button is #%s, want #analyse-page", primary)
		}
		e.analyse(popup, "#analyse-page")
		var got struct {
			Score    string  `json:"score"`
			Want     float64 `json:"want"`
			Rubric   int     `json:"rubric"`
			Answers  int     `json:"answers"`
			Top      float64 `json:"top"`
			First    string  `json:"first"`
			Emoji    string  `json:"emoji"`
			CardBg   string  `json:"cardBg"`
			Collect  string  `json:"collect"`
			Quote    string  `json:"quote"`
			Evidence bool    `json:"evidence"`
		}
		e.eval(popup, `(async () => {
			const v = document.querySelector('#verdict-slot > #verdict');
			if (!v) return {};
			const after = [...document.querySelectorAll('#result > *')].filter(el => !el.hidden && el.offsetHeight > 0).map(el => el.id);
			// Symbols with an emoji form must ask for the text form (U+FE0E).
			const text = document.body.innerText;
			const emoji = [...text.matchAll(/\p{Emoji}(?!\uFE0E)/gu)].map(m => m[0]).filter(c => !/[0-9#*]/.test(c)).join('');
			const b = v.querySelector('button.ev');
			b.click();
			await new Promise(r => setTimeout(r, 300));
			const q = b.closest('li').querySelector('blockquote');
			return {score: v.dataset.score, want: policylensResult().report.rubric.score,
				rubric: v.querySelectorAll('[data-rubric][data-answer]').length,
				answers: v.querySelectorAll('[data-answer-id]').length,
				top: v.getBoundingClientRect().top + scrollY,
				first: after.filter(id => !['source', 'notices'].includes(id))[0] || '',
				emoji,
				cardBg: getComputedStyle(v).backgroundColor,
				collect: getComputedStyle(document.documentElement).getPropertyValue('--collect').trim(),
				quote: q ? q.textContent : '', evidence: !!b.dataset.ev};
		})()`, &got)
		if want := strconv.FormatFloat(got.Want, 'f', 1, 64); got.Score != want {
			t.Errorf("popup verdict score %q, report %q", got.Score, want)
		}
		if got.Rubric != 12 || got.Answers != 7 {
			t.Errorf("popup verdict: %d rubric items, %d plain answers", got.Rubric, got.Answers)
		}
		if got.First != "verdict-slot" || got.Top > 300 {
			t.Errorf("the popup opens on %q, the verdict at %.0f px; want the verdict card first", got.First, got.Top)
		}
		if got.Emoji != "" {
			t.Errorf("the popup shows symbols that need an emoji font: %q", got.Emoji)
		}
		if got.Collect != "#ffe08a" && got.Collect != "#6b5a1c" {
			t.Errorf("the popup's palette is not the page's: --collect = %q", got.Collect)
		}
		if !got.Evidence || !strings.HasPrefix(got.Quote, "“") {
			t.Errorf("a verdict answer did not show its evidence: %q", got.Quote)
		}
		closeTarget(e.ctx, popup)
	})

	t.Run("policy link first on other pages", func(t *testing.T) {
		e.t = t
		popup := e.openPopup("/")
		var order []string
		e.eval(popup, `[...document.querySelectorAll('.actions button:not([hidden])')].map(b => b.id + (b.classList.contains('primary') ? '*' : ''))`, &order)
		if strings.Join(order, ",") != "analyse-policy*,analyse-page" {
			t.Errorf("buttons on a page linking to its policy: %v, want the policy first and primary", order)
		}
		closeTarget(e.ctx, popup)
	})

	t.Run("not a policy", func(t *testing.T) {
		e.t = t
		popup := e.openPopup("/about")
		e.analyse(popup, "#analyse-page")
		var got struct {
			Notice   string `json:"notice"`
			Sections int    `json:"sections"`
			Verdict  bool   `json:"verdict"`
			Primary  string `json:"primary"`
		}
		e.eval(popup, `({notice: document.getElementById('notices').textContent,
			sections: document.querySelectorAll('#summary section').length,
			verdict: !!document.getElementById('verdict'),
			primary: document.querySelector('.actions button.primary').id})`, &got)
		if !strings.Contains(got.Notice, "does not read like a privacy policy") || got.Sections != 0 || got.Verdict {
			t.Errorf("a page that is not a policy: notice %q, %d summary sections, verdict %v", got.Notice, got.Sections, got.Verdict)
		}
		if got.Primary != "analyse-policy" {
			t.Errorf("the primary button is #%s, want #analyse-policy", got.Primary)
		}
		closeTarget(e.ctx, popup)
	})
}
