package gitignore

import (
	"bytes"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The universe of the differential test: directories and files that exist
// in the temporary repository.
var (
	diffDirs  = []string{"a", "a/b", "a/b/c", "c", "sub", "sub/a"}
	diffFiles = []string{
		".env", ".env.local", ".env.example", "env.example", "x.txt", "y.md", "b", "file ",
		"a/.env", "a/.env.production", "a/x.txt", "a/c",
		"a/b/.env", "a/b/.env.example", "a/b/x.txt", "a/b/c/.env.test", "a/b/c/!x",
		"c/.env", "c/a", "c/x.txt", "sub/.env.local", "sub/a/.env", "sub/a/#x", "sub/[x]",
	}
	diffAtoms = []string{
		".env", ".env.*", ".env*", "*.local", ".env.example", "env.example", "a", "b", "c", "sub",
		"x.txt", "*.txt", "*", "?.txt", ".env.[lp]*", "[!.]*", "[[:alpha:]]", "\\.env", "\\!x", "\\#x",
		"[]x[]", "\\[x]", "*.md", ".e*v", "*x*", "file\\ ", "[a-c]", ".env.[^e]*",
	}
)

// genPattern returns a random ignore line.
func genPattern(r *rand.Rand) string {
	var segs []string
	n := 1 + r.Intn(3)
	if r.Intn(3) > 0 {
		n = 1
	}
	for i := 0; i < n; i++ {
		switch r.Intn(8) {
		case 0:
			segs = append(segs, "**")
		default:
			segs = append(segs, diffAtoms[r.Intn(len(diffAtoms))])
		}
	}
	p := strings.Join(segs, "/")
	if r.Intn(4) == 0 {
		p = "/" + p
	}
	if r.Intn(5) == 0 {
		p += "/"
	}
	if r.Intn(5) == 0 {
		p = "!" + p
	}
	switch r.Intn(20) {
	case 0:
		p += "  "
	case 1:
		p = "# " + p
	case 2:
		p += "\t"
	}
	return p
}

func genFile(r *rand.Rand, max int) string {
	var b strings.Builder
	if r.Intn(10) == 0 {
		b.WriteString("\xEF\xBB\xBF") // a UTF-8 byte order mark
	}
	eol := "\n"
	if r.Intn(10) == 0 {
		eol = "\r\n"
	}
	for i := r.Intn(max + 1); i > 0; i-- {
		b.WriteString(genPattern(r))
		b.WriteString(eol)
	}
	return b.String()
}

// TestDifferentialGit compares Tree with `git check-ignore --no-index` on
// many generated ignore files.
func TestDifferentialGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	root := t.TempDir()
	gitCmd(t, root, nil, "init", "-q")
	for _, d := range diffDirs {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range diffFiles {
		if err := os.WriteFile(filepath.Join(root, f), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	queries := append(append([]string(nil), diffDirs...), diffFiles...)
	isDir := map[string]bool{}
	for _, d := range diffDirs {
		isDir[d] = true
	}
	excludes := filepath.Join(t.TempDir(), "global-ignore")
	info := filepath.Join(root, ".git", "info", "exclude")
	rounds := 150
	if testing.Short() {
		rounds = 40
	}
	seed := int64(20261129)
	// ENVGUARD_DIFF_ROUNDS=N ENVGUARD_DIFF_SEED=S run a longer or another
	// sequence, for a deeper look.
	if n, err := strconv.Atoi(os.Getenv("ENVGUARD_DIFF_ROUNDS")); err == nil && n > 0 {
		rounds = n
	}
	if s, err := strconv.ParseInt(os.Getenv("ENVGUARD_DIFF_SEED"), 10, 64); err == nil {
		seed = s
	}
	r := rand.New(rand.NewSource(seed))
	checked := 0
	for round := 0; round < rounds; round++ {
		files := map[string]string{
			filepath.Join(root, ".gitignore"):          genFile(r, 6),
			filepath.Join(root, "a", ".gitignore"):     genFile(r, 4),
			filepath.Join(root, "a/b", ".gitignore"):   genFile(r, 3),
			filepath.Join(root, "sub", ".gitignore"):   genFile(r, 2),
			filepath.Join(root, "a/b/c", ".gitignore"): genFile(r, 2),
			filepath.Join(root, "c", ".gitignore"):     genFile(r, 2),
			info:                                       genFile(r, 3),
			excludes:                                   genFile(r, 2),
		}
		for name, data := range files {
			if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want := gitIgnored(t, root, excludes, queries)
		tree := New(root, Options{InfoExclude: info, ExcludesFile: excludes})
		var got []string
		for _, q := range queries {
			if tree.Ignored(q, isDir[q]) {
				got = append(got, q)
			}
		}
		sort.Strings(got)
		if strings.Join(got, "|") != strings.Join(want, "|") {
			var desc strings.Builder
			for name, data := range files {
				rel, _ := filepath.Rel(root, name)
				desc.WriteString("--- " + rel + "\n" + data)
			}
			t.Fatalf("round %d: ignore files:\n%s\ngit ignores: %q\nwe ignore:   %q", round, desc.String(), want, got)
		}
		checked += len(queries)
	}
	t.Logf("%d rounds, %d path checks agree with git", rounds, checked)
}

func gitIgnored(t *testing.T, root, excludes string, queries []string) []string {
	t.Helper()
	var in bytes.Buffer
	for _, q := range queries {
		in.WriteString(q)
		in.WriteByte(0)
	}
	out, err := gitCmdOut(root, &in, "-c", "core.excludesFile="+excludes, "check-ignore", "--no-index", "--stdin", "-z")
	if err != nil {
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
			t.Fatalf("git check-ignore: %v", err)
		}
	}
	var res []string
	for _, p := range strings.Split(string(out), "\x00") {
		if p != "" {
			res = append(res, p)
		}
	}
	sort.Strings(res)
	return res
}

func gitCmdOut(dir string, stdin *bytes.Buffer, args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL=/dev/null")
	if stdin != nil {
		cmd.Stdin = stdin
	}
	return cmd.Output()
}

func gitCmd(t *testing.T, dir string, stdin *bytes.Buffer, args ...string) {
	t.Helper()
	if out, err := gitCmdOut(dir, stdin, args...); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}
