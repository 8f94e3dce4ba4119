package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/policylens/policylens/internal/decimal"
)

// progress draws analyze --jsonl's progress line on standard error when
// that is a terminal: lines done, the input read so far in MB/s and, when
// the input's size is known (standard input is a file), how far through it
// the run is and about how long is left. It redraws the one line in place,
// at most every redrawEvery, starts only after firstDraw (a short run shows
// nothing) and clears the line when the run ends, so that the summary or
// the shell prompt follows on a clean line.
type progress struct {
	w     io.Writer
	total int64 // bytes of input, 0 when unknown
	now   func() time.Time
	start time.Time
	next  time.Time // the earliest time of the next draw
	lines int
	bytes int64
	drawn bool
}

const (
	firstDraw   = 500 * time.Millisecond
	redrawEvery = 200 * time.Millisecond
)

// newProgress returns the progress line for reading in and writing the line
// to w, or nil when w is not a terminal.
func newProgress(in io.Reader, w io.Writer) *progress {
	if !isTerminal(w) {
		return nil
	}
	return startProgress(w, inputSize(in), time.Now)
}

// startProgress starts a progress line on w for total bytes of input (0
// when unknown), reading the time from now.
func startProgress(w io.Writer, total int64, now func() time.Time) *progress {
	t := now()
	return &progress{w: w, total: total, now: now, start: t, next: t.Add(firstDraw)}
}

// inputSize is how many bytes are left to read from in when it is a regular
// file, else 0.
func inputSize(in io.Reader) int64 {
	f, ok := in.(*os.File)
	if !ok {
		return 0
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return 0
	}
	pos, err := f.Seek(0, io.SeekCurrent)
	if err != nil {
		pos = 0
	}
	return max(st.Size()-pos, 0)
}

// done counts one line of size bytes (its line ending included) as written,
// and redraws when it is time.
func (p *progress) done(size int) {
	if p == nil {
		return
	}
	p.lines++
	p.bytes += int64(size)
	if t := p.now(); !t.Before(p.next) {
		p.next = t.Add(redrawEvery)
		fmt.Fprintf(p.w, "\r%s\x1b[K", p.text(t))
		p.drawn = true
	}
}

// finish clears the progress line, if one was drawn.
func (p *progress) finish() {
	if p != nil && p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// text is the progress line at time t, e.g. "policylens: 1,204 lines,
// 48.2 of 120.5 MB (40%), 15.1 MB/s, about 5 s left".
func (p *progress) text(t time.Time) string {
	elapsed := t.Sub(p.start).Seconds()
	rate := 0.0
	if elapsed > 0 {
		rate = float64(p.bytes) / elapsed
	}
	s := "policylens: " + decimal.Thousands(p.lines) + " lines, "
	unit, scale := "MB", 1e6
	if max(p.total, p.bytes) < 1e6 {
		unit, scale = "KB", 1e3
	}
	size := func(n int64) string { return fmt.Sprintf("%.1f", float64(n)/scale) }
	if p.total > 0 {
		done := min(p.bytes, p.total)
		s += fmt.Sprintf("%s of %s %s (%d%%)", size(done), size(p.total), unit, done*100/p.total)
	} else {
		s += size(p.bytes) + " " + unit
	}
	s += fmt.Sprintf(", %.1f MB/s", rate/1e6)
	if p.total > 0 && rate > 0 && p.bytes < p.total {
		s += ", about " + duration(float64(p.total-p.bytes)/rate) + " left"
	}
	return s
}

// duration writes secs as "7 s", "3 min 5 s" or "2 h 10 min".
func duration(secs float64) string {
	n := int(secs + 0.5)
	switch {
	case n < 60:
		return fmt.Sprintf("%d s", max(n, 1))
	case n < 3600:
		return fmt.Sprintf("%d min %d s", n/60, n%60)
	default:
		return fmt.Sprintf("%d h %d min", n/3600, n%3600/60)
	}
}
