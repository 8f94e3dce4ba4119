package analyzer

import "testing"

// BenchmarkSeedsRulesOnly analyses the seeds with the rules alone: beside
// BenchmarkSeeds, what the sentence model costs.
func BenchmarkSeedsRulesOnly(b *testing.B) {
	texts := loadAll(b, "seeds", "*.txt")
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	Analyze("warm up the rules")
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Analyze(t, WithModel(nil))
		}
	}
}
