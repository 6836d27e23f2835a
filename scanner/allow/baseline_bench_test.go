package allow

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/envguard/envguard/scanner/pipeline"
)

// BenchmarkBaseline parses a 10,000-entry baseline and checks 10,000
// findings against it.
func BenchmarkBaseline(b *testing.B) {
	var fs []pipeline.Finding
	for i := 0; i < 10000; i++ {
		fs = append(fs, *finding("rule", fmt.Sprintf("src/f%d.py", i), fmt.Sprintf("secret-%d", i)))
	}
	var buf bytes.Buffer
	if err := WriteBaseline(&buf, nil, NewEntries(fs, nil)); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		base, err := ParseBaseline("b.json", data)
		if err != nil {
			b.Fatal(err)
		}
		for j := range fs {
			base.Check(&fs[j])
		}
	}
}
