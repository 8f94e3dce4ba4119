package text

import (
	"fmt"
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
	with, without := Tokenizer{Words: &tb, WordHash: fnvHash}, Tokenizer{Words: &tb, WordHash: fnvHash}
	for round := range 2 {
		for n, s := range texts {
			if msg := samePlainRun(&with, &without, s); msg != "" {
				t.Fatalf("round %d, text %d: %s", round, n, msg)
			}
		}
	}
}

// FuzzPlainRun is TestPlainRun's comparison of the tokens Tokenize makes
// with and without plainRun, for any text, read twice.
func FuzzPlainRun(f *testing.F) {
	for _, s := range []string{"We share your e-mail with Acme.com partners, e.g. for ads.\nWe don't SELL it (see [here](x)).",
		"abcdefghijklmnop.x Abcdefghijklmnopq 12345678 1234567 COVID19 I a Privacy\xe2\x80\x99s"} {
		f.Add(s)
	}
	tb := NewVocabTable([]string{"", "we", "share", "your", "email", "e", "mail", "partner", "acme", "abcdefghijklmnop", "privaci", "a", "i"})
	f.Fuzz(func(t *testing.T, s string) {
		with, without := Tokenizer{Words: &tb, WordHash: fnvHash}, Tokenizer{Words: &tb, WordHash: fnvHash}
		for range 2 {
			if msg := samePlainRun(&with, &without, s); msg != "" {
				t.Fatal(msg)
			}
		}
	})
}

func fnvHash(w []byte) uint32 { h := fnv.New32a(); h.Write(w); return h.Sum32() }

// samePlainRun tokenizes s with plainRun (with) and without it (without)
// and describes the first token that differs, "" when none does.
func samePlainRun(with, without *Tokenizer, s string) string {
	defer func() { plainRuns = true }()
	plainRuns = true
	got := with.Tokenize(s, nil)
	plainRuns = false
	want := without.Tokenize(s, nil)
	if len(got) != len(want) {
		return fmt.Sprintf("%d tokens, want %d", len(got), len(want))
	}
	for k := range got {
		if got[k] != want[k] {
			return fmt.Sprintf("token %d %q: %+v, want %+v", k, s[want[k].Start:want[k].End], got[k], want[k])
		}
	}
	return ""
}
