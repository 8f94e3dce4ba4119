package jsonw

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxDepth bounds the nesting of the values that are encoded and decoded,
// as encoding/json bounds it.
const MaxDepth = 10000

// Scanner reads the tokens of JSON text as encoding/json reads them: the
// lexical layer of Decoder and of internal/minijson's reflective decoder.
type Scanner struct {
	Data []byte
	Pos  int
}

// Errorf returns an error for msg at the current position.
func (s *Scanner) Errorf(msg string) error {
	return errors.New("json: " + msg + " at offset " + strconv.Itoa(s.Pos))
}

// Space skips white space.
func (s *Scanner) Space() {
	for s.Pos < len(s.Data) {
		switch s.Data[s.Pos] {
		case ' ', '\t', '\n', '\r':
			s.Pos++
		default:
			return
		}
	}
}

// Peek returns the byte at the current position, 0 at the end.
func (s *Scanner) Peek() byte {
	if s.Pos < len(s.Data) {
		return s.Data[s.Pos]
	}
	return 0
}

// Literal consumes word ("true", "false", "null") at the current position.
func (s *Scanner) Literal(word string) error {
	if !strings.HasPrefix(string(s.Data[s.Pos:min(len(s.Data), s.Pos+len(word))]), word) {
		return s.Errorf("invalid literal")
	}
	s.Pos += len(word)
	return nil
}

// Opens consumes the opening bracket at the current position and reports
// whether the closing one follows at once (an empty object or array, which
// it consumes too).
func (s *Scanner) Opens(closing byte) (empty bool) {
	s.Pos++
	s.Space()
	if s.Pos < len(s.Data) && s.Data[s.Pos] == closing {
		s.Pos++
		return true
	}
	return false
}

// Key reads an object's key and the ':' after it, and the space around.
func (s *Scanner) Key() (string, error) {
	s.Space()
	if s.Peek() != '"' {
		return "", s.Errorf("object key expected")
	}
	key, err := s.Str()
	if err != nil {
		return "", err
	}
	s.Space()
	if s.Peek() != ':' {
		return "", s.Errorf("':' expected after object key")
	}
	s.Pos++
	s.Space()
	return key, nil
}

// After reads what follows a member of an object or array: ',' before the
// next one, or the closing bracket, which ends it (done).
func (s *Scanner) After(closing byte) (done bool, err error) {
	s.Space()
	if s.Pos >= len(s.Data) {
		return false, s.Errorf("unexpected end of input")
	}
	switch s.Data[s.Pos] {
	case ',':
		s.Pos++
		return false, nil
	case closing:
		s.Pos++
		return true, nil
	}
	return false, s.Errorf("',' or '" + string(closing) + "' expected")
}

// Number reads a JSON number and returns its text and whether it is an
// integer (no fraction, no exponent).
func (s *Scanner) Number() (text string, integer bool, err error) {
	start := s.Pos
	if s.Peek() == '-' {
		s.Pos++
	}
	digits := func() int {
		n := 0
		for s.Pos < len(s.Data) && s.Data[s.Pos] >= '0' && s.Data[s.Pos] <= '9' {
			s.Pos++
			n++
		}
		return n
	}
	intStart := s.Pos
	if n := digits(); n == 0 || n > 1 && s.Data[intStart] == '0' {
		return "", false, s.Errorf("invalid number")
	}
	integer = true
	if s.Peek() == '.' {
		s.Pos++
		integer = false
		if digits() == 0 {
			return "", false, s.Errorf("invalid number")
		}
	}
	if c := s.Peek(); c == 'e' || c == 'E' {
		s.Pos++
		integer = false
		if c := s.Peek(); c == '+' || c == '-' {
			s.Pos++
		}
		if digits() == 0 {
			return "", false, s.Errorf("invalid number")
		}
	}
	return string(s.Data[start:s.Pos]), integer, nil
}

// Str reads a JSON string at the current position (its opening quote).
// Invalid UTF-8 and lone surrogates become U+FFFD.
func (s *Scanner) Str() (string, error) {
	s.Pos++ // "
	start := s.Pos
	// The common case: no escapes, valid UTF-8.
	for s.Pos < len(s.Data) {
		c := s.Data[s.Pos]
		if c == '"' {
			b := s.Data[start:s.Pos]
			s.Pos++
			return string(b), nil
		}
		if c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
			break
		}
		s.Pos++
	}
	out := append([]byte(nil), s.Data[start:s.Pos]...)
	for s.Pos < len(s.Data) {
		c := s.Data[s.Pos]
		switch {
		case c == '"':
			s.Pos++
			return string(out), nil
		case c < 0x20:
			return "", s.Errorf("control character in string")
		case c == '\\':
			var problem string
			if out, s.Pos, problem = AppendEscape(out, s.Data, s.Pos); problem != "" {
				return "", s.Errorf(problem)
			}
		case c < utf8.RuneSelf:
			out = append(out, c)
			s.Pos++
		default:
			r, size := utf8.DecodeRune(s.Data[s.Pos:])
			if r == utf8.RuneError && size == 1 {
				out = append(out, "\uFFFD"...)
			} else {
				out = append(out, s.Data[s.Pos:s.Pos+size]...)
			}
			s.Pos += size
		}
	}
	return "", s.Errorf("unexpected end of input in string")
}

// AppendEscape appends to out what the escape sequence at data[i] (a
// backslash inside a JSON string) stands for, and returns the index after
// it. A \u escape of a high surrogate followed by one of a low surrogate is
// one character; an unpaired surrogate becomes U+FFFD, as in encoding/json.
// problem says what is wrong with an invalid or cut-short escape ("" when
// none). Scanner.Str and the command line's JSON Lines reader, which keeps
// invalid UTF-8 for the analyzer to report, share it.
func AppendEscape(out, data []byte, i int) (_ []byte, next int, problem string) {
	if i+1 >= len(data) {
		return out, i, "unexpected end of input in string"
	}
	e := data[i+1]
	i += 2
	switch e {
	case '"', '\\', '/':
		return append(out, e), i, ""
	case 'b':
		return append(out, '\b'), i, ""
	case 'f':
		return append(out, '\f'), i, ""
	case 'n':
		return append(out, '\n'), i, ""
	case 'r':
		return append(out, '\r'), i, ""
	case 't':
		return append(out, '\t'), i, ""
	case 'u':
		r, ok := hexRune(data, i)
		if !ok {
			return out, i, "invalid \\u escape"
		}
		i += 4
		if utf16.IsSurrogate(r) {
			// A high surrogate followed by an escaped low one is one rune;
			// otherwise the second escape stands alone.
			pair := utf8.RuneError
			if i+1 < len(data) && data[i] == '\\' && data[i+1] == 'u' {
				r2, ok := hexRune(data, i+2)
				if !ok {
					return out, i, "invalid \\u escape"
				}
				if pair = utf16.DecodeRune(r, r2); pair != utf8.RuneError {
					i += 6
				}
			}
			r = pair
		}
		return utf8.AppendRune(out, r), i, ""
	}
	return out, i, "invalid escape in string"
}

// hexRune reads the four hex digits of a \u escape at data[i].
func hexRune(data []byte, i int) (rune, bool) {
	if i+4 > len(data) {
		return 0, false
	}
	var r rune
	for _, c := range data[i : i+4] {
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
	return r, true
}
