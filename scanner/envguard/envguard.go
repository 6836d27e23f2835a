// Package envguard is the .env guard: env files stay out of git, example
// files hold placeholders only.
//
// # Which files
//
// Env files are `.env` and `.env.*` anywhere in the tree, editors' backups
// of them (`.env~`, Emacs's `#.env#`; `.env.bak`, `.env.swp` and
// `.env.orig` are `.env.*`) and direnv's `.envrc`, which holds
// `export SECRET=...`; example files are `.env.example`, `.env.sample`,
// `.env.template`, `.env.dist`, `.env.defaults` and `env.example`, and
// templates of variants such as `.env.local.example`, anywhere. Example
// files are never env files. The built-in names match in any case (`.ENV`
// is `.env` on a case-insensitive file system). [Config] adds doublestar
// globs to both lists; those match case for case.
//
// # Checks
//
//   - [CheckEnv] (envguard check-env): every env file is ignored by git and
//     neither tracked nor staged, and a future root .env would be ignored.
//   - [CheckExample] (envguard check-example): every value of an example
//     file is empty, a placeholder or plain configuration, never
//     secret-like (see [Classify]); [Drift] compares its keys with a
//     sibling .env.
//   - [ScanStaged] (envguard scan): the same checks as findings with rule
//     ids under "env/", fast enough for every commit.
//
// Violations become findings in one place, whoever reports them (the
// staged scan, envguard fix): [Violation.Finding] for env files and
// [Value.Finding] for values of example files.
//
// Git answers what is tracked, staged and ignored: one `git ls-files` over
// pathspecs made from the globs, so the work tree is never walked in Go.
package envguard

import (
	"path"
	"sort"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// Rule ids of env guard findings. Every id starts with RulePrefix.
const (
	RulePrefix        = "env/"
	RuleStaged        = "env/staged"
	RuleTracked       = "env/tracked"
	RuleNotIgnored    = "env/not-ignored"
	RuleExampleSecret = "env/example-secret"
)

// Config lists extra env and example file globs (doublestar, matched
// against slash-separated paths relative to the repository root; a glob
// without a slash matches the file name at any depth). They add to the
// built-in globs, which always apply.
type Config struct {
	EnvFiles, ExampleFiles []string
}

// DefaultEnvFiles returns the built-in env file globs.
func DefaultEnvFiles() []string {
	return []string{".env", ".env.*", ".env~", "#.env#", ".envrc", ".envrc~"}
}

// DefaultExampleFiles returns the built-in example file globs.
func DefaultExampleFiles() []string {
	return []string{
		".env.example", ".env.sample", ".env.template", ".env.dist", ".env.defaults", "env.example",
		// Variants' templates: .env.local.example, .env.production.sample.
		".env.*.example", ".env.*.sample", ".env.*.template", ".env.*.dist",
	}
}

// DefaultConfig returns the built-in globs.
func DefaultConfig() Config {
	return Config{EnvFiles: DefaultEnvFiles(), ExampleFiles: DefaultExampleFiles()}
}

// Kind says what a path is to the env guard.
type Kind int

// The kinds of files.
const (
	KindOther   Kind = iota
	KindEnv          // holds real values: must stay out of git
	KindExample      // committed template: placeholders only
)

// Matcher classifies paths by the globs of a [Config].
type Matcher struct {
	env, example []string
	// The built-in globs, matched against the lower-cased path.
	foldEnv, foldExample []string
}

// NewMatcher returns the matcher for cfg plus the built-in globs. It
// returns an error naming a malformed glob.
func NewMatcher(cfg Config) (*Matcher, error) {
	m := &Matcher{
		env:         union(DefaultEnvFiles(), cfg.EnvFiles),
		example:     union(DefaultExampleFiles(), cfg.ExampleFiles),
		foldEnv:     DefaultEnvFiles(),
		foldExample: DefaultExampleFiles(),
	}
	for _, g := range append(append([]string(nil), m.env...), m.example...) {
		if !doublestar.ValidatePattern(g) {
			return nil, &GlobError{Glob: g}
		}
	}
	return m, nil
}

// GlobError is a malformed glob in the config.
type GlobError struct{ Glob string }

func (e *GlobError) Error() string {
	return "bad env file glob " + `"` + e.Glob + `"` + ": fix it in the [env] section of .envguard.toml (doublestar syntax, e.g. \"config/*.env\")"
}

func union(a, b []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, g := range append(append([]string(nil), a...), b...) {
		g = strings.TrimPrefix(g, "./")
		if g != "" && !seen[g] {
			seen[g] = true
			out = append(out, g)
		}
	}
	return out
}

// Kind returns what rel (slash-separated, relative to the root) is. A
// path that matches both lists is an example.
func (m *Matcher) Kind(rel string) Kind {
	lower := strings.ToLower(rel)
	switch {
	case matchAny(m.example, rel) || lower != rel && matchAny(m.foldExample, lower):
		return KindExample
	case matchAny(m.env, rel) || lower != rel && matchAny(m.foldEnv, lower):
		return KindEnv
	}
	return KindOther
}

func matchAny(globs []string, rel string) bool {
	base := path.Base(rel)
	for _, g := range globs {
		target := rel
		if !strings.Contains(g, "/") {
			target = base
		}
		if ok, _ := doublestar.Match(g, target); ok {
			return true
		}
	}
	return false
}

// pathspecs returns git pathspecs that select at least every file the
// matcher accepts, as few as possible (each costs git a glob match per
// index entry): a file-name glob becomes "**/" plus its literal prefix
// and "*", and prefixes covered by a shorter one are dropped, so the
// built-in lists need two. A glob git cannot express ({a,b}) selects
// every file. The pathspecs ignore case, as the built-in globs do.
// Results are filtered with [Matcher.Kind].
func (m *Matcher) pathspecs() []string {
	var prefixes, specs []string
	for _, g := range append(append([]string(nil), m.env...), m.example...) {
		if strings.ContainsAny(g, "{}") {
			return []string{":(glob,icase)**"}
		}
		if strings.Contains(g, "/") {
			specs = append(specs, ":(glob,icase)"+g)
			continue
		}
		i := strings.IndexAny(g, "*?[\\")
		if i < 0 {
			i = len(g)
		}
		prefixes = append(prefixes, g[:i])
	}
	sort.Strings(prefixes)
	for i, p := range prefixes {
		if i > 0 && strings.HasPrefix(p, prefixes[i-1]) {
			prefixes[i] = prefixes[i-1] // covered: keep the shorter one
			continue
		}
		specs = append(specs, ":(glob,icase)**/"+p+"*")
	}
	return specs
}
