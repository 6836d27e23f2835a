package envguard

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/internal/git"
)

// newRepo makes a git repository in a temp dir with the given files.
func newRepo(t testing.TB, files map[string]string) (string, *git.Repo) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	runGit(t, dir, "init", "-q")
	for name, data := range files {
		write(t, dir, name, data)
	}
	repo, err := git.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return dir, repo
}

func write(t testing.TB, dir, name, data string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func runGit(t testing.TB, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.com"}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL=/dev/null")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func TestPathspecs(t *testing.T) {
	m, err := NewMatcher(Config{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(m.pathspecs(), " "); got != ":(glob,icase)**/#.env#* :(glob,icase)**/.env* :(glob,icase)**/env.example*" {
		t.Errorf("pathspecs = %s", got)
	}
	m, _ = NewMatcher(Config{EnvFiles: []string{"config/*.env", "secrets.{yml,json}"}})
	if got := m.pathspecs(); len(got) != 1 || got[0] != ":(glob,icase)**" {
		t.Errorf("pathspecs with braces = %v, want every file", got)
	}
	if _, err := NewMatcher(Config{ExampleFiles: []string{"[bad"}}); err == nil {
		t.Error("a malformed glob was accepted")
	}
}

func TestMatcherKind(t *testing.T) {
	m, _ := NewMatcher(Config{EnvFiles: []string{"config/*.env"}, ExampleFiles: []string{"*.env.tmpl"}})
	for p, want := range map[string]Kind{
		".env": KindEnv, "a/b/.env.local": KindEnv, ".env.example": KindExample, "x/env.example": KindExample,
		".env.sample": KindExample, "config/prod.env": KindEnv, "other/prod.env": KindOther, "a/app.env.tmpl": KindExample,
		"env": KindOther, "README.md": KindOther, ".environment.ts": KindOther, "envrc": KindOther,
		// Issue 14: case-insensitive file systems, editors' backups, direnv.
		".ENV": KindEnv, "a/.Env.Local": KindEnv, ".ENV.EXAMPLE": KindExample, ".env~": KindEnv, "#.env#": KindEnv,
		".env.bak": KindEnv, ".env.swp": KindEnv, ".envrc": KindEnv, "x/.envrc": KindEnv, ".ENVRC": KindEnv,
		"CONFIG/prod.env":    KindOther, // a user's glob matches case for case
		".env.local.example": KindExample, "web/.env.production.sample": KindExample, ".env.example.local": KindEnv,
	} {
		if got := m.Kind(p); got != want {
			t.Errorf("Kind(%s) = %v, want %v", p, got, want)
		}
	}
}

func TestListFiles(t *testing.T) {
	dir, repo := newRepo(t, map[string]string{
		".gitignore":      "/.env.local\nignored/\n",
		".env":            "A=1\n",
		".env.example":    "A=\n",
		"app/.env.prod":   "A=1\n",
		".env.local":      "A=1\n",
		"ignored/.env":    "A=1\n",
		"web/env.example": "A=\n",
		"main.go":         "package main\n",
	})
	m, _ := NewMatcher(Config{})
	ctx := context.Background()

	// Before the first commit every tracked file is staged.
	runGit(t, dir, "add", ".env.example", ".env")
	files, err := ListFiles(ctx, repo, m)
	if err != nil {
		t.Fatal(err)
	}
	if got := describe(files); got != ".env:env:staged .env.example:example:staged app/.env.prod:env:untracked web/env.example:example:untracked" {
		t.Errorf("before the first commit: %s", got)
	}

	runGit(t, dir, "commit", "-qm", "init")
	write(t, dir, ".env.example", "A=\nB=\n")
	files, _ = ListFiles(ctx, repo, m)
	if got := describe(files); got != ".env:env:tracked .env.example:example:tracked app/.env.prod:env:untracked web/env.example:example:untracked" {
		t.Errorf("after commit (example changed, not staged): %s", got)
	}
	runGit(t, dir, "add", ".env.example")
	runGit(t, dir, "rm", "-q", "--cached", ".env")
	files, _ = ListFiles(ctx, repo, m)
	if got := describe(files); got != ".env:env:untracked .env.example:example:staged app/.env.prod:env:untracked web/env.example:example:untracked" {
		t.Errorf("after staging: %s", got)
	}
}

func describe(files []File) string {
	var parts []string
	for _, f := range files {
		kind := map[Kind]string{KindEnv: "env", KindExample: "example"}[f.Kind]
		state := "tracked"
		switch {
		case f.Staged:
			state = "staged"
		case f.Untracked:
			state = "untracked"
		}
		parts = append(parts, f.Path+":"+kind+":"+state)
	}
	return strings.Join(parts, " ")
}

func TestScanStagedExampleUsesStagedBlob(t *testing.T) {
	dir, repo := newRepo(t, map[string]string{
		".gitignore":   ".env\n",
		".env.example": "PORT=1\nSESSION_SECRET=" + fakeHex(t, 24) + "\n",
	})
	runGit(t, dir, "add", ".")
	write(t, dir, ".env.example", "PORT=1\nSESSION_SECRET=changeme\n")
	set := rules.MustCompile(rules.Builtin())
	fs, err := ScanStaged(context.Background(), repo, Config{}, set)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || fs[0].RuleID != RuleExampleSecret || fs[0].Line != 2 || fs[0].Column != 16 || fs[0].Name != "SESSION_SECRET" {
		t.Fatalf("findings = %+v, want one env/example-secret at 2:16", fs)
	}
	if fs[0].Fingerprint == "" || fs[0].Secret.Len() != 48 {
		t.Errorf("finding lacks a fingerprint or the secret: %+v", fs[0])
	}

	wait := StartScanStaged(context.Background(), repo, Config{}, func() (*rules.Set, error) { return set, nil })
	if async, err := wait(); err != nil || len(async) != 1 || async[0].Fingerprint != fs[0].Fingerprint {
		t.Fatalf("StartScanStaged = %+v, %v; want what ScanStaged found", async, err)
	}

	// A staged symbolic link is not read as dotenv content.
	if err := os.Remove(filepath.Join(dir, ".env.example")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("docs/env.txt", filepath.Join(dir, ".env.example")); err != nil {
		t.Fatal(err)
	}
	runGit(t, dir, "add", ".env.example")
	if fs, err := ScanStaged(context.Background(), repo, Config{}, set); err != nil || len(fs) != 0 {
		t.Fatalf("staged symlink: %v, %v", fs, err)
	}
	if err := os.Remove(filepath.Join(dir, ".env.example")); err != nil {
		t.Fatal(err)
	}

	// A staged example that does not parse names file and line.
	write(t, dir, ".env.example", "A=1\nB=\"open\n")
	runGit(t, dir, "add", ".env.example")
	_, err = ScanStaged(context.Background(), repo, Config{}, set)
	if err == nil || !strings.Contains(err.Error(), ".env.example:2:") {
		t.Errorf("parse error = %v, want one naming .env.example:2", err)
	}
}

// BenchmarkScanStaged measures the env guard of a pre-commit scan on a
// repository of 20,000 tracked files in 1,000 folders plus 3,000 ignored
// ones. It is opt-in: ENVGUARD_BENCH=1 go test -bench ScanStaged.
func BenchmarkScanStaged(b *testing.B) {
	if os.Getenv("ENVGUARD_BENCH") == "" {
		b.Skip("set ENVGUARD_BENCH=1 to run")
	}
	files := map[string]string{".gitignore": "node_modules/\n.env\n.env.*\n!.env.example\n", ".env": "A=1\n", ".env.example": "A=\n"}
	for d := 0; d < 1000; d++ {
		for f := 0; f < 20; f++ {
			files[fmt.Sprintf("pkg%d/sub%d/file%d.go", d%50, d, f)] = "package x\n"
		}
	}
	for i := 0; i < 3000; i++ {
		files[fmt.Sprintf("node_modules/lib/m%d.js", i)] = "x"
	}
	dir, repo := newRepo(b, files)
	runGit(b, dir, "add", "-A")
	runGit(b, dir, "commit", "-qm", "init")
	set := rules.MustCompile(rules.Builtin())
	b.ResetTimer()
	start, cpu0 := time.Now(), cpuTime()
	for i := 0; i < b.N; i++ {
		if fs, err := ScanStaged(context.Background(), repo, Config{}, set); err != nil || len(fs) != 0 {
			b.Fatalf("ScanStaged = %v, %v", fs, err)
		}
	}
	b.ReportMetric(float64(time.Since(start).Microseconds())/float64(b.N)/1000, "ms/scan")
	// CPU time of envguard and its git children: what the scan costs on an
	// idle machine, whatever the load while benchmarking.
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(b.N)/1000, "cpu-ms/scan")
}
