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
			return nil, usagef(c.name, "%s", err)
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
	return writeFindings(e, o.format, o.output, o.showSecrets, res)
}
