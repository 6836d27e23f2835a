// Command envguard keeps secrets out of git: a pre-commit scan of what is
// staged, CI scans of ranges, history and directories, the .env guard, and
// repairs (fix, keygen).
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
