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
