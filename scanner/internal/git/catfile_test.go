package git

import (
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// missing is an object id no test repository holds.
var missing = strings.Repeat("0", 39) + "1"

// stage stages files given as name, content pairs and returns the
// repository and the blob ids, in order.
func stage(t *testing.T, files ...string) (*Repo, []string) {
	r := newTestRepo(t)
	for i := 0; i < len(files); i += 2 {
		r.Write(files[i], files[i+1])
	}
	r.Git("add", ".")
	var oids []string
	for i := 0; i < len(files); i += 2 {
		oids = append(oids, strings.TrimSpace(r.Git("rev-parse", ":"+files[i])))
	}
	repo, err := Open(r.Dir)
	if err != nil {
		t.Fatal(err)
	}
	return repo, oids
}

func TestCatFile(t *testing.T) {
	repo, oids := stage(t, "a.txt", "alpha\n", "b.txt", "bravo bravo\n")
	a, b := oids[0], oids[1]
	for _, legacy := range []bool{false, true} {
		cf := NewCatFile(context.Background(), repo)
		cf.legacy = legacy // as with a git older than 2.36
		for round := 0; round < 2; round++ {
			infos, err := cf.Info([]string{a, missing, b})
			if err != nil {
				t.Fatal(err)
			}
			if len(infos) != 3 || infos[0].Size != 6 || infos[0].Type != "blob" || !infos[1].Missing || infos[2].Size != 12 {
				t.Errorf("legacy=%v: Info = %+v", legacy, infos)
			}
			var got []string
			err = cf.Contents([]string{b, a, missing, b}, func(in ObjectInfo, data []byte) error {
				got = append(got, string(data))
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if want := "bravo bravo\n|alpha\n||bravo bravo\n"; strings.Join(got, "|") != want {
				t.Errorf("legacy=%v: Contents = %q, want %q", legacy, strings.Join(got, "|"), want)
			}
		}
		if err := cf.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	}
}

func TestCatFileStopsEarly(t *testing.T) {
	r := newTestRepo(t)
	r.Write("a.txt", strings.Repeat("x", 1<<20))
	r.Git("add", ".")
	a := strings.TrimSpace(r.Git("rev-parse", ":a.txt"))
	repo, err := Open(r.Dir)
	if err != nil {
		t.Fatal(err)
	}
	cf := NewCatFile(context.Background(), repo)
	defer cf.Close()
	oids := make([]string, 200) // 200 MiB of answers nobody reads
	for i := range oids {
		oids[i] = a
	}
	n := 0
	stop := context.Canceled
	err = cf.Contents(oids, func(ObjectInfo, []byte) error { n++; return stop })
	if err != stop || n != 1 {
		t.Errorf("err = %v after %d objects, want the callback's error after 1", err, n)
	}
	// The reader still works after an abandoned request.
	infos, err := cf.Info([]string{a})
	if err != nil || len(infos) != 1 || infos[0].Size != 1<<20 {
		t.Errorf("Info after an abandoned request: %+v, %v", infos, err)
	}
}

// TestCatFileOldGit runs against a git that rejects --batch-command, as
// gits older than 2.36 do, and expects the same answers.
func TestCatFileOldGit(t *testing.T) {
	r := newTestRepo(t)
	r.Write("a.txt", "alpha\n")
	r.Git("add", ".")
	a := strings.TrimSpace(r.Git("rev-parse", ":a.txt"))
	real, err := exec.LookPath("git")
	if err != nil {
		t.Skip(err)
	}
	bin := t.TempDir()
	script := "#!/bin/sh\nfor a in \"$@\"; do\n  if [ \"$a\" = --batch-command ]; then\n" +
		"    echo \"error: unknown option \\`batch-command'\" >&2\n    echo 'usage: git cat-file <type> <object>' >&2\n    exit 129\n  fi\ndone\n" +
		"exec " + real + " \"$@\"\n"
	if err := os.WriteFile(filepath.Join(bin, "git"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	repo, err := Open(r.Dir)
	if err != nil {
		t.Fatal(err)
	}
	cf := NewCatFile(context.Background(), repo)
	defer cf.Close()
	cf.Start()
	infos, err := cf.Info([]string{a})
	if err != nil || len(infos) != 1 || infos[0].Size != 6 {
		t.Fatalf("Info = %+v, %v", infos, err)
	}
	var got string
	err = cf.Contents([]string{a}, func(_ ObjectInfo, data []byte) error { got = string(data); return nil })
	if err != nil || got != "alpha\n" {
		t.Errorf("Contents = %q, %v", got, err)
	}
	if !cf.legacy {
		t.Error("the fallback for an old git was not taken")
	}
	// A stream started before the client knew falls back on its own.
	fresh := NewCatFile(context.Background(), repo)
	defer fresh.Close()
	if got := readStream(t, fresh, []string{a, a}); got != "alpha\n|alpha\n|" || !fresh.legacy {
		t.Errorf("Stream with an old git = %q (legacy %v)", got, fresh.legacy)
	}
}

// readStream reads oids through a Stream and joins the contents with "|".
func readStream(t *testing.T, cf *CatFile, oids []string) string {
	t.Helper()
	s, err := cf.Stream(oids)
	if err != nil {
		t.Fatal(err)
	}
	var got strings.Builder
	keep := func(size int64) bool { return size < 100 }
	for {
		in, data, err := s.Next(keep, func(n int) []byte { return make([]byte, n) })
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case in.Missing:
			got.WriteString("missing")
		case data == nil:
			got.WriteString("skipped")
		}
		got.Write(data)
		got.WriteString("|")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return got.String()
}

func TestStream(t *testing.T) {
	repo, oids := stage(t, "a.txt", "alpha\n", "big.txt", strings.Repeat("x", 200))
	a, big := oids[0], oids[1]
	for _, legacy := range []bool{false, true} {
		cf := NewCatFile(context.Background(), repo)
		cf.legacy = legacy
		got := readStream(t, cf, []string{a, big, missing, a})
		if want := "alpha\n|skipped|missing|alpha\n|"; got != want {
			t.Errorf("legacy=%v: Stream = %q, want %q", legacy, got, want)
		}
		if data, err := cf.Get(a); err != nil || string(data) != "alpha\n" {
			t.Errorf("legacy=%v: Get = %q, %v", legacy, data, err)
		}
		if data, err := cf.Get(missing); err != nil || data != nil {
			t.Errorf("legacy=%v: Get(missing) = %q, %v", legacy, data, err)
		}
		// A stream closed early ends git without an error.
		s, err := cf.Stream([]string{a, a, a})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Errorf("legacy=%v: early Close: %v", legacy, err)
		}
		cf.Close()
	}
}
