package git

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"strings"
)

// noLazyFetch keeps git from fetching a partial clone's missing objects.
const noLazyFetch = "GIT_NO_LAZY_FETCH=1"

// command returns a git command that runs in the repository, with
// GIT_DIR, GIT_WORK_TREE and GIT_INDEX_FILE pinned to this repository.
func (r *Repo) command(ctx context.Context, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, "git", args...)
	// GIT_NO_LAZY_FETCH (git 2.44+): a partial clone's missing objects are
	// never fetched behind envguard's back; scanning needs no network.
	cmd.Env = append(cleanEnv(), "GIT_DIR="+r.GitDir, "GIT_INDEX_FILE="+r.IndexFile, noLazyFetch)
	if r.WorkTree != "" {
		cmd.Dir = r.WorkTree
		cmd.Env = append(cmd.Env, "GIT_WORK_TREE="+r.WorkTree)
	} else {
		cmd.Dir = r.GitDir
	}
	return cmd
}

// Output runs git with args and returns its standard output. A failure
// returns a [*GitError] holding git's own message.
func (r *Repo) Output(ctx context.Context, args ...string) ([]byte, error) {
	return r.OutputInput(ctx, nil, args...)
}

// OutputInput is [Repo.Output] with stdin as git's standard input (none
// when nil).
func (r *Repo) OutputInput(ctx context.Context, stdin []byte, args ...string) ([]byte, error) {
	cmd := r.command(ctx, args...)
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	return output(cmd, args)
}

// output runs cmd and returns its standard output, or a [*GitError].
func output(cmd *exec.Cmd, args []string) ([]byte, error) {
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return out, gitError(args, err, stderr.String())
	}
	return out, nil
}

// OutputReader is the standard output of a running git command, for
// output too large to hold (see [Repo.Start]).
type OutputReader struct {
	cmd    *exec.Cmd
	out    io.ReadCloser
	stderr bytes.Buffer
	args   []string
	killed bool
}

// Start runs git with args and returns its standard output as a stream.
// The caller reads it and must call Close.
func (r *Repo) Start(ctx context.Context, args ...string) (*OutputReader, error) {
	o := &OutputReader{args: args}
	o.cmd = r.command(ctx, args...)
	o.cmd.Stderr = &o.stderr
	var err error
	if o.out, err = o.cmd.StdoutPipe(); err != nil {
		return nil, err
	}
	if err := o.cmd.Start(); err != nil {
		return nil, gitError(args, err, "")
	}
	return o, nil
}

// Read reads git's standard output.
func (o *OutputReader) Read(p []byte) (int, error) { return o.out.Read(p) }

// Kill ends git at once, for output the caller gives up on; Close must
// still be called.
func (o *OutputReader) Kill() {
	if !o.killed {
		o.killed = true
		o.cmd.Process.Kill()
	}
}

// Close reads what is left of the output and waits for git. A failure
// (or a Kill) returns a [*GitError] holding git's message.
func (o *OutputReader) Close() error {
	io.Copy(io.Discard, o.out)
	if err := o.cmd.Wait(); err != nil {
		return gitError(o.args, err, o.stderr.String())
	}
	return nil
}

func run(ctx context.Context, dir string, args ...string) ([]byte, error) {
	return runStarted(ctx, dir, nil, args...)
}

// runStarted is run, calling started (when not nil) once git has
// started and before waiting for it.
func runStarted(ctx context.Context, dir string, started func(), args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		return nil, gitError(args, err, "")
	}
	if started != nil {
		started()
	}
	if err := cmd.Wait(); err != nil {
		return stdout.Bytes(), gitError(args, err, stderr.String())
	}
	return stdout.Bytes(), nil
}

// cleanEnv drops the git variables that Command sets itself.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		switch {
		case strings.HasPrefix(kv, "GIT_DIR="), strings.HasPrefix(kv, "GIT_WORK_TREE="),
			strings.HasPrefix(kv, "GIT_INDEX_FILE="):
			continue
		}
		env = append(env, kv)
	}
	return env
}

// GitError is a git command that failed; Stderr holds git's message.
type GitError struct {
	Args   []string
	Stderr string
	Err    error
}

func (e *GitError) Error() string {
	msg := strings.TrimSpace(e.Stderr)
	msg = strings.TrimPrefix(msg, "fatal: ")
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	if msg == "" {
		msg = e.Err.Error()
	}
	return "git " + e.Args[0] + ": " + msg
}

// Unwrap returns the exec error.
func (e *GitError) Unwrap() error { return e.Err }

// ExitCode returns git's exit status, or -1 when git did not run to its
// end.
func (e *GitError) ExitCode() int {
	var ee *exec.ExitError
	if errors.As(e.Err, &ee) {
		return ee.ExitCode()
	}
	return -1
}

func gitError(args []string, err error, stderr string) error {
	return &GitError{Args: args, Stderr: stderr, Err: err}
}
