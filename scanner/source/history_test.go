package source

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/envguard/envguard/scanner/pipeline"
)

func TestHistoryAddedThenDeleted(t *testing.T) {
	r := newHistRepo(t)
	r.commit("readme", map[string]string{"README": "hello\n"})
	leak := r.commit("leak", map[string]string{"config.py": "A = 1\nTOKEN = '" + histToken(1) + "'\n"})
	r.commit("remove", map[string]string{"config.py": ""})
	var ns histNotices
	opts := ns.opts()
	var last Progress
	opts.Progress = func(p Progress) { last = p }
	src, err := History(r.open(), opts)
	if err != nil {
		t.Fatal(err)
	}
	got, err := histScan(t, src, histSet(t))
	if err != nil {
		t.Fatal(err)
	}
	if last.Unit != "blobs" || last.Done != 2 || last.Total != 2 || last.Bytes == 0 {
		t.Errorf("last progress %+v, want 2 of 2 blobs", last)
	}
	want := []histFound{{"test-token", "config.py", leak, 2}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("history histFound %v, want %v", got, want)
	}
	if !ns.contains("3 commits") {
		t.Errorf("no notice of the commits scanned: %q", ns)
	}
	dir, err := Dir(r.dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := histScan(t, dir, histSet(t)); err != nil || len(got) != 0 {
		t.Errorf("dir histFound %v (%v), want nothing: the secret is only in history", got, err)
	}
}

// A secret that lives through 50 commits of the same file is read once
// and attributed to the commit that added it.
func TestHistorySecretInManyCommitsOnce(t *testing.T) {
	r := newHistRepo(t)
	first := r.commit("c0", map[string]string{"app.env": "TOKEN=" + histToken(2) + "\nN=0\n"})
	for i := 1; i < 50; i++ {
		r.commit(fmt.Sprint("c", i), map[string]string{"app.env": fmt.Sprintf("TOKEN=%s\nN=%d\n", histToken(2), i)})
	}
	// The same line in a copy of the file is old content too.
	r.commit("copy", map[string]string{"copy.env": "TOKEN=" + histToken(2) + "\nN=49\n"})
	src, _ := History(r.open(), histOptions())
	got, err := histScan(t, src, histSet(t))
	if err != nil {
		t.Fatal(err)
	}
	want := []histFound{{"test-token", "app.env", first, 1}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("histFound %v, want once: %v", got, want)
	}
}

// The commit set equals `git rev-list --all`, including a commit that
// only an annotated tag reaches.
func TestHistoryCommitSetIsRevListAll(t *testing.T) {
	r := newHistRepo(t)
	r.commit("base", map[string]string{"a.txt": "a\n"})
	r.git("checkout", "-q", "-b", "side")
	tagged := r.commit("tag only", map[string]string{"b.txt": "B=" + histToken(3) + "\n"})
	r.git("tag", "-a", "-m", "release", "v1")
	r.git("checkout", "-q", "main")
	r.git("branch", "-D", "side")
	r.commit("main", map[string]string{"a.txt": "a\nb\n"})
	r.git("checkout", "-q", "-b", "feature")
	r.commit("feature", map[string]string{"c.txt": "c\n"})
	r.git("checkout", "-q", "main")

	repo := r.open()
	lg, err := readLog(context.Background(), repo, []string{"--all"}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range lg.commits {
		got = append(got, c.Hash)
	}
	want := strings.Fields(r.git("rev-list", "--all"))
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("commits scanned:\n%v\ngit rev-list --all:\n%v", got, want)
	}
	src, _ := History(repo, histOptions())
	histFound, err := histScan(t, src, histSet(t))
	if err != nil || len(histFound) != 1 || histFound[0].Commit != tagged {
		t.Errorf("histFound %v (%v), want the secret of the tag-only commit %s", histFound, err, tagged)
	}
}

func TestRange(t *testing.T) {
	r := newHistRepo(t)
	base := r.commit("base", map[string]string{"app.py": "import os\n"})
	leak := r.commit("leak", map[string]string{"app.py": "import os\nKEY = '" + histToken(4) + "'\n"})
	after := r.commit("more", map[string]string{"app.py": "import os\nKEY = '" + histToken(4) + "'\nprint(1)\n"})
	repo := r.open()
	set := histSet(t)
	for _, tc := range []struct {
		spec string
		want []histFound
	}{
		{base + "..HEAD", []histFound{{"test-token", "app.py", leak, 2}}},
		{base + "..", []histFound{{"test-token", "app.py", leak, 2}}},
		{leak + "..HEAD", nil},
		{leak + "~1.." + leak, []histFound{{"test-token", "app.py", leak, 2}}},
		{after + "..HEAD", nil},
		{base + "..." + leak, []histFound{{"test-token", "app.py", leak, 2}}},
	} {
		var ns histNotices
		src, err := Range(repo, tc.spec, ns.opts())
		if err != nil {
			t.Fatalf("%s: %v", tc.spec, err)
		}
		got, err := histScan(t, src, set)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("--range %s histFound %v, want %v", tc.spec, got, tc.want)
		}
	}
	// One revision is that commit alone (issue 16), no error.
	if _, err := Range(repo, "main", histOptions()); err != nil {
		t.Errorf("--range main: %v", err)
	}
	for _, spec := range []string{"nope..HEAD", base + "..nope", "nope", "--output=x..HEAD"} {
		_, err := Range(repo, spec, histOptions())
		var ue *UnknownRefError
		if err == nil || !errors.As(err, &ue) {
			t.Errorf("--range %s: error %v, want an unknown ref error", spec, err)
		}
		if err != nil && !strings.Contains(err.Error(), "nope") && !strings.Contains(err.Error(), "--output") {
			t.Errorf("--range %s: error %q does not name the ref", spec, err)
		}
	}
}

// A merge is scanned for what differs from every parent (a conflict
// resolution); what a merged branch brings is attributed to the branch's
// commit, once.
func TestHistoryMerges(t *testing.T) {
	r := newHistRepo(t)
	r.commit("base", map[string]string{"a.txt": "one\ntwo\n", "b.txt": "b\n"})
	r.git("checkout", "-q", "-b", "topic")
	branchLeak := r.commit("topic leak", map[string]string{"a.txt": "one\ntwo\nT=" + histToken(5) + "\n"})
	r.git("checkout", "-q", "main")
	r.commit("main edit", map[string]string{"b.txt": "b\nc\n"})
	r.tick++
	r.git("merge", "-q", "--no-ff", "--no-commit", "topic")
	// An "evil" merge: the resolution adds a line that no parent has.
	r.commit("merge", map[string]string{"b.txt": "b\nc\nE=" + histToken(6) + "\n"})
	merge := r.git("rev-parse", "HEAD")
	src, _ := History(r.open(), histOptions())
	got, err := histScan(t, src, histSet(t))
	if err != nil {
		t.Fatal(err)
	}
	want := []histFound{{"test-token", "a.txt", branchLeak, 3}, {"test-token", "b.txt", merge, 3}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("histFound %v, want %v", got, want)
	}
	// The range of the merge alone reports only the resolution.
	src, _ = Range(r.open(), merge+"^1.."+merge, histOptions())
	got, _ = histScan(t, src, histSet(t))
	if len(got) != 2 || got[0].Commit != branchLeak || got[1].Commit != merge {
		t.Errorf("range over the merge histFound %v", got)
	}
}

func TestHistoryShallowClone(t *testing.T) {
	r := newHistRepo(t)
	leak := r.commit("leak", map[string]string{"s.txt": "S=" + histToken(7) + "\n"})
	r.commit("two", map[string]string{"s.txt": "S=" + histToken(7) + "\nx\n"})
	r.commit("three", map[string]string{"t.txt": "T=" + histToken(8) + "\n"})
	_ = leak
	clone := filepath.Join(t.TempDir(), "clone")
	histGit(t, r.dir, 0, "clone", "-q", "--depth", "1", "file://"+r.dir, clone)
	c := &histRepo{t: t, dir: clone}
	repo := c.open()
	if !repo.Shallow {
		t.Fatal("clone is not shallow")
	}
	var ns histNotices
	src, _ := History(repo, ns.opts())
	got, err := histScan(t, src, histSet(t))
	if err != nil {
		t.Fatal(err)
	}
	head := c.git("rev-parse", "HEAD")
	if len(got) != 2 || got[0].Commit != head || got[1].Commit != head {
		t.Errorf("shallow clone histFound %v, want both secrets at the only commit %s", got, head)
	}
	if !ns.contains("shallow") || !ns.contains("1 commit stands") {
		t.Errorf("histNotices %q do not say the history is cut and what was scanned", ns)
	}
}

func fakeRSAKey(t *testing.T) []string {
	t.Helper()
	k, err := rsa.GenerateKey(rand.Reader, 1024)
	if err != nil {
		t.Fatal(err)
	}
	b := pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(k)})
	return strings.SplitAfter(strings.TrimSuffix(string(b), "\n"), "\n")
}

// A PEM block whose lines were committed in two steps is histFound once, in
// the commit that completed it, and not again when other lines change.
func TestHistoryPEMPartlyOld(t *testing.T) {
	lines := fakeRSAKey(t)
	half := len(lines) / 2
	r := newHistRepo(t)
	pad := strings.Repeat("filler line\n", 40)
	r.commit("half", map[string]string{"key.pem": pad + strings.Join(lines[:half], "")})
	done := r.commit("rest", map[string]string{"key.pem": pad + strings.Join(lines, "") + "\n"})
	r.commit("edit", map[string]string{"key.pem": "changed\n" + pad[len("filler line\n"):] + strings.Join(lines, "") + "\n"})
	src, _ := History(r.open(), histOptions())
	got, err := histScan(t, src, histSet(t))
	if err != nil {
		t.Fatal(err)
	}
	want := []histFound{{"private-key-rsa", "key.pem", done, 41}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("histFound %v, want %v", got, want)
	}
}

// In a partial clone (--filter=blob:none) envguard does not go to the
// network on its own: the blobs it lacks are reported as not scanned (an
// error, not a silent pass), and nothing is fetched. With FetchMissing
// they are fetched in one request, and found.
func TestHistoryPartialClone(t *testing.T) {
	r := newHistRepo(t)
	leak := r.commit("leak", map[string]string{"s.txt": "S=" + histToken(17) + "\n"})
	r.commit("gone", map[string]string{"s.txt": "clean\n"})
	r.git("config", "uploadpack.allowFilter", "true")
	clone := filepath.Join(t.TempDir(), "clone")
	histGit(t, r.dir, 0, "clone", "-q", "--filter=blob:none", "file://"+r.dir, clone)
	cr := &histRepo{t: t, dir: clone}
	count := func() string {
		out, _ := exec.Command("git", "-C", clone, "count-objects", "-v").Output()
		return string(out)
	}
	before := count()

	var ns histNotices
	src, _ := History(cr.open(), ns.opts())
	got, err := histScan(t, src, histSet(t))
	if _, partial := pipeline.AsErrorList(err); len(got) != 0 || !partial {
		t.Errorf("partial clone without --fetch-missing: found %v, err %v; want nothing found and the blobs listed as not scanned", got, err)
	}
	if !ns.contains("not scanned") || count() != before {
		t.Errorf("notices %q; objects before %q after %q: want a notice and nothing fetched", ns, before, count())
	}

	var ns2 histNotices
	opts := ns2.opts()
	opts.FetchMissing = true
	src, _ = History(cr.open(), opts)
	got, err = histScan(t, src, histSet(t))
	if err != nil || len(got) != 1 || got[0].Commit != leak {
		t.Errorf("partial clone with FetchMissing found %v (%v), want the secret of %s", got, err, leak)
	}
	if !ns2.contains("partial clone: fetched the 1 blob ") {
		t.Errorf("notices %q do not say the missing blob was fetched", ns2)
	}
}

// A yield error stops the history scan at once (git is stopped) and is
// returned.
func TestHistoryStopsOnYieldError(t *testing.T) {
	r := newHistRepo(t)
	for i := 0; i < 5; i++ {
		files := map[string]string{}
		for j := 0; j < 20; j++ {
			files[fmt.Sprintf("f%02d.txt", j)] = strings.Repeat(fmt.Sprintf("line %d %d\n", i, j), 100)
		}
		r.commit(fmt.Sprint("c", i), files)
	}
	src, _ := History(r.open(), histOptions())
	stop := errors.New("stop")
	n := 0
	err := src.Fragments(context.Background(), func(pipeline.Fragment) error {
		if n++; n == 3 {
			return stop
		}
		return nil
	})
	if err != stop || n != 3 {
		t.Errorf("error %v after %d fragments, want stop after 3", err, n)
	}
}
