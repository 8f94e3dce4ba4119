package minijson

import (
	"errors"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/policylens/policylens/internal/jsonw"
)

// Marshal returns the JSON encoding of v, as encoding/json.Marshal would.
func Marshal(v any) ([]byte, error) {
	e := encoder{}
	if err := e.value(reflect.ValueOf(v), 0); err != nil {
		return nil, err
	}
	return e.buf, nil
}

// MarshalIndent is like Marshal but indents the output as
// encoding/json.MarshalIndent does.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	e := encoder{indent: indent, prefix: prefix, pretty: true}
	if err := e.value(reflect.ValueOf(v), 0); err != nil {
		return nil, err
	}
	return e.buf, nil
}

type encoder struct {
	buf            []byte
	prefix, indent string
	pretty         bool
	nesting        int // values being encoded, bounded by maxDepth
}

// newline starts a new line at nesting depth d when indenting.
func (e *encoder) newline(d int) {
	if !e.pretty {
		return
	}
	e.buf = append(e.buf, '\n')
	e.buf = append(e.buf, e.prefix...)
	for range d {
		e.buf = append(e.buf, e.indent...)
	}
}

// value appends v at indentation depth d.
func (e *encoder) value(v reflect.Value, d int) error {
	if e.nesting++; e.nesting > maxDepth {
		return errors.New("minijson: value nested too deeply")
	}
	defer func() { e.nesting-- }()
	switch v.Kind() {
	case reflect.Invalid:
		e.buf = append(e.buf, "null"...)
	case reflect.Pointer:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		return e.value(v.Elem(), d)
	case reflect.String:
		e.buf = appendString(e.buf, v.String())
	case reflect.Bool:
		e.buf = strconv.AppendBool(e.buf, v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.buf = strconv.AppendInt(e.buf, v.Int(), 10)
	case reflect.Uint, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		e.buf = strconv.AppendUint(e.buf, v.Uint(), 10)
	case reflect.Float64:
		// As encoding/json writes the values a report holds (scores such
		// as 6.5): the shortest decimal, no exponent.
		f := v.Float()
		if math.IsNaN(f) || math.IsInf(f, 0) || math.Abs(f) >= 1e21 || f != 0 && math.Abs(f) < 1e-6 {
			return errors.New("minijson: unsupported float value")
		}
		e.buf = strconv.AppendFloat(e.buf, f, 'f', -1, 64)
	case reflect.Slice:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return errors.New("minijson: []byte is not supported")
		}
		e.buf = append(e.buf, '[')
		for i := range v.Len() {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.newline(d + 1)
			if err := e.value(v.Index(i), d+1); err != nil {
				return err
			}
		}
		if v.Len() > 0 {
			e.newline(d)
		}
		e.buf = append(e.buf, ']')
	case reflect.Struct:
		fs, err := fieldsOf(v.Type())
		if err != nil {
			return err
		}
		e.buf = append(e.buf, '{')
		n := 0
		for _, f := range fs {
			fv := v.Field(f.index)
			if f.omitEmpty && empty(fv) || f.omitZero && fv.IsZero() {
				continue
			}
			if n > 0 {
				e.buf = append(e.buf, ',')
			}
			n++
			e.newline(d + 1)
			e.buf = appendString(e.buf, f.name)
			e.buf = append(e.buf, ':')
			if e.pretty {
				e.buf = append(e.buf, ' ')
			}
			if err := e.value(fv, d+1); err != nil {
				return err
			}
		}
		if n > 0 {
			e.newline(d)
		}
		e.buf = append(e.buf, '}')
	default:
		return errors.New("minijson: unsupported type " + v.Type().String())
	}
	return nil
}

// empty reports whether v is empty in the sense of omitempty.
func empty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String, reflect.Slice:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return v.Uint() == 0
	case reflect.Float64:
		return v.Float() == 0
	case reflect.Pointer:
		return v.IsNil()
	}
	return false
}

// appendString appends s as a JSON string, escaped as encoding/json does.
func appendString(dst []byte, s string) []byte { return jsonw.AppendString(dst, s) }

// maxDepth bounds nesting, as encoding/json does.
const maxDepth = jsonw.MaxDepth

// field is one encoded field of a struct type.
type field struct {
	name      string
	index     int
	omitEmpty bool
	omitZero  bool // omitzero: left out when its value is the zero value (no IsZero methods are asked)
}

var fieldCache sync.Map // reflect.Type -> []field

// fieldsOf lists the JSON fields of struct type t: exported fields, named
// by their tag, without those tagged "-".
func fieldsOf(t reflect.Type) ([]field, error) {
	if fs, ok := fieldCache.Load(t); ok {
		return fs.([]field), nil
	}
	var fs []field
	for i := range t.NumField() {
		sf := t.Field(i)
		if sf.Anonymous {
			return nil, errors.New("minijson: embedded field " + sf.Name + " in " + t.String() + " is not supported")
		}
		if !sf.IsExported() {
			continue
		}
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		fs = append(fs, field{name: name, index: i, omitEmpty: hasOption(opts, "omitempty"), omitZero: hasOption(opts, "omitzero")})
	}
	fieldCache.Store(t, fs)
	return fs, nil
}

func hasOption(opts, want string) bool {
	for opts != "" {
		var o string
		o, opts, _ = strings.Cut(opts, ",")
		if o == want {
			return true
		}
	}
	return false
}
