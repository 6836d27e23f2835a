package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/envguard/envguard/scanner"
	"github.com/envguard/envguard/scanner/report"
)

const baselineUsage = `Usage: envguard baseline [source] [options]

Record the current findings as accepted. Every command reads
.envguard-baseline.json at the repository root when it exists (the
pre-commit hook too), so accepted findings no longer block a commit or fail
CI; --no-baseline ignores it. The file holds salted, deliberately slow
hashes of the rule id and the secret, with the rule and path for
reviewers, never a secret. It is sorted and has no timestamps, so it diffs
and merges cleanly: commit it.

A finding stays accepted when its line moves or its commit is rebased; a
different secret on the same line is reported. By default the findings are
added to the file already there; envguard says what changed.

Sources (pick one; default --all):
  --all                 the whole history of all refs
  -s, --staged          the staged changes
  --range A..B          what the commits reachable from B but not from A added
  --dir PATH            files under PATH (no git needed)

Options:
  -o, --output FILE     where to write (default .envguard-baseline.json at the
                        repository root, or in the scanned folder outside one;
                        - for standard output, a new baseline)
  --prune               drop the entries that match no finding of this scan
  --replace             start over: only this scan's findings, a new salt
  --config FILE         read FILE instead of .envguard.toml at the repository root
  --max-file-size SIZE  do not scan larger files and blobs (default: no cap; large
                        content is read in overlapping windows)
  --no-gitignore        with --dir, also scan files .gitignore excludes
  --fetch-missing       in a partial clone, fetch the blobs it lacks (envguard
                        never uses the network otherwise)
  --no-color            no colour, even on a terminal
  -v, --verbose         say what was skipped, rejected or allowed, and why

Examples:
  envguard baseline                              # accept everything in history
  git add .envguard-baseline.json
  envguard scan --all                            # reads the baseline itself
  envguard baseline --staged                     # also accept what is staged
  envguard baseline --all --prune                # forget secrets that are gone
`

func baselineCommand() *command {
	return &command{name: "baseline", summary: "record current findings as accepted", usage: baselineUsage, run: runBaseline}
}

func runBaseline(e *env, args []string) error {
	c := baselineCommand()
	f := &scanFlags{maxFileSize: scanner.DefaultMaxFileSize, noEnvCheck: true}
	output := scanner.DefaultBaselineFile
	fs := newFlagSet(e, c)
	f.addSourceFlags(e, fs)
	fs.StringVar(&output, "output", output, "")
	fs.StringVar(&output, "o", output, "")
	var prune, replace bool
	fs.BoolVar(&prune, "prune", false, "")
	fs.BoolVar(&replace, "replace", false, "")
	pos, err := parseFlags(e, c, fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef(c.name, "unexpected argument %q", pos[0])
	}
	f.maxFileSizeSet = flagSet(fs, "max-file-size")
	outputSet := flagSet(fs, "output", "o")
	n := f.sources()
	if n > 1 {
		return usagef(c.name, "choose one source: --all, -s/--staged, --range or --dir")
	}
	if n == 0 {
		f.all = true
	}
	if output == "" {
		return usagef(c.name, "-o/--output needs a file name")
	}
	if prune && replace {
		return usagef(c.name, "choose one of --prune and --replace")
	}
	mode := scanner.BaselineAdd
	switch {
	case prune:
		mode = scanner.BaselinePrune
	case replace:
		mode = scanner.BaselineReplace
	}

	spec := f.spec(e, &noticePrinter{e: e, verbose: f.verbose})
	spec.NoBaseline = true // record every finding, accepted or not
	p, err := scanner.OpenFor(spec)
	if err != nil {
		return err
	}
	res, err := p.Scan(context.Background(), spec)
	if err != nil {
		return err
	}
	if !outputSet {
		// By default the baseline lives where scans read it: at the
		// repository root, next to .envguard.toml, wherever in the work
		// tree envguard runs.
		output = relPath(e.dir, p.BaselinePathFor(spec))
	}
	if output == "-" {
		n, err := scanner.WriteNewBaseline(e.stdout, res.Findings)
		if err == nil {
			e.infof("wrote %s from %s to standard output", report.Plural(n, "accepted finding"), res.What)
		}
		return err
	}
	ch, err := scanner.UpdateBaseline(output, res.Findings, mode)
	if err != nil {
		return err
	}
	if scanErr := res.Err(); scanErr != nil {
		e.warnf("some files could not be scanned, so their findings are not in the baseline:\n%v", scanErr)
	}
	e.infof("recorded %s from %s in %s (%s)", report.Plural(ch.Total, "accepted finding"), res.What, output, baselineChange(ch))
	if ch.Migrated {
		e.infof("rewrote %s from version 1 (bare fingerprints) to version 2 (salted, slow hashes)", output)
	}
	if outputSet && !samePath(output, p.BaselinePathFor(spec)) {
		e.hintf("commit it, and scan with 'envguard scan --baseline %s'", output)
	} else {
		e.hintf("commit it: every envguard command, the pre-commit hook too, reads it")
	}
	return nil
}

// baselineChange says what an update did: "1 added, 4 kept, 2 removed".
func baselineChange(ch scanner.BaselineChange) string {
	parts := []string{fmt.Sprintf("%d added", ch.Added)}
	if !ch.Created {
		parts = append(parts, fmt.Sprintf("%d kept", ch.Kept))
	}
	if ch.Removed > 0 {
		parts = append(parts, fmt.Sprintf("%d removed", ch.Removed))
	}
	if ch.Created {
		parts = append(parts, "new file")
	}
	return strings.Join(parts, ", ")
}

// samePath reports whether a and b name the same file.
func samePath(a, b string) bool {
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(fa, fb)
	}
	x, _ := filepath.Abs(a)
	y, _ := filepath.Abs(b)
	return x == y
}

// relPath shows path relative to dir when that is shorter to read.
func relPath(dir, path string) string {
	if rel, err := filepath.Rel(dir, path); err == nil && len(rel) < len(path) {
		return rel
	}
	return path
}
