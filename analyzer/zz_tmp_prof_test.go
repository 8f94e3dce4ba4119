package analyzer
import "testing"
func BenchmarkZZCompile(b *testing.B) { for i := 0; i < b.N; i++ { if _, err := compileRules(rulesFS); err != nil { b.Fatal(err) } } }
