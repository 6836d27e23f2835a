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

// version is the module version Go recorded: v1.2.3 when built by go
// install module@version, a pseudo-version naming the commit when built
// in a clone (v0.0.0-20260102030405-3f2a9c1d04b7, +dirty when modified).
// An older Go records only the revision: "devel+3f2a9c1d04b7
// 2026-01-02T03:04:05Z (modified)". Without any build information (a
// linked worktree, -buildvcs=false) it is "dev".
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	return versionOf(bi)
}

func versionOf(bi *debug.BuildInfo) string {
	v := bi.Main.Version
	if v != "" && v != "(devel)" {
		// A release (v1.2.3), or the pseudo-version Go 1.24+ stamps from
		// the clone (v0.0.0-20260102030405-3f2a9c1d04b7+dirty): it names
		// the commit already.
		return v
	}
	v = "devel"
	var rev, when string
	modified := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if rev == "" {
		return "dev"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	v += "+" + rev
	if when != "" {
		v += " " + when
	}
	if modified {
		v += " (modified)"
	}
	return v
}
