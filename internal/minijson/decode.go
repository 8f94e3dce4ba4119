package minijson

import (
	"errors"
	"reflect"
	"strconv"
	"strings"

	"github.com/policylens/policylens/internal/jsonw"
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
	d := decoder{jsonw.Scanner{Data: data}}
	d.Space()
	if err := d.value(rv.Elem(), 0); err != nil {
		return err
	}
	d.Space()
	if d.Pos != len(d.Data) {
		return d.Errorf("data after the top-level value")
	}
	return nil
}

type decoder struct {
	jsonw.Scanner
}

// value decodes one JSON value into v (skipping it when v is not valid).
func (d *decoder) value(v reflect.Value, depth int) error {
	if depth > jsonw.MaxDepth {
		return d.Errorf("value nested too deeply")
	}
	if d.Pos >= len(d.Data) {
		return d.Errorf("unexpected end of input")
	}
	c := d.Data[d.Pos]
	if c == 'n' {
		if err := d.Literal("null"); err != nil {
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
		s, err := d.Str()
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
		err := d.Literal(word)
		if err == nil && d.fits(v, reflect.Bool, &err) {
			v.SetBool(b)
		}
		return err
	case c == '-' || c >= '0' && c <= '9':
		return d.number(v)
	}
	return d.Errorf("invalid character " + strconv.QuoteRune(rune(c)))
}

// fits reports whether a scalar of kind k is to be stored in v: not when v
// is invalid (the value is skipped), and not when v is of another kind,
// which sets *err.
func (d *decoder) fits(v reflect.Value, k reflect.Kind, err *error) bool {
	if !v.IsValid() {
		return false
	}
	if v.Kind() != k {
		*err = d.Errorf(k.String() + " where " + v.Type().String() + " is expected")
		return false
	}
	return true
}

func (d *decoder) object(v reflect.Value, depth int) error {
	var fs []field
	if v.IsValid() {
		if v.Kind() != reflect.Struct {
			return d.Errorf("object where " + v.Type().String() + " is expected")
		}
		var err error
		if fs, err = fieldsOf(v.Type()); err != nil {
			return err
		}
	}
	if d.Opens('}') {
		return nil
	}
	for {
		key, err := d.Key()
		if err != nil {
			return err
		}
		var fv reflect.Value
		if v.IsValid() {
			if f := lookup(fs, key); f != nil {
				fv = v.Field(f.index)
			}
		}
		if err := d.value(fv, depth+1); err != nil {
			return err
		}
		if done, err := d.After('}'); done || err != nil {
			return err
		}
	}
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
		return d.Errorf("array where " + v.Type().String() + " is expected")
	}
	n := 0
	if v.IsValid() {
		v.SetLen(0)
		if v.IsNil() {
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		}
	}
	if d.Opens(']') {
		return nil
	}
	for {
		d.Space()
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
		if done, err := d.After(']'); done || err != nil {
			return err
		}
	}
}

// number reads a JSON number; into an integer it must be one in range.
func (d *decoder) number(v reflect.Value) error {
	text, integer, err := d.Number()
	if err != nil {
		return err
	}
	if !v.IsValid() {
		return nil
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(text, 10, 64)
		if !integer || err != nil || v.OverflowInt(n) {
			return d.Errorf("number " + text + " does not fit " + v.Type().String())
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := strconv.ParseUint(text, 10, 64)
		if !integer || err != nil || v.OverflowUint(n) {
			return d.Errorf("number " + text + " does not fit " + v.Type().String())
		}
		v.SetUint(n)
	case reflect.Float64:
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			return d.Errorf("number " + text + " does not fit float64")
		}
		v.SetFloat(f)
	default:
		return d.Errorf("number where " + v.Type().String() + " is expected")
	}
	return nil
}
