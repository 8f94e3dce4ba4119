package text

import (
	"encoding/binary"
	"errors"
	"math/bits"
)

// VocabTable maps a normalised word to its vocabulary id. It is a read-only
// open-addressing hash table built once from the compiled rules: the
// tokenizer looks up every word of the input. A word is read eight bytes at
// a time: its first eight are kept beside its id, so that most look-ups
// compare one number and never the bytes. It is plain data, so that the
// compiled rules can be written ahead as a Go literal.
type VocabTable struct {
	Slots []uint16 // word ids by hash, len a power of two; 0 marks an empty slot
	Heads []uint64 // by id: the word's first eight bytes, little-endian, zero-padded
	Ends  []uint32 // by id: where the word ends in Words; it starts where the previous one ends
	Words string   // every word, back to back, by id
}

// NewVocabTable builds the table of the words, each with its index in words
// as its id (words[0], id 0, is none).
func NewVocabTable(words []string) VocabTable {
	t := VocabTable{Ends: make([]uint32, len(words))}
	var all []byte
	for id, w := range words {
		all = append(all, w...)
		t.Ends[id] = uint32(len(all))
	}
	t.Words = string(all)
	if err := t.Index(); err != nil {
		panic("text: " + err.Error())
	}
	return t
}

// Index builds the hash table (Slots, Heads) of the words that Words and
// Ends hold, at most half full.
func (t *VocabTable) Index() error {
	if len(t.Ends) > 1<<16 {
		return errors.New("more than 65,536 words in a vocabulary")
	}
	n := 16
	for n < 2*len(t.Ends) {
		n *= 2
	}
	t.Slots, t.Heads = make([]uint16, n), make([]uint64, len(t.Ends))
	for id := 1; id < len(t.Ends); id++ {
		start, end := t.Ends[id-1], t.Ends[id]
		if start > end || int(end) > len(t.Words) {
			return errors.New("a word beyond the vocabulary's text")
		}
		head, h := hashWord([]byte(t.Words[start:end]))
		t.Heads[id] = head
		i := h & uint32(n-1)
		for t.Slots[i] != 0 {
			i = (i + 1) & uint32(n-1)
		}
		t.Slots[i] = uint16(id)
	}
	return nil
}

// Lookup returns the id of w, 0 when w is not in the vocabulary.
func (t *VocabTable) Lookup(w []byte) int32 {
	if len(t.Slots) == 0 {
		return 0
	}
	var head uint64
	var h uint32
	if len(w) <= 8 {
		head = load8(w)
		h = shortHash(head) // hashWord's, inline
	} else {
		head, h = hashWord(w)
	}
	mask := uint32(len(t.Slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		id := t.Slots[i]
		if id == 0 {
			return 0
		}
		if t.Heads[id] != head {
			continue
		}
		start, end := t.Ends[id-1], t.Ends[id]
		if int(end-start) == len(w) && (len(w) <= 8 || t.Words[start+8:end] == string(w[8:])) {
			return int32(id)
		}
	}
}

// hashWord returns the first eight bytes of w as a number (little-endian,
// zero-padded) and a hash of all of w. A word of eight bytes or fewer, most
// words, is its head: one multiplication hashes it.
func hashWord(w []byte) (head uint64, h uint32) {
	head = load8(w)
	if len(w) <= 8 {
		return head, shortHash(head)
	}
	x := head ^ uint64(len(w))*0x9E3779B97F4A7C15
	for i := 8; i < len(w); i += 8 {
		x = mix(x, load8(w[i:]))
	}
	return head, uint32(mix(x, 0) >> 32)
}

// shortHash is the hash of a word of eight bytes or fewer, whose head is
// the whole word.
func shortHash(head uint64) uint32 { return uint32(head * 0x9E3779B97F4A7C15 >> 32) }

// mix folds v into the hash x (a multiply-and-fold step, as in wyhash).
func mix(x, v uint64) uint64 {
	hi, lo := bits.Mul64(x^v^0xA0761D6478BD642F, 0xE7037ED1A0B428DB)
	return hi ^ lo
}

// load8 returns the first eight bytes of b, little-endian, zero-padded. It
// reads them in one step when b has room for eight (the tokenizer's buffer
// has), masking what lies past its end.
func load8(b []byte) uint64 {
	if cap(b) < 8 {
		return loadShort(b)
	}
	v := binary.LittleEndian.Uint64(b[:8:8])
	if len(b) < 8 {
		v &= 1<<(8*len(b)) - 1
	}
	return v
}

// loadShort is load8 of a slice without room for eight bytes.
func loadShort(b []byte) uint64 {
	var v uint64
	for i := len(b) - 1; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v
}
