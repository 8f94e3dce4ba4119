//go:build js && wasm

// Command prog is what scripts/wasmbench runs in WebAssembly under Node: it
// reads the sentence model and the texts named on its command line, and
// times analyzer.Analyze with that model, as the page asks for it
// (wasm/page's analyze, without blocks), -n times per text after -warm
// analyses to let V8's optimising compiler catch up. For each text it prints
// one line: the text, its bytes, the median, fastest and mean wall time of
// an analysis in milliseconds, the median CPU time of the Node process
// (process.cpuUsage, user + system) per analysis, the findings of the last
// report (the same at every revision that reads the text the same way), the
// KB allocated per analysis and the collections during the timed ones.
//
// With -touch it first readies the heap as the page does after its warm-up
// (wasm/heap.Touch), and says what that cost.
//
// It uses only analyzer.Analyze, analyzer.WithModel and model.Load (and
// wasm/heap with -touch, which scripts/wasmbench copies into revisions
// that lack it), so scripts/wasmbench can drop it into older revisions too. Whoever starts it
// sets GOGC (the page runs with GOGC=400).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall/js"
	"time"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/analyzer/model"
	"github.com/policylens/policylens/wasm/heap"
)

func main() {
	modelPath := flag.String("model", "", "the sentence model (analyzer/weights/en.bin); empty: the rules alone")
	n := flag.Int("n", 40, "timed analyses per text")
	warm := flag.Int("warm", 20, "analyses per text before timing")
	touch := flag.Bool("touch", false, "ready the heap as the page does after its warm-up (wasm/heap.Touch) before the analyses")
	flag.Parse()
	var opts []analyzer.Option
	if *modelPath != "" {
		b, err := os.ReadFile(*modelPath)
		check(err)
		m, err := model.Load(b)
		check(err)
		opts = append(opts, analyzer.WithModel(m))
	} else {
		opts = append(opts, analyzer.WithModel(nil))
	}
	process := js.Global().Get("process")
	cpu := func() float64 { // ms of CPU the process has used
		u := process.Call("cpuUsage")
		return (u.Get("user").Float() + u.Get("system").Float()) / 1000
	}
	if *touch {
		c0, t0 := cpu(), time.Now()
		mb := heap.Touch(func() bool { return true })
		fmt.Fprintf(os.Stderr, "wasmbench: heap.Touch: %d MB in %.1f ms (CPU %.1f ms)\n", mb,
			float64(time.Since(t0).Microseconds())/1000, cpu()-c0)
	}
	for _, path := range flag.Args() {
		b, err := os.ReadFile(path)
		check(err)
		// As the page reads a pasted text (e2e's textareaText).
		text := strings.ReplaceAll(strings.ReplaceAll(string(b), "\r\n", "\n"), "\r", "\n")
		var r *analyzer.Report
		for i := 0; i < *warm; i++ {
			r = analyzer.Analyze(text, opts...)
		}
		wall := make([]float64, *n)
		cpus := make([]float64, *n)
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		for i := range wall {
			c0, t0 := cpu(), time.Now()
			r = analyzer.Analyze(text, opts...)
			wall[i] = float64(time.Since(t0).Microseconds()) / 1000
			cpus[i] = cpu() - c0
		}
		runtime.ReadMemStats(&m1)
		var sum float64
		for _, w := range wall {
			sum += w
		}
		mean := sum / float64(len(wall))
		slices.Sort(wall)
		slices.Sort(cpus)
		fmt.Printf("%s\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%d\t%d\t%d\n", filepath.Base(path), len(text),
			wall[len(wall)/2], wall[0], mean, cpus[len(cpus)/2], len(r.Findings),
			(m1.TotalAlloc-m0.TotalAlloc)/uint64(*n)/1024, m1.NumGC-m0.NumGC)
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmbench:", err)
		os.Exit(1)
	}
}
