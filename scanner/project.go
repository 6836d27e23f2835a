package scanner

import (
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
	// ones plus the config's custom rules.
	Rules []rules.Rule
	// Set is Rules compiled.
	Set *rules.Set
	// Filters are the config's suppressions, cheapest first, then the
	// entries of a .gitleaksignore at the root.
	Filters []pipeline.Filter
	// Warnings are problems worth a word that do not stop a command: a
	// glob in the config that looks like a regular expression, lines of
	// .gitleaksignore that are not fingerprints.
	Warnings []string
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
)

// Open loads the project for a command run in dir: the repository as need
// says, the config (configPath, or .envguard.toml at the root when it
// exists) and the rule set. root overrides where the config is looked for
// (a scanned directory); "" means the work tree, else dir.
func Open(dir, root, configPath string, need RepoNeed) (*Project, error) {
	p := &Project{Root: dir}
	if need != RepoNone {
		repo, err := git.Open(dir)
		switch {
		case err == nil:
			p.Repo = repo
			if repo.WorkTree != "" {
				p.Root = repo.WorkTree
			}
		case need >= RepoRequired:
			return nil, err
		}
		if need == RepoWorkTree {
			if err := repo.RequireWorkTree(); err != nil {
				return nil, err
			}
		}
	}
	if root != "" {
		p.Root = root
	}
	var err error
	if p.Config, err = loadConfig(p.Root, configPath); err != nil {
		return nil, gitleaksHint(err)
	}
	if p.Rules, err = p.Config.Rules(rules.Builtin()); err != nil {
		return nil, err
	}
	if p.Set, err = rules.Compile(p.Rules); err != nil {
		return nil, err
	}
	if p.Filters, err = p.Config.Filters(); err != nil {
		return nil, err
	}
	p.Warnings = append(p.Warnings, p.Config.Warnings()...)
	if err := p.addGitleaksIgnore(); err != nil {
		return nil, err
	}
	return p, nil
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
