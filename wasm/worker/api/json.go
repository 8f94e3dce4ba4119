package api

import "unicode/utf8"

// The API's JSON bodies are two flat objects of strings, written by hand:
// encoding/json (with reflect and fmt) would double the Worker's start-up
// work for them. TestJSONMatchesEncodingJSON checks the bytes.

// writeJSON writes a flat JSON object of string fields, in the given order
// (name, value, name, value, ...), as the response body.
func writeJSON(w *Response, status int, fields ...string) {
	b := []byte{'{'}
	for i := 0; i+1 < len(fields); i += 2 {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, fields[i])
		b = append(b, ':')
		b = appendString(b, fields[i+1])
	}
	w.Set("Content-Type", "application/json; charset=utf-8")
	w.Status = status
	w.Body = append(b, '}', '\n')
}

// writeError writes {"error": msg}.
func writeError(w *Response, status int, msg string) {
	writeJSON(w, status, "error", msg)
}

// appendString appends s as a JSON string, escaping as encoding/json does
// with HTML escaping off; invalid UTF-8 becomes U+FFFD.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && n == 1:
				b = append(b, `\ufffd`...)
			case r == '\u2028' || r == '\u2029':
				b = append(b, `\u202`...)
				b = append(b, hex[r&0xF])
			default:
				b = append(b, s[i:i+n]...)
			}
			i += n
			continue
		}
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c == '\b':
			b = append(b, `\b`...)
		case c == '\f':
			b = append(b, `\f`...)
		case c == '\n':
			b = append(b, `\n`...)
		case c == '\r':
			b = append(b, `\r`...)
		case c == '\t':
			b = append(b, `\t`...)
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
		default:
			b = append(b, c)
		}
		i++
	}
	return append(b, '"')
}
