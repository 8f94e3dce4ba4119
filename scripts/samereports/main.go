// Command samereports proves that a change to the analyzer leaves its
// reports byte for byte as they were. It builds the analyzer at a base
// revision (from `git archive`, so no worktree or branch is touched) and at
// the working tree, runs both over every corpus text — the TOSBack policies,
// the seeds, and each segment of OPP-115 train and dev and MAPP train alone
// and each of their policies whole (segments joined by blank lines, as
// scripts/eval reads them) — and compares the JSON reports, with and without
// blocks. It prints how many differ and the first differences, and exits 1
// when any does. Without the corpus it says so and exits 0.
//
//	go run ./scripts/samereports -base main [-corpus ../shared/corpus] [-show 5]
//	make samereports BASE=main
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

func main() {
	base := flag.String("base", "main", "git revision to compare the working tree with")
	corpus := flag.String("corpus", "../shared/corpus", "corpus folder (relative to the repository root unless absolute)")
	show := flag.Int("show", 5, "differences to print")
	keep := flag.Bool("keep", false, "keep the temporary folder (the reports of both sides)")
	flag.Parse()
	root := strings.TrimSpace(run("", "git", "rev-parse", "--show-toplevel"))
	dir := *corpus
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(root, dir)
	}
	if _, err := os.Stat(filepath.Join(dir, "tosback")); err != nil {
		fmt.Printf("samereports: skipped: no corpus at %s (it lives in ../shared/corpus beside the repository)\n", dir)
		return
	}
	rev := strings.TrimSpace(run(root, "git", "rev-parse", "--short", *base+"^{commit}"))
	tmp, err := os.MkdirTemp("", "samereports-")
	check(err)
	if *keep {
		fmt.Println("samereports: keeping", tmp)
	} else {
		cleanup = func() { os.RemoveAll(tmp) }
		defer cleanup()
	}
	start := time.Now()

	// The base: its tree from git archive, with the dumper of the working
	// tree dropped in (it uses only Analyze and WithBlocks).
	src := filepath.Join(tmp, "base")
	check(os.MkdirAll(src, 0o755))
	run(root, "sh", "-c", fmt.Sprintf("git archive --format=tar %s | tar -x -C %s", rev, src))
	dumper, err := os.ReadFile(filepath.Join(root, "scripts", "samereports", "dumper", "main.go"))
	check(err)
	check(os.MkdirAll(filepath.Join(src, "samereports_dumper"), 0o755))
	check(os.WriteFile(filepath.Join(src, "samereports_dumper", "main.go"), dumper, 0o644))
	baseBin, headBin := filepath.Join(tmp, "base.bin"), filepath.Join(tmp, "head.bin")
	run(src, "go", "build", "-o", baseBin, "./samereports_dumper")
	run(root, "go", "build", "-o", headBin, "./scripts/samereports/dumper")

	// Both sides at once: the machine has two cores.
	baseOut, headOut := filepath.Join(tmp, "base.txt"), filepath.Join(tmp, "head.txt")
	var wg sync.WaitGroup
	for _, side := range [][2]string{{baseBin, baseOut}, {headBin, headOut}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			run(root, side[0], "-corpus", dir, "-out", side[1])
		}()
	}
	wg.Wait()

	texts, diffs, langs := compare(baseOut, headOut, *show)
	also := ""
	if langs > 0 {
		also = fmt.Sprintf("; %d more differ only in the languages their not-English notice lists", langs)
	}
	fmt.Printf("samereports: %d texts x 2 reports (plain, with blocks), base %s vs working tree: %d differ%s (%.0fs)\n",
		texts, rev, diffs, also, time.Since(start).Seconds())
	if diffs > 0 {
		exit(1)
	}
}

// cleanup removes the temporary folder (two trees and their reports, over
// 400 MB), also on the way out through exit.
var cleanup = func() {}

// exit ends the program with code after cleanup: os.Exit runs no deferred
// calls, and a run that finds differences must not leave its folder behind.
func exit(code int) {
	cleanup()
	os.Exit(code)
}

// compare reads the two dumps record by record (name, report, report with
// blocks), prints the first show differences and returns how many texts
// there were, how many of them differ, and how many more differ only in
// the languages their not-English notice lists (which every language the
// outline reader gains changes; see sameButLanguages).
func compare(basePath, headPath string, show int) (texts, diffs, langs int) {
	bf, err := os.Open(basePath)
	check(err)
	defer bf.Close()
	hf, err := os.Open(headPath)
	check(err)
	defer hf.Close()
	b, h := bufio.NewReaderSize(bf, 1<<20), bufio.NewReaderSize(hf, 1<<20)
	for {
		bn, errB := b.ReadBytes('\n')
		hn, errH := h.ReadBytes('\n')
		if errB == io.EOF && errH == io.EOF {
			return texts, diffs, langs
		}
		if errB != nil || errH != nil || !bytes.Equal(bn, hn) {
			fmt.Printf("samereports: the two sides read different texts (%q vs %q)\n", bn, hn)
			exit(2)
		}
		texts++
		differs, languages := false, false
		for _, variant := range []string{"report", "report with blocks"} {
			br, err1 := b.ReadBytes('\n')
			hr, err2 := h.ReadBytes('\n')
			check(err1)
			check(err2)
			if bytes.Equal(br, hr) {
				continue
			}
			if sameButLanguages(br, hr) {
				languages = true
				continue
			}
			differs = true
			if diffs < show {
				i := 0
				for i < len(br) && i < len(hr) && br[i] == hr[i] {
					i++
				}
				fmt.Printf("\n%s (%s) differs at byte %d:\n  base: %s\n  head: %s\n", strings.TrimSpace(string(bn)), variant, i, clip(br, i), clip(hr, i))
			}
		}
		if differs {
			diffs++
		} else if languages {
			langs++
		}
	}
}

// notEnglishLead is how the analyzer's not-English notice begins its list
// of the languages it reads (analyzer/input.go).
const notEnglishLead = "in a language PolicyLens reads: "

// sameButLanguages reports whether reports a and b (JSON lines) are the
// same but for the list of languages after notEnglishLead, up to the end
// of that message.
func sameButLanguages(a, b []byte) bool {
	i := bytes.Index(a, []byte(notEnglishLead))
	j := bytes.Index(b, []byte(notEnglishLead))
	if i < 0 || i != j {
		return false
	}
	i += len(notEnglishLead)
	ea, eb := bytes.IndexByte(a[i:], '"'), bytes.IndexByte(b[i:], '"')
	if ea < 0 || eb < 0 {
		return false
	}
	return bytes.Equal(a[:i], b[:i]) && bytes.Equal(a[i+ea:], b[i+eb:])
}

// clip shows the JSON around byte i.
func clip(b []byte, i int) string {
	from, to := max(0, i-120), min(len(b), i+120)
	return "…" + strings.TrimSpace(string(b[from:to])) + "…"
}

// run runs a command in dir and returns its output, exiting on failure.
func run(dir, name string, args ...string) string {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintf(os.Stderr, "samereports: %s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
		exit(2)
	}
	return out.String()
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "samereports:", err)
		exit(2)
	}
}
