package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/envguard/envguard/scanner"
)

// Exit codes, the same for every command.
const (
	exitClean    = 0 // nothing found
	exitFindings = 1 // findings or violations
	exitError    = 2 // usage, config or runtime error
)

// command is one subcommand: its usage text and what it runs.
type command struct {
	name    string
	summary string
	usage   string
	run     func(e *env, args []string) error
}

// commands is the table of subcommands, in the order help lists them.
func commands() []*command {
	return []*command{
		scanCommand(),
		checkEnvCommand(),
		checkExampleCommand(),
		fixCommand(),
		keygenCommand(),
		baselineCommand(),
		installCommand(),
		uninstallCommand(),
		rulesCommand(),
		configCommand(),
		versionCommand(),
	}
}

// env is what a command may touch of the outside world.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// dir is the working directory.
	dir    string
	getenv func(string) string
	// stdinTTY, stdoutTTY and stderrTTY tell which streams are terminals.
	stdinTTY, stdoutTTY, stderrTTY bool
	// noColor is set by a command's --no-color; globalNoColor by
	// --no-color before the command (kept apart: registering a command's
	// flag resets its variable).
	noColor, globalNoColor bool
	// quiet is set by -q/--quiet: no summary, progress or notes on stderr.
	quiet bool
	// progress is the progress line on stderr, when one is drawn.
	progress *progress
}

func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// run is the whole program: it returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	dir, err := os.Getwd()
	e := &env{
		stdin: stdin, stdout: stdout, stderr: stderr,
		dir: dir, getenv: os.Getenv,
		stdinTTY: isTerminal(stdin), stdoutTTY: isTerminal(stdout), stderrTTY: isTerminal(stderr),
	}
	if err != nil {
		e.errorf("cannot read the working directory: %v", err)
		return exitError
	}
	args, err = e.globalFlags(args)
	if err != nil {
		e.errorf("%v", err)
		e.hintf("run 'envguard help' for the list of commands and global options")
		return exitError
	}
	if len(args) == 0 {
		fmt.Fprint(stderr, mainUsage())
		return exitError
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "--help", "-help":
		if len(rest) > 0 {
			if c := lookup(rest[0]); c != nil {
				fmt.Fprint(stdout, c.usage)
				return exitClean
			}
			e.unknownCommand(rest[0])
			return exitError
		}
		fmt.Fprint(stdout, mainUsage())
		return exitClean
	case "--version", "-version":
		name = "version"
	}
	c := lookup(name)
	if c == nil {
		e.unknownCommand(name)
		return exitError
	}
	return e.exitCode(c, c.run(e, rest))
}

func lookup(name string) *command {
	for _, c := range commands() {
		if c.name == name {
			return c
		}
	}
	return nil
}

func mainUsage() string {
	var b strings.Builder
	b.WriteString("envguard keeps secrets out of git.\n\nUsage:\n  envguard [global options] <command> [options]\n\nCommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(&b, "  %-14s %s\n", c.name, c.summary)
	}
	b.WriteString("\nGlobal options (before or after the command):\n")
	b.WriteString("  --no-color     no colour, even on a terminal (NO_COLOR works too)\n")
	b.WriteString("  -q, --quiet    no summary, progress or notes on stderr; errors and reports stay\n")
	b.WriteString("\nRun 'envguard <command> --help' for a command's options.\n")
	b.WriteString("Exit codes: 0 nothing found, 1 findings, 2 error.\n")
	return b.String()
}

// errFindings makes a command exit 1 without a message: the report has
// already said what was found.
var errFindings = errors.New("findings")

// usageError is a bad command line: exit 2 with a pointer to --help.
type usageError struct {
	cmd string
	msg string
}

func (u *usageError) Error() string { return u.msg }

func usagef(cmd, format string, a ...any) error {
	return &usageError{cmd: cmd, msg: fmt.Sprintf(format, a...)}
}

// hintError is an error with lines that say what to do next.
type hintError struct {
	err   error
	hints []string
}

func (h *hintError) Error() string { return h.err.Error() }
func (h *hintError) Unwrap() error { return h.err }

// withHint attaches hints to err.
func withHint(err error, hints ...string) error {
	if err == nil {
		return nil
	}
	return &hintError{err: err, hints: hints}
}

// exitCode prints err in envguard's voice and maps it to an exit code.
func (e *env) exitCode(c *command, err error) int {
	if err == nil {
		return exitClean
	}
	if errors.Is(err, errFindings) {
		return exitFindings
	}
	if errors.Is(err, flag.ErrHelp) {
		return exitClean
	}
	var ue *usageError
	if errors.As(err, &ue) {
		e.errorf("%s", ue.msg)
		e.hintf("run 'envguard %s --help' for usage", c.name)
		return exitError
	}
	e.errorf("%s", err)
	var he *hintError
	if errors.As(err, &he) {
		for _, h := range he.hints {
			e.hintf("%s", h)
		}
	} else {
		for _, h := range scanner.Hints(err) {
			e.hintf("%s", h)
		}
	}
	return exitError
}
