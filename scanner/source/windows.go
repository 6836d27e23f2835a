package source

import (
	"bytes"
	"context"
	"io"

	"github.com/envguard/envguard/scanner/internal/git"

	"github.com/envguard/envguard/scanner/pipeline"
)

// Content larger than a window is scanned in overlapping windows, read as
// a stream, instead of whole or not at all.
const (
	// DefaultWindowSize is the size of one window (see [Options.WindowSize]).
	DefaultWindowSize = 4 << 20
	// windowOverlap is how much of a window the next one reads again: more
	// than any secret the rules match (a PEM block of an RSA 8192 key is
	// about 6.5 KB), so a secret cut by one window is whole in the next.
	windowOverlap = 64 << 10
	// windowedAbove: content up to this many windows (16 MiB by default)
	// is read whole (and, for a staged file, compared with HEAD's version
	// line by line); larger content is windowed and every line counts.
	windowedAbove = 4
)

// windowSize returns opts' window size.
func (o Options) windowSize() int {
	if o.WindowSize > 0 {
		return int(max(o.WindowSize, 2*windowOverlapFor(o.WindowSize)+1))
	}
	return DefaultWindowSize
}

// windowOverlapFor keeps the overlap below half a (small, test) window.
func windowOverlapFor(size int64) int64 { return min(windowOverlap, size/4) }

// windowed reports whether content of size bytes is read in windows.
func (o Options) windowed(size int64) bool { return size > int64(windowedAbove*o.windowSize()) }

// yieldWindows reads r to its end and yields its content as fragments
// named path of at most one window each, in order, with the line numbers
// of the whole content: a window that starts on line N is preceded by N-1
// newlines, so the detector numbers its lines as in the file and needs no
// change. Consecutive windows overlap by at least the overlap, starting
// at a line start when the overlap holds one; each line counts in one
// window only (its Lines), except a line longer than a window, which
// counts in every window that holds part of it. Memory is one window, its
// padding (a byte per line before it) and the detector's copy.
//
// Binary content (a NUL in its first 8 KiB, as git decides) gets no
// padding: the detector must see the NUL bytes at the start of each
// window to run only the rules meant for binaries, and line numbers mean
// little there. Its windows count lines from their own start, past the
// lines the overlap repeats.
func yieldWindows(ctx context.Context, path string, r io.Reader, opts Options, yield func(pipeline.Fragment) error) error {
	size := opts.windowSize()
	overlap := int(windowOverlapFor(int64(size)))
	buf := make([]byte, 0, size)
	lineBase := 0 // newlines in the content before buf[0]
	counted := 0  // the last line counted by a window already yielded
	eof := false
	binary := false
	overlapLines := 0 // binary: the lines of the window the previous one held
	for first := true; ; first = false {
		if err := ctx.Err(); err != nil {
			return err
		}
		for len(buf) < size && !eof {
			n, err := r.Read(buf[len(buf):size])
			buf = buf[:len(buf)+n]
			if err == io.EOF {
				eof = true
			} else if err != nil {
				return err
			}
		}
		if len(buf) == 0 && !first {
			return nil
		}
		if first {
			binary = pipeline.IsBinary(buf)
		}
		end := len(buf)
		if !eof {
			if i := bytes.LastIndexByte(buf, '\n'); i >= overlap {
				end = i + 1 // do not cut a line
			}
		}
		firstLine := lineBase + 1
		lastLine := lineBase + bytes.Count(buf[:end], []byte{'\n'})
		if end == len(buf) && (len(buf) == 0 || buf[end-1] != '\n') {
			lastLine++ // the window ends inside a line (or at the end)
		}
		var lines pipeline.LineSet // nil: every line, when one window holds it all
		pad := lineBase
		switch {
		case binary:
			pad = 0
			if !first {
				lines = pipeline.LineSet{}
				if overlapLines+1 <= lastLine-lineBase {
					lines = pipeline.LineSet{{From: overlapLines + 1, To: lastLine - lineBase}}
				}
			}
		case !(first && eof):
			from := max(counted+1, firstLine)
			lines = pipeline.LineSet{}
			if from <= lastLine {
				lines = pipeline.LineSet{{From: from, To: lastLine}}
			}
		}
		data := make([]byte, pad+end)
		for i := 0; i < pad; i++ {
			data[i] = '\n'
		}
		copy(data[pad:], buf[:end])
		if err := yield(pipeline.Fragment{Path: path, Data: data, Lines: lines}); err != nil {
			return err
		}
		if eof && end == len(buf) {
			return nil
		}
		counted = lastLine
		if buf[end-1] != '\n' {
			counted = lastLine - 1 // a cut line counts again in the next window
		}
		next := max(end-overlap, 1)
		if k := bytes.LastIndexByte(buf[:next], '\n'); k >= 0 && next-(k+1) < overlap {
			next = k + 1 // start the overlap at a line start
		}
		lineBase += bytes.Count(buf[:next], []byte{'\n'})
		overlapLines = bytes.Count(buf[next:end], []byte{'\n'})
		buf = buf[:copy(buf, buf[next:])]
	}
}

// windowBlob streams the blob oid, named path, through [yieldWindows] with
// its own `git cat-file blob`, so that no more than a window of it is in
// memory.
func windowBlob(ctx context.Context, repo *git.Repo, oid, path string, opts Options, yield func(pipeline.Fragment) error) error {
	out, err := repo.Start(ctx, "cat-file", "blob", oid)
	if err != nil {
		return err
	}
	if err := yieldWindows(ctx, path, out, opts, yield); err != nil {
		out.Kill()
		out.Close()
		return err
	}
	return out.Close()
}
