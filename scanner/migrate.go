package scanner

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/envguard/envguard/scanner/allow"
	"github.com/envguard/envguard/scanner/config"
)

// addGitleaksIgnore honours a .gitleaksignore at the root of the work tree
// (or the project root): a team that moves from gitleaks keeps the
// findings it accepted. Only a regular file is read, never a link.
func (p *Project) addGitleaksIgnore() error {
	root := p.Root
	if p.Repo != nil && p.Repo.WorkTree != "" {
		root = p.Repo.WorkTree
	}
	path := filepath.Join(root, allow.GitleaksIgnoreFile)
	fi, err := os.Lstat(path)
	if err != nil || !fi.Mode().IsRegular() {
		return nil
	}
	g, bad, err := allow.LoadGitleaksIgnore(path)
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", path, err)
	}
	if bad > 0 {
		lines := fmt.Sprintf("%d lines are not gitleaks fingerprints", bad)
		if bad == 1 {
			lines = "1 line is not a gitleaks fingerprint"
		}
		p.Warnings = append(p.Warnings, fmt.Sprintf("%s: %s (commit:file:rule:line or file:rule:line) and skipped", allow.GitleaksIgnoreFile, lines))
	}
	if g.Len() > 0 {
		p.Filters = append(p.Filters, g)
	}
	return nil
}

// gitleaksHint points a user who gave envguard a gitleaks config at the
// import command: its top-level keys are not envguard's.
func gitleaksHint(err error) error {
	var ce *config.Error
	if !errors.As(err, &ce) {
		return err
	}
	for _, k := range []string{`unknown key "title"`, `unknown key "rules`, `unknown key "extend`, `unknown key "allowlists`} {
		if strings.Contains(ce.Msg, k) {
			ce.Fix = fmt.Sprintf("this looks like a gitleaks config: convert it with 'envguard config import gitleaks %s'", ce.Path)
			break
		}
	}
	return err
}

// ConfigFileName is the config file envguard reads at the repository root.
const ConfigFileName = config.FileName

// ImportResult is a config converted from another scanner's.
type ImportResult = config.ImportResult

// ImportGitleaks converts a gitleaks config (.gitleaks.toml) into the
// text of an .envguard.toml: allowlists, path regexes as globs,
// stopwords and custom rules, with a warning for each thing that cannot
// be converted. name is used in messages.
func ImportGitleaks(name string, data []byte) (*ImportResult, error) {
	return config.ImportGitleaks(name, data)
}

// ImportDetectSecrets converts a detect-secrets baseline
// (.secrets.baseline) into the text of an .envguard.toml: its file
// exclusions as globs and its secret exclusions as allow regexes, with a
// warning for what cannot be converted (its accepted secrets are SHA-1
// hashes of the secret alone: review them and run 'envguard baseline').
func ImportDetectSecrets(name string, data []byte) (*ImportResult, error) {
	return config.ImportDetectSecrets(name, data)
}
