package main

import (
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/envguard/envguard/scanner"
	"github.com/envguard/envguard/scanner/report"
)

// newFlagSet returns a flag set that prints c's usage for -h/--help and
// keeps flag errors for run to report in envguard's voice.
func newFlagSet(e *env, c *command) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {} // parseFlags prints the usage for -h/--help only
	return fs
}

// parseFlags parses args, allowing flags after positional arguments
// ("check-example a.env --strict"); "--" ends the flags.
func parseFlags(e *env, c *command, fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				fmt.Fprint(e.stdout, c.usage)
				return nil, err
			}
			return nil, usagef(c.name, "%s", flagError(err, args))
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// flagError rewrites the flag package's message in envguard's words,
// naming the flag as the user typed it: "--bogus", not "-bogus".
func flagError(err error, args []string) string {
	msg := err.Error()
	const undefined = "flag provided but not defined: -"
	if name, ok := strings.CutPrefix(msg, undefined); ok {
		return "unknown flag " + typedFlag(name, args)
	}
	// "flag needs an argument: -o", "invalid value ... for flag -format: ..."
	for _, a := range args {
		name, ok := flagName(a)
		if !ok {
			continue
		}
		if i := strings.Index(msg, " -"+name); i >= 0 && !strings.HasPrefix(msg[i+1:], a) {
			end := i + 2 + len(name)
			if end == len(msg) || msg[end] == ':' || msg[end] == ' ' {
				return msg[:i+1] + typedFlag(name, args) + msg[end:]
			}
		}
	}
	return msg
}

// typedFlag returns the flag called name with the dashes the user typed.
func typedFlag(name string, args []string) string {
	for _, a := range args {
		if n, ok := flagName(a); ok && n == name {
			return a[:len(a)-len(strings.TrimLeft(a, "-"))] + name
		}
	}
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// flagName returns the name of a flag argument ("--format=json": format).
func flagName(a string) (string, bool) {
	if len(a) < 2 || a[0] != '-' || a == "--" {
		return "", false
	}
	name := strings.TrimLeft(a, "-")
	name, _, _ = strings.Cut(name, "=")
	return name, name != ""
}

// byteSize is a flag value such as "10MiB", "512k" or "1048576".
type byteSize int64

func (b *byteSize) String() string { return strconv.FormatInt(int64(*b), 10) }

func (b *byteSize) Set(s string) error {
	n, err := scanner.ParseSize(s)
	if err != nil {
		return fmt.Errorf("%v: use a number of bytes, optionally with k, M or G (e.g. 10MiB)", err)
	}
	*b = byteSize(n)
	return nil
}

// outputFlags are the report flags every command that reports findings
// takes: -f/--format, -o/--output and --show-secrets.
type outputFlags struct {
	format, output string
	showSecrets    bool
	// accept is the command that accepts the findings (text's hint).
	accept string
	// noFix says 'envguard fix' cannot repair the findings (standard
	// input), so the text report does not offer it.
	noFix bool
}

func (o *outputFlags) add(fs *flag.FlagSet) {
	fs.StringVar(&o.format, "format", "text", "")
	fs.StringVar(&o.format, "f", "text", "")
	fs.StringVar(&o.output, "output", "", "")
	fs.StringVar(&o.output, "o", "", "")
	fs.BoolVar(&o.showSecrets, "show-secrets", false, "")
}

// check refuses a format the report package does not know.
func (o *outputFlags) check(cmd string) error {
	for _, f := range report.Formats() {
		if f == o.format {
			return nil
		}
	}
	return usagef(cmd, "unknown format %q: use %s", o.format, strings.Join(report.Formats(), ", "))
}

// write writes res in the chosen format; see writeFindings.
func (o *outputFlags) write(e *env, res *scanner.Result) error {
	return writeFindings(e, o, res)
}
