package jsonw

import (
	"strconv"
	"strings"
)

// Decoder reads JSON into Go values without reflection, field by field as
// the analyzer's generated report decoder asks, with encoding/json's rules:
// object keys match field names exactly or else case-insensitively, unknown
// keys are skipped, null leaves a value as it is (and makes a slice nil),
// and a value of the wrong type, a syntax error or trailing data is an
// error. The first error stops the decoding and is kept in Err.
type Decoder struct {
	Scanner
	Err   error
	depth int
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
		if !d.Skip() {
			return false
		}
		d.fail(d.Errorf("a value other than " + what))
	}
	return false
}

// Object reads an object, calling field with each key; field reads the
// key's value (Skip for an unknown key). null is no object and no error.
func (d *Decoder) Object(field func(key string)) {
	if !d.start('{', "an object") {
		return
	}
	d.depth++
	defer func() { d.depth-- }()
	if d.Opens('}') {
		return
	}
	for d.Err == nil {
		key, err := d.Key()
		if err != nil {
			d.fail(err)
			return
		}
		field(key)
		if d.Err != nil {
			return
		}
		if done, err := d.After('}'); done || err != nil {
			if err != nil {
				d.fail(err)
			}
			return
		}
	}
}

// Field returns the one of names that key stands for: the same name, else
// one equal under Unicode case folding (as encoding/json matches); "" for
// none.
func Field(key string, names ...string) string {
	for _, n := range names {
		if n == key {
			return n
		}
	}
	for _, n := range names {
		if strings.EqualFold(n, key) {
			return n
		}
	}
	return ""
}

// Slice reads an array into *p, each element with elem from its zero value;
// null makes *p nil.
func Slice[T any](d *Decoder, p *[]T, elem func(*T)) {
	if !d.start('[', "an array") {
		if d.Err == nil { // null
			*p = nil
		}
		return
	}
	d.depth++
	defer func() { d.depth-- }()
	s := (*p)[:0]
	if s == nil {
		s = []T{}
	}
	defer func() { *p = s }()
	if d.Opens(']') {
		return
	}
	for d.Err == nil {
		d.Space()
		var zero T
		s = append(s, zero)
		elem(&s[len(s)-1])
		if d.Err != nil {
			return
		}
		if done, err := d.After(']'); done || err != nil {
			if err != nil {
				d.fail(err)
			}
			return
		}
	}
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

// Bool reads true or false into *p.
func (d *Decoder) Bool(p *bool) {
	if d.Err != nil {
		return
	}
	switch d.Peek() {
	case 't', 'f':
		word := "false"
		if d.Peek() == 't' {
			word = "true"
		}
		if err := d.Literal(word); err != nil {
			d.fail(err)
			return
		}
		*p = word == "true"
	default:
		d.start('t', "a boolean")
	}
}

// number reads a number's text, or reports false (after null, or on an
// error).
func (d *Decoder) number() (string, bool, bool) {
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
	n, err := strconv.ParseInt(text, 10, strconv.IntSize)
	if !integer || err != nil {
		d.fail(d.Errorf("number " + text + " does not fit int"))
		return
	}
	*p = int(n)
}

// Float reads a number into *p.
func (d *Decoder) Float(p *float64) {
	text, _, ok := d.number()
	if !ok {
		return
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil {
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
		d.Object(func(string) { d.Skip() })
	case c == '[':
		var n []struct{}
		Slice(d, &n, func(*struct{}) { d.Skip() })
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
		d.fail(d.Errorf("invalid character " + strconv.QuoteRune(rune(c))))
	}
	return d.Err == nil
}
