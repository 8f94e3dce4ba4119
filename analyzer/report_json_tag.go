//go:build reportjson

package analyzer

import (
	"encoding/json"

	"github.com/policylens/policylens/internal/jsonw"
)

// AppendJSON appends r as JSON to b. This build (tag reportjson, which go
// generate uses to write report_json.go when the report's types have
// changed) has it from encoding/json.
func (r *Report) AppendJSON(b []byte) ([]byte, error) {
	x, err := json.Marshal(r)
	if err != nil {
		return b, err
	}
	return append(b, x...), nil
}

// DecodeJSON reads a report as JSON; this build has it from encoding/json.
func (r *Report) DecodeJSON(d *jsonw.Decoder) {
	start := d.Pos
	if d.Skip() {
		if err := json.Unmarshal(d.Data[start:d.Pos], r); err != nil {
			d.Err = err
		}
	}
}
