//go:build !js

// The rule compiler is for go generate and the tests, which run natively:
// programs read the tables compiled ahead (Decode), and the browser builds
// leave it out, with what it imports (fmt, io/fs, and through them os and
// time).

package lexicon

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/policylens/policylens/analyzer/internal/text"
	"github.com/policylens/policylens/internal/minijson"
)

// ruleFile is the layout of a rule file (rules/<language>/*.json): a class
// and its entries.
type ruleFile struct {
	Class string `json:"class"`
	Aside bool   `json:"aside"` // its hits stand aside from the other classes' (see Resolve)
	// Lookup: its entries are words looked up one at a time (Lexicon.Lookup:
	// a number's value, a unit's length), never matched in a text; each
	// pattern is one word or a group of single words.
	Lookup  bool        `json:"lookup"`
	Entries []ruleEntry `json:"entries"`
}

// ruleEntry is an entry as a rule file writes it: an Entry and the phrases
// that express it. A pattern is words separated by spaces, with groups:
// "(a|b)" picks one, "[a|b]" may be left out. A pattern starting with "~" is
// weak: it is ambiguous on its own ("address", "content") and counts only
// next to a verb that makes its sense clear.
type ruleEntry struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Group       string   `json:"group"`
	Category    string   `json:"category"`
	Sensitive   bool     `json:"sensitive"`
	Vague       bool     `json:"vague"`
	Choice      bool     `json:"choice"`
	Collects    bool     `json:"collects"`
	Targeted    bool     `json:"targeted"`
	Explanation string   `json:"explanation"`
	Patterns    []string `json:"patterns"`
	Priority    *int8    `json:"priority"` // its own priority in overlap resolution, instead of its class's
}

var classes = map[string]class{"cue": classCue, "datatype": ClassDatatype, "practice": classPractice, "recipient": ClassRecipient,
	"right": ClassRight, "how": ClassHow, "notice": classNotice, "retention": classRetention,
	"legal-basis": ClassLegalBasis, "security": classSecurity}

// compiler holds what CompileRules works out before it writes the tables.
type compiler struct {
	t        *Tables
	vocab    map[string]int32 // normalised word -> id
	patterns []pattern
	byClass  map[string]map[string]int32
}

// pattern and slot are a Pattern and its Slots while compiling.
type pattern struct {
	slots []slot
	entry int32
	weak  bool
	opens bool
}

type slot struct {
	single   []int32   // one-token alternatives, sorted
	multi    [][]int32 // longer alternatives
	optional bool
	comma    bool
	name     bool // "[{name}]": one capitalised name (see Slot.Name)
}

// ReadRuleFiles reads the rule files *.json of folder dir of fsys, in name
// order: each file's entries with their class and patterns.
func ReadRuleFiles(fsys fs.FS, dir string) ([]RuleSource, error) {
	names, err := fs.Glob(fsys, dir+"/*.json")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []RuleSource
	seen := map[string]bool{}
	sides := map[string]int8{}
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		var files []ruleFile
		if err := minijson.Unmarshal(b, &files); err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		for _, f := range files {
			if f.Class == "" {
				return nil, fmt.Errorf("%s: a rule set without class", name)
			}
			if f.Aside && sides[f.Class] == 0 {
				sides[f.Class] = int8(len(sides) + 1)
			}
			for _, e := range f.Entries {
				if e.ID == "" {
					return nil, fmt.Errorf("%s: %s entry without id", name, f.Class)
				}
				if seen[f.Class+"/"+e.ID] {
					return nil, fmt.Errorf("%s: duplicate %s/%s", name, f.Class, e.ID)
				}
				seen[f.Class+"/"+e.ID] = true
				side := sides[f.Class]
				if f.Lookup {
					side = -1
				}
				out = append(out, RuleSource{Class: f.Class, ID: e.ID, Patterns: e.Patterns, entry: e, side: side})
			}
		}
	}
	return out, nil
}

// RuleSource is an entry as its rule file writes it: its class, id and
// patterns.
type RuleSource struct {
	Class, ID string
	Patterns  []string
	entry     ruleEntry
	side      int8 // see Entry.Side
}

// CompileRules compiles the rule files *.json of folder dir of fsys.
func CompileRules(fsys fs.FS, dir string) (*Lexicon, error) {
	src, err := ReadRuleFiles(fsys, dir)
	if err != nil {
		return nil, err
	}
	c := &compiler{t: &Tables{}, vocab: map[string]int32{}, byClass: map[string]map[string]int32{}}
	for _, s := range src {
		re := s.entry
		e := Entry{Class: s.Class, ID: re.ID, Name: re.Name, Group: re.Group, Category: re.Category,
			Sensitive: re.Sensitive, Vague: re.Vague, Choice: re.Choice, Collects: re.Collects, Targeted: re.Targeted, Explanation: re.Explanation, Side: s.side,
			Idx: int32(len(c.t.Entries)), Cls: classes[s.Class], Grp: groupOf(re.Group), Cat: categoryOf(re.Category), Prio: 1, Rule: s.Class + "." + re.ID, LowerName: strings.ToLower(re.Name)}
		if e.Class == "words" || e.Class == "grammar" {
			e.Explanation = "" // word sets make no findings: their explanations are for readers of the rule files
		}
		if p, ok := classPriority[e.Class]; ok {
			e.Prio = p
		}
		if re.Priority != nil {
			e.Prio = *re.Priority
		}
		if c.byClass[e.Class] == nil {
			c.byClass[e.Class] = map[string]int32{}
		}
		c.byClass[e.Class][e.ID] = e.Idx
		c.t.Entries = append(c.t.Entries, e)
	}
	sets := map[string][]int32{}
	for i, s := range src {
		switch s.Class {
		case "grammar":
			continue // see compileGrammar
		case "words":
			for _, p := range s.Patterns {
				if strings.ContainsAny(p, " ()[]~") {
					return nil, fmt.Errorf("words/%s: %q is not one word", s.ID, p)
				}
				sets[s.ID] = append(sets[s.ID], c.wordID(p))
			}
			continue
		}
		for _, p := range s.Patterns {
			if s.side < 0 && strings.ContainsAny(p, " []~") {
				return nil, fmt.Errorf("%s/%s: %q is not one word, nor a group of single words, as a lookup class needs", s.Class, s.ID, p)
			}
			weak := strings.HasPrefix(p, "~")
			pt, err := c.compilePattern(strings.TrimPrefix(p, "~"))
			if err != nil {
				return nil, fmt.Errorf("%s/%s: pattern %q: %v", s.Class, s.ID, p, err)
			}
			pt.entry, pt.weak = int32(i), weak
			c.patterns = append(c.patterns, pt)
		}
	}
	grammar, err := c.compileGrammar(src)
	if err != nil {
		return nil, err
	}
	n := len(c.vocab) + 1 // token ids are 1..len(vocab); 0 is no word of the rules
	c.t.WordSets = make([]WordBits, n)
	for w, name := range WordSetNames {
		for _, id := range sets[name] { // TestRuleFiles checks that the shipped rules have each
			c.t.WordSets[id][w>>6] |= 1 << (w & 63)
		}
		delete(sets, name)
	}
	for name := range sets {
		return nil, fmt.Errorf("words/%s: a word set the engine does not use", name)
	}
	c.t.Grammar = make([]GrammarBits, n)
	for g, ids := range grammar {
		for _, id := range ids {
			c.t.Grammar[id][g>>6] |= 1 << (g & 63)
		}
	}
	c.resolveRefs()
	c.index()
	words := make([]string, n)
	for w, id := range c.vocab {
		words[id] = w
	}
	c.t.Words = text.NewVocabTable(words)
	c.t.indexExact()
	return New(c.t), nil
}

// wordID returns the vocabulary id of one word, adding it when new.
func (c *compiler) wordID(w string) int32 {
	b := text.Stem([]byte(strings.ToLower(w)))
	id, ok := c.vocab[string(b)]
	if !ok {
		id = int32(len(c.vocab) + 1)
		c.vocab[string(b)] = id
	}
	return id
}

// compileGrammar reads the grammar sets: each a list of words matched
// exactly. Their words join the vocabulary, so that a token's id rules out
// most sets at once. It returns the ids of each set's words. A set the
// engine names but the rules lack is empty (TestRuleFiles checks that the
// shipped rules have each).
func (c *compiler) compileGrammar(src []RuleSource) ([numGrammar][]int32, error) {
	var ids [numGrammar][]int32
	byName := map[string]int{}
	for g, name := range GrammarNames {
		byName[name] = g
	}
	for _, s := range src {
		if s.Class != "grammar" {
			continue
		}
		g, ok := byName[s.ID]
		if !ok {
			return ids, fmt.Errorf("grammar/%s: a grammar set the engine does not use", s.ID)
		}
		for _, w := range s.Patterns {
			// ("you've": one apostrophe between letters, a word spelled so;
			// its token is the word without it, see sentence.Doc.spells.)
			bare := strings.Replace(w, "'", "", 1)
			if len(bare) == 0 || strings.Trim(bare, "abcdefghijklmnopqrstuvwxyz") != "" || w[0] == '\'' || w[len(w)-1] == '\'' {
				return ids, fmt.Errorf("grammar/%s: %q is not one lower-case ASCII word (with at most one apostrophe within)", s.ID, w)
			}
			c.t.GWords[g] = append(c.t.GWords[g], w)
		}
	}
	for g, words := range c.t.GWords {
		for _, w := range words {
			ids[g] = append(ids[g], c.wordID(strings.Replace(w, "'", "", 1)))
		}
	}
	return ids, nil
}

// resolveRefs finds the entry of each rule the engine names (-1 when the
// rules lack it; TestRuleFiles checks that the shipped rules have each).
func (c *compiler) resolveRefs() {
	for r, k := range KnownRules {
		c.t.Refs[r] = -1
		if i, ok := c.byClass[k.Class][k.ID]; ok {
			c.t.Refs[r] = i
		}
	}
}

// nameGroup is the group of a pattern that may hold one capitalised name.
const nameGroup = "[{name}]"

// maxAlternatives bounds what one group may expand to when groups nest.
const maxAlternatives = 4096

// compilePattern parses a pattern: words separated by spaces, "(a|b)" for
// one of, "[a|b]" for optionally one of; groups may nest. A comma after a
// word or group lets a comma stand there in the text ("access, (update|
// delete)"); elsewhere a match never crosses punctuation. A leading "^"
// matches only where a line, sentence or clause starts (list items of
// purposes: "^(improving|providing)" for "- Improving the Site;"). The
// group "[{name}]" may hold one capitalised name that no rule knows, between
// a possessive and its noun ("delete your [{name}] account" for "delete your
// WhatsApp account"); two required words or groups must come before it, so
// that the pair index and Pattern.Third stay exact about a match's first
// two tokens.
func (c *compiler) compilePattern(p string) (pattern, error) {
	var pt pattern
	comma := false
	if rest, ok := strings.CutPrefix(p, "^"); ok {
		pt.opens, p = true, rest
	}
	if strings.ContainsAny(strings.ReplaceAll(p, nameGroup, ""), "?*+{}\\^$") {
		return pt, fmt.Errorf("regular-expression syntax; use (a|b) and [optional]")
	}
	for i := 0; i < len(p); {
		switch ch := p[i]; ch {
		case '(', '[':
			end, err := closing(p, i)
			if err != nil {
				return pt, err
			}
			if p[i:end+1] == nameGroup {
				pt.slots = append(pt.slots, slot{optional: true, name: true, comma: comma})
				comma = false
				i = end + 1
				continue
			}
			alts, err := c.alternatives(p[i+1 : end])
			if err != nil {
				return pt, err
			}
			s := slot{optional: ch == '[', comma: comma}
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
			return pt, fmt.Errorf("unbalanced %c", ch)
		case ',':
			comma = true
			i++
		default:
			j := i
			for j < len(p) && strings.IndexByte("()[]|,", p[j]) < 0 {
				j++
			}
			for _, id := range c.tokenIDs(p[i:j]) {
				pt.slots = append(pt.slots, slot{single: []int32{id}, comma: comma})
				comma = false
			}
			i = j
		}
	}
	required, before := false, 0
	for k, s := range pt.slots {
		if s.name && (before < 2 || s.comma) {
			return pt, fmt.Errorf("%s needs two required words or groups before it, and no comma", nameGroup)
		}
		if !s.optional {
			before++
		}
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
func (c *compiler) alternatives(inner string) ([][]int32, error) {
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
		seqs, err := c.sequences(inner[start:j])
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
func (c *compiler) sequences(alt string) ([][]int32, error) {
	if strings.TrimSpace(alt) == "" {
		return [][]int32{nil}, nil
	}
	pt, err := c.compilePattern(alt)
	if err != nil && err.Error() != "matches no words" {
		return nil, err
	}
	out := [][]int32{nil}
	for _, s := range pt.slots {
		if s.name {
			return nil, fmt.Errorf("%s inside a group", nameGroup)
		}
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
func (c *compiler) tokenIDs(words string) []int32 {
	tz := text.Tokenizer{}
	var ids []int32
	for _, t := range tz.Tokenize(words, nil) {
		tz.Word(words, int(t.Start))
		ids = append(ids, c.wordID(string(tz.Buf)))
	}
	return ids
}

// index writes the patterns into the tables, the longest match any pattern
// can make, and which patterns can start at a token (indexPatterns, which
// Decode runs too).
func (c *compiler) index() {
	t := c.t
	n := len(c.vocab) + 1
	t.BitWords = int32((n + 63) / 64)
	for pi := range c.patterns {
		p := &c.patterns[pi]
		plain := true
		for _, s := range p.slots {
			plain = plain && !s.optional && s.multi == nil
		}
		t.Patterns = append(t.Patterns, Pattern{Slot: int32(len(t.Slots)), NSlots: int32(len(p.slots)), Entry: p.entry,
			Weak: p.weak, Opens: p.opens, Word: plain && len(p.slots) == 1, Plain: plain && len(p.slots) > 1})
		for _, s := range p.slots {
			t.Slots = append(t.Slots, c.packSlot(s))
		}
		var longest int32
		for _, s := range p.slots {
			l := 0
			if len(s.single) > 0 {
				l = 1
			}
			for _, m := range s.multi {
				l = max(l, len(m))
			}
			longest += int32(l)
		}
		t.MaxLen = max(t.MaxLen, longest)
	}
	t.indexSlots()
	t.indexPatterns(n)
	t.indexAbbreviations()
}

// packSlot writes the alternatives of s into the tables and returns its Slot.
func (c *compiler) packSlot(s slot) Slot {
	t := c.t
	out := Slot{Single: int32(len(t.IDs)), NSingle: int32(len(s.single)), Bits: -1,
		NMulti: int32(len(s.multi)), Optional: s.optional, Comma: s.comma, Name: s.name}
	t.IDs = append(t.IDs, s.single...)
	if len(s.single) == 1 {
		out.ID = s.single[0]
	}
	out.Multi = int32(len(t.IDs))
	for _, m := range s.multi {
		t.IDs = append(t.IDs, int32(len(m)))
		t.IDs = append(t.IDs, m...)
	}
	if len(s.single) > bitsAbove {
		out.Bits = int32(len(t.Bits))
		bits := make([]uint64, t.BitWords)
		for _, id := range s.single {
			bits[id>>6] |= 1 << (uint(id) & 63)
		}
		t.Bits = append(t.Bits, bits...)
	}
	return out
}
