package e2e

// Figures for the README, not timed tests:
//
//	go test -run '^$' -bench Page -benchtime 5x ./e2e/   (make page-bench)
//
// BenchmarkPageReady measures navigation to policylens.ready (analyser
// compiled and warmed up); BenchmarkPageAnalyze measures, in the page, the
// time from the input event to the highlights and summary being in the DOM
// for every seed policy and a 1 MB policy.

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

func BenchmarkPageReady(b *testing.B) {
	srv := servePage(b)
	ctx := newBrowser(b)
	b.Cleanup(func() { chromedp.Cancel(ctx) })
	var total float64
	for i := 0; i < b.N; i++ {
		var ms float64
		pageRun(b, ctx,
			chromedp.Navigate(fmt.Sprintf("%s/?n=%d", srv.URL, i)),
			pageEvalAwait(`policylens.ready.then(() => performance.now())`, &ms),
		)
		total += ms
	}
	b.ReportMetric(total/float64(b.N), "ms/ready")
}

func BenchmarkPageAnalyze(b *testing.B) {
	ctx, _ := openPage(b)
	seeds := pageSeeds(b)
	names := make([]string, 0, len(seeds))
	for n := range seeds {
		names = append(names, n)
	}
	sort.Strings(names)
	var mb strings.Builder
	for mb.Len() < 1<<20 {
		for _, n := range names {
			mb.WriteString(seeds[n])
			mb.WriteString("\n\n")
		}
	}
	cases := map[string]string{"1MB": mb.String()[:1<<20]}
	for _, n := range names {
		cases[strings.TrimSuffix(n, ".txt")] = seeds[n]
	}
	for name, text := range cases {
		b.Run(name, func(b *testing.B) {
			var analyse, render float64
			for i := 0; i < b.N; i++ {
				pagePaste(b, ctx, text+strings.Repeat(" ", i+1)) // a new text each time
				var ds map[string]string
				pageRun(b, ctx, chromedp.Evaluate(`({...document.body.dataset})`, &ds))
				a, _ := strconv.ParseFloat(ds["analyzeMs"], 64)
				r, _ := strconv.ParseFloat(ds["renderMs"], 64)
				analyse += a
				render += r
			}
			b.ReportMetric(analyse/float64(b.N), "ms/analyse")
			b.ReportMetric(render/float64(b.N), "ms/render")
			b.ReportMetric((analyse+render)/float64(b.N), "ms/total")
			b.ReportMetric(float64(len(text))/1024, "KB")
		})
	}
}
