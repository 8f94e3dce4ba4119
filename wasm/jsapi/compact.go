package jsapi

import (
	"encoding/binary"
	"errors"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/internal/jsonw"
)

// A report for a policy of megabytes holds tens of thousands of findings;
// as JSON it is tens of megabytes and decoding it with encoding/json in
// WebAssembly stalls the page for seconds. The analysis worker therefore
// sends findings in a compact binary form: repeated strings (kind, id, rule,
// explanation, condition, ...) go once into a table, each finding is
// findingInts little-endian int32s, and finding text is not sent at all
// since it is input[start:end]. The rest of the report stays JSON.

// findingInts is the number of int32 fields per finding.
const findingInts = 13

// Compact is the wire form between the worker and the page.
type Compact struct {
	Meta []byte // JSON of compactMeta
	Nums []byte // findingInts little-endian int32s per finding
}

type compactMeta struct {
	Report  *analyzer.Report `json:"report"` // Findings left empty
	Strings []string         `json:"strings"`
}

// EncodeCompact encodes r (whose spans are byte offsets into its input).
func EncodeCompact(r *analyzer.Report) (Compact, error) {
	rest := *r
	rest.Findings = nil
	idx := map[string]int{}
	var table []string
	intern := func(s string) int {
		i, ok := idx[s]
		if !ok {
			i = len(table)
			idx[s] = i
			table = append(table, s)
		}
		return i
	}
	nums := make([]byte, 0, len(r.Findings)*findingInts*4)
	for _, f := range r.Findings {
		neg := 0
		if f.Negated {
			neg = 1
		}
		for _, v := range [findingInts]int{intern(f.Kind), intern(f.ID), intern(f.Category), f.Start, f.End, neg,
			intern(f.Condition), intern(f.Rule), intern(f.Explanation), f.Sentence.Start, f.Sentence.End, f.Intro.Start, f.Intro.End} {
			nums = binary.LittleEndian.AppendUint32(nums, uint32(int32(v)))
		}
	}
	meta, err := compactMeta{Report: &rest, Strings: table}.AppendJSON(nil)
	return Compact{Meta: meta, Nums: nums}, err
}

// AppendJSON appends m as JSON to b, as encoding/json.Marshal writes it.
func (m compactMeta) AppendJSON(b []byte) ([]byte, error) {
	b = append(b, `{"report":`...)
	if m.Report == nil {
		b = append(b, "null"...)
	} else {
		var err error
		if b, err = m.Report.AppendJSON(b); err != nil {
			return nil, err
		}
	}
	w := jsonw.Writer{B: append(b, `,"strings":`...)}
	w.Strings(m.Strings)
	return append(w.B, '}'), nil
}

// DecodeJSON reads m as encoding/json.Unmarshal reads it (errors in d.Err).
func (m *compactMeta) DecodeJSON(d *jsonw.Decoder) {
	if !d.Object() {
		return
	}
	for d.More('}') {
		switch d.Field(compactMetaJSONNames) {
		case 0:
			if d.Peek() == 'n' {
				m.Report = nil
				d.Skip()
				continue
			}
			if m.Report == nil {
				m.Report = new(analyzer.Report)
			}
			m.Report.DecodeJSON(d)
		case 1:
			m.Strings = d.Strings()
		default:
			d.Skip()
		}
	}
}

var compactMetaJSONNames = []string{"report", "strings"}

// pauseEvery is how many findings DecodeCompact decodes between pauses.
const pauseEvery = 512

// DecodeCompact decodes what EncodeCompact made for input. A report of a
// long policy takes a while to decode: pause, when not nil, is called every
// few hundred findings and once the report's other parts are read (the page
// lets the browser run meanwhile).
func DecodeCompact(c Compact, input string, pause func()) (*analyzer.Report, error) {
	var m compactMeta
	if err := jsonw.Decode(c.Meta, m.DecodeJSON); err != nil {
		return nil, err
	}
	if m.Report == nil {
		return nil, errors.New("compact report: no report")
	}
	if len(c.Nums)%(findingInts*4) != 0 {
		return nil, errors.New("compact report: truncated findings")
	}
	if pause != nil {
		pause()
	}
	r := m.Report
	n := len(c.Nums) / (findingInts * 4)
	r.Findings = make([]analyzer.Finding, n)
	var v [findingInts]int
	for k := range n {
		if pause != nil && k%pauseEvery == pauseEvery-1 {
			pause()
		}
		for j := range v {
			v[j] = int(int32(binary.LittleEndian.Uint32(c.Nums[(k*findingInts+j)*4:])))
		}
		for _, j := range [...]int{0, 1, 2, 6, 7, 8} {
			if v[j] < 0 || v[j] >= len(m.Strings) {
				return nil, errors.New("compact report: bad string index")
			}
		}
		if v[3] < 0 || v[4] < v[3] || v[4] > len(input) || v[11] < 0 || v[12] < v[11] || v[12] > len(input) {
			return nil, errors.New("compact report: span outside the input")
		}
		r.Findings[k] = analyzer.Finding{
			Kind: m.Strings[v[0]], ID: m.Strings[v[1]], Category: m.Strings[v[2]],
			Start: v[3], End: v[4], Text: input[v[3]:v[4]], Negated: v[5] == 1,
			Condition: m.Strings[v[6]], Rule: m.Strings[v[7]], Explanation: m.Strings[v[8]],
			Sentence: analyzer.Span{Start: v[9], End: v[10]}, Intro: analyzer.Span{Start: v[11], End: v[12]},
		}
	}
	return r, nil
}
