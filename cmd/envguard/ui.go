package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/fatih/color"
	"golang.org/x/term"

	"github.com/envguard/envguard/scanner/report"
)

// errorf prints "envguard: message" on stderr.
func (e *env) errorf(format string, a ...any) {
	e.clearProgress()
	fmt.Fprintf(e.stderr, "%s %s\n", e.paint(e.stderrTTY, color.FgRed, "envguard:"), strings.TrimRight(fmt.Sprintf(format, a...), "\n"))
}

// warnf prints "envguard: warning: message" on stderr.
func (e *env) warnf(format string, a ...any) {
	e.clearProgress()
	fmt.Fprintf(e.stderr, "envguard: %s %s\n", e.paint(e.stderrTTY, color.FgYellow, "warning:"), fmt.Sprintf(format, a...))
}

// infof prints "envguard: message" on stderr, for --verbose and notes;
// -q/--quiet silences it.
func (e *env) infof(format string, a ...any) {
	if e.quiet {
		return
	}
	e.clearProgress()
	fmt.Fprintf(e.stderr, "envguard: %s\n", fmt.Sprintf(format, a...))
}

// hintf prints an indented "hint: ..." line on stderr.
func (e *env) hintf(format string, a ...any) {
	e.clearProgress()
	fmt.Fprintf(e.stderr, "  %s %s\n", e.paint(e.stderrTTY, color.FgCyan, "hint:"), fmt.Sprintf(format, a...))
}

// stdoutWidth is the width of the terminal standard output writes to, or 0
// when it is not a terminal (a pipe or a file gets whole lines).
func (e *env) stdoutWidth() int {
	if !e.stdoutTTY {
		return 0
	}
	f, ok := e.stdout.(*os.File)
	if !ok {
		return 0
	}
	w, _, err := term.GetSize(int(f.Fd()))
	if err != nil || w <= 0 {
		return 0
	}
	return w
}

// colorOn reports whether output to a stream may be coloured: only on a
// terminal, never with NO_COLOR set or --no-color.
func (e *env) colorOn(tty bool) bool {
	return tty && !e.noColor && !e.globalNoColor && e.getenv("NO_COLOR") == ""
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

// reportStyles are the colours of a report written to a stream.
func (e *env) reportStyles(tty bool) report.Styles {
	return report.Styles{
		Path:    e.style(tty, color.Bold),
		Rule:    e.style(tty, color.FgRed),
		Secret:  e.style(tty, color.FgYellow),
		Hint:    e.style(tty, color.FgCyan),
		Warning: e.style(tty, color.FgYellow),
	}
}
