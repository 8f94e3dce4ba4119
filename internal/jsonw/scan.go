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
			if s.Pos+1 >= len(s.Data) {
				return "", s.Errorf("unexpected end of input in string")
			}
			e := s.Data[s.Pos+1]
			s.Pos += 2
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
				r, ok := s.hex4()
				if !ok {
					return "", s.Errorf("invalid \\u escape")
				}
				if utf16.IsSurrogate(r) {
					// A high surrogate followed by an escaped low one is one rune.
					r2, ok2 := rune(-1), false
					if s.Pos+1 < len(s.Data) && s.Data[s.Pos] == '\\' && s.Data[s.Pos+1] == 'u' {
						save := s.Pos
						s.Pos += 2
						if r2, ok2 = s.hex4(); !ok2 {
							return "", s.Errorf("invalid \\u escape")
						}
						if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
							r = dec
						} else {
							s.Pos = save // not a pair: the second escape stands alone
							r = utf8.RuneError
						}
					} else {
						r = utf8.RuneError
					}
				}
				out = utf8.AppendRune(out, r)
			default:
				return "", s.Errorf("invalid escape in string")
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

// hex4 reads four hex digits of a \u escape.
func (s *Scanner) hex4() (rune, bool) {
	if s.Pos+4 > len(s.Data) {
		return 0, false
	}
	var r rune
	for _, c := range s.Data[s.Pos : s.Pos+4] {
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
	s.Pos += 4
	return r, true
}
