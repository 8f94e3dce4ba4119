package lexicon

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/policylens/policylens/analyzer/internal/text"
	"github.com/policylens/policylens/internal/minijson"
)

// Entry is one rule: a named thing (a data type, a recipient, a right, a
// cue word...) and the phrases that express it. A pattern is words separated
// by spaces, with groups: "(a|b)" picks one, "[a|b]" may be left out. A
// pattern starting with "~" is weak: it is ambiguous on its own ("address",
// "content") and counts only next to a verb that makes its sense clear.
type Entry struct {
	Class       string   `json:"-"`
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Group       string   `json:"group"`    // data types: OPP-115 group
	Category    string   `json:"category"` // OPP-115 practice category, where the class does not imply it
	Sensitive   bool     `json:"sensitive"`
	Vague       bool     `json:"vague"`    // data types: a name for any data about the reader ("your information", "information you provide")
	Choice      bool     `json:"choice"`   // rights: a choice of the reader's over data ("unsubscribe", "disable cookies")
	Collects    bool     `json:"collects"` // recipients: they collect data themselves where a policy says it uses them ("we use analytics providers")
	Targeted    bool     `json:"targeted"` // purposes: advertising aimed at the reader's behaviour or interests
	Explanation string   `json:"explanation"`
	Patterns    []string `json:"patterns"`
	idx         int32
	Cls         class  // Class as a number, for the hot comparisons in dominated
	Side        int8   // 0, or the number of its aside class (see ruleFile.Aside): hits are resolved only within it
	prio        int8   // its class's priority or its own (see classPriority): which reading wins where hits overlap
	Rule        string // "class.id"
	LowerName   string
	Explained   [6]string // explanations written ahead (see explain)
	Priority    *int8     `json:"priority"` // its own priority in overlap resolution, instead of its class's
}

// class numbers the rule classes that overlap resolution tells apart; any
// other class is classOther.
type class uint8

const (
	classOther class = iota
	classCue
	ClassDatatype
	classPractice
	ClassRecipient
	classRight
	ClassHow
	classNotice
	classRetention
)

var classes = map[string]class{"cue": classCue, "datatype": ClassDatatype, "practice": classPractice, "recipient": ClassRecipient,
	"right": classRight, "how": ClassHow, "notice": classNotice, "retention": classRetention}

// ruleFile is the layout of a rule file (rules/<language>/*.json): a class
// and its entries.
type ruleFile struct {
	Class   string  `json:"class"`
	Aside   bool    `json:"aside"` // its hits stand aside from the other classes' (see Resolve)
	Entries []Entry `json:"entries"`
}

// Lexicon is the compiled rule set: every pattern of every entry as a
// sequence of slots over token ids, indexed by the tokens it can start with
// (see index).
type Lexicon struct {
	Entries  []Entry
	Vocab    map[string]int32 // normalised word -> id, while compiling
	Words    text.VocabTable  // the same, for looking up input words
	ByClass  map[string]map[string]*Entry
	patterns []pattern
	short    [][]int32 // token id -> patterns that can match that token alone (and maybe more)
	pairs    pairTable // first and second token ids -> the other patterns that can start with them
	maxLen   int
	Sets     [numWordSets][]bool  // word sets (class "words"), each indexed by token id
	Grammar  [numGrammar]exactSet // grammar sets (class "grammar"): exact words
	Refs     [numRefs]int32       // entry index of each rule the engine names (see knownRules), -1 when absent
}

// ref points from a pattern to an entry.
type ref struct {
	idx  int32
	weak bool
}

// CompileRules compiles the rule files *.json of folder dir of fsys.
func CompileRules(fsys fs.FS, dir string) (*Lexicon, error) {
	names, err := fs.Glob(fsys, dir+"/*.json")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	lx := &Lexicon{Vocab: map[string]int32{}, ByClass: map[string]map[string]*Entry{}}
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
				e.Class = f.Class
				e.Side = sides[f.Class]
				if e.ID == "" {
					return nil, fmt.Errorf("%s: %s entry without id", name, f.Class)
				}
				if seen[e.Class+"/"+e.ID] {
					return nil, fmt.Errorf("%s: duplicate %s/%s", name, e.Class, e.ID)
				}
				seen[e.Class+"/"+e.ID] = true
				e.idx = int32(len(lx.Entries))
				lx.Entries = append(lx.Entries, e)
				if lx.ByClass[e.Class] == nil {
					lx.ByClass[e.Class] = map[string]*Entry{}
				}
			}
		}
	}
	sets := map[string][]int32{}
	for i := range lx.Entries {
		e := &lx.Entries[i]
		lx.ByClass[e.Class][e.ID] = e
		e.Rule = e.Class + "." + e.ID
		e.prio = 1
		if p, ok := classPriority[e.Class]; ok {
			e.prio = p
		}
		if e.Priority != nil {
			e.prio = *e.Priority
		}
		e.Cls = classes[e.Class]
		e.LowerName = strings.ToLower(e.Name)
		if e.Class == "grammar" {
			continue // see compileGrammar
		}
		if e.Class == "words" {
			for _, p := range e.Patterns {
				if strings.ContainsAny(p, " ()[]~") {
					return nil, fmt.Errorf("words/%s: %q is not one word", e.ID, p)
				}
				sets[e.ID] = append(sets[e.ID], lx.wordID(p))
			}
			continue
		}
		for _, p := range e.Patterns {
			weak := strings.HasPrefix(p, "~")
			pt, err := lx.compilePattern(strings.TrimPrefix(p, "~"))
			if err != nil {
				return nil, fmt.Errorf("%s/%s: pattern %q: %v", e.Class, e.ID, p, err)
			}
			pt.ref = ref{e.idx, weak}
			lx.patterns = append(lx.patterns, pt)
		}
	}
	for w, name := range WordSetNames {
		ids := sets[name] // TestRuleFiles checks that the shipped rules have each
		delete(sets, name)
		lx.Sets[w] = make([]bool, len(lx.Vocab)+1)
		for _, id := range ids {
			lx.Sets[w][id] = true
		}
	}
	for name := range sets {
		return nil, fmt.Errorf("words/%s: a word set the engine does not use", name)
	}
	if err := lx.compileGrammar(); err != nil {
		return nil, err
	}
	lx.resolveRefs()
	lx.index()
	lx.Words = text.NewVocabTable(lx.Vocab)
	return lx, nil
}

// wordID returns the vocabulary id of one word, adding it when new.
func (lx *Lexicon) wordID(w string) int32 {
	b := text.Stem([]byte(strings.ToLower(w)))
	id, ok := lx.Vocab[string(b)]
	if !ok {
		id = int32(len(lx.Vocab) + 1)
		lx.Vocab[string(b)] = id
	}
	return id
}

// Hit is a match of one entry over tokens [from, to).
type Hit struct {
	From, To int32
	Entry    int32 // index of the entry in lexicon.entries
	Weak     bool
}
