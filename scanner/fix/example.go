package fix

import (
	"context"
	"fmt"
	"path"
	"strings"

	"github.com/envguard/envguard/rules/keys"
	"github.com/envguard/envguard/scanner/envguard"
	"github.com/envguard/envguard/scanner/internal/dotenv"
	"github.com/envguard/envguard/scanner/pipeline"
)

// example plans moving an example file's real value to the .env beside it
// and replacing it with a placeholder that says how to make one (of the
// finding's KeyKind).
func (p *planner) example(f pipeline.Finding) error {
	data, err := p.facts.read(f.Path)
	if err != nil {
		return err
	}
	if data == nil {
		p.advise("ex:"+f.Path, fmt.Sprintf("%s:%d: the staged copy holds a secret but the file is gone from the work tree: unstage it (git rm --cached -- %s)", f.Path, f.Line, f.Path))
		return nil
	}
	key := f.Name
	if key == "" {
		k, ok, err := dotenv.KeyAt(data, f.Line)
		if err != nil {
			return fmt.Errorf("%s: %v", f.Path, err)
		}
		if !ok {
			p.advise("ex:"+f.Path+fmt.Sprint(f.Line), fmt.Sprintf("%s:%d: replace the secret with a placeholder by hand", f.Path, f.Line))
			return nil
		}
		key = k
	}
	if !p.once("ex:" + f.Path + "\x00" + key) {
		return nil
	}
	raw, _, ok, err := dotenv.Lookup(data, key)
	if err != nil {
		return fmt.Errorf("%s: %w", f.Path, err)
	}
	if !ok || p.opts.Matcher.Kind(f.Path) == envguard.KindExample && !secretStillThere(raw, f) {
		p.advise("staged:"+f.Path+"\x00"+key, fmt.Sprintf("%s:%d: the staged copy holds a secret for %s that the work tree copy does not: stage the work tree copy (git add -- %s)", f.Path, f.Line, key, f.Path))
		return nil
	}
	envRel := siblingEnv(f.Path)
	if err := p.keepOut(envRel); err != nil {
		return err
	}
	if err := p.moveValue(f.Path, envRel, key, raw); err != nil {
		return err
	}
	hint := keys.PlaceholderHint(f.KeyKind)
	if hint == "" {
		hint = "set the real value in " + path.Base(envRel) + ", never here"
	}
	p.add(Step{
		Action: ActPlaceholder, Path: f.Path, Key: key,
		Summary: fmt.Sprintf("%s: replace the value of %s with an empty one under the comment \"# %s\"", f.Path, key, hint),
		run: func(ctx context.Context, w *worktree) error {
			return w.update(f.Path, 0o644, func(d []byte) ([]byte, error) {
				out, _, err := dotenv.Set(d, key, "", dotenv.SetOptions{Raw: true, Comment: hint})
				return out, err
			})
		},
	})
	if p.facts.History[historyKey(f)] {
		p.commits[f.Path] = true
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
func (p *planner) moveValue(from, envRel, key, raw string) error {
	env, err := p.facts.read(envRel)
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
	p.add(Step{
		Action: ActMoveValue, Path: envRel, Key: name, Summary: summary,
		run: func(ctx context.Context, w *worktree) error {
			return w.update(envRel, 0o600, func(d []byte) ([]byte, error) { return putValue(d, key, raw) })
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

func emptyRaw(raw string) bool {
	switch raw {
	case "", `""`, "''", "``":
		return true
	}
	return false
}
