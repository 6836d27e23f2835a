package fix

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/internal/dotenv"
	"github.com/envguard/envguard/scanner/pipeline"
)

// envFileSecret plans the repair of a secret in an env file: keeping the
// file out of git is the repair; its keys change only if the secret is in
// a commit (see [Facts.History]).
func (p *planner) envFileSecret(f pipeline.Finding) error {
	if err := p.keepOut(f.Path); err != nil {
		return err
	}
	if !p.facts.History[historyKey(f)] {
		return nil // only staged or in the work tree: it never reached a commit
	}
	if f.KeyKind != rules.KindNone {
		return p.newKey(f)
	}
	p.rotate(f)
	return nil
}

// keyNotes say how to keep data made with the old key readable.
var keyNotes = map[rules.KeyKind]string{
	rules.KindFernet: "data encrypted with the old key: read it with MultiFernet([Fernet(new), Fernet(old)]) and re-encrypt with rotate()",
	rules.KindDjango: "Django 4.1+: put the old key in SECRET_KEY_FALLBACKS until sessions and signed data made with it expire",
}

// newKey plans a fresh key for a leaked one envguard can mint, in the env
// file that held it or, for a leak in code, in [Options.EnvFile].
//
// The value kept as NAME_PREVIOUS is always the one that leaked (old data
// was made with it); a value of the env file that did not leak is never
// replaced. For a leak in code, the name is the one the env file already
// holds the leaked value under, else the code's own name, else (for a
// generic name like key or secret) a name after the kind of key.
func (p *planner) newKey(f pipeline.Finding) error {
	inPlace := p.isDotenv(f.Path)
	target := p.opts.EnvFile
	if inPlace {
		target = f.Path
	}
	leaked := f.Secret.Reveal()
	env, err := p.facts.read(target)
	if err != nil {
		return err
	}
	vals := envValues(env)
	if !inPlace {
		f.Name = codeVarName(f.Name, f.KeyKind, vals, leaked)
	}
	if f.Name == "" || !dotenv.ValidKey(f.Name) {
		p.advise("key:"+f.Fingerprint, fmt.Sprintf("%s:%d: %s: make a new key with 'envguard keygen --kind %s --write NAME' and read NAME from the environment", f.Path, f.Line, f.RuleID, f.KeyKind))
		return nil
	}
	if !inPlace {
		f.Name = p.claimName(target, f.Name, leaked, vals)
	}
	if !p.once("key:" + target + "\x00" + f.Name) {
		// The same leaked value in another place: .env is planned once,
		// each place's code still changes.
		if rw := p.rewriteFor(f); !inPlace && rw.ok() {
			p.add(rw.step(f, leaked))
		} else if !inPlace {
			p.add(Step{Action: ActManual, Path: f.Path, Key: f.Name, Notes: rw.hints(f),
				Summary: fmt.Sprintf("%s:%d: read %s from the environment (the same leaked key as above)", f.Path, f.Line, f.Name)})
		}
		return nil
	}
	if err := p.keepOut(target); err != nil {
		return err
	}
	rw := p.rewriteFor(f)
	cur, has := vals[f.Name]
	switch {
	case !inPlace && heldAsPrevious(vals, f.Name, leaked) && has && cur != "" && cur != leaked:
		// An earlier fix (or the user) rotated it: only the code is left.
		if rw.ok() {
			p.add(rw.step(f, leaked))
			return nil
		}
		p.add(Step{Action: ActManual, Path: f.Path, Key: f.Name, Notes: rw.hints(f),
			Summary: fmt.Sprintf("%s already holds a fresh %s (the leaked one is kept as a %s_PREVIOUS entry)", target, f.Name, f.Name)})
		return nil
	case !inPlace && has && cur != "" && cur != leaked:
		// Both exist and differ: the env file's value did not leak; keep
		// it, and keep the leaked one beside it for data made with it.
		st := Step{Action: ActNewKey, Path: target, Key: f.Name,
			Summary: fmt.Sprintf("%s: keep %s as it is (it differs from the leaked value, which is not in %s); keep the leaked value as %s_PREVIOUS", target, f.Name, target, f.Name),
			Notes:   []string{fmt.Sprintf("the code will read %s from %s; if nothing was ever made with the leaked value, delete %s_PREVIOUS", f.Name, target, f.Name)},
			run: func(ctx context.Context, w *worktree) error {
				return w.update(target, 0o600, func(d []byte) ([]byte, error) { return keepLeaked(d, f.Name, leaked) })
			}}
		p.addKeySteps(f, st, rw, inPlace)
		return nil
	}
	st := Step{
		Action: ActNewKey, Path: target, Key: f.Name,
		Summary: fmt.Sprintf("%s: set %s to a fresh %s key and keep the leaked one as %s_PREVIOUS", target, f.Name, f.KeyKind, f.Name),
		run: func(ctx context.Context, w *worktree) error {
			return w.update(target, 0o600, func(d []byte) ([]byte, error) {
				return setFreshKey(d, f.Name, f.KeyKind, leaked)
			})
		},
	}
	p.addKeySteps(f, st, rw, inPlace)
	return nil
}

// addKeySteps adds the env file step st and, for a leak in code, the
// rewrite of the code or the hint of how to change it.
func (p *planner) addKeySteps(f pipeline.Finding, st Step, rw rewrite, inPlace bool) {
	switch {
	case inPlace:
	case rw.ok():
		p.add(rw.step(f, f.Secret.Reveal()))
	default:
		st.Notes = append(st.Notes, rw.hints(f)...)
	}
	if note := keyNotes[f.KeyKind]; note != "" {
		st.Notes = append(st.Notes, note)
	}
	p.add(st)
}

// claimName returns name, or name_2, name_3... when this plan already
// gives name to another leaked value in target (two keys in code with
// one name must not share a variable).
func (p *planner) claimName(target, name, leaked string, vals map[string]string) string {
	if p.names == nil {
		p.names = map[string]string{}
	}
	base := name
	for n := 2; ; n++ {
		prev, taken := p.names[target+"\x00"+name]
		if !taken || prev == leaked {
			break
		}
		name = fmt.Sprintf("%s_%d", base, n)
		for vals[name] != "" && vals[name] != leaked {
			n++
			name = fmt.Sprintf("%s_%d", base, n)
		}
	}
	p.names[target+"\x00"+name] = leaked
	return name
}

// envValues returns the decoded value of each key of an env file (the
// last entry wins); nil for a file that does not parse or is missing.
func envValues(data []byte) map[string]string {
	if data == nil {
		return nil
	}
	f, err := dotenv.Parse(data)
	if err != nil {
		return nil
	}
	out := map[string]string{}
	for _, e := range f.Entries {
		out[e.Key] = e.Value
	}
	return out
}

// heldAsPrevious reports whether leaked is kept under NAME_PREVIOUS or a
// NAME_PREVIOUS_N entry.
func heldAsPrevious(vals map[string]string, name, leaked string) bool {
	for k, v := range vals {
		if v == leaked && previousOf(k) == name {
			return true
		}
	}
	return false
}

// previousOf returns NAME for NAME_PREVIOUS and NAME_PREVIOUS_N, else "".
func previousOf(k string) string {
	if i := strings.LastIndex(k, "_PREVIOUS"); i > 0 {
		rest := k[i+len("_PREVIOUS"):]
		if rest == "" || rest[0] == '_' && len(rest) > 1 && strings.Trim(rest[1:], "0123456789") == "" {
			return k[:i]
		}
	}
	return ""
}

// genericNames are code names that say nothing of what the key is for.
var genericNames = map[string]bool{"KEY": true, "SECRET": true, "TOKEN": true, "K": true, "S": true,
	"VALUE": true, "VAL": true, "DATA": true, "PASS": true, "PWD": true, "KEY_BYTES": true}

// kindNames name the variable after the kind of key when the code's name
// is generic.
var kindNames = map[rules.KeyKind]string{
	rules.KindFernet: "FERNET_KEY", rules.KindDjango: "DJANGO_SECRET_KEY", rules.KindHex: "SECRET_KEY",
	rules.KindURLSafe: "SECRET_KEY", rules.KindBase64: "SECRET_KEY", rules.KindPassword: "APP_PASSWORD",
}

// codeVarName is the variable a leak in code becomes: the name the env
// file holds the leaked value under (NAME for NAME_PREVIOUS), else the
// code's name in upper snake case, named after the kind when generic.
func codeVarName(code string, kind rules.KeyKind, vals map[string]string, leaked string) string {
	name := EnvVarName(code)
	if leaked != "" {
		if vals[name] == leaked {
			return name
		}
		var held []string
		for k, v := range vals {
			if v != leaked {
				continue
			}
			if base := previousOf(k); base != "" {
				k = base
			}
			held = append(held, k)
		}
		if len(held) > 0 {
			slices.Sort(held)
			return held[0]
		}
	}
	if genericNames[name] && kindNames[kind] != "" {
		// A name after the kind, unless .env uses it for another value:
		// the code must not start reading an unrelated key.
		for _, n := range []string{kindNames[kind], name, kindNames[kind] + "_" + name} {
			if vals[n] == "" {
				return n
			}
		}
	}
	return name
}

// keepLeaked keeps leaked under a free NAME_PREVIOUS name in d, unless d
// already holds it there; NAME itself is left alone.
func keepLeaked(d []byte, name, leaked string) ([]byte, error) {
	if heldAsPrevious(envValues(d), name, leaked) {
		return d, nil
	}
	prev, err := dotenv.FreeName(d, name)
	if err != nil {
		return nil, err
	}
	out, _, err := dotenv.Set(d, prev, leaked, dotenv.SetOptions{})
	return out, err
}

// setFreshKey sets name to a fresh key of kind in d, keeping the leaked
// value under NAME_PREVIOUS. A value of name that is not the leaked one
// is never replaced (newKey plans keepLeaked for it).
func setFreshKey(d []byte, name string, kind rules.KeyKind, leaked string) ([]byte, error) {
	if cur := envValues(d)[name]; cur != "" && leaked != "" && cur != leaked {
		return nil, fmt.Errorf("%s changed since the plan was made (it no longer holds the leaked value): run envguard fix again", name)
	}
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
func (p *planner) rotate(f pipeline.Finding) {
	if !p.once("rot:" + f.Fingerprint + f.Path) {
		return
	}
	where := f.Rotate
	if where == "" {
		where = "the provider's console"
	}
	desc := f.Description
	if desc == "" {
		desc = f.RuleID
	}
	p.add(Step{Action: ActManual, Path: f.Path,
		Summary: fmt.Sprintf("%s:%d: %s: revoke it and create a new one at %s", f.Path, f.Line, desc, where),
		Notes:   []string{"envguard cannot mint this kind of secret; put the new one in .env and read it from the environment"}})
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
