package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
)

// countingSource yields n fragments (or until its context ends), each
// with a Release that counts, then returns err.
type countingSource struct {
	n                 int
	err               error
	yielded, released atomic.Int64
	stoppedByCancel   atomic.Bool
}

func (s *countingSource) Fragments(ctx context.Context, yield func(Fragment) error) error {
	for i := 0; i < s.n; i++ {
		f := Fragment{Path: fmt.Sprint(i), Release: func() { s.released.Add(1) }}
		s.yielded.Add(1)
		if err := yield(f); err != nil {
			s.stoppedByCancel.Store(ctx.Err() != nil)
			return err
		}
	}
	return s.err
}

func TestPrefetchYieldsAllInOrder(t *testing.T) {
	want := errors.New("source error")
	src := &countingSource{n: 200, err: want}
	p := Prefetch(context.Background(), src, 8)
	next := 0
	err := p.Fragments(context.Background(), func(f Fragment) error {
		if f.Path != fmt.Sprint(next) {
			t.Fatalf("fragment %s, want %d", f.Path, next)
		}
		next++
		f.Release()
		return nil
	})
	if !errors.Is(err, want) || next != 200 {
		t.Errorf("read %d fragments, err %v; want 200 and the source's error", next, err)
	}
	p.Stop() // again: harmless
}

// A prefetch never read (the rule set failed to build) ends its source
// and releases what it read ahead.
func TestPrefetchStopUnread(t *testing.T) {
	src := &countingSource{n: 1000}
	p := Prefetch(context.Background(), src, 8)
	p.Stop()
	if !src.stoppedByCancel.Load() {
		t.Error("the source ran to its end instead of being stopped")
	}
	if y, r := src.yielded.Load(), src.released.Load(); y != r {
		t.Errorf("%d fragments read ahead, %d released", y, r)
	}
}

// A reader that stops early gets its own error back; the rest is
// released and the source ends.
func TestPrefetchReaderStops(t *testing.T) {
	src := &countingSource{n: 1000}
	p := Prefetch(context.Background(), src, 8)
	stop := errors.New("reader stops")
	n := 0
	err := p.Fragments(context.Background(), func(f Fragment) error {
		f.Release()
		if n++; n == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Errorf("err %v, want the reader's", err)
	}
	if y, r := src.yielded.Load(), src.released.Load(); y != r || y >= 1000 {
		t.Errorf("%d read ahead, %d released; want all released and the source stopped early", y, r)
	}
}
