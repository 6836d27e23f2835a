package main

import (
	"errors"
	"path/filepath"

	"github.com/envguard/envguard/hooks"
)

const uninstallUsage = `Usage: envguard uninstall [options]

Remove envguard's git hooks (pre-commit and pre-push) and put back, byte
for byte and with its mode, the hook each one kept. A hook that is not
envguard's is left as it is. What 'envguard install' added to a hook
manager's configuration (between '# envguard-hook:' comments) is removed.

Options:
  --pre-commit    remove only the pre-commit hook
  --pre-push      remove only the pre-push hook
  -n, --dry-run   print what would change and change nothing

Examples:
  envguard uninstall
  envguard uninstall --pre-push --dry-run
`

func uninstallCommand() *command {
	return &command{name: "uninstall", summary: "remove envguard's git hooks, restoring the earlier ones", usage: uninstallUsage, run: runUninstall}
}

func runUninstall(e *env, args []string) error {
	c := uninstallCommand()
	fs := newFlagSet(e, c)
	var preCommit, prePush, dryRun bool
	fs.BoolVar(&preCommit, "pre-commit", false, "")
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
	var which []hooks.Hook
	if preCommit || !prePush {
		which = append(which, hooks.PreCommit)
	}
	if prePush || !preCommit {
		which = append(which, hooks.PrePush)
	}
	dir, top, err := hooksDir(e)
	if err != nil {
		return err
	}
	var plans []*hooks.Plan
	// What install added to a manager's configuration: one plan per file,
	// for the hooks it holds.
	managed := map[string][]hooks.Hook{}
	var configs []*hooks.Manager
	for _, h := range which {
		if m := hooks.DetectManager(top, dir, h); m != nil {
			if managed[m.Config] == nil {
				configs = append(configs, m)
			}
			managed[m.Config] = append(managed[m.Config], h)
		}
	}
	for _, m := range configs {
		plan, err := hooks.UninstallManaged(m, managed[m.Config]...)
		if err != nil {
			return err
		}
		if len(plan.Steps) > 0 {
			plans = append(plans, plan)
		}
	}
	for _, h := range which {
		plan, err := hooks.Uninstall(hooks.Options{Dir: dir, Hook: h})
		if errors.Is(err, hooks.ErrNotInstalled) {
			// Another tool's hook: only worth a word when it was asked
			// for by name, or when it hides a hook envguard kept.
			if len(which) == 1 || plan.HasChained {
				e.warnf("%s is not envguard's hook: left as it is", plan.Path)
			}
			if plan.HasChained {
				e.hintf("%s was kept by an earlier 'envguard install': look at it, and remove it or merge it into %s", plan.Chained, filepath.Base(plan.Path))
			}
			continue
		}
		if err != nil {
			return err
		}
		if len(plan.Steps) > 0 {
			plans = append(plans, plan)
		}
	}
	if len(plans) == 0 {
		e.infof("no envguard hook to remove in %s", dir)
		return nil
	}
	if dryRun {
		e.infof("dry run: uninstalling would:")
		for _, p := range plans {
			printSteps(e, p)
		}
		e.infof("nothing changed (run without -n/--dry-run to uninstall)")
		return nil
	}
	for _, p := range plans {
		e.infof("removing the %s hook:", p.Hook)
		printSteps(e, p)
		if err := p.Apply(); err != nil {
			return withHint(err, "fix the problem above (e.g. the hooks folder's permissions) and run 'envguard uninstall' again")
		}
	}
	e.infof("uninstalled")
	return nil
}
