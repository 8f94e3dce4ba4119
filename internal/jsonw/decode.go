package jsonw

import (
	"strings"

	"github.com/policylens/policylens/internal/decimal"
)

// Decoder reads JSON into Go values without reflection, value by value as
// the caller asks (the analyzer's generated report decoder, a few types of
// the page), with encoding/json's rules: object keys match field names
// exactly or else case-insensitively, unknown keys are skipped, null leaves
// a value as it is (and makes a slice nil), and a value of the wrong type, a
// syntax error or trailing data is an error. The first error stops the
// decoding and is kept in Err.
//
// An object is read as
//
//	if d.Object() {
//		for d.More('}') {
//			switch d.Field(names) { // names: the fields' JSON names
//			case 0: d.String(&v.A)
//			default: d.Skip()
//			}
//		}
//	}
//
// and an array the same way with Array and More(']').
type Decoder struct {
	Scanner
	Err   error
	depth int
	first bool // just inside '{' or '['
}

// Decode decodes the single JSON value in data with read.
func Decode(data []byte, read func(*Decoder)) error {
	d := Decoder{Scanner: Scanner{Data: data}}
	d.Space()
	read(&d)
	if d.Err == nil {
		if d.Space(); d.Pos != len(d.Data) {
			d.fail(d.Errorf("data after the top-level value"))
		}
	}
	return d.Err
}

func (d *Decoder) fail(err error) {
	if d.Err == nil {
		d.Err = err
	}
	d.Pos = len(d.Data) // nothing more is read
}

// start begins a value that must open with c. It reports false after an
// error and for null, which it consumes (and leaves d.Err nil).
func (d *Decoder) start(c byte, what string) bool {
	if d.Err != nil {
		return false
	}
	if d.depth > MaxDepth {
		d.fail(d.Errorf("value nested too deeply"))
		return false
	}
	switch d.Peek() {
	case 'n':
		if err := d.Literal("null"); err != nil {
			d.fail(err)
		}
		return false
	case c:
		return true
	case 0:
		d.fail(d.Errorf("unexpected end of input"))
	default:
		if d.Skip() {
			d.fail(d.Errorf("a value other than " + what))
		}
	}
	return false
}

// Object begins an object, and reports whether there is one: not for null
// (nor after an error). Its members are read with More('}') and Field.
func (d *Decoder) Object() bool { return d.open('{', "an object") }

// Array begins an array, and reports whether there is one: not for null
// (nor after an error). Its elements are read with More(']').
func (d *Decoder) Array() bool { return d.open('[', "an array") }

// open begins an object or an array. It is not inlined: Object and Array
// are, at each of their forty-odd calls in the generated report decoder
// (2.4 KiB brotli of the page's WASM).
//
//go:noinline
func (d *Decoder) open(c byte, what string) bool {
	if !d.start(c, what) {
		return false
	}
	d.Pos++
	d.depth++
	d.first = true
	return true
}

// More reports whether another member of the object or array that Object
// or Array began follows; closing is its closing bracket, which More
// consumes at the end.
func (d *Decoder) More(closing byte) bool {
	if d.Err != nil {
		return false
	}
	d.Space()
	if d.first {
		d.first = false
		if d.Peek() != closing {
			return true
		}
		d.Pos++
	} else if done, err := d.After(closing); err != nil {
		d.fail(err)
		return false
	} else if !done {
		d.Space()
		return true
	}
	d.depth--
	return false
}

// Field reads an object member's key and returns the index of the name in
// names that it stands for: the same name, else one equal under Unicode
// case folding (as encoding/json matches); -1 for none.
func (d *Decoder) Field(names []string) int {
	key, err := d.Key()
	if err != nil {
		d.fail(err)
		return -1
	}
	for i, n := range names {
		if n == key {
			return i
		}
	}
	for i, n := range names {
		if strings.EqualFold(n, key) {
			return i
		}
	}
	return -1
}

// String reads a string into *p.
func (d *Decoder) String(p *string) {
	if d.start('"', "a string") {
		s, err := d.Str()
		if err != nil {
			d.fail(err)
			return
		}
		*p = s
	}
}

// Floats reads an array of numbers; null is nil.
func (d *Decoder) Floats() []float64 {
	if !d.Array() {
		return nil
	}
	v := []float64{}
	for d.More(']') {
		v = append(v, 0)
		d.Float(&v[len(v)-1])
	}
	return v
}

// Strings reads an array of strings; null is nil.
func (d *Decoder) Strings() []string {
	if !d.Array() {
		return nil
	}
	v := []string{}
	for d.More(']') {
		v = append(v, "")
		d.String(&v[len(v)-1])
	}
	return v
}

// Ints reads an array of integers; null is nil.
func (d *Decoder) Ints() []int {
	if !d.Array() {
		return nil
	}
	v := []int{}
	for d.More(']') {
		v = append(v, 0)
		d.Int(&v[len(v)-1])
	}
	return v
}

// Bool reads true or false into *p.
func (d *Decoder) Bool(p *bool) {
	if d.Err != nil {
		return
	}
	if c := d.Peek(); c != 't' && c != 'f' {
		d.start('t', "a boolean")
		return
	}
	word := "false"
	if d.Peek() == 't' {
		word = "true"
	}
	if err := d.Literal(word); err != nil {
		d.fail(err)
		return
	}
	*p = word == "true"
}

// number reads a number's text; ok is false after null or an error.
func (d *Decoder) number() (text string, integer, ok bool) {
	if d.Err != nil {
		return "", false, false
	}
	if c := d.Peek(); c != '-' && (c < '0' || c > '9') {
		d.start('0', "a number")
		return "", false, false
	}
	text, integer, err := d.Number()
	if err != nil {
		d.fail(err)
		return "", false, false
	}
	return text, integer, true
}

// Int reads an integer into *p.
func (d *Decoder) Int(p *int) {
	text, integer, ok := d.number()
	if !ok {
		return
	}
	n, ok := decimal.Atoi(text)
	if !integer || !ok {
		d.fail(d.Errorf("number " + text + " does not fit int"))
		return
	}
	*p = n
}

// Float reads a number into *p.
func (d *Decoder) Float(p *float64) {
	text, _, ok := d.number()
	if !ok {
		return
	}
	f, ok := parseFloat(text)
	if !ok {
		d.fail(d.Errorf("number " + text + " does not fit float64"))
		return
	}
	*p = f
}

// Skip reads a value of any kind and drops it. It reports whether it read
// one without error.
func (d *Decoder) Skip() bool {
	if d.Err != nil {
		return false
	}
	switch c := d.Peek(); {
	case c == '{':
		d.Object()
		for d.More('}') {
			d.Field(nil)
			d.Skip()
		}
	case c == '[':
		d.Array()
		for d.More(']') {
			d.Skip()
		}
	case c == '"':
		var s string
		d.String(&s)
	case c == 't' || c == 'f':
		var b bool
		d.Bool(&b)
	case c == '-' || c >= '0' && c <= '9':
		d.number()
	case c == 'n':
		d.start('n', "")
	case c == 0:
		d.fail(d.Errorf("unexpected end of input"))
	default:
		d.fail(d.Errorf("invalid character " + quoteByte(c)))
	}
	return d.Err == nil
}

// quoteByte writes c as strconv.QuoteRune(rune(c)) does, for the messages
// of invalid characters, without strconv's quoting and its tables of
// printable characters (the page's WebAssembly links neither).
func quoteByte(c byte) string {
	switch {
	case c == '\'' || c == '\\':
		return `'\` + string(rune(c)) + `'`
	case c >= 0x20 && c < 0x7f || c >= 0xa1 && c != 0xad: // Latin-1's printable characters
		return "'" + string(rune(c)) + "'"
	}
	if i := strings.IndexByte("\a\b\f\n\r\t\v", c); i >= 0 {
		return `'\` + "abfnrtv"[i:i+1] + `'`
	}
	if c < 0x80 {
		return `'\x` + string(hex[c>>4]) + string(hex[c&15]) + `'`
	}
	return `'\u00` + string(hex[c>>4]) + string(hex[c&15]) + `'`
}
