package scanner

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/pipeline"
	"github.com/envguard/envguard/scanner/source"
)

// settings returns a Django settings line holding a fresh random key.
func settings(t *testing.T) (line, key string) {
	t.Helper()
	key, err := rules.Generate(rules.KindDjango, rules.GenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// A single quote cannot occur in Django's alphabet, so the literal is whole.
	return "SECRET_KEY = '" + key + "'\n", key
}

func TestRunDir(t *testing.T) {
	dir := t.TempDir()
	line, key := settings(t)
	if err := os.WriteFile(filepath.Join(dir, "settings.py"), []byte("DEBUG = False\n"+line), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Run(context.Background(), Spec{Dir: dir, Source: Dir, Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 {
		t.Fatalf("findings = %v, want one", res.Findings)
	}
	f := res.Findings[0]
	if f.Path != "settings.py" || f.Line != 2 || f.Secret.Reveal() != key {
		t.Errorf("finding at %s:%d, want settings.py:2 with the key", f.Path, f.Line)
	}
	if !strings.HasPrefix(res.What, "directory ") || res.Err() != nil {
		t.Errorf("What = %q, Err = %v", res.What, res.Err())
	}
}

func TestRunConfigAllowlist(t *testing.T) {
	dir := t.TempDir()
	line, _ := settings(t)
	os.WriteFile(filepath.Join(dir, "settings.py"), []byte(line), 0o644)
	os.WriteFile(filepath.Join(dir, ".envguard.toml"), []byte("[allowlist]\npaths = [\"settings.py\"]\n"), 0o644)
	var allowed []Notice
	res, err := Run(context.Background(), Spec{Dir: dir, Source: Dir, Path: dir, Notify: func(n Notice) {
		if n.Kind == NoticeSuppressed {
			allowed = append(allowed, n)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 0 || len(allowed) != 1 {
		t.Errorf("findings %d, allowed %d: the config's allowlist was not applied", len(res.Findings), len(allowed))
	}
}

func TestRunNotRepository(t *testing.T) {
	_, err := Run(context.Background(), Spec{Dir: t.TempDir(), Source: Staged})
	if err == nil || len(Hints(err)) == 0 {
		t.Fatalf("Run outside a repository = %v with hints %q, want an error with a hint", err, Hints(err))
	}
}

// memSource yields fixed fragments; it stands for a new kind of source.
type memSource []pipeline.Fragment

func (m memSource) Fragments(ctx context.Context, yield func(pipeline.Fragment) error) error {
	for _, f := range m {
		if err := yield(f); err != nil {
			return err
		}
	}
	return nil
}

// TestNewSourceIsOneEntry shows that a source is a one-place change for
// the composition root: one entry in the sources table, and Scan reads it
// with the config, filters and sorting every source gets.
func TestNewSourceIsOneEntry(t *testing.T) {
	const memory SourceKind = 100
	line, _ := settings(t)
	sources[memory] = sourceKind{
		func(Spec) string { return "memory" },
		func(*Project, Spec, source.Options) (Source, error) {
			return memSource{{Path: "b.py", Data: []byte(line)}, {Path: "a.py", Data: []byte("x = 1\n" + line)}}, nil
		},
	}
	t.Cleanup(func() { delete(sources, memory) })

	dir := t.TempDir()
	p, err := Open(dir, dir, "", RepoNone)
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Scan(context.Background(), Spec{Source: memory})
	if err != nil {
		t.Fatal(err)
	}
	if res.What != "memory" || len(res.Findings) != 2 || res.Findings[0].Path != "a.py" {
		t.Errorf("What %q, findings %v: want two, sorted by path", res.What, res.Findings)
	}
}
