package git

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestIgnoreTreeAtInsideRepository(t *testing.T) {
	root := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("GIT_CONFIG_GLOBAL", "/dev/null")
	for name, data := range map[string]string{
		".git/info/exclude":   "*.tmp\n",
		".gitignore":          "*.log\nbuild/\n/top.txt\n",
		"sub/.gitignore":      "secret/\n",
		"sub/keep.txt":        "",
		"build/out/result.go": "",
	} {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sub, err := IgnoreTreeAt(context.Background(), filepath.Join(root, "sub"))
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]bool{
		"a.log": true, "x.tmp": true, "secret/key": true, "keep.txt": false, "top.txt": false, "deep/a.log": true,
	} {
		if got := sub.Ignored(path, false); got != want {
			t.Errorf("IgnoreTreeAt(sub).Ignored(%s) = %v, want %v", path, got, want)
		}
	}
	// A folder the user names is scanned even though git ignores it.
	build, err := IgnoreTreeAt(context.Background(), filepath.Join(root, "build"))
	if err != nil {
		t.Fatal(err)
	}
	if build.Ignored("out/result.go", false) || !build.Ignored("out/debug.log", false) {
		t.Error("IgnoreTreeAt(build) treats the named folder as excluded, or forgets the parent's rules")
	}
}
