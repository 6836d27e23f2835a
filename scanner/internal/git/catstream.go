package git

import (
	"errors"
	"io"
	"strings"
)

// Stream reads a list of objects, known in advance, through its own `git
// cat-file` process: a goroutine writes every request while the caller
// reads the answers in the same order with [Stream.Next]. With all
// requests known up front git never waits for us between objects, and
// --buffer lets it write large chunks instead of flushing after each
// object. This is the history scan's reader; Close it when done.
type Stream struct {
	c      *CatFile
	p      *catProc
	oids   []string
	done   chan error // the writer's result
	left   int
	read   bool // an answer was read: too late to fall back to --batch
	closed bool
}

// Stream starts a process that reads the objects oids (hex ids or any
// object name), in order. It runs beside the CatFile's own process, so
// [CatFile.Contents] may be used while the stream is open.
func (c *CatFile) Stream(oids []string) (*Stream, error) {
	s := &Stream{c: c, oids: oids}
	return s, s.start()
}

func (s *Stream) start() error {
	args, verb, trailer := []string{"--batch-command", "--buffer"}, "contents ", "flush\n"
	if s.c.legacy {
		args, verb, trailer = []string{"--batch", "--buffer"}, "", ""
	}
	p, err := startCatProc(s.c.ctx, s.c.repo, 1<<20, args...)
	if err != nil {
		return err
	}
	s.p, s.left, s.closed = p, len(s.oids), false
	s.done = p.send(s.oids, verb, trailer, true)
	return nil
}

// Next reads the next answer. keep is asked, with the object's size,
// whether to read its content; a skipped object is drained and its data
// left nil. alloc returns a buffer of at least n bytes for the content.
// After the last answer Next returns io.EOF.
func (s *Stream) Next(keep func(size int64) bool, alloc func(n int) []byte) (ObjectInfo, []byte, error) {
	if s.left == 0 {
		return ObjectInfo{}, nil, io.EOF
	}
	s.left--
	in, err := s.p.header()
	if err != nil && !s.read && !s.c.legacy && s.p.closed && s.p.unsupported() {
		// An old git: start again with one --batch process.
		s.c.legacy = true
		s.Close()
		if err := s.start(); err != nil {
			return ObjectInfo{}, nil, err
		}
		return s.Next(keep, alloc)
	}
	s.read = true
	if err != nil || in.Missing {
		return in, nil, err
	}
	if !keep(in.Size) {
		if _, err := s.p.r.Discard(int(in.Size) + 1); err != nil {
			return in, nil, s.p.fail(err)
		}
		return in, nil, nil
	}
	buf := alloc(int(in.Size) + 1)[:in.Size+1] // content and git's trailing newline
	if _, err := io.ReadFull(s.p.r, buf); err != nil {
		return in, nil, s.p.fail(err)
	}
	return in, buf[:in.Size], nil
}

// Close ends git: after every answer was read it exits on its own; before
// that it is killed, and Close reports no error.
func (s *Stream) Close() error {
	if s.closed {
		return nil
	}
	s.closed = true
	early := s.left > 0
	if early {
		s.p.kill()
	}
	err := s.p.close()
	werr := <-s.done
	if early {
		return nil // killed on purpose
	}
	return errors.Join(err, ignorePipe(werr))
}

func ignorePipe(err error) error {
	if err != nil && strings.Contains(err.Error(), "broken pipe") {
		return nil
	}
	return err
}

// Get returns the content of one object, or nil when it is missing. It
// is for the rare object read on its own (a parent version that fell out
// of the history scan's cache).
func (c *CatFile) Get(oid string) ([]byte, error) {
	var data []byte
	err := c.Contents([]string{oid}, func(_ ObjectInfo, d []byte) error {
		data = d
		return nil
	})
	return data, err
}
