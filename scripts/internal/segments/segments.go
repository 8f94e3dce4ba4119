// Package segments reads the research corpora's segment files
// (../shared/corpus/opp115/*.jsonl, mapp/train.jsonl): one JSON object per
// line, a paragraph-sized unit of a policy and its labels. Only the
// development scripts read them; nothing that ships does.
package segments

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
)

// Segment is one line of a segment file.
type Segment struct {
	Policy     string   `json:"policy"`
	Segment    int      `json:"segment"`
	Text       string   `json:"text"`
	Categories []string `json:"categories"`
	DataTypes  []string `json:"dataTypes"`
}

// Load reads a segment file.
func Load(path string) ([]Segment, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Segment
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var s Segment
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		out = append(out, s)
	}
	return out, sc.Err()
}
