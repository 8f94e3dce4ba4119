package analyzer

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"
)

//go:embed rules
var rulesFS embed.FS

// entry is one rule: a named thing (a data type, a recipient, a right, a
// cue word...) and the phrases that express it. A pattern is words separated
// by spaces, with groups: "(a|b)" picks one, "[a|b]" may be left out. A
// pattern starting with "~" is weak: it is ambiguous on its own ("address",
// "content") and counts only next to a verb that makes its sense clear.
type entry struct {
	Class       string   `json:"-"`
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Group       string   `json:"group"`    // data types: OPP-115 group
	Category    string   `json:"category"` // OPP-115 practice category, where the class does not imply it
	Sensitive   bool     `json:"sensitive"`
	Explanation string   `json:"explanation"`
	Patterns    []string `json:"patterns"`
	idx         int32
	rule        string // "class.id"
	lowerName   string
}

// ruleFile is the layout of a rules/*.json file: a class and its entries.
type ruleFile struct {
	Class   string  `json:"class"`
	Entries []entry `json:"entries"`
}

// lexicon is the compiled rule set: every pattern of every entry in a token trie.
type lexicon struct {
	entries []entry
	vocab   map[string]int32
	root    *trieNode
	byClass map[string]map[string]*entry
	maxLen  int
	english []bool      // indexed by token id: a common English word (class "english")
	first   []*trieNode // root.next as a slice indexed by token id: the hot lookup
}

type trieNode struct {
	next map[int32]*trieNode // while compiling
	ids  []int32             // after compiling: child token ids, sorted
	kids []*trieNode         // the child for each id
	refs []ref               // entries whose pattern ends here
}

// freeze turns the children maps into sorted slices, which are faster to
// search than maps for the few children most nodes have.
func (n *trieNode) freeze() {
	for id := range n.next {
		n.ids = append(n.ids, id)
	}
	sort.Slice(n.ids, func(i, j int) bool { return n.ids[i] < n.ids[j] })
	for _, id := range n.ids {
		c := n.next[id]
		c.freeze()
		n.kids = append(n.kids, c)
	}
	n.next = nil
}

// child returns the child for token id, or nil.
func (n *trieNode) child(id int32) *trieNode {
	lo, hi := 0, len(n.ids)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if n.ids[m] < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(n.ids) && n.ids[lo] == id {
		return n.kids[lo]
	}
	return nil
}

// ref points from a trie node to an entry.
type ref struct {
	idx  int32
	weak bool
}

var (
	lexOnce sync.Once
	lex     *lexicon
	lexErr  error
)

// rules returns the compiled embedded rules. A broken rule file is a
// programming error caught by the tests, so it panics.
func rules() *lexicon {
	lexOnce.Do(func() { lex, lexErr = compileRules(rulesFS) })
	if lexErr != nil {
		panic("analyzer: " + lexErr.Error())
	}
	return lex
}

func compileRules(fsys fs.FS) (*lexicon, error) {
	names, err := fs.Glob(fsys, "rules/*.json")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	lx := &lexicon{vocab: map[string]int32{}, root: &trieNode{}, byClass: map[string]map[string]*entry{}}
	seen := map[string]bool{}
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		var files []ruleFile
		if err := json.Unmarshal(b, &files); err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		for _, f := range files {
			if f.Class == "" {
				return nil, fmt.Errorf("%s: a rule set without class", name)
			}
			for _, e := range f.Entries {
				e.Class = f.Class
				if e.ID == "" {
					return nil, fmt.Errorf("%s: %s entry without id", name, f.Class)
				}
				if seen[e.Class+"/"+e.ID] {
					return nil, fmt.Errorf("%s: duplicate %s/%s", name, e.Class, e.ID)
				}
				seen[e.Class+"/"+e.ID] = true
				e.idx = int32(len(lx.entries))
				lx.entries = append(lx.entries, e)
				if lx.byClass[e.Class] == nil {
					lx.byClass[e.Class] = map[string]*entry{}
				}
			}
		}
	}
	english := map[int32]bool{}
	for i := range lx.entries {
		e := &lx.entries[i]
		lx.byClass[e.Class][e.ID] = e
		e.rule = e.Class + "." + e.ID
		e.lowerName = strings.ToLower(e.Name)
		if e.Class == "english" {
			for _, p := range e.Patterns {
				english[lx.wordID(p)] = true
			}
			continue
		}
		for _, p := range e.Patterns {
			weak := strings.HasPrefix(p, "~")
			alts, err := expand(strings.TrimPrefix(p, "~"))
			if err != nil {
				return nil, fmt.Errorf("%s/%s: pattern %q: %v", e.Class, e.ID, p, err)
			}
			for _, alt := range alts {
				if err := lx.add(alt, ref{e.idx, weak}); err != nil {
					return nil, fmt.Errorf("%s/%s: pattern %q: %v", e.Class, e.ID, p, err)
				}
			}
		}
	}
	lx.english = make([]bool, len(lx.vocab)+1)
	for id := range english {
		lx.english[id] = true
	}
	lx.first = make([]*trieNode, len(lx.vocab)+1)
	for id, n := range lx.root.next {
		lx.first[id] = n
	}
	lx.root.freeze()
	return lx, nil
}

// wordID returns the vocabulary id of one word, adding it when new.
func (lx *lexicon) wordID(w string) int32 {
	b := stem([]byte(strings.ToLower(w)))
	id, ok := lx.vocab[string(b)]
	if !ok {
		id = int32(len(lx.vocab) + 1)
		lx.vocab[string(b)] = id
	}
	return id
}

// add puts one expanded phrase into the trie.
func (lx *lexicon) add(phrase string, r ref) error {
	tz := tokenizer{vocab: lx.vocab}
	toks := tz.tokenize(phrase, nil)
	if len(toks) == 0 {
		return fmt.Errorf("no words")
	}
	n := lx.root
	for _, t := range toks {
		tz.word(phrase, int(t.start))
		id := lx.wordID(string(tz.buf))
		if n.next == nil {
			n.next = map[int32]*trieNode{}
		}
		c := n.next[id]
		if c == nil {
			c = &trieNode{}
			n.next[id] = c
		}
		n = c
	}
	for i, x := range n.refs {
		if x.idx == r.idx {
			n.refs[i].weak = x.weak && r.weak // a strong pattern wins
			return nil
		}
	}
	n.refs = append(n.refs, r)
	if len(toks) > lx.maxLen {
		lx.maxLen = len(toks)
	}
	return nil
}

// expand turns a pattern with groups into plain phrases:
// "(a|b) c [d]" gives "a c d", "a c", "b c d", "b c". Groups may nest.
func expand(p string) ([]string, error) {
	out, rest, err := expandSeq(p, 0)
	if err != nil {
		return nil, err
	}
	if rest != len(p) {
		return nil, fmt.Errorf("unbalanced %c", p[rest])
	}
	for i := range out {
		out[i] = strings.Join(strings.Fields(out[i]), " ")
	}
	return out, nil
}

const maxExpansions = 20000

// dedupeStems drops alternatives that stem to the same words as an earlier
// one ("share|shares|shared" is one phrase to the matcher).
func dedupeStems(alts []string) []string {
	seen := map[string]bool{}
	out := alts[:0]
	for _, a := range alts {
		var key strings.Builder
		for _, w := range strings.Fields(strings.ToLower(a)) {
			key.Write(stem([]byte(w)))
			key.WriteByte(' ')
		}
		if !seen[key.String()] {
			seen[key.String()] = true
			out = append(out, a)
		}
	}
	return out
}

// expandSeq expands the sequence starting at p[i] up to an unmatched "|",
// ")" or "]" and returns where it stopped.
func expandSeq(p string, i int) ([]string, int, error) {
	out := []string{""}
	for i < len(p) {
		switch c := p[i]; c {
		case '|', ')', ']':
			return out, i, nil
		case '(', '[':
			closer := byte(')')
			if c == '[' {
				closer = ']'
			}
			var alts []string
			j := i + 1
			for {
				seq, k, err := expandSeq(p, j)
				if err != nil {
					return nil, 0, err
				}
				alts = append(alts, seq...)
				if k >= len(p) {
					return nil, 0, fmt.Errorf("unclosed %c", c)
				}
				if p[k] == '|' {
					j = k + 1
					continue
				}
				if p[k] != closer {
					return nil, 0, fmt.Errorf("%c closed by %c", c, p[k])
				}
				i = k + 1
				break
			}
			if c == '[' {
				alts = append(alts, "")
			}
			alts = dedupeStems(alts)
			next := make([]string, 0, len(out)*len(alts))
			for _, o := range out {
				for _, a := range alts {
					next = append(next, o+" "+a+" ")
				}
			}
			out = next
		default:
			j := i
			for j < len(p) && strings.IndexByte("()[]|", p[j]) < 0 {
				j++
			}
			for k := range out {
				out[k] += p[i:j]
			}
			i = j
		}
		if len(out) > maxExpansions {
			return nil, 0, fmt.Errorf("expands to more than %d phrases", maxExpansions)
		}
	}
	return out, i, nil
}

// hit is a match of one entry over tokens [from, to).
type hit struct {
	from, to int32
	e        *entry
	weak     bool
}

// match finds every pattern occurrence in toks. Matches never cross a
// comma, clause or sentence separator.
func (lx *lexicon) match(toks []token, dst []hit) []hit {
	for i := range toks {
		id := toks[i].id
		if id == 0 || int(id) >= len(lx.first) {
			continue
		}
		n := lx.first[id]
		for j := i; n != nil; {
			for _, x := range n.refs {
				dst = append(dst, hit{from: int32(i), to: int32(j + 1), e: &lx.entries[x.idx], weak: x.weak})
			}
			j++
			if j >= len(toks) || toks[j].sepBefore != sepSpace || toks[j].id == 0 || len(n.ids) == 0 {
				break
			}
			n = n.child(toks[j].id)
		}
	}
	return dst
}
