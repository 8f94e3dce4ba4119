package e2e

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// corpusRoot is the research corpus folder: $POLICYLENS_CORPUS, or
// ../shared/corpus beside the repository. A fresh clone has none.
func corpusRoot(t testing.TB) string {
	if d := os.Getenv("POLICYLENS_CORPUS"); d != "" {
		return d
	}
	return filepath.Join(repoRoot(t), "..", "shared", "corpus")
}

// namedPolicy is a policy text and the file it came from.
type namedPolicy struct{ name, text string }

// fallbackOnce logs the switch to the project's own policies once per run.
var fallbackOnce sync.Once

// seedPolicies returns the corpus's seed policies, sorted by name, or, when
// the corpus is not there (a fresh clone), the policies the project wrote
// itself: testdata/policies/*.txt and the page's example.
func seedPolicies(t testing.TB) []namedPolicy {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(corpusRoot(t), "seeds", "*.txt"))
	if len(files) == 0 {
		fallbackOnce.Do(func() {
			fmt.Fprintf(os.Stderr, "e2e: no corpus seeds in %s: using the project's own policies in testdata/policies\n", corpusRoot(t))
		})
		root := repoRoot(t)
		files, _ = filepath.Glob(filepath.Join(root, "testdata", "policies", "*.txt"))
		files = append(files, filepath.Join(root, "wasm", "page", "example.txt"))
	}
	slices.Sort(files)
	out := make([]namedPolicy, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, namedPolicy{filepath.Base(f), string(b)})
	}
	if len(out) < 2 {
		t.Fatalf("fewer than two seed policies in %s and testdata/policies", corpusRoot(t))
	}
	return out
}

// longPolicy returns a policy too long for a #r= link: the smallest TOSBack
// policy over 90 KB from the corpus or, without the corpus, one of the
// project's own policies followed by a long generated list of partner
// companies (random names compress poorly, as real long policies do).
func longPolicy(t testing.TB) string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(corpusRoot(t), "tosback", "*.md"))
	type sized struct {
		path string
		size int64
	}
	var big []sized
	for _, f := range files {
		if st, err := os.Stat(f); err == nil && st.Size() > 90_000 {
			big = append(big, sized{f, st.Size()})
		}
	}
	if len(big) == 0 {
		return generatedLongPolicy(seedPolicies(t)[0].text)
	}
	slices.SortFunc(big, func(a, b sized) int { return int(a.size - b.size) })
	b, err := os.ReadFile(big[0].path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// generatedLongPolicy appends about 90 KB of made-up partner names to base,
// the same on every run.
func generatedLongPolicy(base string) string {
	syllables := strings.Fields("ka ven tor mi lo sar den qua bri fel nox ru pa zet hol ari mon tes vi gra ul pen dro sca")
	rng := rand.New(rand.NewPCG(18, 17))
	var b strings.Builder
	b.WriteString(base)
	b.WriteString("\n\nAppendix: our service providers\nWe share personal information with the following service providers: ")
	for i := 0; b.Len() < len(base)+90_000; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		for range 2 + rng.IntN(3) {
			b.WriteString(syllables[rng.IntN(len(syllables))])
		}
		b.WriteString([]string{" Ltd", " GmbH", " Inc.", " SAS", " BV"}[rng.IntN(5)])
	}
	b.WriteString(".\n")
	return b.String()
}
