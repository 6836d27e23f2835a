package git

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestWarmStaged: the staged changes read by the work WarmStaged starts
// early are those StagedChanges reads, on both of its paths (the index
// fast path, and git diff-index for a deletion), and the CatFile handed
// over reads blobs (issue 15).
func TestWarmStaged(t *testing.T) {
	g := newTestRepo(t)
	g.Write("a.txt", "one\n")
	g.Write("b.txt", "two\n")
	g.Git("add", "a.txt", "b.txt")
	g.Commit("first")
	g.Write("a.txt", "one\nthree\n")
	g.Git("add", "a.txt")
	for _, deleted := range []bool{false, true} {
		if deleted {
			g.Git("rm", "-q", "b.txt")
		}
		repo, want := stagedChanges(t, g.Dir)
		// The warm work with its own git, or reading in process as
		// OpenStaged does in the plain layout.
		var early *Early
		if deleted {
			var err error
			// The plain layout: objects read in process, no early git.
			if repo, early, err = OpenStaged(g.Dir, nil); err != nil || early != nil || repo.local == nil {
				t.Fatalf("OpenStaged: %v, early %v, local %v", err, early, repo.local != nil)
			}
		}
		repo.WarmStaged(early)
		cf, got, err := repo.StagedReader(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("deleted=%v: warm changes %+v, want %+v", deleted, got, want)
		}
		var data []byte
		err = cf.Contents([]string{got[0].NewOID}, func(_ ObjectInfo, d []byte) error { data = d; return nil })
		if err != nil || string(data) != "one\nthree\n" {
			t.Errorf("deleted=%v: blob %q, %v", deleted, data, err)
		}
		if err := cf.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
		// Taken once: the next reader starts its own work.
		cf, again, err := repo.StagedReader(context.Background())
		cf.Close()
		if err != nil || !reflect.DeepEqual(again, want) {
			t.Errorf("deleted=%v: second reader %+v, %v", deleted, again, err)
		}
	}
}

// TestWarmStagedCancel: a scan whose context is done ends the warm git
// process instead of waiting on it.
func TestWarmStagedCancel(t *testing.T) {
	g := newTestRepo(t)
	g.Write("a.txt", "one\n")
	g.Git("add", "a.txt")
	g.Commit("first")
	g.Write("a.txt", "two\n")
	g.Git("add", "a.txt")
	repo, err := Open(g.Dir)
	if err != nil {
		t.Fatal(err)
	}
	repo.WarmStaged(nil)
	ctx, cancel := context.WithCancel(context.Background())
	cf, _, err := repo.StagedReader(ctx)
	defer cf.Close()
	if err != nil {
		t.Fatal(err)
	}
	cancel()
	err = cf.Contents([]string{"HEAD:a.txt"}, func(ObjectInfo, []byte) error { return nil })
	for i := 0; err == nil && i < 100; i++ { // the kill lands asynchronously
		err = cf.Contents([]string{"HEAD:a.txt"}, func(ObjectInfo, []byte) error { return nil })
	}
	var ge *GitError
	if err == nil || !errors.As(err, &ge) && !errors.Is(err, context.Canceled) {
		t.Errorf("read after cancel: %v, want an error", err)
	}
}

// TestWarmStagedUnused: warm work nobody takes (a scan that failed before
// reading) ends its git process once the Repo is collected.
func TestWarmStagedUnused(t *testing.T) {
	g := newTestRepo(t)
	repo, err := Open(g.Dir)
	if err != nil {
		t.Fatal(err)
	}
	repo.WarmStaged(nil)
	proc := repo.warm.Load().cf.cmd.cmd.Process
	repo = nil
	exited := make(chan struct{})
	go func() {
		proc.Wait()
		close(exited)
	}()
	for i := 0; i < 50; i++ {
		runtime.GC()
		select {
		case <-exited:
			return
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Error("the warm git process outlived its Repo")
}

// TestWarmStagedReadsOldAhead: the warm work reads the old versions of
// small modified files, so that the staged source's requests for them
// are answered without git (here: after their objects are gone), once
// each; a large old version is only sized, never read ahead.
func TestWarmStagedReadsOldAhead(t *testing.T) {
	g := newTestRepo(t)
	big := strings.Repeat("a line of a big file\n", oldAheadEach/20)
	g.Write("a.txt", "one\n")
	g.Write("big.txt", big)
	g.Git("add", ".")
	g.Commit("first")
	g.Write("a.txt", "one\ntwo\n")
	g.Write("big.txt", big+"more\n")
	g.Git("add", ".")
	oldA := strings.TrimSpace(g.Git("rev-parse", "HEAD:a.txt"))
	oldBig := strings.TrimSpace(g.Git("rev-parse", "HEAD:big.txt"))

	repo, early, err := OpenStaged(g.Dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	repo.WarmStaged(early)
	cf, changes, err := repo.StagedReader(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer cf.Close()
	if len(changes) != 2 {
		t.Fatalf("changes %+v", changes)
	}
	for _, oid := range []string{oldA, oldBig} {
		if err := os.Remove(filepath.Join(g.Dir, ".git", "objects", oid[:2], oid[2:])); err != nil {
			t.Fatal(err)
		}
	}
	infos, err := cf.Info([]string{oldBig, oldA})
	if err != nil || len(infos) != 2 || infos[0].Size != int64(len(big)) || infos[1].Size != 4 {
		t.Fatalf("Info: %+v, %v", infos, err)
	}
	var got []string
	err = cf.Contents([]string{oldA, oldBig, oldA}, func(in ObjectInfo, data []byte) error {
		got = append(got, fmt.Sprintf("%v:%q", in.Missing, data))
		return nil
	})
	want := []string{`false:"one\n"`, `true:""`, `true:""`}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("Contents = %v, %v; want %v (read ahead once, the big one not)", got, err, want)
	}
}

// stagedChanges opens the repository at dir and reads its staged changes
// the plain way (no warm work): the reference the warm paths must give.
func stagedChanges(t *testing.T, dir string) (*Repo, []Change) {
	t.Helper()
	repo, cf := openWithCatFile(t, dir)
	changes, err := repo.StagedChanges(context.Background(), cf)
	if err != nil {
		t.Fatal(err)
	}
	return repo, changes
}

// openWithCatFile opens the repository at dir and a CatFile of it, closed
// when the test ends.
func openWithCatFile(t *testing.T, dir string) (*Repo, *CatFile) {
	t.Helper()
	repo, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	cf := NewCatFile(context.Background(), repo)
	t.Cleanup(func() { cf.Close() })
	return repo, cf
}
