package hooks

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHuskyAddAfterShebangAndHuskySh(t *testing.T) {
	old := "#!/usr/bin/env sh\n. \"$(dirname -- \"$0\")/_/husky.sh\"\n\nnpx lint-staged\nexit 0\n"
	got := string(huskyAdd([]byte(old)))
	want := "#!/usr/bin/env sh\n. \"$(dirname -- \"$0\")/_/husky.sh\"\n" + blockBegin(PreCommit) + "\nenvguard scan --staged\n" + blockEnd + "\n\nnpx lint-staged\nexit 0\n"
	if got != want {
		t.Fatalf("huskyAdd =\n%s\nwant\n%s", got, want)
	}
	back, ok := removeBlock([]byte(got), PreCommit)
	if !ok || string(back) != old {
		t.Fatalf("removeBlock did not give the file back:\n%s", back)
	}
}

func TestPreCommitAddIndent(t *testing.T) {
	for _, ind := range []string{"", "  ", "    "} {
		old := "default_stages: [commit]\nrepos:\n" + ind + "- repo: local\n" + ind + "  hooks:\n" + ind + "  - id: x\n" + ind + "    entry: 'true'\n" + ind + "    language: system\n"
		got, why := preCommitAdd([]byte(old), PreCommit)
		if got == nil {
			t.Fatalf("indent %q: refused: %s", ind, why)
		}
		if !strings.Contains(string(got), "\n"+ind+"- repo: local\n"+ind+"  hooks:\n"+ind+"    - id: envguard\n") {
			t.Errorf("indent %q: entry not at the list's indent:\n%s", ind, got)
		}
		back, _ := removeBlock(got, PreCommit)
		if string(back) != old {
			t.Errorf("indent %q: removeBlock did not give the file back:\n%s", ind, back)
		}
	}
	for _, old := range []string{"repos: []\n", "repos:\n  - repo: local\n    hooks: []\nci:\n  skip: [x]\n", "fail_fast: true\n"} {
		if got, _ := preCommitAdd([]byte(old), PreCommit); got != nil {
			t.Errorf("preCommitAdd(%q) edited the file; want a refusal", old)
		}
	}
}

func TestDetectManager(t *testing.T) {
	top := t.TempDir()
	git := filepath.Join(top, ".git", "hooks")
	if m := DetectManager(top, git, PreCommit); m != nil {
		t.Fatalf("empty repository: found %s", m.Name)
	}
	if m := DetectManager(top, filepath.Join(top, ".husky", "_"), PreCommit); m == nil || m.Name != "husky" || m.Config != filepath.Join(top, ".husky", "pre-commit") {
		t.Fatalf("core.hooksPath .husky/_: got %+v", m)
	}
	for name, want := range map[string]string{".pre-commit-config.yaml": "pre-commit", "lefthook.yml": "lefthook", ".overcommit.yml": "overcommit", ".simple-git-hooks.json": "simple-git-hooks"} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, name), []byte("{}\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if m := DetectManager(dir, filepath.Join(dir, ".git", "hooks"), PreCommit); m == nil || m.Name != want {
			t.Errorf("%s: got %+v, want %s", name, m, want)
		}
	}
}
