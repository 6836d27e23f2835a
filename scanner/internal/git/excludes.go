package git

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-git/go-git/v5/plumbing/format/config"
)

// ExcludesFile returns the core.excludesFile git uses in r: the
// configured file, else $XDG_CONFIG_HOME/git/ignore, else
// $HOME/.config/git/ignore.
//
// The config files are read with go-git's config decoder, in git's order
// (system, global, repository; the last value wins): asking `git config`
// costs a process, about 6 ms of every pre-commit run. Whatever the
// decoder cannot answer exactly goes to `git config`, run in r: include
// and includeIf sections, per-worktree config, and values set on git's
// command line (GIT_CONFIG_PARAMETERS, GIT_CONFIG_COUNT).
func (r *Repo) ExcludesFile(ctx context.Context) string {
	return excludesFile(filepath.Join(r.CommonDir, "config"), func() ([]byte, error) {
		return r.Output(ctx, "config", "--path", "--get", "core.excludesFile")
	})
}

// excludesFile is [Repo.ExcludesFile] for a repository whose config file
// is repoConfig ("" outside a repository); ask runs `git config` when the
// files cannot answer.
func excludesFile(repoConfig string, ask func() ([]byte, error)) string {
	value, exact := excludesFromFiles(repoConfig)
	if !exact {
		out, _ := ask() // no git, or the key is not set
		value = strings.TrimSpace(string(out))
	}
	if value != "" {
		return expandHome(value)
	}
	if x := os.Getenv("XDG_CONFIG_HOME"); x != "" {
		return filepath.Join(x, "git", "ignore")
	}
	if h := os.Getenv("HOME"); h != "" {
		return filepath.Join(h, ".config", "git", "ignore")
	}
	return ""
}

// excludesFromFiles reads core.excludesFile from the config files; exact
// is false when only git itself can tell.
func excludesFromFiles(repoConfig string) (value string, exact bool) {
	if os.Getenv("GIT_CONFIG_PARAMETERS") != "" || os.Getenv("GIT_CONFIG_COUNT") != "" {
		return "", false
	}
	for _, p := range configFiles(repoConfig) {
		v, ok := readExcludes(p)
		if !ok {
			return "", false
		}
		if v != "" {
			value = v
		}
	}
	return value, true
}

// configFiles lists the config files git reads, lowest priority first.
func configFiles(repoConfig string) []string {
	var files []string
	if os.Getenv("GIT_CONFIG_NOSYSTEM") == "" {
		sys := os.Getenv("GIT_CONFIG_SYSTEM")
		if sys == "" {
			sys = "/etc/gitconfig"
		}
		files = append(files, sys)
	}
	if g, set := os.LookupEnv("GIT_CONFIG_GLOBAL"); set {
		if g != "" { // set but empty: git reads no global config
			files = append(files, g)
		}
	} else {
		if x := os.Getenv("XDG_CONFIG_HOME"); x != "" {
			files = append(files, filepath.Join(x, "git", "config"))
		} else if h := os.Getenv("HOME"); h != "" {
			files = append(files, filepath.Join(h, ".config", "git", "config"))
		}
		if h := os.Getenv("HOME"); h != "" {
			files = append(files, filepath.Join(h, ".gitconfig"))
		}
	}
	if repoConfig != "" {
		files = append(files, repoConfig)
	}
	return files
}

// readExcludes returns core.excludesFile from one config file ("" when
// it is not set or the file does not exist); ok is false when the file
// includes others or asks for per-worktree config, or does not parse.
func readExcludes(p string) (value string, ok bool) {
	cfg, err := readConfigFile(p)
	if err != nil {
		return "", os.IsNotExist(err)
	}
	if cfg == nil {
		return "", false
	}
	for _, s := range cfg.Sections {
		switch {
		case strings.EqualFold(s.Name, "extensions"):
			for _, o := range s.Options {
				if strings.EqualFold(o.Key, "worktreeConfig") {
					return "", false
				}
			}
		case strings.EqualFold(s.Name, "core"):
			for _, o := range s.Options {
				if strings.EqualFold(o.Key, "excludesFile") {
					value = o.Value
				}
			}
		}
	}
	return value, true
}

// expandHome expands a leading "~/" as `git config --path` does.
func expandHome(p string) string {
	if strings.HasPrefix(p, "~/") {
		if h := os.Getenv("HOME"); h != "" {
			return filepath.Join(h, p[2:])
		}
	}
	return p
}

// readConfigFile decodes a git config file with go-git's decoder. cfg is
// nil (and err nil) when only git can read it exactly: it does not
// parse, or it includes other files.
func readConfigFile(p string) (cfg *config.Config, err error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cfg = config.New()
	if err := config.NewDecoder(bufio.NewReader(f)).Decode(cfg); err != nil {
		return nil, nil
	}
	for _, s := range cfg.Sections {
		if strings.EqualFold(s.Name, "include") || strings.EqualFold(s.Name, "includeIf") {
			return nil, nil
		}
	}
	return cfg, nil
}
