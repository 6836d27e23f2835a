package source

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"hash/crc32"

	"math/rand"

	"os/exec"
	"sort"
	"strings"
	"testing"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/pipeline"
)

// genConfig shapes a generated repository.
type genConfig struct {
	Files    int // files in the first commit
	Commits  int // commits on main (topic branches add more)
	LineLen  int // average line length
	Lines    int // average lines per file
	Seed     int64
	Secrets  int // fake GitHub tokens planted along the way
	TopicLen int // commits per topic branch; one topic every 10*TopicLen main commits
}

// genState is one branch's files.
type genState struct {
	files map[string][]string // path -> lines
	mark  int                 // fast-import mark of the tip
}

func (s *genState) clone() *genState {
	c := &genState{files: make(map[string][]string, len(s.files)), mark: s.mark}
	for k, v := range s.files {
		c.files[k] = v
	}
	return c
}

// generator writes a fast-import stream: files of code-like lines, commits
// that edit a few lines of a few files, topic branches merged back,
// annotated tags (one on a commit no branch reaches) and fake tokens.
type generator struct {
	cfg    genConfig
	rnd    *rand.Rand
	w      *bufio.Writer
	marks  int
	when   int64
	words  []string
	tokens []string
}

func (g *generator) word() string { return g.words[g.rnd.Intn(len(g.words))] }

func (g *generator) line() string {
	var b strings.Builder
	switch g.rnd.Intn(6) {
	case 0:
		fmt.Fprintf(&b, "    %s_%s = %q", g.word(), g.word(), g.word()+"-"+g.word())
	case 1:
		fmt.Fprintf(&b, "func %s%s(%s int) error {", g.word(), strings.Title(g.word()), g.word())
	case 2:
		b.WriteString("// ")
	default:
		b.WriteString("    ")
	}
	for b.Len() < g.cfg.LineLen/2+g.rnd.Intn(g.cfg.LineLen) {
		b.WriteString(g.word())
		b.WriteByte(' ')
	}
	return b.String()
}

// fakeGitHubToken makes a ghp_ token with a valid CRC32 checksum: a fake
// in GitHub's published format.
func fakeGitHubToken(rnd *rand.Rand) string {
	const digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	body := make([]byte, 30)
	for i := range body {
		body[i] = digits[rnd.Intn(62)]
	}
	v := crc32.ChecksumIEEE(body)
	var sum [6]byte
	for i := 5; i >= 0; i-- {
		sum[i] = digits[v%62]
		v /= 62
	}
	return "ghp_" + string(body) + string(sum[:])
}

func (g *generator) commit(ref string, st *genState, merge int, changed map[string]bool, msg string) {
	g.marks++
	g.when += 60
	fmt.Fprintf(g.w, "commit %s\nmark :%d\nauthor Gen <gen@example.com> %d +0000\ncommitter Gen <gen@example.com> %d +0000\ndata %d\n%s\n",
		ref, g.marks, g.when, g.when, len(msg), msg)
	if st.mark > 0 {
		fmt.Fprintf(g.w, "from :%d\n", st.mark)
	}
	if merge > 0 {
		fmt.Fprintf(g.w, "merge :%d\n", merge)
	}
	paths := make([]string, 0, len(changed))
	for p := range changed {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		lines, ok := st.files[p]
		if !ok {
			fmt.Fprintf(g.w, "D %s\n", p)
			continue
		}
		data := strings.Join(lines, "\n") + "\n"
		fmt.Fprintf(g.w, "M 100644 inline %s\ndata %d\n%s\n", p, len(data), data)
	}
	g.w.WriteString("\n")
	st.mark = g.marks
}

// edit changes a few lines of a few files of st and returns the paths.
func (g *generator) edit(st *genState, pick func(string) bool, changed map[string]bool) {
	paths := make([]string, 0, len(st.files))
	for p := range st.files {
		if pick(p) {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	for n := 1 + g.rnd.Intn(3); n > 0 && len(paths) > 0; n-- {
		p := paths[g.rnd.Intn(len(paths))]
		lines := append([]string(nil), st.files[p]...)
		for k := 1 + g.rnd.Intn(4); k > 0; k-- {
			i := g.rnd.Intn(len(lines) + 1)
			switch op := g.rnd.Intn(3); {
			case op == 0 && i < len(lines):
				lines[i] = g.line()
			case op == 1 && i < len(lines) && len(lines) > 5:
				lines = append(lines[:i], lines[i+1:]...)
			default:
				lines = append(lines[:i], append([]string{g.line()}, lines[i:]...)...)
			}
		}
		if g.rnd.Intn(40) == 0 && len(g.tokens) < g.cfg.Secrets {
			tok := fakeGitHubToken(g.rnd)
			g.tokens = append(g.tokens, tok)
			lines = append(lines, fmt.Sprintf("GITHUB_TOKEN = %q", tok))
		}
		st.files[p] = lines
		changed[p] = true
	}
}

func (g *generator) newFile(st *genState, i int, changed map[string]bool) {
	p := fmt.Sprintf("pkg%02d/mod%d/file%04d.go", i%37, i%5, i)
	n := g.cfg.Lines/2 + g.rnd.Intn(g.cfg.Lines)
	lines := make([]string, n)
	for j := range lines {
		lines[j] = g.line()
	}
	st.files[p] = lines
	changed[p] = true
}

// run writes the whole stream.
func (g *generator) run() {
	main := &genState{files: map[string][]string{}}
	changed := map[string]bool{}
	for i := 0; i < g.cfg.Files; i++ {
		g.newFile(main, i, changed)
	}
	g.commit("refs/heads/main", main, 0, changed, "initial")
	all := func(string) bool { return true }
	for c := 1; c < g.cfg.Commits; c++ {
		changed := map[string]bool{}
		if c%(10*g.cfg.TopicLen) == 0 {
			g.topic(main, c)
			continue
		}
		g.edit(main, all, changed)
		if g.rnd.Intn(50) == 0 {
			g.newFile(main, g.cfg.Files+c, changed)
		}
		g.commit("refs/heads/main", main, 0, changed, fmt.Sprintf("change %d", c))
		if c%500 == 0 {
			g.marks++
			fmt.Fprintf(g.w, "tag v%d\nfrom :%d\ntagger Gen <gen@example.com> %d +0000\ndata 4\nrel\n\n", c, main.mark, g.when)
		}
	}
	// A commit only an annotated tag reaches.
	orphan := main.clone()
	changed = map[string]bool{}
	g.edit(orphan, all, changed)
	g.commit("refs/heads/tmp-orphan", orphan, 0, changed, "tag only")
	fmt.Fprintf(g.w, "tag only-tag\nfrom :%d\ntagger Gen <gen@example.com> %d +0000\ndata 4\nrel\n\n", orphan.mark, g.when)
	fmt.Fprintf(g.w, "reset refs/heads/tmp-orphan\nfrom %s\n\n", strings.Repeat("0", 40))
}

// topic makes a branch from main, commits on it and on main (other
// files), and merges it back.
func (g *generator) topic(main *genState, c int) {
	topic := main.clone()
	ref := fmt.Sprintf("refs/heads/topic%d", c)
	mine := func(p string) bool { return crc32.ChecksumIEEE([]byte(p))%4 == uint32(c/10)%4 }
	touched := map[string]bool{}
	for i := 0; i < g.cfg.TopicLen; i++ {
		changed := map[string]bool{}
		g.edit(topic, mine, changed)
		for p := range changed {
			touched[p] = true
		}
		g.commit(ref, topic, 0, changed, fmt.Sprintf("topic %d.%d", c, i))
		if i%2 == 0 {
			changed := map[string]bool{}
			g.edit(main, func(p string) bool { return !mine(p) }, changed)
			g.commit("refs/heads/main", main, 0, changed, fmt.Sprintf("main during topic %d.%d", c, i))
		}
	}
	for p := range touched {
		main.files[p] = topic.files[p]
	}
	g.commit("refs/heads/main", main, topic.mark, touched, fmt.Sprintf("merge topic %d", c))
}

// generateRepo makes a repository in dir with git fast-import and repacks
// it as a server would. It returns the planted tokens.
func generateRepo(t *testing.T, dir string, cfg genConfig) []string {
	t.Helper()
	histGit(t, dir, 0, "init", "-q", "-b", "main")
	cmd := exec.Command("git", "fast-import", "--quiet")
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	g := &generator{cfg: cfg, rnd: rand.New(rand.NewSource(cfg.Seed)), w: bufio.NewWriterSize(in, 1<<20), when: 1600000000}
	for i := 0; i < 3000; i++ {
		g.words = append(g.words, fmt.Sprintf("%s%d", []string{"user", "conn", "buf", "ctx", "item", "node", "rows", "list", "val", "cfg"}[i%10], i))
	}
	g.run()
	g.w.Flush()
	in.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("git fast-import: %v\n%s", err, stderr.String())
	}
	histGit(t, dir, 0, "repack", "-adq", "--window=10", "--depth=50")
	histGit(t, dir, 0, "checkout", "-q", "main")
	return g.tokens
}

// TestHistoryGeneratedRepo scans a generated history with many branches,
// merges and annotated tags (one on a commit no branch reaches): every
// planted token is reported exactly once, attributed to the first commit
// that added it (`git log -S`, parents first), and the commits scanned are
// those of `git rev-list --all`.
func TestHistoryGeneratedRepo(t *testing.T) {
	dir := t.TempDir()
	toks := generateRepo(t, dir, genConfig{Files: 30, Commits: 300, LineLen: 40, Lines: 40, Seed: 7, Secrets: 12, TopicLen: 5})
	if merges := histGit(t, dir, 0, "rev-list", "--all", "--merges", "--count"); merges == "0" || len(toks) < 5 {
		t.Fatalf("generator made %s merges and %d tokens", merges, len(toks))
	}
	set, err := rules.Compile([]rules.Rule{{ID: "gh", Description: "GitHub token", Keywords: []string{"ghp_"},
		Regex: `\b(ghp_[0-9A-Za-z]{36})\b`, Severity: rules.SeverityHigh, KeepPlaceholders: true}})
	if err != nil {
		t.Fatal(err)
	}
	var ns histNotices
	src, _ := History((&histRepo{t: t, dir: dir}).open(), ns.opts())
	det, _ := pipeline.NewDetector(set, pipeline.Options{})
	byToken := map[string][]string{}
	err = det.Scan(context.Background(), src, func(f pipeline.Finding) error {
		byToken[f.Secret.Reveal()] = append(byToken[f.Secret.Reveal()], f.Commit.Hash)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(byToken) != len(toks) {
		t.Errorf("found %d distinct tokens, planted %d", len(byToken), len(toks))
	}
	for _, tok := range toks {
		commits := byToken[tok]
		first := strings.Fields(histGit(t, dir, 0, "log", "--all", "--reverse", "--date-order", "--format=%H", "-S", tok))
		if len(commits) != 1 || len(first) == 0 || commits[0] != first[0] {
			t.Errorf("token %s...: reported in %v, first added in %v", tok[:8], commits, first)
		}
	}
	all := histGit(t, dir, 0, "rev-list", "--all", "--count")
	if !ns.contains("history: " + all + " commits") {
		t.Errorf("notices %q, want %s commits (git rev-list --all)", ns, all)
	}
}
