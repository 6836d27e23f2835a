package fix

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"

	"github.com/envguard/envguard/scanner/envguard"
	"github.com/envguard/envguard/scanner/internal/git"
	"github.com/envguard/envguard/scanner/internal/gitignore"
	"github.com/envguard/envguard/scanner/pipeline"
)

// Facts is what a plan is built from: what git and the work tree say
// about the files the findings touch. [Gather] reads them from a
// repository; a test can write them by hand, and [Build] needs nothing
// else.
type Facts struct {
	// Files holds the facts of each file a fixer needs, by slash path
	// relative to the root.
	Files map[string]FileFacts
	// Context holds, for a leak in code, the code file and what tells
	// the project's idiom: the files beside it with its extension and the
	// manifests in its folder and at the root (see rewriteFor).
	Context map[string][]byte
	// History says, by path and fingerprint, whether a secret of an
	// example or env file is in a commit (git log --all on the path, each blob
	// read); a secret only staged is not.
	History map[string]bool
}

// FileFacts is what is known about one file.
type FileFacts struct {
	// Exists is true when the file is in the work tree; Data is its
	// content, ReadErr why it could not be read (a symbolic link, say).
	Exists  bool
	Data    []byte
	ReadErr error
	// Mode is the file's permission bits.
	Mode fs.FileMode
	// Tracked: in the index (tracked, or staged for the first commit).
	Tracked bool
	// InHead: in the commit HEAD points at.
	InHead bool
	// Covered: an ignore rule matches the file, tracked or not.
	Covered bool
	// Blocker is, for a file no ignore rule covers, the "!" pattern
	// ("file:line: text") that keeps any root .gitignore line from
	// ignoring it; empty when a root line can.
	Blocker string
}

// file returns the facts of rel, or an error when they were not gathered
// (a fixer whose needs miss a file it reads).
func (fs *Facts) file(rel string) (FileFacts, error) {
	f, ok := fs.Files[rel]
	if !ok {
		return FileFacts{}, fmt.Errorf("fix: internal error: no facts gathered for %s", rel)
	}
	return f, nil
}

// read returns the content of rel: nil and no error when it does not
// exist.
func (fs *Facts) read(rel string) ([]byte, error) {
	f, err := fs.file(rel)
	if err != nil {
		return nil, err
	}
	return f.Data, f.ReadErr
}

// exampleNames are the example files whose presence beside an env file
// shapes the .gitignore lines (see ignoreLines).
var exampleNames = []string{".env.example", ".env.sample", ".env.template", ".env.dist", ".env.defaults"}

// Gather reads the facts that the fixers of findings need from repo and
// its work tree. It changes nothing.
func Gather(ctx context.Context, repo *git.Repo, findings []pipeline.Finding, opts Options) (*Facts, error) {
	if err := repo.RequireWorkTree(); err != nil {
		return nil, err
	}
	opts, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	g := &gatherer{ctx: ctx, repo: repo, w: newWorktree(repo.WorkTree, nil), facts: &Facts{Files: map[string]FileFacts{}, Context: map[string][]byte{}, History: map[string]bool{}}}
	for _, f := range findings {
		fx := pick(&opts, f)
		for _, rel := range fx.needs(&opts, f) {
			if err := g.add(rel); err != nil {
				return nil, err
			}
		}
		if fx.reads != nil {
			for _, rel := range fx.reads(&opts, f) {
				g.addContext(rel)
			}
		}
		if fx.history && f.Secret.Reveal() != "" { // any branch, not only HEAD
			in, err := inHistory(ctx, repo, f.Path, f.Secret.Reveal())
			if err != nil {
				return nil, err
			}
			g.facts.History[historyKey(f)] = in
		}
	}
	return g.facts, nil
}

// gatherer reads facts for Gather, each file once.
type gatherer struct {
	ctx   context.Context
	repo  *git.Repo
	w     *worktree
	facts *Facts
	head  map[string]bool
	tree  *gitignore.Tree
	full  map[string]bool // files whose git facts are read
}

// add reads the facts of rel, and whether the example files beside it
// exist.
func (g *gatherer) add(rel string) error {
	if g.full[rel] {
		return nil
	}
	if g.full == nil {
		g.full = map[string]bool{}
	}
	g.full[rel] = true
	ff := g.content(rel)
	var err error
	if ff.Tracked, err = g.repo.Tracked(g.ctx, rel); err != nil {
		return err
	}
	if g.head == nil {
		if g.head, err = g.repo.HeadFiles(g.ctx); err != nil {
			return err
		}
	}
	ff.InHead = g.head[rel]
	if ff.Covered, err = g.repo.CoveredByRules(g.ctx, rel); err != nil {
		return err
	}
	if !ff.Covered {
		if g.tree == nil {
			g.tree = envguard.TreeFor(g.repo)
		}
		if line, blocker := envguard.IgnoreLine(g.tree, rel); line == "" {
			ff.Blocker = blocker
		}
	}
	g.facts.Files[rel] = ff
	for _, n := range exampleNames {
		if ex := path.Join(path.Dir(rel), n); !g.full[ex] {
			g.facts.Files[ex] = FileFacts{Exists: g.w.exists(ex)}
		}
	}
	return nil
}

// content reads rel from the work tree.
func (g *gatherer) content(rel string) FileFacts {
	data, err := g.w.read(rel)
	ff := FileFacts{Exists: g.w.exists(rel), Data: data, ReadErr: err}
	if fi, err := os.Lstat(g.w.abs(rel)); err == nil {
		ff.Mode = fi.Mode().Perm()
	}
	return ff
}

// maxContextFiles bounds the files read beside a code file.
const maxContextFiles = 64

// addContext reads the code file rel, the files beside it with its
// extension and the manifests in its folder and at the root.
func (g *gatherer) addContext(rel string) {
	read := func(r string) {
		if _, ok := g.facts.Context[r]; ok {
			return
		}
		if data, err := g.w.read(r); err == nil && data != nil {
			g.facts.Context[r] = data
		}
	}
	read(rel)
	dir := path.Dir(rel)
	for _, d := range []string{".", dir} {
		for _, m := range manifestNames {
			read(path.Join(d, m))
		}
	}
	entries, err := os.ReadDir(g.w.abs(dir))
	if err != nil {
		return
	}
	n := 0
	for _, e := range entries {
		if n >= maxContextFiles {
			break
		}
		if e.Type().IsRegular() && path.Ext(e.Name()) == path.Ext(rel) {
			read(path.Join(dir, e.Name()))
			n++
		}
	}
}

// historyKey is the key of f in [Facts.History].
func historyKey(f pipeline.Finding) string { return f.Path + "\x00" + f.Fingerprint }
