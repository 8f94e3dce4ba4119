package e2e

// Figures for docs/measurements.md, not timed tests:
//
//	go test -run '^$' -bench Page -benchtime 1x ./e2e/   (make page-bench)
//
// Each figure is taken benchRuns times and printed as the median and the
// fastest run, with the machine's load average beside it:
//
//   - ready, cold (a fresh browser profile: nothing cached) and warm (the
//     same browser reloading the page: HTTP cache and service worker);
//   - the first paste after ready: from the paste event to the page's
//     data-state "done", and to the next frame painted after it;
//   - every seed and a 51 KB policy (TOSBack arlo.md, or the project's own
//     policies to 51 KB without the corpus): the page's analyse + render,
//     and the same without the time the page waited for the browser to
//     paint between slices of its work (its own work; data-wait-ms);
//   - where the 51 KB policy's "to paint" goes, from Chromium's trace
//     (BenchmarkPagePasteTrace: the input event's task, its forced style
//     and layout, the frames, other tasks, idle time);
//   - a 1 MB paste, and then one keystroke in it: the longest task on the
//     page's main thread (Chromium's trace, read through CDP), wall-clock
//     and the most CPU time one task took (the trace's thread time: what
//     the page's own work costs, which the machine's load does not
//     stretch), and the largest gap between two frames.

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// benchRuns is how many times each figure is taken.
const benchRuns = 5

// benchStats prints a figure's median and fastest run and reports them.
func benchStats(b *testing.B, name, unit string, xs []float64) {
	b.Helper()
	s := slices.Clone(xs)
	slices.Sort(s)
	med := s[len(s)/2]
	if len(s)%2 == 0 {
		med = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	b.ReportMetric(med, unit+"/median")
	b.ReportMetric(s[0], unit+"/min")
	fmt.Printf("page-bench %-28s median %8.1f %s  min %8.1f  max %8.1f  (n=%d, load %s)\n", name, med, unit, s[0], s[len(s)-1], len(s), loadAverage())
}

// loadAverage is the machine's one-minute load average, or "?".
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Fields(string(b))[0]
}

// benchReady is navigation start to policylens.ready, in ms, as the page
// marks it (performance.mark('policylens-ready')).
func benchReady(b *testing.B, ctx context.Context, url string) float64 {
	return benchReadySteps(b, ctx, url)["ready"]
}

// readySteps are the steps of the page's start-up that it marks
// (performance.mark("policylens-" + step): site/app.js, wasm/page/main.go),
// in order.
var readySteps = []string{"instantiated", "main", "page", "model-bytes", "model", "first-analysis", "ready"}

// benchReadySteps is the time of each of readySteps from navigation start,
// in ms; a step the page did not mark is missing.
func benchReadySteps(b *testing.B, ctx context.Context, url string) map[string]float64 {
	steps := map[string]float64{}
	pageRun(b, ctx,
		chromedp.Navigate(url),
		pageEvalAwait(`policylens.ready.then(() => new Promise(r => setTimeout(r, 0))).then(() =>
			Object.fromEntries(performance.getEntriesByType('mark').filter(m => m.name.startsWith('policylens-'))
				.map(m => [m.name.slice(11), m.startTime])))`, &steps),
	)
	return steps
}

func BenchmarkPageReady(b *testing.B) {
	srv := servePage(b)
	b.Run("cold", func(b *testing.B) {
		parts := map[string][]float64{}
		for i := 0; i < benchRuns; i++ {
			ctx := newBrowser(b)
			steps := benchReadySteps(b, ctx, srv.URL+"/")
			chromedp.Cancel(ctx)
			parts["ready"] = append(parts["ready"], steps["ready"])
			last := 0.0
			for _, s := range readySteps {
				if t, ok := steps[s]; ok {
					parts["to "+s] = append(parts["to "+s], t-last)
					last = t
				}
			}
		}
		// Where the time went: each step from the one before (the first
		// from navigation start); then ready, last, as what the benchmark
		// reports.
		for _, s := range readySteps {
			if xs := parts["to "+s]; len(xs) == benchRuns {
				benchStats(b, "ready cold: to "+s, "ms", xs)
			}
		}
		benchStats(b, "ready cold", "ms", parts["ready"])
	})
	b.Run("warm", func(b *testing.B) {
		ctx := newBrowser(b)
		benchReady(b, ctx, srv.URL+"/")
		// The service worker has cached the page once it says so.
		pageRun(b, ctx, chromedp.Poll(`document.getElementById('offline').textContent !== ''`, nil, chromedp.WithPollingTimeout(30*time.Second)))
		var xs []float64
		for i := 0; i < benchRuns; i++ {
			xs = append(xs, benchReady(b, ctx, srv.URL+"/"))
		}
		benchStats(b, "ready warm", "ms", xs)
	})
}

// benchWatchJS installs, in the page, a watch of the next analysis: the
// time of the next paste or input event, of data-state "done" after it and
// of the first frame after that, the largest gap between frames and the
// long tasks (over 50 ms) meanwhile. benchResultJS reads it once done. The
// event, done and the frame are marked (performance.mark pl:start, pl:done,
// pl:painted) for Chromium's trace (BenchmarkPagePasteTrace).
const benchWatchJS = `(() => {
	const w = globalThis.__bench = {gap: 0, tasks: []};
	let last = performance.now();
	const frame = (t) => { w.gap = Math.max(w.gap, t - last); last = t; if (!w.stop) requestAnimationFrame(frame); };
	requestAnimationFrame(frame);
	const start = (ev) => { if (w.start === undefined) { w.start = performance.now(); performance.mark('pl:start'); } };
	document.addEventListener('paste', start, true);
	document.addEventListener('input', start, true);
	new MutationObserver((_, obs) => {
		if (w.start !== undefined && document.body.dataset.state === 'done' && w.done === undefined) {
			w.done = performance.now(); performance.mark('pl:done');
			requestAnimationFrame(() => setTimeout(() => { w.painted = performance.now(); performance.mark('pl:painted'); }, 0));
			obs.disconnect();
		}
	}).observe(document.body, {attributes: true, attributeFilter: ['data-state']});
	w.obs = new PerformanceObserver((l) => { for (const e of l.getEntries()) w.tasks.push(e.duration); });
	w.obs.observe({type: 'longtask'});
})()`

type benchResult struct {
	Done    float64            `json:"done"`    // ms from the event to "done"
	Painted float64            `json:"painted"` // ms from the event to the frame after "done"
	Gap     float64            `json:"gap"`     // largest gap between frames, ms
	Tasks   []float64          `json:"tasks"`   // long tasks, ms
	Data    map[string]string  `json:"data"`    // document.body.dataset
	Extra   map[string]float64 `json:"extra"`
}

const benchResultJS = `new Promise((resolve) => {
	const w = globalThis.__bench;
	const wait = () => {
		if (w.painted === undefined) { setTimeout(wait, 5); return; }
		w.stop = true; w.obs.disconnect();
		resolve({done: w.done - w.start, painted: w.painted - w.start, gap: w.gap, tasks: w.tasks, data: {...document.body.dataset}});
	};
	wait();
})`

// benchPaste puts text into the paste area as pagePaste does (the value
// set, then an input event) and returns what the watch saw.
func benchPaste(b *testing.B, ctx context.Context, text string) benchResult {
	var r benchResult
	js, _ := json.Marshal(text)
	pageRun(b, ctx,
		chromedp.Evaluate(benchWatchJS, nil),
		chromedp.Evaluate(fmt.Sprintf(`(() => {
			document.body.dataset.state = 'pasting';
			const t = document.getElementById('policy-input');
			t.value = %s;
			t.dispatchEvent(new Event('input', {bubbles: true}));
		})()`, js), nil),
		pageEvalAwait(benchResultJS, &r),
	)
	return r
}

func BenchmarkPageFirstPaste(b *testing.B) {
	srv := servePage(b)
	ctx := newBrowser(b)
	text := firstSeed(b)
	var done, painted []float64
	for i := 0; i < benchRuns; i++ {
		benchReady(b, ctx, fmt.Sprintf("%s/?n=%d", srv.URL, i))
		r := benchPaste(b, ctx, text)
		done = append(done, r.Done)
		painted = append(painted, r.Painted)
	}
	benchStats(b, "first paste: done", "ms", done)
	benchStats(b, "first paste: painted", "ms", painted)
	// The first paste of the 51 KB policy after the page's warm-up
	// (wasm/page/warm.go: the mark policylens-warm), as a reader who reads
	// the page a while before pasting: its analysis and render.
	name, big := policy51KB(b)
	var first, warmBusy, warmEnd []float64
	for i := 0; i < benchRuns; i++ {
		benchReady(b, ctx, fmt.Sprintf("%s/?w=%d", srv.URL, i))
		var m struct{ Busy, At float64 }
		pageRun(b, ctx, pageEvalAwait(`new Promise((resolve) => {
			const wait = () => {
				const m = performance.getEntriesByName('policylens-warm')[0];
				if (!m) { setTimeout(wait, 50); return; }
				const ready = performance.getEntriesByName('policylens-ready')[0];
				resolve({busy: m.detail.busyMs, at: m.startTime - ready.startTime});
			};
			wait();
		})`, &m))
		r := benchPaste(b, ctx, big)
		var a, rd float64
		fmt.Sscan(r.Data["analyzeMs"], &a)
		fmt.Sscan(r.Data["renderMs"], &rd)
		first = append(first, a+rd)
		warmBusy = append(warmBusy, m.Busy)
		warmEnd = append(warmEnd, m.At)
	}
	benchStats(b, "warm-up: its own time", "ms", warmBusy)
	benchStats(b, "warm-up: over, after ready", "ms", warmEnd)
	benchStats(b, fmt.Sprintf("first paste, warm: %s a+r", name), "ms", first)
}

// policy51KB is TOSBack's arlo.md (51 KB) from the corpus, else the
// project's own policies repeated to 51 KB.
func policy51KB(b *testing.B) (string, string) {
	if data, err := os.ReadFile(filepath.Join(corpusRoot(b), "tosback", "arlo.md")); err == nil {
		return "arlo.md", textareaText(string(data))
	}
	var s strings.Builder
	for s.Len() < 51<<10 {
		for _, p := range seedPolicies(b) {
			s.WriteString(textareaText(p.text))
			s.WriteString("\n\n")
		}
	}
	return "own policies", s.String()[:51<<10]
}

func BenchmarkPageAnalyze(b *testing.B) {
	ctx, _ := openPage(b)
	type named struct{ name, text string }
	var cases []named
	for _, p := range seedPolicies(b) {
		cases = append(cases, named{strings.TrimSuffix(p.name, ".txt"), textareaText(p.text)})
	}
	n, t := policy51KB(b)
	cases = append(cases, named{fmt.Sprintf("51 KB (%s)", n), t})
	for k, c := range cases {
		// Before each timed paste, another policy (untimed): the page keeps
		// a summary equal to the one shown (an edit that changes no finding),
		// so pasting one policy again and again would time no summary at all,
		// where a reader pasting a new policy waits for one.
		other := cases[(k+1)%len(cases)].text
		b.Run(c.name, func(b *testing.B) {
			var total, own, analyse, render, wait, text, sum, painted []float64
			for i := 0; i < benchRuns; i++ {
				benchPaste(b, ctx, other)
				r := benchPaste(b, ctx, c.text+strings.Repeat(" ", i+1)) // a new text each time
				var a, rd, wt, tx, sm float64
				fmt.Sscan(r.Data["analyzeMs"], &a)
				fmt.Sscan(r.Data["renderMs"], &rd)
				fmt.Sscan(r.Data["waitMs"], &wt) // absent before the page counted it
				fmt.Sscan(r.Data["textMs"], &tx)
				fmt.Sscan(r.Data["summaryMs"], &sm)
				total = append(total, a+rd)
				own = append(own, a+rd-wt)
				render = append(render, rd)
				wait = append(wait, wt)
				analyse = append(analyse, a)
				text = append(text, tx)
				sum = append(sum, sm)
				painted = append(painted, r.Painted)
			}
			label := fmt.Sprintf("%s %.0f KB", c.name, float64(len(c.text))/1024)
			benchStats(b, label+": analyse+render", "ms", total)
			benchStats(b, label+": a+r, paint waits out", "ms", own)
			benchStats(b, label+": analyse", "ms", analyse)
			benchStats(b, label+": render", "ms", render)
			benchStats(b, label+": paint waits", "ms", wait)
			benchStats(b, label+": render text", "ms", text)
			benchStats(b, label+": render summary", "ms", sum)
			benchStats(b, label+": to paint", "ms", painted)
		})
	}
}

// benchTrace records Chromium's trace while run runs and returns the
// longest task on a renderer main thread, in ms, and the most thread (CPU)
// time one of them took.
func benchTrace(b *testing.B, ctx context.Context, run func()) (longest, longestCPU float64) {
	events := traceEvents(b, ctx, []string{"toplevel", "devtools.timeline", "__metadata", "blink.user_timing"}, run)
	main := mainThreads(events)
	for _, e := range events {
		if e.Ph == "X" && (e.Name == "RunTask" || e.Name == "ThreadControllerImpl::RunTask") && main[[2]int{e.Pid, e.Tid}] {
			longest = max(longest, e.Dur/1000)
			longestCPU = max(longestCPU, e.Tdur/1000)
		}
	}
	// PAGE_BENCH_TRACE=1 prints each task over 40 ms, its thread (CPU) time,
	// what it did, and the performance marks named "pl:..." in it (a
	// throwaway build of the page can mark its steps with performance.mark).
	if os.Getenv("PAGE_BENCH_TRACE") != "" {
		var all, marks []traceEvent
		for _, e := range events {
			if main[[2]int{e.Pid, e.Tid}] {
				if e.Ph == "X" {
					all = append(all, e)
				} else if e.Ph == "R" || e.Ph == "I" || e.Ph == "i" {
					marks = append(marks, e)
				}
			}
		}
		for _, t := range all {
			if (t.Name == "RunTask" || t.Name == "ThreadControllerImpl::RunTask") && t.Dur > 40000 {
				fmt.Printf("TASK %.0f ms (cpu %.0f) at %.0f\n", t.Dur/1000, t.Tdur/1000, t.Ts/1000)
				for _, m := range marks {
					if m.Ts >= t.Ts && m.Ts <= t.Ts+t.Dur && strings.HasPrefix(m.Name, "pl:") {
						fmt.Printf("   mark %-26s at +%.1f\n", m.Name, (m.Ts-t.Ts)/1000)
					}
				}
				agg := map[string]float64{}
				for _, c := range all {
					if c.Ts >= t.Ts && c.Ts+c.Dur <= t.Ts+t.Dur && c.Name != t.Name {
						agg[c.Name] += c.Dur / 1000
					}
				}
				fmt.Printf("   all: %v\n", agg)
				for _, c := range all {
					if c.Ts >= t.Ts && c.Ts+c.Dur <= t.Ts+t.Dur && c.Dur > 4000 && c.Name != t.Name {
						a := string(c.Args)
						if len(a) > 160 {
							a = a[:160]
						}
						fmt.Printf("   %-30s %6.1f ms (cpu %.1f) at +%.1f %s\n", c.Name, c.Dur/1000, c.Tdur/1000, (c.Ts-t.Ts)/1000, a)
					}
				}
			}
		}
	}
	return longest, longestCPU
}

func BenchmarkPage1MB(b *testing.B) {
	ctx, _ := openPage(b)
	seeds := seedPolicies(b)
	var mb strings.Builder
	for mb.Len() < 1<<20 {
		for _, p := range seeds {
			mb.WriteString(textareaText(p.text))
			mb.WriteString("\n\n")
		}
	}
	text := strings.ToValidUTF8(mb.String()[:1<<20], "")
	// The text goes into the clipboard first, so that the test's own script
	// (a megabyte to parse) is not part of what is measured.
	pageClipboardWrite(b, ctx, text)
	pageRun(b, ctx, chromedp.Sleep(time.Second))
	var r benchResult
	longest, cpu := benchTrace(b, ctx, func() {
		pageRun(b, ctx, chromedp.Evaluate(benchWatchJS, nil))
		pagePressPaste(b, ctx)
		pageRun(b, ctx,
			pageEvalAwait(benchResultJS, &r),
			chromedp.Sleep(2*time.Second), // anything the page does after done
		)
	})
	var gap float64
	pageRun(b, ctx, chromedp.Evaluate(`globalThis.__bench.gap`, &gap))
	fmt.Printf("page-bench 1 MB paste: done %.0f ms, painted %.0f ms, longest main-thread task %.0f ms (most CPU in a task %.0f ms), largest frame gap %.0f ms (frames until done: %.0f ms), long tasks %v; %v (load %s)\n",
		r.Done, r.Painted, longest, cpu, gap, r.Gap, r.Tasks, r.Data, loadAverage())
	b.ReportMetric(r.Done, "ms/done")
	b.ReportMetric(longest, "ms/longest-task")
	b.ReportMetric(cpu, "ms/longest-task-cpu")
	b.ReportMetric(max(gap, r.Gap), "ms/frame-gap")

	// Open the text for editing (Edit text), then one keystroke at its end.
	var open benchResult
	longest, cpu = benchTrace(b, ctx, func() {
		pageRun(b, ctx,
			chromedp.Evaluate(benchWatchJS, nil),
			chromedp.Evaluate(`document.getElementById('edit-text').click()`, nil),
			chromedp.Sleep(time.Second),
			chromedp.Evaluate(`globalThis.__bench`, &open),
		)
	})
	fmt.Printf("page-bench 1 MB open for editing: longest main-thread task %.0f ms (most CPU in a task %.0f ms), largest frame gap %.0f ms (load %s)\n", longest, cpu, open.Gap, loadAverage())
	b.ReportMetric(longest, "ms/edit-open-longest-task")
	var k benchResult
	longest, cpu = benchTrace(b, ctx, func() {
		pageRun(b, ctx,
			chromedp.Evaluate(`(() => {
				const ed = document.getElementById('policy-editor');
				if (!ed.hidden) {
					ed.focus();
					const r = document.createRange();
					r.selectNodeContents(ed);
					r.collapse(false);
					getSelection().removeAllRanges();
					getSelection().addRange(r);
					return;
				}
				const t = document.getElementById('policy-input');
				t.focus();
				t.setSelectionRange(t.value.length, t.value.length);
			})()`, nil),
			chromedp.Sleep(time.Second),
			chromedp.Evaluate(benchWatchJS, nil),
			input.InsertText("x"),
			pageEvalAwait(benchResultJS, &k),
			chromedp.Sleep(2*time.Second),
		)
	})
	pageRun(b, ctx, chromedp.Evaluate(`globalThis.__bench.gap`, &gap))
	fmt.Printf("page-bench 1 MB keystroke: done %.0f ms, longest main-thread task %.0f ms (most CPU in a task %.0f ms), largest frame gap %.0f ms, long tasks %v (load %s)\n",
		k.Done, longest, cpu, gap, k.Tasks, loadAverage())
	b.ReportMetric(longest, "ms/keystroke-longest-task")
	b.ReportMetric(cpu, "ms/keystroke-longest-task-cpu")
}
