package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"

	"github.com/envguard/envguard/scanner"
	"github.com/envguard/envguard/scanner/report"
)

const scanUsage = `Usage: envguard scan [source] [options]

Scan for secrets. Without a source flag it scans what is staged, as the
pre-commit hook does.

Sources (pick one):
  -s, --staged          the staged changes: only lines added relative to HEAD (default)
  --range A..B          what the commits reachable from B but not from A added
                        (an A of 40 zeros, as a pre-push hook may pass: all of B;
                        --range REV: what that one commit added)
  --all                 the whole history of all refs, each secret reported once
  --dir PATH            files under PATH (no git needed; honours .gitignore)
  --stdin               standard input (name it with --stdin-name NAME)

Options:
  -f, --format FORMAT   text, json, sarif or junit (default text)
  -o, --output FILE     write the report to FILE instead of standard output
  --baseline FILE       report only findings not recorded in FILE (default
                        .envguard-baseline.json at the repository root, when
                        it exists)
  --no-baseline         report accepted findings too: read no baseline
  --config FILE         read FILE instead of .envguard.toml at the repository root
  --show-secrets        print secrets unredacted (never in shared CI logs)
  --max-file-size SIZE  do not scan larger files and blobs (default: no cap; large
                        content is read in overlapping windows)
  --no-env-check        skip the .env guard checks in a staged scan
  --no-gitignore        with --dir, also scan files .gitignore excludes
  --fetch-missing       with --all/--range in a partial clone, fetch the blobs it
                        lacks (envguard never uses the network otherwise)
  --no-color            no colour, even on a terminal (NO_COLOR works too)
  -q, --quiet           no summary, progress or notes on stderr
  -v, --verbose         say what was skipped, rejected or allowed, and why

Exit status: 0 nothing found, 1 findings, 2 error.

Examples:
  envguard scan                                  # pre-commit: what is staged
  envguard scan --range origin/main..HEAD -f sarif -o envguard.sarif
  envguard scan --all --baseline .envguard-baseline.json
  envguard scan --dir . --format json
  cat settings.py | envguard scan --stdin --stdin-name settings.py
`

func scanCommand() *command {
	return &command{name: "scan", summary: "scan staged changes, a commit range, history, a directory or stdin", usage: scanUsage, run: runScan}
}

// scanFlags holds the parsed command line of scan.
type scanFlags struct {
	staged, all, stdin        bool
	rangeSpec, dir, stdinName string
	baseline                  string
	noBaseline                bool
	out                       outputFlags
	configPath                string
	verbose                   bool
	noEnvCheck, noGitignore   bool
	fetchMissing              bool
	maxFileSize               byteSize
	maxFileSizeSet            bool
}

func parseScanFlags(e *env, c *command, args []string) (*scanFlags, error) {
	f := &scanFlags{maxFileSize: 10 << 20}
	fs := newFlagSet(e, c)
	f.addSourceFlags(e, fs)
	fs.BoolVar(&f.stdin, "stdin", false, "")
	fs.StringVar(&f.stdinName, "stdin-name", "stdin", "")
	f.out.add(fs)
	fs.StringVar(&f.baseline, "baseline", "", "")
	fs.BoolVar(&f.noBaseline, "no-baseline", false, "")
	fs.BoolVar(&f.noEnvCheck, "no-env-check", false, "")
	pos, err := parseFlags(e, c, fs, args)
	if err != nil {
		return nil, err
	}
	if len(pos) > 0 {
		return nil, usagef(c.name, "unexpected argument %q", pos[0])
	}
	f.maxFileSizeSet = flagSet(fs, "max-file-size")
	if f.sources() > 1 {
		return nil, usagef(c.name, "choose one source: -s/--staged, --range, --all, --dir or --stdin")
	}
	if f.noBaseline && f.baseline != "" {
		return nil, usagef(c.name, "choose one of --baseline and --no-baseline")
	}
	if err := f.out.check(c.name); err != nil {
		return nil, err
	}
	return f, nil
}

// addSourceFlags registers the flags scan and baseline share: the sources
// but --stdin, the config, the size limit and the output noise.
func (f *scanFlags) addSourceFlags(e *env, fs *flag.FlagSet) {
	fs.BoolVar(&f.staged, "staged", false, "")
	fs.BoolVar(&f.staged, "s", false, "")
	fs.StringVar(&f.rangeSpec, "range", "", "")
	fs.BoolVar(&f.all, "all", false, "")
	fs.StringVar(&f.dir, "dir", "", "")
	fs.StringVar(&f.configPath, "config", "", "")
	fs.Var(&f.maxFileSize, "max-file-size", "")
	fs.BoolVar(&f.noGitignore, "no-gitignore", false, "")
	fs.BoolVar(&f.fetchMissing, "fetch-missing", false, "")
	fs.BoolVar(&e.noColor, "no-color", false, "")
	fs.BoolVar(&e.quiet, "quiet", e.quiet, "")
	fs.BoolVar(&e.quiet, "q", e.quiet, "")
	fs.BoolVar(&f.verbose, "verbose", false, "")
	fs.BoolVar(&f.verbose, "v", false, "")
}

// sources counts the source flags given.
func (f *scanFlags) sources() int {
	n := 0
	for _, set := range []bool{f.staged, f.rangeSpec != "", f.all, f.dir != "", f.stdin} {
		if set {
			n++
		}
	}
	return n
}

// flagSet reports whether any of names was given on the command line.
func flagSet(fs *flag.FlagSet, names ...string) bool {
	set := false
	fs.Visit(func(fl *flag.Flag) {
		for _, n := range names {
			set = set || fl.Name == n
		}
	})
	return set
}

func runScan(e *env, args []string) error {
	c := scanCommand()
	f, err := parseScanFlags(e, c, args)
	if err != nil {
		return err
	}
	notices := &noticePrinter{e: e, verbose: f.verbose}
	f.out.accept = f.acceptCommand()
	f.out.noFix = f.stdin
	spec := f.spec(e, notices)
	prepareScan(spec.Source == scanner.Staged)
	res, err := scanner.Run(context.Background(), spec)
	e.clearProgress()
	notices.flush()
	if err != nil {
		writeFailure(e, &f.out, spec.What(), err)
		return err
	}
	if f.verbose {
		for _, s := range res.StaleBaseline {
			e.infof("baseline entry no longer matches anything: %s", s)
		}
	}
	if err := f.out.write(e, res); err != nil {
		return err
	}
	switch {
	case len(res.Findings) > 0:
		return errFindings
	case res.Err() != nil:
		return withHint(errors.New("the scan was incomplete"), "fix or exclude the files named above and scan again")
	}
	return nil
}

// acceptCommand is the baseline command that accepts what this scan finds.
func (f *scanFlags) acceptCommand() string {
	switch {
	case f.rangeSpec != "":
		return "envguard baseline --range " + f.rangeSpec
	case f.all:
		return "envguard baseline --all"
	case f.dir != "":
		return "envguard baseline --dir " + f.dir
	case f.stdin:
		return "" // baseline has no --stdin: the text report offers '# envguard:allow' only
	}
	return "envguard baseline --staged"
}

// spec turns the scan flags into the library's neutral spec.
func (f *scanFlags) spec(e *env, notices *noticePrinter) scanner.Spec {
	s := scanner.Spec{
		Dir: e.dir, Source: scanner.Staged,
		Range: f.rangeSpec, Path: f.dir, Stdin: e.stdin, StdinName: f.stdinName,
		ConfigPath: f.configPath, Baseline: f.baseline, NoBaseline: f.noBaseline,
		NoGitignore: f.noGitignore, FetchMissing: f.fetchMissing, NoEnvCheck: f.noEnvCheck,
		Rejected: f.verbose, Notify: notices.notify,
	}
	if f.maxFileSizeSet {
		s.MaxFileSize = int64(f.maxFileSize)
	}
	switch {
	case f.rangeSpec != "":
		s.Source = scanner.Range
	case f.all:
		s.Source = scanner.History
	case f.dir != "":
		s.Source = scanner.Dir
	case f.stdin:
		s.Source = scanner.Stdin
	}
	if e.stderrTTY && !f.stdin && !e.quiet {
		s.Progress = newProgress(e).update
	}
	return s
}

// writeFindings writes a scan's report in format to output (standard
// output when empty or "-") and warns on stderr about files that could not
// be scanned when the report itself does not show them on the terminal.
// When the report goes to a file, or a clean text scan to a terminal, one
// summary line on stderr says what was found.
func writeFindings(e *env, o *outputFlags, res *scanner.Result) error {
	toStdout := o.output == "" || o.output == "-"
	tty := e.stdoutTTY && toStdout
	rep, err := report.New(o.format, report.Options{
		ShowSecrets: o.showSecrets,
		Version:     version(),
		Source:      res.What,
		Accept:      o.accept,
		NoFix:       o.noFix,
		Styles:      e.reportStyles(tty),
	})
	if err != nil {
		return err
	}
	scanErr := res.Err()
	if err := writeReport(e, o.output, func(w io.Writer) error { return rep.Report(w, res.Findings, scanErr) }); err != nil {
		return err
	}
	// A text report on standard output already lists the files that could
	// not be scanned; other formats and files need a word on stderr.
	if scanErr != nil && (o.format != "text" || !toStdout) {
		e.warnf("some files could not be scanned:\n%v", scanErr)
	}
	switch {
	case e.quiet:
	case !toStdout:
		e.clearProgress()
		fmt.Fprintf(e.stderr, "%s; report written to %s\n", report.Summary(res.Findings, len(res.Errors), res.What), o.output)
	case o.format == "text" && tty && len(res.Findings) == 0 && scanErr == nil:
		fmt.Fprintln(e.stdout, report.Summary(nil, 0, res.What))
	}
	return nil
}

// writeFailure writes a report that holds only err, when a scan failed
// before it could report anything: a CI step that uploads the SARIF or
// JUnit file (if: always()) then shows the error instead of failing on a
// missing file. Text to standard output needs nothing: stderr says it.
func writeFailure(e *env, o *outputFlags, what string, err error) {
	if o.format == "text" && (o.output == "" || o.output == "-") {
		return
	}
	rep, rerr := report.New(o.format, report.Options{Version: version(), Source: what})
	if rerr != nil {
		return
	}
	if werr := writeReport(e, o.output, func(w io.Writer) error { return rep.Report(w, nil, err) }); werr != nil {
		e.warnf("cannot write the report: %v", werr)
	}
}

// writeReport writes to stdout (path "" or "-"), straight to a device or
// other non-regular file (/dev/null, /dev/stdout, a named pipe), or
// atomically to a regular file. A closed pipe is not an error.
func writeReport(e *env, path string, write func(io.Writer) error) error {
	var err error
	switch path {
	case "", "-", "/dev/stdout":
		err = write(e.stdout)
	case "/dev/stderr":
		err = write(e.stderr)
	default:
		if fi, serr := os.Stat(path); serr == nil && !fi.Mode().IsRegular() && !fi.IsDir() {
			err = writeDevice(path, write)
			break
		}
		return report.WriteFile(path, write)
	}
	if errors.Is(err, syscall.EPIPE) {
		return nil
	}
	return err
}

// writeDevice writes to a file that is not a regular one, as it is: a
// device or a pipe cannot be replaced by a rename.
func writeDevice(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// noticePrinter prints notices on stderr: files whose content was not
// scanned always (the first few, then a count), everything with --verbose.
type noticePrinter struct {
	e       *env
	verbose bool
	// skipped counts the unscanned files not named for want of room.
	skipped int
	shown   int
}

// maxSkipLines is how many unscanned files a scan without --verbose names
// before it only counts them.
const maxSkipLines = 10

// unscanned reports whether a skip reason means content went unscanned
// (too large, a Git LFS file whose content is missing, an unmerged path):
// those are said without --verbose (issue 11). A deleted file, a symlink
// (its target is scanned where it lives), a device, a binary file (or one
// where only the private-key rules ran) and a submodule (announced on
// its own) hide nothing a user needs to hear about.
func unscanned(reason string) bool {
	switch reason {
	case "deleted", "binary", "binary: only private-key rules ran", "symlink: not followed", "not a regular file", "submodule":
		return false
	}
	return true
}

// flush ends the notices: the count of unscanned files not named.
func (p *noticePrinter) flush() {
	if p.skipped > 0 {
		p.e.infof("skipped %s (-v/--verbose lists them)", report.Plural(p.skipped, "more file"))
		p.skipped = 0
	}
}

func (p *noticePrinter) notify(n scanner.Notice) {
	where := report.QuotePath(n.Path)
	if n.Commit != "" {
		where = report.ShortHash(n.Commit) + ":" + where
	}
	if n.Line > 0 {
		where = fmt.Sprintf("%s:%d", where, n.Line)
	}
	switch n.Kind {
	case scanner.NoticeInfo:
		if w, ok := strings.CutPrefix(n.Reason, "warning: "); ok {
			p.e.warnf("%s", w)
		} else {
			p.e.infof("%s", n.Reason)
		}
	case scanner.NoticeSkipped:
		switch {
		case p.verbose:
			p.e.infof("skipped %s: %s", where, n.Reason)
		case !unscanned(n.Reason):
		case p.shown < maxSkipLines:
			p.shown++
			p.e.infof("skipped %s: %s", where, n.Reason)
		default:
			p.skipped++
		}
	case scanner.NoticeRejected:
		if p.verbose {
			p.e.infof("rejected %s: %s: %s", where, n.RuleID, n.Reason)
		}
	case scanner.NoticeSuppressed:
		if p.verbose {
			p.e.infof("allowed %s: %s: %s", where, n.RuleID, n.Reason)
		}
	}
}
