package source

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"

	"github.com/envguard/envguard/scanner/gitrepo"
)

// blobStream reads a list of objects, known in advance, through one
// `git cat-file --batch --buffer` process: a goroutine writes every request
// while the caller reads the answers in the same order. With all requests
// known up front git never waits for us between objects, and --buffer lets
// it write large chunks instead of flushing after each object.
type blobStream struct {
	cmd    *exec.Cmd
	r      *bufio.Reader
	stderr bytes.Buffer
	done   chan error // the writer's result
	stdin  io.Closer
	left   int
	closed bool
}

// blobAnswer is one object read from a [blobStream].
type blobAnswer struct {
	OID     string
	Size    int64
	Missing bool
	// Data is nil when the object was missing or the caller skipped it.
	Data []byte
}

// startBlobStream starts git and begins writing requests for oids (hex).
func startBlobStream(ctx context.Context, repo *gitrepo.Repo, oids []string) (*blobStream, error) {
	s := &blobStream{left: len(oids), done: make(chan error, 1)}
	s.cmd = repo.Command(ctx, "cat-file", "--batch", "--buffer")
	s.cmd.Stderr = &s.stderr
	stdin, err := s.cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := s.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := s.cmd.Start(); err != nil {
		return nil, fmt.Errorf("git cat-file: %w", err)
	}
	s.stdin = stdin
	s.r = bufio.NewReaderSize(out, 1<<20)
	go func() {
		w := bufio.NewWriterSize(stdin, 64<<10)
		for _, oid := range oids {
			w.WriteString(oid)
			if err := w.WriteByte('\n'); err != nil {
				break
			}
		}
		err := w.Flush()
		stdin.Close()
		s.done <- err
	}()
	return s, nil
}

// next reads the next answer. keep is asked, with the object's size,
// whether to read its content; a skipped object is drained and its Data
// left nil. alloc returns a buffer of at least n bytes for the content.
func (s *blobStream) next(keep func(size int64) bool, alloc func(n int) []byte) (blobAnswer, error) {
	if s.left == 0 {
		return blobAnswer{}, io.EOF
	}
	s.left--
	a, err := readBatchHeader(s.r)
	if err != nil {
		return a, s.fail(err)
	}
	if a.Missing {
		return a, nil
	}
	if !keep(a.Size) {
		if _, err := s.r.Discard(int(a.Size) + 1); err != nil {
			return a, s.fail(err)
		}
		return a, nil
	}
	buf := alloc(int(a.Size) + 1)[:a.Size+1] // content and git's trailing newline
	if _, err := io.ReadFull(s.r, buf); err != nil {
		return a, s.fail(err)
	}
	a.Data = buf[:a.Size]
	return a, nil
}

// readBatchHeader reads "<oid> <type> <size>" or "<oid> missing".
func readBatchHeader(r *bufio.Reader) (blobAnswer, error) {
	line, err := r.ReadString('\n')
	if err != nil {
		return blobAnswer{}, err
	}
	f := strings.Fields(line)
	switch {
	case len(f) == 2 && f[1] == "missing":
		return blobAnswer{OID: f[0], Missing: true}, nil
	case len(f) == 3:
		if n, err := strconv.ParseInt(f[2], 10, 64); err == nil {
			return blobAnswer{OID: f[0], Size: n}, nil
		}
	}
	return blobAnswer{}, fmt.Errorf("git cat-file: unexpected answer %q", strings.TrimSpace(line))
}

// fail ends git and returns its own message when it has one.
func (s *blobStream) fail(err error) error {
	s.cmd.Process.Kill()
	s.close()
	return &gitrepo.GitError{Args: []string{"cat-file", "--batch"}, Stderr: s.stderr.String(), Err: err}
}

// close ends git: after every answer was read it exits on its own; before
// that it is killed.
func (s *blobStream) close() error {
	if s.closed {
		return nil
	}
	s.closed = true
	if s.left > 0 {
		s.cmd.Process.Kill()
	}
	io.Copy(io.Discard, s.r)
	werr := <-s.done
	err := s.cmd.Wait()
	if s.left > 0 {
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

// blobFetcher reads single objects on demand through a long-lived
// `git cat-file --batch` process, for the rare parent version that fell out
// of the history scan's cache.
type blobFetcher struct {
	// lacking lists blobs a partial clone does not have; they are never
	// asked of git, which would fetch them from the network.
	lacking map[string]bool
	ctx     context.Context
	repo    *gitrepo.Repo
	cmd     *exec.Cmd
	w       io.WriteCloser
	r       *bufio.Reader
	stderr  bytes.Buffer
}

// get returns the content of oid, or nil when it is missing.
func (f *blobFetcher) get(oid string) ([]byte, error) {
	if f.lacking[oid] {
		return nil, nil
	}
	if f.cmd == nil {
		f.cmd = f.repo.Command(f.ctx, "cat-file", "--batch")
		f.cmd.Stderr = &f.stderr
		w, err := f.cmd.StdinPipe()
		if err != nil {
			return nil, err
		}
		out, err := f.cmd.StdoutPipe()
		if err != nil {
			return nil, err
		}
		if err := f.cmd.Start(); err != nil {
			return nil, fmt.Errorf("git cat-file: %w", err)
		}
		f.w, f.r = w, bufio.NewReaderSize(out, 256<<10)
	}
	if _, err := io.WriteString(f.w, oid+"\n"); err != nil {
		return nil, f.fail(err)
	}
	a, err := readBatchHeader(f.r)
	if err != nil {
		return nil, f.fail(err)
	}
	if a.Missing {
		return nil, nil
	}
	buf := make([]byte, a.Size+1)
	if _, err := io.ReadFull(f.r, buf); err != nil {
		return nil, f.fail(err)
	}
	return buf[:a.Size], nil
}

func (f *blobFetcher) fail(err error) error {
	f.close()
	return &gitrepo.GitError{Args: []string{"cat-file", "--batch"}, Stderr: f.stderr.String(), Err: err}
}

// close ends the process, if one was started.
func (f *blobFetcher) close() {
	if f.cmd == nil {
		return
	}
	f.w.Close()
	io.Copy(io.Discard, f.r)
	f.cmd.Wait()
	f.cmd = nil
}
