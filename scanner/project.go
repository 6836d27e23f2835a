package scanner

import (
	"os"
	"path/filepath"
	"sync"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/config"
	"github.com/envguard/envguard/scanner/envguard"
	"github.com/envguard/envguard/scanner/internal/git"
	"github.com/envguard/envguard/scanner/pipeline"
)

// Project is what every command loads once: the repository (when there is
// one), the config, the rule set and the config's filters. Build it with
// [Open]; scan, baseline, fix, check-env and check-example all start here.
type Project struct {
	// Repo is the git repository, or nil when the command runs without
	// one (a directory scan, stdin, check-example FILE outside a repo).
	Repo *Repo
	// Root is where paths are relative to and where the config was looked
	// for: the work tree, the scanned directory, or the current one.
	Root string
	// Config is the loaded .envguard.toml (or the defaults).
	Config *config.Config
	// Rules is the effective rule list: built-in rules less the disabled
	// ones plus the config's custom rules. It may be the process's shared
	// built-in list ([rules.Shared]): read it, never change it.
	Rules []rules.Rule
	// Set is Rules compiled; nil while a staged scan's Open still
	// compiles it in the background (see [Project.RuleSet]).
	Set *rules.Set
	// Filters are the config's suppressions, cheapest first, then the
	// entries of a .gitleaksignore at the root.
	Filters []pipeline.Filter
	// Warnings are problems worth a word that do not stop a command: a
	// glob in the config that looks like a regular expression, lines of
	// .gitleaksignore that are not fingerprints.
	Warnings []string
	// compiling, when set, returns Rules and Set once compiled: a
	// staged scan's Open leaves the rule set to build in the background
	// while its source reads the staged content.
	compiling func() compiled
}

// RepoNeed says whether a command needs a git repository.
type RepoNeed int

// What a command needs of git.
const (
	// RepoNone: no repository is opened; Root is the directory given.
	RepoNone RepoNeed = iota
	// RepoOptional: a repository is used when there is one (for its root
	// and its config), and its absence is no error.
	RepoOptional
	// RepoRequired: the command fails without a repository.
	RepoRequired
	// RepoWorkTree: the command fails without a repository and its work
	// tree (not a bare repository).
	RepoWorkTree
	// RepoStaged: as RepoWorkTree, for a scan of the staged changes, whose
	// git work starts as soon as the repository is known.
	RepoStaged
)

// Open loads the project for a command run in dir: the repository as need
// says, the config (configPath, or .envguard.toml at the root when it
// exists) and the rule set. root overrides where the config is looked for
// (a scanned directory); "" means the work tree, else dir.
//
// `git rev-parse` (a few ms) runs beside the loading of the config and the
// rule set from the root it will most likely name (root, or the nearest
// directory above dir that holds .git); when git names another root, or
// none, they are loaded again from the right one, so a wrong guess costs
// time, never a different answer.
func Open(dir, root, configPath string, need RepoNeed) (*Project, error) {
	if need == RepoNone {
		p := &Project{Root: dir}
		if root != "" {
			p.Root = root
		}
		return p.finish(configPath)
	}
	type opened struct {
		repo *git.Repo
		err  error
	}
	ch := make(chan opened, 1)
	// A staged scan starts its git processes before building the rule
	// set: on a busy process, starting one took 1-3 ms, not 0.3.
	started := make(chan struct{})
	if need != RepoStaged {
		close(started)
	}
	go func() {
		if need != RepoStaged {
			repo, err := git.Open(dir)
			ch <- opened{repo, err}
			return
		}
		// A staged scan starts git cat-file at once and reads the index
		// while git starts (see git.OpenStaged).
		repo, early, err := git.OpenStaged(dir, func() { close(started) })
		if err == nil && repo.RequireWorkTree() == nil {
			repo.WarmStaged(early)
		} else {
			early.Close()
		}
		ch <- opened{repo, err}
	}()
	guess := root
	if guess == "" {
		guess = guessWorkTree(dir)
	}
	spec := &Project{Root: guess}
	var specErr error
	<-started
	if guess != "" {
		if need == RepoStaged {
			specErr = spec.loadLater(configPath)
		} else {
			specErr = spec.load(configPath)
		}
	}
	o := <-ch

	p := &Project{Root: dir}
	switch {
	case o.err == nil:
		p.Repo = o.repo
		if o.repo.WorkTree != "" {
			p.Root = o.repo.WorkTree
		}
	case need >= RepoRequired:
		return nil, o.err
	}
	if need >= RepoWorkTree {
		if err := p.Repo.RequireWorkTree(); err != nil {
			return nil, err
		}
	}
	if root != "" {
		p.Root = root
	}
	if p.Root != guess || guess == "" {
		return p.finish(configPath)
	}
	if specErr != nil {
		return nil, specErr
	}
	p.Config, p.Rules, p.Set, p.Filters, p.Warnings = spec.Config, spec.Rules, spec.Set, spec.Filters, spec.Warnings
	p.compiling = spec.compiling
	if err := p.addGitleaksIgnore(); err != nil {
		return nil, err
	}
	return p, nil
}

// finish loads the config and the rule set from p.Root and the root's
// .gitleaksignore.
func (p *Project) finish(configPath string) (*Project, error) {
	if err := p.load(configPath); err != nil {
		return nil, err
	}
	if err := p.addGitleaksIgnore(); err != nil {
		return nil, err
	}
	return p, nil
}

// load reads the config from p.Root (or configPath) and builds and
// compiles the rule set and the filters; it only reads files, so that
// [Open] may run it on a guessed root.
func (p *Project) load(configPath string) error {
	if err := p.loadLater(configPath); err != nil {
		return err
	}
	_, err := p.RuleSet()
	return err
}

// loadLater is load with the rule set left to build in the background
// ([Project.RuleSet] waits for it).
func (p *Project) loadLater(configPath string) error {
	var err error
	if p.Config, err = loadConfig(p.Root, configPath); err != nil {
		return gitleaksHint(err)
	}
	if p.Filters, err = p.Config.Filters(); err != nil {
		return err
	}
	p.Warnings = append(p.Warnings, p.Config.Warnings()...)
	cfg := p.Config
	p.compiling = sync.OnceValue(func() (c compiled) {
		if c.rules, c.err = cfg.Rules(rules.Shared()); c.err == nil {
			c.set, c.err = rules.CompileKeep(c.rules) // the shared list, or one made for this config
		}
		return c
	})
	go p.compiling()
	return nil
}

// compiled is the effective rule list and its compiled set.
type compiled struct {
	rules []rules.Rule
	set   *rules.Set
	err   error
}

// ruleSetFunc returns a function that waits for the rule set, safe to
// call from any goroutine (RuleSet fills in p's fields: it is not).
func (p *Project) ruleSetFunc() func() (*rules.Set, error) {
	if c := p.compiling; c != nil {
		return func() (*rules.Set, error) { r := c(); return r.set, r.err }
	}
	set := p.Set
	return func() (*rules.Set, error) { return set, nil }
}

// RuleSet returns the compiled rule set, waiting for it if it is still
// being built, and fills in Rules and Set.
func (p *Project) RuleSet() (*rules.Set, error) {
	if p.compiling != nil {
		c := p.compiling()
		if c.err != nil {
			return nil, c.err
		}
		p.Rules, p.Set, p.compiling = c.rules, c.set, nil
	}
	return p.Set, nil
}

// guessWorkTree returns the work tree git will most likely name for dir:
// GIT_WORK_TREE, else the nearest directory at or above dir that holds
// .git, with links resolved as git resolves them; "" when there is none
// or the environment names another git directory.
func guessWorkTree(dir string) string {
	if os.Getenv("GIT_DIR") != "" && os.Getenv("GIT_WORK_TREE") == "" {
		return ""
	}
	if wt := os.Getenv("GIT_WORK_TREE"); wt != "" {
		dir = wt
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	if abs, err = filepath.EvalSymlinks(abs); err != nil {
		return ""
	}
	if os.Getenv("GIT_WORK_TREE") != "" {
		return abs
	}
	return git.WorkTreeTop(abs)
}

// loadConfig reads path, or .envguard.toml at root when it exists.
func loadConfig(root, path string) (*config.Config, error) {
	if path == "" {
		return config.Find(root)
	}
	return config.Load(path)
}

// EnvConfig is the .env guard's view of the config: which files are env
// files and which are examples.
func (p *Project) EnvConfig() envguard.Config {
	return envguard.Config{EnvFiles: p.Config.EnvFiles, ExampleFiles: p.Config.ExampleFiles}
}

// ParseSize reads a size such as "10MiB", "512k" or "1048576" in bytes,
// as the config and the command line write them.
func ParseSize(s string) (int64, error) { return config.ParseSize(s) }
