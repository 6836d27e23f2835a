package report

import (
	"sort"
	"strings"

	"github.com/envguard/envguard/scanner/pipeline"
)

// Rule ids of the .env guard's findings (scanner/envguard owns them; a
// report knows only their names).
const (
	envPrefix        = "env/"
	envStaged        = "env/staged"
	envTracked       = "env/tracked"
	envNotIgnored    = "env/not-ignored"
	envExampleSecret = "env/example-secret"
)

// kinds sorts a report's findings by the advice each needs (issue 13: every
// piece of advice fits the findings it follows).
type kinds struct {
	// code counts secrets in ordinary files: move them to .env.
	code int
	// inEnv counts secrets inside an env file that is itself a finding
	// (staged, tracked or not ignored): the file is the problem, not the
	// value's place.
	inEnv int
	// example counts secret-like values in example files (env guard
	// findings); exampleRule the rules' findings in those files.
	example, exampleRule int
	// staged, tracked and notIgnored count env files by what is wrong.
	staged, tracked, notIgnored int
	// envFileOnly counts the secrets in env files that no env guard
	// finding names (history and directory scans).
	envFileOnly int
	// history is set when a finding comes from a commit.
	history bool
}

func classify(findings []pipeline.Finding) kinds {
	var k kinds
	envFiles, examples := map[string]bool{}, map[string]bool{}
	for i := range findings {
		switch findings[i].RuleID {
		case envStaged, envTracked, envNotIgnored:
			envFiles[findings[i].Path] = true
		case envExampleSecret:
			examples[findings[i].Path] = true
		}
	}
	for i := range findings {
		f := &findings[i]
		k.history = k.history || f.Commit != nil
		switch {
		case f.RuleID == envStaged:
			k.staged++
		case f.RuleID == envTracked:
			k.tracked++
		case f.RuleID == envNotIgnored:
			k.notIgnored++
		case f.RuleID == envExampleSecret:
			k.example++
		case strings.HasPrefix(f.RuleID, envPrefix):
		case envFiles[f.Path]:
			k.inEnv++
		case isEnvFileName(f.Path):
			// An env file the guard did not judge (history, a directory):
			// the file is the problem, not the value's place.
			k.inEnv++
			k.envFileOnly++
		case examples[f.Path]:
			k.exampleRule++
		default:
			k.code++
		}
	}
	return k
}

// isEnvFileName reports a path named like an env file that holds real
// values: .env, .env.local, .env.production; not an example or template
// (.env.example, .env.sample, .env.template, .env.dist, .env.defaults).
func isEnvFileName(p string) bool {
	base := p[strings.LastIndexByte(p, '/')+1:]
	if base != ".env" && !strings.HasPrefix(base, ".env.") {
		return false
	}
	for _, s := range []string{"example", "sample", "template", "dist", "defaults", "tmpl", "tpl"} {
		if strings.Contains(base, s) {
			return false
		}
	}
	return true
}

// secrets counts the findings that are secret values (not env files).
func (k kinds) secrets() int { return k.code + k.inEnv + k.example + k.exampleRule }

// nextSteps says, once, what to do about the findings: only the advice
// that fits them.
func (t *Text) nextSteps(ew *errWriter, findings []pipeline.Finding) {
	st := t.opts.Styles
	k := classify(findings)
	ew.printf("\n%s\n", style(st.Hint, "what to do next:"))
	if k.code > 0 {
		ew.printf("  - move each value to .env (git ignores it) and load it from the environment\n")
	}
	if k.example > 0 {
		ew.printf("  - replace each secret-like value in an example file with a placeholder; the real value belongs in .env\n")
	}
	if k.staged+k.tracked > 0 {
		ew.printf("  - an env file must not be committed: stop tracking it (git rm --cached, as shown; the file and its values stay on disk) and add the .gitignore line shown\n")
	}
	if k.envFileOnly > 0 {
		ew.printf("  - a value inside an env file stays there: keep the file itself out of git (add it to .gitignore; 'git rm --cached' it if git tracks it)\n")
	}
	if k.notIgnored > 0 {
		ew.printf("  - an env file git does not ignore is not staged yet, but 'git add .' would commit it: add the .gitignore line shown for it\n")
	}
	switch {
	case k.history || k.tracked > 0:
		ew.printf("  - rotate every secret above at its provider: it is in the git history, and deleting it now does not revoke it\n")
	case k.secrets() > 0:
		ew.printf("  - if a value was ever pushed or shared, rotate it at its provider: deleting it does not revoke it\n")
	}
	rotate := map[string]string{}
	for i := range findings {
		if findings[i].Rotate != "" {
			rotate[findings[i].RuleID] = findings[i].Rotate
		}
	}
	ids := make([]string, 0, len(rotate))
	for id := range rotate {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		ew.printf("      %s: %s\n", id, rotate[id])
	}
	if !t.opts.NoFix {
		ew.printf("  - run 'envguard fix --dry-run' to see the repairs envguard can make ('--yes' applies them)\n")
	}
	accept := t.opts.Accept
	if accept == "" && !t.opts.NoFix {
		accept = "envguard baseline"
	}
	if k.code+k.inEnv+k.exampleRule > 0 {
		if accept == "" {
			ew.printf("  - a false positive? add '# envguard:allow' to its line\n")
		} else {
			ew.printf("  - a false positive? add '# envguard:allow' to its line, or accept the current findings with '%s'\n", accept)
		}
	}
	if k.staged+k.tracked+k.notIgnored+k.example > 0 && !t.opts.NoFix {
		// The baseline never records .env guard findings: a path is how
		// to accept one.
		ew.printf("  - a file meant to be in git as it is (an env file, or an example holding a documented fake)? add its path to [allowlist] paths in .envguard.toml\n")
	}
	ew.printf("\n")
}
