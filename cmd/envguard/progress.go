package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/envguard/envguard/scanner"
)

// progress shows how far a long scan is on a terminal's stderr, at most
// every 200 ms, on one line that it rewrites. It is only used when stderr
// is a terminal, so it never reaches pipes or CI logs. Every message on
// stderr clears the line first (see env.clearProgress), so no message
// starts in the middle of it; under TERM=dumb it clears with spaces, not
// with the ESC[K sequence such a terminal does not know.
type progress struct {
	e     *env
	start time.Time
	last  time.Time
	shown bool // the first line was drawn (after a second)
	// width is the length of the line on screen, 0 when none is.
	width int
	// unit and unitStart: the rate counts from when the current unit
	// (commits, blobs, files) began, so listing commits shows no 0.0 MB/s.
	unit      string
	unitStart time.Time
}

func newProgress(e *env) *progress {
	p := &progress{e: e, start: time.Now()}
	e.progress = p
	return p
}

func (p *progress) update(s scanner.Progress) {
	now := time.Now()
	if s.Unit != p.unit {
		p.unit, p.unitStart = s.Unit, now
	}
	if now.Sub(p.last) < 200*time.Millisecond && s.Done != s.Total {
		return
	}
	if !p.shown && now.Sub(p.start) < time.Second {
		return
	}
	p.last, p.shown = now, true
	total := ""
	if s.Total > 0 {
		total = fmt.Sprintf("/%d", s.Total)
	}
	line := fmt.Sprintf("envguard: %d%s %s", s.Done, total, s.Unit)
	if secs := now.Sub(p.unitStart).Seconds(); s.Bytes > 0 && secs > 0 {
		line += fmt.Sprintf(", %.1f MB/s", float64(s.Bytes)/secs/(1<<20))
	}
	p.draw(line)
	if s.Total > 0 && s.Done >= s.Total {
		p.clear()
	}
}

// dumb reports whether the terminal knows no escape sequences.
func (p *progress) dumb() bool { return p.e.getenv("TERM") == "dumb" }

// draw replaces the line on screen with line.
func (p *progress) draw(line string) {
	if p.dumb() {
		pad := max(p.width-len(line), 0)
		fmt.Fprintf(p.e.stderr, "\r%s%s", line, strings.Repeat(" ", pad))
	} else {
		fmt.Fprintf(p.e.stderr, "\r\x1b[K%s", line)
	}
	p.width = len(line)
}

// clear removes the line from the screen, if one is there.
func (p *progress) clear() {
	if p.width == 0 {
		return
	}
	if p.dumb() {
		fmt.Fprintf(p.e.stderr, "\r%s\r", strings.Repeat(" ", p.width))
	} else {
		fmt.Fprint(p.e.stderr, "\r\x1b[K")
	}
	p.width = 0
}

// clearProgress clears the progress line before anything else is printed.
func (e *env) clearProgress() {
	if e.progress != nil {
		e.progress.clear()
	}
}
