package fix

import (
	"context"
	"encoding/base64"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/atomicfile"
	"github.com/envguard/envguard/scanner/internal/git"
	"github.com/envguard/envguard/scanner/pipeline"
)

// testRepo makes a real git repository holding files, commits them when
// commit is set, and returns it.
func testRepo(t *testing.T, files map[string]string, commit bool) *git.Repo {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	runGit(t, dir, "init", "-q")
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		perm := os.FileMode(0o644)
		if b := filepath.Base(p); b == ".env" || strings.HasPrefix(b, ".env.") && !strings.Contains(b, "example") {
			perm = 0o600 // as envguard writes them; fix tightens others (issue 13)
		}
		if err := os.WriteFile(p, []byte(content), perm); err != nil {
			t.Fatal(err)
		}
	}
	if commit {
		runGit(t, dir, "add", "-A")
		runGit(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "init")
	}
	repo, err := git.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return repo
}

func runGit(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "HOME="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func readFile(t *testing.T, repo *git.Repo, rel string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repo.WorkTree, rel))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

const (
	crlfEnv = "# real values\r\nDEBUG=1\r\nCERT=\"-----BEGIN X-----\r\nabc\r\n-----END X-----\"\r\n"
	fernet1 = "ZmFrZS1mZXJuZXQta2V5LWZvci1lbnZndWFyZC10ZXM=" // 32 fake bytes
)

func fixAll(t *testing.T, repo *git.Repo, opts Options) (*Plan, error) {
	t.Helper()
	ctx := context.Background()
	fs, err := EnvFindings(ctx, repo, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := NewPlan(ctx, repo, fs, opts)
	if err != nil {
		t.Fatal(err)
	}
	return plan, plan.Apply(ctx, nil)
}

// A tracked CRLF .env with comments and a multi-line value leaves the
// index, stays on disk byte for byte, and gets a .gitignore line appended
// to a .gitignore that lacked a final newline; the example's real value
// moves to .env and a placeholder takes its place.
func TestApplyKeepsEverything(t *testing.T) {
	repo := testRepo(t, map[string]string{
		".env":         crlfEnv,
		".env.example": "# copy to .env\nSECRET_KEY=" + fernet1 + "\nDEBUG=true\n",
		".gitignore":   "node_modules/\n*.log",
	}, true)
	plan, err := fixAll(t, repo, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := readFile(t, repo, ".env"); got != crlfEnv+"SECRET_KEY="+fernet1+"\r\n" {
		t.Errorf(".env = %q", got)
	}
	if got := readFile(t, repo, ".gitignore"); !strings.HasPrefix(got, "node_modules/\n*.log\n#") || !strings.HasSuffix(got, "\n/.env\n") {
		t.Errorf(".gitignore = %q", got)
	}
	if got := readFile(t, repo, ".env.example"); got != "# copy to .env\n# make one with: envguard keygen --kind fernet\nSECRET_KEY=\nDEBUG=true\n" {
		t.Errorf(".env.example = %q", got)
	}
	if out := runGit(t, repo.WorkTree, "ls-files"); strings.Contains(out, ".env\n") {
		t.Errorf(".env still in the index:\n%s", out)
	}
	if out := runGit(t, repo.WorkTree, "check-ignore", ".env"); out != ".env\n" {
		t.Errorf("git check-ignore .env = %q", out)
	}
	if !reflect.DeepEqual(plan.Committed, []string{".env", ".env.example"}) {
		t.Errorf("Committed = %v", plan.Committed)
	}
	// A second run finds nothing to do.
	fs, _ := EnvFindings(context.Background(), repo, nil, nil)
	if len(fs) != 0 {
		t.Errorf("after fix: %+v", fs)
	}
}

// halfWriter fails after writing half the data, through the same atomic
// writer fix uses, on the write numbered failAt (1-based).
type halfWriter struct {
	n, failAt int
}

var errDiskFull = errors.New("disk full (injected)")

func (h *halfWriter) write(path string, data []byte, perm fs.FileMode) error {
	h.n++
	if h.n != h.failAt {
		return atomicfile.WriteFile(path, data, perm)
	}
	return atomicfile.WriteWith(path, perm, func(w io.Writer) error {
		if _, err := w.Write(data[:len(data)/2]); err != nil {
			return err
		}
		return errDiskFull
	})
}

// A write that fails half-way loses nothing: the file it was writing is
// unchanged, no temporary file is left, the steps before it stay done and
// the ones after it are not tried.
func TestApplyFaultInjection(t *testing.T) {
	example := "SECRET_KEY=" + fernet1 + "\n"
	for _, tt := range []struct {
		failAt   int
		wantEnv  string
		wantDone int
	}{
		// Writes: 1 .gitignore, 2 .env (the moved value), 3 .env.example.
		{1, "", 0},
		{2, "A=1\n", 1},
		{3, "A=1\nSECRET_KEY=" + fernet1 + "\n", 2},
	} {
		repo := testRepo(t, map[string]string{".env": "A=1\n", ".env.example": example}, false)
		runGit(t, repo.WorkTree, "add", ".env.example")
		w := &halfWriter{failAt: tt.failAt}
		_, err := fixAll(t, repo, Options{WriteFile: w.write})
		var ae *ApplyError
		if !errors.As(err, &ae) || !errors.Is(err, errDiskFull) {
			t.Fatalf("fail at write %d: err = %v, want an ApplyError for the injected failure", tt.failAt, err)
		}
		if len(ae.Done) != tt.wantDone || len(ae.Done)+1+len(ae.NotDone) != 3 {
			t.Errorf("fail at write %d: done %d, not done %d", tt.failAt, len(ae.Done), len(ae.NotDone))
		}
		if got := readFile(t, repo, ".env.example"); got != example {
			t.Errorf("fail at write %d: example = %q, want it unchanged", tt.failAt, got)
		}
		env := readFile(t, repo, ".env")
		if tt.wantEnv != "" && env != tt.wantEnv {
			t.Errorf("fail at write %d: .env = %q, want %q", tt.failAt, env, tt.wantEnv)
		}
		if tt.failAt == 1 {
			if _, err := os.Stat(filepath.Join(repo.WorkTree, ".gitignore")); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("half-written .gitignore exists: %v", err)
			}
		}
		ents, _ := os.ReadDir(repo.WorkTree)
		for _, e := range ents {
			if strings.Contains(e.Name(), ".envguard-") {
				t.Errorf("temporary file left: %s", e.Name())
			}
		}
	}
}

// A leaked key found in code (a Finding built here, as the staged scan
// would report it) gets a fresh key of the same kind in .env, created
// 0600 and ignored, with the old one kept as NAME_PREVIOUS.
func TestNewKeyForLeak(t *testing.T) {
	repo := testRepo(t, map[string]string{"app/settings.py": "FERNET_KEY = '" + fernet1 + "'\n"}, false)
	leak := pipeline.Finding{RuleID: "fernet-key", Path: "app/settings.py", Line: 1, Name: "FERNET_KEY",
		KeyKind: rules.KindFernet, Secret: pipeline.NewSecret(fernet1)}
	token := pipeline.Finding{RuleID: "stripe-live", Description: "Stripe live secret key", Path: "app/pay.py", Line: 4,
		Rotate: "https://dashboard.stripe.com/apikeys", Secret: pipeline.NewSecret("x")}
	ctx := context.Background()
	plan, err := NewPlan(ctx, repo, []pipeline.Finding{leak, leak, token}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var notes, manual string
	for _, s := range plan.Steps {
		notes += strings.Join(s.Notes, "\n")
		if s.Manual() {
			manual += s.Summary
		}
	}
	if !strings.Contains(notes, `os.environ["FERNET_KEY"]`) || !strings.Contains(notes, "MultiFernet") {
		t.Errorf("notes = %q", notes)
	}
	if !strings.Contains(manual, "https://dashboard.stripe.com/apikeys") || !strings.Contains(manual, "revoke") {
		t.Errorf("manual = %q", manual)
	}
	if err := plan.Apply(ctx, nil); err != nil {
		t.Fatal(err)
	}
	env := readFile(t, repo, ".env")
	lines := strings.Split(strings.TrimSuffix(env, "\n"), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "FERNET_KEY=") || lines[1] != "FERNET_KEY_PREVIOUS="+fernet1 {
		t.Fatalf(".env = %q", env)
	}
	key := strings.TrimPrefix(lines[0], "FERNET_KEY=")
	if b, err := base64.URLEncoding.DecodeString(key); err != nil || len(b) != 32 || key == fernet1 {
		t.Errorf("new key %q decodes to %d bytes (%v)", key, len(b), err)
	}
	if fi, _ := os.Stat(filepath.Join(repo.WorkTree, ".env")); fi.Mode().Perm() != 0o600 {
		t.Errorf(".env mode = %v, want 0600", fi.Mode().Perm())
	}
	if out := runGit(t, repo.WorkTree, "check-ignore", ".env"); out != ".env\n" {
		t.Errorf(".env not ignored")
	}
	if got := readFile(t, repo, "app/settings.py"); !strings.Contains(got, fernet1) {
		t.Errorf("source rewritten without --rewrite: %q", got)
	}
}

func TestIgnoreLines(t *testing.T) {
	examples := func(dir string) []string {
		if dir == "." {
			return []string{".env.example"}
		}
		return nil
	}
	tests := []struct {
		in   []string
		want []string
	}{
		{[]string{".env"}, []string{"/.env"}},
		{[]string{"sub/.env.local"}, []string{"/sub/.env.local"}},
		{[]string{".env", ".env.local", "api/.env"}, []string{"/.env", "/.env.*", "!/.env.example", "/api/.env"}},
		{[]string{"we*rd/.env"}, []string{"/we\\*rd/.env"}},
	}
	for _, tt := range tests {
		if got := ignoreLines(tt.in, examples); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ignoreLines(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAppendIgnoreLines(t *testing.T) {
	const c = "# added by envguard fix: env files hold real values and stay out of git"
	tests := []struct{ in, want string }{
		{"", c + "\n/.env\n"},
		{"a", "a\n" + c + "\n/.env\n"},
		{"a\r\n", "a\r\n" + c + "\r\n/.env\r\n"},
		{"/.env\n", "/.env\n"},
	}
	for _, tt := range tests {
		if got := string(appendIgnoreLines([]byte(tt.in), []string{"/.env"})); got != tt.want {
			t.Errorf("appendIgnoreLines(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// The lines ignoreLines writes make git ignore exactly the files meant:
// the env files, not the example.
func TestIgnoreLinesAgreeWithGit(t *testing.T) {
	repo := testRepo(t, map[string]string{".env": "", ".env.local": "", ".env.example": "", "api/.env": ""}, false)
	ctx := context.Background()
	plan, err := NewPlan(ctx, repo, []pipeline.Finding{
		{RuleID: RuleNotIgnored, Path: ".env"}, {RuleID: RuleNotIgnored, Path: ".env.local"}, {RuleID: RuleNotIgnored, Path: "api/.env"},
	}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := plan.Apply(ctx, nil); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]bool{".env": true, ".env.local": true, "api/.env": true, ".env.example": false, ".env.production": true} {
		if got, _ := repo.Ignored(ctx, p); got != want {
			t.Errorf("ignored(%s) = %v, want %v", p, got, want)
		}
	}
}

// When .env already sets the key to another value, the example's value is
// kept in .env under a free NAME_PREVIOUS name: no value is lost, and the
// real one in .env is not replaced.
func TestExampleValueKeptWhenEnvDiffers(t *testing.T) {
	repo := testRepo(t, map[string]string{
		".gitignore":   ".env\n",
		".env":         "SECRET_KEY=mine\nSECRET_KEY_PREVIOUS=older\n",
		".env.example": "SECRET_KEY=" + fernet1 + "\n",
	}, false)
	if _, err := fixAll(t, repo, Options{}); err != nil {
		t.Fatal(err)
	}
	if got, want := readFile(t, repo, ".env"), "SECRET_KEY=mine\nSECRET_KEY_PREVIOUS=older\nSECRET_KEY_PREVIOUS_2="+fernet1+"\n"; got != want {
		t.Errorf(".env = %q, want %q", got, want)
	}
	if got := readFile(t, repo, ".env.example"); got != "# make one with: envguard keygen --kind fernet\nSECRET_KEY=\n" {
		t.Errorf(".env.example = %q", got)
	}
}

// keygen --write goes through WriteKey: a write that fails half-way
// leaves the env file as it was.
func TestWriteKeyFaultInjection(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, ".env")
	if err := os.WriteFile(p, []byte(crlfEnv), 0o600); err != nil {
		t.Fatal(err)
	}
	w := &halfWriter{failAt: 1}
	if _, err := WriteKey(p, "DEBUG", "0", w.write); !errors.Is(err, errDiskFull) {
		t.Fatalf("WriteKey = %v, want the injected failure", err)
	}
	if b, _ := os.ReadFile(p); string(b) != crlfEnv {
		t.Errorf(".env = %q, want it unchanged", b)
	}
	res, err := WriteKey(p, "DEBUG", "0", nil)
	if err != nil || res.Previous != "DEBUG_PREVIOUS" {
		t.Fatalf("WriteKey = %+v, %v", res, err)
	}
	if b, _ := os.ReadFile(p); string(b) != strings.Replace(crlfEnv, "DEBUG=1\r\n", "DEBUG=0\r\nDEBUG_PREVIOUS=1\r\n", 1) {
		t.Errorf(".env = %q", b)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode = %v", fi.Mode().Perm())
	}
}

func TestEnvVarName(t *testing.T) {
	for in, want := range map[string]string{
		"key": "KEY", "fernetKey": "FERNET_KEY", "fernet_key": "FERNET_KEY", "SECRET_KEY": "SECRET_KEY",
		"app.secret_key": "SECRET_KEY", "apiToken2": "API_TOKEN2", "db-password": "DB_PASSWORD", "this->apiKey": "API_KEY",
	} {
		if got := EnvVarName(in); got != want {
			t.Errorf("EnvVarName(%q) = %q, want %q", in, got, want)
		}
	}
}
