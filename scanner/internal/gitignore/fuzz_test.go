package gitignore

import (
	"strings"
	"testing"
)

// FuzzWildmatch checks that matching never panics, and that a pattern
// without special characters matches exactly itself.
func FuzzWildmatch(f *testing.F) {
	for _, s := range [][2]string{{"a/**/b", "a/x/b"}, {"[[:alpha:]]*", "x"}, {"**/*.env", "a/.env"}, {"[!]a-]", "b"}, {"\\", "x"}, {"*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, pattern, text string) {
		_ = wildmatch(pattern, text)
		for _, p := range ParsePatterns([]byte(pattern), "fuzz", "") {
			_ = p.match(text, false)
			_ = p.match(text, true)
		}
		if !strings.ContainsAny(pattern, "*?[\\") && pattern != "" {
			if wildmatch(pattern, pattern) != matched {
				t.Fatalf("literal %q does not match itself", pattern)
			}
			if text != pattern && wildmatch(pattern, text) == matched {
				t.Fatalf("literal %q matches %q", pattern, text)
			}
		}
	})
}
