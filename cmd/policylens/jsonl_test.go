package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer"
)

// result is an output line as a consumer reads it.
type result struct {
	ID     json.RawMessage  `json:"id"`
	Line   int              `json:"line"`
	Report *analyzer.Report `json:"report"`
	Error  string           `json:"error"`
}

// decodeLines parses every output line, failing on anything but one JSON
// object per line.
func decodeLines(t testing.TB, out string) []result {
	t.Helper()
	var rs []result
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" && out == "" {
			break
		}
		var r result
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("output line %d is not a result object: %v\n%.300s", i+1, err, line)
		}
		if (r.Report == nil) == (r.Error == "") {
			t.Fatalf("output line %d must have exactly one of report and error: %.300s", i+1, line)
		}
		rs = append(rs, r)
	}
	return rs
}

// TestJSONLOrder sends many lines of very different sizes (so workers finish
// out of order) and checks every output is in input order, carries its id,
// and is the report of its own text (stats.bytes).
func TestJSONLOrder(t *testing.T) {
	const n = 1000
	var in bytes.Buffer
	sizes := make([]int, n)
	for i := range n {
		sizes[i] = (i*7919)%5000 + 1
		text := strings.Repeat("We collect your email address. ", sizes[i]/31+1)[:sizes[i]]
		sizes[i] = len(text)
		var id any = fmt.Sprintf("doc-%d", i)
		if i%3 == 0 {
			id = i // numbers are echoed as numbers
		}
		line, _ := json.Marshal(map[string]any{"id": id, "text": text, "extra": []int{1}})
		in.Write(line)
		in.WriteByte('\n')
	}
	var out bytes.Buffer
	lines, failed, err := analyzeJSONL(&in, &out, 8, nil)
	if err != nil || lines != n || failed != 0 {
		t.Fatalf("lines %d, failed %d, err %v", lines, failed, err)
	}
	rs := decodeLines(t, out.String())
	if len(rs) != n {
		t.Fatalf("%d output lines, want %d", len(rs), n)
	}
	for i, r := range rs {
		want := fmt.Sprintf(`"doc-%d"`, i)
		if i%3 == 0 {
			want = fmt.Sprint(i)
		}
		if string(r.ID) != want || r.Report == nil || r.Report.Stats.Bytes != sizes[i] {
			t.Fatalf("output %d: id %s, want %s (or report of the wrong text)", i, r.ID, want)
		}
	}
}

// TestJSONLReusedBuffers sends lines on the fast path (parseLineFast), long
// and short in turn, with escapes of every kind, through workers that reuse
// their input and output buffers: each output line must be what
// encoding/json writes for the report of its own text, nothing left over
// from a longer line before it.
func TestJSONLReusedBuffers(t *testing.T) {
	pieces := []string{"We collect your email address.", ` \"quoted\"`, `\n`, `\t`, `caf\u00e9`, `\ud83d\ude00`, `\/`, `\\`, " We share it with advertisers."}
	var in bytes.Buffer
	var texts []string
	for i := range 60 {
		var lit strings.Builder
		lit.WriteString("Policy") // never only white space
		n := 1 + i%7*40
		if i%2 == 1 {
			n = 1 + i%3
		}
		for k := range n {
			lit.WriteString(pieces[(i+k)%len(pieces)])
		}
		var text string
		if err := json.Unmarshal([]byte(`"`+lit.String()+`"`), &text); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, text)
		fmt.Fprintf(&in, "{\"id\":%d,\"text\":\"%s\"}\n", i, lit.String())
	}
	var out bytes.Buffer
	lines, failed, err := analyzeJSONL(&in, &out, 3, nil)
	if err != nil || lines != len(texts) || failed != 0 {
		t.Fatalf("lines %d, failed %d, err %v", lines, failed, err)
	}
	got := bytes.SplitAfter(out.Bytes(), []byte("\n"))
	for i, text := range texts {
		want, err := json.Marshal(jsonlResult{ID: json.RawMessage(strconv.Itoa(i)), Report: analyzer.Analyze(text)})
		if err != nil {
			t.Fatal(err)
		}
		if string(got[i]) != string(want)+"\n" {
			t.Fatalf("line %d:\n got %.300s\nwant %.300s", i, got[i], want)
		}
	}
}

// TestJSONLBadLines checks that each malformed line yields an error object
// with its id (when there is one) and line number, and processing goes on.
func TestJSONLBadLines(t *testing.T) {
	tests := []struct {
		line    string
		id      string // echoed id, "null" when none
		errPart string // "" for a good line
	}{
		{`{"id": "a", "text": "We collect your name."}`, `"a"`, ""},
		{`not json`, "null", "not a JSON object"},
		{`[1, 2]`, "null", "not a JSON object"},
		{`{"id": 1}`, "1", `missing "text"`},
		{`{"text": "no id"}`, "null", `missing "id"`},
		{`{"id": null, "text": "We collect your name."}`, "null", ""},
		{`{"id": 2, "text": 5}`, "2", `"text" must be a JSON string, not a number`},
		{`{"id": 3, "text": "x"} trailing`, "3", "not valid JSON: invalid character 't' after top-level value (at byte 24"},
		{`{"id": 4, "text": "unterminated`, "4", "not valid JSON: the line ends before its object is closed"},
		{`{"id": 5, "text": "\u0000binary\u0000"}`, "5", "binary"},
		{`{"id": {"k": [1, 2]}, "text": " \n "}`, `{"k":[1,2]}`, "the text is empty"},
		{"{\"id\": 6, \"text\": \"We collect your bad \xff utf8 email address.\"}", "6", ""},
		{`{"id": 7, "text": "<html><body>We sell data.</body></html>"}`, "7", ""},
		{"{\"id\": 8, \"text\": \"crlf\"}\r", "8", ""},
		{"{\"id\": \"caf\xe9\", \"text\": null}", `"caf\ufffd"`, `"text" must be a JSON string, not null`},
		{"{\"id\": [\"\xff\"], \"text\": \"We sell data.\"}", `["\ufffd"]`, ""},
	}
	var in strings.Builder
	in.WriteString("\xEF\xBB\xBF") // a byte order mark on the first line is ignored
	for i, tt := range tests {
		in.WriteString(tt.line)
		in.WriteString("\n")
		if i == 2 {
			in.WriteString("\n   \n") // blank lines are skipped
		}
	}
	in.WriteString(`{"id": "last", "text": "no final newline"}`)
	var out, errb bytes.Buffer
	code := runJSONL(strings.NewReader(in.String()), &out, &errb, 4)
	if !utf8.Valid(out.Bytes()) {
		t.Errorf("output is not valid UTF-8:\n%q", out.String())
	}
	if code != exitRejected || !strings.Contains(errb.String(), "10 of 17 lines failed") {
		t.Errorf("exit %d, stderr %q; want 3 and a count of failed lines", code, errb.String())
	}
	rs := decodeLines(t, out.String())
	if len(rs) != len(tests)+1 {
		t.Fatalf("%d output lines, want %d:\n%s", len(rs), len(tests)+1, out.String())
	}
	lineNo := []int{1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18}
	for i, tt := range tests {
		r := rs[i]
		if string(r.ID) != tt.id {
			t.Errorf("%s: id %s, want %s", tt.line, r.ID, tt.id)
		}
		if tt.errPart == "" && r.Error != "" || !strings.Contains(r.Error, tt.errPart) {
			t.Errorf("%s: error %q, want one containing %q", tt.line, r.Error, tt.errPart)
		}
		if tt.errPart != "" && (r.Line != lineNo[i] || !strings.HasPrefix(r.Error, fmt.Sprintf("line %d: ", lineNo[i]))) {
			t.Errorf("%s: line %d, error %q; want line %d", tt.line, r.Line, r.Error, lineNo[i])
		}
	}
	if string(rs[len(tests)].ID) != `"last"` || rs[len(tests)].Report == nil {
		t.Errorf("the final line without newline was not analysed: %+v", rs[len(tests)])
	}
	if r := rs[11].Report; r == nil || !hasNotice(r, "invalid-utf8") {
		t.Errorf("a text with invalid UTF-8 has no invalid-utf8 notice: %+v", r)
	}
}

// TestJSONLTooLarge checks the two size limits: a text over
// analyzer.MaxInputBytes, and a line over maxLineBytes, which is skipped
// without being held in memory but still answered with its id.
func TestJSONLTooLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 30 MB of input")
	}
	big := strings.Repeat("a", analyzer.MaxInputBytes+1)
	huge := strings.Repeat("b", maxLineBytes)
	in := `{"id":"big","text":"` + big + `"}` + "\n" + `{"id":"huge","text":"` + huge + `"}` + "\n" + `{"id":"ok","text":"fine"}` + "\n"
	var out bytes.Buffer
	lines, failed, err := analyzeJSONL(strings.NewReader(in), &out, 2, nil)
	if err != nil || lines != 3 || failed != 2 {
		t.Fatalf("lines %d, failed %d, err %v", lines, failed, err)
	}
	rs := decodeLines(t, out.String())
	if string(rs[0].ID) != `"big"` || !strings.Contains(rs[0].Error, "larger than the 10 MiB limit") {
		t.Errorf("big: %+v", rs[0])
	}
	if string(rs[1].ID) != `"huge"` || !strings.Contains(rs[1].Error, "line is longer than") {
		t.Errorf("huge: %+v", rs[1])
	}
	if string(rs[2].ID) != `"ok"` || rs[2].Report == nil {
		t.Errorf("ok: %+v", rs[2])
	}
}

// TestJSONLStreams checks that the first result is written before the rest
// of the input exists.
func TestJSONLStreams(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		_, _, err := analyzeJSONL(inR, outW, 2, nil)
		outW.CloseWithError(err)
		done <- err
	}()
	go inW.Write([]byte(`{"id":1,"text":"We collect your email."}` + "\n"))
	first := make(chan string, 1)
	br := bufio.NewReader(outR)
	go func() {
		line, _ := br.ReadString('\n')
		first <- line
	}()
	select {
	case line := <-first:
		if !strings.HasPrefix(line, `{"id":1,`) {
			t.Errorf("first line %q", line)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("no output for the first line while the input is still open")
	}
	inW.Write([]byte(`{"id":2,"text":"We share it."}`))
	inW.Close()
	rest, _ := io.ReadAll(br)
	if err := <-done; err != nil || !strings.HasPrefix(string(rest), `{"id":2,`) {
		t.Errorf("err %v, rest %q", err, rest)
	}
}

// endlessLines produces endless JSON lines of size bytes and counts the
// bytes read from it.
type endlessLines struct {
	line []byte
	pos  int
	read atomic.Int64
}

func (c *endlessLines) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		k := copy(p[n:], c.line[c.pos:])
		n += k
		c.pos = (c.pos + k) % len(c.line)
	}
	c.read.Add(int64(n))
	return n, nil
}

// blockingWriter accepts nothing until closed, then fails every write.
type blockingWriter struct{ closed chan struct{} }

func (b *blockingWriter) Write(p []byte) (int, error) {
	<-b.closed
	return 0, errors.New("reader went away")
}

// TestJSONLBoundedAndStops checks that reading stops about queueBytes ahead
// of a stalled writer (bounded memory) and that a write error ends the run.
func TestJSONLBoundedAndStops(t *testing.T) {
	const size, workers = 8 << 20, 2 // 16 lines of 8 MiB exceed queueBytes
	// Lines without "text" fail fast, so workers never hold the reader back.
	pad := strings.Repeat("x", size-30)
	in := &endlessLines{line: []byte(`{"id":0,"pad":"` + pad + `"}` + "\n")}
	w := &blockingWriter{closed: make(chan struct{})}
	done := make(chan error, 1)
	go func() {
		_, _, err := analyzeJSONL(in, w, workers, nil)
		done <- err
	}()
	time.Sleep(2 * time.Second)
	close(w.closed)
	select {
	case err := <-done:
		if err == nil {
			t.Error("a failing writer did not stop the run with an error")
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the run did not stop after the writer failed")
	}
	// In flight: the queue (by count or bytes, whichever is smaller), plus one
	// line with the writer, one with the reader and the reader's buffer.
	limit := int64(min(queuePerWorker*workers*size, queueBytes) + 3*size)
	if read := in.read.Load(); read > limit {
		t.Errorf("read %d bytes ahead of a stalled writer, want at most %d", read, limit)
	}
}

// TestRunJSONLCommand runs the whole command on a small input.
func TestRunJSONLCommand(t *testing.T) {
	code, stdout, stderr := runCmd(t, `{"id":"x","text":"We collect your email address."}`+"\n", "analyze", "--jsonl")
	rs := decodeLines(t, stdout)
	if code != 0 || stderr != "" || len(rs) != 1 || string(rs[0].ID) != `"x"` {
		t.Errorf("exit %d, stderr %q, stdout %q", code, stderr, stdout)
	}
	code, stdout, _ = runCmd(t, "", "analyze", "--jsonl")
	if code != 0 || stdout != "" {
		t.Errorf("empty input: exit %d, stdout %q", code, stdout)
	}
}

// FuzzParseLine checks the line parser on arbitrary bytes: no panic, an id
// that is always valid JSON in valid UTF-8, a text equal to what
// encoding/json decodes when the line is valid UTF-8, and a round trip.
func FuzzParseLine(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"We collect your email."}`, `{"id":1,"text":""}`, `{"id":null,"text":"x"}`,
		`{"text":"x"}`, `{"id":"a"}`, `[]`, `{"id":"a","text":"\ud800"}`, `{"id":"a","text":"x"}{}`,
		`  {"id" : [1,{"b":2}] , "text" : "\u0000"}  `, "{\"id\":\"\xff\",\"text\":\"\xfe\"}", `{"ID":"a","TEXT":"x"}`,
		`{"id":"a","text":"\ud83d\ude00 \ud83d\u0041 \udc00\ud800 \"\\\/\b\f\n\r\t\u00e9\u00E9"}`, `{"id":"a","text":5}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		id, text, _, err := parseLine(data)
		if id != nil && (!json.Valid(id) || !utf8.Valid(id)) {
			t.Fatalf("invalid id %q", id)
		}
		if err != nil {
			return
		}
		if utf8.Valid(data) {
			var in struct{ Text string }
			if json.Unmarshal(bytes.TrimSpace(data), &in) != nil || in.Text != text {
				t.Fatalf("text %q, encoding/json says %q", text, in.Text)
			}
		}
		if !utf8.ValidString(text) {
			return // encoding/json would replace the invalid bytes on the way back
		}
		var again bytes.Buffer
		enc := json.NewEncoder(&again)
		enc.SetEscapeHTML(false) // keep the id's bytes: "&" stays "&"
		enc.Encode(map[string]any{"id": id, "text": text})
		id2, text2, _, err := parseLine(again.Bytes())
		if err != nil || !bytes.Equal(id, id2) || text != text2 {
			t.Fatalf("round trip: %q %q %v vs %q %q", id, text, err, id2, text2)
		}
	})
}

// FuzzJSONL runs the batch on arbitrary input: one valid result object per
// non-blank input line, never a panic or hang.
func FuzzJSONL(f *testing.F) {
	f.Add([]byte("{\"id\":1,\"text\":\"a\"}\n\n{\"id\":2}\r\nnot json\n{\"id\":\"x\",\"text\":\"We sell data.\"}"))
	f.Add([]byte("\xEF\xBB\xBF{\"id\":1,\"text\":\"\\u0000\"}\n \n\t\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var out bytes.Buffer
		lines, failed, err := analyzeJSONL(bytes.NewReader(data), &out, 3, nil)
		if err != nil {
			t.Fatal(err)
		}
		want := 0
		for i, l := range bytes.Split(data, []byte("\n")) {
			if i == 0 {
				l = bytes.TrimPrefix(l, []byte("\xEF\xBB\xBF"))
			}
			if len(bytes.TrimSpace(l)) > 0 {
				want++
			}
		}
		rs := decodeLines(t, out.String())
		if lines != want || len(rs) != want || failed > lines {
			t.Fatalf("lines %d, outputs %d, want %d", lines, len(rs), want)
		}
	})
}

// FuzzParseLineFast checks that the fast reading of a line, where it takes
// the line, gives what encoding/json's reading gives.
func FuzzParseLineFast(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"We collect your email."}`, `{"id":1,"text":""}`, `{"id":-0.5e+3,"text":"x"}`, `{"id":01,"text":"x"}`,
		`{"id":"a","text":"\ud800"}`, `{"id":"a","text":"x"}{}`, "{\"id\":\"\xff\",\"text\":\"\xfe\"}", `{"id":"a\"b","text":"x"}`, `{"id": 1, "text": "a b"}`, ` { "id" :"x" ,"text":"y" } `,
		`{"id":"a","text":"\ud83d\ude00 \ud83d\u0041 \udc00\ud800 \"\\\/\b\f\n\r\t\u00e9\u00E9"}`, `{"id":"a","text":"\x"}`, "{\"id\":1,\"text\":\"a\tb\"}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		id, text, facts, ok := parseLineFast(bytes.TrimSpace(data))
		if !ok {
			return
		}
		id2, text2, err := parseLineSlow(data)
		if err != nil || !bytes.Equal(id, id2) || text != text2 {
			t.Fatalf("fast %q %q, encoding/json %q %q %v", id, text, id2, text2, err)
		}
		checkFacts(t, facts, text)
	})
}

// checkFacts checks what stringBody learnt of a text against the text.
func checkFacts(t *testing.T, facts textFacts, text string) {
	t.Helper()
	sample := text[:min(len(text), binarySample)]
	if !facts.known || facts.ctrl != controls(sample) || facts.nul != (strings.IndexByte(text, 0) >= 0) {
		t.Errorf("%.40q: facts %+v; want %d control characters, NUL %v", text, facts, controls(sample), strings.IndexByte(text, 0) >= 0)
	}
	if got, want := facts.binaryReason(text), textBinaryReason(text); got != want {
		t.Errorf("%.40q: binaryReason from the facts %q, of the text %q", text, got, want)
	}
}

// TestTextFacts: the control characters and NUL bytes that stringBody
// counts as it reads escapes and DELs, next to the 64 KiB that
// binaryReasonOf samples and across it, are those of the text.
func TestTextFacts(t *testing.T) {
	for _, body := range []string{
		`plain text`, `a\u0000b`, "del \x7f raw, " + `\u007f and \u007F escaped`, `\b\f\n\r\t\u001b\u000b\u0001\u001f`,
		strings.Repeat(`\u0001x`, 40), strings.Repeat(`\u0002 ab \n`, 30000), strings.Repeat("x", binarySample-3) + `\u0001\u0002\u0003\u0004\u0005\u0000`,
		strings.Repeat("é", binarySample/2-1) + "\x7f\x7f\x7f" + `\u0001`, strings.Repeat("\x7f", binarySample+10),
	} {
		line := []byte(`{"id":1,"text":"` + body + `"}`)
		_, text, facts, ok := parseLineFast(line)
		if !ok {
			t.Fatalf("%.40s: not on the fast path", line)
		}
		checkFacts(t, facts, text)
	}
}

// TestStringBodyStops puts every byte but the backslash at every place of
// a run of text (beyond ASCII too) before a closing quote: stringBody must
// stop at a quote, refuse a control character, and keep any other byte as
// it is.
func TestStringBodyStops(t *testing.T) {
	for c := range 256 {
		if c == '\\' {
			continue // an escape: AppendEscape reads it
		}
		for at := range 19 {
			body := []byte("é plain <text> & ’quoted’ run, more")[:18]
			body = append(append(append([]byte{}, body[:at]...), byte(c)), body[at:]...)
			wantEnd, want := len(body), string(body)
			switch {
			case c == '"':
				wantEnd, want = at, string(body[:at])
			case c < 0x20:
				wantEnd, want = -1, ""
			}
			if end, got := stringBody(append(body, '"', 'x'), nil); end != wantEnd || got != want {
				t.Errorf("byte %#x at %d: stringBody = %d, %q; want %d, %q", c, at, end, got, wantEnd, want)
			}
		}
	}
}

// TestFirstStop compares firstStop with a byte-by-byte search over strings
// of the bytes it tells apart (a stop below, at and above each of its
// tests' edges, and bytes beyond ASCII), several stops in a word of eight
// and runs longer than a word.
func TestFirstStop(t *testing.T) {
	kinds := []byte{'a', ' ', '!', '"', '#', '[', '\\', ']', 0x00, 0x1f, 0x20, 0x7f, 0x80, 0xa2, 0xdc, 0xff, 0x21, 0x23}
	seed := uint32(1)
	for range 200000 {
		seed = seed*1664525 + 1013904223
		n := int(seed>>24) % 40
		b := make([]byte, n)
		for i := range b {
			seed = seed*1664525 + 1013904223
			if seed>>28 < 12 {
				b[i] = 'x' // mostly plain, as text is
			} else {
				b[i] = kinds[int(seed>>16)%len(kinds)]
			}
		}
		want := len(b)
		for i, c := range b {
			if stringStop[c] {
				want = i
				break
			}
		}
		if got := firstStop(b); got != want {
			t.Fatalf("firstStop(%q) = %d, want %d", b, got, want)
		}
	}
}

// TestParseLineFastTakesSpaces: the lines json.dumps writes, a space after
// each colon and comma, take the fast path.
func TestParseLineFastTakesSpaces(t *testing.T) {
	for _, s := range []string{`{"id": "a.md", "text": "x"}`, `{"id": 1, "text": "a b"}`, ` { "id" : "x" , "text" : "y" } `} {
		if _, _, _, ok := parseLineFast(bytes.TrimSpace([]byte(s))); !ok {
			t.Errorf("%s: not on the fast path", s)
		}
	}
}

// TestLineHead: an output line's head is what json.Marshal writes for it.
func TestLineHead(t *testing.T) {
	for _, id := range []json.RawMessage{nil, json.RawMessage(`1`), json.RawMessage(`"a.md"`), json.RawMessage(`"a<b>&c"`),
		json.RawMessage("\"\u2028\u2029é\""), json.RawMessage(`{"a":[1,"x"]}`), json.RawMessage(`"a\ufffd\"b"`)} {
		got, err := lineHead(id)
		want, err2 := json.Marshal(jsonlResult{ID: id})
		if err != nil || err2 != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: lineHead %s %v, json.Marshal %s %v", id, got, err, want, err2)
		}
	}
}
