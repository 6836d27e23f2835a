package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/envguard/envguard/hooks"
	"github.com/envguard/envguard/scanner/gitrepo"
)

const installUsage = `Usage: envguard install [options]

Install envguard as the repository's git pre-commit hook: every commit then
runs 'envguard scan --staged' and a leaked secret or a staged .env file
blocks it.

A hook that is already there is never overwritten: it is kept beside
envguard's as pre-commit.envguard-chained and runs first; either one
failing blocks the commit. 'envguard uninstall' puts it back exactly.
Installing again is safe: it changes nothing, or updates envguard's hook.

The hook goes to core.hooksPath when it is set, else to the hooks folder
of the repository's common git directory, which linked worktrees share.
It runs the envguard on PATH, else the one it was installed from, and
fails with a message when neither is there.

Options:
  --pre-push      install the pre-push hook instead: each push then scans
                  the commits it sends with 'envguard scan --range'
  -n, --dry-run   print what would change and change nothing

Examples:
  envguard install
  envguard install --pre-push
  git commit --no-verify      # skip every hook for one commit
`

func installCommand() *command {
	return &command{name: "install", summary: "install the git pre-commit (or pre-push) hook", usage: installUsage, run: runInstall}
}

func runInstall(e *env, args []string) error {
	c := installCommand()
	fs := newFlagSet(e, c)
	var prePush, dryRun bool
	fs.BoolVar(&prePush, "pre-push", false, "")
	fs.BoolVar(&dryRun, "dry-run", false, "")
	fs.BoolVar(&dryRun, "n", false, "")
	pos, err := parseFlags(e, c, fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef(c.name, "unexpected argument %q", pos[0])
	}
	hook := hooks.PreCommit
	if prePush {
		hook = hooks.PrePush
	}
	dir, err := hooksDir(e)
	if err != nil {
		return err
	}
	exe, err := executable()
	if err != nil {
		return err
	}
	plan, err := hooks.Install(hooks.Options{Dir: dir, Hook: hook, Executable: exe})
	var taken *hooks.ChainTakenError
	if errors.As(err, &taken) {
		return withHint(err,
			fmt.Sprintf("%s is left from an earlier install: look at it and, if it is still wanted, merge it into %s", filepath.Base(taken.Chained), filepath.Base(taken.Path)),
			fmt.Sprintf("then remove %s and run 'envguard install' again", taken.Chained))
	}
	if err != nil {
		return err
	}
	if len(plan.Steps) == 0 {
		e.infof("the %s hook is already installed: %s", hook, plan.Path)
		return nil
	}
	if dryRun {
		e.infof("dry run: installing the %s hook would:", hook)
		printSteps(e, plan)
		e.infof("nothing changed (run without -n/--dry-run to install)")
		return nil
	}
	e.infof("installing the %s hook:", hook)
	printSteps(e, plan)
	if err := plan.Apply(); err != nil {
		return withHint(err, "nothing was installed: fix the problem above (e.g. the hooks folder's permissions) and run 'envguard install' again")
	}
	e.infof("installed: %s", installedSummary(hook, plan))
	if _, err := exec.LookPath("envguard"); err != nil {
		e.warnf("envguard is not on PATH: the hook will run %s, and fail if that file moves", exe)
		e.hintf("install envguard on PATH: go install github.com/envguard/envguard/cmd/envguard@latest")
	}
	return nil
}

// installedSummary says what the installed hook does from now on.
func installedSummary(hook hooks.Hook, plan *hooks.Plan) string {
	var s string
	if hook == hooks.PrePush {
		s = "every push now runs 'envguard scan --range' on the commits it sends; skip it once with 'git push --no-verify'"
	} else {
		s = "every commit now runs 'envguard scan --staged'; skip it once with 'git commit --no-verify'"
	}
	if plan.State == hooks.Foreign || plan.HasChained {
		s += "; the earlier hook runs first"
	}
	return s
}

// printSteps lists a plan's steps on stderr, one per line.
func printSteps(e *env, plan *hooks.Plan) {
	for _, s := range plan.Steps {
		fmt.Fprintf(e.stderr, "  - %s\n", s)
	}
}

// hooksDir returns the folder git runs hooks from, as git itself works it
// out: core.hooksPath when set (a relative one is relative to the top of
// the work tree, where git runs hooks), else the hooks folder of the
// common git directory that linked worktrees share.
func hooksDir(e *env) (string, error) {
	repo, err := gitrepo.Open(e.dir)
	if err != nil {
		return "", err
	}
	if err := repo.RequireWorkTree(); err != nil {
		return "", withHint(err, "install the hook in a clone with a work tree: git runs no commit hooks in a bare repository")
	}
	out, err := repo.Output(context.Background(), "rev-parse", "--path-format=absolute", "--git-path", "hooks")
	if err != nil {
		return "", err
	}
	dir := strings.TrimRight(string(out), "\r\n")
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(repo.WorkTree, dir)
	}
	return filepath.Clean(dir), nil
}

// executable returns the absolute path of the running envguard, which the
// hook falls back on when envguard is not on PATH.
func executable() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", withHint(fmt.Errorf("cannot tell where envguard is installed: %w", err),
			"install envguard with 'go install github.com/envguard/envguard/cmd/envguard@latest' and run 'envguard install' again")
	}
	if p, err := filepath.EvalSymlinks(exe); err == nil {
		exe = p
	}
	return filepath.Abs(exe)
}
