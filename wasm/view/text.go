package view

import "strings"

// HTML files are reduced to text in the page (wasm/page/files.go) by walking
// an inert DOMParser document; these are the plain-Go steps of that walk.

// CollapseSpace turns every run of white space into one space, keeping a
// leading or trailing one so that words in adjacent nodes stay apart.
func CollapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == 0xa0 {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// TidyLines trims each line and keeps at most one blank line in a row.
func TidyLines(s string) string {
	var out []string
	blank := false
	for rest, more := s, true; more; { // the lines, as strings.Split gives them (which the page does not link)
		var l string
		l, rest, more = strings.Cut(rest, "\n")
		l = strings.TrimSpace(l)
		if l == "" {
			if !blank && len(out) > 0 {
				out = append(out, "")
			}
			blank = true
			continue
		}
		blank = false
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

// Shorten cuts s to at most n runes, at a word boundary when one is near,
// with an ellipsis when it cut.
func Shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	r = r[:n]
	for i := len(r) - 1; i > n/2; i-- {
		if r[i] == ' ' {
			r = r[:i]
			break
		}
	}
	return strings.TrimRight(string(r), " ,;:.") + "…"
}
