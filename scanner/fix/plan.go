package fix

import (
	"context"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/dotenv"
	"github.com/envguard/envguard/scanner/envguard"
	"github.com/envguard/envguard/scanner/internal/git"
	"github.com/envguard/envguard/scanner/internal/gitignore"
	"github.com/envguard/envguard/scanner/pipeline"
)

// builder collects the steps of a plan, deduplicated.
type builder struct {
	ctx      context.Context
	repo     *git.Repo
	opts     Options
	files    *files
	ignore   []string
	untrack  []string
	writes   []Step // moves and new keys, into env files
	holders  []Step // placeholders, into example files
	rewrites []Step
	manual   []Step
	seen     map[string]bool
	commits  map[string]bool
	tree     *gitignore.Tree
	head     map[string]bool // files in HEAD, read once
}

// inHead reports whether rel is in the commit HEAD points at.
func (b *builder) inHead(rel string) (bool, error) {
	if b.head == nil {
		h, err := b.repo.HeadFiles(b.ctx)
		if err != nil {
			return false, err
		}
		b.head = h
	}
	return b.head[rel], nil
}

// NewPlan plans the repairs for findings: env guard findings (rule ids
// [RuleStaged], [RuleTracked], [RuleNotIgnored], [RuleExampleSecret]) and
// leaks found by a scan. It reads the repository and files but changes
// nothing.
func NewPlan(ctx context.Context, repo *git.Repo, findings []pipeline.Finding, opts Options) (*Plan, error) {
	if err := repo.RequireWorkTree(); err != nil {
		return nil, err
	}
	if opts.EnvFile == "" {
		opts.EnvFile = ".env"
	}
	if opts.Matcher == nil {
		m, err := envguard.NewMatcher(envguard.DefaultConfig())
		if err != nil {
			return nil, err
		}
		opts.Matcher = m
	}
	b := &builder{ctx: ctx, repo: repo, opts: opts, files: newFiles(repo, opts.WriteFile),
		seen: map[string]bool{}, commits: map[string]bool{}}
	for _, f := range findings {
		if err := b.add(f); err != nil {
			return nil, err
		}
	}
	return b.plan(), nil
}

func (b *builder) add(f pipeline.Finding) error {
	switch {
	case f.RuleID == RuleStaged || f.RuleID == RuleTracked:
		return b.keepOut(f.Path)
	case f.RuleID == RuleNotIgnored:
		return b.keepOut(f.Path)
	case f.RuleID == RuleExampleSecret || b.opts.Matcher.Kind(f.Path) == envguard.KindExample:
		return b.example(f)
	case strings.HasPrefix(f.RuleID, "env/"):
		b.advise("env:"+f.RuleID+f.Path, fmt.Sprintf("%s: %s", f.Path, strings.TrimSpace(f.Message+" ("+f.RuleID+")")))
		return nil
	case b.isDotenv(f.Path):
		// A secret in an env file: keeping the file out of git is the
		// repair; its keys change only if the file was committed.
		if err := b.keepOut(f.Path); err != nil {
			return err
		}
		if committed, err := b.inHead(f.Path); err != nil || !committed {
			return err
		}
		if f.KeyKind != rules.KindNone {
			return b.newKey(f)
		}
	case f.KeyKind != rules.KindNone:
		return b.newKey(f)
	}
	b.rotate(f)
	return nil
}

// keepOut makes sure git neither tracks nor can pick up the env file rel.
func (b *builder) keepOut(rel string) error {
	if b.seen["out:"+rel] {
		return nil
	}
	b.seen["out:"+rel] = true
	tracked, err := Tracked(b.ctx, b.repo, rel)
	if err != nil {
		return err
	}
	if tracked {
		b.untrack = append(b.untrack, rel)
		inHead, err := b.inHead(rel)
		if err != nil {
			return err
		}
		if inHead {
			b.commits[rel] = true
		}
	}
	covered, err := b.repo.CoveredByRules(b.ctx, rel)
	if err != nil {
		return err
	}
	if covered {
		return nil
	}
	if b.tree == nil {
		b.tree = envguard.TreeFor(b.repo)
	}
	if line, blocker := envguard.IgnoreLine(b.tree, rel); line == "" && blocker != "" {
		b.advise("block:"+rel, fmt.Sprintf("%s: no line in the root .gitignore can ignore it: remove the pattern that re-includes it (%s)", rel, blocker))
		return nil
	}
	b.ignore = append(b.ignore, rel)
	return nil
}

// example plans moving an example file's real value to the .env beside it
// and replacing it with a placeholder.
func (b *builder) example(f pipeline.Finding) error {
	data, err := b.files.read(f.Path)
	if err != nil {
		return err
	}
	if data == nil {
		b.advise("ex:"+f.Path, fmt.Sprintf("%s:%d: the staged copy holds a secret but the file is gone from the work tree: unstage it (git rm --cached -- %s)", f.Path, f.Line, f.Path))
		return nil
	}
	key := f.Name
	if key == "" {
		k, ok, err := dotenv.KeyAt(data, f.Line)
		if err != nil {
			return fmt.Errorf("%s: %v", f.Path, err)
		}
		if !ok {
			b.advise("ex:"+f.Path+fmt.Sprint(f.Line), fmt.Sprintf("%s:%d: replace the secret with a placeholder by hand", f.Path, f.Line))
			return nil
		}
		key = k
	}
	if b.seen["ex:"+f.Path+"\x00"+key] {
		return nil
	}
	b.seen["ex:"+f.Path+"\x00"+key] = true
	raw, _, ok, err := dotenv.Lookup(data, key)
	if err != nil {
		return fmt.Errorf("%s: %w", f.Path, err)
	}
	if !ok || b.opts.Matcher.Kind(f.Path) == envguard.KindExample && !secretStillThere(raw, f) {
		b.advise("staged:"+f.Path+"\x00"+key, fmt.Sprintf("%s:%d: the staged copy holds a secret for %s that the work tree copy does not: stage the work tree copy (git add -- %s)", f.Path, f.Line, key, f.Path))
		return nil
	}
	kind := f.KeyKind
	if kind == rules.KindNone {
		kind = GuessKind(key, unquote(raw))
	}
	envRel := path.Join(path.Dir(f.Path), ".env")
	if err := b.keepOut(envRel); err != nil {
		return err
	}
	if err := b.moveValue(f.Path, envRel, key, raw); err != nil {
		return err
	}
	holder := Placeholder(kind)
	b.holders = append(b.holders, Step{
		Action: ActPlaceholder, Path: f.Path, Key: key,
		Summary: fmt.Sprintf("%s: replace the value of %s with %s", f.Path, key, holder),
		run: func(ctx context.Context) error {
			return b.files.update(f.Path, 0o644, func(d []byte) ([]byte, error) {
				out, _, err := dotenv.Set(d, key, holder, dotenv.SetOptions{Raw: true})
				return out, err
			})
		},
	})
	if inHead, _ := b.inHead(f.Path); inHead {
		b.commits[f.Path] = true
	}
	return nil
}

// secretStillThere reports whether the work tree value raw still holds
// the secret the finding reports (a staged copy may differ).
func secretStillThere(raw string, f pipeline.Finding) bool {
	secret := f.Secret.Reveal()
	return secret == "" || strings.Contains(raw, secret)
}

// moveValue plans copying raw (an example file's value as written) into
// envRel. When envRel already has key with another value, the example's
// value is kept there under a free KEY_PREVIOUS name, so nothing is lost.
func (b *builder) moveValue(from, envRel, key, raw string) error {
	env, err := b.files.read(envRel)
	if err != nil {
		return err
	}
	have, _, ok, err := dotenv.Lookup(env, key)
	if err != nil {
		return fmt.Errorf("%s: %v", envRel, err)
	}
	if ok && have == raw {
		return nil
	}
	name, summary := key, fmt.Sprintf("%s: copy the real value of %s from %s", envRel, key, from)
	if ok && !emptyRaw(have) {
		if name, err = dotenv.FreeName(env, key); err != nil {
			return err
		}
		summary = fmt.Sprintf("%s: keep the value of %s from %s as %s (%s already sets %s)", envRel, key, from, name, envRel, key)
	}
	b.writes = append(b.writes, Step{
		Action: ActMoveValue, Path: envRel, Key: name, Summary: summary,
		run: func(ctx context.Context) error {
			return b.files.update(envRel, 0o600, func(d []byte) ([]byte, error) { return putValue(d, key, raw) })
		},
	})
	return nil
}

// putValue sets key to raw in an env file's content d, unless d already
// holds raw under key; when key holds another value, raw goes under a free
// KEY_PREVIOUS name instead, so no value is replaced.
func putValue(d []byte, key, raw string) ([]byte, error) {
	cur, _, ok, err := dotenv.Lookup(d, key)
	if err != nil {
		return nil, err
	}
	name := key
	switch {
	case ok && cur == raw:
		return d, nil
	case ok && !emptyRaw(cur):
		if name, err = dotenv.FreeName(d, key); err != nil {
			return nil, err
		}
	}
	out, _, err := dotenv.Set(d, name, raw, dotenv.SetOptions{Raw: true})
	return out, err
}

// newKey plans a fresh key for a leaked one envguard can mint.
func (b *builder) newKey(f pipeline.Finding) error {
	if !b.isDotenv(f.Path) {
		f.Name = EnvVarName(f.Name) // fernetKey in code reads FERNET_KEY
	}
	if f.Name == "" || !dotenv.ValidKey(f.Name) {
		b.advise("key:"+f.Fingerprint, fmt.Sprintf("%s:%d: %s: make a new key with 'envguard keygen --kind %s --write NAME' and read NAME from the environment", f.Path, f.Line, f.RuleID, f.KeyKind))
		return nil
	}
	target := b.opts.EnvFile
	inPlace := b.isDotenv(f.Path)
	if inPlace {
		target = f.Path
	}
	id := "key:" + target + "\x00" + f.Name
	if b.seen[id] {
		return nil
	}
	b.seen[id] = true
	if err := b.keepOut(target); err != nil {
		return err
	}
	leaked := f.Secret.Reveal()
	hint := fmt.Sprintf("%s:%d: replace the literal with a read of %s from the environment, e.g. %s", f.Path, f.Line, f.Name, codeHint(f.Path, f.Name))
	if done, err := b.replacedBefore(target, f.Name, leaked); err != nil {
		return err
	} else if done && !inPlace && b.opts.Rewrite && codeExpr(f.Path, f.Name) != "" {
		b.rewrites = append(b.rewrites, b.rewriteStep(f, leaked))
		return nil
	} else if done && !inPlace {
		b.manual = append(b.manual, Step{Action: ActManual, Path: f.Path, Key: f.Name, Notes: []string{hint},
			Summary: fmt.Sprintf("%s already holds a fresh %s (the leaked one is kept as a %s_PREVIOUS entry)", target, f.Name, f.Name)})
		return nil
	}
	st := Step{
		Action: ActNewKey, Path: target, Key: f.Name,
		Summary: fmt.Sprintf("%s: set %s to a fresh %s key and keep the old one as %s_PREVIOUS", target, f.Name, f.KeyKind, f.Name),
		run: func(ctx context.Context) error {
			return b.files.update(target, 0o600, func(d []byte) ([]byte, error) {
				return setFreshKey(d, f.Name, f.KeyKind, leaked)
			})
		},
	}
	if !inPlace && b.opts.Rewrite && codeExpr(f.Path, f.Name) != "" {
		b.rewrites = append(b.rewrites, b.rewriteStep(f, leaked))
	} else if !inPlace {
		st.Notes = append(st.Notes, hint)
	}
	switch f.KeyKind {
	case rules.KindFernet:
		st.Notes = append(st.Notes, "data encrypted with the old key: read it with MultiFernet([Fernet(new), Fernet(old)]) and re-encrypt with rotate()")
	case rules.KindDjango:
		st.Notes = append(st.Notes, "Django 4.1+: put the old key in SECRET_KEY_FALLBACKS until sessions and signed data made with it expire")
	}
	b.writes = append(b.writes, st)
	return nil
}

// replacedBefore reports whether the env file target already holds a
// value for name other than leaked, with leaked kept under a
// NAME_PREVIOUS entry: an earlier fix replaced it, and the code has not
// been changed yet.
func (b *builder) replacedBefore(target, name, leaked string) (bool, error) {
	data, err := b.files.read(target)
	if err != nil || data == nil {
		return false, err
	}
	cur, _, ok, err := dotenv.Lookup(data, name)
	if err != nil || !ok || cur == dotenv.QuoteValue(leaked) {
		return false, err
	}
	prev := name + "_PREVIOUS"
	for n := 2; ; n++ {
		raw, _, ok, err := dotenv.Lookup(data, prev)
		if err != nil || !ok {
			return false, err
		}
		if raw == dotenv.QuoteValue(leaked) {
			return true, nil
		}
		prev = fmt.Sprintf("%s_PREVIOUS_%d", name, n)
	}
}

// setFreshKey sets name to a fresh key of kind in d, keeping the value it
// had, or the leaked value when it had none, under NAME_PREVIOUS.
func setFreshKey(d []byte, name string, kind rules.KeyKind, leaked string) ([]byte, error) {
	key, err := rules.Generate(kind, rules.GenOptions{})
	if err != nil {
		return nil, err
	}
	had, err := dotenv.Has(d, name)
	if err != nil {
		return nil, err
	}
	out, _, err := dotenv.Set(d, name, key, dotenv.SetOptions{KeepPrevious: true})
	if err != nil || had || leaked == "" {
		return out, err
	}
	prev, err := dotenv.FreeName(out, name)
	if err != nil {
		return nil, err
	}
	out, _, err = dotenv.Set(out, prev, leaked, dotenv.SetOptions{})
	return out, err
}

// rotate advises revoking a provider token envguard cannot mint.
func (b *builder) rotate(f pipeline.Finding) {
	where := f.Rotate
	if where == "" {
		where = "the provider's console"
	}
	desc := f.Description
	if desc == "" {
		desc = f.RuleID
	}
	st := Step{Action: ActManual, Path: f.Path,
		Summary: fmt.Sprintf("%s:%d: %s: revoke it and create a new one at %s", f.Path, f.Line, desc, where)}
	if b.seen["rot:"+f.Fingerprint+f.Path] {
		return
	}
	b.seen["rot:"+f.Fingerprint+f.Path] = true
	st.Notes = []string{"envguard cannot mint this kind of secret; put the new one in .env and read it from the environment"}
	b.manual = append(b.manual, st)
}

func (b *builder) advise(id, summary string) {
	if b.seen[id] {
		return
	}
	b.seen[id] = true
	b.manual = append(b.manual, Step{Action: ActManual, Summary: summary})
}

func (b *builder) isDotenv(rel string) bool {
	return b.opts.Matcher.Kind(rel) == envguard.KindEnv
}

// plan orders the steps: .gitignore, index, env files, example files,
// source files, then advice.
func (b *builder) plan() *Plan {
	p := &Plan{}
	if len(b.ignore) > 0 {
		lines := ignoreLines(b.ignore, b.examplesIn)
		p.Steps = append(p.Steps, Step{
			Action: ActIgnore, Path: ".gitignore",
			Summary: fmt.Sprintf(".gitignore: add %s", strings.Join(lines, " ")),
			run: func(ctx context.Context) error {
				return b.files.update(".gitignore", 0o644, func(d []byte) ([]byte, error) {
					return appendIgnoreLines(d, lines), nil
				})
			},
		})
	}
	for _, rel := range b.untrack {
		p.Steps = append(p.Steps, Step{
			Action: ActUntrack, Path: rel,
			Summary: fmt.Sprintf("%s: remove from the index (git rm --cached); the file stays on disk", rel),
			run:     func(ctx context.Context) error { return untrack(ctx, b.repo, rel) },
		})
	}
	p.Steps = append(p.Steps, b.writes...)
	p.Steps = append(p.Steps, b.holders...)
	p.Steps = append(p.Steps, b.rewrites...)
	p.Steps = append(p.Steps, b.manual...)
	for c := range b.commits {
		p.Committed = append(p.Committed, c)
	}
	sort.Strings(p.Committed)
	return p
}

// examplesIn lists the example files that exist in the folder dir.
func (b *builder) examplesIn(dir string) []string {
	var out []string
	for _, n := range []string{".env.example", ".env.sample", ".env.template", ".env.dist", ".env.defaults"} {
		rel := path.Join(dir, n)
		if b.opts.Matcher.Kind(rel) == envguard.KindExample && b.files.exists(rel) {
			out = append(out, rel)
		}
	}
	return out
}

// Placeholder returns the value an example file holds instead of a secret
// of the given kind: it says how to make one.
func Placeholder(kind rules.KeyKind) string {
	if kind == rules.KindNone {
		return "<set the real value in .env>"
	}
	return "<run: envguard keygen --kind " + string(kind) + ">"
}

// GuessKind tells what kind of key a value looks like, so that a
// placeholder can say how to make a new one; "" when it cannot tell.
func GuessKind(key, v string) rules.KeyKind {
	if b, err := base64.URLEncoding.DecodeString(v); err == nil && len(b) == 32 && len(v) == 44 {
		return rules.KindFernet
	}
	if b, err := hex.DecodeString(v); err == nil && len(b) >= 16 {
		return rules.KindHex
	}
	if len(v) == 50 && strings.Trim(v, rules.DjangoAlphabet) == "" && strings.Contains(strings.ToUpper(key), "SECRET") {
		return rules.KindDjango
	}
	if b, err := base64.RawURLEncoding.DecodeString(v); err == nil && len(b) >= 16 {
		return rules.KindURLSafe
	}
	if b, err := base64.StdEncoding.DecodeString(v); err == nil && len(b) >= 16 {
		return rules.KindBase64
	}
	if u := strings.ToUpper(key); strings.Contains(u, "PASSWORD") || strings.Contains(u, "PASSWD") {
		return rules.KindPassword
	}
	return rules.KindNone
}

func emptyRaw(raw string) bool {
	switch raw {
	case "", `""`, "''", "``":
		return true
	}
	return false
}

// unquote strips the quotes around a raw value (escapes are not decoded:
// good enough to guess a kind).
func unquote(raw string) string {
	if len(raw) >= 2 && (raw[0] == '"' || raw[0] == '\'' || raw[0] == '`') && raw[len(raw)-1] == raw[0] {
		return raw[1 : len(raw)-1]
	}
	return raw
}

// EnvVarName turns the identifier code assigned a secret to into the
// conventional environment variable name: "fernetKey" and "fernet_key"
// become "FERNET_KEY", "app.secret_key" becomes "SECRET_KEY"; a name that
// is already upper snake case is kept.
func EnvVarName(name string) string {
	if i := strings.LastIndexAny(name, ".>"); i >= 0 {
		name = name[i+1:]
	}
	var b strings.Builder
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'a' && c <= 'z':
			b.WriteByte(c - 'a' + 'A')
		case c >= 'A' && c <= 'Z':
			if i > 0 && (name[i-1] >= 'a' && name[i-1] <= 'z' || name[i-1] >= '0' && name[i-1] <= '9') {
				b.WriteByte('_')
			}
			b.WriteByte(c)
		case c >= '0' && c <= '9' || c == '_':
			b.WriteByte(c)
		case c == '-':
			b.WriteByte('_')
		}
	}
	return strings.Trim(b.String(), "_")
}
