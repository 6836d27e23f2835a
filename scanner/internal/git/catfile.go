package git

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

// ObjectInfo describes one object as `git cat-file` reports it.
type ObjectInfo struct {
	OID  string
	Type string // "blob", "tree", "commit", "tag"; empty when Missing
	Size int64
	// Missing is true when the object is not in the repository.
	Missing bool
}

// CatFile reads objects through long-lived `git cat-file` processes, many
// objects per process, with requests written in batches so that a round
// trip costs no process start.
//
// Why the git binary and not go-git: go-git decodes the whole pack .idx
// into memory before its first lookup (57 ms for 256,000 objects, growing
// with the repository), where git memory-maps the index and binary-searches
// it. A `git cat-file` process costs about 1 ms to start whatever the size
// of the repository.
//
// With git 2.36 or newer one `git cat-file --batch-command --buffer`
// process answers both [CatFile.Info] and [CatFile.Contents]; older gits
// get one `--batch-check` and one `--batch` process, started when first
// needed. A CatFile is not safe for concurrent use. Close it when done.
type CatFile struct {
	ctx    context.Context
	repo   *Repo
	legacy bool     // git older than 2.36: no --batch-command
	cmd    *catProc // --batch-command
	check  *catProc // legacy --batch-check
	batch  *catProc // legacy --batch
	// stop, when set, runs after Close (see [Repo.StagedReader]).
	stop func()
	// known holds objects read ahead of their request ([Repo.WarmStaged]
	// reads the old versions of a few staged files while the rule set is
	// built): Info answers from it, Contents hands each one out once.
	known map[string]knownObject
	// local, when set, reads objects in process ([objectStore]); git is
	// started only for what it cannot read.
	local *objectStore
}

// knownObject is an object read ahead; data is nil when only its info is.
type knownObject struct {
	info ObjectInfo
	data []byte
}

// NewCatFile returns a reader of repo's objects. Processes start on first
// use and end at Close or when ctx is done.
func NewCatFile(ctx context.Context, repo *Repo) *CatFile {
	return &CatFile{ctx: ctx, repo: repo, local: repo.local}
}

// Start starts git now rather than at the first request, so that its
// start-up overlaps other work. An error to start is returned again by
// the first request.
func (c *CatFile) Start() {
	if !c.legacy && c.local == nil {
		c.proc(&c.cmd, "--batch-command", "--buffer")
	}
}

// Info returns the type and size of each object in oids, in order, without
// reading their contents. A missing object is reported, not an error.
func (c *CatFile) Info(oids []string) ([]ObjectInfo, error) {
	if len(oids) == 0 {
		return nil, nil
	}
	infos := make([]ObjectInfo, len(oids))
	ask, at := oids, []int(nil)
	if len(c.known) > 0 || c.local != nil {
		ask = nil
		for i, oid := range oids {
			if k, ok := c.known[oid]; ok {
				infos[i] = k.info
				continue
			}
			if in, ok := c.localInfo(oid); ok {
				infos[i] = in
				continue
			}
			ask, at = append(ask, oid), append(at, i)
		}
		if len(ask) == 0 {
			return infos, nil
		}
	}
	n := 0
	err := c.request(ask, false, func(p *catProc) error {
		info, err := p.header()
		if err == nil {
			i := n
			if at != nil {
				i = at[n]
			}
			infos[i] = info
			n++
		}
		return err
	})
	if err != nil {
		return infos[:0], err
	}
	return infos, nil
}

// Contents reads each object of oids, in order (duplicates allowed), and
// calls fn with its info and content. data is a fresh slice that fn may
// keep; a missing object gets a nil data and info.Missing set. An error
// from fn stops the reading and is returned.
func (c *CatFile) Contents(oids []string, fn func(info ObjectInfo, data []byte) error) error {
	var pending []string // asked of git, in order
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		err := c.contents(pending, fn)
		pending = pending[:0]
		return err
	}
	for _, oid := range oids {
		info, data, ok := c.readAhead(oid)
		if !ok {
			pending = append(pending, oid)
			continue
		}
		if err := flush(); err != nil {
			return err
		}
		if err := fn(info, data); err != nil {
			return err
		}
	}
	return flush()
}

// readAhead returns an object read ahead (handed out once: the caller may
// keep it) or read in process; ok is false when git must read it.
func (c *CatFile) readAhead(name string) (ObjectInfo, []byte, bool) {
	if k, ok := c.known[name]; ok && k.data != nil {
		delete(c.known, name)
		return k.info, k.data, true
	}
	if c.local == nil {
		return ObjectInfo{}, nil, false
	}
	raw, ok := c.local.resolve(name)
	if !ok {
		return ObjectInfo{}, nil, false
	}
	typ, data, err := c.local.read(raw, 0)
	if err != nil {
		return ObjectInfo{}, nil, false
	}
	return ObjectInfo{OID: hex.EncodeToString(raw), Type: typ, Size: int64(len(data))}, data, true
}

// localInfo is an object's info read in process.
func (c *CatFile) localInfo(name string) (ObjectInfo, bool) {
	if c.local == nil {
		return ObjectInfo{}, false
	}
	raw, ok := c.local.resolve(name)
	if !ok {
		return ObjectInfo{}, false
	}
	typ, size, err := c.local.info(raw)
	if err != nil {
		return ObjectInfo{}, false
	}
	return ObjectInfo{OID: hex.EncodeToString(raw), Type: typ, Size: size}, true
}

// contents is Contents from git.
func (c *CatFile) contents(oids []string, fn func(info ObjectInfo, data []byte) error) error {
	return c.request(oids, true, func(p *catProc) error {
		info, err := p.header()
		if err != nil {
			return err
		}
		if info.Missing {
			return fn(info, nil)
		}
		buf := make([]byte, info.Size+1) // content and git's trailing newline
		if _, err := io.ReadFull(p.r, buf); err != nil {
			return p.fail(err)
		}
		return fn(info, buf[:info.Size])
	})
}

// Close ends the git processes.
func (c *CatFile) Close() error {
	var errs []error
	for _, p := range []*catProc{c.cmd, c.check, c.batch} {
		if p != nil {
			errs = append(errs, p.close())
		}
	}
	if c.stop != nil {
		c.stop()
	}
	return errors.Join(errs...)
}

// request sends one command per oid and calls read once per answer.
func (c *CatFile) request(oids []string, contents bool, read func(*catProc) error) error {
	if !c.legacy {
		p, err := c.proc(&c.cmd, "--batch-command", "--buffer")
		if err != nil {
			return err
		}
		verb := "info "
		if contents {
			verb = "contents "
		}
		err = p.exchange(oids, verb, "flush\n", read)
		if err == nil || !p.unsupported() {
			c.drop(&c.cmd)
			return err
		}
		// An old git: fall back to one process per kind of request.
		c.cmd, c.legacy = nil, true
	}
	slot, arg := &c.check, "--batch-check"
	if contents {
		slot, arg = &c.batch, "--batch"
	}
	p, err := c.proc(slot, arg)
	if err != nil {
		return err
	}
	err = p.exchange(oids, "", "", read)
	c.drop(slot)
	return err
}

// drop forgets a process that ended, so the next request starts another.
func (c *CatFile) drop(slot **catProc) {
	if *slot != nil && (*slot).closed {
		*slot = nil
	}
}

func (c *CatFile) proc(slot **catProc, args ...string) (*catProc, error) {
	if *slot == nil {
		p, err := startCatProc(c.ctx, c.repo, 64<<10, args...)
		if err != nil {
			return nil, err
		}
		*slot = p
	}
	return *slot, nil
}

// catProc is one running `git cat-file` process.
type catProc struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	r      *bufio.Reader
	stderr bytes.Buffer
	args   []string
	closed bool
}

func startCatProc(ctx context.Context, repo *Repo, bufSize int, args ...string) (*catProc, error) {
	args = append([]string{"cat-file"}, args...)
	return startCatProcCmd(repo.command(ctx, args...), bufSize, args)
}

// startCatProcCmd starts cmd, a `git cat-file` with args, as a catProc.
func startCatProcCmd(cmd *exec.Cmd, bufSize int, args []string) (*catProc, error) {
	p := &catProc{args: args, cmd: cmd}
	p.cmd.Stderr = &p.stderr
	var err error
	if p.stdin, err = p.cmd.StdinPipe(); err != nil {
		return nil, err
	}
	out, err := p.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := p.cmd.Start(); err != nil {
		return nil, fmt.Errorf("git cat-file: %w", err)
	}
	p.r = bufio.NewReaderSize(out, bufSize)
	return p, nil
}

// exchange writes "<verb><oid>\n" for each oid, then trailer, and calls
// read once per oid.
func (p *catProc) exchange(oids []string, verb, trailer string, read func(*catProc) error) error {
	done := p.send(oids, verb, trailer, false)
	var err error
	for range oids {
		if err = read(p); err != nil {
			break
		}
	}
	if err != nil {
		// Unblock the writer, which may wait on a pipe nobody drains.
		p.kill()
	}
	if werr := <-done; err == nil && werr != nil {
		err = p.fail(werr)
	}
	return err
}

// send writes "<verb><oid>\n" for each oid, then trailer, from another
// goroutine (git blocks on a full pipe when nobody reads its answers),
// and closes git's input after them when last. The channel gets the
// writer's result.
func (p *catProc) send(oids []string, verb, trailer string, last bool) chan error {
	done := make(chan error, 1)
	go func() {
		w := bufio.NewWriterSize(p.stdin, 64<<10)
		for _, oid := range oids {
			w.WriteString(verb)
			w.WriteString(oid)
			if err := w.WriteByte('\n'); err != nil {
				break
			}
		}
		w.WriteString(trailer)
		err := w.Flush()
		if last {
			p.stdin.Close()
		}
		done <- err
	}()
	return done
}

// header reads "<oid> <type> <size>" or "<oid> missing".
func (p *catProc) header() (ObjectInfo, error) {
	line, err := p.r.ReadString('\n')
	if err != nil {
		return ObjectInfo{}, p.fail(err)
	}
	f := strings.Fields(line)
	switch {
	case strings.HasSuffix(line, " missing\n"): // the name asked for may hold spaces
		return ObjectInfo{OID: strings.TrimSuffix(line, " missing\n"), Missing: true}, nil
	case len(f) == 3:
		n, err := strconv.ParseInt(f[2], 10, 64)
		if err == nil {
			return ObjectInfo{OID: f[0], Type: f[1], Size: n}, nil
		}
	}
	return ObjectInfo{}, fmt.Errorf("git cat-file: unexpected answer %q", strings.TrimSpace(line))
}

// fail turns a broken pipe into git's own message: it waits for git to
// end, so that its standard error is complete.
func (p *catProc) fail(err error) error {
	p.close()
	return &GitError{Args: p.args, Stderr: p.stderr.String(), Err: err}
}

// unsupported reports whether git rejected the --batch-command option.
func (p *catProc) unsupported() bool {
	s := p.stderr.String()
	return strings.Contains(s, "batch-command") || strings.Contains(s, "unknown option") || strings.Contains(s, "usage:")
}

// close ends git by closing its input and waits for it.
func (p *catProc) close() error {
	if p.closed {
		return nil
	}
	p.closed = true
	p.stdin.Close()
	io.Copy(io.Discard, p.r) // nothing is left unless git misbehaves
	return p.cmd.Wait()
}

// kill ends git at once, for a request abandoned half-way.
func (p *catProc) kill() {
	if !p.closed {
		p.cmd.Process.Kill()
		p.close()
	}
}

// ObjectIDs returns the id of every object the repository holds locally
// (a partial clone lacks some), in one `git cat-file --batch-all-objects`.
func (r *Repo) ObjectIDs(ctx context.Context) (map[string]struct{}, error) {
	out, err := r.Output(ctx, "cat-file", "--batch-all-objects", "--batch-check=%(objectname)")
	if err != nil {
		return nil, err
	}
	have := make(map[string]struct{})
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		have[sc.Text()] = struct{}{}
	}
	return have, nil
}

// Early is a `git cat-file --batch-command` process started before the
// repository is known, beside `git rev-parse`: run in the same directory
// with this process's environment, git finds the very repository that
// rev-parse names, so the process serves it and its start-up (about a
// millisecond) is off the pre-commit hook's critical path. Hand it to
// [Repo.WarmStaged], or Close it.
type Early struct {
	ctx    context.Context
	cancel context.CancelFunc
	p      *catProc // nil when git could not be started
	// guess is the staged work begun before git named the repository
	// ([Early.guessIndex]); nil when none was begun.
	guess *guessedIndex
}

// StartEarly starts git cat-file in dir now. A failure to start is not
// reported here: the reader that adopts it starts its own process and
// reports that one's error.
func StartEarly(dir string) *Early {
	ctx, cancel := context.WithCancel(context.Background())
	e := &Early{ctx: ctx, cancel: cancel}
	args := []string{"cat-file", "--batch-command", "--buffer"}
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = dir
	// This process's environment, so that git finds what rev-parse finds.
	cmd.Env = append(os.Environ(), noLazyFetch)
	e.p, _ = startCatProcCmd(cmd, 64<<10, args)
	return e
}

// Close ends the process of an Early that no reader adopted.
func (e *Early) Close() {
	if e == nil {
		return
	}
	if e.p != nil {
		e.p.kill()
	}
	e.cancel()
}
