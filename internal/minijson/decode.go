package minijson

import (
	"errors"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Unmarshal decodes the JSON value in data into the value v points to, as
// encoding/json.Unmarshal would for the kinds this package handles: object
// keys match field names exactly or else case-insensitively, unknown keys
// are skipped, null leaves a value as it is (and makes a pointer or slice
// nil), and invalid UTF-8 or lone surrogates in strings become U+FFFD.
// Any syntax error, a value of the wrong type or trailing data is an error.
func Unmarshal(data []byte, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return errors.New("minijson: Unmarshal needs a non-nil pointer")
	}
	d := decoder{data: data}
	d.space()
	if err := d.value(rv.Elem(), 0); err != nil {
		return err
	}
	d.space()
	if d.pos != len(d.data) {
		return d.errorf("data after the top-level value")
	}
	return nil
}

type decoder struct {
	data []byte
	pos  int
}

func (d *decoder) errorf(msg string) error {
	return errors.New("minijson: " + msg + " at offset " + strconv.Itoa(d.pos))
}

func (d *decoder) space() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

// literal consumes word ("true", "false", "null") at the current position.
func (d *decoder) literal(word string) error {
	if !strings.HasPrefix(string(d.data[d.pos:min(len(d.data), d.pos+len(word))]), word) {
		return d.errorf("invalid literal")
	}
	d.pos += len(word)
	return nil
}

// value decodes one JSON value into v (skipping it when v is not valid).
func (d *decoder) value(v reflect.Value, depth int) error {
	if depth > maxDepth {
		return d.errorf("value nested too deeply")
	}
	if d.pos >= len(d.data) {
		return d.errorf("unexpected end of input")
	}
	c := d.data[d.pos]
	if c == 'n' {
		if err := d.literal("null"); err != nil {
			return err
		}
		if v.IsValid() && (v.Kind() == reflect.Pointer || v.Kind() == reflect.Slice) {
			v.SetZero()
		}
		return nil
	}
	if v.IsValid() && v.Kind() == reflect.Pointer {
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		return d.value(v.Elem(), depth+1)
	}
	switch {
	case c == '{':
		return d.object(v, depth)
	case c == '[':
		return d.array(v, depth)
	case c == '"':
		s, err := d.str()
		if err == nil && d.fits(v, reflect.String, &err) {
			v.SetString(s)
		}
		return err
	case c == 't' || c == 'f':
		b := c == 't'
		word := "false"
		if b {
			word = "true"
		}
		err := d.literal(word)
		if err == nil && d.fits(v, reflect.Bool, &err) {
			v.SetBool(b)
		}
		return err
	case c == '-' || c >= '0' && c <= '9':
		return d.number(v)
	}
	return d.errorf("invalid character " + strconv.QuoteRune(rune(c)))
}

// fits reports whether a scalar of kind k is to be stored in v: not when v
// is invalid (the value is skipped), and not when v is of another kind,
// which sets *err.
func (d *decoder) fits(v reflect.Value, k reflect.Kind, err *error) bool {
	if !v.IsValid() {
		return false
	}
	if v.Kind() != k {
		*err = d.errorf(k.String() + " where " + v.Type().String() + " is expected")
		return false
	}
	return true
}

func (d *decoder) object(v reflect.Value, depth int) error {
	var fs []field
	if v.IsValid() {
		if v.Kind() != reflect.Struct {
			return d.errorf("object where " + v.Type().String() + " is expected")
		}
		var err error
		if fs, err = fieldsOf(v.Type()); err != nil {
			return err
		}
	}
	if d.opens('}') {
		return nil
	}
	for {
		d.space()
		if d.pos >= len(d.data) || d.data[d.pos] != '"' {
			return d.errorf("object key expected")
		}
		key, err := d.str()
		if err != nil {
			return err
		}
		d.space()
		if d.pos >= len(d.data) || d.data[d.pos] != ':' {
			return d.errorf("':' expected after object key")
		}
		d.pos++
		d.space()
		var fv reflect.Value
		if v.IsValid() {
			if f := lookup(fs, key); f != nil {
				fv = v.Field(f.index)
			}
		}
		if err := d.value(fv, depth+1); err != nil {
			return err
		}
		if done, err := d.after('}'); done || err != nil {
			return err
		}
	}
}

// opens consumes the opening bracket at the current position and reports
// whether the closing one follows at once (an empty object or array, which
// it consumes too).
func (d *decoder) opens(closing byte) (empty bool) {
	d.pos++
	d.space()
	if d.pos < len(d.data) && d.data[d.pos] == closing {
		d.pos++
		return true
	}
	return false
}

// after reads what follows a member of an object or array: ',' before the
// next one, or the closing bracket, which ends it (done).
func (d *decoder) after(closing byte) (done bool, err error) {
	d.space()
	if d.pos >= len(d.data) {
		return false, d.errorf("unexpected end of input")
	}
	switch d.data[d.pos] {
	case ',':
		d.pos++
		return false, nil
	case closing:
		d.pos++
		return true, nil
	}
	return false, d.errorf("',' or '" + string(closing) + "' expected")
}

// lookup finds the field for key: an exact name, else one equal under
// Unicode case folding (as encoding/json matches).
func lookup(fs []field, key string) *field {
	for i := range fs {
		if fs[i].name == key {
			return &fs[i]
		}
	}
	for i := range fs {
		if strings.EqualFold(fs[i].name, key) {
			return &fs[i]
		}
	}
	return nil
}

func (d *decoder) array(v reflect.Value, depth int) error {
	if v.IsValid() && v.Kind() != reflect.Slice {
		return d.errorf("array where " + v.Type().String() + " is expected")
	}
	n := 0
	if v.IsValid() {
		v.SetLen(0)
		if v.IsNil() {
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		}
	}
	if d.opens(']') {
		return nil
	}
	for {
		d.space()
		var ev reflect.Value
		if v.IsValid() {
			if n >= v.Cap() {
				v.Grow(1)
			}
			v.SetLen(n + 1)
			ev = v.Index(n)
			ev.SetZero()
		}
		if err := d.value(ev, depth+1); err != nil {
			return err
		}
		n++
		if done, err := d.after(']'); done || err != nil {
			return err
		}
	}
}

// number reads a JSON number; into an integer it must be one in range.
func (d *decoder) number(v reflect.Value) error {
	start := d.pos
	if d.data[d.pos] == '-' {
		d.pos++
	}
	digits := func() int {
		n := 0
		for d.pos < len(d.data) && d.data[d.pos] >= '0' && d.data[d.pos] <= '9' {
			d.pos++
			n++
		}
		return n
	}
	intStart := d.pos
	if n := digits(); n == 0 || n > 1 && d.data[intStart] == '0' {
		return d.errorf("invalid number")
	}
	integer := true
	if d.pos < len(d.data) && d.data[d.pos] == '.' {
		d.pos++
		integer = false
		if digits() == 0 {
			return d.errorf("invalid number")
		}
	}
	if d.pos < len(d.data) && (d.data[d.pos] == 'e' || d.data[d.pos] == 'E') {
		d.pos++
		integer = false
		if d.pos < len(d.data) && (d.data[d.pos] == '+' || d.data[d.pos] == '-') {
			d.pos++
		}
		if digits() == 0 {
			return d.errorf("invalid number")
		}
	}
	if !v.IsValid() {
		return nil
	}
	text := string(d.data[start:d.pos])
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(text, 10, 64)
		if !integer || err != nil || v.OverflowInt(n) {
			return d.errorf("number " + text + " does not fit " + v.Type().String())
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := strconv.ParseUint(text, 10, 64)
		if !integer || err != nil || v.OverflowUint(n) {
			return d.errorf("number " + text + " does not fit " + v.Type().String())
		}
		v.SetUint(n)
	case reflect.Float64:
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			return d.errorf("number " + text + " does not fit float64")
		}
		v.SetFloat(f)
	default:
		return d.errorf("number where " + v.Type().String() + " is expected")
	}
	return nil
}

// str reads a JSON string at the current position (its opening quote).
func (d *decoder) str() (string, error) {
	d.pos++ // "
	start := d.pos
	// The common case: no escapes, valid UTF-8.
	for d.pos < len(d.data) {
		c := d.data[d.pos]
		if c == '"' {
			s := d.data[start:d.pos]
			d.pos++
			return string(s), nil
		}
		if c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
			break
		}
		d.pos++
	}
	out := append([]byte(nil), d.data[start:d.pos]...)
	for d.pos < len(d.data) {
		c := d.data[d.pos]
		switch {
		case c == '"':
			d.pos++
			return string(out), nil
		case c < 0x20:
			return "", d.errorf("control character in string")
		case c == '\\':
			if d.pos+1 >= len(d.data) {
				return "", d.errorf("unexpected end of input in string")
			}
			e := d.data[d.pos+1]
			d.pos += 2
			switch e {
			case '"', '\\', '/':
				out = append(out, e)
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				r, ok := d.hex4()
				if !ok {
					return "", d.errorf("invalid \\u escape")
				}
				if utf16.IsSurrogate(r) {
					// A high surrogate followed by an escaped low one is one rune.
					r2, ok2 := rune(-1), false
					if d.pos+1 < len(d.data) && d.data[d.pos] == '\\' && d.data[d.pos+1] == 'u' {
						save := d.pos
						d.pos += 2
						if r2, ok2 = d.hex4(); !ok2 {
							return "", d.errorf("invalid \\u escape")
						}
						if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
							r = dec
						} else {
							d.pos = save // not a pair: the second escape stands alone
							r = utf8.RuneError
						}
					} else {
						r = utf8.RuneError
					}
				}
				out = utf8.AppendRune(out, r)
			default:
				return "", d.errorf("invalid escape in string")
			}
		case c < utf8.RuneSelf:
			out = append(out, c)
			d.pos++
		default:
			r, size := utf8.DecodeRune(d.data[d.pos:])
			if r == utf8.RuneError && size == 1 {
				out = append(out, "\uFFFD"...)
			} else {
				out = append(out, d.data[d.pos:d.pos+size]...)
			}
			d.pos += size
		}
	}
	return "", d.errorf("unexpected end of input in string")
}

// hex4 reads four hex digits of a \u escape.
func (d *decoder) hex4() (rune, bool) {
	if d.pos+4 > len(d.data) {
		return 0, false
	}
	var r rune
	for _, c := range d.data[d.pos : d.pos+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	d.pos += 4
	return r, true
}
