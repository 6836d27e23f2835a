package allow

import (
	"bytes"
	"strings"
	"testing"

	"github.com/envguard/envguard/scanner/pipeline"
)

func TestPathSet(t *testing.T) {
	globs := []string{"package-lock.json", "*.lock", "vendor/**", "/top.txt", "docs/examples", "**/testdata/*.golden", "fix*ures", "**/*.min.js"}
	s, err := NewPathSet(globs)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path, glob string
	}{
		{"package-lock.json", "package-lock.json"},
		{"web/package-lock.json", "package-lock.json"},
		{"a/b/Cargo.lock", "*.lock"},
		{"vendor/x/y.go", "vendor/**"},
		{"top.txt", "/top.txt"},
		{"docs/examples/a.py", "docs/examples"},
		{"docs/examples", "docs/examples"},
		{"pkg/testdata/out.golden", "**/testdata/*.golden"},
		{"src/fixtures/a.py", "fix*ures"},
		{"static/app.min.js", "**/*.min.js"},
	} {
		g, ok := s.Match(c.path)
		if !ok || g != c.glob {
			t.Errorf("Match(%q) = %q, %v; want %q", c.path, g, ok, c.glob)
		}
	}
	for _, p := range []string{"src/app.py", "sub/top.txt", "docs/examples2/a.py", "vendorx/a.go", "a/vendor.go", "lock", "app.js", "testdata/out.golden.txt"} {
		if g, ok := s.Match(p); ok {
			t.Errorf("Match(%q) = %q, want no match", p, g)
		}
	}
	for _, bad := range []string{"[a", "", "/"} {
		if _, err := NewPathSet([]string{bad}); err == nil {
			t.Errorf("NewPathSet(%q) accepted a bad glob", bad)
		}
	}
}

func finding(rule, path, secret string) *pipeline.Finding {
	return &pipeline.Finding{RuleID: rule, Path: path, Secret: pipeline.NewSecret(secret), Fingerprint: pipeline.Fingerprint(rule, secret)}
}

func TestFilters(t *testing.T) {
	paths, err := NewPaths([]string{"*.md"})
	if err != nil {
		t.Fatal(err)
	}
	res, err := NewRegexes([]string{`^test_`})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewRegexes([]string{"(a"}); err == nil {
		t.Error("bad regex accepted")
	}
	stop := NewStopwords([]string{"EXAMPLE", ""})
	dis := NewDisabledRules([]string{"env/tracked"})
	rp, err := NewRulePaths(map[string][]string{"internal-key": {"services/**"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		f      pipeline.Filter
		fd     *pipeline.Finding
		kind   string
		detail string
	}{
		{paths, finding("r", "README.md", "s3cr3tvalue"), KindPath, "*.md"},
		{paths, finding("r", "main.go", "s3cr3tvalue"), "", ""},
		{res, finding("r", "a", "test_abcdef"), KindRegex, "^test_"},
		{res, finding("r", "a", "prod_test_abcdef"), "", ""},
		{stop, finding("r", "a", "key-ExAmPle-123"), KindStopword, "example"},
		{stop, finding("r", "a", "key-123"), "", ""},
		{dis, finding("env/tracked", ".env", ""), KindDisabledRule, "env/tracked"},
		{dis, finding("other", ".env", ""), "", ""},
		{rp, finding("internal-key", "web/a.js", "x"), KindRulePaths, "the rule applies only to services/**"},
		{rp, finding("internal-key", "services/a/b.go", "x"), "", ""},
		{rp, finding("other", "web/a.js", "x"), "", ""},
	} {
		r, ok := c.f.Check(c.fd)
		if ok != (c.kind != "") || r.Kind != c.kind || r.Detail != c.detail {
			t.Errorf("%T.Check(%s %s) = %+v, %v; want kind %q detail %q", c.f, c.fd.RuleID, c.fd.Path, r, ok, c.kind, c.detail)
		}
	}
}

func TestBaselineRoundTrip(t *testing.T) {
	old := []pipeline.Finding{*finding("rule-b", "z.py", "first-secret-value"), *finding("rule-a", "a.py", "second-secret-value"), *finding("rule-a", "a.py", "second-secret-value")}
	var buf bytes.Buffer
	if err := WriteBaseline(&buf, nil, NewEntries(old, nil)); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(out, "secret-value") {
		t.Fatalf("baseline holds a secret:\n%s", out)
	}
	var again bytes.Buffer
	WriteBaseline(&again, nil, NewEntries([]pipeline.Finding{old[2], old[1], old[0]}, nil))
	if again.String() != out {
		t.Errorf("baseline not stable:\n%s\nvs\n%s", out, again.String())
	}
	if strings.Index(out, "a.py") > strings.Index(out, "z.py") || strings.Count(out, "fingerprint") != 2 {
		t.Errorf("baseline not sorted or not deduplicated:\n%s", out)
	}
	b, err := ParseBaseline("b.json", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	moved := finding("rule-a", "elsewhere/moved.py", "second-secret-value")
	moved.Line = 99
	if r, ok := b.Check(moved); !ok || r.Kind != KindBaseline {
		t.Errorf("moved finding not accepted: %+v %v", r, ok)
	}
	if _, ok := b.Check(finding("rule-a", "a.py", "a-new-secret-value")); ok {
		t.Error("a different secret on the same line was accepted")
	}
	stale := b.Stale()
	if len(stale) != 1 || !strings.HasPrefix(stale[0], "rule-b z.py (") {
		t.Errorf("Stale() = %q", stale)
	}

	var empty bytes.Buffer
	WriteBaseline(&empty, nil, nil)
	if eb, err := ParseBaseline("e.json", empty.Bytes()); err != nil || eb.Len() != 0 {
		t.Errorf("empty baseline: %v %v\n%s", eb, err, empty.String())
	}
}

func TestBaselineErrors(t *testing.T) {
	fp := strings.Repeat("a", 64)
	for _, c := range []struct{ data, want string }{
		{``, "b.json: empty or truncated baseline"},
		{"{\n  \"version\": 1,\n  \"entries\": [\n    {\"fingerprint\": \"zz\"}\n  ]\n}\n", "b.json:4: entry 1: fingerprint"},
		{"{\n\"version\": 1,\n\"entries\": [}\n", "b.json:3: not valid JSON"},
		{`{"version": 3, "entries": []}`, "unsupported baseline version 3"},
		{`{"version": 1, "entries": [], "secrets": []}`, `unknown field "secrets"`},
		{`{"version": "1"}`, "version: expected a number, found string"},
		{`[]`, "must be a JSON object"},
		{`{"version": 1, "entries": [{"fingerprint": "` + fp + `"}]} []`, "unexpected content"},
	} {
		_, err := ParseBaseline("b.json", []byte(c.data))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ParseBaseline(%q) = %v, want %q", c.data, err, c.want)
		}
		var be *BaselineError
		if err != nil && !errorsAs(err, &be) {
			t.Errorf("ParseBaseline(%q): %T is not a *BaselineError", c.data, err)
		}
	}
	if _, err := LoadBaseline("does-not-exist.json"); err == nil || !strings.Contains(err.Error(), "does-not-exist.json: no such baseline file") {
		t.Errorf("LoadBaseline(missing) = %v", err)
	}
}

func errorsAs(err error, target **BaselineError) bool {
	be, ok := err.(*BaselineError)
	*target = be
	return ok
}

// FuzzParseBaseline checks that the parser never panics and that whatever
// it accepts writes back to a file it accepts again with the same entries.
func FuzzParseBaseline(f *testing.F) {
	fp := strings.Repeat("0f", 32)
	f.Add([]byte(`{"version": 1, "entries": []}`))
	f.Add([]byte(`{"version": 1, "entries": [{"fingerprint": "` + fp + `", "rule": "r", "path": "p"}]}`))
	f.Add([]byte(`{"version": 1, "entries": [{"fingerprint": "` + fp + `"}, {"fingerprint": "` + fp + `"}]}`))
	f.Add([]byte(`{"version": 1`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := ParseBaseline("fuzz.json", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.json") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		var buf bytes.Buffer
		if err := WriteBaseline(&buf, b.Hash, b.Entries()); err != nil {
			t.Fatal(err)
		}
		b2, err := ParseBaseline("again.json", buf.Bytes())
		if err != nil {
			t.Fatalf("written baseline does not parse: %v\n%s", err, buf.String())
		}
		if b2.Len() != b.Len() {
			t.Fatalf("round trip changed the entries: %d != %d", b2.Len(), b.Len())
		}
	})
}

// Issue 14: `regexes = [""]` suppressed every finding.
func TestNewRegexesRefusesEmptyMatch(t *testing.T) {
	for _, p := range []string{"", "x*", "(?:)", "^$|abc"} {
		if _, err := NewRegexes([]string{"^ok$", p}); err == nil {
			t.Errorf("NewRegexes(%q): no error", p)
		}
	}
	if _, err := NewRegexes([]string{"^EXAMPLE[0-9]+$"}); err != nil {
		t.Error(err)
	}
}
