package analyzer

import (
	"strings"
	"sync"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
)

// The report's sections look a finding's id up in the rules of several
// classes (its data type, its recipient, its right...), and the checklist
// by its kind and id. A string-keyed map look-up costs about a hundred
// instructions; summarize instead numbers each finding's id once (its key,
// Finding.key), and the sections index slices by it.

// idKeys numbers the ids of a lexicon's entries and of the checklist: key
// k (from 1) is ids[k-1]; 0 is an id none of them has.
type idKeys struct {
	key   map[string]uint16
	n     int                         // keys, and the length of every slice indexed by key (with 0)
	class [numKeyedClasses]keyedClass // the entries of the classes the sections look up
	// personalInfo is the key of "personal-info" (see summary.addData)
	personalInfo uint16
	// covers holds, per key, the checks that a finding of that id covers
	// when its kind is the one named; star the checks that any id of a
	// kind covers ("contact:*").
	covers [][]kindCheck
	star   []kindCheck
}

// keyedClass holds the entries of one class in the order of the rules, and
// by key their index among them (-1 for an id the class has not): the
// sections gather what they read per entry in a slice of that length.
type keyedClass struct {
	at      []int16
	entries []*lexicon.Entry
}

// kindCheck is a check of the checklist that a finding of kind covers.
type kindCheck struct {
	kind  string
	check int
}

// The classes whose entries summarize and addFields look up by key.
const (
	keyDatatype = iota
	keyRecipient
	keyRight
	keySecurity
	keyLegalBasis
	keyPurpose
	keySource
	numKeyedClasses
)

var keyedClasses = [numKeyedClasses]string{"datatype", "recipient", "right", "security", "legal-basis", "purpose", "source"}

var (
	keysMu    sync.Mutex
	keysCache = map[*lexicon.Lexicon]*idKeys{}
)

// keysOf returns the idKeys of lx and the checklist, worked out once per
// lexicon.
func keysOf(lx *lexicon.Lexicon) *idKeys {
	keysMu.Lock()
	defer keysMu.Unlock()
	if k := keysCache[lx]; k != nil {
		return k
	}
	k := &idKeys{key: map[string]uint16{}}
	add := func(id string) uint16 {
		if x, ok := k.key[id]; ok {
			return x
		}
		k.n++
		k.key[id] = uint16(k.n)
		return uint16(k.n)
	}
	for i := range lx.Entries {
		add(lx.Entries[i].ID)
	}
	cs := &checklist
	for _, c := range cs.list {
		for _, a := range c.Any {
			if _, id, _ := strings.Cut(a, ":"); id != "*" {
				add(id)
			}
		}
	}
	k.n++ // key 0
	for c, name := range keyedClasses {
		kc := &k.class[c]
		kc.at = make([]int16, k.n)
		for x := range kc.at {
			kc.at[x] = -1
		}
		for i := range lx.Entries {
			// the entry that ByClass names (the last of an id given twice)
			if e := &lx.Entries[i]; e.Class == name && lx.ByClass[name][e.ID] == e {
				kc.at[k.key[e.ID]] = int16(len(kc.entries))
				kc.entries = append(kc.entries, e)
			}
		}
	}
	k.personalInfo = k.key["personal-info"]
	k.covers = make([][]kindCheck, k.n)
	for i, c := range cs.list {
		for _, a := range c.Any {
			kind, id, _ := strings.Cut(a, ":")
			if id == "*" {
				k.star = append(k.star, kindCheck{kind, i})
			} else {
				x := k.key[id]
				k.covers[x] = append(k.covers[x], kindCheck{kind, i})
			}
		}
	}
	keysCache[lx] = k
	return k
}

// keyFindings sets the key of each finding of r. Most findings are of a
// few ids: the keys met are remembered in slots by an id's length and its
// first and last bytes, and the map is asked only when the slot holds
// another id.
func (k *idKeys) keyFindings(r *Report) {
	var slots [64]struct {
		id  string
		key uint16
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		id := f.ID
		if len(id) == 0 {
			f.key = k.key[id]
			continue
		}
		sl := &slots[(len(id)*4^int(id[0])^int(id[len(id)-1])<<1)&(len(slots)-1)]
		if sl.id != id {
			sl.id, sl.key = id, k.key[id]
		}
		f.key = sl.key
	}
}

// index returns the index of the entry of class c (keyDatatype...) whose
// id has key x, among the class's entries, or -1.
func (k *idKeys) index(c int, x uint16) int { return int(k.class[c].at[x]) }

// entry returns the entry of class c whose id has key x, or nil.
func (k *idKeys) entry(c int, x uint16) *lexicon.Entry {
	if i := k.class[c].at[x]; i >= 0 {
		return k.class[c].entries[i]
	}
	return nil
}
