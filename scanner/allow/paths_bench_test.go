package allow

import (
	"fmt"
	"testing"

	"github.com/bmatcuk/doublestar/v4"
)

// benchGlobs is a typical allowlist: names, extensions, folders and a few
// real globs.
var benchGlobs = []string{
	"package-lock.json", "yarn.lock", "go.sum", "*.lock", "*.min.js", "*.svg", "*.png",
	"vendor/**", "node_modules/**", "docs/examples", "testdata", "fixtures",
	"**/__snapshots__/*.snap", "src/**/generated_*.go", "*.pb.go", "third_party/**",
}

func benchPaths() []string {
	var ps []string
	for i := 0; i < 1000; i++ {
		ps = append(ps, fmt.Sprintf("src/pkg%d/sub%d/file%d.go", i%37, i%11, i))
	}
	return ps
}

// BenchmarkPathSet matches 1,000 paths that match nothing (the common
// case, and the worst for the sets) against the compiled PathSet.
func BenchmarkPathSet(b *testing.B) {
	s, err := NewPathSet(benchGlobs)
	if err != nil {
		b.Fatal(err)
	}
	ps := benchPaths()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range ps {
			s.Match(p)
		}
	}
}

// BenchmarkDoublestarEach is the naive way, doublestar.Match of every glob
// (written as "**/" + glob when it has no slash, for the same meaning).
func BenchmarkDoublestarEach(b *testing.B) {
	var globs []string
	for _, g := range benchGlobs {
		globs = append(globs, "**/"+g, "**/"+g+"/**")
	}
	ps := benchPaths()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range ps {
			for _, g := range globs {
				if ok, _ := doublestar.Match(g, p); ok {
					break
				}
			}
		}
	}
}
