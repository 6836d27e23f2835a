package rules

import "testing"

// BenchmarkBuildCatalog measures building the built-in catalog, which
// every scan does once (issue 12: its cost in the pre-commit path).
func BenchmarkBuildCatalog(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = buildBuiltin()
	}
}

// BenchmarkCompileCatalog measures compiling the built-in catalog and
// its keyword prefilter (regexps compile lazily, on first use).
func BenchmarkCompileCatalog(b *testing.B) {
	rs := Builtin()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := MustCompile(rs)
		s.Candidates([]byte("x"))
	}
}
