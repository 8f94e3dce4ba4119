package model

import (
	"encoding/binary"
	"errors"
	"math"
	"slices"
	"strconv"
)

// Model is a trained sentence model: for each head (a label such as
// "cat:user-access") an integer bias, an integer weight per feature, and a
// threshold. A head's score is its bias plus the weights of the input's
// features; the head says yes when the score reaches its threshold. Only
// integers take part in a decision, so decisions are the same everywhere.
type Model struct {
	Heads     []string // head names, e.g. "stmt:practice", "cat:user-access"
	Bias      []int32  // per head
	Threshold []int32  // per head: yes when score >= threshold
	Scale     float64  // score / Scale is the log-odds, for probabilities shown to people
	table     []slot   // open addressing over feature hashes; len is a power of two
	weights   []weight // the weights of feature i are weights[slot.off:slot.end]
	head      map[string]int
}

type slot struct {
	hash     uint32
	off, end uint32 // end == 0 marks an empty slot
}

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

// lookup returns the weights of feature hash h.
func (m *Model) lookup(h uint32) []weight {
	if len(m.table) == 0 {
		return nil
	}
	mask := uint32(len(m.table) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &m.table[i]
		if s.end == 0 {
			return nil
		}
		if s.hash == h {
			return m.weights[s.off:s.end]
		}
	}
}

// Scores adds the score of every head for features fs to scores (len Heads)
// and returns it.
func (m *Model) Scores(fs []Feature, scores []int32) []int32 {
	scores = append(scores[:0], m.Bias...)
	for _, f := range fs {
		for _, w := range m.lookup(f.Hash) {
			scores[w.head] += int32(w.w)
		}
	}
	return scores
}

// Yes reports whether head i says yes at score s.
func (m *Model) Yes(i int, s int32) bool { return s >= m.Threshold[i] }

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

// Explain returns the features of fs that weigh most for head i, strongest
// first: those that push toward yes when yes is true, else those that push
// toward no. At most n.
func (m *Model) Explain(i int, fs []Feature, yes bool, n int) []Contribution {
	var out []Contribution
	for _, f := range fs {
		for _, w := range m.lookup(f.Hash) {
			if int(w.head) == i && (w.w > 0) == yes && w.w != 0 {
				out = append(out, Contribution{f, int32(w.w)})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Contribution) int {
		x, y := abs(a.Weight), abs(b.Weight)
		if x != y {
			return int(y - x)
		}
		return int(a.Feature.Start - b.Feature.Start)
	})
	return out[:min(n, len(out))]
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
//	scale:f64  heads:u16  { len:u8 name bias:i32 threshold:i32 } * heads
//	features:u32  { hash:u32 n:u8 { head:u16 weight:i16 } * n } * features
const magic = "PLSM\x01"

// MarshalBinary encodes the model.
func (m *Model) MarshalBinary() ([]byte, error) {
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
	}
	var feats []slot
	for _, s := range m.table {
		if s.end != 0 {
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
		ws := m.weights[s.off:s.end]
		if len(ws) > 255 {
			return nil, errors.New("model: too many weights for one feature")
		}
		b = binary.LittleEndian.AppendUint32(b, s.hash)
		b = append(b, byte(len(ws)))
		for _, w := range ws {
			b = binary.LittleEndian.AppendUint16(b, w.head)
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
		m.head[name] = i
	}
	nf := int(r.u32())
	if r.err == nil && nf > len(r.b)/5 {
		return nil, errors.New("model: truncated")
	}
	m.table = make([]slot, tableSize(nf))
	var prev uint32
	for i := 0; i < nf && r.err == nil; i++ {
		h := r.u32()
		if i > 0 && h <= prev {
			return nil, errors.New("model: features out of order at " + strconv.Itoa(i))
		}
		prev = h
		off := uint32(len(m.weights))
		for n := int(r.u8()); n > 0 && r.err == nil; n-- {
			hd, w := r.u16(), int16(r.u16())
			if int(hd) >= nh {
				return nil, errors.New("model: weight for an unknown head")
			}
			m.weights = append(m.weights, weight{hd, w})
		}
		if end := uint32(len(m.weights)); end > off {
			m.insert(h, off, end)
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, errors.New("model: trailing bytes")
	}
	if m.Scale <= 0 || math.IsNaN(m.Scale) || math.IsInf(m.Scale, 0) {
		return nil, errors.New("model: bad scale")
	}
	return m, nil
}

func tableSize(n int) int {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return size
}

func (m *Model) insert(h, off, end uint32) {
	mask := uint32(len(m.table) - 1)
	i := h & mask
	for m.table[i].end != 0 {
		i = (i + 1) & mask
	}
	m.table[i] = slot{h, off, end}
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
