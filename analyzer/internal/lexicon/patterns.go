package lexicon

import (
	"fmt"
	"sort"
	"strings"

	"github.com/policylens/policylens/analyzer/internal/text"
)

// pattern is one rule phrase compiled to slots over token ids: "(share|
// disclose) [your] information" is three slots, the second optional. Slots
// keep alternatives side by side, so a pattern costs what it says, not the
// product of its alternatives.
type pattern struct {
	slots []slot
	ref   ref
	opens bool // "^": matches only at the start of a line, sentence or clause
	word  bool // one slot of one-word alternatives: a match is the token it is indexed by
}

// slot is one position of a pattern: a choice between token sequences.
type slot struct {
	single   []int32   // one-token alternatives, sorted
	bits     []uint64  // single as a bit set over token ids, when it is long
	multi    [][]int32 // longer alternatives
	optional bool
	comma    bool // a comma may stand before it in the text ("access, update")
}

// joins reports whether token t may follow the previous one in a match at
// this slot: after a space, or a comma where the pattern allows one.
func (s *slot) joins(t text.Token) bool {
	return t.SepBefore == text.SepSpace || s.comma && t.SepBefore == text.SepComma
}

// has reports whether the slot accepts token id on its own.
func (s *slot) has(id int32) bool {
	if s.bits != nil {
		w := int(id >> 6)
		return w < len(s.bits) && s.bits[w]&(1<<(uint(id)&63)) != 0
	}
	if len(s.single) == 1 {
		return s.single[0] == id
	}
	return containsID(s.single, id)
}

// maxAlternatives bounds what one group may expand to when groups nest.
const maxAlternatives = 4096

// compilePattern parses a pattern: words separated by spaces, "(a|b)" for
// one of, "[a|b]" for optionally one of; groups may nest. A comma after a
// word or group lets a comma stand there in the text ("access, (update|
// delete)"); elsewhere a match never crosses punctuation. A leading "^"
// matches only where a line, sentence or clause starts (list items of
// purposes: "^(improving|providing)" for "- Improving the Site;").
func (lx *Lexicon) compilePattern(p string) (pattern, error) {
	var pt pattern
	comma := false
	if rest, ok := strings.CutPrefix(p, "^"); ok {
		pt.opens, p = true, rest
	}
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
			s := slot{optional: c == '[', comma: comma}
			comma = false
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
		case ',':
			comma = true
			i++
		default:
			j := i
			for j < len(p) && strings.IndexByte("()[]|,", p[j]) < 0 {
				j++
			}
			for _, id := range lx.tokenIDs(p[i:j]) {
				pt.slots = append(pt.slots, slot{single: []int32{id}, comma: comma})
				comma = false
			}
			i = j
		}
	}
	required := false
	for k, s := range pt.slots {
		required = required || !s.optional
		// "a, [b] c": the comma may also stand before c when b is absent.
		if s.optional && s.comma && k+1 < len(pt.slots) {
			pt.slots[k+1].comma = true
		}
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
func (lx *Lexicon) alternatives(inner string) ([][]int32, error) {
	if strings.IndexByte(inner, ',') >= 0 {
		return nil, fmt.Errorf("a comma inside a group; put it between words or groups")
	}
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
func (lx *Lexicon) sequences(alt string) ([][]int32, error) {
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
func (lx *Lexicon) tokenIDs(words string) []int32 {
	tz := text.Tokenizer{}
	var ids []int32
	for _, t := range tz.Tokenize(words, nil) {
		tz.Word(words, int(t.Start))
		ids = append(ids, lx.wordID(string(tz.Buf)))
	}
	return ids
}

// index records which patterns can start at a token, and the longest match
// any pattern can make. A pattern whose match may be one token long is
// indexed by its first token alone (lx.short); any other by the pairs of
// first and second tokens its matches can start with (lx.pairs), which rules
// out most attempts before matching slot by slot.
func (lx *Lexicon) index() {
	lx.pack()
	lx.short = make([][]int32, len(lx.Vocab)+1)
	pairs := map[uint64][]int32{}
	for pi := range lx.patterns {
		for si := range lx.patterns[pi].slots {
			s := &lx.patterns[pi].slots[si]
			if len(s.single) > 6 {
				s.bits = make([]uint64, (len(lx.Vocab)+1+63)/64)
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
		lx.patterns[pi].word = len(p.slots) == 1 && !p.slots[0].optional && p.slots[0].multi == nil
		seconds, short := lx.followers(&lx.patterns[pi])
		for _, id := range ids {
			if short {
				lx.short[id] = append(lx.short[id], int32(pi))
				continue
			}
			for _, next := range seconds {
				k := pairKey(id, next)
				pairs[k] = append(pairs[k], int32(pi))
			}
		}
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
	lx.pairs = newPairTable(pairs, len(lx.Vocab)+1)
}

// pack moves the slots of all patterns, and their one-token alternatives,
// into two contiguous arrays: matching walks many patterns per sentence, and
// neighbouring patterns then share cache lines instead of each being a
// separate allocation.
func (lx *Lexicon) pack() {
	nSlots, nIDs := 0, 0
	for _, p := range lx.patterns {
		nSlots += len(p.slots)
		for _, sl := range p.slots {
			nIDs += len(sl.single)
		}
	}
	slots := make([]slot, 0, nSlots)
	ids := make([]int32, 0, nIDs)
	for pi := range lx.patterns {
		p := &lx.patterns[pi]
		from := len(slots)
		for _, sl := range p.slots {
			k := len(ids)
			ids = append(ids, sl.single...)
			sl.single = ids[k:len(ids):len(ids)]
			slots = append(slots, sl)
		}
		p.slots = slots[from:len(slots):len(slots)]
	}
}

// followers works out which tokens may come second in a match of p, sorted,
// and whether a match may end after its first token.
func (lx *Lexicon) followers(p *pattern) ([]int32, bool) {
	seen := map[int32]bool{}
	var ids []int32
	set := func(id int32) {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
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
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids, short
}

// Match finds every pattern occurrence in toks. Matches never cross a
// clause or sentence separator, nor a comma the pattern does not allow.
func (lx *Lexicon) Match(toks []text.Token, dst []Hit) []Hit {
	for i := range toks {
		id := toks[i].ID
		if id == 0 || int(id) >= len(lx.short) {
			continue
		}
		short := lx.short[id]
		var long []int32
		if i+1 < len(toks) && toks[i+1].SepBefore <= text.SepComma && toks[i+1].ID != 0 {
			long = lx.pairs.lookup(id, toks[i+1].ID)
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
			if pt := &lx.patterns[pi]; !pt.opens || toks[i].SepBefore > text.SepComma || toks[i].Flags&text.TokLineStart != 0 {
				if pt.word {
					// One word, and the index found it under this token.
					dst = addHit(dst, first, Hit{From: int32(i), To: int32(i + 1), Entry: pt.ref.idx, Weak: pt.ref.weak})
					continue
				}
				dst = lx.matchSlots(toks, pt, 0, i, i, dst, first)
			}
		}
	}
	return dst
}

// pairKey packs two token ids into one key.
func pairKey(first, second int32) uint64 { return uint64(first)<<32 | uint64(uint32(second)) }

// pairTable maps a pair of token ids to the patterns whose matches can start
// with it. The pairs of one first token lie side by side, sorted by the
// second, so a lookup is a short binary search in one place.
type pairTable struct {
	byFirst []int32 // first id -> its pairs are next[byFirst[id]:byFirst[id+1]]
	next    []int32 // second id of each pair
	at      []int32 // the patterns of pair k are pats[at[k]:at[k+1]]
	pats    []int32
}

func newPairTable(pairs map[uint64][]int32, ids int) pairTable {
	keys := make([]uint64, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	t := pairTable{byFirst: make([]int32, ids+1)}
	for _, k := range keys {
		t.byFirst[k>>32+1]++
		t.next = append(t.next, int32(uint32(k)))
		t.at = append(t.at, int32(len(t.pats)))
		t.pats = append(t.pats, pairs[k]...)
	}
	t.at = append(t.at, int32(len(t.pats)))
	for id := 1; id <= ids; id++ {
		t.byFirst[id] += t.byFirst[id-1]
	}
	return t
}

// lookup returns the patterns for the pair (first, second), in rule order.
func (t *pairTable) lookup(first, second int32) []int32 {
	lo, hi := t.byFirst[first], t.byFirst[first+1]
	for lo < hi {
		m := int32(uint32(lo+hi) >> 1)
		if t.next[m] < second {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == t.byFirst[first+1] || t.next[lo] != second {
		return nil
	}
	return t.pats[t.at[lo]:t.at[lo+1]]
}

// matchSlots matches slots[si:] of p at toks[j:] for a match that started at
// toks[start]; dst[first:] holds the hits found so far at start.
func (lx *Lexicon) matchSlots(toks []text.Token, p *pattern, si, start, j int, dst []Hit, first int) []Hit {
	// Plain words need no backtracking: match them in a loop.
	for ; si < len(p.slots) && !p.slots[si].optional && p.slots[si].multi == nil; si, j = si+1, j+1 {
		if j >= len(toks) || j > start && !p.slots[si].joins(toks[j]) || toks[j].ID == 0 || !p.slots[si].has(toks[j].ID) {
			return dst
		}
	}
	if si == len(p.slots) {
		if j > start {
			dst = addHit(dst, first, Hit{From: int32(start), To: int32(j), Entry: p.ref.idx, Weak: p.ref.weak})
		}
		return dst
	}
	s := &p.slots[si]
	if s.optional {
		dst = lx.matchSlots(toks, p, si+1, start, j, dst, first)
	}
	if j >= len(toks) || j > start && !s.joins(toks[j]) || toks[j].ID == 0 {
		return dst
	}
	if s.has(toks[j].ID) {
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
