//go:build unix

package source

import (
	"bytes"
	"context"
	"io"
	"syscall"
	"testing"

	"github.com/envguard/envguard/scanner/pipeline"
)

// peakRSS reports the process's peak resident set size in MB. Run one
// benchmark at a time (-run XXX -bench NAME) for a meaningful number:
// the peak is the whole process's.
func peakRSS(b *testing.B) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err == nil {
		b.ReportMetric(float64(ru.Maxrss)/1024, "peak-RSS-MB") // Maxrss is in KB on Linux
	}
}

// BenchmarkAddedLinesNewlines is issue 14's case: a 10 MB file of
// newlines with one changed line (580 MB when both versions were split).
func BenchmarkAddedLinesNewlines(b *testing.B) {
	old := bytes.Repeat([]byte{'\n'}, 10<<20)
	changed := bytes.Clone(old)
	changed[5<<20] = 'x'
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		AddedLines(old, changed)
	}
	peakRSS(b)
}

// lineReader yields n bytes of 40-byte lines without holding them.
type lineReader struct{ left int }

func (r *lineReader) Read(p []byte) (int, error) {
	if r.left <= 0 {
		return 0, io.EOF
	}
	n := min(len(p), r.left)
	for i := 0; i < n; i++ {
		if (r.left-i)%40 == 0 {
			p[i] = '\n'
		} else {
			p[i] = 'a'
		}
	}
	r.left -= n
	return n, nil
}

// BenchmarkWindows256MB streams 256 MB of 40-byte lines through the
// windows, keeping none: what a window costs, padding included.
func BenchmarkWindows256MB(b *testing.B) {
	for i := 0; i < b.N; i++ {
		err := yieldWindows(context.Background(), "big", &lineReader{left: 256 << 20}, Options{}, func(pipeline.Fragment) error { return nil })
		if err != nil {
			b.Fatal(err)
		}
	}
	peakRSS(b)
}
