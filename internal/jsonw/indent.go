package jsonw

// Indent appends src, JSON without insignificant space (as this package's
// writers make it), to dst indented as encoding/json.Indent (and so
// MarshalIndent) indents it: each member on a line of its own, beginning
// with prefix and indent once per level, a space after each colon, and
// empty objects and arrays kept as {} and [].
func Indent(dst, src []byte, prefix, indent string) []byte {
	depth := 0
	open := false // just after '{' or '['
	newline := func() {
		dst = append(dst, '\n')
		dst = append(dst, prefix...)
		for range depth {
			dst = append(dst, indent...)
		}
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		if open && c != '}' && c != ']' {
			open = false
			depth++
			newline()
		}
		switch c {
		case '"':
			j := i + 1
			for ; j < len(src) && src[j] != '"'; j++ {
				if src[j] == '\\' {
					j++
				}
			}
			dst = append(dst, src[i:min(j+1, len(src))]...)
			i = j
		case '{', '[':
			open = true
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline()
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if open {
				open = false
			} else {
				depth--
				newline()
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}
