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
	"github.com/envguard/envguard/scanner"
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

When a hook manager runs the repository's hooks (husky, lefthook, the
pre-commit framework, overcommit, simple-git-hooks), envguard adds itself
to the manager's configuration instead (.husky/pre-commit, lefthook.yml,
.pre-commit-config.yaml), between '# envguard-hook:' comments, or, where
it cannot edit that configuration safely, says what to add and changes
nothing. The manager then runs envguard with the hooks it already runs;
envguard must be on PATH for everyone who commits.

Options:
  --pre-push      install the pre-push hook instead: each push then scans
                  the commits it sends with 'envguard scan --range'
  --native        install envguard's git hook even where a hook manager is
                  found; the manager's hook is kept and runs first
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
	var prePush, dryRun, native bool
	fs.BoolVar(&prePush, "pre-push", false, "")
	fs.BoolVar(&native, "native", false, "")
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
	dir, top, err := hooksDir(e)
	if err != nil {
		return err
	}
	if m := hooks.DetectManager(top, dir, hook); m != nil && !native {
		return installManaged(e, m, hook, dryRun)
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
	if m := hookManager(plan, dir); m != "" {
		e.hintf("%s manages this hook and may rewrite it: running envguard from its own config is sturdier (see the README's git hooks section)", m)
	}
	if _, err := exec.LookPath("envguard"); err != nil {
		e.warnf("envguard is not on PATH: the hook will run %s, and fail if that file moves", exe)
		e.hintf("install envguard on PATH: in a clone of https://github.com/envguard/envguard run go install ./cmd/envguard")
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

// hookManager names the hook manager whose hook envguard chained, or whose
// folder core.hooksPath points at, if it recognises one.
func hookManager(plan *hooks.Plan, dir string) string {
	if filepath.Base(dir) == "_" && filepath.Base(filepath.Dir(dir)) == ".husky" {
		return "husky"
	}
	if plan.State != hooks.Foreign {
		return ""
	}
	f, err := os.Open(plan.Chained)
	if err != nil {
		return ""
	}
	defer f.Close()
	head := make([]byte, 2048)
	n, _ := f.Read(head)
	text := string(head[:n])
	switch {
	case strings.Contains(text, "File generated by pre-commit"):
		return "the pre-commit framework"
	case strings.Contains(text, "lefthook"):
		return "lefthook"
	case strings.Contains(text, "husky"):
		return "husky"
	}
	return ""
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
func hooksDir(e *env) (dir, top string, err error) {
	repo, err := scanner.OpenRepo(e.dir)
	if err != nil {
		return "", "", err
	}
	if err := repo.RequireWorkTree(); err != nil {
		return "", "", withHint(err, "install the hook in a clone with a work tree: git runs no commit hooks in a bare repository")
	}
	out, err := repo.Output(context.Background(), "rev-parse", "--path-format=absolute", "--git-path", "hooks")
	if err != nil {
		return "", "", err
	}
	dir = strings.TrimRight(string(out), "\r\n")
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(repo.WorkTree, dir)
	}
	return filepath.Clean(dir), filepath.Clean(repo.WorkTree), nil
}

// executable returns the absolute path of the running envguard, which the
// hook falls back on when envguard is not on PATH.
func executable() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", withHint(fmt.Errorf("cannot tell where envguard is installed: %w", err),
			"install envguard (in a clone of https://github.com/envguard/envguard: go install ./cmd/envguard) and run 'envguard install' again")
	}
	if p, err := filepath.EvalSymlinks(exe); err == nil {
		exe = p
	}
	return filepath.Abs(exe)
}

// installManaged adds envguard to the configuration of the hook manager
// that runs the repository's hooks, or says what to add by hand.
func installManaged(e *env, m *hooks.Manager, hook hooks.Hook, dryRun bool) error {
	plan, err := hooks.InstallManaged(m, hook)
	var manual *hooks.ManualConfigError
	if errors.As(err, &manual) {
		hints := []string{"nothing was changed"}
		if m.Snippet != "" {
			hints = append(hints, "add this to "+m.Config+":")
			for _, l := range strings.Split(strings.TrimRight(m.Snippet, "\n"), "\n") {
				hints = append(hints, "    "+l)
			}
		}
		native := "envguard install --native"
		if hook == hooks.PrePush {
			native = "envguard install --pre-push --native"
		}
		hints = append(hints, "or run '"+native+"' to chain envguard's git hook after the manager's (the manager may rewrite it)")
		return withHint(err, hints...)
	}
	if err != nil {
		return err
	}
	if len(plan.Steps) == 0 {
		e.infof("envguard is already in %s's configuration: %s", m.Name, m.Config)
		return nil
	}
	if dryRun {
		e.infof("dry run: %s runs this repository's hooks; installing would:", m.Name)
		printSteps(e, plan)
		e.infof("nothing changed (run without -n/--dry-run to install)")
		return nil
	}
	e.infof("%s runs this repository's hooks; installing through its configuration:", m.Name)
	printSteps(e, plan)
	if err := plan.Apply(); err != nil {
		return withHint(err, "nothing was installed: fix the problem above and run 'envguard install' again")
	}
	what := "'envguard scan --staged'"
	if hook == hooks.PrePush {
		what = "'envguard scan --range' on the commits pushed"
	}
	e.infof("installed: %s now runs %s with its other %s hooks; commit %s to share it", m.Name, what, hook, filepath.Base(m.Config))
	if m.Name == "pre-commit" {
		e.hintf("make sure the framework's git hook is installed: pre-commit install --hook-type %s", hook)
	}
	if _, err := exec.LookPath("envguard"); err != nil {
		e.warnf("envguard is not on PATH: %s will fail to run it until it is", m.Name)
		e.hintf("install envguard on PATH: go install ./cmd/envguard in a clone of envguard, then make sure $(go env GOPATH)/bin is on PATH")
	}
	return nil
}
