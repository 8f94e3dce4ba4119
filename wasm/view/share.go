package view

import (
	"errors"
	"strconv"
	"strings"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/internal/jsonw"
	"github.com/policylens/policylens/share/format"
)

// SharePayload is what a shared link carries: the policy text itself. The
// reader's page analyses it again, on their device, so a link is small
// (text compresses well), shows full highlights and needs no report schema
// of its own.
type SharePayload struct {
	Version int    `json:"v"`
	Text    string `json:"text"`
}

// sharePayloadVersion is the current SharePayload version.
const sharePayloadVersion = 1

// EncodeSharePayload makes the payload for text.
func EncodeSharePayload(text string) []byte {
	return SharePayload{Version: sharePayloadVersion, Text: text}.AppendJSON(nil)
}

// AppendJSON appends p as JSON to b, as encoding/json.Marshal writes it.
func (p SharePayload) AppendJSON(b []byte) []byte {
	b = strconv.AppendInt(append(b, `{"v":`...), int64(p.Version), 10)
	return append(jsonw.AppendString(append(b, `,"text":`...), p.Text), '}')
}

// DecodeJSON reads p as encoding/json.Unmarshal reads it (errors in d.Err).
func (p *SharePayload) DecodeJSON(d *jsonw.Decoder) {
	if d.Object() {
		for d.More('}') {
			switch d.Field(sharePayloadJSONNames) {
			case 0:
				d.Int(&p.Version)
			case 1:
				d.String(&p.Text)
			default:
				d.Skip()
			}
		}
	}
}

var sharePayloadJSONNames = []string{"v", "text"}

// DecodeSharePayload reads a payload from a link; it rejects anything that
// is not a version-1 payload with a policy of acceptable size, and says why
// in words for the reader.
func DecodeSharePayload(b []byte) (string, error) {
	var p SharePayload
	if err := jsonw.Decode(b, p.DecodeJSON); err != nil {
		return "", errors.New("the shared link is damaged: what it holds is not what PolicyLens puts in a link")
	}
	switch {
	case p.Version > sharePayloadVersion:
		return "", errors.New("the shared link was made by a newer version of PolicyLens; open it with an up-to-date PolicyLens")
	case p.Version != sharePayloadVersion:
		return "", errors.New("the shared link is damaged: what it holds has no valid version")
	case p.Text == "":
		return "", errors.New("the shared link holds no policy text")
	case len(p.Text) > analyzer.MaxInputBytes:
		return "", errors.New("the shared policy is larger than PolicyLens analyses (10 MiB)")
	}
	return p.Text, nil
}

// FragmentLink returns the "#r=..." fragment for text, compressed with c, or
// format.ErrTooLarge when the text is too long for a link and needs a short
// link instead.
func FragmentLink(c format.Codec, text string) (string, error) {
	v, err := format.EncodeFragment(c, EncodeSharePayload(text))
	if err != nil {
		return "", err
	}
	return "#r=" + v, nil
}

// SharedLocation is what a page address says about a shared report.
type SharedLocation struct {
	Fragment string // the #r= value, for a fragment link
	ID, Key  string // for a short link: /r/<id>#k=<key> or /?report=<id>#k=<key>
}

// ParseSharedLocation reads a page address (path, raw query, fragment
// without '#'). It returns nil when the address is not a shared report. A
// short link's Key is "" when its #k= is missing or empty, so the page can
// say the link was cut short instead of ignoring it.
func ParseSharedLocation(path, rawQuery, fragment string) *SharedLocation {
	if v := param(fragment, "r"); v != "" {
		return &SharedLocation{Fragment: v}
	}
	key := param(fragment, "k")
	id := param(rawQuery, "report")
	if rest, ok := strings.CutPrefix(path, "/r/"); ok {
		id = strings.Trim(rest, "/")
	}
	if !format.ValidID(id) {
		return nil
	}
	return &SharedLocation{ID: id, Key: key}
}

// param returns the value of name in an a=1&b=2 list. The values the page
// reads (base64url data, ids, keys) never need percent-decoding, and
// net/url would add to the WASM for nothing.
func param(list, name string) string {
	for part := range strings.SplitSeq(list, "&") {
		if k, v, ok := strings.Cut(part, "="); ok && k == name {
			return v
		}
	}
	return ""
}
