package lexicon

import "github.com/policylens/policylens/analyzer/internal/text"

// joins reports whether token t may follow the previous one in a match at
// slot s: after a space, or a comma where the pattern allows one.
func (s *Slot) joins(t *text.Token) bool {
	return t.SepBefore == text.SepSpace || s.Comma && t.SepBefore == text.SepComma
}

// has reports whether slot s accepts token id on its own.
func (t *Tables) has(s *Slot, id int32) bool {
	if s.NSingle == 1 {
		return s.ID == id
	}
	return t.hasOf(s, id)
}

// hasOf is has for a slot of several one-token alternatives, or none.
func (t *Tables) hasOf(s *Slot, id int32) bool {
	if s.Bits >= 0 {
		return t.Bits[s.Bits+id>>6]&(1<<(uint(id)&63)) != 0
	}
	return containsID(t.IDs[s.Single:s.Single+s.NSingle], id)
}

// Match finds every pattern occurrence in toks. Matches never cross a
// clause or sentence separator, nor a comma the pattern does not allow.
func (lx *Lexicon) Match(toks []text.Token, dst []Hit) []Hit {
	t := &lx.Tables
	for i := range toks {
		id := toks[i].ID
		if id == 0 {
			continue
		}
		short := t.ShortPats[t.ShortAt[id]:t.ShortAt[id+1]]
		var long []int32
		if i+1 < len(toks) && toks[i+1].SepBefore <= text.SepComma && toks[i+1].ID != 0 {
			long = t.Pairs.lookup(id, toks[i+1].ID)
		}
		// Both lists are sorted: try the patterns in rule order.
		first := len(dst)
		for len(short) > 0 || len(long) > 0 {
			var pi int32
			if len(long) == 0 || len(short) > 0 && short[0] < long[0] {
				pi, short = short[0], short[1:]
			} else {
				pi, long = long[0], long[1:]
			}
			if pt := &t.Patterns[pi]; !pt.Opens || toks[i].SepBefore > text.SepComma || toks[i].Flags&text.TokLineStart != 0 {
				if pt.Word {
					// One word, and the index found it under this token.
					dst = addHit(dst, first, Hit{From: int32(i), To: int32(i + 1), Entry: pt.Entry, Weak: pt.Weak})
					continue
				}
				dst = t.matchSlots(toks, pt, t.Slots[pt.Slot:pt.Slot+pt.NSlots], i, i, dst, first)
			}
		}
	}
	return dst
}

// PairTable maps a pair of token ids to the patterns whose matches can start
// with it. The pairs of one first token lie side by side, sorted by the
// second, so a lookup is a short binary search in one place.
type PairTable struct {
	ByFirst []int32 // first id -> its pairs are Next[ByFirst[id]:ByFirst[id+1]]
	Next    []int32 // second id of each pair
	At      []int32 // the patterns of pair k are Pats[At[k]:At[k+1]]
	Pats    []int32
}

// lookup returns the patterns for the pair (first, second), in rule order.
// Its binary search has no branch that depends on the data, which a
// processor cannot predict.
func (t *PairTable) lookup(first, second int32) []int32 {
	lo, end := t.ByFirst[first], t.ByFirst[first+1]
	next := t.Next[lo:end]
	base := 0
	for n := len(next); n > 1; {
		half := n / 2
		if next[base+half-1] < second {
			base += half
		}
		n -= half
	}
	if len(next) == 0 || next[base] != second {
		return nil
	}
	k := int(lo) + base
	return t.Pats[t.At[k]:t.At[k+1]]
}

// matchSlots matches the slots of p from slots on at toks[j:] for a match
// that started at toks[start]; dst[first:] holds the hits found so far at
// start.
func (t *Tables) matchSlots(toks []text.Token, p *Pattern, slots []Slot, start, j int, dst []Hit, first int) []Hit {
	// Plain words need no backtracking: match them in a loop.
	for ; len(slots) > 0 && !slots[0].Optional && slots[0].NMulti == 0; slots, j = slots[1:], j+1 {
		if j >= len(toks) || j > start && !slots[0].joins(&toks[j]) || toks[j].ID == 0 || !t.has(&slots[0], toks[j].ID) {
			return dst
		}
	}
	if len(slots) == 0 {
		if j > start {
			dst = addHit(dst, first, Hit{From: int32(start), To: int32(j), Entry: p.Entry, Weak: p.Weak})
		}
		return dst
	}
	s := &slots[0]
	if s.Optional {
		dst = t.matchSlots(toks, p, slots[1:], start, j, dst, first)
	}
	if j >= len(toks) || j > start && !s.joins(&toks[j]) || toks[j].ID == 0 {
		return dst
	}
	if s.NSingle > 0 && t.has(s, toks[j].ID) {
		dst = t.matchSlots(toks, p, slots[1:], start, j+1, dst, first)
	}
	m := t.IDs[s.Multi:]
	for range s.NMulti {
		n := m[0]
		if seqAt(toks, j, m[1:1+n]) {
			dst = t.matchSlots(toks, p, slots[1:], start, j+int(n), dst, first)
		}
		m = m[1+n:]
	}
	return dst
}

// addHit appends h unless dst[first:] already holds the same match; a strong
// pattern makes an existing weak match strong.
func addHit(dst []Hit, first int, h Hit) []Hit {
	for k := first; k < len(dst); k++ {
		if dst[k].To == h.To && dst[k].Entry == h.Entry {
			dst[k].Weak = dst[k].Weak && h.Weak
			return dst
		}
	}
	return append(dst, h)
}

// containsID reports whether sorted ids holds id.
func containsID(ids []int32, id int32) bool {
	lo, hi := 0, len(ids)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ids[m] < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(ids) && ids[lo] == id
}

// seqAt reports whether toks[j:] starts with the token ids of seq, joined by
// plain spaces.
func seqAt(toks []text.Token, j int, seq []int32) bool {
	if j+len(seq) > len(toks) {
		return false
	}
	for k, id := range seq {
		if toks[j+k].ID != id || k > 0 && toks[j+k].SepBefore != text.SepSpace {
			return false
		}
	}
	return true
}
