package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/envguard/envguard/scanner"
)

// Issue 16: the progress line is cleared before any other message, shows
// no rate while commits are listed, and uses no ESC[K under TERM=dumb.
func TestProgressLine(t *testing.T) {
	for _, term := range []string{"xterm", "dumb"} {
		var stderr bytes.Buffer
		e := &env{stderr: &stderr, getenv: func(k string) string {
			if k == "TERM" {
				return term
			}
			return ""
		}}
		p := newProgress(e)
		p.start = time.Now().Add(-2 * time.Second)
		p.update(scanner.Progress{Unit: "commits", Done: 120})
		e.infof("scanning history: 120 commits")
		out := stderr.String()
		if strings.Contains(out, "MB/s") {
			t.Errorf("TERM=%s: a rate while listing commits: %q", term, out)
		}
		if !strings.Contains(out, "envguard: 120 commits") {
			t.Errorf("TERM=%s: no progress line: %q", term, out)
		}
		// The message starts on a clean line: after the last \r, nothing
		// of the progress line is left before it.
		last := strings.TrimPrefix(out[strings.LastIndex(out, "\r")+1:], "\x1b[K")
		if !strings.HasPrefix(last, "envguard: scanning history") {
			t.Errorf("TERM=%s: message not on a cleared line: %q", term, out)
		}
		if term == "dumb" && strings.Contains(out, "\x1b") {
			t.Errorf("TERM=dumb: escape sequence in %q", out)
		}
		// The cleared line is blanked as wide as it was.
		if term == "dumb" && !strings.Contains(out, "\r"+strings.Repeat(" ", len("envguard: 120 commits"))+"\r") {
			t.Errorf("TERM=dumb: line not blanked: %q", out)
		}
	}
}

// Issue 16: --no-color before the command sticks, though the command
// registers its own --no-color flag.
func TestGlobalNoColor(t *testing.T) {
	var stdout, stderr bytes.Buffer
	e := &env{stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }}
	rest, err := e.globalFlags([]string{"--no-color", "-q", "scan", "--dir", "."})
	if err != nil || len(rest) != 3 || rest[0] != "scan" {
		t.Fatalf("globalFlags = %q, %v", rest, err)
	}
	c := scanCommand()
	if _, err := parseScanFlags(e, c, rest[1:]); err != nil {
		t.Fatal(err)
	}
	if e.colorOn(true) {
		t.Error("colour on after --no-color before the command")
	}
	if !e.quiet {
		t.Error("quiet lost after -q before the command")
	}
}
