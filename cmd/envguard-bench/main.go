// Command envguard-bench times envguard against the git commands that
// bound what it does, on a repository you name. It fetches nothing: point
// it at a clone (for a realistic single pack, make one with
// `git clone --no-local`).
//
//	go run ./cmd/envguard-bench -repo ../sqlalchemy -runs 5
//
// For each job it runs the floor and envguard in turn (interleaved, so a
// noisy machine slows both alike) and prints the median wall and CPU time,
// their ratio to the floor and the peak RSS:
//
//   - staged: `git diff --cached` vs `envguard scan --staged` (stage a
//     change first; with nothing staged both are near their start-up cost)
//   - history: `git cat-file --batch-all-objects --batch --unordered` vs
//     `envguard scan --all`
//   - dir: `envguard scan --dir` on the work tree, in MB/s
//
// -bin names the envguard binary (default: build ./cmd/envguard);
// -compare adds a second binary, timed in the same rounds.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// job is one thing to time: the floor command and envguard's arguments.
type job struct {
	name  string
	floor []string
	args  []string
}

var jobs = []job{
	{"staged", []string{"git", "diff", "--cached"}, []string{"scan", "--staged"}},
	{"history", []string{"git", "cat-file", "--batch-all-objects", "--batch", "--unordered"}, []string{"scan", "--all", "--format", "json"}},
	{"dir", nil, []string{"scan", "--dir", ".", "--format", "json"}},
}

// sample is one run of a command.
type sample struct {
	wall, cpu time.Duration
	rssKB     int64
}

func main() {
	repo := flag.String("repo", ".", "the repository to time")
	runs := flag.Int("runs", 5, "runs of each command")
	bin := flag.String("bin", "", "envguard binary (default: go build ./cmd/envguard)")
	compare := flag.String("compare", "", "a second envguard binary to time beside -bin")
	only := flag.String("jobs", "staged,history,dir", "jobs to run, comma-separated")
	flag.Parse()
	if err := run(*repo, *runs, *bin, *compare, strings.Split(*only, ",")); err != nil {
		fmt.Fprintln(os.Stderr, "envguard-bench:", err)
		os.Exit(2)
	}
}

func run(repo string, runs int, bin, compare string, only []string) error {
	if bin == "" {
		dir, err := os.MkdirTemp("", "envguard-bench")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		bin = filepath.Join(dir, "envguard")
		if out, err := exec.Command("go", "build", "-o", bin, "./cmd/envguard").CombinedOutput(); err != nil {
			return fmt.Errorf("go build: %v\n%s", err, out)
		}
	}
	bins := []string{bin}
	if compare != "" {
		bins = append(bins, compare)
	}
	fmt.Printf("repository %s, %d runs each, medians\n", repo, runs)
	for _, j := range jobs {
		if slices.Contains(only, j.name) {
			if err := timeJob(repo, runs, j, bins); err != nil {
				return err
			}
		}
	}
	return nil
}

// timeJob runs the job's commands in rounds and prints one line each.
func timeJob(repo string, runs int, j job, bins []string) error {
	var cmds [][]string
	var names []string
	if j.floor != nil {
		cmds, names = append(cmds, j.floor), append(names, strings.Join(j.floor, " "))
	}
	for _, b := range bins {
		cmds, names = append(cmds, append([]string{b}, j.args...)), append(names, filepath.Base(b)+" "+strings.Join(j.args, " "))
	}
	samples := make([][]sample, len(cmds))
	for r := 0; r < runs; r++ {
		for i, c := range cmds {
			s, err := timeOnce(repo, c)
			if err != nil {
				return fmt.Errorf("%s: %v", names[i], err)
			}
			samples[i] = append(samples[i], s)
		}
	}
	fmt.Printf("\n%s\n", j.name)
	base := median(samples[0])
	for i := range cmds {
		m := median(samples[i])
		line := fmt.Sprintf("  %-62s %9v %6.2fx  cpu %9v %6.2fx  rss %4d MB",
			names[i], m.wall.Round(100*time.Microsecond), ratio(m.wall, base.wall),
			m.cpu.Round(100*time.Microsecond), ratio(m.cpu, base.cpu), m.rssKB>>10)
		if j.name == "dir" {
			line += fmt.Sprintf("  %.0f MB/s", float64(treeBytes(repo))/(1<<20)/m.wall.Seconds())
		}
		fmt.Println(line)
	}
	return nil
}

// timeOnce runs c in dir; exit status 1 (findings) is not an error.
func timeOnce(dir string, c []string) (sample, error) {
	cmd := exec.Command(c[0], c[1:]...)
	cmd.Dir, cmd.Stdout, cmd.Stderr = dir, io.Discard, io.Discard
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 1 {
		err = nil
	}
	if err != nil {
		return sample{}, err
	}
	st := cmd.ProcessState
	return sample{wall: wall, cpu: st.UserTime() + st.SystemTime(), rssKB: maxRSS(st)}, nil
}

// median returns the median wall and CPU time and the largest RSS.
func median(s []sample) sample {
	walls, cpus := make([]time.Duration, len(s)), make([]time.Duration, len(s))
	var rss int64
	for i, x := range s {
		walls[i], cpus[i], rss = x.wall, x.cpu, max(rss, x.rssKB)
	}
	slices.Sort(walls)
	slices.Sort(cpus)
	return sample{wall: walls[len(s)/2], cpu: cpus[len(s)/2], rssKB: rss}
}

func ratio(a, b time.Duration) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// treeBytes is the size of the files under dir, .git excluded.
func treeBytes(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && d.Name() == ".git" {
			return filepath.SkipDir
		}
		if info, err := d.Info(); err == nil && info.Mode().IsRegular() {
			n += info.Size()
		}
		return nil
	})
	return n
}
