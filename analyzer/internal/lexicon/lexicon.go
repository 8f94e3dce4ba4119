package lexicon

import (
	"math/bits"

	"github.com/policylens/policylens/analyzer/internal/text"
)

// Entry is one rule: a named thing (a data type, a recipient, a right, a
// cue word...) as the engine reads it; the phrases that express it are its
// patterns in the tables (see ruleEntry for the rule files' form).
type Entry struct {
	// _ makes the type not comparable: no code compares two, so the
	// compiler writes no equality function for it, which the page's
	// WebAssembly would link through the type's descriptor.
	_           [0]func()
	Class       string
	ID          string
	Name        string
	Group       string // data types: OPP-115 group; purposes: their kind ("advertising")
	Category    string // OPP-115 practice category, where the class does not imply it
	Sensitive   bool
	Vague       bool      // data types: a name for any data about the reader ("your information", "information you provide")
	Choice      bool      // rights: a choice of the reader's over data ("unsubscribe", "disable cookies")
	Collects    bool      // recipients: they collect data themselves where a policy says it uses them ("we use analytics providers")
	Targeted    bool      // purposes: advertising aimed at the reader's behaviour or interests
	Explanation string    // the explanation its findings carry, when the rule file gives one
	Idx         int32     // its index in Tables.Entries
	Cls         class     // Class as a number, for the hot comparisons in dominated
	Grp         DataGroup // Group as a number, for the classes' tests of it
	Cat         Category  // Category as a number, for the classes' tests of it
	Side        int8      // 0, the number of its aside class (see ruleFile.Aside): hits are resolved only within it, or -1 in a lookup class (ruleFile.Lookup): looked up, never matched
	Prio        int8      // its class's priority or its own (see classPriority): which reading wins where hits overlap
	Rule        string    // "class.id"
	LowerName   string    // Name in lower case
	Explained   [6]string // explanations written ahead (see analyzer's explainAhead)
}

// class numbers the rule classes that overlap resolution tells apart; any
// other class is classOther. classOther and classCue come first (dominated
// tells the others by "> classCue").
type class uint8

const (
	classOther class = iota
	classCue
	ClassDatatype
	classPractice
	ClassRecipient
	ClassRight
	ClassHow
	classNotice
	classRetention
	ClassLegalBasis
	classSecurity
)

// DataGroup numbers the groups (Entry.Group: of data types, and the last
// three of purposes) that the engine tests, so that a test is one compare of a
// byte: in WebAssembly a compare with a string
// constant of 9 bytes or more is a call and a byte loop. Any other group is
// GroupOther; GroupNames spells them as the rule files do.
type DataGroup uint8

const (
	GroupOther DataGroup = iota
	GroupCookiesTracking
	GroupComputerInfo
	GroupGenericPersonal
	GroupUnspecified
	GroupUserProfile
	GroupOnlineActivities
	GroupIPDeviceIDs
	GroupContact
	GroupLocation
	GroupHealth
	GroupFinancial
	GroupSurvey
	GroupAnalytics
	GroupAdvertising
	GroupMarketing
	numGroups
)

// GroupNames are the groups of the DataGroups, as the rule files spell them.
var GroupNames = [numGroups]string{"", "cookies-tracking", "computer-info", "generic-personal", "unspecified", "user-profile",
	"online-activities", "ip-device-ids", "contact", "location", "health", "financial", "survey",
	"analytics", "advertising", "marketing"}

// groupOf is the DataGroup of group name g.
func groupOf(g string) DataGroup {
	for i := GroupOther + 1; i < numGroups; i++ {
		if GroupNames[i] == g {
			return i
		}
	}
	return GroupOther
}

// Category numbers the practice categories (Entry.Category) that the engine
// tests, as DataGroup does the groups: "user-choice" has as many bytes as
// "user-access", so a compare of the strings is a call for every right of
// either. Any other category is CategoryOther; CategoryNames spells them.
type Category uint8

const (
	CategoryOther Category = iota
	CategoryUserAccess
	numCategories
)

// CategoryNames are the categories of the Categories, as the rule files spell them.
var CategoryNames = [numCategories]string{"", "user-access"}

// categoryOf is the Category of category name c.
func categoryOf(c string) Category {
	for i := CategoryOther + 1; i < numCategories; i++ {
		if CategoryNames[i] == c {
			return i
		}
	}
	return CategoryOther
}

// Tables is a rule set compiled for matching: the entries, the vocabulary,
// every pattern as a run of slots over token ids, the indexes that say which
// patterns can start at a token, and the word and grammar sets by token id.
// It is plain data: CompileRules makes it from the rule files, and the
// analyzer ships it as a Go literal written ahead (rules_en_tables.go), so that
// nothing is compiled or allocated when a program starts.
type Tables struct {
	Entries  []Entry
	Words    text.VocabTable // normalised word -> token id
	Patterns []Pattern       // in rule order
	Slots    []Slot          // the slots of every pattern, pattern after pattern
	IDs      []int32         // token ids of the slots' alternatives (see Slot)
	Bits     []uint64        // bit sets over token ids, BitWords each (see Slot.Bits)
	BitWords int32
	// startAt is, by token id, where its ShortPats start in the high 32
	// bits, how many they are shifted left by one, and bit 0 set when it
	// starts a pair: one word where Match read four (0 in the low 32 bits:
	// the token starts no pattern).
	startAt   []uint64
	ShortPats []Candidate // the patterns that can match one token alone (and maybe more), by that token
	Pairs     PairTable   // the other patterns, by the first two tokens of their matches (and the first token's ShortPats with them)
	Longer    []Longer    // the slots' longer alternatives, slot after slot (see Slot.Longer)
	MaxLen    int32       // the longest match any pattern can make, in tokens
	WordSets  []WordBits
	Grammar   []GrammarBits
	GWords    [numGrammar][]string // the words of each grammar set
	Refs      [numRefs]int32       // entry index of each rule the engine names (see KnownRules), -1 when absent
	abbrevs   text.Abbreviations   // of GWords (see Abbreviations and indexAbbreviations)
	// exact is, by token id, the grammar sets that hold the word its stem
	// is spelled as (see Exact and indexExact).
	exact []GrammarBits
}

// WordBits are the word sets a token id is in, a bit each (bit w of word
// w>>6).
type WordBits [(numWordSets + 63) / 64]uint64

// GrammarBits are the grammar sets that hold a word of a token id's stem, a
// bit each; IsWord then compares the word itself.
type GrammarBits [(numGrammar + 63) / 64]uint64

// Pattern is one rule phrase compiled to slots over token ids: "(share|
// disclose) [your] information" is three slots, the second optional. Slots
// keep alternatives side by side, so a pattern costs what it says, not the
// product of its alternatives.
type Pattern struct {
	Slot   int32 // its slots are Tables.Slots[Slot:Slot+NSlots]
	NSlots int32
	Entry  int32
	Weak   bool // "~": ambiguous on its own, counts only next to a verb that makes its sense clear
	Opens  bool // "^": matches only at the start of a line, sentence or clause
	Word   bool // one slot of one-word alternatives: a match is the token it is indexed by
	Plain  bool // two slots or more, none optional, of one-word alternatives: matched in one loop
	// Third has the bits (IDBits) of each token id that can be the third
	// of a match, when every match is three tokens or more; none when a
	// match can be shorter. A start whose third token's bit is clear is
	// passed over before slot-by-slot matching (by its Candidate's 64
	// bits first). indexSlots works it out.
	Third IDBits
	// Singles has bit id&63 of each one-token alternative of the slots a
	// match can start in; a first token whose bit is clear starts a longer
	// alternative, and then ThirdLonger, the same as Third for the matches
	// that start so, holds its third token (none when such a match can be
	// shorter).
	Singles     uint64
	ThirdLonger IDBits
	// Need has the bits (IDBits) of each token that can fill one of its
	// required slots after the first two (the one with the fewest such
	// bits): a match lies within a run of tokens no separator but a comma
	// breaks, so a run none of whose tokens has one of these bits holds no
	// match, and Match passes over it before slot-by-slot matching.
	// AnyToken when it has no such slot.
	Need IDBits
	// Need2 is the same for the slot with the next fewest bits (AnyToken
	// when it has one such slot or none).
	Need2 IDBits
}

// IDBits is a set of token ids by their low eight bits (bit id&255): a
// clear bit rules out every id that has it. Of 64 bits (id&63), the tokens
// of a run filled so many that a pattern's required slots ruled out one
// try in four that fails slot by slot; of 256, one in two.
type IDBits [4]uint64

// AnyToken is the IDBits of every token id.
var AnyToken = IDBits{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}

// add adds token id to b.
func (b *IDBits) add(id int32) { b[id>>6&3] |= 1 << (id & 63) }

// has reports whether b has the bit of token id.
func (b *IDBits) has(id int32) bool { return b[id>>6&3]&(1<<(id&63)) != 0 }

// or adds c's bits to b.
func (b *IDBits) or(c *IDBits) { b[0], b[1], b[2], b[3] = b[0]|c[0], b[1]|c[1], b[2]|c[2], b[3]|c[3] }

// fold is b in 64 bits: bit id&63 of each token id it has.
func (b *IDBits) fold() uint64 { return b[0] | b[1] | b[2] | b[3] }

// meets reports whether b and c share a bit.
func (b *IDBits) meets(c *IDBits) bool {
	return b[0]&c[0]|b[1]&c[1]|b[2]&c[2]|b[3]&c[3] != 0
}

// count is how many bits b has.
func (b *IDBits) count() int {
	return bits.OnesCount64(b[0]) + bits.OnesCount64(b[1]) + bits.OnesCount64(b[2]) + bits.OnesCount64(b[3])
}

// Slot is one position of a pattern: a choice between token sequences.
type Slot struct {
	ID         int32 // the one-token alternative when there is just one (NSingle 1)
	Single     int32 // one-token alternatives: Tables.IDs[Single:Single+NSingle], sorted
	NSingle    int32
	Bits       int32 // the same as a bit set, Tables.Bits[Bits:Bits+BitWords], when there are many; -1 otherwise
	Multi      int32 // longer alternatives from Tables.IDs[Multi:], each its length then its ids
	NMulti     int32
	Longer     int32  // the same, indexed: Tables.Longer[Longer:Longer+NMulti]
	Mask       uint64 // bit id&63 of each one-token alternative: a token whose bit is clear is none of them
	LongerMask uint64 // the same for the first tokens of the longer alternatives
	Optional   bool
	Comma      bool // a comma may stand before it in the text ("access, update")
	// Name marks an optional slot without alternatives that holds one
	// capitalised name, known to the rules or not ("[{name}]": "your
	// WhatsApp account"; see Tables.Name). Two required slots come before
	// it, so a match never starts in it.
	Name bool
}

// Longer is a slot's alternative of two tokens or more: its first token id,
// beside it, so that a slot's alternatives that cannot match at a token are
// passed over in one comparison each; the rest is Tables.IDs[At+1:][:n],
// where n is Tables.IDs[At].
type Longer struct {
	First int32
	At    int32
}

// indexSlots fills Longer and each slot's index into it, each slot's Mask
// and LongerMask, and each pattern's Third, from the slots' alternatives in
// IDs, which it expects checked.
func (t *Tables) indexSlots() {
	t.Longer = t.Longer[:0]
	for k := range t.Slots {
		s := &t.Slots[k]
		s.Mask = 0
		for _, id := range t.IDs[s.Single : s.Single+s.NSingle] {
			s.Mask |= 1 << (id & 63)
		}
		s.Longer, s.LongerMask = int32(len(t.Longer)), 0
		at := s.Multi
		for range s.NMulti {
			t.Longer = append(t.Longer, Longer{First: t.IDs[at+1], At: at})
			s.LongerMask |= 1 << (t.IDs[at+1] & 63)
			at += 1 + t.IDs[at]
		}
	}
	for k := range t.Patterns {
		p := &t.Patterns[k]
		p.Third = IDBits{}
		slots := t.Slots[p.Slot : p.Slot+p.NSlots]
		if third, short := t.thirds(slots, 0); !short {
			p.Third = third
		}
		p.Singles, p.ThirdLonger = 0, IDBits{}
		for k := range slots {
			p.Singles |= slots[k].Mask
			if !slots[k].Optional {
				break
			}
		}
		if third, short := t.longerThirds(slots); !short {
			p.ThirdLonger = third
		}
		p.Need, p.Need2 = AnyToken, AnyToken
		for k := range slots {
			// (The tokens of its first two slots are those the match is
			// tried at: the run holds them.)
			if s := &slots[k]; k >= 2 && !s.Optional && !s.Name {
				var m IDBits
				for _, id := range t.IDs[s.Single : s.Single+s.NSingle] {
					m.add(id)
				}
				for _, l := range t.Longer[s.Longer : s.Longer+s.NMulti] {
					m.add(l.First)
				}
				switch {
				case m.count() < p.Need.count():
					p.Need, p.Need2 = m, p.Need
				case m.count() < p.Need2.count():
					p.Need2 = m
				}
			}
		}
	}
}

// longerThirds is thirds for the matches of slots that start with a longer
// alternative.
func (t *Tables) longerThirds(slots []Slot) (third IDBits, short bool) {
	for k := range slots {
		s := &slots[k]
		at := s.Multi
		for range s.NMulti {
			n, seq := t.IDs[at], t.IDs[at+1:at+1+t.IDs[at]]
			if n > 2 {
				third.add(seq[2])
			} else {
				b, sh := t.thirds(slots[k+1:], n)
				third.or(&b)
				short = short || sh
			}
			at += 1 + n
		}
		if !s.Optional {
			break
		}
	}
	return third, short
}

// thirds returns the bits of the tokens that can be the third of a
// match of slots that has pos tokens before them (pos < 3), and whether
// such a match can end before its third token.
func (t *Tables) thirds(slots []Slot, pos int32) (third IDBits, short bool) {
	if len(slots) == 0 {
		return IDBits{}, true
	}
	s := &slots[0]
	add := func(b IDBits, sh bool) {
		third.or(&b)
		short = short || sh
	}
	if s.Optional {
		add(t.thirds(slots[1:], pos))
	}
	if s.Name {
		if pos == 2 {
			return AnyToken, short // any token can be the name
		}
		add(t.thirds(slots[1:], pos+1))
	}
	if s.NSingle > 0 {
		if pos == 2 {
			for _, id := range t.IDs[s.Single : s.Single+s.NSingle] {
				third.add(id)
			}
		} else {
			add(t.thirds(slots[1:], pos+1))
		}
	}
	at := s.Multi
	for range s.NMulti {
		n, seq := t.IDs[at], t.IDs[at+1:at+1+t.IDs[at]]
		if pos+n > 2 {
			third.add(seq[2-pos])
		} else {
			add(t.thirds(slots[1:], pos+n))
		}
		at += 1 + n
	}
	return third, short
}

// Lexicon is a compiled rule set ready for use: its tables, and its entries
// by class and id.
type Lexicon struct {
	Tables
	ByClass map[string]map[string]*Entry
	// lookup is, by token id, the entries of the lookup classes the word
	// is in (see Lookup): lookupWords[lookup[id]:lookup[id+1]].
	lookup      []int32
	lookupWords []int32
}

// Lookup returns the entry of rule class class, one whose rule file says
// "lookup", that token id is a word of ("one" is entry 1 of class
// "number"), or nil.
func (lx *Lexicon) Lookup(id int32, class string) *Entry {
	if uint(id)+1 >= uint(len(lx.lookup)) || lx.lookup[id] == lx.lookup[id+1] {
		return nil // most words: inlined, no call
	}
	return lx.lookupIn(id, class)
}

// lookupIn is Lookup for a word of some lookup class.
func (lx *Lexicon) lookupIn(id int32, class string) *Entry {
	for _, i := range lx.lookupWords[lx.lookup[id]:lx.lookup[id+1]] {
		if lx.Entries[i].Class == class {
			return &lx.Entries[i]
		}
	}
	return nil
}

// New returns the lexicon of tables t, which it keeps and never changes.
func New(t *Tables) *Lexicon {
	lx := &Lexicon{Tables: *t, ByClass: map[string]map[string]*Entry{}}
	for i := range lx.Entries {
		e := &lx.Entries[i]
		if lx.ByClass[e.Class] == nil {
			lx.ByClass[e.Class] = map[string]*Entry{}
		}
		lx.ByClass[e.Class][e.ID] = e
	}
	lx.lookup = make([]int32, len(lx.WordSets)+1) // token ids are 1..len(WordSets)-1
	for pass := 0; pass < 2; pass++ {             // count, then place
		for _, p := range lx.Patterns {
			if lx.Entries[p.Entry].Side >= 0 {
				continue
			}
			s := &lx.Slots[p.Slot]
			for _, id := range lx.IDs[s.Single : s.Single+s.NSingle] {
				if pass == 0 {
					lx.lookup[id+1]++
				} else {
					lx.lookupWords[lx.lookup[id]] = p.Entry
					lx.lookup[id]++
				}
			}
		}
		if pass == 0 {
			for id := 1; id < len(lx.lookup); id++ {
				lx.lookup[id] += lx.lookup[id-1]
			}
			lx.lookupWords = make([]int32, lx.lookup[len(lx.lookup)-1])
		}
	}
	// The second pass moved each start to the next id's: move them back.
	copy(lx.lookup[1:], lx.lookup[:len(lx.lookup)-1])
	lx.lookup[0] = 0
	return lx
}

// InSet reports whether token id is in word set w.
func (t *Tables) InSet(id int32, w WordSet) bool {
	i := uint(id) // unsigned: one bounds check, not two (ids are never negative)
	return i < uint(len(t.WordSets)) && t.WordSets[i].Has(w)
}

// noSets are the word sets of a token id outside the tables: none.
var noSets WordBits

// Sets returns the word sets token id is in, for testing several of them
// with one lookup (see WordBits.Has).
func (t *Tables) Sets(id int32) *WordBits {
	if i := uint(id); i < uint(len(t.WordSets)) {
		return &t.WordSets[i]
	}
	return &noSets
}

// Has reports whether word set w is among b.
func (b *WordBits) Has(w WordSet) bool { return b[w>>6]&(1<<(w&63)) != 0 }

// Abbreviations are the rules' words whose stop ends no sentence, and the
// words that open one after them (grammar sets stop-abbreviations,
// numbered-abbreviations and sentence-openers), for text.BuildStructure.
func (t *Tables) Abbreviations() *text.Abbreviations { return &t.abbrevs }

// indexAbbreviations sets what Abbreviations returns, once the grammar
// sets' words are known.
func (t *Tables) indexAbbreviations() {
	t.abbrevs = text.NewAbbreviations(t.GWords[GStopAbbrevs], t.GWords[GNumberedAbbrevs], t.GWords[GSentenceOpeners])
}

// Exact reports whether the word spelled as token id's stem is one of
// grammar set g: for a token written as its stem (text.TokExact), whether
// it is one of g's words, without comparing it with them.
func (t *Tables) Exact(id int32, g GrammarSet) bool {
	i := uint(id)
	return i < uint(len(t.exact)) && t.exact[i][g>>6]&(1<<(g&63)) != 0
}

// indexExact sets what Exact reads, once the grammar sets' words and the
// vocabulary's hash table are known.
func (t *Tables) indexExact() {
	t.exact = make([]GrammarBits, len(t.Words.Ends))
	for g, words := range t.GWords {
		for _, w := range words {
			if s := text.Stem([]byte(w)); string(s) == w { // lower case already (compileGrammar)
				if id := t.Words.Lookup(s); id > 0 {
					t.exact[id][g>>6] |= 1 << (g & 63)
				}
			}
		}
	}
}

// MayBe reports whether token id is the stem of a word of grammar set g:
// most tokens are ruled out by it before their words are compared.
func (t *Tables) MayBe(id int32, g GrammarSet) bool {
	i := uint(id)
	return i < uint(len(t.Grammar)) && t.Grammar[i][g>>6]&(1<<(g&63)) != 0
}

// Hit is a match of one entry over tokens [from, to).
type Hit struct {
	From, To int32
	Entry    int32 // index of the entry in lexicon.entries
	Weak     bool
}
