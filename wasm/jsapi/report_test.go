package jsapi

import (
	"testing"
	"unicode/utf16"

	"github.com/policylens/policylens/analyzer"
)

// jsSlice is String.prototype.slice on the UTF-16 form of s.
func jsSlice(s string, start, end int) string {
	u := utf16.Encode([]rune(s))
	return string(utf16.Decode(u[start:end]))
}

func TestToUTF16(t *testing.T) {
	text := "Café 😀 policy: we collect your email address. Ünïcode ok."
	find := func(sub string) analyzer.Finding {
		for i := 0; i+len(sub) <= len(text); i++ {
			if text[i:i+len(sub)] == sub {
				return analyzer.Finding{Kind: "collect", Start: i, End: i + len(sub), Text: sub,
					Sentence: analyzer.Span{Start: 0, End: len(text)}}
			}
		}
		t.Fatalf("%q not in text", sub)
		return analyzer.Finding{}
	}
	r := &analyzer.Report{
		Findings: []analyzer.Finding{find("email address"), find("Ünïcode"), find("😀")},
		Blocks:   []analyzer.Block{{Kind: "paragraph", Start: 0, End: len(text)}},
	}
	got := ToUTF16(r, text)
	for i, f := range got.Findings {
		if s := jsSlice(text, f.Start, f.End); s != f.Text {
			t.Errorf("finding %d: JS slice [%d:%d] = %q, want %q", i, f.Start, f.End, s, f.Text)
		}
		if f.Sentence.End != len(utf16.Encode([]rune(text))) {
			t.Errorf("finding %d: sentence end %d is not the JS length", i, f.Sentence.End)
		}
	}
	if r.Findings[0].Start != find("email address").Start {
		t.Error("ToUTF16 modified its input")
	}
	if got.Blocks[0].End != len(utf16.Encode([]rune(text))) {
		t.Errorf("block end = %d", got.Blocks[0].End)
	}
}
