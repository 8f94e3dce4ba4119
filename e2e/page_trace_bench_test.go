package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// traceEvent is an event of Chromium's trace (times in µs).
type traceEvent struct {
	Name string          `json:"name"`
	Ph   string          `json:"ph"`
	Pid  int             `json:"pid"`
	Tid  int             `json:"tid"`
	Ts   float64         `json:"ts"`
	Dur  float64         `json:"dur"`
	Tdur float64         `json:"tdur"` // thread (CPU) time
	Args json.RawMessage `json:"args"`
}

// traceEvents records Chromium's trace of the categories cats while run
// runs and returns its events.
func traceEvents(b *testing.B, ctx context.Context, cats []string, run func()) []traceEvent {
	var mu sync.Mutex
	var events []traceEvent
	complete := make(chan struct{})
	lctx, cancel := context.WithCancel(ctx)
	defer cancel()
	chromedp.ListenTarget(lctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			for _, v := range e.Value {
				var t traceEvent
				if json.Unmarshal(v, &t) == nil {
					events = append(events, t)
				}
			}
			mu.Unlock()
		case *tracing.EventTracingComplete:
			close(complete)
		}
	})
	pageRun(b, ctx, tracing.Start().
		WithTransferMode(tracing.TransferModeReportEvents).
		WithTraceConfig(&tracing.TraceConfig{IncludedCategories: cats}))
	run()
	pageRun(b, ctx, tracing.End())
	select {
	case <-complete:
	case <-time.After(60 * time.Second):
		b.Fatal("the trace did not complete")
	}
	mu.Lock()
	defer mu.Unlock()
	return events
}

// mainThreads are the renderers' main threads, by process and thread id.
func mainThreads(events []traceEvent) map[[2]int]bool {
	main := map[[2]int]bool{}
	for _, e := range events {
		var a struct{ Name string }
		if e.Ph == "M" && e.Name == "thread_name" && json.Unmarshal(e.Args, &a) == nil && a.Name == "CrRendererMain" {
			main[[2]int{e.Pid, e.Tid}] = true
		}
	}
	return main
}

// BenchmarkPagePasteTrace is where the time goes from a paste of the 51 KB
// policy (as BenchmarkPageAnalyze pastes it) to the frame after the page
// says done ("to paint"), read from Chromium's trace of the page's main
// thread: the task of the input event (the page's analysis and render, as
// it counts them, then the style and layout that task forces, and the rest),
// the frames (style, layout, pre-paint, paint, layerize and commit, and the
// rest: the page's and the bench's requestAnimationFrame callbacks), other
// tasks, and the time the thread was idle. The "cpu" figures are the same
// parts' thread time, which the machine's load stretches less.
// PAGE_BENCH_TRACE=1 prints each paste's tasks; PAGE_BENCH_CSS adds a style
// sheet to the page first (what if a part were laid out otherwise).
func BenchmarkPagePasteTrace(b *testing.B) {
	ctx, _ := openPage(b)
	if css := os.Getenv("PAGE_BENCH_CSS"); css != "" {
		js, _ := json.Marshal(css)
		pageRun(b, ctx, chromedp.Evaluate(fmt.Sprintf(`(() => { const s = new CSSStyleSheet(); s.replaceSync(%s); document.adoptedStyleSheets = [s]; })()`, js), nil))
	}
	name, text := policy51KB(b)
	other := firstSeed(b)
	cats := []string{"toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing", "__metadata"}
	sums := map[string][]float64{}
	for i := 0; i < benchRuns; i++ {
		benchPaste(b, ctx, other) // a new policy each time, as BenchmarkPageAnalyze
		var r benchResult
		evs := traceEvents(b, ctx, cats, func() {
			r = benchPaste(b, ctx, text+strings.Repeat(" ", i+1))
			pageRun(b, ctx, chromedp.Sleep(200*time.Millisecond))
		})
		got := pasteParts(evs, os.Getenv("PAGE_BENCH_TRACE") != "")
		var a, rd float64
		fmt.Sscan(r.Data["analyzeMs"], &a)
		fmt.Sscan(r.Data["renderMs"], &rd)
		got["input: analyse"], got["input: render"] = a, rd
		got["input: rest"] = got["input: task"] - a - rd - got["input: style"] - got["input: layout"]
		for k, v := range got {
			sums[k] = append(sums[k], v)
		}
	}
	keys := make([]string, 0, len(sums))
	for k := range sums {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		xs := sums[k]
		for len(xs) < benchRuns {
			xs = append(xs, 0) // a part some pastes did not have
		}
		benchStats(b, fmt.Sprintf("%s paste trace: %s", name, k), "ms", xs)
	}
}

// pasteParts sums, for a renderer's main thread between the marks pl:start
// (the input event) and pl:painted (benchWatchJS), the parts of each task
// in ms: "input: ..." of the event's task, "frame: ..." of the frames,
// "other tasks", "idle"; "cpu ..." the same parts' thread time. print
// writes each task.
func pasteParts(evs []traceEvent, print bool) map[string]float64 {
	var start, done, painted float64
	var key [2]int
	for _, e := range evs {
		switch e.Name {
		case "pl:start":
			start, key = e.Ts, [2]int{e.Pid, e.Tid}
		case "pl:done":
			done = e.Ts
		case "pl:painted":
			painted = e.Ts
		}
	}
	out := map[string]float64{}
	if start == 0 || painted == 0 {
		return out
	}
	var main []traceEvent
	for _, e := range evs {
		if [2]int{e.Pid, e.Tid} == key && e.Ph == "X" {
			main = append(main, e)
		}
	}
	parts := map[string]string{"UpdateLayoutTree": "style", "Layout": "layout", "PrePaint": "pre-paint", "Paint": "paint", "Layerize": "layerize+commit", "Commit": "layerize+commit"}
	ms := func(x float64) float64 { return x / 1000 }
	busy := 0.0
	for _, t := range main {
		if t.Name != "ThreadControllerImpl::RunTask" || t.Ts+t.Dur < start || t.Ts > painted {
			continue
		}
		from, to := max(t.Ts, start), min(t.Ts+t.Dur, painted)
		kind := "other tasks"
		var a struct {
			SrcFunc string `json:"src_func"`
		}
		json.Unmarshal(t.Args, &a)
		switch {
		case t.Ts <= start:
			kind = "input"
		case a.SrcFunc == "ScheduledActionSendBeginMainFrame":
			kind = "frame"
		}
		wall, cpu := map[string]float64{}, map[string]float64{}
		for _, c := range main {
			if c.Ts < t.Ts || c.Ts+c.Dur > t.Ts+t.Dur || c.Ts+c.Dur < from || c.Ts > to {
				continue
			}
			if p, ok := parts[c.Name]; ok {
				wall[p] += min(c.Ts+c.Dur, to) - max(c.Ts, from)
				cpu[p] += c.Tdur
			}
		}
		busy += to - from
		if kind == "other tasks" {
			out[kind] += ms(to - from)
			continue
		}
		out[kind+": task"] += ms(to - from)
		rest := to - from
		for p, v := range wall {
			out[kind+": "+p] += ms(v)
			out["cpu "+kind+": "+p] += ms(cpu[p])
			out["cpu style to commit"] += ms(cpu[p])
			rest -= v
		}
		if kind == "frame" {
			out["frame: rest"] += ms(rest)
			out["cpu frame: task"] += ms(t.Tdur)
		}
		if print {
			fmt.Printf("  %7.2f ms +%6.2f %-5s", ms(from-start), ms(to-from), kind)
			for _, p := range []string{"style", "layout", "pre-paint", "paint", "layerize+commit"} {
				fmt.Printf(" %s %.2f", p, ms(wall[p]))
			}
			fmt.Println()
		}
	}
	out["to paint"] = ms(painted - start)
	out["to done"] = ms(done - start)
	out["idle"] = ms(painted-start) - ms(busy)
	return out
}
