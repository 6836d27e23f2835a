package repair

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner"
	"github.com/envguard/envguard/scanner/dotenv"
	"github.com/envguard/envguard/scanner/gitrepo"
)

// EnvFindings returns what the env guard reports for the whole work tree,
// as `envguard fix` needs it: env files that are tracked (env/tracked) or
// staged for the first time (env/staged), env files git does not ignore
// (env/not-ignored), and secret-like values in example files, tracked or
// not ignored (env/example-secret, with Name set to the key).
//
// It is a thin adapter: the env guard's own checks (scanner/envcheck) are
// the reference; this covers what fix repairs, with the default file
// names of [Options].
func EnvFindings(ctx context.Context, repo *gitrepo.Repo, opts Options, set *rules.Set) ([]scanner.Finding, error) {
	if err := repo.RequireWorkTree(); err != nil {
		return nil, err
	}
	isEnv, isExample := opts.IsEnvFile, opts.IsExampleFile
	if isEnv == nil {
		isEnv = DefaultIsEnvFile
	}
	if isExample == nil {
		isExample = DefaultIsExampleFile
	}
	cached, err := lsFiles(ctx, repo, "--cached")
	if err != nil {
		return nil, err
	}
	others, err := lsFiles(ctx, repo, "--others", "--exclude-standard")
	if err != nil {
		return nil, err
	}
	head, err := headFiles(ctx, repo)
	if err != nil {
		return nil, err
	}
	var out []scanner.Finding
	for _, p := range cached {
		if !isEnv(p) {
			continue
		}
		f := scanner.Finding{RuleID: RuleTracked, Path: p, Line: 1, Severity: rules.SeverityHigh,
			Message: "env file is tracked by git"}
		if !head[p] {
			f.RuleID, f.Message = RuleStaged, "env file is staged"
		}
		out = append(out, f)
	}
	for _, p := range others {
		if isEnv(p) {
			out = append(out, scanner.Finding{RuleID: RuleNotIgnored, Path: p, Line: 1, Severity: rules.SeverityMedium,
				Message: "env file is not ignored by git"})
		}
	}
	f := newFiles(repo, nil)
	for _, p := range append(cached, others...) {
		if !isExample(p) {
			continue
		}
		data, err := f.read(p)
		if err != nil || data == nil {
			continue // deleted in the work tree, or a link: nothing to fix here
		}
		fs, err := exampleSecrets(p, data, set)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		out = append(out, fs...)
	}
	return out, nil
}

// exampleSecrets returns the secret-like values of an example file.
func exampleSecrets(rel string, data []byte, set *rules.Set) ([]scanner.Finding, error) {
	file, err := dotenv.Parse(data)
	if err != nil {
		return nil, err
	}
	var out []scanner.Finding
	for _, e := range file.Entries {
		kind, ruleID, ok := secretLike(e, set)
		if !ok {
			continue
		}
		out = append(out, scanner.Finding{
			RuleID: RuleExampleSecret, Path: rel, Line: e.Line, Name: e.Key, KeyKind: kind,
			Secret: scanner.NewSecret(e.Value), Severity: rules.SeverityHigh,
			Message:     "example file holds a real-looking value (" + ruleID + ")",
			Fingerprint: scanner.Fingerprint(RuleExampleSecret, e.Value),
		})
	}
	return out, nil
}

// secretLike says whether an example entry holds a real-looking secret: a
// rule matches it, or a secret-named key holds a random-looking value, or
// a URL carries a password.
func secretLike(e dotenv.Entry, set *rules.Set) (rules.KeyKind, string, bool) {
	v := e.Value
	if v == "" || e.IsReference() || rules.IsPlaceholder(v) {
		return "", "", false
	}
	var kind rules.KeyKind
	ruleID := ""
	if set != nil {
		set.Match([]byte(e.Key+"="+v), func(m rules.Match) {
			if ruleID == "" && !rules.IsPlaceholder(m.Secret) {
				ruleID, kind = m.Rule.ID, m.Rule.KeyKind
			}
		})
	}
	if ruleID != "" {
		if kind == rules.KindNone {
			kind = GuessKind(e.Key, v)
		}
		return kind, ruleID, true
	}
	if u, err := url.Parse(v); err == nil && u.User != nil {
		if pw, ok := u.User.Password(); ok && pw != "" && !rules.IsPlaceholder(pw) {
			return rules.KindPassword, "password in url", true
		}
	}
	if secretName(e.Key) && len(v) >= 16 && !strings.ContainsAny(v, " /") && rules.Randomness(v) >= 0.75 {
		return GuessKind(e.Key, v), "random value for a secret name", true
	}
	return "", "", false
}

func secretName(key string) bool {
	k := strings.ToUpper(key)
	for _, w := range []string{"SECRET", "TOKEN", "KEY", "PASSWORD", "PASSWD", "PWD", "PRIVATE", "CREDENTIAL", "AUTH", "SALT"} {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}

func lsFiles(ctx context.Context, repo *gitrepo.Repo, args ...string) ([]string, error) {
	out, err := repo.Output(ctx, append([]string{"ls-files", "-z"}, args...)...)
	if err != nil {
		return nil, err
	}
	return splitZ(out), nil
}

func headFiles(ctx context.Context, repo *gitrepo.Repo) (map[string]bool, error) {
	head, err := repo.Head(ctx)
	if err != nil || head == "" {
		return map[string]bool{}, err
	}
	out, err := repo.Output(ctx, "ls-tree", "-r", "-z", "--name-only", head)
	if err != nil {
		return nil, err
	}
	m := map[string]bool{}
	for _, p := range splitZ(out) {
		m[p] = true
	}
	return m, nil
}

func splitZ(out []byte) []string {
	var ps []string
	for _, p := range bytes.Split(out, []byte{0}) {
		if len(p) > 0 {
			ps = append(ps, string(p))
		}
	}
	sort.Strings(ps)
	return ps
}
