package report

import (
	"fmt"
	"io"
	"testing"

	"github.com/envguard/envguard/scanner/pipeline"
)

// BenchmarkReport writes 10,000 findings in each format.
func BenchmarkReport(b *testing.B) {
	var fs []pipeline.Finding
	for i := 0; i < 10000; i++ {
		f := sampleFindings()[i%2]
		f.Path = fmt.Sprintf("src/pkg%d/file%d.py", i%50, i)
		fs = append(fs, f)
	}
	for _, format := range Formats() {
		b.Run(format, func(b *testing.B) {
			r, _ := New(format, Options{Version: "bench"})
			for i := 0; i < b.N; i++ {
				if err := r.Report(io.Discard, fs, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
