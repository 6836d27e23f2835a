package source

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/envguard/envguard/scanner/gitrepo"
)

func TestCatFile(t *testing.T) {
	r := newTestRepo(t)
	r.write("a.txt", "alpha\n")
	r.write("b.txt", "bravo bravo\n")
	r.git("add", ".")
	a := strings.TrimSpace(r.git("rev-parse", ":a.txt"))
	b := strings.TrimSpace(r.git("rev-parse", ":b.txt"))
	missing := strings.Repeat("0", 39) + "1"
	repo, err := gitrepo.Open(r.dir)
	if err != nil {
		t.Fatal(err)
	}
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
	r.write("a.txt", strings.Repeat("x", 1<<20))
	r.git("add", ".")
	a := strings.TrimSpace(r.git("rev-parse", ":a.txt"))
	repo, err := gitrepo.Open(r.dir)
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
	r.write("a.txt", "alpha\n")
	r.git("add", ".")
	a := strings.TrimSpace(r.git("rev-parse", ":a.txt"))
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
	repo, err := gitrepo.Open(r.dir)
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
	if f := mustScan(t, r.dir, Options{})["a.txt"]; string(f.Data) != "alpha\n" {
		t.Errorf("staged scan with an old git: %+v", f)
	}
}
