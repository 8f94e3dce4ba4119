package render

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// loadReport reads a hand-written report fixture from testdata.
func loadReport(t testing.TB, name string) *analyzer.Report {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var r analyzer.Report
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &r
}

func loadSource(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "policy.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestFixture guards the fixture itself: its spans must match its text, or
// the golden files would test the fallback path by accident.
func TestFixture(t *testing.T) {
	r, src := loadReport(t, "report.json"), loadSource(t)
	for i, f := range r.Findings {
		if f.Start < 0 || f.End > len(src) || src[f.Start:f.End] != f.Text {
			t.Errorf("finding %d: span [%d,%d) does not hold %q", i, f.Start, f.End, f.Text)
		}
		if f.Sentence.Start > f.Start || f.Sentence.End < f.End || f.Sentence.End > len(src) {
			t.Errorf("finding %d: sentence %v does not hold the span", i, f.Sentence)
		}
	}
}

func TestGolden(t *testing.T) {
	full, empty, src := loadReport(t, "report.json"), loadReport(t, "empty.json"), loadSource(t)
	nothing := *empty // analysed, nothing found: every section says so
	nothing.Notices = nil
	frData, err := os.ReadFile(filepath.Join("testdata", "policy-fr.txt"))
	if err != nil {
		t.Fatal(err)
	}
	frSrc := string(frData)
	fr := analyzer.Analyze(frSrc)
	tests := []struct {
		golden string
		report *analyzer.Report
		render func(*bytes.Buffer, *analyzer.Report, ...Option) error
		opts   []Option
	}{
		{"text.golden", full, text, []Option{WithSource(src), WithTitle("policy.txt")}},
		{"text-color.golden", full, text, []Option{WithSource(src), WithColor(true)}},
		{"text-nosource-nowrap.golden", full, text, []Option{WithWidth(0), WithMaxQuotes(1)}},
		{"text-empty.golden", empty, text, []Option{WithTitle("empty.txt")}},
		{"markdown.golden", full, markdown, []Option{WithSource(src), WithTitle("policy.txt")}},
		{"markdown-nosource.golden", full, markdown, []Option{WithMaxQuotes(1)}},
		{"markdown-empty.golden", empty, markdown, nil},
		{"text-nothing-found.golden", &nothing, text, nil},
		{"markdown-nothing-found.golden", &nothing, markdown, nil},
		// a policy in French, read in outline: its notice, its sections
		{"text-fr.golden", fr, text, []Option{WithSource(frSrc), WithTitle("policy-fr.txt")}},
		{"markdown-fr.golden", fr, markdown, []Option{WithSource(frSrc), WithTitle("policy-fr.txt")}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tt.render(&buf, tt.report, tt.opts...); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", tt.golden)
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./render -update to create it)", err)
			}
			if got := buf.String(); got != string(want) {
				t.Errorf("output differs from %s (run go test ./render -update and review the diff):\n%s", path, got)
			}
		})
	}
}

func text(b *bytes.Buffer, r *analyzer.Report, o ...Option) error     { return Text(b, r, o...) }
func markdown(b *bytes.Buffer, r *analyzer.Report, o ...Option) error { return Markdown(b, r, o...) }

// TestTextWidth checks wrapping: no line is wider than asked unless it is a
// single unbreakable word, and plain output holds no escape sequence even
// though the policy does.
func TestTextWidth(t *testing.T) {
	r, src := loadReport(t, "report.json"), loadSource(t)
	for _, width := range []int{40, 60, 80, 120} {
		var buf bytes.Buffer
		if err := Text(&buf, r, WithSource(src), WithWidth(width)); err != nil {
			t.Fatal(err)
		}
		if strings.ContainsRune(buf.String(), '\x1b') {
			t.Errorf("width %d: plain output contains an escape character", width)
		}
		for _, line := range strings.Split(buf.String(), "\n") {
			if n := utf8.RuneCountInString(line); n > width && strings.Contains(strings.TrimSpace(line), " ") {
				t.Errorf("width %d: line of %d runes: %q", width, n, line)
			}
		}
	}
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words", "plain words"},
		{"*bold* _it_ `code`", `\*bold\* \_it\_ \` + "`" + `code\` + "`"},
		{"[link](http://x) ![img](y)", `\[link\](http://x) !\[img\](y)`},
		{"<script>alert(1)</script>", `\<script\>alert(1)\</script\>`},
		{"a | b ~~c~~ $x$ &amp;", `a \| b \~\~c\~\~ \$x\$ \&amp;`},
		{"# heading", `\# heading`},
		{"- item", `\- item`},
		{"> quote", `\> quote`},
		{"12. numbered", `12\. numbered`},
		{"3) numbered", `3\) numbered`},
		{"2026 is a year", "2026 is a year"},
		{"back\\slash", `back\\slash`},
		{"two\nlines\n\n# x", `two lines # x`},
		{"bad \xff byte", "bad \uFFFD byte"},
	}
	for _, tt := range tests {
		if got := escape(tt.in); got != tt.want {
			t.Errorf("escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzRender feeds arbitrary reports and sources to both renderers: they must
// not panic, plain text must hold no control character but newlines, and
// Markdown must never let a raw '<' or '[' through.
func FuzzRender(f *testing.F) {
	for _, name := range []string{"report.json", "empty.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		src, _ := os.ReadFile(filepath.Join("testdata", "policy.txt"))
		f.Add(data, string(src))
	}
	f.Add([]byte(`{"findings":[{"start":-1,"end":99,"text":"<a>","sentence":{"start":5,"end":1}}],"points":[{"text":"[x](y)","evidence":[0,0,-9]}]}`), "short")
	f.Fuzz(func(t *testing.T, data []byte, src string) {
		var r analyzer.Report
		if json.Unmarshal(data, &r) != nil {
			return
		}
		var tb, mb bytes.Buffer
		if err := Text(&tb, &r, WithSource(src), WithWidth(30)); err != nil {
			t.Fatal(err)
		}
		for _, c := range tb.String() {
			if c != '\n' && (c < ' ' || c == 0x7f) {
				t.Fatalf("text output holds control character %U", c)
			}
		}
		if err := Markdown(&mb, &r, WithSource(src)); err != nil {
			t.Fatal(err)
		}
		md := mb.String()
		for i := 0; i < len(md); i++ {
			if (md[i] == '<' || md[i] == '[') && (i == 0 || md[i-1] != '\\') {
				t.Fatalf("unescaped %q at %d in markdown:\n%s", md[i], i, md)
			}
		}
	})
}

// TestChildrenConsent checks that an age stated with a parent's leave is
// rendered as that, not as a minimum age: the verdict line, the Children
// section and the point under Worth knowing, in text and Markdown.
func TestChildrenConsent(t *testing.T) {
	src := "Children\n\nIf you are younger than 15, please ask your guardian's permission before you use the app.\n"
	r := analyzer.Analyze(src)
	for name, render := range map[string]func(io.Writer, *analyzer.Report, ...Option) error{"text": Text, "markdown": Markdown} {
		var buf bytes.Buffer
		if err := render(&buf, r, WithSource(src), WithWidth(0)); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		for _, want := range []string{"Under-15s need a parent's consent", "Children under 15 need a parent's consent."} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: no %q in\n%s", name, want, out)
			}
		}
		for _, not := range []string{"Not for under-15s", "minimum age of 15", "Not meant for children"} {
			if strings.Contains(out, not) {
				t.Errorf("%s: %q in\n%s", name, not, out)
			}
		}
	}
}
