package git

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/envguard/envguard/scanner/internal/gittest"
)

// TestLikelyIndex: the index guessed before rev-parse answers is the one
// git uses in the plain layouts, and no guess is made where only git can
// resolve the variables.
func TestLikelyIndex(t *testing.T) {
	g, linked := layoutRepo(t)
	cases := []struct {
		name, dir string
		env       map[string]string
		want      string
	}{
		{"top", g.Dir, nil, filepath.Join(g.Dir, ".git", "index")},
		{"sub folder", filepath.Join(g.Dir, "sub"), nil, filepath.Join(g.Dir, ".git", "index")},
		{"linked worktree", linked, nil, filepath.Join(g.Dir, ".git", "worktrees", "linked", "index")},
		{"hook's relative index", g.Dir, map[string]string{"GIT_INDEX_FILE": ".git/next-index"}, filepath.Join(g.Dir, ".git", "next-index")},
		{"hook's absolute index", g.Dir, map[string]string{"GIT_INDEX_FILE": "/x/index"}, "/x/index"},
		{"GIT_DIR", g.Dir, map[string]string{"GIT_DIR": ".git"}, filepath.Join(g.Dir, ".git", "index")},
		{"GIT_WORK_TREE", g.Dir, map[string]string{"GIT_WORK_TREE": g.Dir}, ""},
		{"outside", t.TempDir(), nil, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for k, v := range c.env {
				t.Setenv(k, v)
			}
			if got := likelyIndex(c.dir); got != c.want {
				t.Errorf("likelyIndex(%s) = %q, want %q", c.dir, got, c.want)
			}
		})
	}
	// Each guess that is made names the index rev-parse names.
	for _, dir := range []string{g.Dir, filepath.Join(g.Dir, "sub"), linked} {
		r, err := Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		if got := likelyIndex(dir); got != r.IndexFile {
			t.Errorf("%s: guessed %q, git says %q", dir, got, r.IndexFile)
		}
	}
}

// TestWarmStagedWrongGuess: work begun on an index that is not the one
// git names is not used: the changes are read again from git's index,
// through the same process.
func TestWarmStagedWrongGuess(t *testing.T) {
	g := newTestRepo(t)
	g.Write("a.txt", "one\n")
	g.Git("add", ".")
	g.Commit("first")
	// A clone at the same commit with another change staged: read
	// against this repository's HEAD, its index gives a plausible answer
	// that is not this repository's.
	other := filepath.Join(t.TempDir(), "other")
	g.Git("clone", "-q", g.Dir, other)
	if err := os.WriteFile(filepath.Join(other, "a.txt"), []byte("one\nother\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	g.Git("-C", other, "add", "a.txt")
	g.Write("a.txt", "one\ntwo\n")
	g.Write("b/c.txt", "c\n")
	g.Git("add", ".")
	repo, want := stagedChanges(t, g.Dir)
	if len(want) != 2 {
		t.Fatalf("StagedChanges: %+v", want)
	}

	early := StartEarly(g.Dir)
	early.guessIndex(other) // the other repository's index
	if early.guess == nil {
		t.Fatal("no guess begun")
	}
	repo.WarmStaged(early)
	cf, got, err := repo.StagedReader(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer cf.Close()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("changes %+v, want %+v", got, want)
	}
}

// TestWarmStagedGuessSHA256: in a SHA-256 repository the guess (SHA-1
// ids) is not used, and the changes are right.
func TestWarmStagedGuessSHA256(t *testing.T) {
	g := gittest.NewSHA256(t)
	g.Write("a.txt", "one\n")
	g.Git("add", ".")
	g.Commit("first")
	g.Write("a.txt", "one\ntwo\n")
	g.Git("add", ".")
	// GIT_DIR set: not the plain layout, so OpenStaged starts git early and
	// guesses the index (GIT_DIR's).
	t.Setenv("GIT_DIR", filepath.Join(g.Dir, ".git"))
	repo, early, err := OpenStaged(g.Dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if repo.HashLen != 32 || early.guess == nil {
		t.Fatalf("HashLen %d, guess %v", repo.HashLen, early.guess)
	}
	repo.WarmStaged(early)
	cf, got, err := repo.StagedReader(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer cf.Close()
	if len(got) != 1 || got[0].Path != "a.txt" || len(got[0].NewOID) != 64 {
		t.Errorf("changes %+v, want a.txt with a SHA-256 id", got)
	}
}

// layoutRepo makes a repository with a committed file in a subfolder and
// a linked worktree of it, whose folder it returns too.
func layoutRepo(t *testing.T) (g *gittest.Repo, linked string) {
	g = newTestRepo(t)
	g.Write("sub/a.txt", "a\n")
	g.Git("add", ".")
	g.Commit("first")
	linked = filepath.Join(t.TempDir(), "linked")
	g.Git("worktree", "add", "-q", linked)
	return g, linked
}
