package source

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/internal/git"
	"github.com/envguard/envguard/scanner/pipeline"
)

// histRepo is a real git repository in a temp dir, with commits dated one
// minute apart so that "first commit" is well defined.
type histRepo struct {
	t    *testing.T
	dir  string
	tick int
}

func newHistRepo(t *testing.T) *histRepo {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	r := &histRepo{t: t, dir: t.TempDir()}
	r.git("init", "-q", "-b", "main")
	return r
}

// git runs git in the repository and returns its trimmed output.
func (r *histRepo) git(args ...string) string {
	r.t.Helper()
	return histGit(r.t, r.dir, r.tick, args...)
}

func histGit(t *testing.T, dir string, tick int, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	date := fmt.Sprintf("%d +0000", 1700000000+tick*60)
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=Ada Tester", "GIT_AUTHOR_EMAIL=ada@example.com",
		"GIT_COMMITTER_NAME=Ada Tester", "GIT_COMMITTER_EMAIL=ada@example.com",
		"GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date, "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

// write sets files (path -> content; "" deletes) and commits them; it
// returns the new commit's hash.
func (r *histRepo) commit(msg string, files map[string]string) string {
	r.t.Helper()
	for p, content := range files {
		abs := filepath.Join(r.dir, filepath.FromSlash(p))
		if content == "" {
			os.Remove(abs)
			continue
		}
		if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
			r.t.Fatal(err)
		}
		if err := os.WriteFile(abs, []byte(content), 0o644); err != nil {
			r.t.Fatal(err)
		}
	}
	r.tick++
	r.git("add", "-A")
	r.git("commit", "-q", "--allow-empty", "-m", msg)
	return r.git("rev-parse", "HEAD")
}

func (r *histRepo) open() *git.Repo {
	r.t.Helper()
	repo, err := git.Open(r.dir)
	if err != nil {
		r.t.Fatal(err)
	}
	return repo
}

// histToken is a fake secret the test rule finds.
func histToken(n int) string { return fmt.Sprintf("tok_%016x", uint64(n)*0x9E3779B97F4A7C15) }

// histSet holds a simple rule for histToken and the built-in RSA
// private key rule (multi-line).
func histSet(t *testing.T) *rules.Set {
	t.Helper()
	rs := []rules.Rule{{ID: "test-token", Description: "test token", Keywords: []string{"tok_"},
		Regex: `\b(tok_[0-9a-f]{16})\b`, Severity: rules.SeverityHigh, KeepPlaceholders: true}}
	for _, r := range rules.Builtin() {
		if r.ID == "private-key-rsa" {
			rs = append(rs, r)
		}
	}
	s, err := rules.Compile(rs)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// histFound is a finding reduced to what tests compare.
type histFound struct {
	Rule, Path, Commit string
	Line               int
}

func (f histFound) String() string {
	return fmt.Sprintf("%s %s:%d@%s", f.Rule, f.Path, f.Line, shortOID(f.Commit))
}

// scan runs src through a detector and returns sorted findings, the
// histNotices the source sent and the scan error.
func histScan(t *testing.T, src pipeline.Source, set *rules.Set) ([]histFound, error) {
	t.Helper()
	det, err := pipeline.NewDetector(set, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out []histFound
	err = det.Scan(context.Background(), src, func(f pipeline.Finding) error {
		c := ""
		if f.Commit != nil {
			c = f.Commit.Hash
		}
		out = append(out, histFound{f.RuleID, f.Path, c, f.Line})
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out, err
}

// histNotices collects info histNotices.
type histNotices []string

func (n *histNotices) opts() Options {
	o := histOptions()
	o.Notify = func(x pipeline.Notice) { *n = append(*n, x.Reason) }
	return o
}

// histOptions are the options a history scan gets from the CLI: the
// prefilter of the built-in multi-line rules.
func histOptions() Options {
	return Options{MayHoldMultiline: rules.MustCompile(rules.Builtin()).MultilineFilter()}
}

func (n histNotices) contains(s string) bool {
	for _, x := range n {
		if strings.Contains(x, s) {
			return true
		}
	}
	return false
}
