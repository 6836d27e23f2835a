package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/envguard/envguard/scanner/report"
)

// TestMain lets the test binary run as envguard inside scripts, so scripts
// and git hooks they install call the real program.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"envguard": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScript runs the end-to-end specs in testdata/script/*.txtar. Each
// builds real git repositories in its own $WORK.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("..", "..", "testdata", "script"),
		Setup:               setupScript,
		Cmds:                map[string]func(*testscript.TestScript, bool, []string){"exits": cmdExits, "sarifcheck": cmdSARIFCheck},
		RequireExplicitExec: true,
	})
}

// setupScript gives each script a private HOME with a git identity, so
// the user's own git config never leaks into a test.
func setupScript(env *testscript.Env) error {
	home := filepath.Join(env.WorkDir, ".home")
	if err := os.MkdirAll(home, 0o755); err != nil {
		return err
	}
	gitconfig := "[user]\n\tname = envguard test\n\temail = test@example.com\n[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n"
	if err := os.WriteFile(filepath.Join(home, ".gitconfig"), []byte(gitconfig), 0o644); err != nil {
		return err
	}
	env.Setenv("HOME", home)
	env.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	env.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	env.Setenv("NO_COLOR", "")
	env.Setenv("GIT_AUTHOR_DATE", "2026-01-02T03:04:05Z")
	env.Setenv("GIT_COMMITTER_DATE", "2026-01-02T03:04:05Z")
	return nil
}

// cmdSARIFCheck checks that each file is a valid SARIF 2.1.0 log (see
// report.CheckSARIF):
//
//	sarifcheck out.sarif
func cmdSARIFCheck(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) == 0 {
		ts.Fatalf("usage: sarifcheck FILE...")
	}
	for _, a := range args {
		if err := report.CheckSARIF([]byte(ts.ReadFile(a))); err != nil {
			ts.Fatalf("%s: %v", a, err)
		}
	}
}

// cmdExits runs a program like exec and checks its exit code:
//
//	exits 2 envguard scan --range nope..HEAD
//
// Standard output and error are kept for the stdout and stderr commands.
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits CODE PROGRAM [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: bad code %q", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exits: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited %d, want %d", args[1], got, want)
	}
}
