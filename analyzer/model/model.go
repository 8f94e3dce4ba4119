package model

import (
	"encoding/binary"
	"errors"
	"math"
	"math/bits"
	"slices"
	"strconv"
)

// Model is a trained sentence model: for each head (a label such as
// "cat:user-access") an integer bias, an integer weight per feature, and a
// threshold and a floor. A head's score is its bias plus the weights of the
// input's features; the head says yes when the score reaches its threshold,
// and is sure of no when the score is below its floor. Only
// integers take part in a decision, so decisions are the same everywhere.
type Model struct {
	Heads     []string // head names, e.g. "stmt:practice", "cat:user-access"
	Bias      []int32  // per head
	Threshold []int32  // per head: yes when score >= threshold
	Floor     []int32  // per head: surely no when score < floor
	Scale     float64  // score / Scale is the log-odds, for probabilities shown to people
	filter    []uint64 // a bit per hash class: most features of a text are in no model, and this small bitset says so without touching table
	table     []slot   // open addressing over feature hashes; len is a power of two
	weights   []weight // the weights of a feature are weights[slot.off():slot.end()]
	head      map[string]int
	dense     denseRows                 // the features with many weights, all heads at once (see pack)
	toward    [][towardBits / 64]uint64 // per head and sign, a bit per hash class of the features with a weight of that sign (see markToward)
}

// slot is one entry of the feature table: a feature's hash and where its
// weights are, packed as offset<<8 | count, so that a slot is 8 bytes and
// the table stays in cache. A feature whose weights are also a dense row
// (denseRows) has count 0 and row<<8 instead, its row from 1 on; an empty
// slot has ref 0.
type slot struct {
	hash uint32
	ref  uint32
}

func (s slot) off() uint32 { return s.ref >> 8 }
func (s slot) end() uint32 { return s.ref>>8 + s.ref&0xff }
func (s slot) empty() bool { return s.ref == 0 }

// row returns the dense row of the feature, if it has one.
func (s slot) row() (uint32, bool) { return s.ref >> 8, s.ref&0xff == 0 }

type weight struct {
	head uint16
	w    int16
}

// Head returns the index of the named head, or -1.
func (m *Model) Head(name string) int {
	if i, ok := m.head[name]; ok {
		return i
	}
	return -1
}

// filterBits is the size of Model.filter in bits: 16 KB, which stays in
// the first-level cache.
const filterBits = 1 << 17

// find returns the slot of feature hash h, or an empty slot.
func (m *Model) find(h uint32) slot {
	if len(m.filter) == 0 {
		return slot{}
	}
	if b := h >> (32 - 17); m.filter[b>>6]&(1<<(b&63)) == 0 {
		return slot{}
	}
	mask := uint32(len(m.table) - 1)
	i := h & mask
	for m.table[i].hash != h && !m.table[i].empty() {
		i = (i + 1) & mask
	}
	return m.table[i]
}

// weightsOf returns the weights of the feature of slot s, one per head that
// it weighs in, as the model's file lists them.
func (m *Model) weightsOf(s slot) []weight {
	if row, ok := s.row(); ok && !s.empty() {
		s.ref = m.dense.sparse[row]
	}
	return m.weights[s.off():s.end()]
}

// lookup returns the weights of feature hash h.
func (m *Model) lookup(h uint32) []weight {
	if s := m.find(h); !s.empty() {
		return m.weightsOf(s)
	}
	return nil
}

// Scores writes the score of every head for the features whose hashes are
// hs (see Hashes) into scores, which it returns (len Heads). The scores are
// summed three heads to an int64 (see denseRows): a feature with a dense
// row adds all heads in a few additions, the others add their weights one
// by one. A long sentence is summed so in parts of at most maxFeatures
// features, so that no head's sum leaves its lane.
func (m *Model) Scores(hs []uint32, scores []int32) []int32 { return m.scores(hs, nil, true, scores) }

// ScoresWith is Scores of the features whose hashes are hs and of features
// whose Sums are sums (nil: none): a sentence's own features, and its
// heading's, summed once for all the sentences under it.
func (m *Model) ScoresWith(hs []uint32, sums, scores []int32) []int32 {
	return m.scores(hs, sums, true, scores)
}

// Sums returns in sums what the features whose hashes are hs add to each
// head's score: their Scores without the heads' biases. The sums are exact:
// ScoresWith(hs, Sums(others)) is Scores of hs and others.
func (m *Model) Sums(hs []uint32, sums []int32) []int32 { return m.scores(hs, nil, false, sums) }

// scores is Scores, ScoresWith and Sums: the scores of hs, from base (nil:
// 0), with the biases or without them.
func (m *Model) scores(hs []uint32, base []int32, withBias bool, scores []int32) []int32 {
	d := &m.dense
	if d.stride == 0 {
		return m.scoresOneByOne(hs, base, withBias, scores)
	}
	scores = slices.Grow(scores[:0], 3*maxPacked)[:3*maxPacked]
	clear(scores)
	copy(scores, base)
	var sums [maxPacked]int64 // an array assigned, not copied by a call
	if withBias {
		sums = d.bias
	}
	for {
		n := min(len(hs), d.maxFeatures)
		m.sum(hs[:n], &sums)
		for i, v := range sums[:(len(m.Heads)+2)/3] { // the lanes of heads
			a, b, c := unpack(v)
			s := (*[3]int32)(scores[3*i:]) // one bounds check for the three
			s[0] += a
			s[1] += b
			s[2] += c
		}
		if hs = hs[n:]; len(hs) == 0 {
			return scores[:len(m.Heads)]
		}
		sums = [maxPacked]int64{}
	}
}

// sum adds to sums, the packed scores (see denseRows), the weights of the
// features whose hashes are hs. It is the loop of Scores, kept apart from
// what calls the runtime so that its values stay in registers.
func (m *Model) sum(hs []uint32, sums *[maxPacked]int64) {
	if len(m.filter) == 0 {
		return // no features
	}
	if m.dense.stride == fewPacked {
		m.sumFew(hs, sums)
		return
	}
	// find, inline, with the model's slices held in locals, and without
	// the filter: most features of a sentence are in the model.
	table, packed, rows := m.table, m.dense.packed, m.dense.wide
	mask := uint32(len(table) - 1)
	for _, h := range hs {
		i := h & mask
		for table[i].hash != h && !table[i].empty() {
			i = (i + 1) & mask
		}
		s := table[i]
		if s.empty() {
			continue
		}
		if row, ok := s.row(); ok {
			a, v := sums, &rows[row] // one statement a lane (see sumFew)
			a[0] += v[0]
			a[1] += v[1]
			a[2] += v[2]
			a[3] += v[3]
			a[4] += v[4]
			a[5] += v[5]
			a[6] += v[6]
			a[7] += v[7]
			a[8] += v[8]
			a[9] += v[9]
			a[10] += v[10]
			a[11] += v[11]
			continue
		}
		addPacked(sums, packed[s.off():s.end()])
	}
}

// fewPacked is the stride of the dense rows of a model of at most
// 3*fewPacked heads, which sumFew adds: the shipped model has 25 heads,
// nine int64s (a row of 72 bytes). With 24 heads a row was eight, a cache
// line; the retrain of 7 December that gave the 25th head a decision put
// every row at maxPacked, 20 M instructions more over tb150 (1,746.1 M),
// which nine lanes win back (1,726.1 M).
const fewPacked = 9

// sumFew is sum for a model of at most 3*fewPacked heads, whose rows are
// fewPacked int64s.
func (m *Model) sumFew(hs []uint32, sums *[maxPacked]int64) {
	table, rows := m.table, m.dense.rows
	mask := uint32(len(table) - 1)
	for _, h := range hs {
		i := h & mask
		for table[i].hash != h && !table[i].empty() {
			i = (i + 1) & mask
		}
		s := table[i]
		if s.empty() {
			continue
		}
		if row, ok := s.row(); ok {
			// One statement a lane: each is a load and an addition to
			// memory, where a tuple (a[0], a[1] = ...) reads all its
			// right side first and keeps it in registers.
			a, v := sums, &rows[row]
			a[0] += v[0]
			a[1] += v[1]
			a[2] += v[2]
			a[3] += v[3]
			a[4] += v[4]
			a[5] += v[5]
			a[6] += v[6]
			a[7] += v[7]
			a[8] += v[8]
			continue
		}
		// The features without a dense row read the packed weights from
		// m (a local would hold two registers the loop needs): a single
		// weight, the commonest, here, without a call.
		if s.ref&0xff == 1 {
			w := m.dense.packed[s.off()]
			sums[w&15] += int64(w) >> 4
			continue
		}
		addPacked(sums, m.dense.packed[s.off():s.end()])
	}
}

// addPacked adds weights ws to sums. It is sum's loop over the weights of a
// feature without a row, a call so that it runs in registers: sum's own
// registers are taken. With rows from minDense weights on, the shipped
// model calls it for no feature; a head named twice comes here. (Its loop
// inline in sumFew counted the same instructions over tb150, and a
// feature's two weights added there as the single one is, 3 M more.)
//
//go:noinline
func addPacked(sums *[maxPacked]int64, ws []packedWeight) {
	for _, w := range ws {
		sums[w&15] += int64(w) >> 4
	}
}

// scoresOneByOne is Scores adding each weight to its head's score, for a
// model or a sentence that the packed sums do not fit.
func (m *Model) scoresOneByOne(hs []uint32, base []int32, withBias bool, scores []int32) []int32 {
	scores = append(scores[:0], m.Bias...)
	if !withBias {
		clear(scores)
	}
	for i, v := range base {
		scores[i] += v
	}
	for _, h := range hs {
		for _, w := range m.lookup(h) {
			scores[w.head] += int32(w.w)
		}
	}
	return scores
}

// Yes reports whether head i says yes at score s.
func (m *Model) Yes(i int, s int32) bool { return s >= m.Threshold[i] }

// YesHeads returns a bit for each head that says yes (Yes) at scores, the
// scores of all heads: one test where a list of heads would ask Yes of each.
// A model of more than 64 heads gets all bits, which tell nothing. Not
// inlined: it is called once per sentence, and inlined it grew the page's
// WebAssembly (916.0 against 911.8 KB brotli; natively the same count of
// instructions).
//
//go:noinline
func (m *Model) YesHeads(scores []int32) uint64 {
	thr := m.Threshold
	if len(thr) > 64 || len(scores) < len(thr) {
		return ^uint64(0)
	}
	scores = scores[:len(thr)]
	var yes uint64
	for i, t := range thr {
		if scores[i] >= t {
			yes |= 1 << i
		}
	}
	return yes
}

// Low reports whether head i is sure of no at score s.
func (m *Model) Low(i int, s int32) bool { return s < m.Floor[i] }

// Probability is the model's probability for score s: shown to people, never
// used in a decision.
func (m *Model) Probability(s int32) float64 {
	return 1 / (1 + math.Exp(-float64(s)/m.Scale))
}

// Contribution is one feature's weight in one head's score.
type Contribution struct {
	Feature Feature
	Weight  int32
}

// Explain appends to dst the word and word-pair features of a text that
// weigh most for head i, strongest first, at most n: those that push toward
// yes when yes is true, else those that push toward no. The features are
// those WordFeatures makes of hashes and spans, as TextHashesAt or
// TokenHashesAt gave them for a text of size bytes (hashes from its start;
// any after its words' are not read), each made only when it enters dst.
func (m *Model) Explain(i int, hashes []uint32, spans []int32, size int, yes bool, n int, dst []Contribution) []Contribution {
	if len(m.filter) == 0 || n <= 0 || len(spans) < 2 {
		return dst
	}
	hashes = hashes[:len(spans)+1] // the words, their pairs and the closing pair
	start := len(dst)
	// find, inline, with the model's slices held in locals, and without
	// the filter: most words and pairs of a sentence the model explains
	// are in the model.
	table, weights := m.table, m.weights
	mask := uint32(len(table) - 1)
	// A feature with no weight toward yes (or no) for head i, most of
	// them, is passed over by its bit in toward, without a look in the
	// table.
	toward := &m.toward[towardAt(i, yes)]
	// weakest is, once dst holds n contributions, the weight of the last:
	// a weaker one cannot enter, and is left out here without a call
	// (rank decides ties by place).
	weakest := int32(-1)
	lane, shift := i/3, uint(i%3)*laneBits // head i's place in a dense row
	for k, h := range hashes {
		if b := h >> (32 - towardLog); toward[b>>6]&(1<<(b&63)) == 0 {
			continue
		}
		j := h & mask
		for table[j].hash != h && !table[j].empty() {
			j = (j + 1) & mask
		}
		s := table[j]
		if s.empty() {
			continue
		}
		// rank takes only weights toward yes (or no): the others are
		// left out here, without a call.
		if row, ok := s.row(); ok { // a feature with a row weighs in each head once
			if w := m.dense.weight(row, lane, shift); w != 0 && (w > 0) == yes && abs(w) >= weakest {
				dst = rank(dst, start, n, yes, Contribution{wordFeature(k, h, spans, size), w})
				if len(dst)-start == n {
					weakest = abs(dst[len(dst)-1].Weight)
				}
			}
			continue
		}
		for _, w := range weights[s.off():s.end()] {
			if int(w.head) == i && w.w != 0 && (w.w > 0) == yes && abs(int32(w.w)) >= weakest {
				dst = rank(dst, start, n, yes, Contribution{wordFeature(k, h, spans, size), int32(w.w)})
				if len(dst)-start == n {
					weakest = abs(dst[len(dst)-1].Weight)
				}
			}
		}
	}
	return dst
}

// wordFeature is the feature of hash h that WordFeatures makes k-th of
// spans, for a text of size bytes: a word, the pair that ends with a word,
// or after the last word the closing pair.
func wordFeature(k int, h uint32, spans []int32, size int) Feature {
	switch {
	case k == len(spans):
		return Feature{h, KindPair, spans[k-2], int32(size)}
	case k%2 == 0:
		return Feature{h, KindWord, spans[k], spans[k+1]}
	case k == 1:
		return Feature{h, KindPair, 0, spans[1]}
	}
	return Feature{h, KindPair, spans[k-3], spans[k]}
}

// towardLog is the log2 of towardBits, the bits of a head's filter in
// Model.toward: 1 KB for each head and sign. The shipped model's heads have
// 48 to 1,433 features with a weight toward yes, and a sentence's words and
// pairs that none of those is reach Explain's look in the table through
// a bit set by another feature at most one time in six.
const (
	towardLog  = 13
	towardBits = 1 << towardLog
)

// towardAt is the index in Model.toward of head i's filter of the features
// with a weight toward yes (or no, when yes is false).
func towardAt(i int, yes bool) int {
	if yes {
		return 2 * i
	}
	return 2*i + 1
}

// markToward fills m.toward from the table's slots at order, those of all
// its features: Load and Quantize call it once, when the table is filled
// (and the dense rows packed).
func (m *Model) markToward(order []uint32) {
	m.toward = make([][towardBits / 64]uint64, 2*len(m.Heads))
	for _, i := range order {
		s := m.table[i]
		b := s.hash >> (32 - towardLog)
		for _, w := range m.weightsOf(s) {
			if w.w != 0 {
				m.toward[towardAt(int(w.head), w.w > 0)][b>>6] |= 1 << (b & 63)
			}
		}
	}
}

// rank inserts c into the top n contributions dst[start:], strongest first,
// when it pushes toward yes (or toward no, when yes is false) and is among
// the n strongest.
func rank(dst []Contribution, start, n int, yes bool, c Contribution) []Contribution {
	if c.Weight == 0 || (c.Weight > 0) != yes {
		return dst
	}
	// Insert in order of weight (then of place): n is small.
	top := dst[start:]
	k := len(top)
	for k > 0 && stronger(c, top[k-1]) {
		k--
	}
	if k >= n {
		return dst
	}
	if len(top) < n {
		dst = append(dst, c)
		top = dst[start:]
	}
	// The weaker ones move down one by one, without a call: n is small.
	for j := len(top) - 1; j > k; j-- {
		top[j] = top[j-1]
	}
	top[k] = c
	return dst
}

// stronger reports whether contribution a weighs more than b (or as much,
// earlier in the sentence).
func stronger(a, b Contribution) bool {
	x, y := abs(a.Weight), abs(b.Weight)
	return x > y || x == y && a.Feature.Start < b.Feature.Start
}

func abs(x int32) int32 {
	if x < 0 {
		return -x
	}
	return x
}

// The binary form (little-endian):
//
//	"PLSM" version:u8
//	scale:f64  heads:u16  { len:u8 name bias:i32 threshold:i32 floor:i32 } * heads
//	features:u32  { hash:u32 n:u8 { head:u8 weight:i16 } * n } * features
//
// A weight's head fits a byte (a model has at most 255 heads): three bytes
// a weight rather than version 2's four.
const magic = "PLSM\x03"

// MarshalBinary encodes the model.
func (m *Model) MarshalBinary() ([]byte, error) {
	if len(m.Heads) > 255 {
		return nil, errors.New("model: more than 255 heads")
	}
	b := []byte(magic)
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(m.Scale))
	b = binary.LittleEndian.AppendUint16(b, uint16(len(m.Heads)))
	for i, h := range m.Heads {
		if len(h) > 255 {
			return nil, errors.New("model: head name too long")
		}
		b = append(b, byte(len(h)))
		b = append(b, h...)
		b = binary.LittleEndian.AppendUint32(b, uint32(m.Bias[i]))
		b = binary.LittleEndian.AppendUint32(b, uint32(m.Threshold[i]))
		b = binary.LittleEndian.AppendUint32(b, uint32(m.Floor[i]))
	}
	var feats []slot
	for _, s := range m.table {
		if !s.empty() {
			feats = append(feats, s)
		}
	}
	slices.SortFunc(feats, func(a, b slot) int {
		if a.hash < b.hash {
			return -1
		}
		return 1
	})
	b = binary.LittleEndian.AppendUint32(b, uint32(len(feats)))
	for _, s := range feats {
		ws := m.weightsOf(s)
		b = binary.LittleEndian.AppendUint32(b, s.hash)
		b = append(b, byte(len(ws)))
		for _, w := range ws {
			b = append(b, byte(w.head))
			b = binary.LittleEndian.AppendUint16(b, uint16(w.w))
		}
	}
	return b, nil
}

// Load decodes a model written by MarshalBinary. Malformed input gives an
// error, never a panic.
func Load(b []byte) (*Model, error) {
	r := reader{b: b}
	if string(r.bytes(len(magic))) != magic {
		return nil, errors.New("model: not a PolicyLens sentence model (or of another version)")
	}
	m := &Model{Scale: math.Float64frombits(r.u64()), head: map[string]int{}}
	nh := int(r.u16())
	for i := 0; i < nh && r.err == nil; i++ {
		name := string(r.bytes(int(r.u8())))
		m.Heads = append(m.Heads, name)
		m.Bias = append(m.Bias, int32(r.u32()))
		m.Threshold = append(m.Threshold, int32(r.u32()))
		m.Floor = append(m.Floor, int32(r.u32()))
		m.head[name] = i
	}
	nf := int(r.u32())
	if r.err == nil && nf > len(r.b)/5 {
		return nil, errors.New("model: truncated")
	}
	feats := make([]slot, 0, nf)
	// Each feature is its hash, its count of weights and three bytes a
	// weight: the rest of the bytes bound the weights.
	m.weights = make([]weight, 0, max(0, len(r.b)-5*nf)/3)
	// The features are read from rest in place, not through reader's calls:
	// 9,525 features and 20 K weights in the shipped model.
	var prev uint32
	rest := r.b
	for i := range nf {
		if len(rest) < 5 || len(rest)-5 < 3*int(rest[4]) {
			return nil, errors.New("model: truncated")
		}
		h, ws := binary.LittleEndian.Uint32(rest), rest[5:5+3*int(rest[4])] // head, weight (int16) each
		rest = rest[5+len(ws):]
		if i > 0 && h <= prev {
			return nil, errors.New("model: features out of order at " + strconv.Itoa(i))
		}
		prev = h
		off := uint32(len(m.weights))
		if off >= 1<<24 {
			return nil, errors.New("model: too many weights")
		}
		for ; len(ws) >= 3; ws = ws[3:] {
			hd := uint16(ws[0])
			if int(hd) >= nh {
				return nil, errors.New("model: weight for an unknown head")
			}
			m.weights = append(m.weights, weight{hd, int16(binary.LittleEndian.Uint16(ws[1:3]))})
		}
		if end := uint32(len(m.weights)); end > off {
			feats = append(feats, slot{h, off<<8 | (end - off)})
		}
	}
	r.b = rest
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, errors.New("model: trailing bytes")
	}
	if m.Scale <= 0 || math.IsNaN(m.Scale) || math.IsInf(m.Scale, 0) {
		return nil, errors.New("model: bad scale")
	}
	m.fill(feats)
	return m, nil
}

// tableSize is the length of the feature table for n features: at least
// four slots a feature, so that a look-up probes few slots (a fifth of the
// hashes of a sentence are in no model and probe on to an empty slot). At
// two a feature, 150 TOSBack policies probed 0.74 slots past the first per
// look-up; at four 0.22 (the shipped model's table: 256 KB).
func tableSize(n int) int {
	size := 16
	for size < 4*n {
		size *= 2
	}
	return size
}

// fill makes the feature table of feats, each a feature's hash and where
// its weights are (a slot: at most 255 weights, from an offset below
// 1<<24), and the dense rows: Load and Quantize call it once, with the
// weights read. The features with most weights go in first, and their rows
// first: those are the commonest in text (over the 422 TOSBack policies
// the 488 features of eight weights or more are 66% of the look-ups that
// find a feature, the 4,004 of one weight 8%), which then sit in their own
// slots rather than further on (tb150 --jsonl: sumFew 69.95 -> 68.10 M
// instructions), and their rows together in a few pages of memory rather
// than spread over all of them.
func (m *Model) fill(feats []slot) {
	// A counting sort by count of weights, most first, stable: the
	// features of one count keep the file's order.
	var at [257]int
	for _, f := range feats {
		at[256-f.ref&0xff]++
	}
	for c := 1; c < len(at); c++ {
		at[c] += at[c-1]
	}
	sorted := make([]slot, len(feats))
	for _, f := range feats {
		k := &at[255-f.ref&0xff]
		sorted[*k] = f
		*k++
	}
	m.table = make([]slot, tableSize(len(feats)))
	if len(feats) > 0 {
		m.filter = make([]uint64, filterBits/64) // none: no features (see find)
	}
	order := make([]uint32, len(sorted)) // their slots, most weights first
	mask := uint32(len(m.table) - 1)
	for k, f := range sorted {
		i := f.hash & mask
		for !m.table[i].empty() {
			i = (i + 1) & mask
		}
		m.table[i], order[k] = f, i
		b := f.hash >> (32 - 17)
		m.filter[b>>6] |= 1 << (b & 63)
	}
	m.pack(order)
	m.markToward(order)
}

// denseRows holds the weights of the features that weigh in more than one
// head (each once) as rows of every head's weight, three heads to an int64
// (pack3): adding a row adds the weights of all heads in stride
// additions, where adding the same weights one by one takes an addition, a
// load and a bounds check each. 83% of a sentence's features are in the
// model, and those with a row carry most of the weights a sentence adds.
// Scores sums every score in threes, from the packed biases on.
type denseRows struct {
	// The dense rows, of a model of at most 3*fewPacked heads (rows) or
	// of more (wide): a bounds check for a row, not a slice of the lot.
	rows   [][fewPacked]int64
	wide   [][maxPacked]int64
	sparse []uint32         // per row, the slot ref of the feature's own weights
	packed []packedWeight   // the weights, each as Scores adds it (weights[k] is packed[k])
	bias   [maxPacked]int64 // the heads' biases, packed
	// stride is the int64s of a row, fewPacked or maxPacked, so that Scores
	// adds a row in straight code; 0 when scores are not summed in threes.
	stride int
	// maxFeatures bounds the features that Scores sums in threes at a
	// time: up to it no head's sum leaves its lane, so that the three
	// heads of an int64 come apart exactly (see unpack).
	maxFeatures int
}

// packedWeight is a weight of a feature without a row as Scores adds it:
// the weight shifted to its head's lane (see pack3), shifted four bits
// more, and below them the index of the head's int64 in the sums (a
// weight of 16 bits shifted by 46 at most stays within 62).
type packedWeight int64

// maxPacked bounds denseRows.stride: models with more than 3*maxPacked
// heads add their weights one by one. The shipped model has 25 heads (those
// of the practice categories, rights, recipients and purposes that decide
// something), rows of fewPacked; three more would make every row maxPacked,
// three additions more per feature with a row.
const maxPacked = 12

// laneBits is the width of a head's lane in a packed int64 (see pack3): a
// score fits when it is within ±2^20, a thousand of the shipped model's
// largest weights.
const laneBits = 21

// minDense is the fewest weights that earn a feature a dense row. A row of
// the shipped model is eight additions and a cache line; the weights one by
// one, a call to addPacked and about nine instructions each: from two
// weights on, the row costs fewer (tb150 --jsonl 1,816.3 M instructions
// at 5, 1,809.4 M at 3, 1,806.6 M at 2; no more first-level cache misses
// in callgrind's simulation). The rows of the shipped model then hold
// 3,699 of its 7,701 features, 237 KB.
const minDense = 2

// pack builds the dense rows of m from its weights, a row for each
// feature that earns one, in the order of their slots in order (fill's).
func (m *Model) pack(order []uint32) {
	if len(m.Heads) == 0 || len(m.Heads) > 3*maxPacked {
		return
	}
	d := &m.dense
	d.stride = maxPacked // the heads past the last are 0
	if len(m.Heads) <= 3*fewPacked {
		d.stride = fewPacked
	}
	// Row 0 is no feature's, so that a slot's ref is its row<<8, read
	// without a subtraction, and is never 0 (an empty slot).
	d.rows, d.wide, d.sparse = nil, nil, []uint32{0}
	if d.stride == fewPacked {
		d.rows = make([][fewPacked]int64, 1)
	} else {
		d.wide = make([][maxPacked]int64, 1)
	}
	row := make([]int32, 3*d.stride)
	copy(row, m.Bias)
	packRow(d.bias[:], row) // stride int64s

	var bias int64 // the largest absolute bias
	for _, b := range m.Bias {
		bias = max(bias, abs64(b))
	}
	most := int64(1) // the most a feature adds to one head's score, or takes away
	clear(row)
	d.packed = make([]packedWeight, len(m.weights))
	for k, w := range m.weights {
		d.packed[k] = packedWeight(int64(w.w)<<(w.head%3*laneBits+4) | int64(w.head/3))
	}
	for _, i := range order {
		s := m.table[i]
		ws := m.weights[s.off():s.end()]
		var seen uint64
		for _, w := range ws {
			row[w.head] += int32(w.w)
			seen |= 1 << w.head
		}
		// Few weights get no row; nor does a head named twice, which
		// Explain reads one by one. A row is its packed weights added,
		// as sum adds them: packRow of the heads' weights (pack3 is
		// linear), with no pass over the heads a feature has no weight in.
		if len(ws) >= minDense && bits.OnesCount64(seen) == len(ws) {
			if d.stride == fewPacked {
				var r [fewPacked]int64
				for _, p := range d.packed[s.off():s.end()] {
					r[p&15] += int64(p) >> 4
				}
				d.rows = append(d.rows, r)
			} else {
				var r [maxPacked]int64
				for _, p := range d.packed[s.off():s.end()] {
					r[p&15] += int64(p) >> 4
				}
				d.wide = append(d.wide, r)
			}
			m.table[i].ref = uint32(len(d.sparse)) << 8
			d.sparse = append(d.sparse, s.ref)
		}
		for _, w := range ws {
			// A head named twice adds both, read at its first; then the
			// row is clear for the next feature.
			most = max(most, abs64(row[w.head]))
			row[w.head] = 0
		}
	}
	d.maxFeatures = int((1<<(laneBits-1) - 1 - bias) / most)
	if d.maxFeatures < 1 {
		// Weights too large for the lanes: one by one, the slots of the
		// features given a row pointing at their own weights again.
		for i, s := range m.table {
			if row, ok := s.row(); ok && !s.empty() {
				m.table[i].ref = d.sparse[row]
			}
		}
		*d = denseRows{}
	}
}

// packRow writes the weights of row (one per head, a multiple of three)
// to dst, three heads to an int64.
func packRow(dst []int64, row []int32) {
	for j := range len(row) / 3 {
		dst[j] = pack3(row[3*j], row[3*j+1], row[3*j+2])
	}
}

// weight returns the weight in row r of the head whose lane is at shift in
// int64 k of a row (head h: k = h/3, shift = h%3*laneBits, worked out once
// by Explain for all its rows): the lane, rounded to undo what the weights in
// the lanes below it (each far less than half a lane) borrowed, and sign
// extended. (shift is below 64: said so, its shifts are one instruction
// each, not a test for a shift of 64 or more.)
func (d *denseRows) weight(r uint32, k int, shift uint) int32 {
	var v int64
	if d.rows != nil {
		v = d.rows[r][k]
	} else {
		v = d.wide[r][k]
	}
	shift &= 63
	v = (v + 1<<shift>>1) >> shift
	return int32(v << (64 - laneBits) >> (64 - laneBits))
}

// pack3 packs the weights of three heads into one int64, laneBits each
// from the low bits up, whose sum with others is, in each lane, the sum of
// that head's weights (see unpack).
func pack3(a, b, c int32) int64 {
	return int64(a) + int64(b)<<laneBits + int64(c)<<(2*laneBits)
}

// unpack splits a sum of pack3 values into the three heads' sums. It is
// exact as long as each head's sum is within ±2^(laneBits-1): each lane
// then holds its sum less what the lanes below borrowed from it, and what
// is left after taking off a lane's sum is the lanes above, shifted. (The
// sums on the way may leave their lanes: the additions are exact modulo
// 2^64.)
func unpack(v int64) (a, b, c int32) {
	const up = 64 - laneBits // a lane's bits shifted up to the top, then back with their sign
	x := v << up >> up
	v = (v - x) >> laneBits
	y := v << up >> up
	v = (v - y) >> laneBits
	return int32(x), int32(y), int32(v << up >> up)
}

func abs64(x int32) int64 {
	if x < 0 {
		return -int64(x)
	}
	return int64(x)
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil || n > len(r.b) {
		r.err = errors.New("model: truncated")
		r.b = nil
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) u8() uint8 {
	if b := r.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *reader) u16() uint16 {
	if b := r.bytes(2); b != nil {
		return binary.LittleEndian.Uint16(b)
	}
	return 0
}

func (r *reader) u32() uint32 {
	if b := r.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *reader) u64() uint64 {
	if b := r.bytes(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

// Features returns how many features have weights.
func (m *Model) Features() int {
	n := 0
	for _, s := range m.table {
		if !s.empty() {
			n++
		}
	}
	return n
}
