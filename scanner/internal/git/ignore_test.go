package git

import (
	"context"
	"testing"
)

// TestIgnoreAnswers asks the four questions of a tracked ignored file, an
// untracked ignored one and an untracked one git would add.
func TestIgnoreAnswers(t *testing.T) {
	r := newTestRepo(t)
	r.Write(".gitignore", "*.env\n")
	r.Write("committed.env", "A=1\n")
	r.Git("add", "-f", "committed.env", ".gitignore")
	r.Commit("one")
	r.Write("local.env", "B=2\n")
	r.Write("notes.txt", "n\n")
	repo, err := Open(r.Dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, tc := range []struct {
		path                              string
		tracked, ignored, covered, inHead bool
	}{
		{"committed.env", true, false, true, true},
		{"local.env", false, true, true, false},
		{"notes.txt", false, false, false, false},
	} {
		tracked, err1 := repo.Tracked(ctx, tc.path)
		ignored, err2 := repo.Ignored(ctx, tc.path)
		covered, err3 := repo.CoveredByRules(ctx, tc.path)
		inHead, err4 := repo.InHead(ctx, tc.path)
		for _, err := range []error{err1, err2, err3, err4} {
			if err != nil {
				t.Fatal(err)
			}
		}
		if tracked != tc.tracked || ignored != tc.ignored || covered != tc.covered || inHead != tc.inHead {
			t.Errorf("%s: tracked %v ignored %v covered %v in HEAD %v, want %v %v %v %v", tc.path,
				tracked, ignored, covered, inHead, tc.tracked, tc.ignored, tc.covered, tc.inHead)
		}
	}
	files, err := repo.HeadFiles(ctx)
	if err != nil || len(files) != 2 || !files["committed.env"] {
		t.Errorf("HeadFiles = %v, %v", files, err)
	}
	if err := repo.Untrack(ctx, "committed.env"); err != nil {
		t.Fatal(err)
	}
	if tracked, _ := repo.Tracked(ctx, "committed.env"); tracked {
		t.Error("Untrack left the file in the index")
	}
}
