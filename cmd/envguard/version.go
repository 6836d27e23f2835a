package main

import (
	"fmt"
	"runtime/debug"
)

const versionUsage = `Usage: envguard version

Print envguard's version.
`

func versionCommand() *command {
	return &command{name: "version", summary: "print the version", usage: versionUsage, run: func(e *env, args []string) error {
		c := versionCommand()
		fs := newFlagSet(e, c)
		pos, err := parseFlags(e, c, fs, args)
		if err != nil {
			return err
		}
		if len(pos) > 0 {
			return usagef(c.name, "unexpected argument %q", pos[0])
		}
		fmt.Fprintf(e.stdout, "envguard %s\n", version())
		return nil
	}}
}

// version is the module version when built with go install, else "dev".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}
