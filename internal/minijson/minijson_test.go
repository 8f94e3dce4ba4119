package minijson

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// sample is a type with every kind and tag option the package handles.
type sample struct {
	Name    string   `json:"name"`
	Note    string   `json:"note,omitempty"`
	Count   int      `json:"count"`
	Small   int8     `json:"small,omitempty"`
	Big     uint64   `json:"big"`
	Score   float64  `json:"score"`
	Share   float64  `json:"share,omitempty"`
	OK      bool     `json:"ok"`
	Tags    []string `json:"tags"`
	Nums    []int    `json:"nums,omitempty"`
	Inner   *sample  `json:"inner,omitempty"`
	Items   []item   `json:"items"`
	At      item2    `json:"at,omitzero"`
	Skipped string   `json:"-"`
	Plain   string
	hidden  int
}

type item2 struct {
	Start, End int
}

type item struct {
	ID  string `json:"id"`
	Pos []int  `json:"pos"`
}

var samples = []any{
	sample{},
	sample{Name: "a<b>&c \"q\" \\ \n\r\t\b\f \x01 \x7f é \u2028\u2029 \xff\xfe end", Note: "n", Count: -42, Small: -8, Big: 1<<64 - 1, Score: 6.5, Share: 0.125, OK: true,
		Tags: []string{}, Nums: []int{1, 2}, Inner: &sample{Name: "in", Tags: []string{"x"}}, Items: []item{{ID: "i", Pos: []int{}}, {}}, At: item2{End: 3}, Skipped: "s", Plain: "p", hidden: 3},
	&item{ID: "ptr"},
	[]item{},
	[]string(nil),
	"just a string",
	7,
	true,
	sample{Score: 10},
	sample{Score: -3.25, Share: 1e-5},
	sample{Score: 123456789.5},
}

func TestMarshalMatchesEncodingJSON(t *testing.T) {
	for _, v := range samples {
		want, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Marshal(v)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("Marshal(%#v)\n got %s (%v)\nwant %s", v, got, err, want)
		}
		want, _ = json.MarshalIndent(v, ">", "  ")
		got, err = MarshalIndent(v, ">", "  ")
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("MarshalIndent(%#v)\n got %s (%v)\nwant %s", v, got, err, want)
		}
	}
}

func TestUnsupportedKindsAreErrors(t *testing.T) {
	for _, v := range []any{map[string]int{"a": 1}, float32(1.5), []byte("x"), struct{ F any }{F: 1}, struct{ item }{}, 1e-9, 1e22} {
		if _, err := Marshal(v); err == nil {
			t.Errorf("Marshal(%#v) = nil error, want one", v)
		}
	}
	var f float32
	if err := Unmarshal([]byte("1"), &f); err == nil {
		t.Error("Unmarshal into float32 = nil error, want one")
	}
	if err := Unmarshal([]byte("1"), f); err == nil {
		t.Error("Unmarshal into a non-pointer = nil error, want one")
	}
}

// decodeBoth decodes data into a fresh sample with both packages and
// reports whether they agree: both fail, or both succeed with equal results.
func decodeBoth(t *testing.T, data []byte) {
	t.Helper()
	var a, b sample
	errA := json.Unmarshal(data, &a)
	errB := Unmarshal(data, &b)
	if (errA == nil) != (errB == nil) {
		t.Fatalf("Unmarshal(%q): encoding/json error %v, minijson error %v", data, errA, errB)
	}
	if errA == nil && !reflect.DeepEqual(a, b) {
		t.Fatalf("Unmarshal(%q):\nencoding/json %#v\nminijson      %#v", data, a, b)
	}
}

func TestUnmarshalMatchesEncodingJSON(t *testing.T) {
	for _, v := range samples[:2] {
		b, _ := json.Marshal(v)
		decodeBoth(t, b)
		b, _ = json.MarshalIndent(v, "", "\t")
		decodeBoth(t, b)
	}
	for _, s := range unmarshalCases {
		decodeBoth(t, []byte(s))
	}
}

// unmarshalCases are inputs either side of every branch of the decoder.
var unmarshalCases = []string{
	``, ` `, `null`, `{}`, `[]`, `{"name":"x"}`, `{"NAME":"case-insensitive"}`, `{"name":"x","name":"last wins"}`,
	`{"unknown":{"deep":[1,2,{"a":null}]},"ok":true}`, `{"count":1.5}`, `{"count":1e2}`, `{"score":6.5}`, `{"score":-1e3}`, `{"score":"6"}`, `{"share":1e999}`, `{"count":-0}`, `{"count":01}`,
	`{"count":-}`, `{"count":1.}`, `{"small":300}`, `{"big":-1}`, `{"big":18446744073709551615}`, `{"count":"1"}`,
	`{"name":1}`, `{"ok":"true"}`, `{"tags":{}}`, `{"inner":[]}`, `{"tags":null,"inner":null}`, `{"tags":["a",null,"b"]}`,
	`{"name":"\u00e9\ud83d\ude00\ud83d \udc00 \ud83dx \/ \b"}`, `{"name":"\u12"}`, `{"name":"\x"}`, "{\"name\":\"tab\there\"}",
	"{\"name\":\"bad \xff utf8\"}", `{"name":"unterminated}`, `{"name" "x"}`, `{"name":"x",}`, `{"name":"x"} extra`, `[1,2,]`,
	`{"items":[{"id":"a","pos":[1,2]},{"id":"b"}]}`, `{"plain":"p","skipped":"no","hidden":1}`, `tru`, `nul`, `{"ok":falsey}`,
	`{"inner":{"inner":{"name":"deep"}}}`, ` {"name" : "spaces" } `, `"top string"`, `{"nums":[1,"2"]}`,
}

func FuzzUnmarshal(f *testing.F) {
	for _, s := range unmarshalCases {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		decodeBoth(t, data)
	})
}

func FuzzMarshalString(f *testing.F) {
	f.Add("plain")
	f.Add("<script>&\u2028\xff\x00\"\\")
	f.Fuzz(func(t *testing.T, s string) {
		v := sample{Name: s, Tags: []string{s}}
		want, _ := json.Marshal(v)
		got, err := Marshal(v)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("Marshal(%q) = %s, want %s", s, got, want)
		}
		var back sample
		if err := Unmarshal(got, &back); err != nil {
			t.Fatal(err)
		}
		var wantBack sample
		_ = json.Unmarshal(want, &wantBack)
		if !reflect.DeepEqual(back, wantBack) {
			t.Fatalf("round trip of %q: %q, want %q", s, back.Name, wantBack.Name)
		}
	})
}
