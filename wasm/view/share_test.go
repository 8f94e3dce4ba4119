package view

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/policylens/policylens/internal/jsonw"
	"github.com/policylens/policylens/share"
)

func TestSharePayloadRoundTrip(t *testing.T) {
	text := "We collect your email. Ünïcode 😀 <script>alert(1)</script>"
	frag, err := FragmentLink(share.Codec, text)
	if err != nil {
		t.Fatal(err)
	}
	loc := ParseSharedLocation("/", "", strings.TrimPrefix(frag, "#"))
	if loc == nil || loc.Fragment == "" {
		t.Fatalf("ParseSharedLocation(%q) = %+v", frag, loc)
	}
	b, err := share.DecodeFragment(loc.Fragment)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeSharePayload(b)
	if err != nil || got != text {
		t.Fatalf("round trip = %q, %v", got, err)
	}
}

func TestFragmentLinkTooLong(t *testing.T) {
	// Incompressible text of 64 KB cannot fit a 16 K-character fragment.
	var b strings.Builder
	x := uint32(1)
	for b.Len() < 64<<10 {
		x = x*1664525 + 1013904223
		b.WriteByte(byte('a' + x>>24%26))
	}
	if _, err := FragmentLink(share.Codec, b.String()); !errors.Is(err, share.ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
}

func TestDecodeSharePayloadRejects(t *testing.T) {
	for _, tt := range []struct{ in, msg string }{
		{``, "damaged"},
		{`not json`, "damaged"},
		{`{}`, "damaged: what it holds has no valid version"},
		{`{"v":0,"text":"x"}`, "damaged: what it holds has no valid version"},
		{`{"v":-1,"text":"x"}`, "damaged: what it holds has no valid version"},
		{`{"v":2,"text":"x"}`, "made by a newer version of PolicyLens"},
		{`{"v":1,"text":""}`, "holds no policy text"},
	} {
		_, err := DecodeSharePayload([]byte(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("DecodeSharePayload(%q) = %v, want an error saying %q", tt.in, err, tt.msg)
		}
	}
}

func TestParseSharedLocation(t *testing.T) {
	id := share.NewID()
	tests := []struct {
		path, query, frag string
		want              *SharedLocation
	}{
		{"/", "", "", nil},
		{"/", "", "r=abc", &SharedLocation{Fragment: "abc"}},
		{"/r/" + id, "", "k=KEY", &SharedLocation{ID: id, Key: "KEY"}},
		{"/", "report=" + id, "k=KEY", &SharedLocation{ID: id, Key: "KEY"}},
		{"/r/not-an-id", "", "k=KEY", nil},
		{"/r/" + id, "", "", &SharedLocation{ID: id}},
		{"/", "report=" + id, "", &SharedLocation{ID: id}},
		{"/", "report=" + id, "k=", &SharedLocation{ID: id}},
		{"/", "report=nope", "k=KEY", nil},
	}
	for _, tt := range tests {
		got := ParseSharedLocation(tt.path, tt.query, tt.frag)
		if (got == nil) != (tt.want == nil) || got != nil && *got != *tt.want {
			t.Errorf("ParseSharedLocation(%q, %q, %q) = %+v, want %+v", tt.path, tt.query, tt.frag, got, tt.want)
		}
	}
}

// FuzzDecodeSharePayload: a payload from a link, which anyone can write,
// reads as encoding/json reads it, and no empty policy is accepted.
func FuzzDecodeSharePayload(f *testing.F) {
	f.Add([]byte(`{"v":1,"text":"we collect"}`))
	f.Add([]byte(`{"v":1}`))
	f.Add([]byte(`{"V":1,"TEXT":"\u00e9\ud800","x":[{}],"v":1.0}`))
	f.Add([]byte(`{"v":1,"text":null} `))
	f.Fuzz(func(t *testing.T, b []byte) {
		if text, err := DecodeSharePayload(b); err == nil && text == "" {
			t.Fatal("accepted an empty policy")
		}
		var want, got SharePayload
		errWant, errGot := json.Unmarshal(b, &want), jsonw.Decode(b, got.DecodeJSON)
		if (errWant == nil) != (errGot == nil) || errWant == nil && got != want {
			t.Fatalf("%q: read as %+v (error %v), encoding/json reads %+v (error %v)", b, got, errGot, want, errWant)
		}
	})
}

// TestSharePayloadJSON: a payload is written as encoding/json writes it.
func TestSharePayloadJSON(t *testing.T) {
	for _, text := range []string{"", "We collect <email> & \"name\"\u2028 \xff 😀", strings.Repeat("x\n", 1000)} {
		p := SharePayload{Version: 1, Text: text}
		want, _ := json.Marshal(p)
		if got := EncodeSharePayload(text); string(got) != string(want) {
			t.Errorf("EncodeSharePayload(%.40q) = %s, want %s", text, got, want)
		}
	}
}
