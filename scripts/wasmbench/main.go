// Command wasmbench times the page's analysis in WebAssembly: it builds
// scripts/wasmbench/prog for js/wasm (as the page is built: -trimpath,
// -ldflags=-s -w) and runs it under Node with GOGC=400, as the page runs,
// over TOSBack's arlo.md (51 KB, the page's figure for issue 17) and
// whatever other texts are named. It prints, per text and build, the median
// over the rounds of each round's median wall time of one analysis, the
// fastest analysis of all, and the median CPU time of the Node process per
// analysis (the figure that moves least with the load of other work).
//
// With -instructions it counts instructions instead of timing, which the
// load of other work does not move: valgrind's cachegrind runs Node with
// V8's optimising compiler only (--no-liftoff, --single-threaded, so that
// all code is compiled the same way each time) over one analysis and over
// eleven, each after one to warm up, and the difference over ten is the
// instructions of one analysis (a few minutes a build, more at load).
//
// With -profile FILE it profiles instead: it builds the working tree with
// its names kept (no -s -w, so that V8 names the Go functions), runs one
// Node with --cpu-prof over the analyses of the first text (-n, 300 unless
// given, after -warm, which the profile holds too), writes Node's
// .cpuprofile to FILE (readable in Chrome's DevTools) and prints the
// functions with the most time of their own within analyzer.Analyze, and
// the share of that time that runs in the runtime's collector. Under the
// profiler (a sample every 100 µs) an analysis takes longer than in the
// page: the shares, not the milliseconds, are what it tells.
//
// With -base, it also builds those revisions (from `git archive`, so no
// worktree or branch is touched, with the working tree's prog dropped in and
// each revision's own sentence model) and runs the builds in turns, round
// after round, so that the machine's load falls on all of them alike.
//
//	go run ./scripts/wasmbench [-base rev1,rev2] [-rounds 3] [-n 40] [-warm 20] [-instructions | -profile FILE] [text ...]
//	make wasm-bench [BASE=rev1,rev2]
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
)

type build struct {
	name, wasm, model string
}

func main() {
	bases := flag.String("base", "", "comma-separated git revisions to time against the working tree")
	rounds := flag.Int("rounds", 3, "runs of each build, in turns")
	n := flag.Int("n", 40, "timed analyses per text and run")
	warm := flag.Int("warm", 20, "analyses per text before timing")
	corpus := flag.String("corpus", "../shared/corpus", "corpus folder (relative to the repository root unless absolute)")
	keep := flag.Bool("keep", false, "keep the temporary folder (the builds)")
	instructions := flag.Bool("instructions", false, "count instructions under valgrind instead of timing")
	profile := flag.String("profile", "", "write Node's CPU profile of the working tree's analyses to this .cpuprofile and print the top functions")
	nodeFlags := flag.String("node", "", "flags for node, space-separated (--no-liftoff: V8's optimising compiler from the start)")
	flag.Parse()
	root := strings.TrimSpace(run("", "git", "rev-parse", "--show-toplevel"))
	texts := flag.Args()
	if len(texts) == 0 {
		dir := *corpus
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(root, dir)
		}
		arlo := filepath.Join(dir, "tosback", "arlo.md")
		if _, err := os.Stat(arlo); err != nil {
			arlo = filepath.Join(root, "testdata", "policies", "fernway.txt")
			fmt.Println("wasmbench: no corpus at", dir, "- timing", arlo, "instead of arlo.md")
		}
		texts = []string{arlo}
	}
	for i, t := range texts {
		abs, err := filepath.Abs(t)
		check(err)
		texts[i] = abs
	}
	node, err := exec.LookPath("node")
	check(err)
	runner := filepath.Join(strings.TrimSpace(run("", "go", "env", "GOROOT")), "lib", "wasm", "wasm_exec_node.js")
	tmp, err := os.MkdirTemp("", "wasmbench-")
	check(err)
	if *keep {
		fmt.Println("wasmbench: keeping", tmp)
	} else {
		defer os.RemoveAll(tmp)
	}

	if *profile != "" {
		if !flagSet("n") {
			*n = 300 // some 10 K samples: a function's share to about half a point
		}
		wasm := filepath.Join(tmp, "named.wasm")
		wasmBuildNamed(root, "./scripts/wasmbench/prog", wasm)
		profileAnalyses(node, runner, wasm, filepath.Join(root, "analyzer", "weights", "en.bin"), texts[0], *profile, *n, *warm, tmp)
		return
	}

	prog, err := os.ReadFile(filepath.Join(root, "scripts", "wasmbench", "prog", "main.go"))
	check(err)
	builds := []build{{"working tree", filepath.Join(tmp, "head.wasm"), filepath.Join(root, "analyzer", "weights", "en.bin")}}
	wasmBuild(root, "./scripts/wasmbench/prog", builds[0].wasm)
	for _, b := range strings.Split(*bases, ",") {
		if b = strings.TrimSpace(b); b == "" {
			continue
		}
		rev := strings.TrimSpace(run(root, "git", "rev-parse", "--short", b+"^{commit}"))
		src := filepath.Join(tmp, rev)
		check(os.MkdirAll(filepath.Join(src, "wasmbench_prog"), 0o755))
		run(root, "sh", "-c", fmt.Sprintf("git archive --format=tar %s | tar -x -C %s", rev, src))
		check(os.WriteFile(filepath.Join(src, "wasmbench_prog", "main.go"), prog, 0o644))
		// The program imports wasm/heap (for -touch), which revisions
		// before 6 December lack: they get the working tree's.
		if _, err := os.Stat(filepath.Join(src, "wasm", "heap")); os.IsNotExist(err) {
			check(os.MkdirAll(filepath.Join(src, "wasm", "heap"), 0o755))
			for _, f := range []string{"doc.go", "heap.go"} {
				b, err := os.ReadFile(filepath.Join(root, "wasm", "heap", f))
				check(err)
				check(os.WriteFile(filepath.Join(src, "wasm", "heap", f), b, 0o644))
			}
		}
		bd := build{rev, filepath.Join(tmp, rev+".wasm"), filepath.Join(src, "analyzer", "weights", "en.bin")}
		wasmBuild(src, "./wasmbench_prog", bd.wasm)
		builds = append(builds, bd)
	}

	if *instructions {
		countInstructions(builds, node, runner, texts, tmp)
		return
	}

	// results[build][text] holds each round's median wall, fastest wall and median CPU.
	type stats struct{ med, min, cpu []float64 }
	results := make([][]stats, len(builds))
	findings, alloc := make([][]string, len(builds)), make([][]string, len(builds))
	for i := range results {
		results[i] = make([]stats, len(texts))
		findings[i], alloc[i] = make([]string, len(texts)), make([]string, len(texts))
	}
	for r := 0; r < *rounds; r++ {
		for i, b := range builds {
			args := append(strings.Fields(*nodeFlags), runner, b.wasm, "-model", b.model, "-n", strconv.Itoa(*n), "-warm", strconv.Itoa(*warm))
			cmd := exec.Command(node, append(args, texts...)...)
			cmd.Env = append(os.Environ(), "GOGC=400")
			cmd.Stderr = os.Stderr
			out, err := cmd.Output()
			check(err)
			sc := bufio.NewScanner(bytes.NewReader(out))
			for t := 0; sc.Scan(); t++ {
				f := strings.Split(sc.Text(), "\t")
				if len(f) < 7 || t >= len(texts) {
					check(fmt.Errorf("unexpected output of %s: %q", b.name, sc.Text()))
				}
				s := &results[i][t]
				s.med = append(s.med, num(f[2]))
				s.min = append(s.min, num(f[3]))
				s.cpu = append(s.cpu, num(f[5]))
				findings[i][t] = f[6]
				if len(f) >= 9 { // KB allocated per analysis, and collections (older progs printed neither)
					alloc[i][t] = f[7]
				}
			}
		}
	}
	fmt.Printf("wasmbench: %d rounds x %d analyses (after %d) per text and build, GOGC=400; ms per analysis\n", *rounds, *n, *warm)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "text\tbuild\tmedian\tfastest\tCPU\trounds' medians\tfindings\tKB allocated\t")
	for t, path := range texts {
		for i, b := range builds {
			s := results[i][t]
			var meds []string
			for _, m := range s.med {
				meds = append(meds, fmt.Sprintf("%.2f", m))
			}
			fmt.Fprintf(tw, "%s\t%s\t%.2f\t%.2f\t%.2f\t%s\t%s\t%s\t\n", filepath.Base(path), b.name,
				median(s.med), slices.Min(s.min), median(s.cpu), strings.Join(meds, " "), findings[i][t], alloc[i][t])
		}
	}
	tw.Flush()
}

// countInstructions prints the instructions of one analysis of each text by
// each build, counted by cachegrind (see the package comment).
func countInstructions(builds []build, node, runner string, texts []string, tmp string) {
	valgrind, err := exec.LookPath("valgrind")
	check(err)
	fmt.Println("wasmbench: instructions of one analysis (cachegrind, node --no-liftoff --single-threaded, GOGC=400; 11 analyses less 1)")
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "text\tbuild\tM instructions\t")
	for _, text := range texts {
		for _, b := range builds {
			var count [2]float64
			for k, n := range []string{"1", "11"} {
				out := filepath.Join(tmp, "cachegrind.out")
				cmd := exec.Command(valgrind, "--tool=cachegrind", "--cache-sim=no", "--smc-check=all-non-file",
					"--cachegrind-out-file="+out, node, "--no-liftoff", "--single-threaded", runner, b.wasm,
					"-model", b.model, "-n", n, "-warm", "1", text)
				cmd.Env = append(os.Environ(), "GOGC=400")
				msg, err := cmd.CombinedOutput()
				if err != nil {
					check(fmt.Errorf("valgrind on %s: %v\n%s", b.name, err, msg))
				}
				count[k] = irOf(string(msg))
				os.Remove(out)
			}
			fmt.Fprintf(tw, "%s\t%s\t%.1f\t\n", filepath.Base(text), b.name, (count[1]-count[0])/10/1e6)
		}
	}
	tw.Flush()
}

// irOf reads the "I refs:" total of cachegrind's summary.
func irOf(out string) float64 {
	for _, line := range strings.Split(out, "\n") {
		if _, rest, ok := strings.Cut(line, "I   refs:"); ok {
			return num(strings.ReplaceAll(strings.TrimSpace(rest), ",", ""))
		}
	}
	check(fmt.Errorf("no instruction count in valgrind's output:\n%s", out))
	return 0
}

// flagSet reports whether flag name was given on the command line.
func flagSet(name string) (set bool) {
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

func wasmBuild(dir, pkg, out string) { wasmBuildWith(dir, pkg, out, "-ldflags=-s -w") }

// wasmBuildNamed is wasmBuild keeping the symbol table and DWARF, from
// which the linker writes the WASM's name section.
func wasmBuildNamed(dir, pkg, out string) { wasmBuildWith(dir, pkg, out) }

func wasmBuildWith(dir, pkg, out string, flags ...string) {
	args := append(append([]string{"build", "-trimpath"}, flags...), "-o", out, pkg)
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		check(fmt.Errorf("building %s in %s: %v\n%s", pkg, dir, err, b))
	}
}

func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	return s[len(s)/2]
}

func num(s string) float64 {
	v, err := strconv.ParseFloat(s, 64)
	check(err)
	return v
}

func run(dir, name string, args ...string) string {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		check(fmt.Errorf("%s %s: %v", name, strings.Join(args, " "), err))
	}
	return string(out)
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmbench:", err)
		os.Exit(1)
	}
}
