package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/envguard/envguard/scanner"
	"github.com/envguard/envguard/scanner/source"
	"github.com/fatih/color"
)

// errorf prints "envguard: message" on stderr.
func (e *env) errorf(format string, a ...any) {
	fmt.Fprintf(e.stderr, "%s %s\n", e.paint(e.stderrTTY, color.FgRed, "envguard:"), strings.TrimRight(fmt.Sprintf(format, a...), "\n"))
}

// warnf prints "envguard: warning: message" on stderr.
func (e *env) warnf(format string, a ...any) {
	fmt.Fprintf(e.stderr, "envguard: %s %s\n", e.paint(e.stderrTTY, color.FgYellow, "warning:"), fmt.Sprintf(format, a...))
}

// infof prints "envguard: message" on stderr, for --verbose and notes.
func (e *env) infof(format string, a ...any) {
	fmt.Fprintf(e.stderr, "envguard: %s\n", fmt.Sprintf(format, a...))
}

// hintf prints an indented "hint: ..." line on stderr.
func (e *env) hintf(format string, a ...any) {
	fmt.Fprintf(e.stderr, "  %s %s\n", e.paint(e.stderrTTY, color.FgCyan, "hint:"), fmt.Sprintf(format, a...))
}

// colorOn reports whether output to a stream may be coloured: only on a
// terminal, never with NO_COLOR set or --no-color.
func (e *env) colorOn(tty bool) bool {
	return tty && !e.noColor && e.getenv("NO_COLOR") == ""
}

// paint colours s when the stream allows it. Colour is turned off per
// value, never through color.NoColor, so nothing global changes.
func (e *env) paint(tty bool, attr color.Attribute, s string) string {
	return e.style(tty, attr)(s)
}

// style returns a function that colours text for a stream.
func (e *env) style(tty bool, attrs ...color.Attribute) func(string) string {
	c := color.New(attrs...)
	if e.colorOn(tty) {
		c.EnableColor()
	} else {
		c.DisableColor()
	}
	return func(s string) string { return c.Sprint(s) }
}

// hintsFor returns what to do next for errors the packages return.
func hintsFor(err error) []string {
	switch {
	case errors.Is(err, scanner.ErrNotRepository):
		return []string{"run envguard inside a git repository, or scan files with 'envguard scan --dir PATH'"}
	case errors.Is(err, scanner.ErrBare):
		return []string{"a bare repository has no staged changes: scan its history with 'envguard scan --all'"}
	case errors.Is(err, scanner.ErrNoGit):
		return []string{"install git (https://git-scm.com/downloads) or scan files with 'envguard scan --dir PATH'"}
	case errors.Is(err, source.ErrIndex):
		return []string{"run 'git status' to see what git says about the index",
			"a corrupt index can be rebuilt from HEAD: delete the index file named above, then run 'git reset' (this unstages your changes)"}
	}
	return nil
}
