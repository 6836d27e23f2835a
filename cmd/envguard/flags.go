package main

import (
	"flag"
	"fmt"
	"io"
	"strconv"

	"github.com/envguard/envguard/scanner"
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
