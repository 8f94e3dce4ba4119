package lexicon

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/policylens/policylens/analyzer/internal/text"
)

// BenchmarkMatch matches the shipped English rules over the tokens of the
// TOSBack policies (../shared/corpus beside the repository), and resolves
// their overlaps: the second pass alone.
func BenchmarkMatch(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "..", "shared", "corpus", "tosback", "*.md"))
	if len(files) == 0 {
		b.Skip("no corpus beside the repository")
	}
	lx, err := CompileRules(os.DirFS(filepath.Join("..", "..", "rules")), "en")
	if err != nil {
		b.Fatal(err)
	}
	var docs [][]text.Token
	size := 0
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		tz := text.Tokenizer{Words: &lx.Words}
		docs = append(docs, tz.Tokenize(string(data), nil))
		size += len(data)
	}
	var raw, hits, aside []Hit
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, toks := range docs {
			raw = lx.Match(toks, raw[:0])
			hits, aside = Resolve(lx, raw, hits[:0], aside[:0])
		}
	}
}
