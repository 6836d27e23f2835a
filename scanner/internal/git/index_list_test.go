package git

import (
	"fmt"
	"testing"
)

// TestIndexEntries lists the index through the mapped reader and, for an
// index it does not handle (an intent-to-add entry), through go-git's
// decoder: both give the same entries.
func TestIndexEntries(t *testing.T) {
	r := newTestRepo(t)
	r.Write("a/.env", "A=1\n")
	r.Write("b.txt", "b\n")
	r.Git("add", ".")
	repo, err := Open(r.Dir)
	if err != nil {
		t.Fatal(err)
	}
	all := func([]byte) bool { return true }
	list := func() string {
		t.Helper()
		es, err := repo.IndexEntries(all)
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(es)
	}
	mapped := list()
	if _, err := readIndex(repo.IndexFile, repo.HashLen); err != nil {
		t.Fatalf("the mapped reader refused a plain index: %v", err)
	}
	r.Write("new.env", "N=1\n")
	r.Git("add", "-N", "new.env")
	if _, err := readIndex(repo.IndexFile, repo.HashLen); err == nil {
		t.Fatal("the mapped reader took an intent-to-add entry")
	}
	want := mapped[:len(mapped)-1] + " {new.env 33188 intent-to-add}]"
	if got := list(); got != want {
		t.Errorf("go-git's decoder listed\n%s\nwant\n%s", got, want)
	}
	es, err := repo.IndexEntries(func(p []byte) bool { return string(p) == "b.txt" })
	if err != nil || len(es) != 1 || es[0].Path != "b.txt" {
		t.Errorf("keep ignored: %v, %v", es, err)
	}
}
