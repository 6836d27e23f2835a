package rules

import (
	"runtime"
	"strings"
	"testing"
)

// TestLongLineNoCopy: rules that search a long line in windows take
// their keywords' positions from the prefilter and make no lower-cased
// copy of the line to search for them (the 200 MB line of a bundled asset
// took 23.6 s). Matching a 4.8 MB line allocated 5.0 MB before, 1.3 KB
// now.
func TestLongLineNoCopy(t *testing.T) {
	run := strings.Repeat("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkwYWJjZGVmZ2hpamts", 40000) // 2.4 MB
	line := []byte(`a="` + run + `" api_key="x" password="y" token="z" secret="w" auth="v" ghp_ sk_live_ xoxb- AKIA glpat- x="` + run + `"`)
	set := MustCompile(Builtin())
	set.Match(line, func(Match) {}) // compiles what the line needs
	// The least of a few runs: the set may still compile in the
	// background, and TotalAlloc counts every goroutine.
	got := uint64(1 << 62)
	for range 5 {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		set.Match(line, func(Match) {})
		runtime.ReadMemStats(&after)
		got = min(got, after.TotalAlloc-before.TotalAlloc)
	}
	if limit := uint64(len(line) / 8); got > limit {
		t.Errorf("matching a %d-byte line allocated %d bytes, want at most %d (a copy of the line?)", len(line), got, limit)
	}
}
