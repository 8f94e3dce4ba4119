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

// Name reports whether token tk may fill a Name slot: a word after a plain
// space, first in no line, that starts with a capital letter and is none of
// the small words that end a name in Title Case ("Your", "The", "And"), or
// is the policy's own name however written ("delete your pCloud account":
// the name reads as "our", see sentence.Doc.NamesAsWe, and stays a name
// here).
func (t *Tables) Name(tk *text.Token) bool {
	if tk.Flags&text.TokLineStart != 0 || tk.SepBefore != text.SepSpace {
		return false
	}
	return tk.Flags&text.TokOwnName != 0 || tk.Flags&text.TokUpper != 0 && !t.MayBe(tk.ID, GNameBreakers)
}

// hasOf is has for a slot of several one-token alternatives, or none.
func (t *Tables) hasOf(s *Slot, id int32) bool {
	if s.Mask&(1<<(id&63)) == 0 {
		return false
	}
	if s.Bits >= 0 {
		return t.Bits[s.Bits+id>>6]&(1<<(uint(id)&63)) != 0
	}
	// At most bitsAbove ids: one pass over them costs fewer instructions
	// than containsID's halving.
	for _, x := range t.IDs[s.Single : s.Single+s.NSingle] {
		if x == id {
			return true
		}
	}
	return false
}

// Match finds every pattern occurrence in toks. Matches never cross a
// clause or sentence separator, nor a comma the pattern does not allow.
func (lx *Lexicon) Match(toks []text.Token, dst []Hit) []Hit {
	t := &lx.Tables
	// One matcher for every start, which it is told; the hits go to
	// m.dst, not to a variable: the loop has no register to spare, and
	// stored a variable's three words to the stack at every token.
	m := matcher{t: t, toks: toks, dst: dst}
	for i := range toks {
		id := toks[i].ID
		if id == 0 {
			continue
		}
		at := t.startAt[id]
		if uint32(at) == 0 {
			continue // a word that starts no pattern
		}
		// The patterns to try, in rule order: those of the token and the
		// next, which hold the token's own too (see indexPatterns), or
		// those of the token alone (sliced only then: over tb150 the pair
		// is found at 37% of the tokens).
		var pats []Candidate
		// (Bit 0 of at says whether the token starts any pair: most
		// that start a pattern of their own start none, and are spared
		// the filter's hash.)
		if at&1 != 0 && i+1 < len(toks) && toks[i+1].SepBefore <= text.SepComma && toks[i+1].ID != 0 && t.Pairs.mayHold(id, toks[i+1].ID) {
			pats = t.Pairs.pats(t.Pairs.find(id, toks[i+1].ID))
		}
		if len(pats) == 0 {
			pats = t.ShortPats[at>>32 : at>>32+uint64(uint32(at)>>1)]
		}
		first := len(m.dst)
		for _, c := range pats {
			if c.Third != 0 && (i+2 >= len(toks) || c.Third&(1<<(toks[i+2].ID&63)) == 0) {
				continue // every match is three tokens or more, and none has this third
			}
			pt := &t.Patterns[c.Pat]
			if c.Third != 0 && !pt.thirdOf(c.Longer).has(toks[i+2].ID) {
				continue // the same, of 256 bits: one in four the 64 let through
			}
			if !pt.Opens || toks[i].SepBefore > text.SepComma || toks[i].Flags&text.TokLineStart != 0 {
				switch {
				case pt.Word:
					// One word, and the index found it under this token.
					m.dst = addHit(m.dst, first, Hit{From: int32(i), To: int32(i + 1), Entry: pt.Entry, Weak: pt.Weak})
				case pt.Plain:
					if j := t.matchPlain(toks, pt, i); j > 0 {
						m.dst = addHit(m.dst, first, Hit{From: int32(i), To: int32(j), Entry: pt.Entry, Weak: pt.Weak})
					}
				default:
					if i >= m.runEnd {
						m.runEnd = m.run.of(toks, i)
					}
					if !m.run.meets(&pt.Need) || !m.run.meets(&pt.Need2) {
						break // no token of the run can fill one of its required slots
					}
					m.p, m.start, m.first = pt, i, first
					m.slots(t.Slots[pt.Slot:pt.Slot+pt.NSlots], i)
				}
			}
		}
	}
	return m.dst
}

// of sets b to the IDBits of toks[i] and of the tokens after it up to the
// first that a separator other than a comma stands before, and returns
// where that one is (len(toks) when none is): no match reaches past it.
func (b *IDBits) of(toks []text.Token, i int) int {
	*b = IDBits{}
	b.add(toks[i].ID)
	for i++; i < len(toks) && toks[i].SepBefore <= text.SepComma; i++ {
		b.add(toks[i].ID)
	}
	return i
}

// Candidate is a pattern that Match tries at a token (Tables.ShortPats,
// PairTable.Pats), with Third, the bits (id&63) of the third tokens its
// matches from that token can have: the pattern's Third, or its ThirdLonger
// when the token starts a longer alternative (Longer), in 64 bits; 0 when
// a match can be shorter. A third token without its bit rules the pattern
// out before its Pattern is read.
type Candidate struct {
	Third  uint64
	Pat    int32
	Longer bool
}

// thirdOf is p's Third, or its ThirdLonger for a Candidate that is Longer.
func (p *Pattern) thirdOf(longer bool) *IDBits {
	if longer {
		return &p.ThirdLonger
	}
	return &p.Third
}

// PairTable maps a pair of token ids to the patterns whose matches can start
// with it, and those that the first token can match alone (ShortPats), in
// rule order. The pairs of one first token lie side by side, sorted by the
// second; find finds a pair by its hash (slots).
type PairTable struct {
	ByFirst []int32 // first id -> its pairs are Next[ByFirst[id]:ByFirst[id+1]]
	Next    []int32 // second id of each pair
	At      []int32 // the patterns of pair k are Pats[At[k]:At[k+1]]
	Pats    []Candidate
	// filter has a bit per hash class of the pairs (pairBit), set for the
	// classes of the pairs the table holds: most pairs of words in a text
	// start no pattern, and the filter says so without a search. Index
	// builds it.
	filter []uint64
	// slots finds a pair without a search: pair k is at slots[i], i its
	// hash (pairSlot) or the first free slot after it, with its key and
	// its patterns in one word (see packPair); 0 is free. Index builds it,
	// at most two thirds full.
	slots []uint64
	shift uint8 // pairSlot's shift: 32 less log2(len(slots))
}

// pairFilterBits is the size of PairTable.filter in bits: 16 KB, about ten
// bits a pair of the English rules.
const pairFilterBits = 1 << 17

// pairBit is the filter bit of the pair (first, second).
func pairBit(first, second int32) uint32 {
	return (uint32(first)<<16 ^ uint32(second)) * 0x9E3779B1 >> (32 - 17)
}

// pairSlot is the slot of the pair (first, second) in PairTable.slots.
func pairSlot(first, second int32, shift uint8) uint32 {
	return (uint32(first)<<16 ^ uint32(second)) * 0x9E3779B1 >> shift
}

// packPair is the slot of a pair: its key, first<<16 | second (never 0:
// no pair starts with id 0; index sees that ids fit 16 bits), in the high
// 32 bits, then where its patterns start in Pats (20 bits) and how many
// they are (12 bits). find reads the one word and nothing else of the
// table (the slots are 256 KB for the English rules' 17 K pairs, 128 KB
// as indices into Next and At). ok is false when a figure does not fit.
func packPair(first, second, at, n int32) (slot uint64, ok bool) {
	if first <= 0 || second < 0 || at < 0 || at >= 1<<20 || n <= 0 || n >= 1<<12 {
		return 0, false
	}
	return uint64(first)<<48 | uint64(second)<<32 | uint64(at)<<12 | uint64(n), true
}

// index builds t's filter and slots from its pairs.
func (t *PairTable) index() {
	if len(t.ByFirst) > 1<<16 {
		// A key has 16 bits for each id of its pair (find's key would
		// wrap for an id beyond them, so none may be).
		panic("lexicon: more than 65,535 word ids for the pair slots")
	}
	t.filter = make([]uint64, pairFilterBits/64)
	bits := uint8(10)
	for 1<<bits < len(t.Next)*3/2 {
		bits++
	}
	t.slots, t.shift = make([]uint64, 1<<bits), 32-bits
	mask := uint32(len(t.slots) - 1)
	for first := 0; first+1 < len(t.ByFirst); first++ {
		for k := t.ByFirst[first]; k < t.ByFirst[first+1]; k++ {
			second := t.Next[k]
			b := pairBit(int32(first), second)
			t.filter[b>>6] |= 1 << (b & 63)
			slot, ok := packPair(int32(first), second, t.At[k], t.At[k+1]-t.At[k])
			if !ok {
				// a million patterns under pairs, or 4,096 under one:
				// far beyond the rules.
				panic("lexicon: a pair's patterns do not fit its slot")
			}
			i := pairSlot(int32(first), second, t.shift)
			for t.slots[i] != 0 {
				i = (i + 1) & mask
			}
			t.slots[i] = slot
		}
	}
}

// mayHold reports whether the table may hold the pair (first, second):
// false for most pairs, without a search (or a call: it inlines).
func (t *PairTable) mayHold(first, second int32) bool {
	b := pairBit(first, second)
	return len(t.filter) == 0 || t.filter[b>>6&(pairFilterBits/64-1)]&(1<<(b&63)) != 0
}

// find returns the slot of the pair (first, second), for a pair mayHold lets
// through: the pair's own slot (its hash, pairSlot), or one of the few after
// it, without a search; 0 when the table has no such pair. It inlines
// (Match calls it at 44% of the tokens; a call cost 13 M instructions over
// tb150), and so does pats.
func (t *PairTable) find(first, second int32) uint64 {
	key := uint64(uint32(first)<<16 | uint32(second))
	for i := pairSlot(first, second, t.shift); ; i = (i + 1) & uint32(len(t.slots)-1) {
		if slot := t.slots[i]; slot>>32 == key || slot == 0 {
			return slot
		}
	}
}

// pats returns the patterns of slot (see packPair), in rule order; none
// for 0.
func (t *PairTable) pats(slot uint64) []Candidate {
	at := slot >> 12 & (1<<20 - 1)
	return t.Pats[at : at+slot&(1<<12-1)]
}

// matchPlain matches a plain pattern p (see Pattern.Plain) at toks[i:] and
// returns where the match ends, or 0. The pair index found p under the
// first two tokens, so they are in its first two slots: only whether a
// comma may stand before the second is left to see.
func (t *Tables) matchPlain(toks []text.Token, p *Pattern, i int) int {
	slots := t.Slots[p.Slot : p.Slot+p.NSlots]
	if !slots[1].joins(&toks[i+1]) {
		return 0
	}
	j := i + 2
	for k := 2; k < len(slots); k, j = k+1, j+1 {
		s := &slots[k]
		if j >= len(toks) {
			return 0
		}
		tk := &toks[j]
		if !s.joins(tk) || tk.ID == 0 {
			return 0
		}
		if s.NSingle == 1 {
			if s.ID != tk.ID {
				return 0
			}
		} else if !t.hasOf(s, tk.ID) {
			return 0
		}
	}
	return j
}

// matcher holds what stays the same while a pattern is matched slot by
// slot from one start: the recursion passes only what changes.
type matcher struct {
	t     *Tables
	toks  []text.Token
	p     *Pattern
	start int   // the token the match starts at
	first int   // dst[first:] are the hits found so far at start
	dst   []Hit // the hits, to which matches are added
	// run: the bits of the tokens from the first start matched slot by
	// slot in a run that no separator but a comma breaks, to runEnd,
	// where the run ends (see Pattern.Need).
	run    IDBits
	runEnd int
}

// slots matches slots, the rest of the pattern, at toks[j:].
func (m *matcher) slots(slots []Slot, j int) {
	toks := m.toks
	var s *Slot
	for {
		// Plain words need no backtracking: match them in a loop.
		for ; len(slots) > 0 && !slots[0].Optional && slots[0].NMulti == 0; slots, j = slots[1:], j+1 {
			if j >= len(toks) || j > m.start && !slots[0].joins(&toks[j]) || toks[j].ID == 0 || slots[0].Mask&(1<<(toks[j].ID&63)) == 0 || !m.t.has(&slots[0], toks[j].ID) {
				return
			}
		}
		if len(slots) == 0 {
			if j > m.start {
				m.dst = addHit(m.dst, m.first, Hit{From: int32(m.start), To: int32(j), Entry: m.p.Entry, Weak: m.p.Weak})
			}
			return
		}
		s = &slots[0]
		// An optional slot that toks[j] cannot fill (no name where the
		// slot is one, none of its alternatives' bits) is passed over
		// here: all that the call below would do is match the rest at j.
		if !s.Optional || j < len(toks) && (s.Name && m.t.Name(&toks[j]) ||
			!s.Name && toks[j].ID != 0 && (j == m.start || s.joins(&toks[j])) && (s.Mask|s.LongerMask)&(1<<(toks[j].ID&63)) != 0) {
			break
		}
		slots = slots[1:]
	}
	if s.Optional {
		m.slots(slots[1:], j)
		if s.Name {
			if j < len(toks) && m.t.Name(&toks[j]) {
				m.slots(slots[1:], j+1)
			}
			return
		}
	}
	if j >= len(toks) || j > m.start && !s.joins(&toks[j]) || toks[j].ID == 0 {
		return
	}
	// The mask (which holds a single alternative's bit too) rules most
	// tokens out before has, whose call of hasOf costs most in
	// WebAssembly.
	if s.Mask&(1<<(toks[j].ID&63)) != 0 && m.t.has(s, toks[j].ID) {
		m.slots(slots[1:], j+1)
	}
	id := toks[j].ID
	if s.LongerMask&(1<<(id&63)) == 0 {
		return
	}
	for _, l := range m.t.Longer[s.Longer : s.Longer+s.NMulti] {
		if l.First != id {
			continue
		}
		n := m.t.IDs[l.At]
		if seqAt(toks, j, m.t.IDs[l.At+1:][:n]) {
			m.slots(slots[1:], j+int(n))
		}
	}
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

// indexPatterns fills ShortPats, startAt and Pairs, for n token ids, after
// indexSlots (the candidates' thirds are the patterns'), from
// the patterns and their slots as laid out in IDs (see Slot): a pattern
// whose match may be one token long is indexed by its first token alone
// (ShortPats) for the tokens that can make a match on their own (the one-token
// alternatives of a first slot after which every slot is optional); any
// other first token, of such a pattern ("your" of "your employer" in a slot
// that also holds "advertisers") or of a longer one, starts matches of two
// tokens or more and is indexed by the pairs of first and second tokens its
// matches can start with (Pairs), which rules out most attempts before
// matching slot by slot. Encode leaves them out: they follow from the
// patterns.
func (t *Tables) indexPatterns(n int) {
	var short, pairs []uint64 // first<<42 | second<<21 | pattern, in pattern order
	var firsts, seconds, alone []int32
	for pi := range t.Patterns {
		p := &t.Patterns[pi]
		if t.Entries[p.Entry].Side < 0 {
			continue // looked up, never matched (see Lexicon.Lookup)
		}
		slots := t.Slots[p.Slot : p.Slot+p.NSlots]
		firsts, seconds = firsts[:0], seconds[:0]
		// startsFrom adds to seconds the tokens that can start slots[k:], and
		// reports whether slots[k:] may match nothing.
		startsFrom := func(k int) bool {
			for ; k < len(slots); k++ {
				seconds = t.starts(&slots[k], seconds, 1)
				if !slots[k].Optional {
					return false
				}
			}
			return true
		}
		alone = alone[:0] // the tokens that can make a match on their own
		for k := range slots {
			s := &slots[k]
			firsts = t.starts(s, firsts, 1)
			if s.NSingle > 0 && startsFrom(k+1) {
				alone = append(alone, t.IDs[s.Single:s.Single+s.NSingle]...)
			}
			seconds = t.starts(s, seconds, 2)
			if !s.Optional {
				break
			}
		}
		firsts, seconds, alone = sortIDs(firsts), sortIDs(seconds), sortIDs(alone)
		for _, first := range firsts {
			if containsID(alone, first) {
				short = append(short, uint64(first)<<42|uint64(pi))
				continue
			}
			for _, second := range seconds {
				pairs = append(pairs, uint64(first)<<42|uint64(second)<<21|uint64(pi))
			}
		}
	}
	shortAt := make([]int32, n+1) // token id -> ShortPats[shortAt[id]:shortAt[id+1]]
	short = countSort(short, n, 42)
	t.ShortPats = make([]Candidate, len(short))
	for i, k := range short {
		shortAt[k>>42+1]++
		t.ShortPats[i] = t.candidate(int32(k&(1<<21-1)), int32(k>>42))
	}
	for id := 1; id <= n; id++ {
		shortAt[id] += shortAt[id-1]
	}
	// A pair's patterns, with those of its first token alone merged in,
	// in rule order: Match tries one list, not two it merges at every
	// token that starts a pair.
	pairs = countSort(countSort(pairs, n, 21), n, 42)
	pt := PairTable{ByFirst: make([]int32, n+1), Pats: make([]Candidate, 0, len(pairs)+len(pairs)/2)}
	// own: the one-token patterns of the pair's first token, not yet
	// merged in; ownAll: all of them.
	var own, ownAll []Candidate
	for i, k := range pairs {
		first, pi := int32(k>>42), int32(k&(1<<21-1))
		if i == 0 || k>>21 != pairs[i-1]>>21 {
			if len(own) > 0 {
				pt.Pats = append(pt.Pats, own...) // the pair before's last
			}
			if i == 0 || k>>42 != pairs[i-1]>>42 {
				ownAll = t.ShortPats[shortAt[first]:shortAt[first+1]]
			}
			pt.ByFirst[first+1]++
			pt.Next = append(pt.Next, int32(k>>21&(1<<21-1)))
			pt.At = append(pt.At, int32(len(pt.Pats)))
			own = ownAll
		}
		for len(own) > 0 && own[0].Pat < pi {
			pt.Pats, own = append(pt.Pats, own[0]), own[1:]
		}
		pt.Pats = append(pt.Pats, t.candidate(pi, first))
	}
	pt.Pats = append(pt.Pats, own...)
	pt.At = append(pt.At, int32(len(pt.Pats)))
	for id := 1; id <= n; id++ {
		pt.ByFirst[id] += pt.ByFirst[id-1]
	}
	t.startAt = make([]uint64, n)
	for id := range t.startAt {
		t.startAt[id] = uint64(shortAt[id])<<32 | uint64(shortAt[id+1]-shortAt[id])<<1
		if pt.ByFirst[id] < pt.ByFirst[id+1] {
			t.startAt[id] |= 1
		}
	}
	pt.index()
	t.Pairs = pt
}

// candidate returns pattern pi as a Candidate at token id, with the third
// tokens its matches from id can have (Pattern.Third, worked out by
// indexSlots).
func (t *Tables) candidate(pi, id int32) Candidate {
	p := &t.Patterns[pi]
	if p.Singles&(1<<(id&63)) == 0 && p.ThirdLonger != (IDBits{}) {
		return Candidate{Third: p.ThirdLonger.fold(), Pat: pi, Longer: true} // a match from id starts with a longer alternative
	}
	return Candidate{Third: p.Third.fold(), Pat: pi}
}

// starts appends to ids the tokens that can stand at position at (1 or 2)
// of a match of slot s: its one-token alternatives and the first tokens of
// its longer ones (1), or the second tokens of its longer ones (2).
func (t *Tables) starts(s *Slot, ids []int32, at int32) []int32 {
	if at == 1 {
		ids = append(ids, t.IDs[s.Single:s.Single+s.NSingle]...)
	}
	m := s.Multi
	for range s.NMulti {
		ids = append(ids, t.IDs[m+at])
		m += 1 + t.IDs[m]
	}
	return ids
}

// sortIDs sorts ids in place, each once.
func sortIDs(ids []int32) []int32 {
	for i := 1; i < len(ids); i++ {
		for j := i; j > 0 && ids[j] < ids[j-1]; j-- {
			ids[j], ids[j-1] = ids[j-1], ids[j]
		}
	}
	out := ids[:0]
	for i, id := range ids {
		if i == 0 || id != ids[i-1] {
			out = append(out, id)
		}
	}
	return out
}

// countSort sorts keys by their bits from shift up (each below 1<<21, a
// token id below n), keeping the order of equal ones.
func countSort(keys []uint64, n int, shift uint) []uint64 {
	at := make([]int, n+1)
	for _, k := range keys {
		at[int(k>>shift&(1<<21-1))+1]++
	}
	for i := 1; i <= n; i++ {
		at[i] += at[i-1]
	}
	out := make([]uint64, len(keys))
	for _, k := range keys {
		id := int(k >> shift & (1<<21 - 1))
		out[at[id]] = k
		at[id]++
	}
	return out
}
