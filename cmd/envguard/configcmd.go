package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/envguard/envguard/scanner"
	"github.com/envguard/envguard/scanner/report"
)

const configUsage = `Usage: envguard config import FORMAT FILE [options]

Convert another scanner's settings into an .envguard.toml.

Formats:
  gitleaks         a gitleaks config (.gitleaks.toml): allowlists (path
                   regexes become globs), stopwords and custom rules
  detect-secrets   a detect-secrets baseline (.secrets.baseline): its file
                   and secret exclusions

Each thing that cannot be converted, or only approximately, is named in a
warning on stderr: review them before you commit the file. A
.gitleaksignore at the repository root needs no import: envguard reads it.

Options:
  -o, --output FILE  where to write (default .envguard.toml at the
                     repository root; - for standard output)
  --force            replace an existing file

Examples:
  envguard config import gitleaks .gitleaks.toml
  envguard config import detect-secrets .secrets.baseline -o -
`

func configCommand() *command {
	return &command{name: "config", summary: "import a gitleaks or detect-secrets config", usage: configUsage, run: runConfig}
}

func runConfig(e *env, args []string) error {
	c := configCommand()
	fs := newFlagSet(e, c)
	var output string
	var force bool
	fs.StringVar(&output, "output", "", "")
	fs.StringVar(&output, "o", "", "")
	fs.BoolVar(&force, "force", false, "")
	pos, err := parseFlags(e, c, fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 || pos[0] != "import" {
		return usagef(c.name, "use 'envguard config import FORMAT FILE'")
	}
	if len(pos) != 3 {
		return usagef(c.name, "import needs a format (gitleaks or detect-secrets) and a file")
	}
	format, file := pos[1], pos[2]
	var convert func(string, []byte) (*scanner.ImportResult, error)
	switch format {
	case "gitleaks":
		convert = scanner.ImportGitleaks
	case "detect-secrets":
		convert = scanner.ImportDetectSecrets
	default:
		return usagef(c.name, "unknown format %q: use gitleaks or detect-secrets", format)
	}
	data, err := readSmallFile(file)
	if err != nil {
		return err
	}
	res, err := convert(file, data)
	if err != nil {
		return err
	}
	for _, w := range res.Warnings {
		e.warnf("%s", w)
	}
	if output == "" {
		output = scanner.ConfigFileName
		if repo, err := scanner.OpenRepo(e.dir); err == nil && repo.WorkTree != "" {
			output = relPath(e.dir, filepath.Join(repo.WorkTree, scanner.ConfigFileName))
		}
	}
	if output != "-" && !force {
		if _, err := os.Lstat(output); err == nil {
			return withHint(fmt.Errorf("%s exists", output), "merge by hand from 'envguard config import "+format+" "+file+" -o -', or replace it with --force")
		}
	}
	if err := writeReport(e, output, func(w io.Writer) error { _, err := io.WriteString(w, res.TOML); return err }); err != nil {
		return err
	}
	if output != "-" {
		e.infof("wrote %s with %s from %s", output, report.Plural(len(res.Warnings), "warning"), file)
		e.hintf("review it, then run 'envguard scan --all' to see what it reports")
	}
	return nil
}

// readSmallFile reads a config to convert: a regular file, at most 16 MiB.
func readSmallFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such file", path)
		}
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", path)
	}
	data, err := io.ReadAll(io.LimitReader(f, 16<<20+1))
	if err == nil && len(data) > 16<<20 {
		err = fmt.Errorf("%s: larger than 16 MiB: not a config file", path)
	}
	return data, err
}
