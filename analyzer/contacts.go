package analyzer

import "strings"

const maxContacts = 40

// contacts finds email addresses and web links in the input: the ways to
// reach the company or use a right.
func (a *analysis) contacts() {
	text := a.text
	found := 0
	for i := 0; i < len(text) && found < maxContacts; {
		j := strings.IndexAny(text[i:], "@hw")
		if j < 0 {
			break
		}
		p := i + j
		switch text[p] {
		case '@':
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
		default:
			if strings.HasPrefix(text[p:], "https://") || strings.HasPrefix(text[p:], "http://") || strings.HasPrefix(text[p:], "www.") {
				if p > 0 && isASCIIAlnum(text[p-1]) {
					break
				}
				e := p
				for e < len(text) && e-p < 2048 && urlChar(text[e]) {
					e++
				}
				for e > p && strings.IndexByte(".,;:)]'\"*_", text[e-1]) >= 0 {
					e--
				}
				if e-p > 8 {
					a.addContact("url", p, e)
					found++
					i = e
					continue
				}
			}
		}
		i = p + 1
	}
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

func urlChar(c byte) bool {
	return c > ' ' && c < 0x7f && strings.IndexByte("<>\"'`{}|\\^", c) < 0
}
