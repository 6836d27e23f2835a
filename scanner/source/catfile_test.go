package source

import (
	"context"
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
