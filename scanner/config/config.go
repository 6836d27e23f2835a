// Package config reads .envguard.toml, the per-repository settings of
// envguard: allowlists, disabled rules, custom rules, the size limit and
// the env guard's file globs.
//
// # Contract
//
// [Load] and [Parse] are strict: an unknown key, a value of the wrong type,
// a regexp that does not compile, a bad glob or a rule without an id is an
// *[Error] that names the file, the line and the fix. A *Config is
// read-only after it is returned.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"

	"github.com/pelletier/go-toml/v2"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/allow"
	"github.com/envguard/envguard/scanner/pipeline"
)

// FileName is the config file envguard looks for at the repository root.
const FileName = ".envguard.toml"

// Config is the parsed config file.
type Config struct {
	// Path of the file it was read from; empty for the default config.
	Path string
	// MaxFileSize in bytes; 0 means the command-line default.
	MaxFileSize int64
	// EnvFiles and ExampleFiles are doublestar globs added to the env
	// guard's defaults.
	EnvFiles, ExampleFiles []string
	// AllowPaths are globs of files whose findings are not reported.
	AllowPaths []string
	// AllowRegexes are RE2 patterns; a finding whose secret matches one is
	// not reported.
	AllowRegexes []string
	// Stopwords: a finding whose secret contains one (in any case) is not
	// reported.
	Stopwords []string
	// Unscanned are globs of staged files that may be committed without
	// being scanned (too large for an explicit max_file_size, a Git LFS
	// file whose content is not in the work tree); any other such file
	// fails the scan.
	Unscanned []string
	// DisabledRules are ids of built-in rules that do not run, and of env
	// guard checks (env/*) that are not reported.
	DisabledRules []string
	// Custom are the [[rule]] entries, in file order.
	Custom []CustomRule

	pos       positions
	unscanned *allow.PathSet
}

// MayGoUnscanned reports whether path (slash-separated, relative to the
// root) matches [Config.Unscanned].
func (c *Config) MayGoUnscanned(path string) bool {
	if c.unscanned == nil {
		return false
	}
	_, ok := c.unscanned.Match(path)
	return ok
}

// CustomRule is a [[rule]] entry.
type CustomRule struct {
	ID          string
	Description string
	Regex       string
	SecretGroup int
	Keywords    []string
	Entropy     float64
	// Paths limits the rule to files matching these globs (all files when
	// empty).
	Paths    []string
	Severity rules.Severity
	// Line is where the entry starts in the file.
	Line int
}

// Error is a config problem: where it is and how to fix it.
type Error struct {
	Path string
	// Line and Column are 1-based; 0 when unknown.
	Line, Column int
	Msg          string
	// Fix says what to do about it.
	Fix string
}

func (e *Error) Error() string {
	where := e.Path
	if e.Line > 0 {
		where += fmt.Sprintf(":%d", e.Line)
		if e.Column > 0 {
			where += fmt.Sprintf(":%d", e.Column)
		}
	}
	return where + ": " + e.Msg
}

// Hint returns the fix, for the CLI's "hint:" line.
func (e *Error) Hint() string { return e.Fix }

// rawFile is the TOML document as decoded in strict mode.
type rawFile struct {
	Allowlist struct {
		Paths     []string `toml:"paths"`
		Regexes   []string `toml:"regexes"`
		Stopwords []string `toml:"stopwords"`
		Unscanned []string `toml:"unscanned"`
	} `toml:"allowlist"`
	DisabledRules []string  `toml:"disabled_rules"`
	Rule          []rawRule `toml:"rule"`
	MaxFileSize   any       `toml:"max_file_size"`
	Env           struct {
		Files    []string `toml:"files"`
		Examples []string `toml:"examples"`
	} `toml:"env"`
}

type rawRule struct {
	ID          string   `toml:"id"`
	Description string   `toml:"description"`
	Regex       string   `toml:"regex"`
	SecretGroup int      `toml:"secret_group"`
	Keywords    []string `toml:"keywords"`
	Entropy     float64  `toml:"entropy"`
	Paths       []string `toml:"paths"`
	Severity    string   `toml:"severity"`
}

// validKeys lists the keys of a table, for the fix of an unknown key.
func validKeys(table string) (string, bool) {
	switch table {
	case "":
		return "allowlist, disabled_rules, rule, max_file_size, env", true
	case "allowlist":
		return "paths, regexes, stopwords, unscanned", true
	case "rule":
		return "id, description, regex, secret_group, keywords, entropy, paths, severity", true
	case "env":
		return "files, examples", true
	}
	return "", false
}

// Default returns the config used when there is no file.
func Default() *Config { return &Config{} }

// MaxSize is the largest config file envguard reads, in bytes. A config is
// a few hundred bytes; the cap keeps a file that never ends (a link to
// /dev/zero) from taking all memory.
const MaxSize = 1 << 20

// Load reads the config at path, a regular file (a symbolic link to one is
// followed: the user named it) of at most [MaxSize] bytes.
func Load(path string) (*Config, error) {
	data, err := readCapped(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Find reads FileName at the repository root when it exists and returns
// [Default] when it does not. The file is committed, so anyone may have
// written it: it must be a regular file, or a symbolic link to one inside
// root (a link out of the repository is refused, as for .gitignore).
func Find(root string) (*Config, error) {
	path := filepath.Join(root, FileName)
	fi, err := os.Lstat(path)
	if err != nil {
		return Default(), nil
	}
	if fi.Mode()&os.ModeSymlink != 0 {
		target, err := filepath.EvalSymlinks(path)
		realRoot, rerr := filepath.EvalSymlinks(root)
		if err != nil || rerr != nil || !within(realRoot, target) {
			return nil, &Error{Path: path, Msg: "the config is a symbolic link that points out of the repository",
				Fix: "replace the link with the file itself, or name the file with --config"}
		}
	}
	return Load(path)
}

// within reports whether path is root or lies under it.
func within(root, path string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// readCapped reads a regular file of at most MaxSize bytes.
func readCapped(path string) ([]byte, error) {
	readErr := func(msg string) error {
		return &Error{Path: path, Msg: msg, Fix: "check the path given to --config, or remove the file to use the defaults"}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, readErr("cannot read the config: " + err.Error())
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, readErr("cannot read the config: " + err.Error())
	}
	if !fi.Mode().IsRegular() {
		return nil, readErr("the config is not a regular file")
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, readErr("cannot read the config: " + err.Error())
	}
	if len(data) > MaxSize {
		return nil, &Error{Path: path, Msg: fmt.Sprintf("the config is larger than %d bytes", MaxSize),
			Fix: "a config holds settings, not data: shorten it"}
	}
	return data, nil
}

// Parse reads a config from data; name is used in errors. A UTF-8 byte
// order mark, which some editors write, is skipped. Errors name the line,
// the key and the kind of problem, never a value: a value pasted into the
// wrong file may be a secret.
func Parse(name string, data []byte) (*Config, error) {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	var raw rawFile
	dec := toml.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		return nil, decodeError(name, err)
	}
	c := &Config{Path: name, pos: indexPositions(data)}
	if err := c.fill(&raw); err != nil {
		return nil, err
	}
	return c, nil
}

// decodeError turns go-toml's errors into an *Error with a position.
func decodeError(name string, err error) error {
	var strict *toml.StrictMissingError
	if errors.As(err, &strict) && len(strict.Errors) > 0 {
		de := &strict.Errors[0]
		line, col := de.Position()
		key := de.Key()
		parent := ""
		if len(key) > 1 {
			parent = strings.Join(key[:len(key)-1], ".")
		}
		fix := "remove it or correct its spelling"
		if keys, ok := validKeys(parent); ok {
			where := "at the top level"
			if parent != "" {
				where = "in [" + parent + "]"
			}
			fix += "; the keys " + where + " are: " + keys
		}
		return &Error{Path: name, Line: line, Column: col, Msg: fmt.Sprintf("unknown key %q", strings.Join(key, ".")), Fix: fix}
	}
	var de *toml.DecodeError
	if errors.As(err, &de) {
		line, col := de.Position()
		return &Error{Path: name, Line: line, Column: col, Msg: typeMessage(strings.TrimPrefix(de.Error(), "toml: ")),
			Fix: "correct the TOML at that line (see https://toml.io); the README section on config lists every key and its type"}
	}
	msg := strings.TrimPrefix(err.Error(), "toml: ")
	return &Error{Path: name, Msg: msg, Fix: "the README section on config lists every key and its type"}
}

// typeMessage rewrites go-toml's type mismatch message, which names Go
// struct fields, in terms of the config's keys.
func typeMessage(msg string) string {
	m := regexp.MustCompile(`^cannot decode TOML (.+) into struct field .*\.(\w+) of type (\S+)$`).FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	var key []byte
	for i, r := range m[2] {
		if i > 0 && r >= 'A' && r <= 'Z' && !(m[2][i-1] >= 'A' && m[2][i-1] <= 'Z') {
			key = append(key, '_')
		}
		key = append(key, byte(unicode.ToLower(r)))
	}
	want := "a " + m[3]
	switch m[3] {
	case "[]string":
		want = "an array of strings"
	case "string":
		want = "a string"
	case "int", "int64":
		want = "an integer"
	case "float64":
		want = "a number"
	case "[]config.rawRule":
		want = "[[rule]] tables"
	}
	return fmt.Sprintf("%s: expected %s, found a TOML %s", key, want, m[1])
}

// errAt makes an *Error at the line of key.
func (c *Config) errAt(key, fix, format string, a ...any) error {
	return &Error{Path: c.Path, Line: c.pos.line(key), Msg: fmt.Sprintf(format, a...), Fix: fix}
}

// Rules returns builtin with disabled rules removed and custom rules
// added. A disabled id that names no rule, or a custom rule that reuses
// the id of a rule still enabled, is an error. With neither, it returns
// builtin itself.
func (c *Config) Rules(builtin []rules.Rule) ([]rules.Rule, error) {
	if len(c.DisabledRules) == 0 && len(c.Custom) == 0 {
		return builtin, nil // nothing to check or change: no copy, no maps
	}
	disabled := make(map[string]int, len(c.DisabledRules))
	for i, id := range c.DisabledRules {
		disabled[id] = i
	}
	known := map[string]bool{}
	out := make([]rules.Rule, 0, len(builtin)+len(c.Custom))
	for _, r := range builtin {
		known[r.ID] = true
		if _, off := disabled[r.ID]; !off {
			out = append(out, r)
		}
	}
	for _, cr := range c.Custom {
		known[cr.ID] = true
	}
	for i, id := range c.DisabledRules {
		// env/* ids belong to the env guard, which is not a rule set.
		if !known[id] && !strings.HasPrefix(id, "env/") {
			return nil, c.errAt(fmt.Sprintf("disabled_rules.%d", i), "run 'envguard rules' for the list of rule ids",
				"disabled_rules: entry %d names no rule", i+1)
		}
	}
	enabled := map[string]bool{}
	for _, r := range out {
		enabled[r.ID] = true
	}
	for _, cr := range c.Custom {
		if enabled[cr.ID] {
			return nil, &Error{Path: c.Path, Line: cr.Line, Msg: fmt.Sprintf("rule %q is already a built-in rule", cr.ID),
				Fix: fmt.Sprintf("give the custom rule another id, or add %q to disabled_rules to replace the built-in one", cr.ID)}
		}
		out = append(out, cr.rule())
	}
	return out, nil
}

// rule converts a custom rule to a [rules.Rule].
func (cr *CustomRule) rule() rules.Rule {
	desc := cr.Description
	if desc == "" {
		desc = "custom rule " + cr.ID
	}
	return rules.Rule{
		ID:          cr.ID,
		Description: desc,
		Keywords:    cr.Keywords,
		Regex:       cr.Regex,
		SecretGroup: cr.SecretGroup,
		MinEntropy:  cr.Entropy,
		Severity:    cr.Severity,
	}
}

// Filters returns the filters of the config, cheapest first: disabled
// rules, rules limited to some paths, allowlist paths, regexes and
// stopwords. Each records why it suppressed a finding.
func (c *Config) Filters() ([]pipeline.Filter, error) {
	var fs []pipeline.Filter
	// A custom rule may reuse the id of a disabled built-in rule; its
	// findings are not disabled.
	custom := map[string]bool{}
	for _, cr := range c.Custom {
		custom[cr.ID] = true
	}
	var disabled []string
	for _, id := range c.DisabledRules {
		if !custom[id] {
			disabled = append(disabled, id)
		}
	}
	if len(disabled) > 0 {
		fs = append(fs, allow.NewDisabledRules(disabled))
	}
	byRule := map[string][]string{}
	for _, cr := range c.Custom {
		if len(cr.Paths) > 0 {
			byRule[cr.ID] = cr.Paths
		}
	}
	if len(byRule) > 0 {
		rp, err := allow.NewRulePaths(byRule)
		if err != nil {
			return nil, &Error{Path: c.Path, Msg: err.Error(), Fix: "correct the rule's paths"}
		}
		fs = append(fs, rp)
	}
	if len(c.AllowPaths) > 0 {
		p, err := allow.NewPaths(c.AllowPaths)
		if err != nil {
			return nil, c.errAt("allowlist.paths", "correct the glob", "%v", err)
		}
		fs = append(fs, p)
	}
	if len(c.AllowRegexes) > 0 {
		r, err := allow.NewRegexes(c.AllowRegexes)
		if err != nil {
			return nil, c.errAt("allowlist.regexes", "correct the regexp (Go RE2 syntax)", "%v", err)
		}
		fs = append(fs, r)
	}
	if len(c.Stopwords) > 0 {
		fs = append(fs, allow.NewStopwords(c.Stopwords))
	}
	return fs, nil
}
