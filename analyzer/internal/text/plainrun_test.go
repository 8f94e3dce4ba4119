package text

import (
	"hash/fnv"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPlainRun compares the tokens Tokenize makes with plainRun, its loop
// for plain words, and without it, over the rule cases, the sample
// policies and texts made of pieces that stop it (line breaks, tags,
// addresses, apostrophes, mojibake, digits, hyphens, long words), read
// twice so that the second reading finds the words' ids remembered.
func TestPlainRun(t *testing.T) {
	var texts []string
	for _, pat := range []string{"../../testdata/cases/*.txt", "../../../testdata/policies/*.txt"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	if len(texts) < 10 {
		t.Fatalf("%d texts", len(texts))
	}
	pieces := []string{"We", "share", "SHARE", "Share", "your", "e-mail", "e-mail.", "privacy@acme.example", "acme.com", "acme.co.uk/privacy",
		"https://x.example/a", "www.acme.example", "http", "how", "web", "don't", "don’t", "donâ€™t", "Café", "naïve", "3rd", "2024", "123456",
		"1234567", "COVID19", "e.g.", "i.e.", "U.S.", "3.5", "capping.The", "Inc.", "abcdefgh", "abcdefghi", "informationsharing", "Informationsharingpartners",
		"ABCDEFGHIJKLMNOP", "AbCdEfGhIjKlMnO", "abcdefghijklmnop.x", "Abcdefghijklmnop.", "abcdefgh12345678.x", "abcdefghijklmnopq", "12345678", "1234567812345678.1", "<p>", "<b>", "</p>", "<script>x=1;</script>", "[link](https://x.example)", "[a]", "(b)", "-", "--", "—", "–", "\n", "\n\n",
		"\n- ", "\n1. ", ",", ";", ":", ".", "!", "?", "'", "\"", "(", ")", " ", "  ", "\t", "@", "var x = {a: 1};\n", "。", "データ", "\u200b", "Â ", "\xff", "x", "A", "I"}
	rng := rand.New(rand.NewSource(1))
	for range 300 {
		var b strings.Builder
		for range 5 + rng.Intn(200) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
			if rng.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	// A vocabulary of every third word the texts hold, and a hash.
	var words []string
	seen := map[string]bool{}
	for _, s := range texts {
		for k, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r >= 0x80 || !IsASCIIAlnum(byte(r)) }) {
			if st := string(Stem([]byte(w))); k%3 == 0 && !seen[st] {
				seen[st] = true
				words = append(words, st)
			}
		}
	}
	tb := NewVocabTable(append([]string{""}, words...))
	hash := func(w []byte) uint32 { h := fnv.New32a(); h.Write(w); return h.Sum32() }
	with, without := Tokenizer{Words: &tb, WordHash: hash}, Tokenizer{Words: &tb, WordHash: hash}
	defer func() { plainRuns = true }()
	for round := range 2 {
		for n, s := range texts {
			plainRuns = true
			got := with.Tokenize(s, nil)
			plainRuns = false
			want := without.Tokenize(s, nil)
			if len(got) != len(want) {
				t.Fatalf("round %d, text %d: %d tokens, want %d", round, n, len(got), len(want))
			}
			for k := range got {
				if got[k] != want[k] {
					t.Fatalf("round %d, text %d, token %d %q: %+v, want %+v", round, n, k, s[want[k].Start:want[k].End], got[k], want[k])
				}
			}
		}
	}
}
