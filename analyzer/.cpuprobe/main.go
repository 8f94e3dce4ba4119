package main

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/policylens/policylens/analyzer"
)

func cpu() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func main() {
	files, _ := filepath.Glob("/work/shared/corpus/tosback/*.md")
	var texts []string
	total := 0
	for _, f := range files {
		b, _ := os.ReadFile(f)
		texts = append(texts, string(b))
		total += len(b)
	}
	analyzer.Analyze("warm")
	c0 := cpu()
	for r := 0; r < 3; r++ {
		for _, t := range texts {
			analyzer.Analyze(t)
		}
	}
	d := cpu() - c0
	stopProf()
	fmt.Printf("cpu %.2fs for %d MB x3 = %.1f MB/s (cpu time)\n", d.Seconds(), total>>20, float64(3*total)/(1<<20)/d.Seconds())
}
