package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// profileAnalyses runs n analyses of text (after warm) by wasm under Node's
// CPU profiler (a sample every 100 µs), copies the .cpuprofile to out and
// prints the 40 functions with the most self time within analyzer.Analyze.
func profileAnalyses(node, runner, wasm, model, text, out string, n, warm int, tmp string) {
	dir := filepath.Join(tmp, "prof")
	cmd := exec.Command(node, "--cpu-prof", "--cpu-prof-dir="+dir, "--cpu-prof-interval=100",
		runner, wasm, "-model", model, "-n", strconv.Itoa(n), "-warm", strconv.Itoa(warm), text)
	cmd.Env = append(os.Environ(), "GOGC=400")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	check(cmd.Run())
	files, err := filepath.Glob(filepath.Join(dir, "*.cpuprofile"))
	check(err)
	if len(files) != 1 {
		check(fmt.Errorf("%d profiles in %s", len(files), dir))
	}
	b, err := os.ReadFile(files[0])
	check(err)
	check(os.WriteFile(out, b, 0o644))
	var p struct {
		Nodes []struct {
			ID        int   `json:"id"`
			Children  []int `json:"children"`
			CallFrame struct {
				FunctionName string `json:"functionName"`
			} `json:"callFrame"`
		} `json:"nodes"`
		Samples    []int `json:"samples"`
		TimeDeltas []int `json:"timeDeltas"`
	}
	check(json.Unmarshal(b, &p))
	name, parent := map[int]string{}, map[int]int{}
	for _, nd := range p.Nodes {
		name[nd.ID] = strings.ReplaceAll(nd.CallFrame.FunctionName, "github.com_policylens_policylens_", "")
		for _, c := range nd.Children {
			parent[c] = nd.ID
		}
	}
	// Each node's time: a sample's delta is the time before it.
	at := map[int]int{}
	for i, s := range p.Samples {
		if i+1 < len(p.TimeDeltas) {
			at[s] += p.TimeDeltas[i+1]
		}
	}
	self := map[string]int{}
	var total, gc int
	for id, t := range at {
		in, collect := false, false
		for a := id; a != 0; a = parent[a] {
			f := name[a]
			in = in || f == "analyzer.Analyze"
			collect = collect || strings.HasPrefix(f, "runtime.gc") || strings.Contains(f, "sweep") || strings.Contains(f, "markroot")
		}
		if !in {
			continue
		}
		total += t
		self[name[id]] += t
		if collect {
			gc += t
		}
	}
	if total == 0 {
		check(fmt.Errorf("no samples within analyzer.Analyze in %s (a build without names?)", files[0]))
	}
	type row struct {
		f string
		t int
	}
	var rows []row
	for f, t := range self {
		rows = append(rows, row{f, t})
	}
	slices.SortFunc(rows, func(a, b row) int { return cmp.Or(b.t-a.t, strings.Compare(a.f, b.f)) })
	fmt.Printf("wasmbench: %s, %d analyses under node --cpu-prof: %.0f ms within analyzer.Analyze, %.1f%% of it the collector's; profile in %s\n",
		filepath.Base(text), n, float64(total)/1000, 100*float64(gc)/float64(total), out)
	for _, r := range rows[:min(40, len(rows))] {
		fmt.Printf("%5.1f%%  %s\n", 100*float64(r.t)/float64(total), r.f)
	}
}
