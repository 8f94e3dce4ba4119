package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
)

// TestProgressText checks the progress line's wording, with and without a
// known input size.
func TestProgressText(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		total, bytes int64
		lines        int
		after        time.Duration
		want         string
	}{
		{0, 30e6, 1204, 2 * time.Second, "policylens: 1,204 lines, 30.0 MB, 15.0 MB/s"},
		{120e6, 30e6, 1204, 2 * time.Second, "policylens: 1,204 lines, 30.0 of 120.0 MB (25%), 15.0 MB/s, about 6 s left"},
		{120e6, 1e6, 7, 10 * time.Second, "policylens: 7 lines, 1.0 of 120.0 MB (0%), 0.1 MB/s, about 19 min 50 s left"},
		{50e9, 1e9, 1234567, 100 * time.Second, "policylens: 1,234,567 lines, 1000.0 of 50000.0 MB (2%), 10.0 MB/s, about 1 h 21 min left"},
		{120e6, 120e6, 9, 8 * time.Second, "policylens: 9 lines, 120.0 of 120.0 MB (100%), 15.0 MB/s"},
		{0, 0, 0, 0, "policylens: 0 lines, 0.0 KB, 0.0 MB/s"},
		{2500, 1000, 3, time.Second, "policylens: 3 lines, 1.0 of 2.5 KB (40%), 0.0 MB/s, about 2 s left"},
	}
	for _, tc := range tests {
		p := startProgress(&bytes.Buffer{}, tc.total, func() time.Time { return t0 })
		p.lines, p.bytes = tc.lines, tc.bytes
		if got := p.text(t0.Add(tc.after)); got != tc.want {
			t.Errorf("total %d, %d bytes, %d lines after %v:\n got %q\nwant %q", tc.total, tc.bytes, tc.lines, tc.after, got, tc.want)
		}
	}
}

// TestProgressJSONL runs analyze --jsonl with a progress line and a clock
// that moves 100 ms per reading: nothing is drawn in the first half second,
// then the line is redrawn in place no more often than every 200 ms, the
// bytes it counts are every byte of the input (blank lines included), and
// the line is cleared at the end.
func TestProgressJSONL(t *testing.T) {
	var in strings.Builder
	for i := range 40 {
		in.WriteString(`{"id":` + strings.Repeat("1", i%3+1) + `,"text":"We collect your email address and share it with advertisers."}` + "\n")
		if i%10 == 0 {
			in.WriteString("\n  \r\n")
		}
	}
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	clock := t0
	var errb, out bytes.Buffer
	p := startProgress(&errb, int64(in.Len()), func() time.Time { clock = clock.Add(100 * time.Millisecond); return clock })
	lines, failed, err := analyzeJSONL(strings.NewReader(in.String()), &out, 3, p)
	p.finish()
	if err != nil || lines != 40 || failed != 0 {
		t.Fatalf("lines %d, failed %d, err %v", lines, failed, err)
	}
	if p.bytes != int64(in.Len()) {
		t.Errorf("the progress counted %d bytes of %d", p.bytes, in.Len())
	}
	// The clock reads 0.1 s at the start and 0.2 ... 4.1 s after each line:
	// the first draw comes at 0.6 s (line 5), then every 200 ms (18 draws,
	// the last at 4.0 s, line 39), then the clearing.
	draws := strings.Split(errb.String(), "\r")
	if len(draws) != 1+18+1 || draws[0] != "" || draws[len(draws)-1] != "\x1b[K" {
		t.Fatalf("%d pieces of the progress output: %q", len(draws), errb.String())
	}
	if first := draws[1]; !strings.HasPrefix(first, "policylens: 5 lines, ") || !strings.HasSuffix(first, " left\x1b[K") {
		t.Errorf("first draw %q", first)
	}
	if last := draws[len(draws)-2]; !strings.HasPrefix(last, "policylens: 39 lines, ") || !strings.Contains(last, "(97%)") {
		t.Errorf("last draw %q", last)
	}
}

// TestProgressOnlyOnTerminal: the progress line is for people watching a
// terminal; a pipe or a buffer gets none, and a file's size is what is
// left to read of it.
func TestProgressOnlyOnTerminal(t *testing.T) {
	if newProgress(strings.NewReader(""), &bytes.Buffer{}) != nil {
		t.Error("a progress line for a buffer")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if newProgress(r, w) != nil {
		t.Error("a progress line for a pipe")
	}
	if n := inputSize(r); n != 0 {
		t.Errorf("a pipe's size %d", n)
	}
	f, err := os.CreateTemp(t.TempDir(), "in")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	f.WriteString("0123456789")
	f.Seek(4, 0)
	if n := inputSize(f); n != 6 {
		t.Errorf("a file read from byte 4 of 10: size %d, want 6", n)
	}
}
