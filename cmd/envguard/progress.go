package main

import (
	"fmt"
	"time"

	"github.com/envguard/envguard/scanner"
)

// progress shows how far a long scan is on a terminal's stderr, at most
// every 200 ms, on one line that it rewrites. It is only used when stderr
// is a terminal, so it never reaches pipes or CI logs.
type progress struct {
	e     *env
	start time.Time
	last  time.Time
	shown bool
}

func newProgress(e *env) *progress { return &progress{e: e, start: time.Now()} }

func (p *progress) update(s scanner.Progress) {
	now := time.Now()
	if now.Sub(p.last) < 200*time.Millisecond && s.Done != s.Total {
		return
	}
	if !p.shown && now.Sub(p.start) < time.Second {
		return
	}
	p.last, p.shown = now, true
	rate := float64(s.Bytes) / now.Sub(p.start).Seconds() / (1 << 20)
	total := ""
	if s.Total > 0 {
		total = fmt.Sprintf("/%d", s.Total)
	}
	fmt.Fprintf(p.e.stderr, "\r\x1b[Kenvguard: %d%s %s, %.1f MB/s", s.Done, total, s.Unit, rate)
	if s.Total > 0 && s.Done >= s.Total {
		fmt.Fprint(p.e.stderr, "\r\x1b[K")
	}
}
