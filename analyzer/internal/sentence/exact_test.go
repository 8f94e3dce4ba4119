package sentence

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// TestExactSpells holds spells' answer for a token the tokenizer marked
// TokExact (lexicon.Tables.Exact, no word compared) to its answer for the
// same token unmarked (the words of the set compared), for every grammar
// set, over every word of the shipped grammar sets as written, in capitals
// and with inflections after them.
func TestExactSpells(t *testing.T) {
	lx, err := lexicon.CompileRules(os.DirFS(filepath.Join("..", "..", "rules")), "en")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("We and our partners share the data with you; they use it for ads. ")
	for _, words := range lx.GWords {
		for _, w := range words {
			b.WriteString(w + " " + strings.ToUpper(w) + " " + w + "s " + w + "ed " + w + "ing, ")
		}
	}
	tz := text.Tokenizer{Words: &lx.Words}
	d := &Doc{Text: b.String(), Lexicon: lx}
	d.Toks = tz.Tokenize(d.Text, nil)
	exact := 0
	for k := range d.Toks {
		tok := &d.Toks[k]
		if tok.Flags&text.TokExact == 0 {
			continue
		}
		exact++
		plain := *tok
		plain.Flags &^= text.TokExact
		for g := range lx.GWords {
			g := lexicon.GrammarSet(g)
			if got, want := lx.MayBe(tok.ID, g) && d.spells(tok, g), lx.MayBe(plain.ID, g) && d.spells(&plain, g); got != want {
				t.Fatalf("%q in grammar set %d: %v marked exact, %v compared", d.Text[tok.Start:tok.End], g, got, want)
			}
		}
	}
	if exact < len(d.Toks)/8 {
		t.Fatalf("%d of %d tokens marked exact: too few for the test to say much", exact, len(d.Toks))
	}
}
