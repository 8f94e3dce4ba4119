package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/policylens/policylens/analyzer"
	"github.com/policylens/policylens/internal/decimal"
	"github.com/policylens/policylens/internal/jsonw"
)

// maxLineBytes is the longest JSONL line read: a text at the analyzer's limit
// plus room for JSON escapes and the id. Longer lines are skipped (not held
// in memory) and answered with an error.
const maxLineBytes = analyzer.MaxInputBytes + analyzer.MaxInputBytes/2 + 1<<20

// idPrefixBytes is how much of an over-long line is kept to find its id.
const idPrefixBytes = 64 << 10

// job is one input line on its way through the pool; done receives its
// encoded output line.
type job struct {
	n       int
	size    int // len(data) as read, held against the queue's byte budget
	read    int // bytes of input consumed for it, blank lines before it included
	data    []byte
	tooLong bool
	done    chan output
}

// output is one encoded output line and whether it reports an error.
type output struct {
	line   []byte
	failed bool
}

// jsonlResult is one output line.
type jsonlResult struct {
	ID     json.RawMessage  `json:"id"` // null when the line has none
	Line   int              `json:"line,omitempty"`
	Report *analyzer.Report `json:"report,omitempty"`
	Error  string           `json:"error,omitempty"`
}

// runJSONL is analyze --jsonl: it prints a summary of failed lines on stderr
// and returns the exit code.
// When stderr is a terminal it shows a progress line there meanwhile.
func runJSONL(stdin io.Reader, stdout, stderr io.Writer, workers int) int {
	prog := newProgress(stdin, stderr)
	lines, failed, err := analyzeJSONL(stdin, stdout, workers, prog)
	prog.finish()
	var ie *inputError
	switch {
	case errors.As(err, &ie):
		fmt.Fprintf(stderr, "policylens: %v\n", err)
		return ie.code
	case err != nil:
		return writeFailed(stderr, err)
	case failed > 0:
		fmt.Fprintf(stderr, "policylens: %s of %s lines failed; see the \"error\" field of their output lines\n", decimal.Thousands(failed), decimal.Thousands(lines))
		return exitRejected
	}
	return exitOK
}

// queuePerWorker and queueBytes bound the lines between reading and writing:
// at most queuePerWorker×workers lines and queueBytes of input (one line is
// always let through). The count keeps workers busy while a slow line holds
// up the output; the bytes keep memory bounded when lines are large.
const (
	queuePerWorker = 8
	queueBytes     = 64 << 20
)

// analyzeJSONL streams JSON lines from in to out through a pool of workers.
// Output order is input order: a bounded queue of futures (see queueBytes)
// sits between reading and writing, so memory stays bounded however long
// the input, and each result is written as soon as every earlier one is.
// It returns the number of lines and of failed lines; err is a read error
// (an *inputError) or a write error. prog, when not nil, counts each line
// written.
func analyzeJSONL(in io.Reader, out io.Writer, workers int, prog *progress) (lines, failed int, err error) {
	workers = max(workers, 1)
	order := make(chan *job, queuePerWorker*workers)
	jobs := make(chan *job)
	stop := make(chan struct{})
	budget := newBudget(queueBytes)
	var inBufs, outBufs bufferPool
	var readErr error
	go func() {
		defer close(order)
		defer close(jobs)
		cr := &countingReader{r: in}
		br := bufio.NewReaderSize(cr, 64<<10)
		consumed := 0 // input bytes up to the last line queued
		for n := 1; ; n++ {
			data, tooLong, err := readLine(br, maxLineBytes, inBufs.get())
			if n == 1 {
				data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
			}
			if len(bytes.TrimSpace(data)) > 0 || tooLong {
				at := cr.n - br.Buffered()
				j := &job{n: n, size: len(data), read: at - consumed, data: data, tooLong: tooLong, done: make(chan output, 1)}
				consumed = at
				if !budget.acquire(j.size) {
					return
				}
				select {
				case order <- j:
				case <-stop:
					return
				}
				select {
				case jobs <- j:
				case <-stop:
					return
				}
			}
			if err != nil {
				if err != io.EOF {
					readErr = &inputError{exitRead, "cannot read standard input: " + err.Error()}
				}
				return
			}
		}
	}()
	for range workers {
		go func() {
			for j := range jobs {
				o := processLine(j, outBufs.get())
				inBufs.put(j.data) // the output does not refer to it
				j.data = nil       // the input line is not needed while the result waits its turn
				j.done <- o
			}
		}()
	}
	for j := range order {
		o := <-j.done
		lines++
		if o.failed {
			failed++
		}
		// One write per line, unbuffered: each result reaches the reader as
		// soon as it is ready, and a stalled reader stalls the pipeline.
		_, err := out.Write(o.line)
		outBufs.put(o.line)
		budget.release(j.size)
		prog.done(j.read)
		if err != nil {
			close(stop)
			budget.stop()
			return lines, failed, err
		}
	}
	return lines, failed, readErr
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

// readLine reads one line without its line ending into buf, which it
// overwrites. A line longer than limit is consumed but only its first
// idPrefixBytes are returned, with tooLong set. err is io.EOF after the last
// line.
func readLine(br *bufio.Reader, limit int, buf []byte) (line []byte, tooLong bool, err error) {
	line = buf[:0]
	for {
		chunk, err := br.ReadSlice('\n')
		switch {
		case tooLong:
		case len(line)+len(chunk) > limit+2: // +2 for "\r\n"
			tooLong = true
			line = append(line, chunk[:min(len(chunk), max(idPrefixBytes-len(line), 0))]...)
		default:
			line = append(line, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if !tooLong {
			line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
		}
		return line, tooLong, err
	}
}

// processLine turns one input line into one encoded output line, written
// into buf (which it overwrites) when it is a report. The output does not
// refer to j.data.
func processLine(j *job, buf []byte) output {
	res := jsonlResult{Line: j.n}
	var text string
	var facts textFacts
	var err error
	if j.tooLong {
		res.ID = leadingID(j.data)
		err = fmt.Errorf("the line is longer than %s bytes: the text must be at most %s", decimal.Thousands(maxLineBytes), limitText)
	} else {
		res.ID, text, facts, err = parseLine(j.data)
	}
	if err == nil && strings.TrimSpace(text) == "" {
		err = errors.New("the text is empty: there is nothing to analyse")
	}
	if err == nil && len(text) > analyzer.MaxInputBytes {
		err = fmt.Errorf("the text is larger than %s", limitText)
	}
	if err == nil {
		if why := facts.binaryReason(text); why != "" {
			err = fmt.Errorf("the text looks like binary data (%s)", why)
		}
	}
	if err == nil {
		res.Report, err = analyze(text, nil)
	}
	if err == nil {
		if out, err := reportLine(buf, res.ID, res.Report, len(text)); err == nil {
			return output{out, false}
		}
		err = errors.New("cannot encode the report")
	}
	res.Report = nil
	res.Error = fmt.Sprintf("line %d: %v", j.n, err)
	out, merr := json.Marshal(res)
	if merr != nil { // cannot happen for these types; keep the line count right anyway
		out, err = fmt.Appendf(nil, `{"id":null,"line":%d,"error":"cannot encode the report"}`, j.n), merr
	}
	return output{append(out, '\n'), err != nil}
}

// reportLine writes the output line of a report of a text of size bytes,
// {"id":...,"report":...}, into buf, which it overwrites: the bytes
// json.Marshal of its jsonlResult writes, the report written by its own
// encoder (several times faster than encoding/json's reflection).
func reportLine(buf []byte, id json.RawMessage, r *analyzer.Report, size int) ([]byte, error) {
	head, err := lineHead(id)
	if err != nil {
		return nil, err
	}
	// A report's JSON is about three times its text (TOSBack: 41 MB for
	// 14 MB): a new buffer has room for it at once, not grown step by step;
	// a buffer used before grows only when a report is larger than all
	// before it.
	out := buf[:0]
	if out == nil {
		out = make([]byte, 0, len(head)+3*size+16<<10)
	}
	out = append(out, head[:len(head)-1]...)
	out = append(out, `,"report":`...)
	if out, err = r.AppendJSON(out); err != nil {
		return nil, err
	}
	return append(out, '}', '\n'), nil
}

// lineHead returns what json.Marshal writes for jsonlResult{ID: id}. An id
// that json.Marshal writes as it is (compacted already, as parseLine returns
// it, and without the characters it escapes for HTML: <, >, &, U+2028 and
// U+2029, whose UTF-8 starts with 0xE2) is written here, without building
// encoding/json's encoder of the report's types for one field.
func lineHead(id json.RawMessage) ([]byte, error) {
	if id == nil {
		return []byte(`{"id":null}`), nil
	}
	plain := true
	for _, c := range id {
		plain = plain && c != '<' && c != '>' && c != '&' && c != 0xE2
	}
	if plain && json.Valid(id) {
		head := make([]byte, 0, len(id)+8)
		head = append(head, `{"id":`...)
		head = append(head, id...)
		return append(head, '}'), nil
	}
	return json.Marshal(jsonlResult{ID: id})
}

// parseLine decodes one input line {"id": ..., "text": ...}. The id may be
// any JSON value, null included, and is returned compacted and as valid
// UTF-8, to be echoed; other fields are ignored. The text keeps any invalid
// UTF-8 it holds, so that the report says so (the invalid-utf8 notice). On
// error the id is still returned when found. facts holds what reading the
// text learnt of it, when it was read on the fast path.
func parseLine(data []byte) (id json.RawMessage, text string, facts textFacts, err error) {
	if id, text, facts, ok := parseLineFast(bytes.TrimSpace(data)); ok {
		return id, text, facts, nil
	}
	id, text, err = parseLineSlow(data)
	return id, text, textFacts{}, err
}

// textFacts is what stringBody learns of a text as it reads it, which
// binaryReasonOf would read the text again for: whether it holds a NUL
// byte, and how many control characters (controlByte) its first
// binarySample bytes hold. A JSON string holds none of them as they are
// but DEL: the others are escapes, which stringBody decodes one by one.
// known is false for a text read otherwise.
type textFacts struct {
	known bool
	nul   bool
	ctrl  int
}

// escaped notes the bytes r that an escape decodes to, at offset at of the
// text; the DELs are counted once the text is read (see stringBody).
func (f *textFacts) escaped(r []byte, at int) {
	for k, c := range r {
		f.nul = f.nul || c == 0
		if c < 0x20 && at+k < binarySample {
			f.ctrl += int(controlByte[c])
		}
	}
}

// binaryReason is textBinaryReason(text), for the text f was learnt of: it
// does not read the text for NUL bytes and control characters again when
// f knows them.
func (f *textFacts) binaryReason(text string) string {
	if !f.known {
		return textBinaryReason(text)
	}
	return binaryReasonCounted(text[:min(len(text), binarySample)], f.nul, f.ctrl)
}

// parseLineFast reads the commonest line, {"id":ID,"text":"..."} as written
// by jq -c, encoders and Python's json.dumps (the keys in that order,
// spaces or none around them, the id a number or a string without escapes),
// reading the text once; it returns what parseLineSlow returns for such a
// line, and false for any other line, which parseLineSlow then reads.
func parseLineFast(line []byte) (id json.RawMessage, text string, facts textFacts, ok bool) {
	rest := line
	for _, want := range []string{"{", `"id"`, ":"} {
		if rest, ok = cutToken(rest, want); !ok {
			return nil, "", textFacts{}, false
		}
	}
	rest, _ = cutToken(rest, "") // the space json.dumps writes after the colon
	n := plainIDLen(rest)
	if n == 0 {
		return nil, "", textFacts{}, false
	}
	id, rest = rest[:n], rest[n:]
	for _, want := range []string{",", `"text"`, ":", `"`} {
		if rest, ok = cutToken(rest, want); !ok {
			return nil, "", textFacts{}, false
		}
	}
	end, text := stringBody(rest, &facts)
	if end < 0 {
		return nil, "", textFacts{}, false
	}
	if after, ok := cutToken(rest[end+1:], "}"); !ok || len(after) != 0 {
		return nil, "", textFacts{}, false
	}
	return append(json.RawMessage(nil), id...), text, facts, true
}

// cutToken returns b after the JSON whitespace at its start and then want,
// and whether want was there.
func cutToken(b []byte, want string) ([]byte, bool) {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n') {
		b = b[1:]
	}
	if len(b) < len(want) || string(b[:len(want)]) != want {
		return b, false
	}
	return b[len(want):], true
}

// plainIDLen returns the length of the JSON number, or the JSON string of
// valid UTF-8 without escapes, at the start of b; 0 for anything else.
func plainIDLen(b []byte) int {
	if len(b) > 0 && b[0] == '"' {
		for i := 1; i < len(b); i++ {
			switch c := b[i]; {
			case c == '"':
				if utf8.Valid(b[1:i]) {
					return i + 1
				}
				return 0
			case c < 0x20 || c == '\\':
				return 0
			}
		}
		return 0
	}
	i := 0
	digits := func() int {
		k := i
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		return i - k
	}
	if i < len(b) && b[i] == '-' {
		i++
	}
	if n := digits(); n == 0 || n > 1 && b[i-n] == '0' {
		return 0
	}
	if i < len(b) && b[i] == '.' {
		i++
		if digits() == 0 {
			return 0
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if digits() == 0 {
			return 0
		}
	}
	return i
}

// stringBody reads the body of a JSON string at the start of b: it returns
// the index of the quote that ends it and the text it holds, its escapes
// decoded as unquote decodes them and its other bytes as they are; end is
// -1 when the body is not valid JSON (a control character, an unknown
// escape) or has no end. It reads the body once, copying its plain runs as
// it finds each escape, where finding the end and then unquoting read it
// twice. When f is not nil, it sets f to what it learnt of the text.
func stringBody(b []byte, f *textFacts) (end int, text string) {
	var sb strings.Builder
	sb.Grow(len(b)) // the text is never longer than what holds it
	var esc [utf8.UTFMax]byte
	from := 0 // the bytes from here to i are the text's as they are
	for i := 0; i < len(b); i++ {
		i += firstStop(b[i:])
		if i == len(b) {
			break
		}
		switch c := b[i]; {
		case c == '"':
			sb.Write(b[from:i])
			text := sb.String()
			if f != nil {
				// The DELs, as they are or escaped: one quick count.
				f.known = true
				f.ctrl += strings.Count(text[:min(len(text), binarySample)], "\x7f")
			}
			return i, text
		case c < 0x20:
			return -1, ""
		case c == '\\':
			sb.Write(b[from:i])
			// The escapes of one byte ("\n", "\"", most of them) here,
			// without AppendEscape's call and a copy.
			if i+1 < len(b) {
				if d := shortEscape[b[i+1]]; d != 0 {
					if f != nil && d < 0x20 && sb.Len() < binarySample {
						f.ctrl += int(controlByte[d]) // as f.escaped counts it
					}
					sb.WriteByte(d)
					i, from = i+1, i+2
					continue
				}
			}
			r, next, problem := jsonw.AppendEscape(esc[:0], b, i)
			if problem != "" {
				return -1, ""
			}
			if f != nil {
				f.escaped(r, sb.Len())
			}
			sb.Write(r)
			i, from = next-1, next
		}
	}
	return -1, ""
}

// shortEscape maps the letter of each escape of one byte to that byte (as
// jsonw.AppendEscape decodes it), and the others to 0.
var shortEscape = [256]byte{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

// firstStop returns the index of the first byte of b that stringBody stops
// at (stringStop): a quote, a backslash or a control character; or len(b).
// Text beyond ASCII and the bytes that JSON output escapes (<, >, &) read
// on. It tests eight bytes a step: a byte that is zero in x^quote or
// x^slash, or below 0x20, borrows into its high bit, which x's own does
// not cover (the high bit of x^quote and x^slash is x's: one mask of ^x
// serves the three tests). The lowest byte marked is exactly the first
// stop (a borrow runs only upward, from a byte marked rightly); those
// above it may be marked wrongly. The constants are variables' values,
// which the loop keeps in registers, where it built each again at every
// step.
func firstStop(b []byte) int {
	quote, slash, under, one, high := stopQuote, stopSlash, stopUnder, stopOne, stopHigh
	i := 0
	for ; i <= len(b)-8; i += 8 { // (so written, b[i:i+8] needs no bounds test)
		x := binary.LittleEndian.Uint64(b[i : i+8])
		if m := ((x - under) | (x ^ quote - one) | (x ^ slash - one)) &^ x & high; m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for ; i < len(b) && !stringStop[b[i]]; i++ {
	}
	return i // the last bytes, fewer than eight, one lookup each
}

// The constants of firstStop's test, eight bytes of each.
var stopQuote, stopSlash, stopUnder, stopOne, stopHigh uint64 = '"' * 0x0101010101010101, '\\' * 0x0101010101010101,
	0x20 * 0x0101010101010101, 0x0101010101010101, 0x8080808080808080

// stringStop marks the bytes that stringBody stops at inside a JSON string:
// the quote, the backslash and the control characters.
var stringStop = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

// parseLineSlow is parseLine for any line, through encoding/json.
func parseLineSlow(data []byte) (id json.RawMessage, text string, err error) {
	var in struct {
		ID   json.RawMessage `json:"id"`
		Text json.RawMessage `json:"text"`
	}
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return nil, "", errors.New(`not a JSON object: each line must be {"id": ..., "text": ...}`)
	}
	if err := json.Unmarshal(trimmed, &in); err != nil {
		return leadingID(trimmed), "", jsonProblem(err)
	}
	id = cleanID(in.ID)
	switch {
	case id == nil:
		return nil, "", errors.New(`missing "id": each line must be {"id": ..., "text": ...}`)
	case in.Text == nil:
		return id, "", errors.New(`missing "text": each line must be {"id": ..., "text": ...}`)
	case in.Text[0] != '"':
		return id, "", fmt.Errorf(`"text" must be a JSON string, not %s`, jsonKind(in.Text[0]))
	}
	return id, unquote(in.Text), nil
}

// jsonProblem turns a decoding error into a message for a person.
func jsonProblem(err error) error {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se) && se.Error() == "unexpected end of JSON input":
		return errors.New("not valid JSON: the line ends before its object is closed")
	case errors.As(err, &se):
		return fmt.Errorf("not valid JSON: %s (at byte %d of the line)", se.Error(), se.Offset)
	}
	return errors.New("not valid JSON")
}

// jsonKind names the kind of JSON value that starts with c.
func jsonKind(c byte) string {
	switch c {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "true or false"
	case 'n':
		return "null"
	}
	return "a number"
}

// cleanID returns a JSON value compacted and with any invalid UTF-8 in its
// strings replaced by \ufffd escapes, so the output line is valid JSON in
// valid UTF-8; nil stays nil (no id given). Invalid UTF-8 can only occur
// inside strings, where an escape is valid.
func cleanID(raw json.RawMessage) json.RawMessage {
	if raw == nil {
		return nil
	}
	var buf bytes.Buffer
	if json.Compact(&buf, raw) != nil {
		return nil
	}
	return bytes.ToValidUTF8(buf.Bytes(), []byte(`\ufffd`))
}

// unquote decodes a JSON string literal that json.Unmarshal has already
// checked. Unlike json.Unmarshal it keeps bytes that are not valid UTF-8 as
// they are (the analyzer reports them); escapes are decoded as jsonw does.
func unquote(lit []byte) string {
	body := lit[1 : len(lit)-1]
	if bytes.IndexByte(body, '\\') < 0 {
		return string(body)
	}
	// The decoded text is never longer than its escaped body: a builder of
	// that size allocates it once, and String does not copy it.
	var sb strings.Builder
	sb.Grow(len(body))
	var esc [utf8.UTFMax]byte
	for i := 0; i < len(body); {
		k := bytes.IndexByte(body[i:], '\\')
		if k < 0 {
			sb.Write(body[i:])
			break
		}
		sb.Write(body[i : i+k])
		var r []byte
		r, i, _ = jsonw.AppendEscape(esc[:0], body, i+k) // checked: no problem
		sb.Write(r)
	}
	return sb.String()
}

// leadingID returns the id of a line that cannot be decoded whole (too long
// or malformed later on) when "id" is its first key, else nil.
func leadingID(data []byte) json.RawMessage {
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	if t, err := dec.Token(); err != nil || t != "id" {
		return nil
	}
	var id json.RawMessage
	if dec.Decode(&id) != nil {
		return nil
	}
	return cleanID(id)
}

// maxPooledBytes bounds the buffers a bufferPool keeps: enough for the
// input and output lines of the largest TOSBack policy (720 KB of report)
// with room to spare.
const maxPooledBytes = 2 << 20

// bufferPool keeps byte buffers for reuse: the input and output lines of
// --jsonl, which would otherwise be allocated anew for every line (about
// five bytes for each byte of text). Like any sync.Pool it lets its buffers
// go when the garbage collector runs and they have not been asked for
// since; a buffer larger than maxPooledBytes is not kept at all.
type bufferPool struct{ p sync.Pool }

// get returns an empty buffer, or nil when the pool has none.
func (bp *bufferPool) get() []byte {
	if b, ok := bp.p.Get().(*[]byte); ok {
		return (*b)[:0]
	}
	return nil
}

// put gives b back for reuse; the caller no longer uses it.
func (bp *bufferPool) put(b []byte) {
	if cap(b) > 0 && cap(b) <= maxPooledBytes {
		bp.p.Put(&b)
	}
}

// budget is a count of bytes that may be in flight; acquire waits until
// enough are free, but always admits a request when nothing is in flight.
type budget struct {
	mu      sync.Mutex
	cond    sync.Cond
	free    int
	total   int
	stopped bool
}

func newBudget(total int) *budget {
	b := &budget{free: total, total: total}
	b.cond.L = &b.mu
	return b
}

// acquire takes n bytes; it returns false when the budget was stopped.
func (b *budget) acquire(n int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.free < n && b.free < b.total && !b.stopped {
		b.cond.Wait()
	}
	b.free -= n
	return !b.stopped
}

func (b *budget) release(n int) {
	b.mu.Lock()
	b.free += n
	b.mu.Unlock()
	b.cond.Broadcast()
}

// stop wakes and refuses every waiter.
func (b *budget) stop() {
	b.mu.Lock()
	b.stopped = true
	b.mu.Unlock()
	b.cond.Broadcast()
}
