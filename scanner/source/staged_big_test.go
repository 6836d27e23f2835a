package source

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/envguard/envguard/scanner/internal/git"
	"github.com/envguard/envguard/scanner/pipeline"
)

// collectStaged returns every fragment the staged source yields, in order.
func collectStaged(t *testing.T, dir string, opts Options) ([]pipeline.Fragment, error) {
	t.Helper()
	repo, err := git.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []pipeline.Fragment
	err = Staged(repo, opts).Fragments(context.Background(), func(f pipeline.Fragment) error {
		out = append(out, f)
		return nil
	})
	return out, err
}

// Issue 14: a staged file over the size cap was skipped and the commit
// went through. With no explicit cap a large file is now read in
// overlapping windows, each with the lines of the whole file.
func TestStagedLargeFileInWindows(t *testing.T) {
	r := newTestRepo(t)
	var b strings.Builder
	for i := 1; i <= 2000; i++ {
		if i == 1500 {
			b.WriteString("SECRET_LINE\n")
			continue
		}
		fmt.Fprintf(&b, "row %d of generated data\n", i)
	}
	r.Write("big.csv", b.String())
	r.Git("add", ".")
	frags, err := collectStaged(t, r.Dir, Options{WindowSize: 4096})
	if err != nil {
		t.Fatal(err)
	}
	if len(frags) < 4 {
		t.Fatalf("%d fragments, want the file in windows", len(frags))
	}
	found := 0
	for _, f := range frags {
		if f.Path != "big.csv" || f.Skip != "" {
			t.Fatalf("fragment %+v", f.Path)
		}
		if int64(len(bytes.TrimLeft(f.Data, "\n"))) > 4096 {
			t.Errorf("a window of %d bytes", len(f.Data))
		}
		lines := bytes.Split(f.Data, []byte{'\n'})
		if len(lines) >= 1500 && string(lines[1499]) == "SECRET_LINE" && f.Lines.Contains(1500) {
			found++
		}
	}
	if found != 1 {
		t.Errorf("the secret's line counted in %d windows, want 1", found)
	}
}

// Issue 14: a file stored through Git LFS was scanned as its pointer.
// The work-tree content that matches the pointer is scanned; a pointer
// whose content is not there is an error unless allowed.
func TestStagedLFSPointer(t *testing.T) {
	r := newTestRepo(t)
	content := "data = 1\nSECRET_LINE\n"
	sum := sha256.Sum256([]byte(content))
	pointer := fmt.Sprintf("version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n", hex.EncodeToString(sum[:]), len(content))
	r.Write("model.bin", pointer)
	r.Git("add", "model.bin")
	// The work tree holds the content, as the LFS clean filter leaves it.
	if err := os.WriteFile(filepath.Join(r.Dir, "model.bin"), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	frags, err := collectStaged(t, r.Dir, Options{})
	if err != nil || len(frags) != 1 || string(frags[0].Data) != content {
		t.Fatalf("LFS file: %v, %+v; want its work-tree content", err, frags)
	}
	// The work tree changed after staging: the staged content is unknown.
	if err := os.WriteFile(filepath.Join(r.Dir, "model.bin"), []byte("other\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = collectStaged(t, r.Dir, Options{})
	if err == nil || !strings.Contains(err.Error(), "model.bin") || !strings.Contains(err.Error(), "Git LFS") {
		t.Fatalf("stale LFS file: %v, want an error naming it", err)
	}
	frags, err = collectStaged(t, r.Dir, Options{MayGoUnscanned: func(string) bool { return true }})
	if err != nil || len(frags) != 1 || !strings.Contains(frags[0].Skip, "Git LFS") {
		t.Fatalf("stale LFS file, allowed: %v, %+v", err, frags)
	}
	// A pointer committed as a file of its own (no LFS filter) is content.
	if err := os.WriteFile(filepath.Join(r.Dir, "model.bin"), []byte(pointer), 0o644); err != nil {
		t.Fatal(err)
	}
	frags, err = collectStaged(t, r.Dir, Options{})
	if err != nil || len(frags) != 1 || string(frags[0].Data) != pointer {
		t.Fatalf("a pointer fixture: %v, %+v; want it scanned as it is", err, frags)
	}
}

func TestLFSPointer(t *testing.T) {
	h := strings.Repeat("ab", 32)
	for in, want := range map[string]bool{
		"version https://git-lfs.github.com/spec/v1\noid sha256:" + h + "\nsize 12\n": true,
		"version https://git-lfs.github.com/spec/v1\noid sha256:" + h + "\n":          false,
		"version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 12\n":       false,
		"hello\n": false,
	} {
		if _, _, ok := lfsPointer([]byte(in)); ok != want {
			t.Errorf("lfsPointer(%q) = %v", in, ok)
		}
	}
}

// Issue 14: submodules were skipped with no notice outside --verbose.
func TestStagedSubmoduleNotice(t *testing.T) {
	r := newTestRepo(t)
	r.Git("update-index", "--add", "--cacheinfo", "160000,1234567890123456789012345678901234567890,sub")
	var notices []pipeline.Notice
	_, err := collectStaged(t, r.Dir, Options{Notify: func(n pipeline.Notice) { notices = append(notices, n) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(notices) != 1 || notices[0].Kind != pipeline.NoticeInfo || !strings.Contains(notices[0].Reason, "submodule sub") {
		t.Errorf("notices %+v, want one info notice naming the submodule", notices)
	}
}
