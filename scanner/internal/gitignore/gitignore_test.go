package gitignore

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWildmatch(t *testing.T) {
	tests := []struct {
		pattern, text string
		want          bool
	}{
		{"*.txt", "a.txt", true},
		{"*.txt", "d/a.txt", false},
		{"a/**/b", "a/b", true},
		{"a/**/b", "a/x/y/b", true},
		{"**/b", "b", true},
		{"**/b", "x/y/b", true},
		{"a/**", "a/x/y", true},
		{"a/**", "a", false},
		{"a**b", "axb", true},
		{"a**b", "a/b", false},
		{"?", "/", false},
		{"[]x]", "]", true},
		{"[!a]", "b", true},
		{"[^a]", "a", false},
		{"[a-c]", "b", true},
		{"[[:alpha:]]", "q", true},
		{"[[:digit:]]", "q", false},
		{"[[:bogus:]]", "q", false},
		{"[abc", "a", false},
		{"\\*", "*", true},
		{"\\*", "a", false},
		{"foo\\", "foo", false},
		{".env*", ".env.local", true},
	}
	for _, tt := range tests {
		if got := wildmatch(tt.pattern, tt.text) == matched; got != tt.want {
			t.Errorf("wildmatch(%q, %q) = %v, want %v", tt.pattern, tt.text, got, tt.want)
		}
	}
}

func TestTrimTrailingSpaces(t *testing.T) {
	for in, want := range map[string]string{"a  ": "a", "a\\ ": "a\\ ", "a\\  ": "a\\ ", "a\t": "a\t", "a\\": "a\\"} {
		if got := trimTrailingSpaces(in); got != want {
			t.Errorf("trimTrailingSpaces(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTreeRules(t *testing.T) {
	root := t.TempDir()
	write := func(name, data string) {
		t.Helper()
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(".gitignore", "/.env\n.env.*\n!.env.example\nbuild/\nlogs/**/*.log\n")
	write("app/.gitignore", ".env\n!.env.local\n")
	write("info-exclude", "secret.txt\n")
	write("global", "*.bak\n!keep.bak\n")
	tree := New(root, Options{InfoExclude: filepath.Join(root, "info-exclude"), ExcludesFile: filepath.Join(root, "global")})
	tests := []struct {
		path  string
		isDir bool
		want  bool
	}{
		{".env", false, true},
		{"lib/.env", false, false}, // anchored to the root
		{"app/.env", false, true},  // nested .gitignore
		{".env.local", false, true},
		{"app/.env.local", false, false}, // a deeper negation wins
		{".env.example", false, false},   // negated
		{"build", true, true},
		{"build", false, false}, // dir-only pattern, a file
		{"build/.env.example", false, true},
		{"logs/a/b/x.log", false, true},
		{"secret.txt", false, true}, // info/exclude
		{"x.bak", false, true},      // core.excludesFile
		{"keep.bak", false, false},
	}
	for _, tt := range tests {
		if got := tree.Ignored(tt.path, tt.isDir); got != tt.want {
			t.Errorf("Ignored(%q, %v) = %v, want %v", tt.path, tt.isDir, got, tt.want)
		}
	}
	if p := tree.Why("app/.env", false); p == nil || p.Source != "app/.gitignore" || p.Line != 1 {
		t.Errorf("Why(app/.env) = %+v, want app/.gitignore:1", p)
	}
	if !tree.WithRootLines("lib/.env").Ignored("lib/.env", false) || tree.Ignored("lib/.env", false) {
		t.Error("WithRootLines did not add a line to a copy only")
	}
}
