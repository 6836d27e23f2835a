package config

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// Issue 14: a committed .envguard.toml that links to /dev/zero made every
// command read forever. Find refuses links out of the repository, Load
// refuses what is not a regular file and caps the size.
func TestFindRefusesLinkOutOfRepository(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symlinks")
	}
	outside := filepath.Join(t.TempDir(), "cfg.toml")
	if err := os.WriteFile(outside, []byte("disabled_rules = []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{"/dev/zero", outside} {
		root := t.TempDir()
		if err := os.Symlink(target, filepath.Join(root, FileName)); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { _, err := Find(root); done <- err }()
		select {
		case err := <-done:
			var ce *Error
			if !errors.As(err, &ce) || !strings.Contains(err.Error(), "out of the repository") {
				t.Errorf("Find with a link to %s: %v, want an error about a link out of the repository", target, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("Find with a link to %s did not return", target)
		}
	}
}

func TestFindFollowsLinkInsideRepository(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symlinks")
	}
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "real.toml"), []byte("disabled_rules = [\"x\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("real.toml", filepath.Join(root, FileName)); err != nil {
		t.Fatal(err)
	}
	c, err := Find(root)
	if err != nil || len(c.DisabledRules) != 1 {
		t.Fatalf("Find = %+v, %v", c, err)
	}
	if c, err := Find(t.TempDir()); err != nil || c.Path != "" {
		t.Fatalf("Find without a file = %+v, %v; want the default", c, err)
	}
}

func TestLoadRefusesNonRegularAndHuge(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err == nil {
		done := make(chan error, 1)
		go func() { _, err := Load("/dev/zero"); done <- err }()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), "not a regular file") {
				t.Errorf("Load(/dev/zero) = %v, want not a regular file", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("Load(/dev/zero) did not return")
		}
	}
	if _, err := Load(t.TempDir()); err == nil {
		t.Error("Load(a directory): no error")
	}
	big := filepath.Join(t.TempDir(), "big.toml")
	data := []byte(strings.Repeat("# padding padding padding\n", MaxSize/26+2))
	if err := os.WriteFile(big, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(big); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("Load(%d bytes) = %v, want a size error", len(data), err)
	}
}

func TestParseAcceptsBOM(t *testing.T) {
	c, err := Parse("bom.toml", []byte("\xEF\xBB\xBFdisabled_rules = [\"x\"]\n"))
	if err != nil || len(c.DisabledRules) != 1 {
		t.Fatalf("Parse with a BOM = %+v, %v", c, err)
	}
}

// TestErrorsNeverQuotePatterns: an allow regex is often the very secret
// it lets through, and a value pasted into the wrong file may be one, so
// no error quotes a value (issue 14).
func TestErrorsNeverQuotePatterns(t *testing.T) {
	secret := "ghp" + "_" + strings.Repeat("Q7wE9rT1yU", 3) + "(x"
	tok := strings.TrimSuffix(secret, "(x")
	for _, doc := range []string{
		"[allowlist]\nregexes = ['" + secret + "']\n",
		"[[rule]]\nid = \"r\"\nregex = '" + secret + "'\n",
		tok + "\n",
		"max_file_size = \"" + tok + "\"\n",
		"[allowlist]\npaths = [\"" + tok + "[\"]\n",
		"[allowlist]\nstopwords = \"" + tok + "\"\n",
		"[allowlist]\nunscanned = [\"" + tok + "{\"]\n",
		"[env]\nfiles = [\"" + tok + "[\"]\n",
		"[[rule]]\nid = \"r\"\nregex = 'x(y)'\nseverity = \"" + tok + "\"\n",
		"[[rule]]\nid = \"r\"\nregex = 'x(y)'\npaths = [\"" + tok + "[\"]\n",
		"disabled_rules = [\"" + tok + "\"]\n",
	} {
		c, err := Parse("c.toml", []byte(doc))
		if err == nil {
			_, err = c.Rules(nil)
		}
		if err == nil {
			t.Fatalf("Parse(%d bytes): no error", len(doc))
		}
		if strings.Contains(err.Error(), "Q7wE9rT1yU") {
			t.Errorf("error quotes the pattern: %v", err)
		}
	}
}
