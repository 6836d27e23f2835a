package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/envguard/envguard/scanner"
	"github.com/envguard/envguard/scanner/fix"
)

const fixUsage = `Usage: envguard fix [options]

Plan and apply repairs for what check-env, check-example and the staged
scan report:

  - an env file git tracks or has staged: remove it from the index only
    (git rm --cached; the file stays on disk as it is);
  - an env file git does not ignore: add the narrowest line to the root
    .gitignore;
  - a real value in an example file: move it to the .env beside it (unless
    .env has it) and put a placeholder that says how to make one;
  - a leaked key envguard can make (Fernet, hex, urlsafe, Django, password):
    a fresh one in .env (under the name .env already holds the leaked
    value under, else the code's), the leaked one kept as NAME_PREVIOUS,
    and the line of code to change;
  - a provider token: says to revoke and rotate it at the provider.

Files the next commit needs (.gitignore, a fixed example, rewritten
code) are staged, unless they hold changes you have not staged.

The plan is printed first. On a terminal fix asks before changing
anything; elsewhere it needs --yes.

Options:
  -n, --dry-run       print the plan and change nothing
  -y, --yes           apply the plan without asking
  --rewrite           also replace a leaked literal in source code with a read
                      of the environment variable in the project's idiom
                      (decouple config(), os.environ, process.env, os.Getenv,
                      ...) and add its import; a constant stays a constant
                      or the change is printed instead; otherwise fix prints
                      the line to change
  --env-file PATH     where fresh keys for leaks in code go (default .env
                      at the repository root)
  --config FILE       read FILE instead of .envguard.toml at the root
  --no-color          no colour, even on a terminal

Exit status: 0 nothing left to fix, 1 something left (or the plan was not
applied), 2 error.

Examples:
  envguard fix --dry-run
  envguard fix --yes
`

func fixCommand() *command {
	return &command{name: "fix", summary: "repair: untrack .env, fix .gitignore, replace leaked keys", usage: fixUsage, run: runFix}
}

type fixFlags struct {
	dryRun, yes     bool
	rewrite         bool
	envFile, config string
}

func runFix(e *env, args []string) error {
	c := fixCommand()
	f := &fixFlags{}
	fs := newFlagSet(e, c)
	fs.BoolVar(&f.dryRun, "dry-run", false, "")
	fs.BoolVar(&f.dryRun, "n", false, "")
	fs.BoolVar(&f.yes, "yes", false, "")
	fs.BoolVar(&f.yes, "y", false, "")
	fs.BoolVar(&f.rewrite, "rewrite", false, "")
	fs.StringVar(&f.envFile, "env-file", "", "")
	fs.StringVar(&f.config, "config", "", "")
	fs.BoolVar(&e.noColor, "no-color", false, "")
	pos, err := parseFlags(e, c, fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef(c.name, "unexpected argument %q", pos[0])
	}
	if f.dryRun && f.yes {
		return usagef(c.name, "choose -n/--dry-run or -y/--yes, not both")
	}
	ctx := context.Background()
	p, err := scanner.Open(e.dir, "", f.config, scanner.RepoWorkTree)
	if err != nil {
		return err
	}
	m, err := p.EnvMatcher()
	if err != nil {
		return err
	}
	opts := fix.Options{EnvFile: f.envFile, Rewrite: f.rewrite, Matcher: m}
	if opts.EnvFile != "" {
		if opts.EnvFile, err = envFileRel(e, p.Repo, opts.EnvFile); err != nil {
			return err
		}
	}
	findings, err := fixFindings(ctx, e, p, opts)
	if err != nil {
		return err
	}
	if len(findings) == 0 {
		e.infof("nothing to fix")
		return nil
	}
	plan, err := fix.NewPlan(ctx, p.Repo, findings, opts)
	if err != nil {
		return err
	}
	if len(plan.Steps) == 0 {
		e.infof("nothing fix can repair: 'envguard scan' and 'envguard check-env' list what they found")
		return errFindings
	}
	printPlan(e, plan)
	switch {
	case f.dryRun:
		e.infof("dry run: nothing was changed")
		return errFindings
	case plan.Changes() == 0:
		printLeft(e, plan, nil)
		return errFindings
	case !f.yes && !e.stdinTTY:
		e.infof("nothing was changed: run 'envguard fix --yes' to apply the plan")
		return errFindings
	case !f.yes && !confirm(e, plan.Changes()):
		e.infof("nothing was changed")
		return errFindings
	}
	return applyPlan(ctx, e, p, plan, opts)
}

// fixFindings gathers what fix repairs: the env guard's view of the whole
// work tree and the staged scan.
func fixFindings(ctx context.Context, e *env, p *scanner.Project, opts fix.Options) ([]scanner.Finding, error) {
	envs, err := fix.EnvFindings(ctx, p.Repo, opts.Matcher, p.Set)
	if err != nil {
		return nil, err
	}
	staged, err := p.Scan(ctx, scanner.Spec{Dir: e.dir, Source: scanner.Staged})
	if err != nil {
		return nil, err
	}
	if scanErr := staged.Err(); scanErr != nil {
		e.warnf("some staged files could not be scanned:\n%v", scanErr)
	}
	return fix.Collect(envs, staged.Findings), nil
}

func printPlan(e *env, plan *fix.Plan) {
	w := e.stdout
	if plan.Changes() > 0 {
		fmt.Fprintln(w, "envguard fix will:")
		n := 0
		for _, s := range plan.Steps {
			if s.Manual() {
				continue
			}
			n++
			fmt.Fprintf(w, "  %d. %s\n", n, s.Summary)
			for _, note := range s.Notes {
				fmt.Fprintf(w, "     %s\n", note)
			}
		}
	}
	if len(plan.Committed) > 0 {
		fmt.Fprintf(w, "already in git history (fixing the work tree does not remove them): %s\n", strings.Join(plan.Committed, ", "))
	}
	if manual := manualSteps(plan); len(manual) > 0 {
		fmt.Fprintln(w, "to do by hand:")
		for _, s := range manual {
			fmt.Fprintf(w, "  - %s\n", s.Summary)
			for _, note := range s.Notes {
				fmt.Fprintf(w, "    %s\n", note)
			}
		}
	}
}

func manualSteps(plan *fix.Plan) []fix.Step {
	var out []fix.Step
	for _, s := range plan.Steps {
		if s.Manual() {
			out = append(out, s)
		}
	}
	return out
}

// confirm asks on the terminal; only "y" or "yes" applies.
func confirm(e *env, n int) bool {
	if n == 1 {
		fmt.Fprintf(e.stderr, "apply this change? [y/N] ")
	} else {
		fmt.Fprintf(e.stderr, "apply these %d changes? [y/N] ", n)
	}
	line, _ := bufio.NewReader(e.stdin).ReadString('\n')
	a := strings.ToLower(strings.TrimSpace(line))
	return a == "y" || a == "yes"
}

// applyPlan runs the plan, says what was done, then checks again and says
// what is left.
func applyPlan(ctx context.Context, e *env, p *scanner.Project, plan *fix.Plan, opts fix.Options) error {
	err := plan.Apply(ctx, func(s fix.Step) { fmt.Fprintf(e.stdout, "done: %s\n", s.Summary) })
	var ae *fix.ApplyError
	if errors.As(err, &ae) {
		var hints []string
		if len(ae.Done) == 0 {
			hints = append(hints, "nothing was changed")
		} else {
			if len(ae.Done) == 1 {
				hints = append(hints, "the step marked done above was applied and is valid")
			} else {
				hints = append(hints, fmt.Sprintf("the %d steps marked done above were applied and are valid", len(ae.Done)))
			}
		}
		for _, s := range ae.NotDone {
			hints = append(hints, "not done: "+s.Summary)
		}
		hints = append(hints, "fix the cause and run 'envguard fix' again: it plans only what is left")
		return withHint(fmt.Errorf("failed: %w", err), hints...)
	}
	if err != nil {
		return err
	}
	if len(plan.Staged) > 0 {
		fmt.Fprintf(e.stdout, "staged for the next commit: %s\n", strings.Join(plan.Staged, " "))
	}
	left, err := fixFindings(ctx, e, p, opts)
	if err != nil {
		return err
	}
	more := printLeft(e, plan, left)
	if len(plan.Unstaged) > 0 {
		e.warnf("fix changed files that also hold changes you have not staged, so it left them unstaged")
		e.hintf("review them, then stage them: git add -- %s", strings.Join(plan.Unstaged, " "))
		more = true
	}
	if more {
		return errFindings
	}
	e.infof("nothing left to fix in the work tree")
	return nil
}

// printLeft says what remains after the plan: findings the checks still
// report, advice, and secrets already in history. It reports whether
// the checks or the advice leave anything to do; history alone is a
// warning, since no change to the work tree can remove it.
func printLeft(e *env, plan *fix.Plan, left []scanner.Finding) bool {
	more := false
	for _, fd := range left {
		if !more {
			fmt.Fprintln(e.stdout, "still reported:")
			more = true
		}
		what := fd.Description
		if what == "" {
			what = fd.Message
		}
		fmt.Fprintf(e.stdout, "  %s:%d: %s: %s\n", fd.Path, fd.Line, fd.RuleID, what)
	}
	var restage []string
	seen := map[string]bool{}
	for _, fd := range left {
		if !seen[fd.Path] && fd.RuleID != fix.RuleNotIgnored && fd.RuleID != fix.RuleTracked && fd.RuleID != fix.RuleStaged {
			seen[fd.Path] = true
			restage = append(restage, fd.Path)
		}
	}
	if len(restage) > 0 {
		e.hintf("the staged scan reads what is staged: change the code as shown, then stage the files again: git add -- %s", strings.Join(restage, " "))
	}
	if len(manualSteps(plan)) > 0 {
		more = true
		e.warnf("some steps must be done by hand: see \"to do by hand\" above")
	}
	if len(plan.Committed) > 0 {
		e.warnf("already committed, so the secrets stay in git history: %s", strings.Join(plan.Committed, ", "))
		e.hintf("rotate every secret those files held: the old values must stop working")
		e.hintf("if the history was shared, rewrite it with git filter-repo (https://github.com/newren/git-filter-repo) or BFG (https://rtyley.github.io/bfg-repo-cleaner/)")
	}
	return more
}

// envFileRel turns --env-file into a path relative to the work tree.
func envFileRel(e *env, repo *scanner.Repo, p string) (string, error) {
	abs := p
	if !filepath.IsAbs(p) {
		abs = filepath.Join(e.dir, p)
	}
	rel, err := repo.Rel(abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, "../") {
		return "", usagef("fix", "--env-file %s is outside the repository", p)
	}
	return rel, nil
}
