package main

import (
	"bytes"
	"testing"

	"github.com/envguard/envguard/scanner"
)

// Issue 16: a clean scan on a terminal says so in one line; piped, it
// prints nothing; -q silences it.
func TestCleanScanOnTerminal(t *testing.T) {
	for _, c := range []struct {
		tty, quiet bool
		want       string
	}{
		{true, false, "envguard: no secrets found in staged changes\n"},
		{false, false, ""},
		{true, true, ""},
	} {
		var stdout, stderr bytes.Buffer
		e := &env{stdout: &stdout, stderr: &stderr, stdoutTTY: c.tty, quiet: c.quiet, getenv: func(string) string { return "" }}
		o := &outputFlags{format: "text"}
		if err := writeFindings(e, o, &scanner.Result{What: "staged changes"}); err != nil {
			t.Fatal(err)
		}
		if stdout.String() != c.want || stderr.Len() != 0 {
			t.Errorf("tty=%v quiet=%v: stdout %q stderr %q, want %q", c.tty, c.quiet, stdout.String(), stderr.String(), c.want)
		}
	}
}
