package source

import (
	"context"
	"fmt"
	"io"

	"github.com/envguard/envguard/scanner/pipeline"
)

// Reader returns the content of r under the name given (shown as the path
// of findings). With opts.MaxFileSize set, r is read whole when the scan
// starts and content larger than the cap is yielded with Skip set;
// without it, r is streamed in overlapping windows (see [yieldWindows]),
// so content of any size is scanned in bounded memory.
func Reader(name string, r io.Reader, opts Options) pipeline.Source {
	return &readerSource{name: name, r: r, opts: opts}
}

type readerSource struct {
	name string
	r    io.Reader
	opts Options
}

// Fragments implements [pipeline.Source].
func (s *readerSource) Fragments(ctx context.Context, yield func(pipeline.Fragment) error) error {
	r := s.r
	max := s.opts.MaxFileSize
	if max <= 0 {
		return yieldWindows(ctx, s.name, r, s.opts, yield)
	}
	r = io.LimitReader(r, max+1)
	data, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("reading %s: %w", s.name, err)
	}
	if max > 0 && int64(len(data)) > max {
		return yield(pipeline.Fragment{Path: s.name, Skip: fmt.Sprintf("larger than --max-file-size (%d bytes)", max)})
	}
	return yield(pipeline.Fragment{Path: s.name, Data: data})
}
