//go:build unix

package source

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestBenchHistory times `envguard scan --all` on a generated repository
// with a long history next to the floor (`git cat-file --batch-all-objects
// --batch --unordered`, reading every object once) and `git log -p --all`
// (a diff per commit, what gitleaks runs), then `envguard scan --dir` on a
// checkout of it. It is opt-in: ENVGUARD_BENCH=1 go test ./scanner/source
// -run TestBenchHistory -v. ENVGUARD_BENCH_REPO=DIR keeps (and reuses) the
// generated repository; ENVGUARD_BENCH_RUNS sets the runs per command
// (default 5); ENVGUARD_BIN times a prebuilt binary.
func TestBenchHistory(t *testing.T) {
	if os.Getenv("ENVGUARD_BENCH") == "" {
		t.Skip("opt-in benchmark: set ENVGUARD_BENCH=1")
	}
	bin := buildEnvguard(t)
	repo := os.Getenv("ENVGUARD_BENCH_REPO")
	if repo == "" {
		repo = filepath.Join(t.TempDir(), "repo")
	}
	if _, err := os.Stat(filepath.Join(repo, ".git")); err != nil {
		os.MkdirAll(repo, 0o755)
		start := time.Now()
		generateRepo(t, repo, genConfig{Files: 600, Commits: 4000, LineLen: 60, Lines: 160, Seed: 42, Secrets: 40, TopicLen: 10})
		t.Logf("generated %s in %v", repo, time.Since(start).Round(time.Millisecond))
	}
	t.Logf("repository: %s commits, %s", histGit(t, repo, 0, "rev-list", "--all", "--count"), blobStats(t, repo))
	runs := 5
	fmt.Sscan(os.Getenv("ENVGUARD_BENCH_RUNS"), &runs)

	floor := timeCommand(t, runs, repo, "git", "cat-file", "--batch-all-objects", "--batch", "--unordered")
	logp := timeCommand(t, runs, repo, "git", "log", "-p", "--all")
	all := timeCommand(t, runs, repo, bin, "scan", "--all", "--format", "json", "--no-color")
	t.Logf("%-55s %8s %7s %8s %9s %9s", "command", "median", "ratio", "CPU", "CPU ratio", "peak RSS")
	for _, m := range []measure{floor, logp, all} {
		t.Logf("%-55s %8v %6.2fx %8v %8.2fx %6d MB", m.name, m.median.Round(time.Millisecond),
			float64(m.median)/float64(floor.median), m.cpu.Round(time.Millisecond),
			float64(m.cpu)/float64(floor.cpu), m.maxRSS>>10)
	}

	// --dir on 8 copies of the tip's files: MB/s with the full ruleset.
	tree := t.TempDir()
	for i := 0; i < 8; i++ {
		sub := filepath.Join(tree, fmt.Sprint("copy", i))
		os.MkdirAll(sub, 0o755)
		archive := exec.Command("sh", "-c", "git -C \"$1\" archive main | tar -x -C \"$2\"", "sh", repo, sub)
		if out, err := archive.CombinedOutput(); err != nil {
			t.Fatalf("git archive: %v\n%s", err, out)
		}
	}
	size := treeBytes(t, tree)
	dir := timeCommand(t, runs, repo, bin, "scan", "--dir", tree, "--format", "json", "--no-color")
	t.Logf("envguard scan --dir (%.1f MB): %v, %.0f MB/s; CPU %v, %.0f MB per CPU-second; %d MB peak RSS",
		float64(size)/1e6, dir.median.Round(time.Millisecond), float64(size)/dir.median.Seconds()/1e6,
		dir.cpu.Round(time.Millisecond), float64(size)/dir.cpu.Seconds()/1e6, dir.maxRSS>>10)
}

// buildEnvguard builds the CLI into a temp dir, unless ENVGUARD_BIN names
// a binary to time.
func buildEnvguard(t *testing.T) string {
	t.Helper()
	if b := os.Getenv("ENVGUARD_BIN"); b != "" {
		return b
	}
	bin := filepath.Join(t.TempDir(), "envguard")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/envguard/envguard/cmd/envguard").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

type measure struct {
	name   string
	median time.Duration
	cpu    time.Duration // median user+system time, children included
	maxRSS int64         // KiB
}

// timeCommand runs a command runs times (output discarded) and returns the
// median wall time and the largest peak RSS.
func timeCommand(t *testing.T, runs int, dir, name string, args ...string) measure {
	t.Helper()
	m := measure{name: strings.Join(append([]string{filepath.Base(name)}, args...), " ")}
	var ds, cpus []time.Duration
	for i := 0; i < runs; i++ {
		cmd := exec.Command(name, args...)
		cmd.Dir = dir
		cmd.Stdout = io.Discard
		var stderr strings.Builder
		cmd.Stderr = &stderr
		start := time.Now()
		err := cmd.Run()
		ds = append(ds, time.Since(start))
		if ee, ok := err.(*exec.ExitError); err != nil && !(ok && ee.ExitCode() == 1) {
			t.Fatalf("%s: %v\n%s", m.name, err, stderr.String())
		}
		cpus = append(cpus, cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && ru.Maxrss > m.maxRSS {
			m.maxRSS = ru.Maxrss
		}
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	m.median = ds[len(ds)/2]
	sort.Slice(cpus, func(i, j int) bool { return cpus[i] < cpus[j] })
	m.cpu = cpus[len(cpus)/2]
	return m
}

// blobStats describes the objects: count and total size of the blobs.
func blobStats(t *testing.T, repo string) string {
	out := histGit(t, repo, 0, "cat-file", "--batch-all-objects", "--batch-check=%(objecttype) %(objectsize)")
	var n, size int64
	for _, l := range strings.Split(out, "\n") {
		var typ string
		var s int64
		fmt.Sscan(l, &typ, &s)
		if typ == "blob" {
			n++
			size += s
		}
	}
	objects := strings.Count(out, "\n") + 1
	return fmt.Sprintf("%d objects, %d blobs, %.1f MB of unique blobs", objects, n, float64(size)/1e6)
}

func treeBytes(t *testing.T, root string) int64 {
	var n int64
	filepath.Walk(root, func(p string, fi os.FileInfo, err error) error {
		if err == nil && fi.Mode().IsRegular() {
			n += fi.Size()
		}
		return nil
	})
	return n
}
