package config

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/pipeline"
)

const testdata = "testdata"

func TestValidFiles(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(testdata, "valid", "*.toml"))
	if len(files) == 0 {
		t.Fatal("no valid configs")
	}
	for _, f := range files {
		c, err := Load(f)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if _, err := c.Rules(nil); err != nil {
			t.Errorf("%s: Rules: %v", f, err)
		}
		if _, err := c.Filters(); err != nil {
			t.Errorf("%s: Filters: %v", f, err)
		}
	}
}

// TestInvalidFiles loads every file in testdata/invalid; each says
// on its first lines the error ("# error: ...") and optionally a part of
// the fix ("# hint: ...") it must produce.
func TestInvalidFiles(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(testdata, "invalid", "*.toml"))
	if len(files) == 0 {
		t.Fatal("no invalid configs")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var wantErr, wantHint string
		sc := bufio.NewScanner(bytes.NewReader(data))
		for sc.Scan() {
			if s, ok := strings.CutPrefix(sc.Text(), "# error: "); ok {
				wantErr = s
			}
			if s, ok := strings.CutPrefix(sc.Text(), "# hint: "); ok {
				wantHint = s
			}
		}
		if wantErr == "" {
			t.Fatalf("%s: no '# error:' line", f)
		}
		_, err = Parse(filepath.Base(f), data)
		if err == nil {
			t.Errorf("%s: accepted", f)
			continue
		}
		var ce *Error
		if !errors.As(err, &ce) {
			t.Errorf("%s: %T is not a *config.Error", f, err)
			continue
		}
		if !strings.Contains(err.Error(), wantErr) {
			t.Errorf("%s:\n got: %v\nwant: %s", f, err, wantErr)
		}
		if ce.Fix == "" || !strings.Contains(ce.Fix, wantHint) {
			t.Errorf("%s: fix %q lacks %q", f, ce.Fix, wantHint)
		}
	}
}

func TestFull(t *testing.T) {
	c, err := Load(filepath.Join(testdata, "valid", "full.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if c.MaxFileSize != 5<<20 || len(c.EnvFiles) != 2 || len(c.ExampleFiles) != 1 || len(c.Custom) != 2 {
		t.Fatalf("config: %+v", c)
	}
	acme := c.Custom[0]
	if acme.ID != "acme-api-key" || acme.Severity != rules.SeverityCritical || acme.Entropy != 3.5 || acme.Line != 14 {
		t.Errorf("custom rule: %+v", acme)
	}
	if got := c.Custom[1].Keywords; len(got) != 1 || got[0] != "internal_password" {
		t.Errorf("keywords not lower-cased: %q", got)
	}
	builtin := []rules.Rule{{ID: "generic-secret", Regex: "x(y)"}, {ID: "other", Regex: "a(b)"}}
	rs, err := c.Rules(builtin)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range rs {
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, " ") != "generic-secret other acme-api-key internal-password" {
		t.Errorf("rules: %v", ids)
	}
	set, err := rules.Compile(rs)
	if err != nil {
		t.Fatal(err)
	}
	secret := "acme_" + "q8w7e6r5t4y3u2i1o0p9l8k7j6h5g4f3"
	var found []string
	set.Match([]byte("key = '"+secret+"'\n"), func(m rules.Match) { found = append(found, m.Rule.ID+"="+m.Secret) })
	if len(found) != 1 || found[0] != "acme-api-key="+secret {
		t.Errorf("custom rule matches: %v", found)
	}
	fs, err := c.Filters()
	if err != nil {
		t.Fatal(err)
	}
	check := func(fd pipeline.Finding) string {
		for _, f := range fs {
			if r, ok := f.Check(&fd); ok {
				return r.String()
			}
		}
		return ""
	}
	for _, tc := range []struct {
		fd   pipeline.Finding
		want string
	}{
		{pipeline.Finding{RuleID: "acme-api-key", Path: "services/a/b.go", Secret: pipeline.NewSecret(secret)}, ""},
		{pipeline.Finding{RuleID: "acme-api-key", Path: "web/app.js", Secret: pipeline.NewSecret(secret)}, "rule-paths: the rule applies only to services/**, *.py"},
		{pipeline.Finding{RuleID: "other", Path: "docs/a/readme.md", Secret: pipeline.NewSecret(secret)}, "path: docs/**"},
		{pipeline.Finding{RuleID: "other", Path: "Cargo.lock", Secret: pipeline.NewSecret(secret)}, "path: *.lock"},
		{pipeline.Finding{RuleID: "other", Path: "a.py", Secret: pipeline.NewSecret("EXAMPLEabc")}, "regex: ^EXAMPLE"},
		{pipeline.Finding{RuleID: "other", Path: "a.py", Secret: pipeline.NewSecret("x-SAMPLE-y")}, "stopword: sample"},
		{pipeline.Finding{RuleID: "env/example-value", Path: ".env.example"}, "disabled-rule: env/example-value"},
	} {
		if got := check(tc.fd); got != tc.want {
			t.Errorf("%s %s: suppressed by %q, want %q", tc.fd.RuleID, tc.fd.Path, got, tc.want)
		}
	}
}

func TestRulesErrors(t *testing.T) {
	builtin := []rules.Rule{{ID: "generic-secret", Regex: "x(y)"}}
	c, err := Parse("c.toml", []byte("disabled_rules = [\n  'generic-secret',\n  'no-such-rule',\n]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Rules(builtin); err == nil || !strings.Contains(err.Error(), `c.toml:3: disabled_rules: entry 2 names no rule`) {
		t.Errorf("unknown disabled rule: %v", err)
	}
	c, err = Parse("c.toml", []byte("\n[[rule]]\nid = 'generic-secret'\nregex = 'a(b)'\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Rules(builtin); err == nil || !strings.Contains(err.Error(), `c.toml:2: rule "generic-secret" is already a built-in rule`) {
		t.Errorf("custom rule reusing a built-in id: %v", err)
	}
	c, err = Parse("c.toml", []byte("disabled_rules = ['generic-secret']\n[[rule]]\nid = 'generic-secret'\nregex = 'a(b)'\n"))
	if err != nil {
		t.Fatal(err)
	}
	if rs, err := c.Rules(builtin); err != nil || len(rs) != 1 || rs[0].Regex != "a(b)" {
		t.Errorf("replacing a disabled built-in: %v %v", rs, err)
	}
	fs, err := c.Filters()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if r, ok := f.Check(&pipeline.Finding{RuleID: "generic-secret", Path: "a.py"}); ok {
			t.Errorf("the custom rule replacing a disabled built-in is suppressed: %v", r)
		}
	}
}

func TestLoadMissing(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.toml"))
	var ce *Error
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), "nope.toml: cannot read the config") {
		t.Errorf("Load(missing) = %v", err)
	}
}

// FuzzParse checks that the parser never panics, that every error is an
// *Error naming the file, and that an accepted config yields rules and
// filters without panicking.
func FuzzParse(f *testing.F) {
	for _, dir := range []string{"valid", "invalid"} {
		files, _ := filepath.Glob(filepath.Join(testdata, dir, "*.toml"))
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	f.Add([]byte("[[rule]]\n[[rule]]\nid='a'\n"))
	f.Add([]byte("rule = 3"))
	f.Add([]byte("[allowlist]\npaths = [[]]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("fuzz.toml", data)
		if err != nil {
			var ce *Error
			if !errors.As(err, &ce) || !strings.HasPrefix(err.Error(), "fuzz.toml") || ce.Fix == "" {
				t.Fatalf("bad error %T: %v", err, err)
			}
			return
		}
		rs, err := c.Rules([]rules.Rule{{ID: "generic-secret", Regex: "x(y)"}})
		if err == nil {
			if _, err := rules.Compile(rs); err != nil {
				t.Fatalf("accepted config gives rules that do not compile: %v", err)
			}
		}
		if _, err := c.Filters(); err != nil {
			t.Fatalf("accepted config gives bad filters: %v", err)
		}
	})
}

// TestREADME parses the example config of the README's config section and
// checks that the section documents every key the parser accepts.
func TestREADME(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, sec, ok := strings.Cut(string(data), "<!-- section:config -->")
	sec, _, ok2 := strings.Cut(sec, "<!-- /section:config -->")
	if !ok || !ok2 {
		t.Fatal("README has no config section")
	}
	_, block, ok := strings.Cut(sec, "```toml\n")
	block, _, ok2 = strings.Cut(block, "```")
	if !ok || !ok2 {
		t.Fatal("README config section has no toml block")
	}
	c, err := Parse("README.md", []byte(block))
	if err != nil {
		t.Fatalf("the README's example config does not parse: %v", err)
	}
	if _, err := c.Filters(); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"", "allowlist", "rule", "env"} {
		keys, _ := validKeys(table)
		for _, k := range strings.Split(keys, ", ") {
			if !strings.Contains(sec, "`"+k+"`") && !strings.Contains(sec, "] "+k+"`") && !strings.Contains(sec, "["+k+"]") {
				t.Errorf("README config section does not document %q", k)
			}
		}
	}
}
