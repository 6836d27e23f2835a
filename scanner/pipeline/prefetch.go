package pipeline

import "context"

// Prefetched is a [Source] started ahead of its reader (see [Prefetch]).
type Prefetched struct {
	frags    chan Fragment
	cancel   context.CancelFunc
	finished chan struct{} // closed when the source has returned
	err      error         // the source's error, once finished
}

// Prefetch starts src at once and keeps up to n of its fragments ahead
// of the reader of the returned Source, so that reading the content (git,
// the work tree, line diffs) runs while what detection waits for (the
// rule set) is still being built. Read it once, or call
// [Prefetched.Stop] when it will not be read.
func Prefetch(ctx context.Context, src Source, n int) *Prefetched {
	ctx, cancel := context.WithCancel(ctx)
	p := &Prefetched{frags: make(chan Fragment, n), cancel: cancel, finished: make(chan struct{})}
	go func() {
		defer close(p.finished)
		p.err = src.Fragments(ctx, func(f Fragment) error {
			select {
			case p.frags <- f:
				return nil
			case <-ctx.Done():
				release(f)
				return ctx.Err()
			}
		})
		close(p.frags)
	}()
	return p
}

// Fragments yields what the source read, then returns its error.
func (p *Prefetched) Fragments(ctx context.Context, yield func(Fragment) error) error {
	defer p.Stop()
	for {
		select {
		case f, ok := <-p.frags:
			if !ok {
				<-p.finished
				return p.err
			}
			if err := yield(f); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// Stop ends the source if it still runs and releases the fragments read
// ahead and never yielded. It may be called more than once.
func (p *Prefetched) Stop() {
	p.cancel()
	for f := range p.frags {
		release(f)
	}
	<-p.finished
}

// release hands a fragment's buffer back, if it has one.
func release(f Fragment) {
	if f.Release != nil {
		f.Release()
	}
}
