package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner"
	"github.com/envguard/envguard/scanner/fix"
)

const keygenUsage = `Usage: envguard keygen [options]

Print a fresh key made from the operating system's secure random source,
or store it in an env file with --write.

Options:
  -k, --kind KIND     fernet (default), hex, urlsafe, base64, django, password, uuid
  --bytes N           random bytes for hex, urlsafe and base64 (default 32, 16..1024)
  --length N          characters of a password (default 24, 8..1024)
  --charset NAME      password characters: alnum (default), symbols, lower, hex, digits
  -w, --write NAME    store the key in the env file as NAME instead of printing it;
                      an existing value of NAME is kept as NAME_PREVIOUS
  --env-file PATH     the env file for --write (default .env at the repository root)
  --force             write even into an env file git tracks or does not ignore

Kinds:
  fernet    32 random bytes, urlsafe base64 (Python cryptography.fernet.Fernet)
  hex       like Python secrets.token_hex
  urlsafe   like Python secrets.token_urlsafe
  base64    standard base64
  django    50 characters from Django's secret key alphabet
  password  random characters
  uuid      a random UUID, version 4

Examples:
  envguard keygen                                   # a Fernet key
  envguard keygen --kind hex --bytes 16
  envguard keygen --kind django --write DJANGO_SECRET_KEY
  envguard keygen --kind password --length 32 --charset symbols
`

func keygenCommand() *command {
	return &command{name: "keygen", summary: "print or store a fresh strong key", usage: keygenUsage, run: runKeygen}
}

type keygenFlags struct {
	kind, charset, write, envFile string
	bytes, length                 int
	force                         bool
}

func runKeygen(e *env, args []string) error {
	c := keygenCommand()
	f := &keygenFlags{}
	fs := newFlagSet(e, c)
	fs.StringVar(&f.kind, "kind", "fernet", "")
	fs.StringVar(&f.kind, "k", "fernet", "")
	fs.IntVar(&f.bytes, "bytes", 0, "")
	fs.IntVar(&f.length, "length", 0, "")
	fs.StringVar(&f.charset, "charset", "", "")
	fs.StringVar(&f.write, "write", "", "")
	fs.StringVar(&f.write, "w", "", "")
	fs.StringVar(&f.envFile, "env-file", "", "")
	fs.BoolVar(&f.force, "force", false, "")
	pos, err := parseFlags(e, c, fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef(c.name, "unexpected argument %q", pos[0])
	}
	kind := rules.KeyKind(strings.ToLower(f.kind))
	if err := checkKeygenFlags(c, kind, f); err != nil {
		return err
	}
	key, err := rules.Generate(kind, rules.GenOptions{Bytes: f.bytes, Length: f.length, Charset: f.charset})
	if err != nil {
		// The error already lists the kinds (or charsets) to choose from.
		if errors.Is(err, rules.ErrUnknownKind) || errors.Is(err, rules.ErrBadSize) {
			return withHint(err, "run 'envguard keygen --help' for sizes and charsets")
		}
		return err
	}
	if f.write == "" {
		_, err := fmt.Fprintln(e.stdout, key)
		return err
	}
	return writeKey(e, kind, key, f)
}

// checkKeygenFlags rejects sizes that do not apply to the kind, so that a
// typo never yields a key other than the one asked for.
func checkKeygenFlags(c *command, kind rules.KeyKind, f *keygenFlags) error {
	switch {
	case f.length != 0 && kind != rules.KindPassword:
		return withHint(usagef(c.name, "--length applies to --kind password only"), "kinds: "+kindList())
	case f.charset != "" && kind != rules.KindPassword:
		return withHint(usagef(c.name, "--charset applies to --kind password only"), "kinds: "+kindList())
	case f.bytes != 0 && (kind == rules.KindDjango || kind == rules.KindPassword || kind == rules.KindUUID):
		return withHint(usagef(c.name, "--bytes does not apply to --kind %s", kind), "use --bytes with hex, urlsafe or base64")
	case f.envFile != "" && f.write == "":
		return usagef(c.name, "--env-file needs -w/--write NAME")
	}
	return nil
}

func kindList() string {
	var ks []string
	for _, k := range rules.Kinds() {
		ks = append(ks, string(k))
	}
	return strings.Join(ks, ", ")
}

// writeKey stores key in the env file under f.write, refusing a file git
// tracks or does not ignore unless --force.
func writeKey(e *env, kind rules.KeyKind, key string, f *keygenFlags) error {
	ctx := context.Background()
	repo, err := scanner.OpenRepo(e.dir)
	if err != nil && !errors.Is(err, scanner.ErrNotRepository) && !errors.Is(err, scanner.ErrNoGit) {
		return err
	}
	if repo != nil && repo.WorkTree == "" {
		repo = nil
	}
	path := f.envFile
	switch {
	case path == "" && repo != nil:
		path = filepath.Join(repo.WorkTree, ".env")
	case path == "":
		path = filepath.Join(e.dir, ".env")
	case !filepath.IsAbs(path):
		path = filepath.Join(e.dir, path)
	}
	shown := displayPath(e, path)
	if repo != nil && !f.force {
		if err := refuseUnsafe(ctx, repo, path, shown); err != nil {
			return err
		}
	}
	res, err := fix.WriteKey(path, f.write, key, nil)
	if err != nil {
		return withHint(fmt.Errorf("cannot write the key to %s: %w", shown, err), "nothing was changed; the key was not stored")
	}
	verb := "added"
	if res.Replaced {
		verb = "replaced"
	}
	e.infof("%s %s in %s with a fresh %s key (not shown)", verb, f.write, shown, kind)
	if res.Tightened != 0 {
		e.warnf("others could read it (mode %04o): made it %04o", res.Tightened, res.Tightened&^0o077)
	}
	if res.Previous != "" {
		e.infof("kept the old value as %s", res.Previous)
		if kind == rules.KindFernet {
			e.hintf("read old tokens with MultiFernet([Fernet(new), Fernet(old)]) and re-encrypt them with its rotate(), then drop %s", res.Previous)
		}
	}
	return nil
}

// refuseUnsafe returns an error when git tracks path or does not ignore
// it: a key written there would end up in a commit.
func refuseUnsafe(ctx context.Context, repo *scanner.Repo, path, shown string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	rel, err := repo.Rel(abs)
	if err != nil || strings.HasPrefix(rel, "../") || rel == ".." {
		return nil // outside the work tree: git cannot pick it up
	}
	tracked, err := repo.Tracked(ctx, rel)
	if err != nil {
		return err
	}
	if tracked {
		return withHint(fmt.Errorf("%s is tracked by git: a key written there would be committed", shown),
			"run 'envguard fix' to take it out of the index and ignore it, or pass --force")
	}
	ignored, err := repo.Ignored(ctx, rel)
	if err != nil {
		return err
	}
	if !ignored {
		line := fix.RootIgnoreLine(rel)
		hint := fmt.Sprintf("ignore it first: echo '%s' >> .gitignore (at the repository root), or pass --force", line)
		if _, err := os.Lstat(abs); err == nil {
			hint = fmt.Sprintf("ignore it first: run 'envguard fix', or echo '%s' >> .gitignore (at the repository root); or pass --force", line)
		}
		return withHint(fmt.Errorf("%s is not ignored by git: a key written there could be committed", shown), hint)
	}
	return nil
}

// displayPath shows path relative to the working directory when it lies
// below it.
func displayPath(e *env, path string) string {
	if rel, err := filepath.Rel(e.dir, path); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return path
}
