//go:build unix

// Command bench measures the analyzer's speed on one core against gzip -6
// on the same bytes, in one run, so that the ratio holds however fast or
// busy the machine is:
//
//   - analyze: every TOSBack policy through analyzer.Analyze in this
//     process, on one core (GOMAXPROCS=1): CPU time, MB/s, allocations and
//     bytes allocated per KB of input;
//   - cli: `policylens analyze --jsonl` with GOMAXPROCS=1 over the same
//     policies as JSON lines (start-up, JSON in and out included);
//   - gzip: `gzip -6` over the same policies, back to back.
//
// The three run in turn, -runs times; each figure is the median, and each
// ratio the median of the ratios of one round (a busy moment slows the
// commands of one round alike). It also prints the first Analyze after
// start (the rules ready, the first buffers allocated) and a later one of
// the same text. With -instructions it instead runs one pass over the
// seeds under valgrind's callgrind and prints the instructions it took
// (repeatable on a noisy machine).
//
//	go run ./scripts/bench [-corpus ../shared/corpus] [-runs 5] [-instructions]
//	make bench
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/policylens/policylens/analyzer"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpus", "corpus folder (relative to the repository root unless absolute)")
	runs := flag.Int("runs", 5, "rounds of analyze, cli and gzip")
	instructions := flag.Bool("instructions", false, "count the instructions of one pass over the seeds with callgrind")
	seedsPasses := flag.Int("seeds-passes", 0, "internal: analyse the seeds once to warm up, then this many times (for callgrind)")
	flag.Parse()
	first := firstAnalyze() // before anything else touches the analyzer
	dir := *corpus
	if !filepath.IsAbs(dir) {
		root, err := exec.Command("git", "rev-parse", "--show-toplevel").Output()
		check(err)
		dir = filepath.Join(strings.TrimSpace(string(root)), dir)
	}
	if _, err := os.Stat(filepath.Join(dir, "tosback")); err != nil {
		fmt.Printf("bench: skipped: no corpus at %s (it lives in ../shared/corpus beside the repository)\n", dir)
		return
	}
	switch {
	case *seedsPasses > 0:
		seeds := load(dir, "seeds/*.txt")
		analyzeAll(seeds) // warm up: the rules, the buffers
		for range *seedsPasses {
			analyzeAll(seeds)
		}
		return
	case *instructions:
		countInstructions(dir)
		return
	}
	texts := load(dir, "tosback/*.md")
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	tmp, err := os.MkdirTemp("", "policylens-bench-")
	check(err)
	defer os.RemoveAll(tmp)
	plain, jsonl, cli := filepath.Join(tmp, "tosback.txt"), filepath.Join(tmp, "tosback.jsonl"), filepath.Join(tmp, "policylens")
	check(os.WriteFile(plain, []byte(strings.Join(texts, "")), 0o644))
	check(os.WriteFile(jsonl, jsonLines(texts), 0o644))
	run("", "go", "build", "-o", cli, "./cmd/policylens")

	runtime.GOMAXPROCS(1)
	var an, cl, gz, anRatio, clRatio, allocs, bytes []float64
	for range *runs {
		cpu, n, b := analyzePass(texts)
		g := childCPU(plain, "gzip", "-6", "-c")
		c := childCPU(jsonl, cli, "analyze", "--jsonl")
		an, cl, gz = append(an, cpu), append(cl, c), append(gz, g)
		anRatio, clRatio = append(anRatio, g/cpu), append(clRatio, g/c)
		allocs, bytes = append(allocs, float64(n)/(float64(total)/1024)), append(bytes, float64(b)/float64(total))
	}
	mb := float64(total) / 1e6
	fmt.Printf("bench: %d TOSBack policies, %.1f MB, one core, median of %d rounds of CPU time (× gzip: speed over gzip -6's)\n", len(texts), mb, *runs)
	fmt.Printf("  %-34s %7.1f MB/s  %5.2f× gzip  %6.0f allocs/KB  %5.2f bytes allocated per byte\n",
		"analyze (in process)", mb/median(an), median(anRatio), median(allocs), median(bytes))
	fmt.Printf("  %-34s %7.1f MB/s  %5.2f× gzip\n", "policylens analyze --jsonl", mb/median(cl), median(clRatio))
	fmt.Printf("  %-34s %7.1f MB/s\n", "gzip -6", mb/median(gz))
	fmt.Printf("  first Analyze after start %.2f ms, the same text again %.2f ms\n", first[0], first[1])
}

// firstAnalyze times the first Analyze of the process (the rules ready, the
// first buffers allocated) and a second one of the same text, in ms.
func firstAnalyze() [2]float64 {
	text := strings.Repeat("We collect your email address and share it with advertisers. You may ask us to delete it. ", 20)
	var ms [2]float64
	for i := range ms {
		t0 := time.Now()
		analyzer.Analyze(text)
		ms[i] = float64(time.Since(t0).Microseconds()) / 1000
	}
	return ms
}

// analyzePass analyses every text once and returns the CPU seconds, the
// allocations and the bytes allocated.
func analyzePass(texts []string) (float64, uint64, uint64) {
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	t0 := cpuSeconds()
	for _, t := range texts {
		analyzer.Analyze(t)
	}
	cpu := cpuSeconds() - t0
	runtime.ReadMemStats(&m1)
	return cpu, m1.Mallocs - m0.Mallocs, m1.TotalAlloc - m0.TotalAlloc
}

func analyzeAll(texts []string) {
	for _, t := range texts {
		analyzer.Analyze(t)
	}
}

// countInstructions runs this program's seeds passes under callgrind, once
// with one pass after the warm-up and once with three, and prints half the
// difference of the two counts: one pass, without the start-up. (Counting
// only inside a function with --toggle-collect is upset by Go's stack
// switches.) The garbage collector is off.
func countInstructions(dir string) {
	if _, err := exec.LookPath("valgrind"); err != nil {
		fmt.Println("bench: skipped: -instructions needs valgrind")
		return
	}
	tmp, err := os.MkdirTemp("", "policylens-bench-")
	check(err)
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "bench")
	run("", "go", "build", "-o", bin, "./scripts/bench")
	var counts [2]float64
	for i, passes := range []int{1, 3} {
		out := filepath.Join(tmp, fmt.Sprintf("callgrind.%d", passes))
		cmd := exec.Command("valgrind", "--tool=callgrind", "--callgrind-out-file="+out,
			bin, "-corpus", dir, "-seeds-passes", strconv.Itoa(passes))
		// Go's preemption signals upset callgrind; one core keeps the count
		// repeatable; without the garbage collector, whose work depends on
		// the heap the program starts with, the count is the analysis's
		// own (allocation included; make bench prints allocations per KB).
		// valgrind 3.19 does not know RDTSCP, which the runtime's lock
		// reads when it spins (cpu.rdtscp=off: it reads RDTSC instead).
		cmd.Env = append(os.Environ(), "GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off", "GOMAXPROCS=1", "GOGC=off")
		msg, err := cmd.CombinedOutput()
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s\n", msg)
			check(err)
		}
		b, err := os.ReadFile(out)
		check(err)
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "summary: "); ok {
				counts[i], err = strconv.ParseFloat(strings.TrimSpace(v), 64)
				check(err)
			}
		}
		if counts[i] == 0 {
			check(fmt.Errorf("no summary line in %s", out))
		}
	}
	fmt.Printf("bench: %.2f million instructions per pass over the 5 seeds (callgrind: half the difference between three passes and one, after one to warm up)\n", (counts[1]-counts[0])/2/1e6)
}

// childCPU runs a command with stdin from the file in, stdout discarded and
// GOMAXPROCS=1, and returns the CPU seconds it took.
func childCPU(in string, name string, args ...string) float64 {
	f, err := os.Open(in)
	check(err)
	defer f.Close()
	cmd := exec.Command(name, args...)
	cmd.Stdin = f
	cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
	cmd.Stderr = os.Stderr
	check(cmd.Run())
	return (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds()
}

// cpuSeconds is the CPU time this process has used.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	check(syscall.Getrusage(syscall.RUSAGE_SELF, &ru))
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// jsonLines writes the texts as policylens --jsonl input.
func jsonLines(texts []string) []byte {
	var b []byte
	for i, t := range texts {
		b = append(b, `{"id":`...)
		b = strconv.AppendInt(b, int64(i), 10)
		b = append(b, `,"text":`...)
		b = appendJSONString(b, t)
		b = append(b, "}\n"...)
	}
	return b
}

// appendJSONString appends s as a JSON string, its bytes as they are but
// for the quote, the backslash and control characters.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20:
			b = append(b, `\u00`...)
			b = append(b, "0123456789abcdef"[c>>4], "0123456789abcdef"[c&15])
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}

func load(dir, pattern string) []string {
	files, err := filepath.Glob(filepath.Join(dir, pattern))
	check(err)
	sort.Strings(files)
	var out []string
	for _, p := range files {
		b, err := os.ReadFile(p)
		check(err)
		out = append(out, string(b))
	}
	return out
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func run(dir, name string, args ...string) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	check(cmd.Run())
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}
