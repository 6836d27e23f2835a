package fix

import (
	"context"
	"fmt"
	"strings"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/internal/dotenv"
	"github.com/envguard/envguard/scanner/pipeline"
)

// envFileSecret plans the repair of a secret in an env file: keeping the
// file out of git is the repair; its keys change only if the file was
// committed.
func (p *planner) envFileSecret(f pipeline.Finding) error {
	if err := p.keepOut(f.Path); err != nil {
		return err
	}
	if committed, err := p.inHead(f.Path); err != nil || !committed {
		return err
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
func (p *planner) newKey(f pipeline.Finding) error {
	inPlace := p.isDotenv(f.Path)
	if !inPlace {
		f.Name = EnvVarName(f.Name) // fernetKey in code reads FERNET_KEY
	}
	if f.Name == "" || !dotenv.ValidKey(f.Name) {
		p.advise("key:"+f.Fingerprint, fmt.Sprintf("%s:%d: %s: make a new key with 'envguard keygen --kind %s --write NAME' and read NAME from the environment", f.Path, f.Line, f.RuleID, f.KeyKind))
		return nil
	}
	target := p.opts.EnvFile
	if inPlace {
		target = f.Path
	}
	if !p.once("key:" + target + "\x00" + f.Name) {
		return nil
	}
	if err := p.keepOut(target); err != nil {
		return err
	}
	leaked := f.Secret.Reveal()
	rewrite := !inPlace && p.opts.Rewrite && codeExpr(f.Path, f.Name) != ""
	hint := fmt.Sprintf("%s:%d: replace the literal with a read of %s from the environment, e.g. %s", f.Path, f.Line, f.Name, codeHint(f.Path, f.Name))
	done, err := p.replacedBefore(target, f.Name, leaked)
	switch {
	case err != nil:
		return err
	case done && rewrite:
		p.add(rewriteStep(f, leaked))
		return nil
	case done && !inPlace:
		p.add(Step{Action: ActManual, Path: f.Path, Key: f.Name, Notes: []string{hint},
			Summary: fmt.Sprintf("%s already holds a fresh %s (the leaked one is kept as a %s_PREVIOUS entry)", target, f.Name, f.Name)})
		return nil
	}
	st := Step{
		Action: ActNewKey, Path: target, Key: f.Name,
		Summary: fmt.Sprintf("%s: set %s to a fresh %s key and keep the old one as %s_PREVIOUS", target, f.Name, f.KeyKind, f.Name),
		run: func(ctx context.Context, w *worktree) error {
			return w.update(target, 0o600, func(d []byte) ([]byte, error) {
				return setFreshKey(d, f.Name, f.KeyKind, leaked)
			})
		},
	}
	if rewrite {
		p.add(rewriteStep(f, leaked))
	} else if !inPlace {
		st.Notes = append(st.Notes, hint)
	}
	if note := keyNotes[f.KeyKind]; note != "" {
		st.Notes = append(st.Notes, note)
	}
	p.add(st)
	return nil
}

// replacedBefore reports whether the env file target already holds a
// value for name other than leaked, with leaked kept under a
// NAME_PREVIOUS entry: an earlier fix replaced it, and the code has not
// been changed yet.
func (p *planner) replacedBefore(target, name, leaked string) (bool, error) {
	data, err := p.facts.read(target)
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
