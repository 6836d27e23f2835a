package config

import "testing"

func TestRegexToGlob(t *testing.T) {
	for _, c := range []struct {
		re, glob string
		ok       bool
	}{
		{`test_.*\.py`, "test_*.py", true},
		{`^vendor/`, "/vendor", true},
		{`(^|/)node_modules/`, "node_modules", true},
		{`\.lock$`, "*.lock", true},
		{`_test\.go$`, "*_test.go", true},
		{`^docs/.*\.md$`, "/docs/*.md", true},
		{`(^|/)testdata/fixtures/`, "**/testdata/fixtures", true},
		{`\.(js|ts)$`, "*.{js,ts}", true},
		{`^src/[a-z]+\.py$`, "/src/*.py", true},
		{`a|b(c`, "", false},
		{`(foo)?bar`, "", false},
		{`.*`, "", false},
	} {
		glob, _, ok := RegexToGlob(c.re)
		if ok != c.ok || glob != c.glob {
			t.Errorf("RegexToGlob(%q) = %q, %v; want %q, %v", c.re, glob, ok, c.glob, c.ok)
		}
	}
}

func TestWarnsRegexLikeGlob(t *testing.T) {
	c, err := Parse("x.toml", []byte("[allowlist]\npaths = [\"docs/**\", 'test_.*\\.py']\n"))
	if err != nil {
		t.Fatal(err)
	}
	w := c.Warnings()
	if len(w) != 1 || w[0] != `x.toml:2: allowlist.paths: "test_.*\\.py" looks like a regular expression, but paths are globs: write "test_*.py"` {
		t.Errorf("Warnings() = %q", w)
	}
}
