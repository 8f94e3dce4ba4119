package analyzer

import "strings"

const maxContacts = 40

// contacts finds email addresses and web links in the input: the ways to
// reach the company or use a right.
func (a *analysis) contacts() {
	text := a.text
	found := 0
	nextAt, nextWeb := -1, -1 // next '@' and next web address start at or after i; -2 for none
	for i := 0; i < len(text) && found < maxContacts; {
		if nextAt != -2 && nextAt < i {
			nextAt = indexFrom(text, i, "@")
		}
		if nextWeb != -2 && nextWeb < i {
			nextWeb = nextWebAddress(text, i)
		}
		p := nextAt
		if p == -2 || nextWeb != -2 && nextWeb < p {
			p = nextWeb
		}
		if p == -2 {
			break
		}
		if text[p] == '@' {
			s, e := p, p+1
			for s > 0 && p-s < 64 && emailLocal(text[s-1]) {
				s--
			}
			for e < len(text) && e-p < 255 && hostChar(text[e]) {
				e++
			}
			for e > p+1 && (text[e-1] == '.' || text[e-1] == '-') {
				e--
			}
			if s < p && strings.Contains(text[p+1:e], ".") && !strings.HasPrefix(text[p+1:e], ".") {
				a.addContact("email", s, e)
				found++
				i = e
				continue
			}
		} else if n := urlLen(text[p:]); n > 8 {
			a.addContact("url", p, p+n)
			found++
			i = p + n
			continue
		}
		i = p + 1
	}
}

// indexFrom is strings.Index from offset i, -2 when absent.
func indexFrom(text string, i int, sub string) int {
	if k := strings.Index(text[i:], sub); k >= 0 {
		return i + k
	}
	return -2
}

// nextWebAddress finds the next "http://", "https://" or "www." at or after
// i that does not continue a word; -2 when there is none.
func nextWebAddress(text string, i int) int {
	for i < len(text) {
		h, w := indexFrom(text, i, "http"), indexFrom(text, i, "www.")
		p := h
		if p == -2 || w != -2 && w < p {
			p = w
		}
		if p == -2 {
			return -2
		}
		if (p == 0 || !isASCIIAlnum(text[p-1])) && urlLen(text[p:]) > 0 {
			return p
		}
		i = p + 1
	}
	return -2
}

func (a *analysis) addContact(id string, s, e int) {
	f := Finding{Kind: "contact", ID: id, Category: "other", Start: s, End: e, Text: a.text[s:e], Rule: "contact." + id}
	f.Sentence = Span{s, e}
	for _, st := range a.sents {
		if st.start <= s && e <= st.end {
			f.Sentence = Span{st.start, st.end}
			break
		}
	}
	if id == "email" {
		f.Explanation = "An email address to contact them."
	} else {
		f.Explanation = "A web address named in the policy."
	}
	a.findings = append(a.findings, f)
}

func emailLocal(c byte) bool {
	return isASCIIAlnum(c) || strings.IndexByte("._%+-", c) >= 0
}

func hostChar(c byte) bool { return isASCIIAlnum(c) || c == '.' || c == '-' }
