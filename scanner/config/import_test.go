package config

import (
	"strings"
	"testing"
)

// Issue 16: a gitleaks config converts into an .envguard.toml that loads,
// with warnings for what has no envguard form.
func TestImportGitleaks(t *testing.T) {
	data := `title = "team config"
[extend]
useDefault = true
[[rules]]
id = "acme-key"
description = "ACME key"
regex = '''\b(acme_[a-z0-9]{32})\b'''
secretGroup = 1
keywords = ["ACME_"]
path = '''\.py$'''
[[rules]]
id = "lookahead"
regex = '''(?=x)y'''
[[rules]]
id = "files-only"
path = '''\.pem$'''
[allowlist]
paths = ['''test_.*\.py''', '''(^|/)vendor/''', '''(a|b(c''']
regexes = ['''EXAMPLE''', '''.*''']
stopwords = ["dummy"]
commits = ["abc123"]
[[allowlists]]
regexTarget = "line"
regexes = ['''nosecret''']
`
	res, err := ImportGitleaks(".gitleaks.toml", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	c, err := Parse("out.toml", []byte(res.TOML))
	if err != nil {
		t.Fatalf("converted config does not load: %v\n%s", err, res.TOML)
	}
	if strings.Join(c.AllowPaths, " ") != "test_*.py vendor" || strings.Join(c.AllowRegexes, " ") != "EXAMPLE" || strings.Join(c.Stopwords, " ") != "dummy" {
		t.Errorf("allowlist = %q %q %q", c.AllowPaths, c.AllowRegexes, c.Stopwords)
	}
	if len(c.Custom) != 1 || c.Custom[0].ID != "acme-key" || c.Custom[0].SecretGroup != 1 || c.Custom[0].Keywords[0] != "acme_" || c.Custom[0].Paths[0] != "*.py" {
		t.Errorf("rules = %+v", c.Custom)
	}
	all := strings.Join(res.Warnings, "\n")
	for _, want := range []string{"[extend]", "commits (1)", `"(a|b(c" has no glob form`, `".*" matches the empty string`, `rule "lookahead"`, `rule "files-only"`, `regexTarget = "line"`, `"test_.*\\.py" became the glob "test_*.py"`} {
		if !strings.Contains(all, want) {
			t.Errorf("no warning with %q in:\n%s", want, all)
		}
	}
	if _, err := ImportGitleaks("x", []byte("[[rules]\n")); err == nil {
		t.Error("a broken TOML file imported")
	}
}

func TestImportDetectSecrets(t *testing.T) {
	data := `{
  "version": "1.4.0",
  "filters_used": [
    {"path": "detect_secrets.filters.regex.should_exclude_file", "pattern": ["^tests/.*", "\\.lock$"]},
    {"path": "detect_secrets.filters.regex.should_exclude_secret", "pattern": ["^EXAMPLE"]},
    {"path": "detect_secrets.filters.regex.should_exclude_line", "pattern": ["pragma: allowlist"]},
    {"path": "detect_secrets.filters.heuristic.is_sequential_string"}
  ],
  "results": {"app.py": [{"type": "Secret Keyword", "filename": "app.py", "hashed_secret": "0123456789abcdef0123456789abcdef01234567", "is_verified": false, "line_number": 3}]}
}`
	res, err := ImportDetectSecrets(".secrets.baseline", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	c, err := Parse("out.toml", []byte(res.TOML))
	if err != nil {
		t.Fatalf("converted config does not load: %v\n%s", err, res.TOML)
	}
	if strings.Join(c.AllowPaths, " ") != "/tests/** *.lock" || strings.Join(c.AllowRegexes, " ") != "^EXAMPLE" {
		t.Errorf("allowlist = %q %q\n%s", c.AllowPaths, c.AllowRegexes, res.TOML)
	}
	all := strings.Join(res.Warnings, "\n")
	for _, want := range []string{"exclude-lines regexes (1)", "accepted secrets (1)"} {
		if !strings.Contains(all, want) {
			t.Errorf("no warning with %q in:\n%s", want, all)
		}
	}
	if _, err := ImportDetectSecrets("x", []byte(`{"a": 1}`)); err == nil {
		t.Error("a JSON file that is no baseline imported")
	}
}
