package analyzer

// dataBetween reports whether a data type is named between positions from
// and to of the view.
func (vw *view) dataBetween(from, to int32) bool {
	for _, d := range vw.hits {
		if d.from >= to {
			break
		}
		if d.from > from && vw.en(d).cls == classDatatype {
			return true
		}
	}
	return false
}

// inName reports whether the title-case word at p follows another
// title-case word inside the sentence: part of a name, not a common noun
// ("Kaleida Health", but not "Health information" at a sentence start).
func (vw *view) inName(p int32) bool {
	if int(p) <= vw.own {
		return false
	}
	t, prev := vw.tok(p), vw.tok(p-1)
	if !titleCase(t) || !titleCase(prev) || t.sepBefore != sepSpace {
		return false
	}
	return !vw.is(p-1, gNameBreakers) // "Your Email", "Name and Email" in a title
}

// titleAt reports whether the word at p, in the sentence, is title-case
// and joined to the one before by a space.
func (vw *view) titleAt(p int32) bool {
	if int(p) >= len(vw.toks) {
		return false
	}
	t := vw.tok(p)
	return titleCase(t) && t.sepBefore == sepSpace
}

// titleCase reports whether t starts with a capital and is not all capitals.
func titleCase(t token) bool { return t.flags&tokUpper != 0 && t.flags&tokAllCaps == 0 }

// dataAt reports whether a data type is named at position p.
func (vw *view) dataAt(p int32) bool {
	for _, g := range vw.hits {
		if vw.en(g).cls == classDatatype && g.from <= p && p < g.to {
			return true
		}
	}
	return false
}

// hasData reports whether the sentence names a specific kind of data of a
// group other than except ("" for any).
func hasData(vw *view, except string) bool {
	for _, h := range vw.hits {
		e := vw.en(h)
		if e.cls == classDatatype && e.Group != except && !unnamed(e) && int(h.from) >= vw.own {
			return true
		}
	}
	return false
}

// dataFirst reports whether the sentence opens with data: its first hit is
// data, within its first four words, and not a tracking technology (which
// such a sentence defines: "Web beacons are small strings of code").
func dataFirst(vw *view) bool {
	i := vw.firstOwn()
	if i < 0 {
		return false
	}
	h := vw.hits[i]
	e := vw.en(h)
	return e.cls == classDatatype && e.Group != "cookies-tracking" && int(h.from) < vw.own+4
}

// firstOwn returns the index of the sentence's first hit of its own (after
// its list intro), or -1.
func (vw *view) firstOwn() int {
	for i, h := range vw.hits {
		if int(h.from) >= vw.own {
			return i
		}
	}
	return -1
}

// unnamed reports whether data entry e is of a group that names no kind of
// data ("personal information", "information about you", "information"; the
// special categories are filed with them, and callers test e.Sensitive).
func unnamed(e *entry) bool { return e.Group == "generic-personal" || e.Group == "unspecified" }

// dataHits counts the hits of specific data in the sentence.
func dataHits(vw *view) int {
	n := 0
	for _, h := range vw.hits {
		if e := vw.en(h); e.cls == classDatatype && !h.weak && !unnamed(e) && int(h.from) >= vw.own {
			n++
		}
	}
	return n
}

// listedWithData reports whether weak data word i stands in a list of data
// ("email, name, phone, IP address"): a specific data type named within a
// few words of it, in its clause.
func listedWithData(vw *view, i int) bool {
	h := vw.hits[i]
	for j, g := range vw.hits {
		if e := vw.en(g); j == i || g.weak || e.cls != classDatatype || unnamed(e) {
			continue
		}
		if vw.clause[g.from] == vw.clause[h.from] && (g.from >= h.to && g.from-h.to <= 4 || g.to <= h.from && h.from-g.to <= 4) {
			return true
		}
	}
	return false
}

// dataBefore reports whether a data type stands before hit h in its clause:
// the subject of "will not be sold".
func (vw *view) dataBefore(h hit) bool {
	for _, g := range vw.hits {
		if g.from >= h.from {
			break
		}
		if vw.en(g).cls == classDatatype && vw.clause[g.from] == vw.clause[h.from] {
			return true
		}
	}
	return false
}
