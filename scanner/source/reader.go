package source

import (
	"context"
	"fmt"
	"io"

	"github.com/envguard/envguard/scanner/pipeline"
)

// Reader returns the content of r under the name given (shown as the path
// of findings). r is read whole when the scan starts; content larger than
// opts.MaxFileSize is yielded with Skip set.
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
	if max > 0 {
		r = io.LimitReader(r, max+1)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("reading %s: %w", s.name, err)
	}
	if max > 0 && int64(len(data)) > max {
		return yield(pipeline.Fragment{Path: s.name, Skip: fmt.Sprintf("larger than --max-file-size (%d bytes)", max)})
	}
	return yield(pipeline.Fragment{Path: s.name, Data: data})
}
