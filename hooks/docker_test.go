package hooks_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestDockerfile checks hooks/docker/Dockerfile without Docker by running
// the go build its build stage runs and the binary it makes, and checks
// that the image's entry point is that binary and that the envguard-docker
// hook names the image the Dockerfile says to build (issue 16). With a
// Docker daemon it builds the image and runs it on a repository.
func TestDockerfile(t *testing.T) {
	df := string(readTestFile(t, filepath.Join("docker", "Dockerfile")))
	var build string
	for _, l := range strings.Split(df, "\n") {
		if strings.HasPrefix(l, "RUN ") && strings.Contains(l, " go build ") {
			build = strings.TrimPrefix(l, "RUN ")
		}
	}
	if build == "" {
		t.Fatal("the Dockerfile has no RUN line with go build")
	}
	f := strings.Fields(build)
	var env, args []string
	for len(f) > 0 && strings.Contains(f[0], "=") {
		env, f = append(env, f[0]), f[1:]
	}
	if len(f) < 2 || f[0] != "go" || f[1] != "build" {
		t.Fatalf("cannot read the build command %q", build)
	}
	out := ""
	for i := 2; i < len(f); i++ {
		if f[i] == "-o" && i+1 < len(f) {
			out = f[i+1]
			i++
			continue
		}
		args = append(args, f[i])
	}
	if !strings.Contains(df, "COPY --from=build "+out+" /usr/local/bin/envguard") || !strings.Contains(df, `ENTRYPOINT ["/usr/local/bin/envguard"]`) {
		t.Errorf("the image does not run the binary the build makes (%s)", out)
	}
	bin := filepath.Join(t.TempDir(), "envguard")
	cmd := exec.Command("go", append([]string{"build", "-o", bin}, args...)...)
	cmd.Dir = ".."
	cmd.Env = append(os.Environ(), env...)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("the Dockerfile's build failed: %v\n%s", err, b)
	}
	if b, err := exec.Command(bin, "--version").CombinedOutput(); err != nil {
		t.Fatalf("the built envguard does not run: %v\n%s", err, b)
	}
	if b, err := exec.Command("go", "version", "-m", bin).Output(); err != nil || !strings.Contains(string(b), "CGO_ENABLED=0") {
		t.Errorf("the binary is not a static (CGO_ENABLED=0) build, which a distroless image needs:\n%s", b)
	}
	manifest := string(readTestFile(t, filepath.Join("..", ".pre-commit-hooks.yaml")))
	if !strings.Contains(manifest, "entry: envguard:latest scan --staged\n  language: docker_image") {
		t.Error(".pre-commit-hooks.yaml: the envguard-docker hook does not run the image envguard:latest")
	}
	if !strings.Contains(df, "docker build -t envguard -f hooks/docker/Dockerfile .") {
		t.Error("the Dockerfile does not say how to build the image the hook runs")
	}

	if testing.Short() {
		t.Skip("the image build is skipped with -short")
	}
	if err := exec.Command("docker", "info").Run(); err != nil {
		t.Skip("no Docker daemon: the image build is skipped (the binary it copies was built and run above)")
	}
	tag := "envguard-test:" + filepath.Base(t.TempDir())
	b := exec.Command("docker", "build", "-q", "-t", tag, "-f", "hooks/docker/Dockerfile", ".")
	b.Dir = ".."
	if out, err := b.CombinedOutput(); err != nil {
		t.Fatalf("docker build: %v\n%s", err, out)
	}
	defer exec.Command("docker", "rmi", "-f", tag).Run()
	repo := t.TempDir()
	gitIn(t, repo, "init", "-q")
	if err := os.WriteFile(filepath.Join(repo, "leak.py"), []byte("FERNET_KEY = \""+fakeFernetKey+"\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gitIn(t, repo, "add", "leak.py")
	run := exec.Command("docker", "run", "--rm", "-u", strings.TrimSpace(idOut(t, "-u"))+":"+strings.TrimSpace(idOut(t, "-g")), "-v", repo+":/src", tag, "scan", "--staged")
	out2, err := run.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 || !strings.Contains(string(out2), "leak.py") {
		t.Fatalf("the image's staged scan: %v, want exit 1 naming leak.py:\n%s", err, out2)
	}
}

func readTestFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func idOut(t *testing.T, flag string) string {
	t.Helper()
	b, err := exec.Command("id", flag).Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// gitIn runs git in dir with a fixed identity and no user config.
func gitIn(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}
