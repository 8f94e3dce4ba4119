// Command wasmsame is TestWASMSameReports's program, compiled for js/wasm and
// run under Node: it reads the sentence model from the file its first argument
// names, as the page reads the asset it loads (model.Load of its bytes,
// passed with analyzer.WithModel: a WebAssembly build embeds no model) and
// the outline cues from the file its second names (analyzer.SetOutline, as
// the page gives them their asset), then
// analyses the JSON lines {"id": ..., "text": ...} of standard input and
// writes one line {"id": ..., "report": ...} each, the bytes analyze --jsonl
// writes for them.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/analyzer/model"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "wasmsame:", err)
		os.Exit(1)
	}
}

func run() error {
	if len(os.Args) != 3 {
		return fmt.Errorf("usage: wasmsame MODEL OUTLINE < texts.jsonl")
	}
	cues, err := os.ReadFile(os.Args[2])
	if err != nil {
		return err
	}
	if err := analyzer.SetOutline(cues, nil); err != nil {
		return err
	}
	b, err := os.ReadFile(os.Args[1])
	if err != nil {
		return err
	}
	m, err := model.Load(b)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	w := bufio.NewWriter(os.Stdout)
	for sc.Scan() {
		var in struct {
			ID   json.RawMessage `json:"id"`
			Text string          `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &in); err != nil {
			return err
		}
		out, err := analyzer.Analyze(in.Text, analyzer.WithModel(m)).AppendJSON(nil)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "{\"id\":%s,\"report\":%s}\n", in.ID, out)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return w.Flush()
}
