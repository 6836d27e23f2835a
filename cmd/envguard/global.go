package main

import (
	"fmt"
	"strings"
)

// globalFlags takes the options every command accepts from the front of
// args (envguard --no-color scan): --no-color and -q/--quiet. It returns
// the rest, starting at the command.
func (e *env) globalFlags(args []string) ([]string, error) {
	for len(args) > 0 {
		switch a := args[0]; a {
		case "--no-color", "-no-color":
			e.globalNoColor = true
		case "-q", "--quiet", "-quiet":
			e.quiet = true
		case "-h", "--help", "-help", "--version", "-version":
			return args, nil
		default:
			if strings.HasPrefix(a, "-") {
				return nil, fmt.Errorf("unknown global option %s: the global options are --no-color and -q/--quiet; a command's own options go after it", a)
			}
			return args, nil
		}
		args = args[1:]
	}
	return args, nil
}

// unknownCommand reports a command name that is not in the table, with
// the closest one when a typo is likely.
func (e *env) unknownCommand(name string) {
	e.errorf("unknown command %q", name)
	if s := suggest(name); s != "" {
		e.hintf("did you mean 'envguard %s'?", s)
	}
	e.hintf("run 'envguard help' for the list of commands")
}

// suggest returns the command closest to name when it is within two
// edits (or a prefix of it), else "".
func suggest(name string) string {
	best, bestD := "", 3
	for _, c := range commands() {
		d := editDistance(strings.ToLower(name), c.name)
		if len(name) >= 2 && strings.HasPrefix(c.name, name) {
			d = 1
		}
		if d < bestD {
			best, bestD = c.name, d
		}
	}
	return best
}

// editDistance is the Damerau-Levenshtein distance (optimal string
// alignment) between a and b: "scna" is one transposition from "scan".
func editDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}
