package analyzer

import (
	"fmt"
	"sort"
	"strings"
)

// pattern is one rule phrase compiled to slots over token ids: "(share|
// disclose) [your] information" is three slots, the second optional. Slots
// keep alternatives side by side, so a pattern costs what it says, not the
// product of its alternatives.
type pattern struct {
	slots []slot
	ref   ref
	// second is the set of token ids that can follow the first token of a
	// match, and short tells that a match may be one token long: together a
	// cheap test that rules out most attempts before matching slot by slot.
	second []uint64
	short  bool
}

// slot is one position of a pattern: a choice between token sequences.
type slot struct {
	single   []int32   // one-token alternatives, sorted
	bits     []uint64  // single as a bit set over token ids, when it is long
	multi    [][]int32 // longer alternatives
	optional bool
}

// has reports whether the slot accepts token id on its own.
func (s *slot) has(id int32) bool {
	if s.bits != nil {
		w := int(id >> 6)
		return w < len(s.bits) && s.bits[w]&(1<<(uint(id)&63)) != 0
	}
	return containsID(s.single, id)
}

// maxAlternatives bounds what one group may expand to when groups nest.
const maxAlternatives = 4096

// compilePattern parses a pattern: words separated by spaces, "(a|b)" for
// one of, "[a|b]" for optionally one of; groups may nest.
func (lx *lexicon) compilePattern(p string) (pattern, error) {
	var pt pattern
	if strings.ContainsAny(p, "?*+{}\\^$") {
		return pt, fmt.Errorf("regular-expression syntax; use (a|b) and [optional]")
	}
	for i := 0; i < len(p); {
		switch c := p[i]; c {
		case '(', '[':
			end, err := closing(p, i)
			if err != nil {
				return pt, err
			}
			alts, err := lx.alternatives(p[i+1 : end])
			if err != nil {
				return pt, err
			}
			s := slot{optional: c == '['}
			seen := map[string]bool{}
			for _, a := range alts {
				key := fmt.Sprint(a)
				if seen[key] {
					continue
				}
				seen[key] = true
				switch len(a) {
				case 0:
					s.optional = true
				case 1:
					s.single = append(s.single, a[0])
				default:
					s.multi = append(s.multi, a)
				}
			}
			sort.Slice(s.single, func(i, j int) bool { return s.single[i] < s.single[j] })
			pt.slots = append(pt.slots, s)
			i = end + 1
		case ')', ']', '|':
			return pt, fmt.Errorf("unbalanced %c", c)
		default:
			j := i
			for j < len(p) && strings.IndexByte("()[]|", p[j]) < 0 {
				j++
			}
			for _, id := range lx.tokenIDs(p[i:j]) {
				pt.slots = append(pt.slots, slot{single: []int32{id}})
			}
			i = j
		}
	}
	required := false
	for _, s := range pt.slots {
		required = required || !s.optional
	}
	if !required {
		return pt, fmt.Errorf("matches no words")
	}
	return pt, nil
}

// closing returns the index of the bracket closing the group opened at p[i].
func closing(p string, i int) (int, error) {
	var stack []byte
	for j := i; j < len(p); j++ {
		switch p[j] {
		case '(':
			stack = append(stack, ')')
		case '[':
			stack = append(stack, ']')
		case ')', ']':
			if len(stack) == 0 || stack[len(stack)-1] != p[j] {
				return 0, fmt.Errorf("%c closed by %c", p[i], p[j])
			}
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				return j, nil
			}
		}
	}
	return 0, fmt.Errorf("unclosed %c", p[i])
}

// alternatives expands the inside of a group into token sequences.
func (lx *lexicon) alternatives(inner string) ([][]int32, error) {
	var out [][]int32
	depth, start := 0, 0
	for j := 0; j <= len(inner); j++ {
		if j < len(inner) {
			switch inner[j] {
			case '(', '[':
				depth++
				continue
			case ')', ']':
				depth--
				continue
			case '|':
				if depth > 0 {
					continue
				}
			default:
				continue
			}
		}
		seqs, err := lx.sequences(inner[start:j])
		if err != nil {
			return nil, err
		}
		out = append(out, seqs...)
		if len(out) > maxAlternatives {
			return nil, fmt.Errorf("a group expands to more than %d alternatives", maxAlternatives)
		}
		start = j + 1
	}
	return out, nil
}

// sequences expands one alternative, which may hold nested groups.
func (lx *lexicon) sequences(alt string) ([][]int32, error) {
	if strings.TrimSpace(alt) == "" {
		return [][]int32{nil}, nil
	}
	pt, err := lx.compilePattern(alt)
	if err != nil && err.Error() != "matches no words" {
		return nil, err
	}
	out := [][]int32{nil}
	for _, s := range pt.slots {
		var next [][]int32
		for _, o := range out {
			if s.optional {
				next = append(next, o)
			}
			for _, id := range s.single {
				next = append(next, append(append([]int32(nil), o...), id))
			}
			for _, m := range s.multi {
				next = append(next, append(append([]int32(nil), o...), m...))
			}
		}
		out = next
		if len(out) > maxAlternatives {
			return nil, fmt.Errorf("a group expands to more than %d alternatives", maxAlternatives)
		}
	}
	return out, nil
}

// tokenIDs tokenizes words of a pattern into vocabulary ids, adding new ones.
func (lx *lexicon) tokenIDs(words string) []int32 {
	tz := tokenizer{}
	var ids []int32
	for _, t := range tz.tokenize(words, nil) {
		tz.word(words, int(t.start))
		ids = append(ids, lx.wordID(string(tz.buf)))
	}
	return ids
}

// index records, for every token id, the patterns that can start with it,
// and the longest match any pattern can make.
func (lx *lexicon) index() {
	lx.byFirst = make([][]int32, len(lx.vocab)+1)
	for pi := range lx.patterns {
		for si := range lx.patterns[pi].slots {
			s := &lx.patterns[pi].slots[si]
			if len(s.single) > 6 {
				s.bits = make([]uint64, (len(lx.vocab)+1+63)/64)
				for _, id := range s.single {
					s.bits[id>>6] |= 1 << (uint(id) & 63)
				}
			}
		}
	}
	for pi, p := range lx.patterns {
		firsts := map[int32]bool{}
		for _, s := range p.slots {
			for _, id := range s.single {
				firsts[id] = true
			}
			for _, m := range s.multi {
				firsts[m[0]] = true
			}
			if !s.optional {
				break
			}
		}
		ids := make([]int32, 0, len(firsts))
		for id := range firsts {
			ids = append(ids, id)
		}
		sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
		for _, id := range ids {
			lx.byFirst[id] = append(lx.byFirst[id], int32(pi))
		}
		lx.patterns[pi].second, lx.patterns[pi].short = lx.followers(&lx.patterns[pi])
		n := 0
		for _, s := range p.slots {
			longest := 0
			if len(s.single) > 0 {
				longest = 1
			}
			for _, m := range s.multi {
				longest = max(longest, len(m))
			}
			n += longest
		}
		lx.maxLen = max(lx.maxLen, n)
	}
}

// followers works out which tokens may come second in a match of p, and
// whether a match may end after its first token.
func (lx *lexicon) followers(p *pattern) ([]uint64, bool) {
	bits := make([]uint64, (len(lx.vocab)+1+63)/64)
	set := func(id int32) { bits[id>>6] |= 1 << (uint(id) & 63) }
	short := false
	// firstsFrom adds the tokens that can start slots[k:], and reports
	// whether slots[k:] may match nothing.
	firstsFrom := func(k int) bool {
		for ; k < len(p.slots); k++ {
			s := &p.slots[k]
			for _, id := range s.single {
				set(id)
			}
			for _, m := range s.multi {
				set(m[0])
			}
			if !s.optional {
				return false
			}
		}
		return true
	}
	for k := 0; k < len(p.slots); k++ {
		s := &p.slots[k]
		if len(s.single) > 0 && firstsFrom(k+1) {
			short = true
		}
		for _, m := range s.multi {
			set(m[1])
		}
		if !s.optional {
			break
		}
	}
	return bits, short
}

// match finds every pattern occurrence in toks. Matches never cross a
// comma, clause or sentence separator.
func (lx *lexicon) match(toks []token, dst []hit) []hit {
	for i := range toks {
		id := toks[i].id
		if id == 0 || int(id) >= len(lx.byFirst) {
			continue
		}
		first := len(dst)
		next := int32(0)
		if i+1 < len(toks) && toks[i+1].sepBefore == sepSpace {
			next = toks[i+1].id
		}
		for _, pi := range lx.byFirst[id] {
			p := &lx.patterns[pi]
			if !p.short && (next == 0 || p.second[next>>6]&(1<<(uint(next)&63)) == 0) {
				continue
			}
			dst = lx.matchSlots(toks, p, 0, i, i, dst, first)
		}
	}
	return dst
}

// matchSlots matches slots[si:] of p at toks[j:] for a match that started at
// toks[start]; dst[first:] holds the hits found so far at start.
func (lx *lexicon) matchSlots(toks []token, p *pattern, si, start, j int, dst []hit, first int) []hit {
	if si == len(p.slots) {
		if j > start {
			dst = addHit(dst, first, hit{from: int32(start), to: int32(j), e: &lx.entries[p.ref.idx], weak: p.ref.weak})
		}
		return dst
	}
	s := &p.slots[si]
	if s.optional {
		dst = lx.matchSlots(toks, p, si+1, start, j, dst, first)
	}
	if j >= len(toks) || j > start && toks[j].sepBefore != sepSpace || toks[j].id == 0 {
		return dst
	}
	if s.has(toks[j].id) {
		dst = lx.matchSlots(toks, p, si+1, start, j+1, dst, first)
	}
	for _, m := range s.multi {
		if seqAt(toks, j, m) {
			dst = lx.matchSlots(toks, p, si+1, start, j+len(m), dst, first)
		}
	}
	return dst
}

// addHit appends h unless dst[first:] already holds the same match; a strong
// pattern makes an existing weak match strong.
func addHit(dst []hit, first int, h hit) []hit {
	for k := first; k < len(dst); k++ {
		if dst[k].to == h.to && dst[k].e == h.e {
			dst[k].weak = dst[k].weak && h.weak
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
func seqAt(toks []token, j int, seq []int32) bool {
	if j+len(seq) > len(toks) {
		return false
	}
	for k, id := range seq {
		if toks[j+k].id != id || k > 0 && toks[j+k].sepBefore != sepSpace {
			return false
		}
	}
	return true
}
