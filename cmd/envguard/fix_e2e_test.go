package main

// End-to-end runs of `envguard fix --yes --rewrite` on small real projects
// (issue 13): leak a key, fix, then run the program with its own runtime
// and check that it reads the fresh key from .env, that the leaked key is
// NAME_PREVIOUS (a Fernet token made with it still decrypts with
// MultiFernet([new, old])), and that scan and check-env pass on what fix
// staged. Python projects run with Debian's /usr/bin/python3, which sees
// the python3-decouple, python3-dotenv, python3-django and
// python3-cryptography packages .ci/run installs; a project whose runtime
// or library is missing is skipped.

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/envguard/envguard/rules"
)

const sysPython = "/usr/bin/python3"

// e2eProject is a git repository in a temp dir with a private git config.
type e2eProject struct {
	t   *testing.T
	dir string
	env []string
}

func newE2EProject(t *testing.T, files map[string]string) *e2eProject {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	if _, err := exec.LookPath("envguard"); err != nil {
		t.Skip("envguard is not on PATH (TestMain puts it there)")
	}
	home := t.TempDir()
	cfg := filepath.Join(home, "gitconfig")
	if err := os.WriteFile(cfg, []byte("[user]\n\tname = t\n\temail = t@example.com\n[init]\n\tdefaultBranch = main\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p := &e2eProject{t: t, dir: t.TempDir(), env: append(os.Environ(), "HOME="+home, "GIT_CONFIG_GLOBAL="+cfg, "GIT_CONFIG_NOSYSTEM=1", "NO_COLOR=1", "GOTOOLCHAIN=local", "GOFLAGS=-mod=mod")}
	p.write(files)
	p.must("git", "init", "-q")
	return p
}

func (p *e2eProject) write(files map[string]string) {
	p.t.Helper()
	for name, content := range files {
		f := filepath.Join(p.dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
			p.t.Fatal(err)
		}
		perm := os.FileMode(0o644)
		if filepath.Base(f) == ".env" {
			perm = 0o600
		}
		if err := os.WriteFile(f, []byte(content), perm); err != nil {
			p.t.Fatal(err)
		}
	}
}

// run runs name in the project and returns its output and exit code.
func (p *e2eProject) run(name string, args ...string) (stdout, stderr string, code int) {
	p.t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir, cmd.Env = p.dir, p.env
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		p.t.Fatalf("%s %v: %v", name, args, err)
	}
	return o.String(), e.String(), code
}

func (p *e2eProject) must(name string, args ...string) string {
	p.t.Helper()
	out, errOut, code := p.run(name, args...)
	if code != 0 {
		p.t.Fatalf("%s %s: exit %d\n%s%s", name, strings.Join(args, " "), code, out, errOut)
	}
	return out
}

// dotenv reads .env the simple way: KEY=value, quotes removed.
func (p *e2eProject) dotenv() map[string]string {
	p.t.Helper()
	data, err := os.ReadFile(filepath.Join(p.dir, ".env"))
	if err != nil {
		p.t.Fatal(err)
	}
	out := map[string]string{}
	for _, l := range strings.Split(string(data), "\n") {
		l = strings.TrimPrefix(strings.TrimSpace(l), "export ")
		k, v, ok := strings.Cut(l, "=")
		if !ok || strings.HasPrefix(k, "#") {
			continue
		}
		if len(v) >= 2 && (v[0] == '\'' || v[0] == '"') && v[len(v)-1] == v[0] {
			v = v[1 : len(v)-1]
		}
		out[k] = v
	}
	return out
}

// fixAndCheck blocks the staged leak, runs fix --yes --rewrite, and checks
// that scan and check-env pass on what fix staged and that .env is private.
func (p *e2eProject) fixAndCheck() string {
	p.t.Helper()
	if _, _, code := p.run("envguard", "scan"); code != 1 {
		p.t.Fatalf("the staged leak was not reported (exit %d)", code)
	}
	out := p.must("envguard", "fix", "--yes", "--rewrite")
	p.must("envguard", "scan")
	p.must("envguard", "check-env")
	if fi, err := os.Stat(filepath.Join(p.dir, ".env")); err != nil || fi.Mode().Perm() != 0o600 {
		p.t.Errorf(".env mode = %v, %v; want 0600", fi.Mode(), err)
	}
	p.must("git", "commit", "-qm", "fixed")
	return out
}

func genKey(t *testing.T, kind rules.KeyKind) string {
	k, err := rules.Generate(kind, rules.GenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func needPython(t *testing.T, modules ...string) {
	t.Helper()
	if _, err := os.Stat(sysPython); err != nil {
		t.Skip("no " + sysPython)
	}
	for _, m := range modules {
		if err := exec.Command(sysPython, "-c", "import "+m).Run(); err != nil {
			t.Skipf("%s cannot import %s (install python3-%s)", sysPython, m, m)
		}
	}
}

// fernetToken encrypts msg with key, in Python.
func fernetToken(p *e2eProject, key, msg string) string {
	return strings.TrimSpace(p.must(sysPython, "-c", "import sys; from cryptography.fernet import Fernet; print(Fernet(sys.argv[1].encode()).encrypt(sys.argv[2].encode()).decode())", key, msg))
}

// checkMultiFernet checks that a token made with old decrypts with
// MultiFernet([new, old]).
func checkMultiFernet(p *e2eProject, newKey, oldKey, token, msg string) {
	p.t.Helper()
	got := strings.TrimSpace(p.must(sysPython, "-c", "import sys; from cryptography.fernet import Fernet, MultiFernet; m = MultiFernet([Fernet(sys.argv[1].encode()), Fernet(sys.argv[2].encode())]); print(m.decrypt(sys.argv[3].encode()).decode())", newKey, oldKey, token))
	if got != msg {
		p.t.Errorf("MultiFernet([new, old]) decrypted %q, want %q", got, msg)
	}
}

// A decouple project (the README's walk-through): the leaked Fernet key
// in code becomes config("FERNET_KEY") with its import; no .gitignore yet.
func TestE2EFixDecouple(t *testing.T) {
	needPython(t, "decouple", "cryptography")
	leaked := genKey(t, rules.KindFernet)
	p := newE2EProject(t, map[string]string{
		"requirements.txt": "python-decouple\ncryptography\n",
		"env.example":      "DEBUG=False\nFERNET_KEY=\n",
		"app/__init__.py":  "",
		"app/settings.py":  "from decouple import config\nDEBUG = config(\"DEBUG\", default=False, cast=bool)\n",
	})
	p.must("git", "add", ".")
	p.must("git", "commit", "-qm", "init")
	p.write(map[string]string{"app/crypto.py": "from cryptography.fernet import Fernet\n\nFERNET_KEY = b'" + leaked + "'\nbox = Fernet(FERNET_KEY)\n"})
	token := fernetToken(p, leaked, "made with the old key")
	p.must("git", "add", "app/crypto.py")
	p.fixAndCheck()

	env := p.dotenv()
	if env["FERNET_KEY_PREVIOUS"] != leaked || env["FERNET_KEY"] == "" || env["FERNET_KEY"] == leaked {
		t.Fatalf(".env = %v: want a fresh FERNET_KEY and the leaked one as FERNET_KEY_PREVIOUS", env)
	}
	got := strings.TrimSpace(p.must(sysPython, "-c", "from app.crypto import FERNET_KEY, box; print(FERNET_KEY.decode())"))
	if got != env["FERNET_KEY"] {
		t.Errorf("the program read %q, want the fresh key from .env", got)
	}
	checkMultiFernet(p, env["FERNET_KEY"], env["FERNET_KEY_PREVIOUS"], token, "made with the old key")
}

// A python-dotenv project whose .env already holds the leaked key as
// SECRET_KEY (issue 13, defect 2): the code reads SECRET_KEY, no KEY is
// invented, and "import os" is there.
func TestE2EFixPythonDotenv(t *testing.T) {
	needPython(t, "dotenv", "cryptography")
	leaked := genKey(t, rules.KindFernet)
	p := newE2EProject(t, map[string]string{
		".gitignore": "/.env\n",
		".env":       "SECRET_KEY=\"" + leaked + "\"\n",
		"main.py":    "from dotenv import load_dotenv\nfrom cryptography.fernet import Fernet\n\nload_dotenv()\nkey = b'" + leaked + "'\nf = Fernet(key)\nprint(key.decode())\n",
	})
	p.must("git", "add", ".gitignore")
	p.must("git", "commit", "-qm", "init")
	p.must("git", "add", "main.py")
	token := fernetToken(p, leaked, "old data")
	p.fixAndCheck()

	env := p.dotenv()
	if _, ok := env["KEY"]; ok || env["SECRET_KEY_PREVIOUS"] != leaked || env["SECRET_KEY"] == leaked {
		t.Fatalf(".env = %v: want SECRET_KEY rotated, the leaked one as SECRET_KEY_PREVIOUS, no KEY", env)
	}
	if got := strings.TrimSpace(p.must(sysPython, "main.py")); got != env["SECRET_KEY"] {
		t.Errorf("main.py read %q, want the fresh SECRET_KEY", got)
	}
	checkMultiFernet(p, env["SECRET_KEY"], env["SECRET_KEY_PREVIOUS"], token, "old data")
}

// A Django settings module with the real key in .env and another, leaked
// one in settings.py (issue 13, defect 1): the real key stays, Django
// reads it, and the leaked one is SECRET_KEY_PREVIOUS.
func TestE2EFixDjangoSettings(t *testing.T) {
	needPython(t, "decouple", "django")
	real := genKey(t, rules.KindURLSafe)
	leaked := "django-insecure-" + genKey(t, rules.KindDjango)
	p := newE2EProject(t, map[string]string{
		".gitignore":       "/.env\n",
		".env":             "SECRET_KEY=" + real + "\nDEBUG=True\n",
		"proj/__init__.py": "",
		"proj/settings.py": "from decouple import config\n\nDEBUG = config('DEBUG', default=False, cast=bool)\nSECRET_KEY = '" + leaked + "'\nINSTALLED_APPS = []\n",
		"requirements.txt": "Django\npython-decouple\n",
	})
	p.must("git", "add", ".gitignore", "requirements.txt", "proj/__init__.py")
	p.must("git", "commit", "-qm", "init")
	p.must("git", "add", "proj/settings.py")
	p.fixAndCheck()

	env := p.dotenv()
	if env["SECRET_KEY"] != real || env["SECRET_KEY_PREVIOUS"] != leaked {
		t.Fatalf(".env = %v: want SECRET_KEY untouched and the leaked one as SECRET_KEY_PREVIOUS", env)
	}
	got := strings.TrimSpace(p.must(sysPython, "-c", "import os, django; os.environ['DJANGO_SETTINGS_MODULE'] = 'proj.settings'; django.setup(); from django.conf import settings; print(settings.SECRET_KEY)"))
	if got != real {
		t.Errorf("Django read SECRET_KEY %q, want the one in .env", got)
	}
}

// A Node project with no dotenv package: process.env, and node reads .env
// with --env-file (fix says so).
func TestE2EFixNode(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node not installed")
	}
	leaked := genKey(t, rules.KindHex)
	p := newE2EProject(t, map[string]string{
		".gitignore":   "/.env\nnode_modules/\n",
		"package.json": `{"name": "demo", "version": "1.0.0", "main": "app.js"}` + "\n",
		"app.js":       "const SESSION_SECRET = \"" + leaked + "\";\nconsole.log(SESSION_SECRET);\n",
	})
	p.must("git", "add", ".gitignore", "package.json")
	p.must("git", "commit", "-qm", "init")
	p.must("git", "add", "app.js")
	if out := p.fixAndCheck(); !strings.Contains(out, "--env-file=.env") {
		t.Errorf("fix did not say how node reads .env:\n%s", out)
	}
	env := p.dotenv()
	if env["SESSION_SECRET_PREVIOUS"] != leaked || env["SESSION_SECRET"] == leaked {
		t.Fatalf(".env = %v", env)
	}
	if _, errOut, code := p.run("node", "--env-file=.env", "-e", "1"); code != 0 {
		t.Skipf("this node has no --env-file: %s", errOut)
	}
	if got := strings.TrimSpace(p.must("node", "--env-file=.env", "app.js")); got != env["SESSION_SECRET"] {
		t.Errorf("node read %q, want the fresh SESSION_SECRET", got)
	}
}

// A Go module with the key in a const: it becomes a var read with
// os.Getenv, "os" is imported, and the program builds and reads .env
// exported by the shell (which also proves .env is valid shell).
func TestE2EFixGoModule(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not installed")
	}
	if testing.Short() {
		t.Skip("builds a Go program")
	}
	leaked := genKey(t, rules.KindFernet)
	p := newE2EProject(t, map[string]string{
		".gitignore": "/.env\n",
		"go.mod":     "module example.com/demo\n\ngo 1.21\n",
		"main.go":    "package main\n\nimport \"fmt\"\n\nconst fernetKey = \"" + leaked + "\"\n\nfunc main() { fmt.Println(fernetKey) }\n",
	})
	p.must("git", "add", ".gitignore", "go.mod")
	p.must("git", "commit", "-qm", "init")
	p.must("git", "add", "main.go")
	p.fixAndCheck()
	env := p.dotenv()
	if env["FERNET_KEY_PREVIOUS"] != leaked || env["FERNET_KEY"] == leaked {
		t.Fatalf(".env = %v", env)
	}
	p.must("go", "vet", ".")
	got := strings.TrimSpace(p.must("sh", "-c", "set -a; . ./.env; set +a; exec go run ."))
	if got != env["FERNET_KEY"] {
		t.Errorf("the Go program read %q, want the fresh FERNET_KEY", got)
	}
}
