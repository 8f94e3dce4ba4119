package analyzer

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// TestMatchThird checks that passing over a pattern by its third token
// (lexicon.Pattern.Third and ThirdLonger), or by the tokens of its required
// slots that its run lacks (Need, Need2), loses no match: the rules match the same hits,
// in the same order, with and without it, over the test policies and,
// when the corpus is there, the first fifty TOSBack policies.
func TestMatchThird(t *testing.T) {
	lx := rules()
	plain := *lx
	plain.Patterns = slices.Clone(lx.Patterns)
	filtered := 0
	for i := range plain.Patterns {
		if plain.Patterns[i].Third != (lexicon.IDBits{}) || plain.Patterns[i].ThirdLonger != (lexicon.IDBits{}) || plain.Patterns[i].Need != lexicon.AnyToken {
			filtered++
		}
		plain.Patterns[i].Third, plain.Patterns[i].ThirdLonger, plain.Patterns[i].Need, plain.Patterns[i].Need2 = lexicon.IDBits{}, lexicon.IDBits{}, lexicon.AnyToken, lexicon.AnyToken
	}
	// The candidates Match tries carry their patterns' thirds.
	plain.ShortPats, plain.Pairs.Pats = slices.Clone(lx.ShortPats), slices.Clone(lx.Pairs.Pats)
	candidates := 0
	for _, cs := range [][]lexicon.Candidate{plain.ShortPats, plain.Pairs.Pats} {
		for i := range cs {
			if cs[i].Third != 0 {
				candidates++
			}
			cs[i].Third = 0
		}
	}
	if filtered == 0 || candidates == 0 {
		t.Fatal("no pattern has a third-token filter")
	}
	files, _ := filepath.Glob("../testdata/policies/*.txt")
	if dir := corpusDir(t); dir != "" {
		tos, _ := filepath.Glob(filepath.Join(dir, "tosback", "*.md"))
		files = append(files, tos[:min(len(tos), 50)]...)
	}
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		tz := text.Tokenizer{Words: &lx.Words}
		toks := tz.Tokenize(string(b), nil)
		got, want := lx.Match(toks, nil), plain.Match(toks, nil)
		if !slices.Equal(got, want) {
			t.Errorf("%s: %d hits with the third-token filter, %d without", filepath.Base(path), len(got), len(want))
		}
		if len(want) == 0 {
			t.Errorf("%s: no hits", filepath.Base(path))
		}
	}
	t.Logf("%d texts, %d of %d patterns filtered by their third token or their required slots (%d candidates by their third)", len(files), filtered, len(lx.Patterns), candidates)
}
