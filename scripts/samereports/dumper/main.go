// Command dumper writes the analyzer's JSON report of every corpus text, for
// samereports to compare between two revisions. samereports builds it inside
// each revision's source tree, so it uses only the analyzer's stable public
// API (Analyze and WithBlocks).
//
// Output: for each text in a fixed order, three lines: its name, its report,
// its report with blocks.
//
//	go run ./scripts/samereports/dumper -corpus ../shared/corpus -out reports.txt
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/policylens/policylens/analyzer"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpus", "corpus folder")
	out := flag.String("out", "", "output file")
	flag.Parse()
	f, err := os.Create(*out)
	if err != nil {
		fail(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	n := 0
	emit := func(name, text string) {
		for _, opts := range [][]analyzer.Option{nil, {analyzer.WithBlocks()}} {
			if opts == nil {
				w.WriteString(name)
				w.WriteByte('\n')
			}
			b, err := json.Marshal(analyzer.Analyze(text, opts...))
			if err != nil {
				fail(fmt.Errorf("%s: %v", name, err))
			}
			w.Write(b)
			w.WriteByte('\n')
		}
		n++
	}
	for _, g := range []string{"tosback/*.md", "seeds/*.txt"} {
		files, _ := filepath.Glob(filepath.Join(*corpus, g))
		sort.Strings(files)
		for _, p := range files {
			b, err := os.ReadFile(p)
			if err != nil {
				fail(err)
			}
			emit(g[:strings.IndexByte(g, '/')]+"/"+filepath.Base(p), string(b))
		}
	}
	for _, j := range []string{"opp115/train.jsonl", "opp115/dev.jsonl", "mapp/train.jsonl"} {
		segs, err := load(filepath.Join(*corpus, j))
		if err != nil {
			fail(err)
		}
		// Each segment alone, then each policy's segments joined by blank
		// lines, as scripts/eval reads them.
		for _, s := range segs {
			emit(fmt.Sprintf("%s:%s/%d", j, s.Policy, s.Segment), s.Text)
		}
		for i := 0; i < len(segs); {
			k := i
			var text strings.Builder
			for ; k < len(segs) && segs[k].Policy == segs[i].Policy; k++ {
				if k > i {
					text.WriteString("\n\n")
				}
				text.WriteString(segs[k].Text)
			}
			emit(fmt.Sprintf("%s:%s", j, segs[i].Policy), text.String())
			i = k
		}
	}
	if err := w.Flush(); err != nil {
		fail(err)
	}
	if err := f.Close(); err != nil {
		fail(err)
	}
	fmt.Fprintf(os.Stderr, "dumper: %d texts\n", n)
}

type segment struct {
	Policy  string `json:"policy"`
	Segment int    `json:"segment"`
	Text    string `json:"text"`
}

func load(path string) ([]segment, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []segment
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var s segment
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		out = append(out, s)
	}
	return out, sc.Err()
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "dumper:", err)
	os.Exit(1)
}
