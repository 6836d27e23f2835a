package git

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/envguard/envguard/scanner/internal/gittest"
)

// TestPlainRepoAgreesWithRevParse: where envguard answers without `git
// rev-parse`, it answers what rev-parse does, field for field; in the
// layouts only git can resolve it declines.
func TestPlainRepoAgreesWithRevParse(t *testing.T) {
	g, linked := layoutRepo(t)
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(g.Dir, link); err != nil {
		t.Fatal(err)
	}
	shallow := filepath.Join(t.TempDir(), "shallow")
	g.Git("clone", "-q", "--depth=1", "file://"+g.Dir, shallow)

	sha := gittest.NewSHA256(t)

	withConfig := func(extra string) string {
		r := newTestRepo(t)
		f, err := os.OpenFile(filepath.Join(r.Dir, ".git", "config"), os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		f.WriteString(extra)
		f.Close()
		return r.Dir
	}

	linkedConfig := newTestRepo(t).Dir
	cfg := filepath.Join(linkedConfig, ".git", "config")
	if err := os.Rename(cfg, cfg+".real"); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(cfg+".real", cfg); err != nil {
		t.Fatal(err)
	}

	cases := []struct {
		name, dir string
		env       map[string]string
		plain     bool
	}{
		{"top", g.Dir, nil, true},
		{"sub folder", filepath.Join(g.Dir, "sub"), nil, true},
		{"through a link", link, nil, true},
		{"hook's index", g.Dir, map[string]string{"GIT_INDEX_FILE": ".git/next-index"}, true},
		{"shallow clone", shallow, nil, true},
		{"SHA-256", sha.Dir, nil, true},
		{"linked worktree", linked, nil, false},
		{"GIT_DIR", g.Dir, map[string]string{"GIT_DIR": ".git"}, false},
		{"GIT_CEILING_DIRECTORIES", g.Dir, map[string]string{"GIT_CEILING_DIRECTORIES": "/nowhere"}, false},
		{"command-line config", g.Dir, map[string]string{"GIT_CONFIG_PARAMETERS": "'core.abbrev'='12'"}, false},
		{"core.worktree", withConfig("[core]\n\tworktree = /elsewhere\n"), nil, false},
		{"core.bare", withConfig("[core]\n\tbare = true\n"), nil, false},
		{"include", withConfig("[include]\n\tpath = other.config\n"), nil, false},
		{"worktree config", withConfig("[extensions]\n\tworktreeConfig = true\n"), nil, false},
		{"config through a link", linkedConfig, nil, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for k, v := range c.env {
				t.Setenv(k, v)
			}
			got, ok := plainRepo(c.dir)
			if ok != c.plain {
				t.Fatalf("plainRepo answered %v, want %v", ok, c.plain)
			}
			if !ok {
				return
			}
			want, err := open(c.dir, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("plainRepo = %+v\nrev-parse  %+v", got, want)
			}
		})
	}
}
