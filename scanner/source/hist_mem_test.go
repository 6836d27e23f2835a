package source

import (
	"context"
	"runtime"
	"testing"
)

// Issue 14: --all grew about 0.9 KB per commit while the README said its
// memory was bounded. The list of changes still grows with the history
// (the README says so), but each change keeps only its own hex id, its
// parents' ids shared with earlier changes, and interned paths, names and
// emails: not git's whole raw line.
func TestHistoryLogMemoryPerChange(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a history")
	}
	dir := t.TempDir()
	generateRepo(t, dir, genConfig{Files: 60, Commits: 1500, LineLen: 20, Lines: 10, Seed: 7, TopicLen: 5})
	repo := (&histRepo{t: t, dir: dir}).open()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	lg, err := readLog(context.Background(), repo, []string{"--all"}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	per := float64(after.HeapAlloc-before.HeapAlloc) / float64(len(lg.changes))
	t.Logf("%d commits, %d changes, %.0f bytes per change", len(lg.commits), len(lg.changes), per)
	if per > 250 {
		t.Errorf("%.0f bytes of heap per change, want at most 250 (288 before the ids were interned)", per)
	}
	runtime.KeepAlive(lg)
}
