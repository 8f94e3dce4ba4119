//go:build !reportjson

package analyzer

import "unsafe"

// finding writes v as findingAll (generated) does. The parts of a finding
// that its rule fixes, {"kind":…,"id":…,"category":… and
// ,"rule":…,"explanation":…,"sentence":{"start":, are each kept as JSON
// in a slot with the strings they were written from, and written again as
// they are when the same strings come back (a report holds a few hundred rules'
// findings, thousands of times): a finding's JSON was about 2,500
// instructions, most of them the five strings' keys, slots and escape
// tests.
func (w *jsonWriter) finding(v *Finding) {
	w.part(&w.found.head, true, `{"kind":`, v.Kind, `,"id":`, v.ID, `,"category":`, v.Category, `,"start":`)
	w.Int(v.Start)
	w.KeyInt(`,"end":`, v.End)
	w.KeyString(`,"text":`, v.Text)
	if v.Negated { // (one append, where KeyBool made two)
		w.Raw(`,"negated":true`)
	} else {
		w.Raw(`,"negated":false`)
	}
	if v.Condition != "" {
		w.KeyString(`,"condition":`, v.Condition)
	}
	w.part(&w.found.tail, false, `,"rule":`, v.Rule, `,"explanation":`, v.Explanation, "", "", `,"sentence":{"start":`)
	w.sentence(v.Sentence)
	if v.Intro != (Span{}) {
		w.Raw(`,"intro":`)
		w.span(&v.Intro)
	}
	w.Raw(`}`)
}

// partSlots is how many parts of each kind findingParts keeps: over tb150,
// heads and tails missed 16.1 K times in 52.7 K findings with 512 slots,
// 8.3 K with 2,048 (about 4.5 K are the first of their strings), and no
// fewer with 4,096.
const partSlots = 2048

// findingParts holds the JSON of the parts of findings that rules fix (see
// finding), with the strings they were written from, and of the last
// finding's sentence.
type findingParts struct {
	head, tail [partSlots]findingPart
	sent       Span   // the last sentence written
	sentJSON   []byte // its start's and end's JSON, `1,"end":20}`
}

// findingPart is the JSON of keys k1, k2 and k3 (when not "") with strings
// a, b and c, and what follows them.
type findingPart struct {
	a, b, c string
	json    []byte
}

// part writes keys k1, k2 and k3 (k3 may be "", then c is "") with strings
// a, b and c, and after: from its slot when a, b and c are the strings it
// was written from. The slot is chosen by a's length, first, middle and
// last bytes and b's length, so that a string built anew for each finding
// (an explanation, "contact.email") finds it too; comparing is quick, the
// more so when the strings are the same ones. With byB, b's first, middle
// and last bytes choose it too: for the head, whose b is the id, as the
// ids of one kind and length shared a slot, and took it from each other
// (296 heads over tb150 missed 9.9 K times in 52 K findings). (The tail's
// explanations are more than the slots: spread by their bytes, they took
// the slots of other rules' and missed more.)
func (w *jsonWriter) part(t *[partSlots]findingPart, byB bool, k1, a, k2, b, k3, c, after string) {
	i := len(b) << 3
	if len(a) > 0 {
		i ^= len(a) ^ int(a[0])<<2 ^ int(a[len(a)/2])<<4 ^ int(a[len(a)-1])<<6
	}
	if byB && len(b) > 0 {
		i ^= int(b[0])<<1 ^ int(b[len(b)/2])<<5 ^ int(b[len(b)-1])<<3
	}
	p := &t[i&(partSlots-1)]
	if p.json != nil && same(p.a, a) && same(p.b, b) && same(p.c, c) {
		w.B = append(w.B, p.json...)
		return
	}
	n := len(w.B)
	w.KeyString(k1, a)
	w.KeyString(k2, b)
	if k3 != "" {
		w.KeyString(k3, c)
	}
	w.Raw(after)
	p.a, p.b, p.c = a, b, c
	p.json = append(p.json[:0], w.B[n:]...)
}

// same reports whether s == t, without a call when they are the same
// string (at the same address), as they mostly are.
func same(s, t string) bool {
	return len(s) == len(t) && (unsafe.StringData(s) == unsafe.StringData(t) || s == t)
}

// sentence writes the numbers of a finding's sentence span s, and the
// brace that closes it: `1,"end":20}`. A sentence's findings come one after
// another, so most are the last one's, copied as they were written.
func (w *jsonWriter) sentence(s Span) {
	f := &w.found
	if s == f.sent && f.sentJSON != nil {
		w.B = append(w.B, f.sentJSON...)
		return
	}
	n := len(w.B)
	w.Int(s.Start)
	w.KeyInt(`,"end":`, s.End)
	w.Raw(`}`)
	f.sent, f.sentJSON = s, append(f.sentJSON[:0], w.B[n:]...)
}
