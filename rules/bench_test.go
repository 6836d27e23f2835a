package rules

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// benchCorpus is a realistic mix of text without secrets: Go source from
// the standard library, the generated lockfiles, minified JS, JSON, CSS
// and YAML of the corpus's negatives, repeated to a few MB. Files in which
// the ruleset finds anything are left out, so the benchmark measures the
// no-secret path a pre-commit hook takes on almost every commit.
func benchCorpus(tb testing.TB, set *Set) [][]byte {
	clean, _ := benchFiles(tb, set)
	return clean
}

// benchFiles returns the files of the benchmark corpus in which the set
// finds nothing, padded to 4 MB, and how many files it dropped.
func benchFiles(tb testing.TB, set *Set) ([][]byte, int) {
	tb.Helper()
	var files [][]byte
	c := newCorpus()
	genNegatives(c)
	for path, b := range c.files {
		if strings.HasPrefix(path, "negative/") {
			files = append(files, b.Bytes())
		}
	}
	for _, dir := range []string{"net/http", "encoding/json", "go/parser", "text/template", "crypto/tls"} {
		ms, _ := filepath.Glob(filepath.Join(runtime.GOROOT(), "src", dir, "*.go"))
		for _, m := range ms {
			if strings.HasSuffix(m, "_test.go") {
				continue
			}
			if b, err := os.ReadFile(m); err == nil {
				files = append(files, b)
			}
		}
	}
	var clean [][]byte
	total, dropped := 0, 0
	for _, f := range files {
		found := false
		set.Match(f, func(Match) { found = true })
		if found {
			dropped++
			continue
		}
		clean = append(clean, f)
		total += len(f)
	}
	if total == 0 {
		tb.Skip("no benchmark corpus: GOROOT sources missing")
	}
	for total < 4<<20 {
		n := len(clean)
		for i := 0; i < n && total < 4<<20; i++ {
			clean = append(clean, clean[i])
			total += len(clean[i])
		}
	}
	return clean, dropped
}

// BenchmarkMatch measures Set.Match with the full built-in ruleset on text
// without secrets, on one goroutine. MB/s is per wall-clock second;
// MB/s-cpu divides by the CPU time the process used, the per-core figure
// when other processes share the machine.
func BenchmarkMatch(b *testing.B) {
	set := MustCompile(Builtin())
	if err := set.CompileAll(); err != nil {
		b.Fatal(err)
	}
	files := benchCorpus(b, set)
	size := 0
	for _, f := range files {
		size += len(f)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, f := range files {
			set.Match(f, func(Match) {})
		}
	}
	// On a shared machine wall time counts the time other processes held
	// the core; CPU time is the per-core cost (garbage collection included).
	if used := cpuTime() - cpu; used > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/used.Seconds()/1e6, "MB/s-cpu")
	}
}

// TestBenchCorpusHasNoSecrets keeps the benchmark honest: the ruleset
// reports nothing in the corpus's negatives and the standard library
// sources it is made of (a file dropped is a false positive), so the
// benchmark measures that text rather than what is left of it.
func TestBenchCorpusHasNoSecrets(t *testing.T) {
	set := MustCompile(Builtin())
	files, dropped := benchFiles(t, set)
	if dropped > 0 {
		t.Errorf("the ruleset reports something in %d benchmark files, which hold no secrets", dropped)
	}
	var all bytes.Buffer
	for _, f := range files[:min(len(files), 50)] {
		all.Write(f)
	}
	if all.Len() < 100<<10 {
		t.Fatalf("benchmark corpus is only %d bytes", all.Len())
	}
}

// BenchmarkPrefilter measures the keyword scan alone (with the list of
// the rules it lets run).
func BenchmarkPrefilter(b *testing.B) {
	set := MustCompile(Builtin())
	files := benchCorpus(b, set)
	size := 0
	for _, f := range files {
		size += len(f)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, f := range files {
			set.Candidates(f)
		}
	}
	if used := cpuTime() - cpu; used > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/used.Seconds()/1e6, "MB/s-cpu")
	}
}
