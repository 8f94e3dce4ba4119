package analyzer

import (
	"os"
	"strings"
	"testing"
)

func loadAll(b *testing.B, sub, pattern string) []string {
	var out []string
	for _, p := range corpusFiles(b, sub, pattern) {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, string(data))
	}
	return out
}

func benchTexts(b *testing.B, texts []string) {
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	Analyze("warm up the rules")
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			Analyze(t)
		}
	}
}

// BenchmarkSeeds analyses the five seed policies.
func BenchmarkSeeds(b *testing.B) { benchTexts(b, loadAll(b, "seeds", "*.txt")) }

// BenchmarkTosback analyses all 422 TOSBack policies.
func BenchmarkTosback(b *testing.B) { benchTexts(b, loadAll(b, "tosback", "*.md")) }

// BenchmarkSize shows the cost is linear in input size: 10 KB, 1 MB, 10 MB
// made of real policies back to back.
func BenchmarkSize(b *testing.B) {
	all := strings.Join(loadAll(b, "tosback", "*.md"), "\n\n")
	for _, size := range []struct {
		name string
		n    int
	}{{"10KB", 10 << 10}, {"1MB", 1 << 20}, {"10MB", MaxInputBytes}} {
		text := all
		for len(text) < size.n {
			text += "\n\n" + all
		}
		text = strings.ToValidUTF8(text[:size.n], "")
		b.Run(size.name, func(b *testing.B) { benchTexts(b, []string{text}) })
	}
}
